import { defineRule } from "../defineRule";
import { planReading, reportPlanFindings } from "../shared/spendPlan";
import { formatPercent, pointName, type PlanReading, type SpendFinding } from "../../spend/reading";

/**
 * SPEND_BACKLOADED — the money is planned for the last months (R-PLAN-006): all points blank then 100% at the year
 * end (a warning; info for a lump-sum project), or a share of at least profile.spend.backloadShare after the last
 * point on or before October. Only on a cumulative plan that does not go down.
 */
export function decide(r: PlanReading): SpendFinding[] {
  if (r.stage !== "read" || !r.curve || !r.yearEndFilled || r.decreases.length > 0) return [];
  const lumpSum = r.input.lumpSum;
  if (r.allBlankThenEnd) {
    return [{
      code: "SPEND_BACKLOADED",
      index: r.yearEnd,
      severity: lumpSum ? "info" : "warning",
      message: lumpSum
        ? "资金支出计划前期全部空白、年末一次支出 100%：本项目看起来是一次性购置或考核后拨付的资金，请确认支付时间，并在说明中注明一次性支付。"
        : "资金支出计划前期全部空白、年末一次支出 100%，没有分期计划：请按预计支付时间填写各时间点的累计进度（一次性购置、考核后拨付的奖补资金可在说明中注明）。",
    }];
  }
  let before = -1;
  for (let i = 0; i < r.yearEnd; i++) {
    const m = r.points[i].month;
    if (m !== null && m <= 10) before = i;
  }
  // 上半年 | 下半年, 6月底 | 12月底: what is spent after June may be spent in July; only a point in September or October
  // shows the money left for the last months.
  const beforeMonth = before >= 0 ? (r.points[before].month ?? 0) : 0;
  if (beforeMonth < 9) return [];
  const curve = r.curve;
  const share = curve[r.yearEnd] - curve[before];
  if (share < r.input.profile.spend.backloadShare - 1e-9) return [];
  return [{
    code: "SPEND_BACKLOADED",
    index: r.yearEnd,
    message: `${formatPercent(share)}的资金计划在最后${beforeMonth === 9 ? "三" : "两"}个月支出（${pointName(r, before)} ${formatPercent(curve[before])} → 12月底 ${formatPercent(curve[r.yearEnd])}）：请核实支付安排，能提前支付的尽量提前。`,
  }];
}

export const rule = defineRule({
  meta: { code: "SPEND_BACKLOADED", severity: "info", title: "资金集中在年末支出", research: ["R-PLAN-006"] },
  check(ctx) {
    const r = planReading(ctx);
    if (r) reportPlanFindings(ctx, decide(r));
  },
});
