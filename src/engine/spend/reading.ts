/**
 * The reading of a spending plan (资金支出计划（%）, spec §4 SPEND_*, research §3 R-PLAN-001…006): how the plan was
 * written (percent, fraction, amount, increments), its normalised cumulative-% curve, and the facts the SPEND_* rules
 * decide on (year-end point, blanks, decreases, pace shortfalls). Computed once per plan; each SPEND_* rule file
 * (src/engine/rules/table) decides and words its own finding from it.
 */
import type { CellValue, MoneyUnit } from "../types";
import { textMemo } from "../memo";
import { cnNumber } from "../values/chineseNumerals";
import type { Profile } from "../profiles/schema";

export type SpendReading = "percent" | "fraction" | "amount" | "increments" | "empty";

export type SpendCode =
  | "SPEND_NOT_PERCENT"
  | "SPEND_MISSING_POINT"
  | "SPEND_NOT_MONOTONIC"
  | "SPEND_INCREMENTS"
  | "SPEND_NOT_100"
  | "SPEND_BEHIND_PACE"
  | "SPEND_BACKLOADED";

export interface SpendFinding {
  code: SpendCode;
  /** zh-CN: what is wrong and how to fix it. */
  message: string;
  /** Index into `values` of the point concerned, or null for the plan as a whole. */
  index: number | null;
  /** A corrected value: one cell ("100%") or, for SPEND_NOT_PERCENT/SPEND_INCREMENTS, the whole row ("25%,50%,75%,100%"). */
  suggestion?: string;
  /**
   * Only when the case changes the default severity: SPEND_BACKLOADED all-blank → warning (info for a lump-sum
   * project); blank earlier point → warning; SPEND_BEHIND_PACE of a lump-sum project → info.
   */
  severity?: "error" | "warning" | "info";
}

export interface SpendInput {
  /** The plan's cells as the host typed them: "25%", 0.25, 25, "0.55", null… */
  values: readonly CellValue[];
  /** Month labels as written ("3月底", "第三季度"); null where absent. */
  labels?: readonly (string | null | undefined)[] | null;
  /** Month numbers (1–12) when already known; they win over labels. */
  months?: readonly (number | null | undefined)[] | null;
  /** 预算数 in 元, to recognise plans written as amounts. */
  budgetYuan?: number | null;
  /**
   * The form's plan label asks for amounts (资金支出计划（万元）): amounts are then what it wants, read against the
   * budget, and not reported as "not a percentage".
   */
  amountsAsked?: boolean;
  /** Money unit of the table (amounts are compared with 预算数 in this unit); 万元 by default. */
  unit?: MoneyUnit;
  profile: Profile;
  /**
   * True when plain numbers come from cells formatted as percentages (Excel/WPS pass 25% as 0.25):
   * then 0.25 means 25% and is not reported as a fraction. Default false (the table's cells are text).
   */
  percentFormatted?: boolean;
  /**
   * A lump-sum project (one-off purchase, award or subsidy paid after assessment): being behind 序时进度
   * and an all-blank-then-100% plan are normal there, so SPEND_BEHIND_PACE and that SPEND_BACKLOADED case
   * are reported as info. See `isLumpSum` for the profile's keywords.
   */
  lumpSum?: boolean;
}

/** Whether a project name marks a lump-sum project (profile.spend.lumpSumKeywords). */
export function isLumpSum(projectName: string | null | undefined, profile: Profile): boolean {
  const name = String(projectName ?? "");
  const words = profile?.spend?.lumpSumKeywords ?? [];
  return !!name && words.some((w) => name.includes(w));
}

export interface SpendPointResult {
  /** Month (1–12) the point closes, from `months`, the label or the profile's checkpoints; null if unknown. */
  month: number | null;
  /** The point was blank. */
  blank: boolean;
  /** How the cell was written: blank, "25%" text, a plain number (0.25, 25, 0.55) or unreadable text. */
  written: "blank" | "percent" | "number" | "text";
}

export interface SpendAnalysis {
  reading: SpendReading;
  /** Normalised cumulative % per point (blank leading points read as 0%); null when nothing was readable. */
  curve: number[] | null;
  /** Per point: its month and whether it was blank (same length as `values`). */
  points: SpendPointResult[];
  findings: SpendFinding[];
}

// ---------------------------------------------------------------------------------------------
// Month labels

/** Plan labels are the template's few ("3月底" … "12月底") on every table of a workbook: memoised, bounded (memo.ts). */
const monthOfText = textMemo(1024, (key) => monthOfLabelUncached(key));

/**
 * The month a plan label closes: "3月底"/"6月末"/"十月" → that month; quarters close at their last month
 * ("第三季度" → 9, "一季度末" → 3); "上半年" → 6; "全年"/"年底"/"年末"/"下半年" → 12. Null if none.
 */
export function monthOfLabel(label: string | null | undefined): number | null {
  if (label == null) return null;
  return monthOfText(String(label));
}

function monthOfLabelUncached(label: string): number | null {
  const s = label.normalize("NFKC").replace(/\s+/g, "");
  if (!s) return null;
  const q = /(?:第)?([1-4一二三四])季度|Q([1-4])/i.exec(s);
  if (q) {
    const n = cnNumber(q[1] ?? q[2] ?? "");
    return n && n >= 1 && n <= 4 ? n * 3 : null;
  }
  const m = /(\d{1,2}|[一二两三四五六七八九十]{1,3})月/.exec(s);
  if (m) {
    const n = cnNumber(m[1]);
    return n && n >= 1 && n <= 12 ? n : null;
  }
  if (/上半年/.test(s)) return 6;
  if (/下半年|全年|年底|年末|年终/.test(s)) return 12;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Reading the cells

const BLANK_MARKS = /^[-—–/／\\、无]+$/;
const ASCII = /^[\x20-\x7e]*$/;

/** A percentage, with the words some tables put around it: 累计10%, 支出40%, 80%（累计）. */
const PERCENT_CELL = /^(?:累计(?:支出|完成)?|支出|完成|达到)?([+-]?\d+(?:\.\d+)?|[+-]?\.\d+)%(?:[（(]累计[)）]|累计)?$/;

function readCell(v: CellValue): PlanCell {
  if (v === null || v === undefined) return { kind: "blank", value: 0, text: "" };
  if (typeof v === "number") return Number.isFinite(v) ? { kind: "number", value: v, text: String(v) } : { kind: "text", value: 0, text: String(v) };
  if (typeof v === "boolean" || v instanceof Date) return { kind: "text", value: 0, text: String(v) };
  const text = String(v).trim();
  // NFKC only when needed (full-width digits/％): it dominates the cost of a plain "25%".
  const s = (ASCII.test(text) ? text : text.normalize("NFKC")).replace(/[\s,]/g, "");
  if (!s || BLANK_MARKS.test(s)) return { kind: "blank", value: 0, text };
  const pct = PERCENT_CELL.exec(s);
  if (pct) return { kind: "percent", value: Number(pct[1]), text };
  const num = /^([+-]?\d+(?:\.\d+)?|[+-]?\.\d+)(万元|元|万)?$/.exec(s);
  if (num) return { kind: "number", value: Number(num[1]), text };
  return { kind: "text", value: 0, text };
}

/** "24.8%" — one decimal at most, no trailing ".0". */
export function formatPercent(p: number): string {
  const r = Math.round(p * 10) / 10;
  return `${Object.is(r, -0) ? 0 : r}%`;
}

function near(a: number, b: number, rel: number): boolean {
  const scale = Math.max(Math.abs(a), Math.abs(b), 1e-9);
  return Math.abs(a - b) <= Math.max(rel * scale, 1e-9);
}

export const PCT_EPS = 0.05; // rounding slack, in percentage points
const SUM_SLACK = 1; // "sums to ~100": ±1 point


/** A point whose cumulative value is below the previous filled point's. */
export interface PlanDecrease {
  index: number;
  value: number;
  previousIndex: number;
  previousValue: number;
  /** The decrease is at the year-end point (or at the last filled point when no month is known). */
  atEnd: boolean;
}

/** A point before December whose cumulative value is below 序时进度 (month/12) minus the profile's tolerance. */
export interface PaceShortfall {
  index: number;
  /** 序时进度 of the point's month, in %. */
  pace: number;
  /** The pace rounded, suggested when every later point already reaches it. */
  target: number;
  fits: boolean;
}

/** The cells of one point as read. */
export interface PlanCell {
  kind: "blank" | "percent" | "number" | "text";
  value: number;
  text: string;
}

export interface PlanReading {
  input: SpendInput;
  /** "empty": nothing filled; "unreadable": filled but no number; "read": a curve was made; "failed": see `error`. */
  stage: "empty" | "unreadable" | "read" | "failed";
  /** Why the plan could not be read (stage "failed"). */
  error?: string;
  reading: SpendReading;
  cells: PlanCell[];
  points: SpendPointResult[];
  labels: readonly (string | null | undefined)[] | null;
  /** Some point has a known month. */
  knownMonths: boolean;
  /** Index of the point closing in December (the last point when no month is known); -1 if none. */
  yearEnd: number;
  /** How plain numbers were read ("percent" when there are none). */
  plainReading: "percent" | "fraction" | "amount";
  /** The plain-number cells, in order. */
  plainIndices: number[];
  /** What 100% is in the plain numbers' scale; null for percentages. */
  amountBase: number | null;
  /** The amount base is the 预算数 (in the table's unit or the other). */
  amountIsBudget: boolean;
  /** Amounts: cumulative, but the year-end cell holds the last period's increment. */
  finalIncrement: boolean;
  /** Literal % per point (null where blank or unreadable). */
  literal: (number | null)[];
  firstFilled: number;
  lastFilled: number;
  /** The row is per-period values adding up to the whole (or, on a form printed by periods, to what it plans). */
  increments: boolean;
  /** The form prints periods, not points (第一季度 … 第四季度, 上半年 | 下半年, 1-3月): it asks each period's spending. */
  byPeriods: boolean;
  /** Sum of the per-point values (blanks as 0), in %. */
  total: number;
  curve: number[] | null;
  yearEndFilled: boolean;
  /** Every point before the year-end is blank and the year-end is filled. */
  allBlankThenEnd: boolean;
  decreases: PlanDecrease[];
  paceShortfalls: PaceShortfall[];
}

function emptyReading(input: SpendInput, stage: "empty" | "unreadable" | "failed", cells: PlanCell[], points: SpendPointResult[], labels: PlanReading["labels"], knownMonths: boolean, yearEnd: number): PlanReading {
  return {
    input, stage, reading: "empty", cells, points, labels, knownMonths, yearEnd, plainReading: "percent", plainIndices: [], amountBase: null, amountIsBudget: false,
    finalIncrement: false, literal: cells.map(() => null), firstFilled: -1, lastFilled: -1, increments: false, byPeriods: false, total: 0, curve: null,
    yearEndFilled: false, allBlankThenEnd: false, decreases: [], paceShortfalls: [],
  };
}

/** Reads a plan once: everything the SPEND_* rules decide on. Never throws: a malformed input reads as "failed". */
export function readSpendPlan(input: SpendInput): PlanReading {
  try {
    return read(input);
  } catch (e) {
    // Defensive: a malformed profile or exotic input must not break the caller (custom functions).
    return { ...emptyReading(input, "failed", [], [], null, false, -1), error: e instanceof Error ? e.message : String(e) };
  }
}

function read(input: SpendInput): PlanReading {
  const values = Array.isArray(input.values) ? input.values : [];
  const spend = input.profile.spend;
  const checkpoints = spend.checkpoints;
  const unit: MoneyUnit = input.unit === "元" ? "元" : "万元";
  const raw = values.map(readCell);
  const n = raw.length;

  // Months: explicit months, else labels, else the profile's checkpoints in order.
  const labels = input.labels ?? null;
  const hasLabels = !!labels && labels.some((l) => l != null && String(l).trim() !== "");
  const points: SpendPointResult[] = raw.map((r, i) => {
    const explicit = input.months?.[i];
    let month: number | null = typeof explicit === "number" && explicit >= 1 && explicit <= 12 ? Math.trunc(explicit) : null;
    if (month === null && hasLabels) month = monthOfLabel(labels?.[i]);
    if (month === null && !hasLabels && !input.months) month = checkpoints[i]?.month ?? null;
    return { month, blank: r.kind === "blank", written: r.kind };
  });

  const filled = raw.map((r, i) => ({ r, i })).filter((x) => x.r.kind !== "blank");

  // Year-end point: the point closing in December (or, with unknown months, the last point).
  const knownMonths = points.some((p) => p.month !== null);
  let yearEnd = -1;
  for (let i = n - 1; i >= 0; i--) {
    if (points[i].month === 12) {
      yearEnd = i;
      break;
    }
  }
  if (!knownMonths && n > 0) yearEnd = n - 1;

  if (filled.length === 0) return emptyReading(input, "empty", raw, points, labels, knownMonths, yearEnd);
  const numeric = filled.filter((x) => x.r.kind === "percent" || x.r.kind === "number");
  if (numeric.length === 0) return emptyReading(input, "unreadable", raw, points, labels, knownMonths, yearEnd);

  // --- decide the reading of plain numbers (percent-texted cells are always percentages) -----
  const plain = numeric.filter((x) => x.r.kind === "number");
  const budgetInUnit = typeof input.budgetYuan === "number" && Number.isFinite(input.budgetYuan) && input.budgetYuan > 0
    ? (unit === "万元" ? input.budgetYuan / 10000 : input.budgetYuan)
    : null;
  const budgetAlt = budgetInUnit !== null ? (unit === "万元" ? input.budgetYuan! : input.budgetYuan! / 10000) : null;
  const tol = spend.amountTolerance;

  let plainReading: PlanReading["plainReading"] = "percent";
  let amountBase: number | null = null; // what 100% is, in the plain numbers' own scale
  let finalIncrement = false;
  if (plain.length) {
    const pv = plain.map((x) => x.r.value);
    const last = pv[pv.length - 1];
    const max = Math.max(...pv);
    const sum = pv.reduce((a, b) => a + b, 0);
    const lastIsHundred = near(last, 100, 0.001) && !plain.some((x) => x.r.value > 100);
    const matchBudget = (b: number | null): boolean =>
      b !== null && !lastIsHundred && (near(last, b, tol) || near(sum, b, tol) || (last < max && near(max + last, b, tol)));
    // A form that asks amounts (资金支出计划（万元）) measures them against the budget even when they stop short of it.
    const askedBase = input.amountsAsked && budgetInUnit !== null && max <= budgetInUnit * (1 + tol) ? budgetInUnit : null;
    const base = matchBudget(budgetInUnit) ? budgetInUnit : matchBudget(budgetAlt) ? budgetAlt : askedBase;
    if (base !== null && !(near(base, 100, 0.001) && lastIsHundred)) {
      plainReading = "amount";
      amountBase = base;
      finalIncrement = !near(last, base, tol) && !near(sum, base, tol) && last < max && near(max + last, base, tol);
    } else if (pv.every((v) => v >= 0 && v <= 1) && !(input.percentFormatted ?? false)) {
      plainReading = "fraction";
      amountBase = 1;
    } else if (pv.every((v) => v >= 0 && v <= 1) && input.percentFormatted) {
      plainReading = "percent";
      amountBase = 1; // 0.25 from a %-formatted cell is 25%
    } else if (max > 100) {
      // Larger than any percentage and not the budget: money of unknown total; the largest cumulative
      // value stands for 100% (the last one may be a drop).
      plainReading = "amount";
      amountBase = max;
    }
  }
  const toPct = (r: PlanCell): number => {
    if (r.kind === "percent") return r.value;
    if (r.kind !== "number") return 0;
    return amountBase !== null ? (r.value / amountBase) * 100 : r.value;
  };

  // --- literal percentages per point; blanks: leading → 0, interior → carried forward ---------
  const literal: (number | null)[] = raw.map((r) => (r.kind === "percent" || r.kind === "number" ? toPct(r) : null));
  const firstFilled = literal.findIndex((v) => v !== null);
  const lastFilled = n - 1 - [...literal].reverse().findIndex((v) => v !== null);
  const pctVals = literal.map((v, i) => (v !== null ? v : i < firstFilled ? 0 : null));

  // Increments: per-period values that add up to the whole with the year-end below it.
  const present = pctVals.map((v) => v ?? 0);
  const total = present.reduce((a, b) => a + b, 0);
  const endPct = yearEnd >= 0 ? literal[yearEnd] : null;
  // A strictly rising row (0.16/0.33/0.50 adds up to 99 by chance) is cumulative, not increments.
  const filledPct = literal.filter((v): v is number => v !== null);
  const strictlyRising = filledPct.every((v, i) => i === 0 || v > filledPct[i - 1] + PCT_EPS);
  const byPeriods = printedByPeriods(labels);
  const belowWhole = (endPct === null || endPct < 100 - PCT_EPS) && present[lastFilled] < 100 - PCT_EPS;
  const increments =
    numeric.length >= 2 &&
    !finalIncrement &&
    belowWhole &&
    // Values adding up to 100 that do not rise, or, on a form printed by periods, any row that does not end at 100
    // and adds up to no more than it (一季度 25 | 二季度 25 | 三季度 25 | 四季度 15 plans 90%, not a drop to 15%).
    ((!strictlyRising && Math.abs(total - 100) <= SUM_SLACK) || (byPeriods && (plainReading !== "amount" || amountBase === budgetInUnit || amountBase === budgetAlt) && total <= 100 + SUM_SLACK));

  let curve: number[];
  if (increments) {
    let acc = 0;
    curve = present.map((v) => (acc += v));
  } else {
    let prev = 0;
    curve = pctVals.map((v) => (prev = v ?? prev));
    if (finalIncrement) curve[lastFilled] = 100;
  }
  // Absurd inputs (1e308, 5e-324 budgets) must not leak Infinity/NaN to charts and functions.
  curve = curve.map((v) => {
    const r = Math.round(v * 1000) / 1000;
    return Number.isFinite(r) ? r : 0;
  });

  const unitReading: SpendReading = plain.length && plainReading !== "percent" ? plainReading : "percent";
  const reading: SpendReading = increments ? "increments" : unitReading;

  const yearEndFilled = yearEnd >= 0 && literal[yearEnd] !== null;
  const beforeEnd = yearEnd >= 0 ? raw.slice(0, yearEnd) : raw;
  const allBlankThenEnd = yearEndFilled && yearEnd > 0 && beforeEnd.every((r) => r.kind === "blank");

  // Decreases (on the literal values: a cumulative plan never decreases); increments are not cumulative.
  const decreases: PlanDecrease[] = [];
  if (!increments) {
    let prevVal: number | null = null;
    let prevIdx = -1;
    for (let i = 0; i < n; i++) {
      const v = literal[i];
      if (v === null) continue;
      if (prevVal !== null && v < prevVal - PCT_EPS) {
        decreases.push({ index: i, value: v, previousIndex: prevIdx, previousValue: prevVal, atEnd: i === yearEnd || (yearEnd < 0 && i === lastFilled) });
      }
      prevVal = v;
      prevIdx = i;
    }
  }

  // 序时进度 (R-PLAN-005): on a readable, cumulative curve with a filled year-end and an interim schedule only.
  const paceShortfalls: PaceShortfall[] = [];
  if (decreases.length === 0 && yearEndFilled && !allBlankThenEnd) {
    for (let i = 0; i < n; i++) {
      const m = points[i].month;
      if (m === null || m >= 12 || m < spend.paceFromMonth || raw[i].kind === "text") continue;
      const pace = (m / 12) * 100;
      if (curve[i] < pace - spend.paceTolerance - 1e-9) {
        const target = Math.round(pace);
        paceShortfalls.push({ index: i, pace, target, fits: curve.slice(i + 1).every((v) => v >= target) });
      }
    }
  }

  return {
    input, stage: "read", reading, cells: raw, points, labels, knownMonths, yearEnd, plainReading,
    plainIndices: plain.map((x) => x.i), amountBase, amountIsBudget: amountBase !== null && (amountBase === budgetInUnit || amountBase === budgetAlt),
    finalIncrement, literal, firstFilled, lastFilled, increments, byPeriods, total, curve, yearEndFilled, allBlankThenEnd, decreases, paceShortfalls,
  };
}

/**
 * A plan printed by periods (第一季度 … 第四季度, 上半年 | 下半年, 1-3月 | 4-6月): the form asks what is spent in each
 * period, so per-period values are what it wants (the curve is still built from them).
 */
const PERIOD_LABEL = /^(?:第?[一二三四1-4]季度|[一二三四1-4]季度|[上下]半年|\d{1,2}\s*[-—~至]\s*\d{1,2}\s*月(?:份)?)$/;
function printedByPeriods(labels: PlanReading["labels"]): boolean {
  const ls = (labels ?? []).map((l) => String(l ?? "").replace(/\s+/g, "")).filter(Boolean);
  return ls.length >= 2 && ls.every((l) => PERIOD_LABEL.test(l));
}

/** How a point is named in messages: its label, else "N月底", else "第N个时间点". */
export function pointName(r: PlanReading, i: number): string {
  const label = r.labels?.[i];
  const l = label != null ? String(label).trim() : "";
  if (l) return l;
  const p = r.points[i];
  if (p?.month) return `${p.month}月底`;
  return `第${i + 1}个时间点`;
}
