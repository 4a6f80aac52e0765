import { defineRule } from "../defineRule";
import { rowFacts } from "../shared/rowFacts";
import { quoteValue } from "../shared/messages";
import { deadlineText } from "../shared/deadline";

/**
 * DEADLINE_NO_YEAR — a deadline without a year (`12月31日前`, `12月底之前`, `≤12月`) (R-TIME-001). With a
 * known budget year the suggestion is the full deadline (`2025年12月31日前`; a bare month becomes its
 * last day, and a missing 前 is added in the same fix so VALUE_NO_OPERATOR does not report it again).
 */
export const rule = defineRule({
  meta: { code: "DEADLINE_NO_YEAR", severity: "warning", title: "完成时间缺少年份", research: ["R-TIME-001"] },
  check(ctx) {
    for (const f of rowFacts(ctx)) {
      const p = f.parsed;
      // 当年 / 本年度 / 全年 say which year: the budget year of the table.
      if (p.kind !== "deadline" || !p.date || p.date.year !== null || p.date.namesBudgetYear || p.date.nextYear) continue;
      const s = ctx.year !== null ? deadlineText(p.date, ctx.year) : undefined;
      ctx.report({
        row: f.index,
        cell: f.ind.value.cell,
        message: s
          ? `${f.label}的完成时间${quoteValue(p)}没有写年份，跨年度或结转项目容易产生歧义。请写成“${s}”。`
          : `${f.label}的完成时间${quoteValue(p)}没有写年份，跨年度或结转项目容易产生歧义。请写明预算年度，如“××××年12月31日前”。`,
        ...(s ? { suggestion: s } : {}),
      });
    }
  },
});
