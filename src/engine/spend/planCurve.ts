/**
 * The spend curve: a plan's cumulative % per point, with each point's label and month. The task pane chart,
 * the web checker and =PERF.SPENDCURVE all draw this one curve.
 */
import type { CellValue, PerfTable } from "../types";
import type { Profile } from "../profiles/schema";
import { budgetInYuan } from "../check";
import { analyzeSpendPlan, isLumpSum, type SpendAnalysis, type SpendInput } from "./index";

export interface CurvePoint {
  /** Checkpoint label: as written, else the profile's checkpoint, else the month ("6月底"). */
  label: string;
  /** Month the checkpoint closes (1–12); points without a month are not drawn. */
  month: number | null;
  /** Cumulative percentage at the checkpoint (0–100+), null when blank or unreadable. */
  value: number | null;
}

export interface PlanCurve {
  analysis: SpendAnalysis;
  /** One point per plan value. */
  points: CurvePoint[];
}

/** The value a plan cell contributes: its text as shown ("25%"), or the raw number when the text is empty. */
function planCellValue(text: string, raw: CellValue): CellValue {
  if (text.trim()) return text;
  return typeof raw === "number" ? raw : null;
}

/** The spending-plan input of a table as the SPEND_* rules read it; null when the table has no plan. */
export function tableSpendInput(table: PerfTable, profile: Profile): SpendInput | null {
  const plan = table.plan;
  if (!plan || !plan.points.length) return null;
  return {
    values: plan.points.map((p) => planCellValue(p.value.text, p.value.raw)),
    labels: plan.points.map((p) => p.label.text),
    months: plan.points.map((p) => p.month ?? null),
    budgetYuan: budgetInYuan(table),
    unit: table.unit,
    profile,
    lumpSum: isLumpSum(table.header.projectName?.text ?? table.header.title?.text, profile),
  };
}

/**
 * A plan analysed, and its curve point by point. Without labels a point is named by the profile's checkpoint
 * at its position, else by its month ("6月底"), else by its position ("第3点").
 */
export function planCurve(input: SpendInput): PlanCurve {
  const analysis = analyzeSpendPlan(input);
  const labels = input.labels;
  const checkpoints = input.profile.spend.checkpoints;
  const points = input.values.map((_, i): CurvePoint => {
    const month = analysis.points[i]?.month ?? input.months?.[i] ?? null;
    const label = labels ? String(labels[i] ?? "") : (checkpoints[i]?.label ?? (analysis.points[i]?.month ? `${analysis.points[i].month}月底` : `第${i + 1}点`));
    // Blank leading points read as 0% (the engine's reading); an unreadable plan gives no values at all.
    const v = analysis.curve ? analysis.curve[i] : undefined;
    return { label, month, value: typeof v === "number" ? v : null };
  });
  return { analysis, points };
}

/** The spend curve of a table, null when it has no plan. */
export function tablePlanCurve(table: PerfTable, profile: Profile): PlanCurve | null {
  const input = tableSpendInput(table, profile);
  return input ? planCurve(input) : null;
}
