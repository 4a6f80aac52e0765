/**
 * The spending-plan engine (资金支出计划（%）, spec §4 SPEND_*, research §3 R-PLAN-001…006).
 *
 * One pure function shared by the SPEND_* table rules and the `=PERF.SPENDCURVE` custom function:
 * it decides how the plan was written (percent, fraction, amount, increments), turns it into a
 * normalised cumulative-% curve, and reports what is wrong. It never throws.
 */
import type { CellValue, MoneyUnit } from "../types";
import { textMemo } from "../memo";
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

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function cnNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === "十") return 10;
  const m = /^(十)?([一二两三四五六七八九])?$|^([一二两三四五六七八九])十([一二两三四五六七八九])?$/.exec(s);
  if (!m) return null;
  if (m[3]) return CN_DIGITS[m[3]] * 10 + (m[4] ? CN_DIGITS[m[4]] : 0);
  return (m[1] ? 10 : 0) + (m[2] ? CN_DIGITS[m[2]] : 0) || null;
}

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

interface RawPoint {
  kind: "blank" | "percent" | "number" | "text";
  value: number;
  text: string;
}

const BLANK_MARKS = /^[-—–/／\\、无]+$/;
const ASCII = /^[\x20-\x7e]*$/;

function readCell(v: CellValue): RawPoint {
  if (v === null || v === undefined) return { kind: "blank", value: 0, text: "" };
  if (typeof v === "number") return Number.isFinite(v) ? { kind: "number", value: v, text: String(v) } : { kind: "text", value: 0, text: String(v) };
  if (typeof v === "boolean" || v instanceof Date) return { kind: "text", value: 0, text: String(v) };
  const text = String(v).trim();
  // NFKC only when needed (full-width digits/％): it dominates the cost of a plain "25%".
  const s = (ASCII.test(text) ? text : text.normalize("NFKC")).replace(/[\s,]/g, "");
  if (!s || BLANK_MARKS.test(s)) return { kind: "blank", value: 0, text };
  const pct = /^([+-]?\d+(?:\.\d+)?|[+-]?\.\d+)%$/.exec(s);
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

const PCT_EPS = 0.05; // rounding slack, in percentage points
const SUM_SLACK = 1; // "sums to ~100": ±1 point

// ---------------------------------------------------------------------------------------------

export function analyzeSpendPlan(input: SpendInput): SpendAnalysis {
  try {
    return analyze(input);
  } catch (e) {
    // Defensive: a malformed profile or exotic input must not break the caller (custom functions).
    return { reading: "empty", curve: null, points: [], findings: [{ code: "SPEND_MISSING_POINT", index: null, message: `支出计划无法读取：${e instanceof Error ? e.message : String(e)}` }] };
  }
}

function analyze(input: SpendInput): SpendAnalysis {
  const values = Array.isArray(input.values) ? input.values : [];
  const profile = input.profile;
  const spend = profile.spend;
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

  const findings: SpendFinding[] = [];
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

  if (filled.length === 0) {
    findings.push({
      code: "SPEND_MISSING_POINT",
      index: yearEnd >= 0 ? yearEnd : null,
      message: "资金支出计划未填写：请按累计百分比填写各时间点的计划支出进度，12月底应为 100%（如“25%、50%、80%、100%”）。",
      suggestion: yearEnd >= 0 ? "100%" : undefined,
    });
    return { reading: "empty", curve: null, points, findings: clean(findings) };
  }

  // Unreadable text (e.g. "按进度") — reported, read as blank so the rest can still be checked.
  for (const { r, i } of filled) {
    if (r.kind === "text") {
      findings.push({ code: "SPEND_NOT_PERCENT", index: i, message: `支出计划“${r.text.slice(0, 20)}”不是百分比：请填写累计支出百分比，如“50%”。` });
    }
  }
  const numeric = filled.filter((x) => x.r.kind === "percent" || x.r.kind === "number");
  if (numeric.length === 0) {
    return { reading: "empty", curve: null, points, findings: clean(findings) };
  }

  // --- decide the reading of plain numbers (percent-texted cells are always percentages) -----
  const plain = numeric.filter((x) => x.r.kind === "number");
  const budgetInUnit = typeof input.budgetYuan === "number" && Number.isFinite(input.budgetYuan) && input.budgetYuan > 0
    ? (unit === "万元" ? input.budgetYuan / 10000 : input.budgetYuan)
    : null;
  const budgetAlt = budgetInUnit !== null ? (unit === "万元" ? input.budgetYuan! : input.budgetYuan! / 10000) : null;
  const tol = spend.amountTolerance;

  type PlainReading = "percent" | "fraction" | "amount";
  let plainReading: PlainReading = "percent";
  let amountBase: number | null = null; // what 100% is, in the plain numbers' own scale
  let finalIncrement = false; // amounts: cumulative, but the year-end cell holds the last period's increment
  if (plain.length) {
    const pv = plain.map((x) => x.r.value);
    const last = pv[pv.length - 1];
    const max = Math.max(...pv);
    const sum = pv.reduce((a, b) => a + b, 0);
    const lastIsHundred = near(last, 100, 0.001) && !plain.some((x) => x.r.value > 100);
    const matchBudget = (b: number | null): boolean =>
      b !== null && !lastIsHundred && (near(last, b, tol) || near(sum, b, tol) || (last < max && near(max + last, b, tol)));
    const base = matchBudget(budgetInUnit) ? budgetInUnit : matchBudget(budgetAlt) ? budgetAlt : null;
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
  const toPct = (r: RawPoint): number => {
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
  const increments =
    numeric.length >= 2 &&
    !strictlyRising &&
    !finalIncrement &&
    Math.abs(total - 100) <= SUM_SLACK &&
    (endPct === null || endPct < 100 - PCT_EPS) &&
    present[lastFilled] < 100 - PCT_EPS;

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

  // --- findings --------------------------------------------------------------------------------
  const rowText = curve.map(formatPercent).join(",");
  if (plain.length && plainReading !== "percent") {
    const first = plain[0].i;
    const shown = plain.map((x) => x.r.text).join("、");
    const why =
      plainReading === "fraction"
        ? `填写的是小数（${shown}），不是百分比`
        : `填写的是金额（${shown}${amountBase === budgetInUnit || amountBase === budgetAlt ? "，与预算数相符" : ""}），不是百分比`;
    findings.push({
      code: "SPEND_NOT_PERCENT",
      index: first,
      message: `资金支出计划（%）${why}：请改为累计支出百分比，如“${curve.map(formatPercent).join("、")}”。`,
      suggestion: rowText,
    });
  }

  if (increments) {
    findings.push({
      code: "SPEND_INCREMENTS",
      index: yearEnd >= 0 ? yearEnd : lastFilled,
      message: `资金支出计划填写的是各期支出（合计 ${formatPercent(total)}），应填写累计进度：请改为“${curve.map(formatPercent).join("、")}”，12月底为 100%。`,
      suggestion: rowText,
    });
  }

  // Year-end point.
  const yearEndLabelMissing = knownMonths && yearEnd < 0;
  if (yearEndLabelMissing) {
    const monthsSeen = points.map((p) => p.month).filter((m): m is number => m !== null);
    findings.push({
      code: "SPEND_MISSING_POINT",
      index: null,
      message: `资金支出计划缺少12月底（年末）时间点（现有：${monthsSeen.map((m) => `${m}月`).join("、") || "无"}）：请增加“12月底”并填写 100%。`,
      suggestion: "100%",
    });
  } else if (yearEnd >= 0 && raw[yearEnd].kind !== "percent" && raw[yearEnd].kind !== "number") {
    findings.push({
      code: "SPEND_MISSING_POINT",
      index: yearEnd,
      message: "资金支出计划12月底未填写：年末累计支出进度应为 100%，请填写“100%”。",
      suggestion: "100%",
    });
  }

  // Blank earlier points read as 0% (R-PLAN-002: warning, "请填写 0%") — except all-blank-then-100%,
  // which SPEND_BACKLOADED reports once as a missing interim schedule.
  const yearEndFilled = yearEnd >= 0 && literal[yearEnd] !== null;
  const beforeEnd = yearEnd >= 0 ? raw.slice(0, yearEnd) : raw;
  const allBlankThenEnd = yearEndFilled && yearEnd > 0 && beforeEnd.every((r) => r.kind === "blank");
  if (!allBlankThenEnd) {
    raw.forEach((r, i) => {
      if (r.kind === "blank" && i < firstFilled) {
        findings.push({
          code: "SPEND_MISSING_POINT",
          index: i,
          severity: "warning",
          message: `${pointName(points[i], labels?.[i], i)}的计划支出进度未填写，按 0% 理解：如本期不支出请填写“0%”。`,
          suggestion: "0%",
        });
      }
    });
  }

  // Monotonic (on the literal values: a cumulative plan never decreases).
  let monotonicAtEnd = false;
  if (!increments) {
    let prevVal: number | null = null;
    let prevIdx = -1;
    for (let i = 0; i < n; i++) {
      const v = literal[i];
      if (v === null) continue;
      if (prevVal !== null && v < prevVal - PCT_EPS) {
        const atEnd = i === yearEnd || (yearEnd < 0 && i === lastFilled);
        const fix = atEnd && finalIncrement ? "100%" : undefined;
        if (atEnd) monotonicAtEnd = true;
        findings.push({
          code: "SPEND_NOT_MONOTONIC",
          index: i,
          message:
            `资金支出计划是累计进度，不应下降：${pointName(points[i], labels?.[i], i)}的 ${raw[i].text || formatPercent(v)} 小于${pointName(points[prevIdx], labels?.[prevIdx], prevIdx)}的 ${raw[prevIdx].text || formatPercent(prevVal)}。` +
            (fix ? `看起来填写的是最后一期的支出额（${raw[prevIdx].text}+${raw[i].text}=预算数），年末累计应为 100%。` : "请按累计值填写（每个时间点包含之前的支出）。"),
          ...(fix ? { suggestion: fix } : {}),
        });
      }
      prevVal = v;
      prevIdx = i;
    }
  }

  // Year-end 100% (not repeated when the same cell already has a finding whose fix is 100%).
  if (yearEndFilled && !increments && !(monotonicAtEnd && finalIncrement)) {
    const end = curve[yearEnd];
    if (Math.abs(end - 100) > PCT_EPS) {
      findings.push({
        code: "SPEND_NOT_100",
        index: yearEnd,
        message: `资金支出计划12月底的累计进度为 ${formatPercent(end)}，应为 100%（年末应支出完毕；跨年项目请在说明中写明）。`,
        suggestion: "100%",
      });
    }
  }

  // 序时进度 (R-PLAN-005) and back-loading (R-PLAN-006): on a readable, cumulative curve only.
  const monotonic = !findings.some((f) => f.code === "SPEND_NOT_MONOTONIC");
  if (monotonic && yearEndFilled) {
    if (allBlankThenEnd) {
      findings.push({
        code: "SPEND_BACKLOADED",
        index: yearEnd,
        severity: input.lumpSum ? "info" : "warning",
        message: input.lumpSum
          ? "资金支出计划前期全部空白、年末一次支出 100%：本项目看起来是一次性购置或考核后拨付的资金，请确认支付时间，并在说明中注明一次性支付。"
          : "资金支出计划前期全部空白、年末一次支出 100%，没有分期计划：请按预计支付时间填写各时间点的累计进度（一次性购置、考核后拨付的奖补资金可在说明中注明）。",
      });
    } else {
      for (let i = 0; i < n; i++) {
        const m = points[i].month;
        if (m === null || m >= 12 || m < spend.paceFromMonth || raw[i].kind === "text") continue;
        const pace = (m / 12) * 100;
        if (curve[i] < pace - spend.paceTolerance - 1e-9) {
          const next = curve.slice(i + 1);
          const target = Math.round(pace);
          const fits = next.every((v) => v >= target);
          findings.push({
            code: "SPEND_BEHIND_PACE",
            index: i,
            ...(input.lumpSum ? { severity: "info" as const } : {}),
            message: `${pointName(points[i], labels?.[i], i)}计划累计支出 ${formatPercent(curve[i])}，低于序时进度 ${formatPercent(pace)}（允许落后 ${spend.paceTolerance} 个百分点）：请提前安排支出，或在说明中写明集中支付的原因。`,
            ...(fits ? { suggestion: `${target}%` } : {}),
          });
        }
      }
      // Share planned after the last checkpoint on or before October.
      let before = -1;
      for (let i = 0; i < yearEnd; i++) {
        const m = points[i].month;
        if (m !== null && m <= 10) before = i;
      }
      if (before >= 0) {
        const share = curve[yearEnd] - curve[before];
        if (share >= spend.backloadShare - 1e-9) {
          findings.push({
            code: "SPEND_BACKLOADED",
            index: yearEnd,
            message: `${formatPercent(share)}的资金计划在最后两个月支出（${pointName(points[before], labels?.[before], before)} ${formatPercent(curve[before])} → 12月底 ${formatPercent(curve[yearEnd])}）：请核实支付安排，能提前支付的尽量提前。`,
          });
        }
      }
    }
  }

  // One cell, one fix: a blank point that is also behind pace gets the pace value, not "0%".
  const paced = new Set(findings.filter((f) => f.code === "SPEND_BEHIND_PACE" && f.suggestion !== undefined).map((f) => f.index));
  for (const f of findings) if (f.code === "SPEND_MISSING_POINT" && f.severity === "warning" && paced.has(f.index)) delete f.suggestion;

  return { reading, curve, points, findings: clean(findings) };
}

function pointName(p: SpendPointResult | undefined, label: string | null | undefined, i: number): string {
  const l = label != null ? String(label).trim() : "";
  if (l) return l;
  if (p?.month) return `${p.month}月底`;
  return `第${i + 1}个时间点`;
}

/** Drop undefined suggestions so callers can test `"suggestion" in f`. */
function clean(fs: SpendFinding[]): SpendFinding[] {
  return fs.map((f) => {
    const out: SpendFinding = { code: f.code, message: f.message, index: f.index };
    if (f.suggestion !== undefined) out.suggestion = f.suggestion;
    if (f.severity !== undefined) out.severity = f.severity;
    return out;
  });
}
