import { defineRule } from "../defineRule";
import { rowFacts, type RowFacts } from "../shared/rowFacts";
import { formatValue, quoteValue, writtenUnit, OPERATOR_SYMBOL } from "../shared/messages";
import { hasNoUnit, isCleanQuantity, isPercent } from "../shared/valueFacts";
import { intendedOperator, isTrivialTarget } from "../shared/suggest";
import { isGrowthName } from "../shared/indicatorKinds";
import { correctedValue } from "../shared/unitFix";
import { deadlineText } from "../shared/deadline";

/** Fewer values than this say nothing about a table's convention (a single row checked with =PERF.CHECK). */
const CONVENTION_MIN_VALUES = 3;

/**
 * The table writes its numbers without operators as a rule: at least CONVENTION_MIN_VALUES numbers, and the share
 * written with an operator below the profile's `noOperatorConventionShare`. Deadlines do not count either way
 * (年底前 carries its 前 whatever the convention).
 */
function isBareValueTable(facts: readonly RowFacts[], share: number): boolean {
  let values = 0;
  let withOperator = 0;
  for (const f of facts) {
    const p = f.parsed;
    if (p.kind !== "quantity" && p.kind !== "duration") continue;
    values++;
    if (p.operator !== null) withOperator++;
  }
  return values >= CONVENTION_MIN_VALUES && withOperator < share * values;
}

/**
 * VALUE_NO_OPERATOR — a quantity or dated deadline written without ≥/≤/= (R-VAL-002), e.g. `90%`,
 * `90000元`, `2025年12月31日`; also `>90%` / `<N`, because self-evaluation scoring is defined for
 * ≥ (正向) and ≤ (反向) only, so the research prefers ≥/≤ over >/<.
 *
 * Left to other codes (one code per defect): values without unit (VALUE_NO_UNIT), fused with text
 * (VALUE_MIXED_TEXT), rates not in % (RATE_NOT_PERCENT / SATISFACTION_NOT_PERCENT), > on the wrong
 * side (VALUE_WRONG_DIRECTION), >100% (RATE_OVER_100), deadlines without a year (DEADLINE_NO_YEAR).
 */
export const rule = defineRule({
  meta: { code: "VALUE_NO_OPERATOR", severity: "info", title: "指标值缺少≥/≤/=", research: ["R-VAL-002"] },
  check(ctx) {
    const facts = rowFacts(ctx);
    // A table that (almost) never writes an operator follows the convention that the value is the target (正向 read
    // as ≥): reviewers accept it, so the bare values are not reported one by one; > and < still are.
    const bareConvention = isBareValueTable(facts, ctx.profile.noOperatorConventionShare);
    for (const f of facts) {
      const p = f.parsed;
      if (f.qualitative) continue; // a 定性 row states a standard, not a number with a direction
      if (p.kind === "deadline") {
        const d = p.date;
        // Only a written day or month (2025年12月31日, 2025年12月) reads as an event date; 2025年, quarters and periods are spans.
        if (bareConvention || !d || d.year === null || d.qualifier !== "on" || p.operator || p.period || (d.precision !== "day" && d.precision !== "month")) continue;
        // An export's operator column says ≤ (or =) for the date: the deadline is written, in its own column.
        if (/^\s*(?:[≤<=＜＝≦]|<=|小于|不晚于|不超过)/.test(f.ind.parts?.operator?.text ?? "")) continue;
        // Words after the date (2021年12月底完成项目规划相关工作。) are not part of the deadline: rewrite the date alone.
        const s = p.extraText ? deadlineText(d, d.year) : `${p.raw.replace(/\s+/g, "")}前`;
        ctx.report({
          row: f.index,
          cell: f.ind.value.cell,
          message: `${f.label}的完成时间${quoteValue(p)}没有写明“前”或“≤”，看不出是截止时间。请写成“${s}”。`,
          suggestion: s,
        });
        continue;
      }
      // A range (18—54周岁, 80%-90%) states both bounds: no operator is missing.
      if (!isCleanQuantity(p) || hasNoUnit(p) || isTrivialTarget(p) || p.range) continue;
      const percent = isPercent(p);
      if ((f.strictRate || f.satisfaction) && !percent) continue;
      if (percent && (p.number > 100 || (p.number === 100 && (p.operator === ">=" || p.operator === ">"))) && !isGrowthName(f.name)) continue;
      const unit = writtenUnit(p) || p.normalizedUnit;
      const want = intendedOperator(f);
      if (p.operator === null) {
        if (bareConvention) continue;
        // ≤0 on a 反向 indicator reads as “none at all”: written =0.
        const s = want === "<=" && p.number === 0 ? formatValue("=", 0, unit) : (correctedValue(f) ?? formatValue(want, p.number, unit));
        ctx.report({
          row: f.index,
          cell: f.ind.value.cell,
          message: `${f.label}的指标值${quoteValue(p)}缺少“≥”“≤”或“=”，考核时无法判断达标方向。请写成“${s}”。`,
          suggestion: s,
        });
        continue;
      }
      if (p.operator === ">" || p.operator === "<") {
        const soft = p.operator === ">" ? ">=" : "<=";
        // > on a 反向 indicator or < on a 正向 one is VALUE_WRONG_DIRECTION's.
        if ((want === "<=" && soft === ">=") || (want !== "<=" && soft === "<=")) continue;
        const s = formatValue(soft, p.number, unit);
        ctx.report({
          row: f.index,
          cell: f.ind.value.cell,
          message: `${f.label}的指标值${quoteValue(p)}用了“${p.operatorText ?? OPERATOR_SYMBOL[p.operator]}”。绩效自评按“≥”（正向）或“≤”（反向）计分，请写成“${s}”。`,
          suggestion: s,
        });
      }
    }
  },
});
