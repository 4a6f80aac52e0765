import { defineRule } from "../defineRule";
import { isBlankText, rowFacts } from "../shared/rowFacts";

/**
 * BASIS_MISSING — 指标值确定依据 empty where the layout has the column (R-BASIS-001). For rows matching
 * an expenditure standard of the profile (keywords in the name or description, e.g. 会议/培训) the
 * suggestion names that standard; otherwise the message lists the accepted kinds of basis.
 */
export const rule = defineRule({
  meta: { code: "BASIS_MISSING", severity: "warning", title: "缺少指标值确定依据", research: ["R-BASIS-001"] },
  check(ctx) {
    if (!ctx.table.layout.hasBasis) return;
    const standards = ctx.profile.standards;
    for (const f of rowFacts(ctx)) {
      const basis = f.ind.basis;
      if (basis && !isBlankText(basis.text)) continue;
      let s: string | undefined;
      if (f.category === "成本" && standards.length) {
        const text = `${f.name}${f.ind.description?.text ?? ""}`;
        const std = standards.find((st) => st.keywords.some((k) => text.includes(k)));
        if (std) s = `${std.label}（${std.source}）`;
      }
      ctx.report({
        row: f.index,
        cell: basis?.cell ?? null,
        message:
          `${f.label}没有填写指标值确定依据。请写明目标值的来源：计划标准（工作计划、任务文件）、历史标准（上年实际或近三年平均）、行业标准，成本指标写预算支出标准` +
          (s ? `，如“${s}”。` : "。"),
        ...(s ? { suggestion: s } : {}),
      });
    }
  },
});
