/**
 * The unit lexicon of UNIT_MISMATCH: what each unit counts (its dimension), and what an indicator's name says
 * it should count. Data, grown from the published tables of the corpus: a count of 户 written 人/次, 村组干部 counted
 * in 个, a 金额 with %, 按时发放 with 人/年.
 */
import type { ParsedValue } from "../../values/types";
import { textMemo } from "../../memo";
import { matchUnit } from "../../values/units";
import { normalizeWidth } from "../../values/normalize";
import { hasNoUnit, hasNumber } from "./valueFacts";

/** What a unit counts. */
export type UnitDimension =
  | "person"
  | "person-times"
  | "household"
  | "times"
  | "item"
  | "money"
  | "percent"
  | "area"
  | "length"
  | "weight"
  | "time"
  | "other";

/** Count units by dimension (the normalised unit, before any "/period"); every other count unit is an item. */
export const COUNT_DIMENSIONS: Readonly<Record<string, UnitDimension>> = {
  人: "person", 名: "person", 位: "person",
  人次: "person-times", "人·天": "person-times",
  户: "household", 户次: "household",
  次: "times", 场次: "times", 批次: "times", 期次: "times", 班次: "times", 轮次: "times", 件次: "times", 项次: "times",
};

/** "other" units by dimension. */
export const MEASURE_DIMENSIONS: Readonly<Record<string, UnitDimension>> = {
  米: "length", 公里: "length",
  千克: "weight", 吨: "weight", 克: "weight",
};

/** The dimension of a parsed value's unit; null without a unit. */
export function dimensionOf(p: ParsedValue): UnitDimension | null {
  switch (p.unitClass) {
    case "percent":
      return "percent";
    case "money":
    case "unit-cost":
      return "money";
    case "area":
      return "area";
    case "time":
      return "time";
    case "count": {
      // 万人, 万人次: a magnitude before the counted unit counts the same thing.
      const head = p.normalizedUnit.split("/")[0];
      return COUNT_DIMENSIONS[head] ?? COUNT_DIMENSIONS[head.replace(/^(十万|百万|千万|万|千|亿)/, "")] ?? "item";
    }
    case "other":
      return MEASURE_DIMENSIONS[p.normalizedUnit.split("/")[0]] ?? "other";
    default:
      return null;
  }
}

export interface NameCue {
  /** What the name counts. */
  dimension: UnitDimension;
  /** The name's ending that says so. */
  pattern: RegExp;
  /** Dimensions of units that fit. */
  fits: readonly UnitDimension[];
  /** Units that fit although their dimension does not (企业户数 in 家). */
  alsoFits?: readonly string[];
  /** The unit to suggest instead ("" when it depends on the table, as money does). */
  unit: string;
  /** zh-CN: what the name counts, for the message. */
  says: string;
  /** zh-CN: the units to use instead, when the dimension's usual ones (套/件/台 for items) do not fit the thing. */
  unitsHint?: string;
}

const ALL_BUT_ITEMS: readonly UnitDimension[] = ["person", "person-times", "household", "times", "money", "percent", "area", "length", "weight", "time", "other"];

/** Name cues, first match wins. Rates (…率) are RATE_NOT_PERCENT's and 人次 names are checked before these. */
export const NAME_CUES: readonly NameCue[] = [
  {
    dimension: "household",
    pattern: /(户数|户数量|(农户|贫困户|脱贫户|困难户|住户|家庭)(数|数量)?)$/,
    fits: ["household"],
    alsoFits: ["家"],
    unit: "户",
    says: "户数",
  },
  { dimension: "person", pattern: /(人数|人员数|人员数量|名额|人口数|人口)$/, fits: ["person", "person-times"], unit: "人", says: "人数" },
  {
    // Bulk materials are weighed (消化利用农作物秸秆数量 in 吨, not 个): the unit depends on the thing, so no suggestion.
    dimension: "weight",
    pattern: /(秸秆|粮食|肥料|化肥|有机肥|饲料|粪污|粪便|农膜|地膜|污泥|煤炭|砂石|钢材)(数量|总量|量|产量|处理量|利用量|利用数量)?$/,
    fits: ["weight", "percent", "money", "time", "other", "area"],
    // Handed out in packs (发放有机肥 ≥200袋, 地膜 ≥500卷): a count of packs is a reading reviewers accept; 个 is not one.
    alsoFits: ["袋", "包", "卷", "箱", "桶", "瓶", "车", "方", "立方米", "件"],
    unit: "",
    says: "重量",
  },
  {
    // A group of people named at the end (村组干部, 参训学员): counted in 人, not in 个/件/项; 次 may count sessions.
    dimension: "person",
    pattern: /(干部|人员|学生|教师|职工|员工|学员|村民|群众|老人|儿童|患者|农民|居民|党员|志愿者)(\d+人)?$/,
    fits: ALL_BUT_ITEMS,
    unit: "人",
    says: "人数",
  },
  { dimension: "item", pattern: /(企业|商户|机构|单位|合作社|学校|医院)(数|数量|个数|家数)$/, fits: ["item", "household", "percent", "money", "time"], unit: "家", says: "单位（企业）数" },
  {
    // Things bought or installed (采购设备, 购置电脑, 更新车辆): counted in 台/套/辆/件, never in people.
    dimension: "item",
    // …and instruments and machines by their ending (彩色多普勒超声诊断仪, 呼吸机, 收割机; 司机 is a person).
    pattern: /(设备|仪器|电脑|计算机|车辆|空调|服务器|摄像头|器材|家具|桌椅|终端|一体机|打印机|仪|(?<![司有])机|救护车)(数|数量|台数|套数|总数)?$/,
    fits: ["item", "times", "percent", "money", "area", "length", "weight", "time", "other"],
    unit: "台",
    says: "设备（物品）数量",
  },
  {
    // Supplies and kit bought or handed out (购置防火服及配套防护装备, 采购救灾物资): counted in 套/件/顶/批, never in
    // people; which measure word fits depends on the thing, so no suggestion.
    dimension: "item",
    pattern: /(装备|物资|服装|被装|帐篷|器械|器具|辅具|工具|用品|防护服|救生衣)(数|数量|套数|件数|总数)?$/,
    fits: ["item", "times", "percent", "money", "area", "length", "weight", "time", "other"],
    unit: "",
    says: "物资（装备）数量",
  },
  {
    // Printed publicity handed out (印制宣传折页、海报, 发放明白纸): counted in 份/张/册, never in people; which measure
    // word fits depends on the thing, so no suggestion.
    dimension: "item",
    pattern: /(折页|海报|宣传册|宣传单|宣传页|宣传品|手册|画册|挂图|明白纸|读本|图册|彩页|传单|(?:宣传|培训|学习)资料)(?:印制|印刷|发放|制作|编印|散发)?(数|数量|份数|册数|张数|总数)?$/,
    fits: ["item", "times", "percent", "money", "time", "other"],
    unit: "",
    says: "印刷品数量",
    unitsHint: "“份”“册”“张”等印刷品的单位",
  },
  { dimension: "times", pattern: /(次数|场次|频次|批次)$/, fits: ["times", "item", "person-times", "percent", "time", "other"], unit: "次", says: "次数" },
  // A score (考核平均得分, 综合评分) is counted in 分; a percentage is a 得分率, another indicator.
  { dimension: "other", pattern: /(得分|评分|分数)$/, fits: ["other", "time"], unit: "分", says: "得分" },
  { dimension: "time", pattern: /(天数|日数)$/, fits: ["time", "person-times"], unit: "天", says: "天数" },
  { dimension: "area", pattern: /面积$/, fits: ["area", "percent", "money"], unit: "", says: "面积" },
  { dimension: "length", pattern: /(长度|里程|距离|公里数)$/, fits: ["length", "percent", "money"], unit: "", says: "长度" },
  {
    dimension: "money",
    pattern: /(金额|总额|费用|经费|资金|投资|投资额|投入|支出|收入|造价|租金|报酬|工资|薪酬|(?<![免收缴消浪])费)$/,
    fits: ["money", "time"],
    unit: "",
    says: "金额",
  },
];

/** A name that counts or measures something other than money: 受益人口, 培训人数, 土方量, 造林面积, 发放宣传册数量. */
const MEASURE_ENDING = /(数量|总量|产量|方量|工程量|用量|储量|流量|数)$/;
export function countsNoMoney(name: string): boolean {
  // …人次 / …户次 (门诊慢特病救助人次, 补助发放户次) counts attendances, whatever money the name also speaks of.
  if (/(人次|户次)$/.test(name)) return true;
  const cue = nameCueOf(name);
  if (cue) return cue.dimension !== "money";
  return MEASURE_ENDING.test(name) && !MONEY_WORD.test(name);
}
/** Money words that make a …数量 / …总量 name a sum of money (补助资金发放数量, 资金总量). */
const MONEY_WORD = /金|款|费|资|补助|补贴|奖励|奖补|贴息|投资|收入|价|薪|酬|元/;
/** A name with no word of money in it (民生档案数字化, 巡查河道): what it counts under 数量 is no sum. */
export function speaksOfNoMoney(name: string): boolean {
  return !MONEY_WORD.test(name);
}

/** Whether a value's unit fits the cue. */
export function fitsCue(cue: NameCue, dimension: UnitDimension, unit: string): boolean {
  return cue.fits.includes(dimension) || (cue.alsoFits?.includes(unit) ?? false);
}

/** The cue a name matches, or null (memoised per distinct name). */
/**
 * A bracket that only repeats the unit, a template mask (人口数(≥**户)), lists what the name covers (购置巡护装备（防火服、
 * 对讲机、GPS巡护终端）) or adds a kind (受益农户（农机合作社）数量): the cue is read without it.
 */
const BRACKET = /[(（][^()（）]{0,30}[)）]/g;
export const nameCueOf = textMemo(5000, (name: string): NameCue | null => {
  const n = name.replace(/^[★☆*＊]+/, "").replace(BRACKET, "");
  for (const c of NAME_CUES) if (c.pattern.test(n)) return c;
  return null;
});

/** A name ending in the count it asks for (宣传折页印制数量, 购置设备台数): the thing counted, never a sum of money. */
const COUNT_SUFFIX = /(数量|份数|册数|张数|台数|套数|件数|个数|总数)$/;
export function namesItsCount(name: string): boolean {
  const cue = nameCueOf(name);
  return cue !== null && cue.dimension !== "money" && COUNT_SUFFIX.test(name);
}

/** Timeliness words: a name made of them (按时发放, 及时拨付) measures a share done on time, not a count. */
const TIMELINESS = /^(按时|及时|按期|如期|准时|限时)/;
/** Heads that make a timeliness name a count or a time (按时发放人数, 及时完成时间) rather than a share. */
const TIMELINESS_MEASURED = /率|数|量|时间|日期|时限|天|期限|[（(]\s*%\s*[）)]/;
export function isTimelinessName(name: string): boolean {
  return TIMELINESS.test(name) && !TIMELINESS_MEASURED.test(name);
}

/** A number written in the name with its unit ("村组干部230人" with 230 → 人), else "". */
const UNIT_AFTER_NUMBER = /^(人次|人|户|次|个|篇|份|家|名|项|期|场|件|台|套|辆|亩|平方米|公里|米|吨)/;
export function unitInName(name: string, n: number): string {
  const s = String(n);
  const at = name.indexOf(s);
  if (at < 0 || /\d/.test(name.charAt(at - 1))) return "";
  return UNIT_AFTER_NUMBER.exec(name.slice(at + s.length))?.[1] ?? "";
}

/** Dimension of a unit written in a name (the same table as the values'). */
export function dimensionOfUnit(unit: string): UnitDimension {
  return COUNT_DIMENSIONS[unit] ?? MEASURE_DIMENSIONS[unit] ?? (unit === "亩" || unit === "平方米" ? "area" : "item");
}

/** The last bracket of a name: 实施营造林总面积(亩), 受益人数（人）, 项目总投入(≥**万元). */
const LAST_BRACKET = /[(（]([^()（）]{1,12})[)）]\s*$/;
/** An operator and a template mask before the unit in the bracket (≥**万元, ≤××元/株, ≥N%). */
const BRACKET_LEAD = /^\s*(?:[≥≤><=≧≦]|>=|<=)?\s*(?:[*＊×xXN]+|\d+(?:\.\d+)?)?\s*/;

/**
 * The unit a name gives in its closing bracket (亩, 人, 万元, 万立方米, % …), else "": exports that print the unit in
 * the 三级 name (实施营造林总面积(亩) | 80000) do give the value its unit. Only a whole unit of the vocabulary counts.
 */
export const unitInBrackets = textMemo(5000, (name: string): string => {
  const m = LAST_BRACKET.exec(name);
  if (!m) return "";
  const inner = normalizeWidth(m[1]);
  const lead = BRACKET_LEAD.exec(inner);
  const at = lead ? lead[0].length : 0;
  const u = matchUnit(inner, at);
  return u && inner.slice(u.end).trim() === "" ? inner.slice(at, u.end) : "";
});

/** Verbs of making or acquiring things: a name built on one counts the things made (制作宣传横幅、公益宣传牌等). */
const MAKES_THINGS = /(制作|印制|印刷|购置|采购|购买|安装|设置|悬挂|张贴|配备|新建|修建|种植|栽植)/;
/** Heads that make such a name a time after all (制作周期, 安装工期, 设备运行维护). */
const TIME_HEAD = /(时间|时长|期限|周期|年限|工期|时限|天数|月数|年数|运行|运营|维护|养护|管护|保障|服务|监测|期)/;

/** The verb of a name that counts things made or bought and never a time ("" otherwise). */
export function makesThingsVerb(name: string): string {
  if (TIME_HEAD.test(name)) return "";
  return MAKES_THINGS.exec(name)?.[1] ?? "";
}

/**
 * A name that titles its value as a percentage in a closing bracket of its own (群众满意度（%）, 验收合格率(%)): a bare
 * number there is read as per cent, as an export's 度量单位 column is. A template mask (成活率(≥**%)) is no such title.
 */
export function percentTitled(name: string): boolean {
  return /[(（]\s*[%％]\s*[)）]\s*$/.test(name);
}

/** A bare number (no unit, no prose) under a name titled （%）: a percentage as written (群众满意度（%） | ≥90). */
export function isPercentByTitle(p: ParsedValue, name: string): boolean {
  return hasNumber(p) && !p.mixed && hasNoUnit(p) && percentTitled(name);
}
