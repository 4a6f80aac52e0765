import { defineRule } from "../defineRule";
import { rowFacts } from "../shared/rowFacts";
import { impliedUnit } from "../shared/indicatorKinds";
import { isPlaceholderRow } from "../shared/placeholderRow";

/** VALUE_EMPTY — 指标值 missing on a row that has a 三级指标 (R-VAL-001); template placeholder rows excepted. */
export const rule = defineRule({
  meta: { code: "VALUE_EMPTY", severity: "error", title: "指标值为空", research: ["R-VAL-001"] },
  check(ctx) {
    for (const f of rowFacts(ctx)) {
      if (f.parsed.kind !== "empty" || f.ind.value.text.trim()) continue;
      // A template's "……" row is no indicator: TEMPLATE_PLACEHOLDER_ROW.
      if (isPlaceholderRow(f)) continue;
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
