import { defineRule } from "../defineRule";
import { rowFacts } from "../shared/rowFacts";
import { isPercentByTitle } from "../shared/unitLexicon";
import { placeholderOf } from "../shared/placeholders";
import { formatNumber, quoteValue, OPERATOR_SYMBOL } from "../shared/messages";
import { hasNoUnit, hasNumber, isPercent } from "../shared/valueFacts";
import { isBurdenCostLevel, isShareName } from "../shared/indicatorKinds";
import type { ParsedValue } from "../../values/types";

/**
 * `≥90` → `≥90%`, `0.95` → `≥95%` (a fraction), `=1` → `=100%` (`≤0.5` on a rate of bad events → `≤0.5%`); a bare 0
 * is `=0%` and a bare rate of bad events gets `≤` (安全事故发生率 0 → `=0%`, never the trivial `≥0%`); null when the
 * number is not a share.
 */
export function percentSuggestion(p: ParsedValue, negative = false): string | null {
  if (!hasNumber(p) || !hasNoUnit(p)) return null;
  const n = p.number;
  if (n < 0 || n > 100) return null;
  // A fraction on a rate of good results (≥0.95 → ≥95%); a rate of bad events is small, so its number is per cent
  // already (差错率 ≤0.5 → ≤0.5%, 意外伤害发生率 ≤1 → ≤1%: a ceiling of 50% or 100% would check nothing).
  const pct = n <= 1 && !negative ? n * 100 : n;
  const op = p.operator ?? (pct === 0 ? "=" : negative ? "<=" : pct === 100 ? "=" : ">=");
  return `${OPERATOR_SYMBOL[op]}${formatNumber(pct)}%`;
}

/**
 * RATE_NOT_PERCENT — the name says 率 or （%） but the value is not a percentage (R-VAL-007). Skips
 * 满意度 (SATISFACTION_NOT_PERCENT), numbers fused with prose (VALUE_MIXED_TEXT) and text under 时效
 * (DEADLINE_NOT_DATE). Rates like 效率/频率 are not percentages and are skipped.
 */
/** A number written with a percent sign somewhere in a text value. */
const PERCENT_IN_TEXT = /\d(?:\.\d+)?\s*[%％]/;

export const rule = defineRule({
  meta: { code: "RATE_NOT_PERCENT", severity: "error", title: "比率指标未用百分比", research: ["R-VAL-007"] },
  check(ctx) {
    for (const f of rowFacts(ctx)) {
      const p = f.parsed;
      // …率 / （%） names; and a bare number on a share by name (超概算项目比例 | 0, 112).
      const share = !f.strictRate && isShareName(f.name) && hasNumber(p) && hasNoUnit(p);
      if (!(f.strictRate || share) || f.satisfaction || p.kind === "empty" || p.mixed || isPercent(p)) continue;
      if (f.category === "时效" && p.kind === "text") continue;
      // 成本控制率 | 100 under 成本: a rate is no cost at all — COST_NOT_MONEY's (adding % would not make it one).
      if (f.category === "成本" && !isBurdenCostLevel(f.l2)) continue;
      if (placeholderOf(p.raw)) continue; // VALUE_PLACEHOLDER's
      // 群众满意度（%） | ≥90: the name titles the value as per cent.
      if (isPercentByTitle(p, f.name)) continue;
      // A percentage behind a lead word the parser does not read (确保100%, 力争100%, an export's 覆盖率100%): the rate
      // is a percentage; prose around it is VALUE_MIXED_TEXT's.
      if (p.kind === "text" && PERCENT_IN_TEXT.test(p.raw)) continue;
      const s = percentSuggestion(p, f.negative);
      ctx.report({
        row: f.index,
        cell: f.ind.value.cell,
        message: s
          ? `${f.label}是比率指标，指标值${quoteValue(p)}应写成百分比，如“${s}”。`
          : `${f.label}是比率指标，指标值${quoteValue(p)}却不是百分比。请写成百分比（如“≥90%”）；若要考核数量，请把指标名称改为“…数量”。`,
        ...(s ? { suggestion: s } : {}),
        // 安全事故发生率 =0: zero is zero in any unit — the per cent sign is a matter of form, not a wrong target.
        ...(hasNumber(p) && hasNoUnit(p) && p.number === 0 ? { severity: "warning" as const } : {}),
      });
    }
  },
});
