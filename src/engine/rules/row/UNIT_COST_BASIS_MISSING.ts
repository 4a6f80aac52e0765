import { defineRule } from "../defineRule";
import { rowFacts } from "../shared/rowFacts";
import { quoteValue, writtenUnit } from "../shared/messages";
import { hasNumber } from "../shared/valueFacts";
import { completeMoneyUnit, correctedValue, withCostBasis } from "../shared/unitFix";

/**
 * UNIT_COST_BASIS_MISSING — a per-capita cost without /人, /人·天 or /人次 (R-UNIT-004). Training and
 * meeting costs get 元/人·天 (the 会议费/培训费 standards are per person-day), others 元/人.
 * `≤450元` on 人均培训成本 → `≤450元/人·天`.
 */
export const rule = defineRule({
  meta: { code: "UNIT_COST_BASIS_MISSING", severity: "warning", title: "人均成本未写计量基础", research: ["R-UNIT-004"] },
  check(ctx) {
    for (const f of rowFacts(ctx)) {
      const p = f.parsed;
      if (!f.perCapita || !(f.money || f.category === "成本") || !hasNumber(p) || p.mixed) continue;
      const unit = writtenUnit(p);
      const withBasis = withCostBasis(f, completeMoneyUnit(f, unit) ?? unit);
      if (!withBasis) continue;
      const basis = withBasis.slice(withBasis.indexOf("/") + 1);
      const s = correctedValue(f) ?? "";
      ctx.report({
        row: f.index,
        cell: f.ind.value.cell,
        message: `${f.label}的指标值${quoteValue(p)}没有写明按什么计算（每人、每人每天还是每人次）。${basis === "人·天" ? "会议费、培训费标准按“元/人·天”核定，" : ""}请写成“${s}”。`,
        suggestion: s,
      });
    }
  },
});
