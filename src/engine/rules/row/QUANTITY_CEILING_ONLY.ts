import { defineRule } from "../defineRule";
import { rowFacts } from "../shared/rowFacts";
import { formatValue, quoteValue, writtenUnit } from "../shared/messages";
import { hasNoUnit, isCeiling, isCleanQuantity, isCount, isMoney, isPercent } from "../shared/valueFacts";
import { isCountName } from "../shared/indicatorKinds";

/**
 * QUANTITY_CEILING_ONLY — a 数量 indicator written with ≤ only (`补助人员数量≤12人`): zero output would
 * pass (R-DIR-003). Suggests `=N` (entitlement lists, the usual case in the seeds); the message also
 * offers `≥N`. Areas (`≤2324平方米`) are reported as info, as the research rates them.
 * 反向 counts (故障次数…) and percentages/money under 数量 are other codes' business.
 */
export const rule = defineRule({
  meta: { code: "QUANTITY_CEILING_ONLY", severity: "warning", title: "数量指标只设上限", research: ["R-DIR-003"] },
  check(ctx) {
    for (const f of rowFacts(ctx)) {
      const p = f.parsed;
      if (f.category !== "数量" || f.negative || !isCleanQuantity(p) || !isCeiling(p)) continue;
      if (isPercent(p) || isMoney(p) || p.unitClass === "time") continue;
      const area = p.unitClass === "area";
      // 开展精品示范村建设数量 | ≤4 (111): a bare number on a counting name is a count too.
      if (!area && !isCount(p) && !(hasNoUnit(p) && isCountName(f.name))) continue;
      const unit = writtenUnit(p) || p.normalizedUnit;
      const eq = formatValue("=", p.number, unit);
      const ge = formatValue(">=", p.number, unit);
      ctx.report({
        row: f.index,
        cell: f.ind.value.cell,
        message: `数量指标${f.label}写成${quoteValue(p)}只设了上限，一个都没完成也算达标。名单或数量已确定时请写“${eq}”，要求至少完成时写“${ge}”。`,
        suggestion: eq,
        ...(area ? { severity: "info" as const } : {}),
      });
    }
  },
});
