import { defineRule } from "../defineRule";
import { planReading, reportPlanFindings } from "../shared/spendPlan";
import { formatPercent, PCT_EPS, type PlanReading, type SpendFinding } from "../../spend/reading";

/**
 * SPEND_NOT_100 — the year-end cumulative progress is not 100% (R-PLAN-004). Not repeated when SPEND_NOT_MONOTONIC
 * already offers 100% for the same cell, nor for increments (SPEND_INCREMENTS rewrites the row).
 */
export function decide(r: PlanReading): SpendFinding[] {
  if (r.stage !== "read" || !r.curve || !r.yearEndFilled || r.increments) return [];
  if (r.finalIncrement && r.decreases.some((d) => d.atEnd)) return [];
  const end = r.curve[r.yearEnd];
  if (Math.abs(end - 100) <= PCT_EPS) return [];
  return [{
    code: "SPEND_NOT_100",
    index: r.yearEnd,
    message: `资金支出计划12月底的累计进度为 ${formatPercent(end)}，应为 100%（年末应支出完毕；跨年项目请在说明中写明）。`,
    suggestion: "100%",
  }];
}

export const rule = defineRule({
  meta: { code: "SPEND_NOT_100", severity: "error", title: "支出计划年末不是100%", research: ["R-PLAN-004"] },
  check(ctx) {
    const r = planReading(ctx);
    if (r) reportPlanFindings(ctx, decide(r));
  },
});
