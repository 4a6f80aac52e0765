import { defineRule } from "../defineRule";
import { withBudgetYear } from "../shared/messages";
import { rowFacts } from "../shared/rowFacts";
import { isPlaceholderRow, isPlaceholderText } from "../shared/placeholderRow";
import { levelScore, weightOf } from "../shared/weights";
import type { IndicatorRow } from "../../types";
import { normalizeLabel } from "../../framework";

/**
 * A 二级 row with no 三级 and no value in a scored table: its 一级 carries a fixed score (“效益指标(30分)”, corpus 012
 * 霍邱, 013 贵池) or the row itself a weight. Every row of a scored table is scored, so an empty one is a template row
 * left in. Unscored forms print every 二级 and reviewers accept the ones left empty (020, 021, 023, 027), and a score
 * range (“成本指标(0-20)分”, 030) is the template's note, not a score.
 */
function isScoredEmptyRow(ind: IndicatorRow): boolean {
  if (ind.level3.text.trim() !== "" || ind.value.text.trim() !== "" || ind.level2.text.trim() === "") return false;
  const w = ind.parts?.weight;
  if (w && !w.filled && (weightOf(w.text) ?? 0) > 0) return true;
  return levelScore(ind.level1.text) !== null;
}

/**
 * The output categories every table must fill (数量/质量/时效/成本, and 经济成本 in the 2021 form). Left as an empty row
 * the form printed for them, the indicator is missing: 058 鄂州 (时效指标), 102 阆中 (成本指标), 140 南开 (成本指标) were
 * sent back. Empty rows of the optional 二级 (经济/生态效益, 可持续影响, 社会/生态环境成本) stay accepted (020, 021,
 * 023, 030, 140, 202).
 */
const CORE_OUTPUT_EXAMPLE: Readonly<Record<string, string>> = {
  数量指标: "“培训人数 ≥45人”",
  质量指标: "“验收合格率 ≥95%”",
  时效指标: "“完成时间 {year}年12月31日前”",
  成本指标: "“项目总成本 ≤9万元”",
  经济成本指标: "“项目总成本 ≤9万元”",
};

/** The example indicator for an empty row of a core output category, or undefined when the row is none. */
function emptyCoreRowExample(ind: IndicatorRow): string | undefined {
  if (ind.level3.text.trim() !== "" || ind.value.text.trim() !== "") return undefined;
  return CORE_OUTPUT_EXAMPLE[normalizeLabel(ind.level2.text)];
}

/** The 一级 + 二级 group of a row, as written. */
function groupKey(ind: IndicatorRow): string {
  return `${ind.level1.text.replace(/\s+/g, "")}|${ind.level2.text.replace(/\s+/g, "")}`;
}

/**
 * TEMPLATE_PLACEHOLDER_ROW — a template's placeholder row (三级 “……”, no value) left in the published table
 * (corpus 023 萧县张庄寨镇): template text left in the published table, as R-HDR-004 reads it for the goal. A warning at the 三级 cell: the row carries no indicator, so the fix is to delete it or
 * fill in a real indicator with its value; it is not an empty value of a real indicator (VALUE_EMPTY). In a scored
 * table an empty 二级 row (no 三级, no value) is one too (isScoredEmptyRow), and so is, in any table, the empty row of a
 * core output category (emptyCoreRowExample).
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
    // Empty rows are not in rowFacts (nothing to check on them): the scored table's empty 二级 rows are read here.
    // A 二级 whose group holds filled indicators is a subtotal row of that group (数量指标 | | | 20 over its items),
    // not a template row left in.
    // Built only when a scored empty row is there to judge (most tables have none).
    let filledGroups: Set<string> | null = null;
    for (const ind of ctx.table.indicators) {
      // 一级 | …… | | : the template's placeholder written in the 二级 column, nothing else on the row (102).
      if (ind.level3.text.trim() === "" && ind.value.text.trim() === "" && isPlaceholderText(ind.level2.text) && !ind.level2.filled) {
        ctx.report({
          row: ind.index,
          cell: ind.level2.cell,
          message: `二级指标列的“${ind.level2.text.trim()}”是模板占位行，没有指标内容：请删除该行，或填写实际的二级、三级指标及其指标值。`,
        });
        continue;
      }
      const scored = isScoredEmptyRow(ind);
      const coreExample = scored ? undefined : emptyCoreRowExample(ind);
      if (!scored && coreExample === undefined) continue;
      if (!filledGroups) {
        filledGroups = new Set<string>();
        for (const other of ctx.table.indicators) if (other.level3.text.trim() !== "") filledGroups.add(groupKey(other));
      }
      if (filledGroups.has(groupKey(ind))) continue;
      // A table with no indicator filled in yet (a template being typed into, =PERF.CHECK over its rows) is not
      // published with a row left empty: nothing to send back yet.
      if (coreExample !== undefined && filledGroups.size === 0) continue;
      const l2 = ind.level2.text.trim();
      ctx.report({
        row: ind.index,
        cell: ind.level3.cell,
        message: scored
          ? `“${l2}”一行没有三级指标和指标值，而本表各指标都要计分：请删除该行（分值并入其他指标），或填写实际的三级指标及其指标值。`
          : `“${l2}”一行没有三级指标和指标值：${l2.replace(/指标$/, "")}是每张表都要有的产出指标，请填写实际的三级指标及其指标值（如${withBudgetYear(coreExample!, ctx.year)}）。`,
      });
    }
  },
});
