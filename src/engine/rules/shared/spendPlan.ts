/**
 * The spending plan of a table, read once per check (memoised on the context) for the SPEND_* rules, and the way
 * their findings point at the plan's cells.
 */
import type { SpendPoint } from "../../types";
import type { ReportingContext, RuleContext } from "../types";
import { memoSlot, remembered } from "./contextMemo";
import { formatPercent, readSpendPlan, type PlanReading, type SpendFinding } from "../../spend/reading";
import { tableSpendInput } from "../../spend/tableInput";

const PLAN_READING = memoSlot<PlanReading | null>();

function readPlanOf(ctx: RuleContext): PlanReading | null {
  const input = tableSpendInput(ctx.table, ctx.profile, ctx.budgetYuan);
  return input ? readSpendPlan(input) : null;
}

/** The reading of the table's plan, once per check; null when the table has no plan. */
export function planReading(ctx: RuleContext): PlanReading | null {
  // A table without a plan is answered without touching the memo.
  return ctx.table.plan ? remembered(ctx, PLAN_READING, readPlanOf) : null;
}

/**
 * A whole-row suggestion ("25%,50%,75%,100%") becomes one hit per cell that changes: `changes` says which, given
 * how the cell was written and its target value.
 */
export type RowWideCells = (written: "blank" | "percent" | "number" | "text", target: string, point: SpendPoint) => boolean;

/** Reports plan findings as hits on the plan's cells (the 资金支出计划 label cell for the plan as a whole). */
export function reportPlanFindings(ctx: ReportingContext, findings: SpendFinding[], rowWide?: RowWideCells): void {
  const plan = ctx.table.plan;
  const r = planReading(ctx);
  if (!plan || !r) return;
  // Points read from one cell (“3月底25%，6月底50%…”): a value for one point is no value for the cell.
  const inline = plan.points.some((p) => p.value.partial);
  // Points each in a cell of their own with the label (3月底：10% | 6月底：50%): a finding names its point's cell.
  const oneCell = inline && plan.points.every((p) => p.value.cell === plan.points[0].value.cell);
  for (const f of findings) {
    if (inline && (oneCell || f.index === null || !plan.points[f.index])) {
      ctx.report({ row: null, cell: plan.points[0]?.value.cell ?? plan.labelCell.cell, message: f.message, ...(f.severity ? { severity: f.severity } : {}) });
      continue;
    }
    if (rowWide && !inline && f.suggestion !== undefined && r.curve) {
      const curve = r.curve;
      plan.points.forEach((p, i) => {
        const target = formatPercent(curve[i]);
        if (!rowWide(r.points[i]?.written ?? "blank", target, p)) return;
        ctx.report({ row: null, cell: p.value.cell, message: f.message, suggestion: target, ...(f.severity ? { severity: f.severity } : {}) });
      });
      continue;
    }
    const point = f.index !== null ? plan.points[f.index] : undefined;
    // A suggestion is a value for the cell: never offer one for the 资金支出计划 label cell, nor for a cell that
    // also holds its label (3月底：10%).
    ctx.report({
      row: null,
      cell: point ? point.value.cell : plan.labelCell.cell,
      message: f.message,
      ...(point && !inline && f.suggestion !== undefined ? { suggestion: f.suggestion } : {}),
      ...(f.severity ? { severity: f.severity } : {}),
    });
  }
}
