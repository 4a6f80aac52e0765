/**
 * Unit vocabulary of 指标值 and a matcher that reads the unit written after a number.
 * All tables are built once at module load; `matchUnit` allocates only its small result.
 */
import type { UnitClass } from "./types";

export interface UnitInfo {
  /** Canonical spelling. */
  norm: string;
  cls: UnitClass;
  /** Money: 元 per unit (万元 → 10000); null for foreign currencies. Counts/areas: magnitude (万人 → 10000). */
  mult: number | null;
}

export interface UnitMatch {
  info: UnitInfo;
  /** Index just after the unit in the text. */
  end: number;
  /** Scale applied by a magnitude prefix (万人 → 10000); 1 otherwise. */
  scale: number;
}

const BASE: Record<string, UnitInfo> = Object.create(null);

function add(cls: UnitClass, spellings: string, norm?: string, mult: number | null = 1): void {
  for (const s of spellings.split(" ")) if (s) BASE[s.toLowerCase()] = { norm: norm ?? s, cls, mult };
}

// percent
add("percent", "%", "%");
add("percent", "‰", "‰");
add("percent", "‱", "‱");
// Health rates per head of population (孕产妇死亡率 ≤15/10万, 发病率 ≤5/万): a rate like ‰, read as a share.
add("percent", "/10万 /十万 /10万人 /十万人 /10万人口 /十万人口", "/10万");
add("percent", "/100万 /百万 /100万人 /百万人 /100万人口 /百万人口", "/100万");
add("percent", "/万 /万人 /1万 /1万人 /万人口", "‱");
add("percent", "/千 /千人 /1000", "‰");
add("percent", "个百分点 百分点", "个百分点");
// 百分比 written as the unit word (=99百分比, 047 嘉峪关): the same as %.
add("percent", "百分比", "%");
// money (incomplete 万 / 亿 keep their spelling so MONEY_UNIT_INCOMPLETE can see it)
add("money", "元 块钱", "元", 1);
// RMB / 人民币 written as the unit (≤5000RMB): 元, in a nonstandard spelling (unitFix.ts).
add("money", "rmb 人民币元 人民币", "元", 1);
add("money", "万", "万", 1e4);
add("money", "亿", "亿", 1e8);
add("money", "十万", "十万", 1e5);
add("money", "百万", "百万", 1e6);
add("money", "千万", "千万", 1e7);
add("money", "美元 欧元 港元 日元 英镑 美金", undefined, null);
// counts
add(
  "count",
  "人 人次 次 个 篇 份 家 期 班 册 台 件 套 项 名 条 场 批 户 所 部 本 期次 班次 场次 批次 台次 架次 车次 户次 项次 " +
    "个次 篇次 家次 所次 册次 份次 条次 轮次 学时 课时 节 节课 门 门课 课 堂 张 幅 块 座 处 间 栋 幢 辆 架 艘 只 头 " +
    "株 棵 盏 把 根 箱 盒 袋 瓶 支 枚 位 例 起 宗 单 笔 组 队 届 轮 页 字 种 类 对 点 个点 村 镇 校 床 窗口 网点 首 集 部次 " +
    // Health and service counts: 疫苗接种 ≥2万剂次, 巡诊 ≥50诊次, 门诊 ≥1万人次, 检测 ≥300样次.
    "剂次 剂 针次 诊次 样次 例次 车辆次 船次 航次 趟 趟次 宗次 件数 人数 户数 " +
    // Doses of test reagents and vaccines (检测试剂 ≤18元/人份, 兽用疫苗 ≥10万头份 / 羽份).
    "人份 头份 羽份 " +
    // Poultry counted by the bird (免疫家禽 ≥180万羽), fish fry by the tail (增殖放流 ≥50万尾).
    "羽 尾 " +
    // Inspections counted by the vessel or vehicle and visit (渔船安全检查 ≥800艘次, 路检 ≥300辆次).
    "艘次 辆次 船只次 " +
    // Measure words of supplies and works (救灾帐篷 ≤4500元/顶, 手套 ≥500副, 机井 ≥3眼 / 口, 涵洞 ≥2孔).
    "顶 副 双 颗 粒 卷 桶 捆 匹 口 眼 孔 具 尊 " +
    // Places a cost is shared out over (运维费用 ≤13.5万元/站, 保洁经费 ≤3万元/乡).
    "站 乡 片",
);
add("count", "人天 人日 人·天 人·日", "人·天");
add("count", "件次", "件次");
// Livestock counted by the head of cattle and the head of sheep or poultry together (免疫牲畜 ≥42万头只).
add("count", "头只 头（只） 头(只)", "头只");
// Equipment counted by the set: 台套 (a machine with its kit), 台件, 件套; one count, not 台 followed by text.
add("count", "台套 台件 件套 套件", undefined);
// 人/次 and 人·次 are how some exports write 人次 (a count of attendances), not "people per session".
add("count", "人/次 人·次", "人次");
add("count", "人员", "人");
// area
add("area", "平方米 平米 ㎡ m² m2 平方", "平方米");
add("area", "平方公里 平方千米 km² km2", "平方公里");
add("area", "亩", "亩");
// Area treated counted per pass (病虫害防治作业 ≥9200亩次, 飞防 ≥3万亩·次): an amount of work, like 人次.
add("area", "亩次 亩·次", "亩次");
add("area", "公顷", "公顷");
// time (durations)
add("time", "年", "年");
// "个月", not "月": "≤3月" would read back as a month deadline (spec §3: ≤12月 is a date).
add("time", "个月 月", "个月");
add("time", "周 个星期 星期 个周", "周");
add("time", "天 日", "天");
add("time", "工作日 个工作日", "个工作日");
add("time", "小时 个小时 时 h hr hrs", "小时");
add("time", "分钟 min mins", "分钟");
add("time", "秒 秒钟", "秒");
add("time", "季度 个季度", "季度");
// other measures
add("other", "分", "分"); // score
add("other", "倍", "倍");
add("other", "级", "级");
add("other", "星", "星");
add("other", "岁 周岁", "岁");
add("other", "度", "度");
add("other", "米", "米");
add("other", "公里 千米 km", "公里");
add("other", "吨", "吨");
add("other", "千克 公斤 kg", "千克");
// 斤 (half a 公斤) is how grain and seed prices are quoted (良种差价补贴 ≤1.5元/斤).
add("other", "斤 市斤", "斤");
add("other", "克", "克");
// Small measures of environment and health tables (PM2.5 ≤35微克/立方米, 氨氮 ≤0.5毫克/升, 降水 ≥800毫米).
add("other", "毫克 微克", undefined);
add("other", "毫米 厘米 微米", undefined);
add("other", "毫升", undefined);
add("other", "立方米 方 m³ m3", "立方米");
add("other", "升", "升");
add("other", "千瓦 kw", "千瓦");
add("other", "千瓦时 kwh", "千瓦时");
add("other", "兆瓦 mw", "兆瓦");
add("other", "GB TB MB KB", undefined);
add("other", "Mbps Gbps", undefined);
add("other", "兆", undefined);
add("other", "分贝 db", "分贝");
// A flood or drainage standard as its return period (防洪标准 达到20年一遇): one unit, not 年 followed by prose.
add("other", "年一遇", "年一遇");

const MAGNITUDE: Record<string, number> = { 万: 1e4, 千: 1e3, 十万: 1e5, 百万: 1e6, 千万: 1e7, 亿: 1e8, 万亿: 1e12 };

/** The multiplier of a magnitude word (万 → 10 000, 亿 → 10⁸), or undefined for any other text. */
export function magnitudeOf(word: string): number | undefined {
  return Object.prototype.hasOwnProperty.call(MAGNITUDE, word) ? MAGNITUDE[word] : undefined;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const BASE_ALT = Object.keys(BASE)
  .sort((a, b) => b.length - a.length)
  .map(escapeRe)
  .join("|");

/**
 * Magnitude prefix (optional) + base unit, longest spelling first. Money with a magnitude (万元, 亿元) is the
 * magnitude + 元; a bare 万/亿 is itself an (incomplete) money unit and is tried after the longer forms by backtracking.
 * ASCII units are case-insensitive (24H, KG).
 */
// 千米, 千克, 千瓦 are units of their own (公里, 公斤, kW), not 千 × 米: the magnitude 千 is not taken before 米, 克, 瓦.
const UNIT_RE = new RegExp(`(余|多)?\\s*(十万|百万|千万|万亿|万|千(?![米克瓦])|亿)?(${BASE_ALT})`, "iy");

// Per-unit costs: money / basis, e.g. 元/人·天, 元/人天, 元/人/天, 元/人次, 万元/人, 元每人.
// A bare 万 before "/…" (≥3万/年) is an incomplete 万元 per unit: read as a unit cost so MONEY_UNIT_INCOMPLETE sees it.
// A number followed directly by "/株" (≤28.40/株) lost the unit before the slash: read as the unit "/株" (class other)
// so the unit rules can say what is missing (元 on a cost row, the count elsewhere) instead of calling it prose.
const UNIT_COST_RE = /(万元|千元|元|万(?=\s*\/)|(?=\/))\s*(?:\/|每)\s*/y;
/**
 * The basis of a per-unit cost: any count, area, time or measure unit of the vocabulary above (元/人, 元/平米, 元/米,
 * 元/株, 万元/公里, 元/吨), plus the compound person-time bases (人天, 人月). A grammar, not a list of costs: every unit
 * a value may be counted in may also be what a cost is counted per.
 */
// 生 (元/生/年, 生均), 学生, 床位: bases that are no count unit of their own.
const BASIS_EXTRA = ["人次", "人天", "人日", "人月", "人年", "学时", "课时", "小时", "平方米", "㎡", "公里", "千米", "工作日", "km", "kg", "生", "学生", "床位"];
const BASIS_ALT = [
  ...new Set([
    ...BASIS_EXTRA,
    ...Object.keys(BASE).filter((k) => BASE[k].cls !== "money" && BASE[k].cls !== "percent" && !/^[a-z]{3,}$/.test(k) && !k.includes("/")),
  ]),
]
  .sort((a, b) => b.length - a.length)
  .map(escapeRe)
  .join("|");
const BASIS_TOKEN_RE = new RegExp(`(${BASIS_ALT})`, "iy");
// Between the parts of a basis: · as the standards print it, and what typists use for it (. ・ • 、 - * × /), optionally
// with 每 (元/人.每天, 元/人、天, 元/人每天 are all 元/人·天).
const BASIS_SEP_RE = /\s*(?:[·・•‧/.\-*×、]\s*每?|每)\s*/y;
const BASIS_CANON: Record<string, string[]> = {
  人天: ["人", "天"],
  人日: ["人", "天"],
  人月: ["人", "月"],
  人年: ["人", "年"],
  日: ["天"],
  时: ["小时"],
  "㎡": ["平方米"],
  千米: ["公里"],
  km: ["公里"],
  平米: ["平方米"],
  m2: ["平方米"],
  "m²": ["平方米"],
  个月: ["月"],
  个工作日: ["工作日"],
};
const MONEY_MULT: Record<string, number> = { 元: 1, 千元: 1e3, 万元: 1e4, 万: 1e4 };

// Interning keeps one UnitInfo per canonical unit-cost spelling, so repeated cells allocate nothing new.
const UNIT_COST_CACHE = new Map<string, UnitInfo>();

function matchUnitCost(t: string, i: number): UnitMatch | null {
  UNIT_COST_RE.lastIndex = i;
  const m = UNIT_COST_RE.exec(t);
  if (!m) return null;
  let j = UNIT_COST_RE.lastIndex;
  const parts: string[] = [];
  let end = -1;
  for (;;) {
    BASIS_TOKEN_RE.lastIndex = j;
    const b = BASIS_TOKEN_RE.exec(t);
    if (!b) break;
    const tok = b[1].toLowerCase();
    for (const p of BASIS_CANON[tok] ?? [tok]) parts.push(p);
    end = j = BASIS_TOKEN_RE.lastIndex;
    BASIS_SEP_RE.lastIndex = j;
    if (!BASIS_SEP_RE.exec(t)) break;
    j = BASIS_SEP_RE.lastIndex;
  }
  if (!parts.length) return null;
  // 人·次 and 人次 are the same basis; 人次 is how the expenditure standards write it.
  const basis = parts.join("·").replace("人·次", "人次");
  const norm = `${m[1]}/${basis}`;
  let info = UNIT_COST_CACHE.get(norm);
  if (!info) {
    info = m[1] ? { norm, cls: "unit-cost", mult: MONEY_MULT[m[1]] } : { norm, cls: "other", mult: null };
    if (UNIT_COST_CACHE.size < 1000) UNIT_COST_CACHE.set(norm, info);
  }
  return { info, end, scale: 1 };
}

const SCALED_CACHE = new Map<string, UnitInfo>();

function scaled(mag: string, base: UnitInfo): UnitInfo {
  const key = mag + "\u0000" + base.norm;
  let info = SCALED_CACHE.get(key);
  if (!info) {
    const m = MAGNITUDE[mag];
    if (base.cls === "money") info = { norm: mag + base.norm, cls: "money", mult: base.mult == null ? null : base.mult * m };
    else info = { norm: mag + base.norm, cls: base.cls, mult: m };
    SCALED_CACHE.set(key, info);
  }
  return info;
}

// Frequencies: ≥2次/月, ≥1篇/年, 每季度 → count per period ("次/月"); the class stays that of the count. A span per
// session or per day (≥3天/期, ≥8小时/天, ≤2天/次) is a duration the same way: the time it takes each time.
// A measure per area, volume, length or head (≥500公斤/亩, ≤35微克/立方米, ≥100立方米/秒, ≥1.2吨/头) the same way, and
// a count per site or unit served (巡检 ≥52次/站, ≥2次/所, ≥1次/社区).
const PER_RE = /\s*(?:\/|每)\s*(个工作日|工作日|个季度|季度|个月|半年|学年|年|月|周|天|日|小时|分钟|秒|学期|人|户|家|校|村|班|期|场|次|批|件|项|平方公里|平方米|㎡|立方米|公顷|亩|公里|千米|升|吨|头|只|株|床|社区|网点|窗口|单位|企业|学校|站|所|队|点|台|辆|艘|座|处|乡|镇)/y;
const PER_NEXT_RE = /\s*[·・•‧.*×]\s*(个工作日|工作日|个季度|季度|个月|半年|学年|年|月|周|天|日|小时|学期|次|期)/y;
const PER_CANON: Record<string, string> = { 个工作日: "工作日", 个季度: "季度", 个月: "月", 日: "天" };
const PER_CACHE = new Map<string, UnitInfo>();

function perPeriod(t: string, i: number, info: UnitInfo): { info: UnitInfo; end: number } | null {
  if (info.cls !== "count" && info.cls !== "other" && info.cls !== "area" && info.cls !== "time") return null;
  PER_RE.lastIndex = i;
  const m = PER_RE.exec(t);
  if (!m) return null;
  let norm = `${info.norm}/${PER_CANON[m[1]] ?? m[1]}`;
  let end = PER_RE.lastIndex;
  // A two-part basis: ≥2小时/人·周, ≥1次/村·月 (per person and week).
  PER_NEXT_RE.lastIndex = end;
  const m2 = PER_NEXT_RE.exec(t);
  if (m2) {
    norm += `·${PER_CANON[m2[1]] ?? m2[1]}`;
    end = PER_NEXT_RE.lastIndex;
  }
  let per = PER_CACHE.get(norm);
  if (!per) {
    per = { norm, cls: info.cls, mult: info.mult };
    if (PER_CACHE.size < 1000) PER_CACHE.set(norm, per);
  }
  return { info: per, end };
}

/** The unit starting at `i` (no leading spaces skipped), or null. */
export function matchUnit(t: string, i: number): UnitMatch | null {
  const cost = matchUnitCost(t, i);
  if (cost) return cost;
  UNIT_RE.lastIndex = i;
  const m = UNIT_RE.exec(t);
  if (!m) return null;
  const base = BASE[m[3].toLowerCase()];
  if (!base) return null;
  const mag = m[2];
  // A magnitude before the incomplete 万/亿 (千万, 百万) stays incomplete money: 1千万 → norm "千万", 1e7 元.
  const info = mag ? scaled(mag, base) : base;
  const scale = base.cls === "money" ? 1 : mag ? MAGNITUDE[mag] : 1;
  const per = perPeriod(t, UNIT_RE.lastIndex, info);
  if (per) return { info: per.info, end: per.end, scale };
  // 2台/套, 5台（套）, 3个/件: a count with its alternative counting word; the count is the same.
  if (info.cls === "count") {
    ALT_COUNT_RE.lastIndex = UNIT_RE.lastIndex;
    if (ALT_COUNT_RE.exec(t)) return { info, end: ALT_COUNT_RE.lastIndex, scale };
  }
  return { info, end: UNIT_RE.lastIndex, scale };
}

/** An alternative counting word after a count unit: /套, （套）, (件). */
const ALT_COUNT_RE = /\s*(?:\/\s*(?:套|台|件|个|辆|部|架|组|把|张|只)|[（(]\s*(?:套|台|件|个|辆|部|架|组|把|张|只)\s*[)）])/y;

/** Unknown but unit-like: 1–2 CJK characters or a short ASCII word, then end of text (or a suffix operator). */
export const FALLBACK_UNIT_RE = /([\u4e00-\u9fff]{1,2}|[A-Za-z]{1,8}(?:\/[A-Za-z]{1,8})?)(?=\s*(?:及以上|或以上|以上|及以下|或以下|以下|以内|之内|内)?\s*$)/y;
/** Words that look like 1–2 CJK characters but are not units. */
export const NOT_A_UNIT = new Set(["左右", "前", "后", "内", "底", "末", "外", "余", "多", "之前", "以前", "以后", "之后", "完成", "达标", "合格", "及时",
  "以上", "及以上", "或以上", "以下", "及以下", "或以下", "以内", "之内"]);

/** 个 + a short noun (≥3个项目, ≥10个单位): a count of that noun. */
export const GE_NOUN_RE = /[\u4e00-\u9fff]{1,3}(?=\s*(?:及以上|或以上|以上|及以下|或以下|以下|以内|之内|内)?\s*$)/y;
