import { defineRule } from "../defineRule";
import { planReading, reportPlanFindings } from "../shared/spendPlan";
import { formatPercent, pointName, type PlanReading, type SpendFinding } from "../../spend/reading";

/**
 * SPEND_NOT_MONOTONIC — the cumulative plan goes down (R-PLAN-003). When the year-end cell holds the last period's
 * amount (earlier amount + it = 预算数) the fix is 100%.
 */
export function decide(r: PlanReading): SpendFinding[] {
  if (r.stage !== "read") return [];
  return r.decreases.map((d) => {
    const fix = d.atEnd && r.finalIncrement;
    const now = r.cells[d.index].text;
    const before = r.cells[d.previousIndex].text;
    return {
      code: "SPEND_NOT_MONOTONIC" as const,
      index: d.index,
      message:
        `资金支出计划是累计进度，不应下降：${pointName(r, d.index)}的 ${now || formatPercent(d.value)} 小于${pointName(r, d.previousIndex)}的 ${before || formatPercent(d.previousValue)}。` +
        (fix ? `看起来填写的是最后一期的支出额（${before}+${now}=预算数），年末累计应为 100%。` : "请按累计值填写（每个时间点包含之前的支出）。"),
      ...(fix ? { suggestion: "100%" } : {}),
    };
  });
}

export const rule = defineRule({
  meta: { code: "SPEND_NOT_MONOTONIC", severity: "error", title: "支出计划累计进度下降", research: ["R-PLAN-003"] },
  check(ctx) {
    const r = planReading(ctx);
    if (r) reportPlanFindings(ctx, decide(r));
  },
});
