import { defineRule } from "../defineRule";
import { cellAmountYuan, formatMoney, sameAmount } from "../shared/money";

/**
 * MIDTERM_FUNDS_BELOW_ANNUAL — the central form (and its provincial copies) prints 中期资金总额 beside 年度资金总额: the
 * first is the funds of the project's whole period (中期, 实施期), which includes the budget year, so it cannot be smaller
 * than the year's (corpus 190 太和: 中期 170.00 | 年度 340.00). One of the two amounts is wrong, or the columns were
 * swapped; which, only the applicant knows, so no suggestion. A warning: the year's budget itself may be right.
 */
export const rule = defineRule({
  meta: { code: "MIDTERM_FUNDS_BELOW_ANNUAL", severity: "warning", title: "中期资金总额小于年度资金总额", research: [] },
  check(ctx) {
    const { header, unit } = ctx.table;
    const period = cellAmountYuan(header.periodBudget, unit);
    const year = cellAmountYuan(header.budget, unit);
    if (period === null || year === null || period <= 0 || period >= year || sameAmount(period, year)) return;
    ctx.report({
      row: null,
      cell: header.periodBudget!.cell,
      message: `中期资金总额 ${formatMoney(period, unit)} 小于年度资金总额 ${formatMoney(year, unit)}：中期资金是项目整个实施期的资金，包含本年度，不应少于年度资金。请核对两栏金额（项目期只有一年时两者应相等）。`,
    });
  },
});
