import { defineRule } from "../defineRule";
import { rowFacts } from "../shared/rowFacts";
import { isPercentByTitle } from "../shared/unitLexicon";
import { isNoSatisfactionUnderIt } from "../shared/indicatorKinds";
import { formatNumber, quoteValue, OPERATOR_SYMBOL } from "../shared/messages";
import { hasNumber, isNotedTarget, isPercent } from "../shared/valueFacts";
import { isReportedPlaceholder, placeholderOf } from "../shared/placeholders";

/** A count of complaints or petitions (投诉次数, 有效投诉, 信访件数): not a share of satisfied people. */
const COMPLAINT_COUNT = /投诉|信访|举报/;

/**
 * SATISFACTION_NOT_PERCENT — a 满意度 value that is not a percentage (R-SAT-001): text, a bare number,
 * or a number fused with prose (`1按计划完成工作`, the one code for such 满意度 cells). A bare share
 * (`≥0.9`, `≥90`) gets a percentage suggestion; `1`/`=1` with prose is too ambiguous to rewrite.
 */
export const rule = defineRule({
  meta: { code: "SATISFACTION_NOT_PERCENT", severity: "error", title: "满意度未用百分比", research: ["R-SAT-001"] },
  check(ctx) {
    for (const f of rowFacts(ctx)) {
      const p = f.parsed;
      // ≥95%（抽样调查）: a percentage with a note in brackets is a percentage.
      if (!f.satisfaction || p.kind === "empty" || (isPercent(p) && (!p.mixed || isNotedTarget(p)))) continue;
      // ≥**%, ≥XX%: the template's mask of a percentage, not filled in (VALUE_PLACEHOLDER's; one code per defect). The
      // grade options copied as the value (高中低) are no percentage at all: judged here.
      if ((/[%％]/.test(p.raw) && isReportedPlaceholder(p.raw)) || placeholderOf(p.raw) === "mask") continue;
      // 群众满意度（%） | ≥90: the name titles the value as per cent.
      if (isPercentByTitle(p, f.name)) continue;
      // 粮食安全事件发生数 | 0起 under 满意度: a count of something else, misplaced (CATEGORY_MISMATCH says so). Text
      // there (创业热情高涨) still is no satisfaction rate.
      if (isNoSatisfactionUnderIt(f) && hasNumber(p) && !p.mixed && p.unit !== "") continue;
      // 有效投诉次数 | ≤2次, 信访件数 | =0件 under 满意度: a complaint count is the customary proxy of satisfaction, a
      // reverse measure with its own unit; a percentage (“≥2%”) would be wrong for it.
      if (COMPLAINT_COUNT.test(f.name) && !f.name.includes("满意") && hasNumber(p) && !p.mixed) continue;
      let s: string | undefined;
      if (hasNumber(p) && !(p.mixed && p.number <= 1)) {
        const pct = p.number <= 1 ? p.number * 100 : p.number;
        const op = p.operator === ">=" || p.operator === ">" || p.operator === "=" ? p.operator : ">=";
        if (pct > 0 && pct <= 100) s = `${OPERATOR_SYMBOL[op]}${formatNumber(pct)}%`;
      }
      // ≥90分: a survey score — measured and assessable, only not in the form the table asks (a warning).
      const score = p.kind === "quantity" && !p.mixed && p.normalizedUnit === "分";
      ctx.report({
        row: f.index,
        cell: f.ind.value.cell,
        message: score
          ? `满意度指标${f.label}的指标值${quoteValue(p)}是测评分数，不是百分比。满意度一般写成满意人数占比，如“${s ?? "≥90%"}”；按百分制测评的，请在指标说明中写明计分方法。`
          : `满意度指标${f.label}的指标值${quoteValue(p)}不是百分比。满意度应写成“≥”加百分比，如“${s ?? "≥90%"}”。`,
        ...(s ? { suggestion: s } : {}),
        ...(score ? { severity: "warning" as const } : {}),
      });
    }
  },
});
