import { defineRule } from "../defineRule";
import { withBudgetYear } from "../shared/messages";
import type { Category } from "../../framework";
import { rowFacts, type RowFacts } from "../shared/rowFacts";
import { hasNumber, isCount, isMoney, isPercent } from "../shared/valueFacts";
import { isTimelinessRateName } from "../shared/indicatorKinds";
import { firstCellOf } from "../shared/tableCells";
import { levelFormKey, normalizeLabel } from "../../framework";
import { GROUPING_LEVEL1, level2VariantOf } from "../../lexicon/levelNames";

const OUTPUTS: readonly Category[] = ["数量", "质量", "时效", "成本"];

/** How to add each category, in the words a reviewer would use ({year}: the budget year, ×××× when unknown). */
const HOW: Record<Category, string> = {
  数量: "在“产出指标—数量指标”下增加产出数量，如“培训人数 ≥45人”",
  质量: "在“产出指标—质量指标”下增加质量要求，如“验收合格率 =100%”",
  时效: "在“产出指标—时效指标”下增加完成时间，如“完成时间 {year}年12月31日前”",
  成本: "增加成本指标，如“人均培训成本 ≤450元/人·天”或分项成本“≤9万元”",
  效益: "在“效益指标”下增加可衡量的社会/经济效益",
  满意度: "在“满意度指标—服务对象满意度指标”下增加如“参训人员满意度 ≥90%”",
};

/**
 * A row of a form without a 二级 column (015 荆门: 产出指标 | “开展文物安全巡查频次8次”): its output category read from
 * its value — a date is 时效, money 成本, a percentage 质量 (时效 for a timeliness rate), a count 数量; null otherwise.
 */
function inferredCategory(f: RowFacts): Category | null {
  const p = f.parsed;
  if (p.kind === "deadline") return "时效";
  if (f.satisfaction) return "满意度";
  if (!hasNumber(p)) return null;
  if (isMoney(p)) return "成本";
  if (isPercent(p) || f.rate) return isTimelinessRateName(f.name) ? "时效" : "质量";
  if (isCount(p)) return "数量";
  // 公路养护里程 ≥120公里, 造林面积 ≥500亩, 秸秆利用量 ≥5000吨: a physical quantity of output.
  if (p.kind === "quantity" && !p.mixed && (p.unitClass === "other" || p.unitClass === "area")) return "数量";
  return null;
}

/** MISSING_CATEGORY — a required category (profile.requiredCategories) has no indicator (R-STR-003/004). */
export const rule = defineRule({
  meta: { code: "MISSING_CATEGORY", severity: "warning", title: "缺少必备的指标类别", research: ["R-STR-003", "R-STR-004"] },
  check(ctx) {
    // rowFacts: the non-blank rows, each with its category (computed once per check for every row rule).
    const facts = rowFacts(ctx);
    if (facts.length === 0) return;
    const present = new Set<Category>();
    const levelLess = ctx.table.layout.levelColumns !== undefined;
    for (const f of facts) {
      const c = f.category ?? (levelLess ? inferredCategory(f) : null);
      if (c) present.add(c);
      // 预算(或投资规模)控制指标 (older 广东 forms): the cost category of its day, though its rows are not judged as costs.
      else if (level2VariantOf(levelFormKey(f.ind.level2.text), normalizeLabel(f.ind.level1.text))?.standard === "成本指标") present.add("成本");
      // The 发展改革委 form (实施效果指标 | 产出指标 | …) does not split its outputs into 数量/质量/时效/成本: a row under
      // its 产出指标 stands for the outputs, which that form cannot be asked to split.
      if (GROUPING_LEVEL1.has(levelFormKey(f.ind.level1.text)) && normalizeLabel(f.ind.level2.text) === "产出指标") OUTPUTS.forEach((o) => present.add(o));
    }
    // A form without any level column (a single 指标 column): the categories cannot be read, only guessed from names
    // (HIERARCHY_INVALID reports the missing levels once for the table).
    if (ctx.table.layout.levelColumns === 1) return;
    const cell = ctx.table.indicatorHeaderCell ?? firstCellOf(ctx.table);
    for (const c of ctx.profile.requiredCategories) {
      if (!present.has(c)) ctx.report({ row: null, cell, message: `缺少“${c}”类指标：请${withBudgetYear(HOW[c], ctx.year)}。` });
    }
  },
});
