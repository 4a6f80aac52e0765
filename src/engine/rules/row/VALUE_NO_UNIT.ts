import { defineRule } from "../defineRule";
import { excelSerialDate } from "../shared/deadline";
import { rowFacts } from "../shared/rowFacts";
import { formatValue, quoteValue } from "../shared/messages";
import { hasNoUnit, isCleanQuantity } from "../shared/valueFacts";
import { intendedOperator, isTrivialTarget } from "../shared/suggest";
import { impliedUnit, isDimensionlessName, isShareName } from "../shared/indicatorKinds";
import { completeMoneyUnit } from "../shared/unitFix";
import { unitInBrackets } from "../shared/unitLexicon";

/**
 * VALUE_NO_UNIT — a number without a unit (`≥60`, `≤155.69`, `1`) (R-VAL-003). The suggestion takes the
 * unit the 三级 name implies (人数 → 人, 成本 → the table's 万元/元, …) and, when the operator is missing
 * too, the intended one. Rates and 满意度 without % are RATE_NOT_PERCENT / SATISFACTION_NOT_PERCENT;
 * numbers fused with prose are VALUE_MIXED_TEXT; ≥0 is VALUE_TRIVIAL.
 */
export const rule = defineRule({
  meta: { code: "VALUE_NO_UNIT", severity: "error", title: "指标值缺少单位", research: ["R-VAL-003"] },
  check(ctx) {
    for (const f of rowFacts(ctx)) {
      const p = f.parsed;
      // ≥2/年: a per-period unit with nothing before the slash is a number without its unit too (on a money row,
      // ≤28.40/株, MONEY_UNIT_INCOMPLETE asks for the 元).
      const perOnly = p.unit.startsWith("/") && completeMoneyUnit(f, p.unit) === null;
      if (!isCleanQuantity(p) || !(hasNoUnit(p) || perOnly) || f.strictRate || f.satisfaction || f.qualitative || isTrivialTarget(p)) continue;
      // A bare number on a share by name (…比例) is RATE_NOT_PERCENT's (a percentage without its sign).
      if (!perOnly && isShareName(f.name)) continue;
      // 灌溉水有效利用系数 ≥0.65: a coefficient or an index is a pure number.
      if (!perOnly && isDimensionlessName(f.name)) continue;
      // =44,561 under 时效 on a 完成时间: a date that lost its format (DEADLINE_NOT_DATE names the date).
      if (f.category === "时效" && excelSerialDate(p.number, f.name)) continue;
      // 实施营造林总面积(亩) | 80000: the name's bracket gives the unit.
      if (!perOnly && unitInBrackets(f.name)) continue;
      const implied = impliedUnit(f.name, ctx.table.unit, p.number);
      // 受益人口 ≥3万 (a magnitude with the unit left out, check.ts): the unit goes after the 万 (≥3万人).
      const unit = implied && perOnly ? implied + p.unit : implied && p.magnitude ? p.magnitude + implied : implied;
      const what = p.magnitude ? `只有数字和数量级“${p.magnitude}”，没有单位` : "只有数字没有单位";
      // A bare 0 on a share of bad things (超概算项目比例 0) reads as none at all: =0%, never the trivial ≤0%.
      const op = p.operator ?? (p.number === 0 ? "=" : intendedOperator(f, p));
      const s = unit ? formatValue(op, p.number, unit) : undefined;
      ctx.report({
        row: f.index,
        cell: f.ind.value.cell,
        message: s
          ? `${f.label}的指标值${quoteValue(p)}${what}。请补上单位，如“${s}”。`
          : `${f.label}的指标值${quoteValue(p)}${what}。请补上与指标相符的单位（人、次、篇、%、万元等）。`,
        ...(s ? { suggestion: s } : {}),
      });
    }
  },
});
