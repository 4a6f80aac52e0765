import { defineRule } from "../defineRule";
import { planReading, reportPlanFindings } from "../shared/spendPlan";
import { formatPercent, PCT_EPS, type PlanReading, type SpendFinding } from "../../spend/reading";

/**
 * SPEND_NOT_100 — the year-end cumulative progress is not 100% (R-PLAN-004), or, on a form printed by periods, the
 * periods' shares do not add up to 100%. Not repeated when SPEND_NOT_MONOTONIC already offers 100% for the same cell,
 * nor for other increments (SPEND_INCREMENTS rewrites the row).
 */
export function decide(r: PlanReading): SpendFinding[] {
  if (r.stage !== "read" || !r.curve) return [];
  // A form printed by periods asks each period's share: what must reach 100% is their sum.
  if (r.increments && r.byPeriods) {
    if (Math.abs(r.total - 100) <= PCT_EPS) return [];
    const last = r.lastFilled;
    const fixed = (r.literal[last] ?? 0) + 100 - r.total;
    return [{
      code: "SPEND_NOT_100",
      index: last,
      message: `资金支出计划按期填写，各期合计 ${formatPercent(r.total)}，应为 100%（年内应支出完毕；跨年项目请在说明中写明）。`,
      ...(fixed >= 0 ? { suggestion: formatPercent(fixed) } : {}),
    }];
  }
  if (!r.yearEndFilled || r.increments) return [];
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
