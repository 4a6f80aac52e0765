/** Result of parsing one 指标值 (spec §3). The parser never throws; unparseable input is `kind: "text"` or `"empty"`. */

export type Operator = ">=" | "<=" | ">" | "<" | "=";

export type ValueKind =
  | "empty" // blank cell
  | "quantity" // [operator] number [unit]: ≥45人, ≤450元/人·天, =100%, 90000元, ≥60 (no unit)
  | "deadline" // 2025年12月31日, 12月31日前, 2024年12月底前, ≤12月
  | "duration" // ≤1年, ≤24小时, ≤720分钟 (a time span, not a calendar date)
  | "text"; // qualitative text: 有所提升, 满足业务开展需求

/** Units normalised to a small set so rules can compare them. */
export type UnitClass =
  | "percent"
  | "money" // 元 / 万元 / 亿元 (and incomplete 万)
  | "unit-cost" // 元/人, 元/人·天, 元/人次 …
  | "count" // 人, 人次, 次, 个, 篇, 份, 家, 期, 册, 台, 套, 项, 名 …
  | "area" // 平方米, 亩
  | "time" // 年, 月, 天, 小时, 分钟 (durations)
  | "other"
  | "none";

export interface ParsedDate {
  year: number | null;
  month: number;
  /** Day of month; null for 月底 or a bare month (≤12月). */
  day: number | null;
  /** True for 月底 / 月末. */
  endOfMonth: boolean;
  /** "before" for 前/之前/以前 or ≤; "on" otherwise. */
  qualifier: "before" | "on";
  /**
   * How precise the written date is (additive field, always set by parseValue): "day" (12月31日), "month" (12月底,
   * ≤12月), "quarter" (第三季度末 → month 9, endOfMonth), "half" (上半年 → month 6, endOfMonth), "year"
   * (2025年 / 2025年内 → month 12, endOfMonth).
   */
  precision?: "day" | "month" | "quarter" | "half" | "year";
  /** The text names the budget year without writing it (当年12月底前, 本年度内, 全年): additive field, true or absent. */
  namesBudgetYear?: true;
  /** The text names the year after the budget year (次年3月底前, 翌年): additive field, true or absent. */
  nextYear?: true;
}

export interface ParsedValue {
  /** The input as given, trimmed. */
  raw: string;
  kind: ValueKind;
  operator: Operator | null;
  /** Which spelling of the operator was used (e.g. "＞", "$\\geq$", "不少于"), for messages. */
  operatorText: string | null;
  number: number | null;
  /** Unit as written after the number ("元/人·天", "万人", "%"), "" if none. */
  unit: string;
  /** Canonical unit: "%", "元", "万元", "元/人·天", "人次", "次" … ("" if none). */
  normalizedUnit: string;
  unitClass: UnitClass;
  /** Money amount converted to 元 where the unit is money (万元 × 10000); else null. */
  amountYuan: number | null;
  date: ParsedDate | null;
  /** Text left over around the quantity ("按计划完成工作" in "≥700按计划完成工作"); "" if none. */
  extraText: string;
  /** The value mixes a number with prose (VALUE_MIXED_TEXT). */
  mixed: boolean;
  /**
   * Multiplier carried by the unit (additive field, set for quantities and durations): 万人 → 10000, 万元 → 10000,
   * 人 → 1. `scaledNumber()` applies it.
   */
  scale?: number;
  /** A written range such as `3-5次` or `90%～100%` (additive field): number is then range.min, operator null. */
  range?: { min: number; max: number };
  /**
   * A period written as a deadline (additive field): 2026年3月至11月, 2023.07-2024.01. `date` is the date the
   * period ends by (qualifier "before"); `period.start` is its first date.
   */
  period?: { start: ParsedDate };
  /**
   * A magnitude written without the unit it scales (additive field): 15万 on a 土方量 row is 15 × 10 000 of a unit
   * left out, not 15万元. Set only by the row's reader (engine/check.ts), which knows the row counts no money; `unit`
   * is then "" and `scale` the magnitude.
   */
  magnitude?: string;
}
