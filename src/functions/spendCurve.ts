/** =PERF.SPENDCURVE(plan, [budget], [labels], [profile]): the plan's reading, its curve in % and its findings. */
import { findingText, planCurve, type PlanCurve, type SpendReading } from "../engine";
import { InputError, MAX_PLAN_POINTS, budgetArg, budgetYuanOf, cellError, cellValue, isBlank, lineArg } from "./coerce";
import { profileArg } from "./profileArg";

export interface SpendOptions {
  budget?: unknown;
  labels?: unknown;
  profile?: unknown;
  /**
   * True when plain numbers come from %-formatted cells (a typed 25% arrives as 0.25). A formula sees
   * values, not formats; by default `looksPercentFormatted` decides.
   */
  percentFormatted?: boolean;
}

/**
 * A formula gets values, not formats: a plan typed 25%/50%/75%/100% arrives as 0.25/0.5/0.75/1. When every
 * filled point is a number in [0, 1] and the year-end one is exactly 1, that is read as %-formatted cells
 * (a decimals-as-typed plan ending in exactly 1 is told apart only by the task pane and CLI, which see
 * formats). Otherwise numbers are read as typed: 0.16/0.33/0.50 (正定) stays a fraction plan.
 */
export function looksPercentFormatted(values: unknown[]): boolean {
  const filled = values.filter((v) => !isBlank(v)).map((v) => cellValue(v));
  return filled.length > 0 && filled.every((v) => typeof v === "number" && v >= 0 && v <= 1) && filled[filled.length - 1] === 1;
}

function labelsArg(x: unknown, points: number): string[] | null {
  if (x === null || x === undefined || (typeof x === "string" && x.trim() === "")) return null;
  const raw = lineArg(x, "时间点（labels）", MAX_PLAN_POINTS);
  if (raw.some((v) => cellError(v))) throw new InputError("时间点（labels）中有错误值，请先修正");
  const labels = raw.map((v) => String(cellValue(v)).trim());
  if (labels.length !== points) throw new InputError(`时间点（labels）有 ${labels.length} 个，支出计划（plan）有 ${points} 个值：两者应一一对应`);
  return labels;
}

/** The plan argument through the engine's spend curve. */
export function checkSpend(planArg: unknown, opts: SpendOptions = {}): PlanCurve {
  const budget = budgetArg(opts.budget);
  const profile = profileArg(opts.profile);
  const values = lineArg(planArg, "支出计划（plan）", MAX_PLAN_POINTS);
  if (values.length === 0) throw new InputError("支出计划（plan）为空：请选择 3月底…12月底 下方的累计支出计划值");
  values.forEach((v, i) => {
    const e = cellError(v);
    if (e) throw new InputError(`支出计划（plan）第 ${i + 1} 个值是错误值 ${e}，请先修正该单元格`);
  });
  return planCurve({
    values: values.map(cellValue),
    labels: labelsArg(opts.labels, values.length),
    budgetYuan: budgetYuanOf(budget),
    unit: "万元",
    profile,
    percentFormatted: opts.percentFormatted ?? looksPercentFormatted(values),
  });
}

/** How the verdict names the way a plan was read. */
const READING_LABEL: Record<SpendReading, string> = { percent: "百分比", fraction: "小数", amount: "金额", increments: "逐期增量", empty: "空白" };

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * =PERF.SPENDCURVE → a (2 + findings) × (1 + points) matrix:
 *   row 0: verdict ("✓ 按百分比读取" / "✗ 按金额读取：2 个问题"), then the checkpoint labels;
 *   row 1: "累计进度（%）", then the normalized cumulative curve in % ("" where a point is missing);
 *   rows 2…: one finding per row in column 0 (most severe first), other columns "".
 */
export function spendCurveMatrix(plan: unknown, budget?: unknown, labels?: unknown, profile?: unknown, opts: { percentFormatted?: boolean } = {}): (string | number)[][] {
  const { analysis, points, findings } = checkSpend(plan, { budget, labels, profile, percentFormatted: opts.percentFormatted });
  const reading = READING_LABEL[analysis.reading] ?? String(analysis.reading);
  const verdict = findings.length ? `✗ 按${reading}读取：${findings.length} 个问题` : `✓ 按${reading}读取`;
  const width = points.length + 1;
  const pad = (row: (string | number)[]) => (row.length < width ? [...row, ...Array(width - row.length).fill("")] : row);
  const out: (string | number)[][] = [
    [verdict, ...points.map((p) => p.label)],
    ["累计进度（%）", ...points.map((p) => (p.value !== null && Number.isFinite(p.value) ? round2(p.value) : ""))],
  ];
  for (const f of findings) out.push(pad([findingText(f)]));
  return out;
}
