import { defineRule } from "../defineRule";
import { costRows } from "../shared/costRows";
import { formatMoney, unitMixedUp } from "../shared/money";

/**
 * COST_COVERAGE_LOW — itemised total costs (分项成本控制数) cover well under 预算数 (R-COST-003):
 * part of the budget has no cost target. Threshold: profile.cost.coverageMin (default 80%).
 * Only tables whose cost targets are all totals are checked (a unit cost covers the budget through
 * COST_RECONCILE instead); department-level (成都) tables are skipped because their 预算数 includes
 * 基本支出 that no task cost covers.
 */
export const rule = defineRule({
  meta: { code: "COST_COVERAGE_LOW", severity: "warning", title: "分项成本覆盖预算不足", research: ["R-COST-003"] },
  check(ctx) {
    const budget = ctx.budgetYuan;
    if (budget === null || budget <= 0 || ctx.table.variant === "chengdu") return;
    const rows = costRows(ctx);
    if (rows.some((c) => c.kind === "unit")) return;
    const totals = rows.filter((c) => c.kind === "total" && c.totalYuan !== null);
    if (totals.length === 0) return;
    const sum = totals.reduce((a, c) => a + c.totalYuan!, 0);
    const share = sum / budget;
    if (share >= ctx.profile.cost.coverageMin || sum > budget) return;
    const unit = ctx.table.unit;
    const pct = Math.round(share * 100);
    if (unitMixedUp(budget, sum)) {
      ctx.report({
        row: totals[0].row.index,
        cell: totals[0].row.value.cell,
        message: `预算数 ${formatMoney(budget, unit)} 正好是成本指标合计 ${formatMoney(sum, unit)} 的一万倍：很可能把“元”和“万元”写混了，请核对表头的金额单位和预算数。`,
      });
      return;
    }
    ctx.report({
      row: totals[0].row.index,
      cell: totals[0].row.value.cell,
      message: `成本指标合计 ${formatMoney(sum, unit)}，只占预算数 ${formatMoney(budget, unit)} 的 ${pct}%（要求不低于 ${Math.round(ctx.profile.cost.coverageMin * 100)}%）：其余 ${formatMoney(budget - sum, unit)} 没有成本目标，请为其余支出内容补充分项成本指标。`,
    });
  },
});
