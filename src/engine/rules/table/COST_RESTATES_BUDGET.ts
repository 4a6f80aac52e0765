import { defineRule } from "../defineRule";
import { costRows } from "../shared/costRows";
import { formatMoney, sameAmount } from "../shared/money";

/**
 * COST_RESTATES_BUDGET — the table's only cost indicator is a total equal to 预算数 (R-COST-007):
 * it says nothing about what the money buys. Suggest a unit cost or 分项成本 instead (no value to propose).
 */
export const rule = defineRule({
  meta: { code: "COST_RESTATES_BUDGET", severity: "info", title: "成本指标只是重复预算数", research: ["R-COST-007"] },
  check(ctx) {
    const budget = ctx.budgetYuan;
    if (budget === null || budget <= 0) return;
    const rows = costRows(ctx).filter((c) => c.parsed.kind !== "empty");
    if (rows.length !== 1) return;
    const c = rows[0];
    if (c.kind !== "total" || c.totalYuan === null || !sameAmount(c.totalYuan, budget, 0.001)) return;
    const unit = ctx.table.unit;
    ctx.report({
      row: c.row.index,
      cell: c.row.value.cell,
      message: `唯一的成本指标“${c.name} ${c.parsed.raw}”等于预算数 ${formatMoney(budget, unit)}，只是重复了预算：建议改为单位成本（如“人均培训成本 ≤450元/人·天”），或按支出内容拆分为分项成本。`,
    });
  },
});
