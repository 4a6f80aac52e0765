import { defineRule } from "../defineRule";
import { rowFacts } from "../shared/rowFacts";
import { quoteValue } from "../shared/messages";
import { isCeiling, isCleanQuantity, isPercent, percentOf } from "../shared/valueFacts";
import { isGrowthName } from "../shared/indicatorKinds";

/**
 * RATE_OVER_100 — a percentage target above 100%, or written `≥100%` / `>100%` (R-VAL-006). Suggests
 * `=100%`. Growth rates (增长率, 同比…) may exceed 100% and are skipped; `≤100%` is VALUE_TRIVIAL's.
 */
export const rule = defineRule({
  meta: { code: "RATE_OVER_100", severity: "error", title: "比率超过100%", research: ["R-VAL-006"] },
  check(ctx) {
    for (const f of rowFacts(ctx)) {
      const p = f.parsed;
      if (!isCleanQuantity(p) || !isPercent(p) || isCeiling(p) || isGrowthName(f.name)) continue;
      // In per cent: 200‰ is 20 % and 150/10万 a health rate far below the whole.
      const share = percentOf(p)!;
      const over = share > 100;
      const atLeast100 = share === 100 && (p.operator === ">=" || p.operator === ">");
      if (!over && !atLeast100) continue;
      if (f.negative) {
        ctx.report({
          row: f.index,
          cell: f.ind.value.cell,
          message: `${f.label}是反向指标（越低越好），指标值${quoteValue(p)}却要求达到100%以上，比率不可能达到，方向也写反了。目标为不发生时请写“=0%”，否则写“≤N%”。`,
          suggestion: "=0%",
        });
        continue;
      }
      ctx.report({
        row: f.index,
        cell: f.ind.value.cell,
        message: over
          ? `${f.label}的指标值${quoteValue(p)}超过100%，比率不可能达到。若目标是全部完成，请写“=100%”；否则请核对数值。`
          : `${f.label}的指标值${quoteValue(p)}要求超过100%，比率不可能达到。目标是全部完成时请写“=100%”。`,
        suggestion: "=100%",
      });
    }
  },
});
