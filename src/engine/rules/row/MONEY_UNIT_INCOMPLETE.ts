import { defineRule } from "../defineRule";
import type { ReportingContext } from "../types";
import { rowFacts } from "../shared/rowFacts";
import { formatValue, quoteValue, writtenUnit } from "../shared/messages";
import { hasNumber, isMoney } from "../shared/valueFacts";
import { completeMoneyUnit, correctedValue } from "../shared/unitFix";

/** Units this rule can act on start with a magnitude or 元 (after optional spaces); others are skipped at once. */
const MONEY_LEAD = /^[\s\u3000]*[万千百亿元/]/;

/** Written amounts in 元 at or above this go to 万元 in a 万元 table (a style hint, info). */
const YUAN_IN_WAN_TABLE_MIN = 10000;

/**
 * MONEY_UNIT_INCOMPLETE — money without 元 (`≤160万` → `≤160万元`) (R-UNIT-003), warning.
 * Also, as info (the research's second case of R-UNIT-003): a total amount written in 元 in a table
 * whose header says 单位：万元 (`90000元` → `9万元`); amounts under 1万元 and per-capita costs are left alone.
 */
export const rule = defineRule({
  meta: { code: "MONEY_UNIT_INCOMPLETE", severity: "warning", title: "金额单位不完整", research: ["R-UNIT-003"] },
  check(ctx) {
    for (const f of rowFacts(ctx)) {
      const p = f.parsed;
      if (!hasNumber(p) || p.mixed || !MONEY_LEAD.test(p.unit)) continue;
      const moneyRow = f.category === "成本" || f.money || isMoney(p);
      if (!moneyRow) continue;
      const unit = writtenUnit(p);
      if (completeMoneyUnit(f, unit)) {
        const s = correctedValue(f) ?? "";
        ctx.report({
          row: f.index,
          cell: f.ind.value.cell,
          message: `${f.label}的金额${quoteValue(p)}缺少“元”，单位不完整。请写成“${s}”。`,
          suggestion: s,
        });
        continue;
      }
      if (ctx.table.unit === "万元" && unit === "元" && !f.perCapita && p.number >= YUAN_IN_WAN_TABLE_MIN) {
        const s = formatValue(p.operator, p.number / 10000, "万元");
        ctx.report({
          row: f.index,
          cell: f.ind.value.cell,
          message: `本表金额单位为万元，${f.label}的金额${quoteValue(p)}却以元填写，容易看错数量级。建议写成“${s}”。`,
          suggestion: s,
          severity: "info",
        });
      }
    }
    headerAmountWithoutUnit(ctx);
  },
});

/**
 * The header's amount with no unit anywhere (corpus 003 清涧: “年度资金总额: 500”, no 单位 line, no “（万元）” on a
 * label): 500 元 and 500 万元 cannot be told apart. A warning at the amount, no suggestion (the unit is the
 * applicant's to say; the reader's 万元 default is a guess).
 */
function headerAmountWithoutUnit(ctx: ReportingContext): void {
  const t = ctx.table;
  const budget = t.header.budget;
  // unitSources is absent when the header was never seen (bare rows, a budget passed as an argument).
  if (!t.unitSources || t.unitSources.length > 0 || !budget || !/^\s*\d[\d,，]*(?:\.\d+)?\s*$/.test(budget.text)) return;
  ctx.report({
    row: null,
    cell: budget.cell,
    message: `表头金额“${budget.text.trim()}”没有单位，表上也没有“单位：万元/元”行或“（万元）”标注，看不出是元还是万元：请写明金额单位，如“${budget.text.trim()}万元”。`,
  });
}
