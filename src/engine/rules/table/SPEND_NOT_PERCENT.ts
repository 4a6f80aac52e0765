import { defineRule } from "../defineRule";
import { planReading, reportPlanFindings } from "../shared/spendPlan";
import { formatPercent, type PlanReading, type SpendFinding } from "../../spend/reading";

/**
 * SPEND_NOT_PERCENT — the plan is not written as cumulative percentages (R-PLAN-001): unreadable text ("按进度"),
 * or plain numbers read as fractions or amounts. For numbers the suggestion is the whole row as percentages, one
 * hit per cell written as a number. Amounts matching the budget on a form whose plan label asks for amounts
 * (资金支出计划（万元）) are what the form wants.
 */
export function decide(r: PlanReading): SpendFinding[] {
  if (r.stage !== "read" && r.stage !== "unreadable") return [];
  const out: SpendFinding[] = [];
  r.cells.forEach((c, i) => {
    if (c.kind === "text") out.push({ code: "SPEND_NOT_PERCENT", index: i, message: `支出计划“${c.text.slice(0, 20)}”不是百分比：请填写累计支出百分比，如“50%”。` });
  });
  // A form whose plan label asks for amounts (资金支出计划（万元）) gets amounts: they are read, not sent back.
  const asked = r.plainReading === "amount" && r.amountIsBudget && r.input.amountsAsked === true;
  if (r.stage === "read" && r.curve && r.plainIndices.length && r.plainReading !== "percent" && !asked) {
    const shown = r.plainIndices.map((i) => r.cells[i].text).join("、");
    const why = r.plainReading === "fraction" ? `填写的是小数（${shown}），不是百分比` : `填写的是金额（${shown}${r.amountIsBudget ? "，与预算数相符" : ""}），不是百分比`;
    out.push({
      code: "SPEND_NOT_PERCENT",
      index: r.plainIndices[0],
      message: `资金支出计划（%）${why}：请改为累计支出百分比，如“${r.curve.map(formatPercent).join("、")}”。`,
      suggestion: r.curve.map(formatPercent).join(","),
    });
  }
  return out;
}

export const rule = defineRule({
  meta: { code: "SPEND_NOT_PERCENT", severity: "error", title: "支出计划不是百分比", research: ["R-PLAN-001"] },
  check(ctx) {
    const r = planReading(ctx);
    if (r) reportPlanFindings(ctx, decide(r), (written) => written === "number");
  },
});
