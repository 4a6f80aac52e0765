import { defineRule } from "../defineRule";
import { planReading, reportPlanFindings } from "../shared/spendPlan";
import { formatPercent, type PlanReading, type SpendFinding } from "../../spend/reading";

/**
 * SPEND_INCREMENTS — the plan lists each period's spending instead of the cumulative progress (R-PLAN-003). The
 * suggestion is the cumulative row, one hit per filled cell whose value changes.
 */
export function decide(r: PlanReading): SpendFinding[] {
  if (r.stage !== "read" || !r.increments || !r.curve || r.byPeriods) return [];
  const row = r.curve.map(formatPercent);
  return [{
    code: "SPEND_INCREMENTS",
    index: r.yearEnd >= 0 ? r.yearEnd : r.lastFilled,
    message: `资金支出计划填写的是各期支出（合计 ${formatPercent(r.total)}），应填写累计进度：请改为“${row.join("、")}”，12月底为 100%。`,
    suggestion: row.join(","),
  }];
}

export const rule = defineRule({
  meta: { code: "SPEND_INCREMENTS", severity: "error", title: "支出计划按期填写而非累计", research: ["R-PLAN-003"] },
  check(ctx) {
    const r = planReading(ctx);
    if (r) reportPlanFindings(ctx, decide(r), (written, target, point) => written !== "blank" && target !== point.value.text.trim());
  },
});
