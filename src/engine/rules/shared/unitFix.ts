/**
 * Unit corrections shared by the unit rules and by every suggestion that rewrites a value, so that
 * applying any one suggestion gives the same fully corrected value (e.g. `1个` on 撰写研究报告: both
 * UNIT_MISMATCH and VALUE_NO_OPERATOR suggest `≥1篇`).
 */
import type { Severity } from "../../types";
import type { RuleContext } from "../types";
import type { RowFacts } from "./rowFacts";
import { formatNumber, formatValue, writtenUnit } from "./messages";
import { isClassSessionName, isClickName, isReportName, perCapitaBasis, saysPersonTimes } from "./indicatorKinds";
import { intendedOperator } from "./suggest";
import { dimensionOf, dimensionOfUnit, fitsCue, makesThingsVerb, nameCueOf, unitInName } from "./unitLexicon";

export interface UnitMismatch {
  unit: string;
  why: string;
  /** info for R-UNIT-005 (reports, classes), else the rule's default. */
  severity?: Severity;
}

/** R-UNIT-001/002/005: the unit the name calls for instead of `unit`, or null when it fits. */
export function unitMismatch(f: RowFacts, unit: string): UnitMismatch | null {
  if (!unit || f.perCapita) return null;
  if (isClickName(f.name) && /人/.test(unit)) return { unit: unit.replace(/人次|人/, "次"), why: "点击量、浏览量按次数统计，不是人数" };
  if (saysPersonTimes(f.name) && /人$/.test(unit)) return { unit: `${unit}次`, why: "指标名称是“人次”，单位却是“人”" };
  if (saysPersonTimes(f.name) && unit === "次" && !/人次数$/.test(f.name)) return { unit: "人次", why: "指标名称是“人次”，单位却是“次”" };
  if (isReportName(f.name) && /^(次|个)$/.test(unit)) return { unit: "篇", why: "报告、文章等文字成果应按“篇”或“份”计", severity: "info" };
  if (isClassSessionName(f.name) && unit === "个") return { unit: "期", why: "培训班次应按“期”“班”或“次”计", severity: "info" };
  return lexiconMismatch(f, unit);
}

/** Nonstandard spellings of a unit that has a standard name (平方 for 平方米). */
const NONSTANDARD_UNITS: Readonly<Record<string, string>> = { 平方: "平方米", 平米: "平方米", 方: "立方米", "人/次": "人次", RMB: "元", rmb: "元", 人民币: "元", 人民币元: "元" };

/** The unit lexicon's cases (unitLexicon.ts): a unit written in the name, a cue of the name's ending, a nonstandard spelling. */
function lexiconMismatch(f: RowFacts, unit: string): UnitMismatch | null {
  const p = f.parsed;
  const dim = dimensionOf(p);
  // Rates and 满意度 are RATE_NOT_PERCENT's / SATISFACTION_NOT_PERCENT's.
  if (!dim || p.number === null || f.rate || f.satisfaction) return null;
  // Only a count for a count (个 → 人, 人/次 → 户): a percentage or an amount under a count name means another number.
  if (!REPLACEABLE.has(dim)) return nonstandard(unit, f.name);
  const inName = unitInName(f.name, p.number);
  if (inName && dimensionOfUnit(inName) !== dim && REPLACEABLE.has(dimensionOfUnit(inName))) {
    return { unit: replaceHead(p, unit, inName), why: `指标名称写的是“${formatNumber(p.number)}${inName}”，单位却是“${unit}”` };
  }
  // 制作宣传横幅、公益宣传牌等(年) = 1年: things made are counted, not timed.
  const verb = dim === "time" && f.category === "数量" ? makesThingsVerb(f.name) : "";
  if (verb) return { unit: "个", why: `指标是${verb}的物品数量，单位却是时间“${unit}”，应按条、块、个等计数` };
  const cue = nameCueOf(f.name);
  if (cue && cue.unit && REPLACEABLE.has(cue.dimension) && !fitsCue(cue, dim, p.normalizedUnit)) {
    return { unit: replaceHead(p, unit, cue.unit), why: `指标是${cue.says}，单位却是“${unit}”` };
  }
  return nonstandard(unit, f.name);
}

/** Dimensions whose units can replace each other without changing what the number means. */
const REPLACEABLE = new Set(["person", "person-times", "household", "times", "item", "time", "area", "length", "weight", "other"]);

/** Latin symbols and the Chinese unit names a 绩效目标表 writes them with (a hint: both are legal units). */
const LATIN_UNITS: Readonly<Record<string, string>> = {
  m: "米", km: "公里", kg: "千克", g: "克", t: "吨", m2: "平方米", "m²": "平方米", km2: "平方公里", "km²": "平方公里",
  m3: "立方米", "m³": "立方米", h: "小时", min: "分钟",
};

/** Names measured in data units (兆, Mbps), where a capital M is no metre. */
const DATA_MEASURE = /带宽|网速|速率|流量|存储|容量|内存|像素|宽带|网络/;

function nonstandard(unit: string, name = ""): UnitMismatch | null {
  const standard = NONSTANDARD_UNITS[unit];
  if (standard) return { unit: standard, why: `“${unit}”不是规范的计量单位，应写“${standard}”`, severity: "info" };
  // M is 米 on a 射程 (≥80M, 020 湘潭) but 兆 on a bandwidth or a storage (网络带宽 ≥100M): no 米 there.
  const chinese = unit === "M" && DATA_MEASURE.test(name) ? undefined : LATIN_UNITS[unit.toLowerCase()];
  return chinese ? { unit: chinese, why: `“${unit}”是英文符号，表中单位宜统一用中文“${chinese}”`, severity: "info" } : null;
}

/** `unit` with its counted part replaced (人/年 → 户/年); 人/次 is one unit (人次), replaced whole. */
function replaceHead(p: RowFacts["parsed"], unit: string, to: string): string {
  const slash = unit.indexOf("/");
  if (slash < 0 || !p.normalizedUnit.includes("/")) return to;
  return to + unit.slice(slash);
}

/** A bare magnitude (万, 千, 亿), alone or before "/人": not 万人, 万次 (counts). */
const INCOMPLETE_MONEY = /^(万|千|百万|亿)(?=$|\/)/;

/** R-UNIT-003: `万` → `万元`, `/株` → `元/株` on money rows; null when complete. */
export function completeMoneyUnit(f: RowFacts, unit: string): string | null {
  const moneyRow = f.category === "成本" || f.money || f.parsed.unitClass === "money" || f.parsed.unitClass === "unit-cost";
  if (!moneyRow) return null;
  // ≤28.40/株: nothing before the slash; a per-item cost is counted in 元.
  if (unit.startsWith("/")) return `元${unit}`;
  if (!INCOMPLETE_MONEY.test(unit)) return null;
  return unit.replace(INCOMPLETE_MONEY, "$1元");
}

/** R-UNIT-004: `元` → `元/人·天` (training/meeting) or `元/人` on per-capita costs; null when a basis is given. */
export function withCostBasis(f: RowFacts, unit: string): string | null {
  if (!f.perCapita || !(f.money || f.category === "成本") || unit.includes("/") || !/元$/.test(unit)) return null;
  return `${unit}/${perCapitaBasis(f.name, f.ind.description?.text ?? "")}`;
}

/** The written unit with every applicable unit correction. */
export function correctedUnit(f: RowFacts): string {
  let unit = writtenUnit(f.parsed) || f.parsed.normalizedUnit;
  unit = unitMismatch(f, unit)?.unit ?? unit;
  unit = completeMoneyUnit(f, unit) ?? unit;
  unit = withCostBasis(f, unit) ?? unit;
  return unit;
}

/** Operator (the written one, else the intended one) + number + corrected unit. Null without a number. */
export function correctedValue(f: RowFacts, _ctx?: RuleContext): string | null {
  const p = f.parsed;
  if (p.number === null) return null;
  return formatValue(p.operator ?? intendedOperator(f), p.number, correctedUnit(f));
}
