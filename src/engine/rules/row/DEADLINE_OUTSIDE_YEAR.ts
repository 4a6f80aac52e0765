import { defineRule } from "../defineRule";
import { rowFacts } from "../shared/rowFacts";
import { quoteValue } from "../shared/messages";
import { deadlineText } from "../shared/deadline";

/** A span in months (3年 → 36, 18个月 → 18); null for days, hours and units of no fixed length. */
function monthsOf(n: number, unit: string): number | null {
  if (unit === "年") return n * 12;
  if (unit === "月" || unit === "个月") return n;
  return null;
}

/** ≥3年: a floor (使用年限, 保存期限), not a time limit. */
function isFloor(op: string | null): boolean {
  return op === ">=" || op === ">";
}

/**
 * DEADLINE_OUTSIDE_YEAR — a dated deadline, or a period (2023.07-2024.01), outside the budget year `ctx.year` (R-TIME-002); skipped
 * when the year is unknown. The suggestion moves the deadline into the budget year; the message
 * reminds cross-year projects to state the annual (阶段性) target instead.
 */
export const rule = defineRule({
  meta: { code: "DEADLINE_OUTSIDE_YEAR", severity: "error", title: "完成时间不在预算年度内", research: ["R-TIME-002"] },
  check(ctx) {
    if (ctx.year === null) return;
    const year = ctx.year;
    for (const f of rowFacts(ctx)) {
      const p = f.parsed;
      if (p.kind === "duration" && f.category === "时效" && p.number !== null && !isFloor(p.operator)) {
        const months = monthsOf(p.number, p.normalizedUnit);
        // 高企资格有效 3年 (053): a time limit longer than the budget year cannot be met, or even judged, within it.
        // A warning: a multi-year project may mean its whole term, which the annual table should not state.
        if (months !== null && months > 12) {
          ctx.report({
            row: f.index,
            cell: f.ind.value.cell,
            severity: "warning",
            message: `${f.label}的时限${quoteValue(p)}超过一年，在预算年度${year}年内无法完成考核。年度绩效目标应写本年度内的完成时限（如“${year}年12月31日前”或“≤30个工作日”）；跨年度项目请填写本年度的阶段性完成时间。`,
          });
        }
        continue;
      }
      if (p.kind !== "deadline" || !p.date) continue;
      const end = p.date;
      const start = p.period?.start;
      // 次年3月底前: the year after the budget year, written as a word.
      const endOut = (end.year !== null && end.year !== year) || end.nextYear === true;
      const startOut = start != null && start.year !== null && start.year !== year;
      if (!endOut && !startOut) continue;
      if (start) {
        // A period leaving the year ends, for the annual target, at the end of the budget year (or at its own end
        // when only its start lies before the year).
        // A period written wholly in another year (a copied table) keeps its end month in the budget year.
        const s = endOut && start.year === end.year ? deadlineText(end, year) : endOut ? `${year}年12月31日前` : deadlineText(end, year);
        const outYear = endOut ? (end.year ?? year + 1) : start.year;
        ctx.report({
          row: f.index,
          cell: f.ind.value.cell,
          message: `${f.label}的时间${quoteValue(p)}落在${outYear}年，超出预算年度${year}年。年度绩效目标应写本年度内的完成时限，请改为“${s}”；跨年度项目请填写本年度的阶段性完成时间。`,
          suggestion: s,
        });
        continue;
      }
      // A deadline early in a later year (2027年1月31日前 in a 2026 table) moves to the year's end, the latest it may be,
      // not to the start of the year; otherwise its month is kept in the budget year (2021年12月底 → 2019年12月底前).
      const after = end.nextYear === true || (end.year !== null && end.year > year);
      const s = after && end.month !== 12 ? `${year}年12月31日前` : deadlineText(end, year);
      ctx.report({
        row: f.index,
        cell: f.ind.value.cell,
        message: `${f.label}的完成时间${quoteValue(p)}不在预算年度${year}年内。年度绩效目标应在本年度内完成，请改为“${s}”；跨年度项目请填写本年度的阶段性完成时间。`,
        suggestion: s,
      });
    }
  },
});
