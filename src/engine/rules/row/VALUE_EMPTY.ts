import { defineRule } from "../defineRule";
import { rowFacts } from "../shared/rowFacts";
import { impliedUnit, isNotApplicable } from "../shared/indicatorKinds";
import { isPlaceholderRow } from "../shared/placeholderRow";
import { isDashOnly } from "../../values";

/** VALUE_EMPTY — 指标值 missing on a row that has a 三级指标 (R-VAL-001); template placeholder rows excepted. */
export const rule = defineRule({
  meta: { code: "VALUE_EMPTY", severity: "error", title: "指标值为空", research: ["R-VAL-001"] },
  check(ctx) {
    // 中期 | 年度 side by side with only the 中期 block filled in (the reader reads that one instead).
    const blankAnnual = ctx.table.layout.annualBlockEmptyCell;
    if (blankAnnual)
      ctx.report({
        row: null,
        cell: blankAnnual,
        message: "年度绩效指标一栏的三级指标和指标值全部空白，只填写了中期指标：请填写本年度的三级指标和指标值（年度目标应是中期目标在本年度的分解）。",
      });
    for (const f of rowFacts(ctx)) {
      if (f.parsed.kind !== "empty") continue;
      // A template's "……" row or an unfilled numbered slot (指标2 | -) is no indicator: TEMPLATE_PLACEHOLDER_ROW.
      if (isPlaceholderRow(f)) continue;
      // “-” / “/” in the value cell: the filler left it blank on purpose (自评表 rows, exports). No target all the same,
      // but it may mean “not applicable”: a warning that asks which.
      if (isDashOnly(f.ind.value.text)) {
        ctx.report({
          row: f.index,
          cell: f.ind.value.cell,
          severity: "warning",
          message: `${f.label}的指标值只填了“${f.ind.value.text.trim()}”，没有目标值：不适用的指标请删除该行（或写明“不适用”），否则请填写“符号+数值+单位”形式的目标值。`,
        });
        continue;
      }
      // 不适用 / 不涉及 / 无: the filler says the indicator does not apply — accepted as written, in the value cell or as
      // the 三级 itself (生态环境成本指标 | 无 | , the central-2021 form's 二级 a project does not touch).
      if (f.ind.value.text.trim() || isNotApplicable(f.name) || isNotApplicable(f.ind.level3.text)) continue;
      const unit = impliedUnit(f.name, ctx.table.unit);
      const example =
        f.category === "时效" ? `“${ctx.year ?? "××××"}年12月31日前”` : f.category === "成本" ? `“≤9${ctx.table.unit}”` : unit === "%" ? "“≥90%”" : unit ? `“≥10${unit}”` : "“≥45人”";
      ctx.report({
        row: f.index,
        cell: f.ind.value.cell,
        message: `${f.label}没有填写指标值。请填写“符号+数值+单位”形式的目标值，如${example}。`,
      });
    }
  },
});
