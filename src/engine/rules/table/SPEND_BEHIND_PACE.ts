import { defineRule } from "../defineRule";
import { planReading, reportPlanFindings } from "../shared/spendPlan";
import { formatPercent, pointName, type PlanReading, type SpendFinding } from "../../spend/reading";

/**
 * SPEND_BEHIND_PACE — a point before December is behind 序时进度 (month/12) by more than the profile's tolerance
 * (R-PLAN-005). Info for a lump-sum project, where paying late is normal.
 */
export function decide(r: PlanReading): SpendFinding[] {
  if (r.stage !== "read" || !r.curve) return [];
  const curve = r.curve;
  const tolerance = r.input.profile.spend.paceTolerance;
  return r.paceShortfalls.map((s) => ({
    code: "SPEND_BEHIND_PACE" as const,
    index: s.index,
    ...(r.input.lumpSum ? { severity: "info" as const } : {}),
    message: `${pointName(r, s.index)}计划累计支出 ${formatPercent(curve[s.index])}，低于序时进度 ${formatPercent(s.pace)}（允许落后 ${tolerance} 个百分点）：请提前安排支出，或在说明中写明集中支付的原因。`,
    ...(s.fits ? { suggestion: `${s.target}%` } : {}),
  }));
}

export const rule = defineRule({
  meta: { code: "SPEND_BEHIND_PACE", severity: "warning", title: "支出计划落后序时进度", research: ["R-PLAN-005"] },
  check(ctx) {
    const r = planReading(ctx);
    if (r) reportPlanFindings(ctx, decide(r));
  },
});
