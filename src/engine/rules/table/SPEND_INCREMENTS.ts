import { defineRule } from "../defineRule";
import { planReading, reportPlanFindings } from "../shared/spendPlan";
import { formatPercent, type PlanReading, type SpendFinding } from "../../spend/reading";

/**
 * SPEND_INCREMENTS — the plan lists each period's spending instead of the cumulative progress (R-PLAN-003). The
 * suggestion is the cumulative row, one hit per filled cell whose value changes.
 */
/**
 * A plan printed by periods (第一季度 … 第四季度, 上半年 | 下半年, 1-3月 | 4-6月): the form asks what is spent in each
 * period, so per-period values adding up to 100% are what it wants (the curve is still built from them).
 */
const PERIOD_LABEL = /^(?:第?[一二三四1-4]季度|[一二三四1-4]季度|[上下]半年|\d{1,2}\s*[-—~至]\s*\d{1,2}\s*月(?:份)?)$/;
function printedByPeriods(r: PlanReading): boolean {
  const labels = (r.labels ?? []).map((l) => String(l ?? "").replace(/\s+/g, "")).filter(Boolean);
  return labels.length >= 2 && labels.every((l) => PERIOD_LABEL.test(l));
}

export function decide(r: PlanReading): SpendFinding[] {
  if (r.stage !== "read" || !r.increments || !r.curve || printedByPeriods(r)) return [];
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
