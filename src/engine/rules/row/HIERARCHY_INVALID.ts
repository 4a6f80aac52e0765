import { defineRule } from "../defineRule";
import { FRAMEWORKS, level1Variant, level2Variant, levelFormKey, normalizeLabel } from "../../framework";
import type { LevelVariant } from "../../lexicon/levelNames";
import type { Framework } from "../../types";
import { rowFacts } from "../shared/rowFacts";
import type { RuleHit } from "../types";

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

/** The warning for a recognisable nonstandard name (lexicon/levelNames.ts): read as what it is, standard name proposed. */
function variantHit(written: string, v: LevelVariant, level: "一级" | "二级", row: number, cell: string): RuleHit {
  if (v.standard === null) {
    return {
      row,
      cell,
      severity: "warning",
      message: `${level}指标“${written}”${v.reason}，现行框架已拆分：请按内容改为“经济效益指标”“社会效益指标”或“生态效益指标”之一。`,
    };
  }
  return {
    row,
    cell,
    severity: "warning",
    message: `${level}指标“${written}”${v.reason}，规范名称为“${v.standard}”：请改为“${v.standard}”。`,
    suggestion: v.standard,
  };
}

/**
 * HIERARCHY_INVALID — 一级 not in the framework, or 二级 not under its 一级 (R-STR-001/002).
 * Accepts both frameworks' structures whatever the resolved one is (spec §2: neither is flagged
 * under the other); formatting variants (width, spaces, numbering, marks, bracketed scores and explanations,
 * trailing 等) are absorbed by normalizeLabel. A recognisable nonstandard name of another framework or an older year
 * (预期产出指标, 效果指标, a satisfaction label spanning the 一级 and 二级 columns, 满意度指标 as its own 二级 …:
 * lexicon/levelNames.ts) is a warning with the standard name as suggestion: a reviewer asks for the rename but
 * reads the row. Every row is reported at its own 一级/二级 cell, also continuation rows whose label was filled
 * forward from a merged cell: each row's result stands alone (PERF.CHECK spills one result per row; the seed
 * fixtures expect it per row).
 */
export const rule = defineRule({
  meta: { code: "HIERARCHY_INVALID", severity: "error", title: "指标层级不符合框架", research: ["R-STR-001", "R-STR-002"] },
  check(ctx) {
    const fwLevels = FRAMEWORKS[ctx.framework].levels;
    const l1List = Object.keys(fwLevels).map((l) => `“${l}”`).join("、");
    for (const f of rowFacts(ctx)) {
      const { ind } = f;
      const { l2 } = f;
      let { l1 } = f;
      if (!l1) {
        const parents = l2 ? PARENTS.get(l2) : undefined;
        ctx.report({
          row: f.index,
          cell: ind.level1.cell,
          message: parents
            ? `${f.label}缺少一级指标。二级指标“${l2}”应归入一级指标“${parents[0]}”，请在一级指标列填写“${parents[0]}”。`
            : `${f.label}的一级、二级指标均为空。请按${FRAMEWORK_NAME[ctx.framework]}填写一级指标（${l1List}）和对应的二级指标。`,
          ...(parents ? { suggestion: parents[0] } : {}),
        });
        continue;
      }
      const l1Text = ind.level1.text.replace(/\s+/g, "");
      const v1 = level1Variant(ind.level1.text);
      if (v1 && v1.standard) {
        ctx.report(variantHit(l1Text, v1, "一级", f.index, ind.level1.cell));
        l1 = v1.standard;
        // The same satisfaction label written across the 一级 and 二级 columns: one name, one warning.
        if (levelFormKey(ind.level2.text) === levelFormKey(ind.level1.text)) continue;
      }
      const allowed = ALLOWED[ctx.framework].get(l1);
      if (!allowed) {
        const parents = PARENTS.get(l1);
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
      if (!l2) {
        ctx.report({
          row: f.index,
          cell: ind.level2.cell,
          message: `${f.label}缺少二级指标。请在二级指标列填写“${l1}”下的二级指标：${allowed.map((a) => `“${a}”`).join("、")}。`,
          ...(allowed.length === 1 ? { suggestion: allowed[0] } : {}),
        });
        continue;
      }
      const l2Text = ind.level2.text.replace(/\s+/g, "");
      const v2 = level2Variant(ind.level2.text, l1);
      if (v2) {
        ctx.report(variantHit(l2Text, v2, "二级", f.index, ind.level2.cell));
        continue;
      }
      if (allowed.includes(l2) || allowed.includes(normalizeLabel(l2))) continue;
      const parents = PARENTS.get(l2);
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
