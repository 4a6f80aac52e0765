/**
 * Unit corrections shared by the unit rules and by every suggestion that rewrites a value, so that
 * applying any one suggestion gives the same fully corrected value (e.g. `1个` on 撰写研究报告: both
 * UNIT_MISMATCH and VALUE_NO_OPERATOR suggest `≥1篇`).
 */
import type { Severity } from "../../types";
import type { RuleContext } from "../types";
import type { RowFacts } from "./rowFacts";
import { formatValue, writtenUnit } from "./messages";
import { isClassSessionName, isClickName, isReportName, perCapitaBasis, saysPersonTimes } from "./indicatorKinds";
import { intendedOperator } from "./suggest";

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
  if (isReportName(f.name) && /^(次|个)$/.test(unit)) return { unit: "篇", why: "报告、文章等文字成果应按“篇”或“份”计", severity: "info" };
  if (isClassSessionName(f.name) && unit === "个") return { unit: "期", why: "培训班次应按“期”“班”或“次”计", severity: "info" };
  return null;
}

/** A bare magnitude (万, 千, 亿), alone or before "/人": not 万人, 万次 (counts). */
const INCOMPLETE_MONEY = /^(万|千|百万|亿)(?=$|\/)/;

/** R-UNIT-003: `万` → `万元` on money rows; null when complete. */
export function completeMoneyUnit(f: RowFacts, unit: string): string | null {
  const moneyRow = f.category === "成本" || f.money || f.parsed.unitClass === "money" || f.parsed.unitClass === "unit-cost";
  if (!moneyRow || !INCOMPLETE_MONEY.test(unit)) return null;
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
