import { defineRule } from "../defineRule";
import { rowFacts } from "../shared/rowFacts";
import { isPlaceholderRow } from "../shared/placeholderRow";

/**
 * TEMPLATE_PLACEHOLDER_ROW — a template's placeholder row (三级 “……”, no value) left in the published table
 * (corpus 023 萧县张庄寨镇): template text left in the published table, as R-HDR-004 reads it for the goal. A warning at the 三级 cell: the row carries no indicator, so the fix is to delete it or
 * fill in a real indicator with its value; it is not an empty value of a real indicator (VALUE_EMPTY).
 */
export const rule = defineRule({
  meta: { code: "TEMPLATE_PLACEHOLDER_ROW", severity: "warning", title: "模板占位行未删除", research: ["R-HDR-004"] },
  check(ctx) {
    for (const f of rowFacts(ctx)) {
      if (!isPlaceholderRow(f)) continue;
      const under = f.ind.level2.text.trim() || f.ind.level1.text.trim();
      ctx.report({
        row: f.index,
        cell: f.ind.level3.cell,
        message: `${under ? `“${under}”下的` : ""}三级指标“${f.ind.level3.text.trim()}”是模板占位行，没有指标内容：请删除该行，或填写实际的三级指标及其指标值。`,
      });
    }
  },
});
