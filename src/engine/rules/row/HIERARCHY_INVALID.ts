import { defineRule } from "../defineRule";
import { FRAMEWORKS, combinedLevelsOf, level1Variant, level2Variant, levelFormKey, normalizeLabel } from "../../framework";
import { EFFECT_LEVEL1, FORM_BLOCK_LEVEL1, GROUPING_LEVEL1, HEADING_LEVEL1, type LevelVariant } from "../../lexicon/levelNames";
import type { Framework } from "../../types";
import { rowFacts } from "../shared/rowFacts";
import type { ReportingContext, RuleHit } from "../types";

const FRAMEWORK_NAME: Record<Framework, string> = {
  classic: "传统框架",
  "central-2021": "财预〔2021〕101号框架",
};

/** 二级 → the 一级 labels it may sit under, in either framework (classic first). */
const PARENTS = new Map<string, string[]>();
for (const fw of [FRAMEWORKS.classic, FRAMEWORKS["central-2021"]]) {
  for (const [l1, l2s] of Object.entries(fw.levels)) {
    for (const l2 of l2s) {
      const list = PARENTS.get(l2) ?? [];
      if (!list.includes(l1)) list.push(l1);
      PARENTS.set(l2, list);
    }
  }
}

/** Framework → 一级 → allowed 二级: its own list plus the other framework's (never flag one under the other). Built once. */
const ALLOWED: Record<Framework, Map<string, string[]>> = { classic: new Map(), "central-2021": new Map() };
for (const fw of ["classic", "central-2021"] as const) {
  const own = FRAMEWORKS[fw].levels;
  const other = FRAMEWORKS[fw === "classic" ? "central-2021" : "classic"].levels;
  for (const l1 of new Set([...Object.keys(own), ...Object.keys(other)])) {
    const list = [...(own[l1] ?? [])];
    for (const l2 of other[l1] ?? []) if (!list.includes(l2)) list.push(l2);
    ALLOWED[fw].set(l1, list);
  }
}

/** The finding for a recognisable nonstandard name (lexicon/levelNames.ts): read as what it is, standard name proposed. */
function variantHit(written: string, v: LevelVariant, level: "一级" | "二级", row: number, cell: string): RuleHit {
  if (v.standard === null) {
    return {
      row,
      cell,
      severity: v.severity,
      message: `${level}指标“${written}”${v.reason}：请按内容改为“经济效益指标”“社会效益指标”或“生态效益指标”之一。`,
    };
  }
  const ask = v.severity === "warning" ? "请改为" : "建议统一改为";
  return {
    row,
    cell,
    severity: v.severity,
    message: `${level}指标“${written}”${v.reason}，规范名称为“${v.standard}”：${ask}“${v.standard}”。`,
    suggestion: v.standard,
  };
}

/**
 * A table printed without the three level columns (layout.levelColumns): one warning for the table, at the indicator
 * header, instead of a missing level on every row. When its name column holds 二级 names (浙江 临海: 指标类型 |
 * 指标名称 with 数量指标, 质量指标 …) the message says the 三级 indicators are missing.
 */
function levelLess(ctx: ReportingContext, l1List: string): void {
  const facts = rowFacts(ctx);
  if (facts.length === 0) return;
  // Both levels in the 一级 cell of every row (产出指标-数量指标 | 培训人次): the rows are placed; the form only lacks a column.
  if (facts.every((f) => combinedLevelsOf(f.ind.level1.text))) return;
  const cell = ctx.table.indicatorHeaderCell ?? facts[0].ind.level3.cell;
  const levelNames = facts.filter((f) => PARENTS.has(normalizeLabel(f.ind.level3.text)) || ALLOWED.classic.has(normalizeLabel(f.ind.level3.text)));
  if (levelNames.length * 2 >= facts.length) {
    const examples = [...new Set(levelNames.map((f) => f.ind.level3.text.trim()))].slice(0, 3).map((t) => `“${t}”`).join("、");
    ctx.report({
      row: null,
      cell,
      severity: "warning",
      message: `指标名称一列填的是二级指标（${examples}等），没有具体的三级指标，指标值说不清衡量什么：请在每个二级指标下填写具体的三级指标（如“绿地养护面积”“养护合格率”），指标值对应三级指标。`,
    });
    return;
  }
  // Two level columns: the one missing is the 一级 when the rows carry a 二级 and no 一级 (二级 | 三级 forms, 240, 623).
  const noLevel1 = facts.every((f) => f.ind.level1.text.trim() === "") && facts.some((f) => f.ind.level2.text.trim() !== "");
  const missing = ctx.table.layout.levelColumns === 1 ? "一级、二级指标" : noLevel1 ? "一级指标" : "二级指标";
  ctx.report({
    row: null,
    cell,
    severity: "warning",
    message: `本表没有${missing}列，指标未按框架分类：请按${FRAMEWORK_NAME[ctx.framework]}为每个指标填写一级指标（${l1List}）、二级指标（数量、质量、时效、成本、效益、满意度等）和三级指标。`,
  });
}

/**
 * A form heading in the 一级 column (HEADING_LEVEL1: 项目年度绩效目标(定量指标)): over a 二级 the framework knows, one hint
 * per run of the heading (returns whether the run has had it); over an unknown 二级 (制度指标) an error on that row's 二级, the name
 * that leaves the row unplaced.
 */
function headingLevel1(ctx: ReportingContext, row: number, cell1: string, cell2: string, l1Text: string, l2: string, l2Text: string, hinted: boolean): boolean {
  const known = PARENTS.get(l2) ?? PARENTS.get(level2Variant(l2Text, "")?.standard ?? "");
  if (known) {
    // One hint per run of the heading (a merged cell over groups that may belong to different 一级): no suggestion.
    if (!hinted) {
      ctx.report({
        row,
        cell: cell1,
        severity: "info",
        message: `一级指标列填的是表格栏目“${l1Text}”，不是一级指标：请按各行的二级指标填写一级指标（如“${l2Text}”归入“${known[0]}”）。`,
      });
    }
    return true;
  }
  ctx.report({
    row,
    cell: cell2,
    message: l2Text
      ? `“${l2Text}”不是${FRAMEWORK_NAME[ctx.framework]}的二级指标，该行无法归类：请改用数量、质量、时效、成本、效益、满意度等二级指标，并在一级指标列填写对应的一级指标。`
      : `该行缺少二级指标，一级指标列的“${l1Text}”是表格栏目，无法归类：请填写二级指标和对应的一级指标。`,
  });
  return hinted;
}

/**
 * HIERARCHY_INVALID — 一级 not in the framework, or 二级 not under its 一级 (R-STR-001/002).
 * Accepts both frameworks' structures whatever the resolved one is (spec §2: neither is flagged
 * under the other); formatting variants (width, spaces, numbering, marks, bracketed scores and explanations,
 * trailing 等) are absorbed by normalizeLabel. A recognisable nonstandard name (lexicon/levelNames.ts: another
 * form's printed name such as 项目完成指标 / 预期产出指标 is info, a category word with 值 / 目标 such as 产出值 /
 * 社会效益目标 a warning) is reported once per run of rows carrying it, at the run's first cell (the merged cell),
 * with the standard name as suggestion; the rows are read under the standard name. The 发展改革委 form (一级
 * 实施效果指标 / 过程管理指标 over the standard 一级 names as 二级) is read as that form, silently. Errors (an unknown
 * or misplaced name) are reported on every row, also continuation rows whose label was filled forward from a merged
 * cell: each row's result stands alone (PERF.CHECK spills one result per row; the seed fixtures expect it per row).
 */
export const rule = defineRule({
  meta: { code: "HIERARCHY_INVALID", severity: "error", title: "指标层级不符合框架", research: ["R-STR-001", "R-STR-002"] },
  check(ctx) {
    const fwLevels = FRAMEWORKS[ctx.framework].levels;
    const l1List = Object.keys(fwLevels).map((l) => `“${l}”`).join("、");
    if (ctx.table.layout.levelColumns) {
      levelLess(ctx, l1List);
      return;
    }
    // The written 一级/二级 of the previous row: a variant is reported once per run of the same name.
    let prev1 = "";
    let prev2 = "";
    // The 一级 inferred for the previous row with a blank 一级 ("" once a row has its 一级).
    let prevMissing1 = "";
    // Whether the current run of a heading in the 一级 column (HEADING_LEVEL1) has had its hint.
    let headingHinted = false;
    for (const f of rowFacts(ctx)) {
      const { ind } = f;
      const { l2 } = f;
      let { l1 } = f;
      const l1Text = ind.level1.text.replace(/\s+/g, "");
      const l2Text = ind.level2.text.replace(/\s+/g, "");
      const newRun1 = l1Text !== prev1;
      const newRun2 = newRun1 || l2Text !== prev2;
      prev1 = l1Text;
      prev2 = l2Text;
      if (!l1) {
        const parents = l2 ? PARENTS.get(l2) : undefined;
        // A blank 一级 over 二级 names that say where the rows belong (a merged 一级 lost in an export, or never
        // typed): the table is still readable and the fix is one cell, so it is a warning once per run of rows under
        // the same missing 一级. With the 二级 blank too nothing says what the row is: an error on each such row.
        if (parents) {
          const missing = parents[0];
          if (missing === prevMissing1) continue;
          prevMissing1 = missing;
          ctx.report({
            row: f.index,
            cell: ind.level1.cell,
            severity: "warning",
            message: `${f.label}缺少一级指标。二级指标“${l2}”应归入一级指标“${missing}”，请在一级指标列填写“${missing}”（合并单元格时在该组第一行填写）。`,
            suggestion: missing,
          });
          continue;
        }
        prevMissing1 = "";
        ctx.report({
          row: f.index,
          cell: ind.level1.cell,
          message: `${f.label}的一级、二级指标均为空。请按${FRAMEWORK_NAME[ctx.framework]}填写一级指标（${l1List}）和对应的二级指标。`,
        });
        continue;
      }
      prevMissing1 = "";
      // 发展改革委 中央预算内投资 form: 实施效果指标 over 产出指标 / 效益指标 / 满意度指标.
      const key1 = levelFormKey(ind.level1.text);
      if ((GROUPING_LEVEL1.has(key1) && ALLOWED[ctx.framework].has(l2)) || FORM_BLOCK_LEVEL1.has(key1)) continue;
      // 上海 效果指标 over 社会公众或服务对象满意度指标: the satisfaction 二级 belongs there in that framework.
      if (key1 === EFFECT_LEVEL1 && l2 === "服务对象满意度指标") continue;
      const v1 = level1Variant(ind.level1.text);
      if (!v1 && !ALLOWED[ctx.framework].has(l1) && !PARENTS.has(l1) && HEADING_LEVEL1.test(normalizeLabel(ind.level1.text))) {
        headingHinted = headingLevel1(ctx, f.index, ind.level1.cell, ind.level2.cell, l1Text, l2, l2Text, headingHinted && !newRun1);
        continue;
      }
      if (v1 && v1.standard) {
        if (newRun1) ctx.report(variantHit(l1Text, v1, "一级", f.index, ind.level1.cell));
        l1 = v1.standard;
        // The same satisfaction label written across the 一级 and 二级 columns: one name, one finding.
        if (levelFormKey(ind.level2.text) === levelFormKey(ind.level1.text)) continue;
      }
      const allowed = ALLOWED[ctx.framework].get(l1);
      if (!allowed) {
        const parents = PARENTS.get(l1);
        // 社会效益指标 | 社会效益指标: one 二级 name written across both columns (a cell merged over 一级 and 二级), as the
        // satisfaction label often is: the row is placed; one hint per run names the 一级 to write.
        if (parents && levelFormKey(ind.level2.text) === levelFormKey(ind.level1.text)) {
          if (newRun1) {
            ctx.report({
              row: f.index,
              cell: ind.level1.cell,
              severity: "info",
              message: `二级指标“${l1Text}”跨一级、二级两列书写，一级指标列应填一级指标“${parents[0]}”：建议一级指标列改为“${parents[0]}”。`,
              suggestion: parents[0],
            });
          }
          continue;
        }
        ctx.report({
          row: f.index,
          cell: ind.level1.cell,
          message: parents
            ? `一级指标列填的是二级指标“${l1Text}”。一级指标应为“${parents[0]}”，“${l1}”应填在二级指标列。`
            : `“${l1Text}”不是${FRAMEWORK_NAME[ctx.framework]}的一级指标。一级指标只能是${l1List}，请改正。`,
          ...(parents ? { suggestion: parents[0] } : {}),
        });
        continue;
      }
      // Under a 一级 with a single 二级 (满意度指标 → 服务对象满意度指标) a blank 二级 (113) or a form's generic word there
      // (具体指标, 100) still places the row: one warning per run with the 二级 to write, not an error per row.
      if (allowed.length === 1 && (!l2 || !PARENTS.has(l2)) && !level2Variant(ind.level2.text, l1)) {
        if (newRun2) {
          ctx.report({
            row: f.index,
            cell: ind.level2.cell,
            severity: "warning",
            message: l2
              ? `二级指标“${l2Text}”不是“${l1}”下的二级指标名称，“${l1}”下只有“${allowed[0]}”：请改为“${allowed[0]}”。`
              : `${f.label}缺少二级指标。“${l1}”下只有“${allowed[0]}”：请在二级指标列填写“${allowed[0]}”。`,
            suggestion: allowed[0],
          });
        }
        continue;
      }
      // (A 一级 with a single 二级 was answered above, with that 二级 as suggestion.)
      if (!l2) {
        ctx.report({
          row: f.index,
          cell: ind.level2.cell,
          message: `${f.label}缺少二级指标。请在二级指标列填写“${l1}”下的二级指标：${allowed.map((a) => `“${a}”`).join("、")}。`,
        });
        continue;
      }
      const v2 = level2Variant(ind.level2.text, l1);
      if (v2) {
        if (newRun2) ctx.report(variantHit(l2Text, v2, "二级", f.index, ind.level2.cell));
        continue;
      }
      if (allowed.includes(l2) || allowed.includes(normalizeLabel(l2))) continue;
      const parents = PARENTS.get(l2);
      // 效益指标 | 满意度 (082): the older 财政部 forms put the satisfaction 二级 under 效益; the row is a satisfaction
      // indicator all the same. One hint per run naming today's 一级, not an error per row.
      if (l1 === "效益指标" && (parents?.[0] === "满意度指标" || l2 === "满意度指标")) {
        if (newRun2) {
          ctx.report({
            row: f.index,
            cell: ind.level1.cell,
            severity: "info",
            message: `二级指标“${l2Text}”放在“效益指标”下是旧版表样的结构，现行框架中满意度是一级指标：建议把这些行的一级指标改为“满意度指标”。`,
            suggestion: "满意度指标",
          });
        }
        continue;
      }
      ctx.report({
        row: f.index,
        cell: ind.level2.cell,
        message: parents
          ? `二级指标“${l2Text}”属于一级指标“${parents[0]}”，不应放在“${l1}”下。请把该行移到“${parents[0]}”下，或改用“${l1}”下的二级指标：${allowed.map((a) => `“${a}”`).join("、")}。`
          : `“${l2Text}”不是“${l1}”下的二级指标。“${l1}”下的二级指标只能是${allowed.map((a) => `“${a}”`).join("、")}。`,
        ...(allowed.length === 1 ? { suggestion: allowed[0] } : {}),
      });
    }
  },
});
