import { defineRule } from "../defineRule";
import { rowFacts } from "../shared/rowFacts";
import { formatNumber, quoteValue } from "../shared/messages";
import { isCeiling, isCleanQuantity, isPercent } from "../shared/valueFacts";

/**
 * SATISFACTION_LOW — a 满意度 target below the profile's floor `profile.satisfactionFloor` (default 80%)
 * (R-SAT-002). `≥70%` → `≥80%`. Ceilings (≤) are VALUE_WRONG_DIRECTION's.
 */
export const rule = defineRule({
  meta: { code: "SATISFACTION_LOW", severity: "warning", title: "满意度目标偏低", research: ["R-SAT-002"] },
  check(ctx) {
    const floor = ctx.profile.satisfactionFloor;
    for (const f of rowFacts(ctx)) {
      const p = f.parsed;
      if (!f.satisfaction || !isCleanQuantity(p) || !isPercent(p) || isCeiling(p) || p.number >= floor) continue;
      const s = `≥${formatNumber(floor)}%`;
      ctx.report({
        row: f.index,
        cell: f.ind.value.cell,
        message: `满意度指标${f.label}的目标${quoteValue(p)}低于${formatNumber(floor)}%，目标偏低。请提高到“${s}”或以上，或在依据中说明原因。`,
        suggestion: s,
      });
    }
  },
});
