import { defineRule } from "../defineRule";
import { rowFacts } from "../shared/rowFacts";
import { quoteValue } from "../shared/messages";
import { placeholderOf, type PlaceholderKind } from "../shared/placeholders";
import { isPlaceholderRow } from "../shared/placeholderRow";

const WHY: Record<PlaceholderKind, string> = {
  "unit-only": "只有单位，没有目标数值",
  "operator-only": "只有符号，没有目标数值",
  "type-word": "",
  "grade-options": "照抄了等级选项，没有选定目标等级",
  mask: "仍是模板占位符，没有填入实际目标",
};

/**
 * VALUE_PLACEHOLDER — template content left where a target belongs (R-VAL-001): a 指标值 that is only a unit or only
 * an operator (“公里”, “≧ %”), grade options copied (“高中低”), masks (≥**%, XX人)
 * in the value. A bureau returns these as unfilled. No suggestion: the number is the applicant's. A mask left in the
 * 三级 name while the value is filled is L3_TEMPLATE_RESIDUE.
 */
export const rule = defineRule({
  meta: { code: "VALUE_PLACEHOLDER", severity: "error", title: "指标值是模板占位内容", research: ["R-VAL-001"] },
  check(ctx) {
    for (const f of rowFacts(ctx)) {
      // A row that is all template (三级 （选填）, value （选填）) is TEMPLATE_PLACEHOLDER_ROW's: one code per defect.
      if (isPlaceholderRow(f)) continue;
      const kind = placeholderOf(f.parsed.raw);
      // "定量%" is the 定性/定量 column read as the value (a column set the reader did not tell apart), not the
      // applicant's text: it is skipped, not reported.
      if (kind && kind !== "type-word") {
        const how =
          kind === "grade-options"
            ? "请写明目标等级（如“好”），并在指标解释中写明各等级的评判标准；能量化的请改为“符号+数值+单位”。"
            : "请填写“符号+数值+单位”形式的目标值（如“≥10公里”“≥95%”），或删除这一行。";
        ctx.report({ row: f.index, cell: f.ind.value.cell, message: `${f.label}的指标值${quoteValue(f.parsed)}${WHY[kind]}。${how}` });
      }
    }
  },
});
