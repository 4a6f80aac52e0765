import { defineRule } from "../defineRule";
import { costRows } from "../shared/costRows";
import { formatMoney, sameAmount, unitMixedUp } from "../shared/money";

/**
 * COST_OVER_BUDGET — a total cost above 预算数 after 元/万元 conversion (R-COST-002), or itemised
 * total costs that together exceed it (R-COST-003 "should add up to no more than 预算数").
 * The suggestion caps the row at 预算数 (a ceiling, so always written with ≤).
 */
export const rule = defineRule({
  meta: { code: "COST_OVER_BUDGET", severity: "error", title: "成本超过预算数", research: ["R-COST-002", "R-COST-003"] },
  check(ctx) {
    const budget = ctx.budgetYuan;
    if (budget === null || budget <= 0) return;
    const unit = ctx.table.unit;
    const totals = costRows(ctx).filter((c) => c.kind === "total" && c.totalYuan !== null);
    let overOne = false;
    for (const c of totals) {
      if (c.totalYuan! > budget && !sameAmount(c.totalYuan!, budget, 0.0005)) {
        overOne = true;
        // Ten thousand times the budget: 元 and 万元 mixed up somewhere; capping the cost at the budget would be wrong.
        if (unitMixedUp(c.totalYuan!, budget)) {
          ctx.report({
            row: c.row.index,
            cell: c.row.value.cell,
            message: `成本指标“${c.name}”${formatMoney(c.totalYuan!, unit)} 正好是预算数 ${formatMoney(budget, unit)} 的一万倍：很可能把“元”和“万元”写混了，请核对表头的金额单位、预算数和成本金额。`,
          });
          continue;
        }
        ctx.report({
          row: c.row.index,
          cell: c.row.value.cell,
          message: `成本指标“${c.name}”为 ${formatMoney(c.totalYuan!, unit)}，超过预算数 ${formatMoney(budget, unit)}：成本不能超过预算，请核对金额和单位（元/万元）。`,
          suggestion: `≤${formatMoney(budget, unit)}`,
        });
      }
    }
    // A row equal to 预算数 (年度预算总成本 = the budget) or to the sum of the others (成本合计) restates the whole:
    // it is not one more part to add.
    let parts = totals.filter((c) => !sameAmount(c.totalYuan!, budget, 0.0005));
    const partSum = parts.reduce((a, c) => a + c.totalYuan!, 0);
    const whole = parts.find((c) => c.totalYuan! > 0 && sameAmount(c.totalYuan!, partSum - c.totalYuan!, 0.0005));
    if (whole && parts.length >= 3) parts = parts.filter((c) => c !== whole);
    if (!overOne && parts.length >= 2) {
      const sum = parts.reduce((a, c) => a + c.totalYuan!, 0);
      if (sum > budget && !sameAmount(sum, budget, 0.0005)) {
        ctx.report({
          row: parts[0].row.index,
          cell: parts[0].row.value.cell,
          message: `各项成本合计 ${formatMoney(sum, unit)}（${parts.map((c) => `${c.name} ${formatMoney(c.totalYuan!, unit)}`).join("、")}）超过预算数 ${formatMoney(budget, unit)}：请核减分项成本，使合计不超过预算数。`,
        });
      }
    }
  },
});
