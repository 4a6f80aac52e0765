/**
 * 一级/二级 names as other provinces' frameworks and older years print them, read as what they are (data, not
 * rules). Keys are labels after formatting normalisation (framework.ts `levelFormKey`: NFKC, no spaces, marks,
 * numbering, score or explanatory brackets, trailing 等, with the 指标 suffix). A name here is recognisable but not the
 * standard one: HIERARCHY_INVALID reports it as a warning with the standard name as suggestion, and the category
 * rules read the row under the standard name.
 */

export interface LevelVariant {
  /** The standard name to write instead; null when the old name merges several standard ones. */
  standard: string | null;
  /** Why the name is not the standard one, as the message says it ("是旧版或其他地区框架的名称" …). */
  reason: string;
  /** When false, the rows are not read under `standard` (the old name covers more than the standard one). */
  sameCategory: boolean;
}

const OLD = "是旧版或其他地区框架的名称";
const SPANNING = "是满意度的二级指标名称（一级、二级合并书写），一级指标列应填一级指标";

/** Nonstandard 一级 names. */
export const LEVEL1_VARIANTS: Record<string, LevelVariant> = {
  预期产出指标: { standard: "产出指标", reason: OLD, sameCategory: true },
  产出目标指标: { standard: "产出指标", reason: OLD, sameCategory: true },
  效果指标: { standard: "效益指标", reason: OLD, sameCategory: true },
  预期效果指标: { standard: "效益指标", reason: OLD, sameCategory: true },
  效益目标指标: { standard: "效益指标", reason: OLD, sameCategory: true },
  社会公众或服务对象满意度指标: { standard: "满意度指标", reason: SPANNING, sameCategory: true },
  服务对象满意度指标: { standard: "满意度指标", reason: SPANNING, sameCategory: true },
  社会公众满意度指标: { standard: "满意度指标", reason: SPANNING, sameCategory: true },
};

/** Nonstandard 二级 names, with the 一级 (standard name) they are read under; "*" for any. */
export const LEVEL2_VARIANTS: Record<string, LevelVariant & { under: string }> = {
  满意度指标: { standard: "服务对象满意度指标", under: "满意度指标", reason: "与一级指标同名，二级指标列应填二级指标", sameCategory: true },
  社会公众满意度指标: { standard: "服务对象满意度指标", under: "满意度指标", reason: OLD, sameCategory: true },
  群众满意度指标: { standard: "服务对象满意度指标", under: "满意度指标", reason: OLD, sameCategory: true },
  建筑规模指标: { standard: "数量指标", under: "产出指标", reason: OLD, sameCategory: true },
  工期指标: { standard: "时效指标", under: "产出指标", reason: OLD, sameCategory: true },
  进度指标: { standard: "时效指标", under: "产出指标", reason: OLD, sameCategory: true },
  // 预算(或投资规模)控制指标 holds budget-execution rates as well as costs: not read as 成本 (a rate there is no cost defect).
  预算控制指标: { standard: "成本指标", under: "产出指标", reason: OLD, sameCategory: false },
  投资规模控制指标: { standard: "成本指标", under: "产出指标", reason: OLD, sameCategory: false },
  "社会、经济、生态效益指标": { standard: null, under: "效益指标", reason: OLD, sameCategory: true },
  "经济、社会、生态效益指标": { standard: null, under: "效益指标", reason: OLD, sameCategory: true },
};
