import { defineRule } from "../defineRule";
import { cellAmountYuan, formatAmount, formatMoney } from "../shared/money";

/** BUDGET_SUM_MISMATCH — 预算数 ≠ 财政资金 + 其他资金 (R-HDR-002). A blank 其他资金 counts as 0. */
export const rule = defineRule({
  meta: { code: "BUDGET_SUM_MISMATCH", severity: "error", title: "预算数与资金来源合计不符", research: ["R-HDR-002"] },
  check(ctx) {
    const { header, unit } = ctx.table;
    if (!header.budget || !header.fiscal) return;
    const budget = cellAmountYuan(header.budget, unit);
    const fiscal = cellAmountYuan(header.fiscal, unit);
    if (budget === null || fiscal === null) return;
    const otherText = String(header.other?.text ?? "").trim();
    const other = otherText ? cellAmountYuan(header.other, unit) : 0;
    if (other === null) return;
    const sum = fiscal + other;
    // Half a unit of the last printed digit (0.01万元 = 100元, or 0.01元).
    const slack = unit === "万元" ? 50 : 0.005;
    if (Math.abs(budget - sum) <= slack) return;
    ctx.report({
      row: null,
      cell: header.budget.cell,
      message: `预算数 ${formatMoney(budget, unit)} 不等于财政资金 ${formatMoney(fiscal, unit)} + 其他资金 ${formatMoney(other, unit)} = ${formatMoney(sum, unit)}：请核对三项金额，预算数应等于两者之和。`,
      suggestion: formatAmount(sum, unit),
    });
  },
});
