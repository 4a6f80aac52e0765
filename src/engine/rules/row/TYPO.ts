import { defineRule } from "../defineRule";
import type { ReportingContext } from "../types";
import type { CellText, Severity } from "../../types";
import { rowFacts } from "../shared/rowFacts";
import { describeTypo, findTypos, mayHaveTypos } from "../shared/typos";

const FIELD_NAME = { level3: "三级指标", description: "绩效指标描述", value: "指标值", basis: "指标值确定依据" } as const;
type Field = keyof typeof FIELD_NAME;

function reportTypos(ctx: ReportingContext, row: number, label: string, field: Field, c: CellText): void {
  const { typos, fixed } = findTypos(c.text);
  if (!typos.length) return;
  const severity: Severity | undefined = typos.every((t) => t.kind === "ascii-quotes") ? "info" : undefined;
  ctx.report({
    row,
    cell: c.cell,
    message: `${label}的${FIELD_NAME[field]}有文字问题：${typos.map(describeTypo).join("；")}。`,
    ...(fixed !== c.text ? { suggestion: fixed } : {}),
    ...(severity ? { severity } : {}),
  });
}

/**
 * TYPO — known near-misses and text slips in the 三级指标, 描述, 指标值 and 依据 cells (R-TXT-001):
 * dictionary (历史惊讶标准 → 历史经验标准), doubled words (意见意见), traditional characters (服務),
 * unbalanced “” / 《》, English "and" in Chinese text. One finding per cell, whose suggestion is the
 * whole corrected cell text (when something could be corrected). English quotes alone are info.
 * Header fields are RULES-TABLE's (they can reuse `findTypos`).
 */
export const rule = defineRule({
  meta: { code: "TYPO", severity: "warning", title: "错别字或标点问题", research: ["R-TXT-001"] },
  check(ctx) {
    for (const f of rowFacts(ctx)) {
      const { level3, description, value, basis } = f.ind;
      // Unrolled over the four cells: the common case is four quick character scans and no allocation.
      if (level3.text && mayHaveTypos(level3.text)) reportTypos(ctx, f.index, f.label, "level3", level3);
      if (description && description.text && mayHaveTypos(description.text)) reportTypos(ctx, f.index, f.label, "description", description);
      if (value.text && mayHaveTypos(value.text)) reportTypos(ctx, f.index, f.label, "value", value);
      if (basis && basis.text && mayHaveTypos(basis.text)) reportTypos(ctx, f.index, f.label, "basis", basis);
    }
  },
});
