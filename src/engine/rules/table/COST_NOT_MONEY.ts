import { defineRule } from "../defineRule";
import { isReportedPlaceholder } from "../shared/placeholders";
import { costRows } from "../shared/costRows";
import { embeddedQuantities } from "../shared/embedded";
import { normalizeLabel } from "../../framework";
import { isBurdenCostLevel, isRateName } from "../shared/indicatorKinds";

/**
 * COST_NOT_MONEY — a 成本 indicator written as a percentage, a count or text (R-COST-001):
 * "合理使用经费 ≥95%", "经费使用情况", "系统服务企业数量 ≥300家".
 * Empty values (VALUE_EMPTY) and bare numbers without a unit (VALUE_NO_UNIT / VALUE_MIXED_TEXT) are
 * left to the row rules, which say that more precisely, as are money with its 元 missing (`≤28.40/株`,
 * MONEY_UNIT_INCOMPLETE) and an amount inside a sentence (VALUE_MIXED_TEXT).
 */
/** 每人每年500元, 每亩300元, 按每人每月500元: a per-unit amount with the basis in words (每 … before the amount). */
const MONEY_WITH_BASIS = /^(?:按|按照)?(?:每[\u4e00-\u9fff]{1,4}){1,3}\d+(?:\.\d+)?(?:万元|元)$/;

/** A unit written in prose that is money (元, 万元, 元/人). */
function isMoneyUnit(unit: string): boolean {
  return /^(?:[万千亿]?元|万)/.test(unit);
}

export const rule = defineRule({
  meta: { code: "COST_NOT_MONEY", severity: "error", title: "成本指标不是金额", research: ["R-COST-001"] },
  check(ctx) {
    for (const c of costRows(ctx)) {
      if (c.kind !== "other") continue;
      const p = c.parsed;
      // Only a unit or an operator (万元, ≤): the missing number is VALUE_PLACEHOLDER's, not a cost in the wrong unit.
      if (p.kind === "empty" || isReportedPlaceholder(p.raw)) continue;
      // A bare number is VALUE_NO_UNIT's — except on a rate (成本控制率 | 100, 101): a share is no amount whatever its sign.
      const rateName = isRateName(c.name);
      if (p.kind === "quantity" && p.unitClass === "none" && !rateName) continue;
      // 施工噪音 ≤55分贝 under 社会/生态环境成本: a burden measured in its own unit. A percentage or a bare category name
      // there (019 社会成本指标 100%) still says nothing about a cost.
      // Text there (“减少”) is an unquantified burden: VALUE_NOT_QUANTIFIED's, not a cost written as text.
      const burden = isBurdenCostLevel(normalizeLabel(c.row.level2.text));
      if (burden && (p.kind === "text" || ((p.kind === "quantity" || p.kind === "duration") && !p.mixed && p.unitClass !== "percent"))) continue;
      // ≤28.40/株: money with its 元 missing is MONEY_UNIT_INCOMPLETE's; an amount inside prose
      // (严格按照预算标准1000元/人…) is VALUE_MIXED_TEXT's.
      if (p.kind === "quantity" && p.unit.startsWith("/")) continue;
      if (p.kind === "text" && embeddedQuantities(p.raw).some((q) => isMoneyUnit(q.unit))) continue;
      // 每人每年500元, 每亩补助300元: an amount with its basis written in words before it is money all the same.
      if (p.kind === "text" && MONEY_WITH_BASIS.test(p.raw.replace(/\s+/g, ""))) continue;
      const what =
        p.kind === "quantity" && (p.unitClass === "percent" || (p.unitClass === "none" && rateName))
          ? "是百分比"
          : p.kind === "quantity"
            ? `的单位“${p.unit || p.normalizedUnit}”不是金额`
            : p.kind === "deadline" || p.kind === "duration"
              ? "是时间"
              : "是文字";
      ctx.report({
        row: c.row.index,
        cell: c.row.value.cell,
        message: `成本指标“${c.name}”的指标值“${p.raw}”${what}：成本指标应填写金额，如“≤9万元”（总成本）或“≤450元/人·天”（单位成本）；不属于成本的内容请移到对应的数量、质量或效益指标下。`,
      });
    }
  },
});
