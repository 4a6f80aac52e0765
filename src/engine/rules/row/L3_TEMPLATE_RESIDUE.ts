import { defineRule } from "../defineRule";
import { rowFacts } from "../shared/rowFacts";
import { isNumberedSlot, isPlaceholderRow } from "../shared/placeholderRow";
import { nameResidue } from "../shared/templateResidue";
import { hasNumber } from "../shared/valueFacts";
import { quoteValue } from "../shared/messages";

/**
 * L3_TEMPLATE_RESIDUE — the template's fill-in hint left in a filled 三级 name (corpus 010 同心县: “种植作物成活率(≥**%)
 * >=85”, “★★★受益脱贫户、监测户人口数(≥**户) ≥10户”): a masked target in brackets or after an operator, a fill-in
 * instruction, a masked subject (XX项目). The target is in the value column, so nothing is unfilled: a warning at the
 * 三级 cell, with the name without the residue as suggestion (none when the subject itself is masked). Field markers
 * and a ★ on their own are a form's marks and pass (lexicon/templateMarks.ts); a row that is only a placeholder is
 * TEMPLATE_PLACEHOLDER_ROW. A numbered slot kept as the whole name (指标1 | ≥100人) has no name at all: a warning with
 * no suggestion.
 */
/** A rate name with its target written after it: “…质量达标率100%”, “合格率≥95%”. */
const RATE_WITH_TARGET = /^(.{2,40}?率)\s*((?:[≥≤>=<＞＜＝]|>=|<=)?\s*\d+(?:\.\d+)?\s*[%％])$/;

export const rule = defineRule({
  meta: { code: "L3_TEMPLATE_RESIDUE", severity: "warning", title: "三级指标名称留有模板提示", research: ["R-HDR-004"] },
  check(ctx) {
    for (const f of rowFacts(ctx)) {
      const r = nameResidue(f.ind.level3.text);
      if (!r && (isNumberedSlot(f.ind.level3.text) || isNumberedSlot(f.name)) && !isPlaceholderRow(f) && f.ind.value.text.trim()) {
        // 指标1 | ≥100人: the template's numbered slot kept as the name while the target was filled in.
        ctx.report({
          row: f.index,
          cell: f.ind.level3.cell,
          message: `三级指标“${f.ind.level3.text.trim()}”只是模板的序号，没有写指标名称：请写明考核的内容（如“培训人数”“验收合格率”），目标值${quoteValue(f.parsed)}才有意义。`,
        });
        continue;
      }
      if (!r) {
        // …达标率100% | >=98% (114): the template's (≥**%) filled in inside the name, beside a target in the value column.
        const m = RATE_WITH_TARGET.exec(f.ind.level3.text.trim());
        if (m && hasNumber(f.parsed)) {
          const differs = !f.parsed.raw.replace(/\s+/g, "").includes(m[2].replace(/\s+/g, ""));
          ctx.report({
            row: f.index,
            cell: f.ind.level3.cell,
            message: `三级指标“${f.ind.level3.text.trim()}”把目标“${m[2]}”写进了指标名称${differs ? `，与指标值${quoteValue(f.parsed)}不一致` : ""}：目标只写在指标值栏，请把名称改为“${m[1]}”。`,
            suggestion: m[1],
          });
        }
        continue;
      }
      if (isPlaceholderRow(f)) continue;
      const what = r.parts.map((p) => `“${p}”`).join("、");
      ctx.report(
        r.cleaned
          ? {
              row: f.index,
              cell: f.ind.level3.cell,
              message: `三级指标“${f.ind.level3.text.trim()}”留有模板的填写提示${what}：目标值已写在指标值栏，请删去提示，改为“${r.cleaned}”。`,
              suggestion: r.cleaned,
            }
          : {
              row: f.index,
              cell: f.ind.level3.cell,
              message: `三级指标“${f.ind.level3.text.trim()}”留有模板的占位内容${what}：请写明实际的指标名称。`,
            },
      );
    }
  },
});
