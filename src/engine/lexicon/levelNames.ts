/**
 * 一级/二级 names as other provinces' frameworks and older years print them, read as what they are (data, not
 * rules). Keys are labels after formatting normalisation (framework.ts `levelFormKey`: NFKC, no spaces, marks,
 * numbering, score or explanatory brackets, trailing 等, with the 指标 suffix where it was left off).
 *
 * A name is read by a small grammar — [prefix] core [suffix] — rather than listed form by form:
 * - core: the category word (产出, 完成, 效益, 效果 … for 一级; 数量, 质量, 时效, 进度, 社会效益 … for 二级);
 * - prefix: 项目 / 预期 / 年度 / 主要 / 核心 (项目产出指标, 预期产出指标, 项目效益指标);
 * - suffix: 指标 (the standard one), 类指标 / 目标指标 (forms' wording), or 目标 / 值 / 目标值 (产出目标, 社会效益目标,
 *   产出值, 数量值).
 * What the name is worth to a reviewer decides the severity (docs/decisions.md "Level names"):
 * - a name another authority's form prints (四川 项目完成指标 / 项目效益指标, 广东 预期产出指标 / 效果指标, a
 *   prefix such as 项目产出指标, the old 二级 names 进度指标 / 工期指标 / 建筑规模指标) is **info**: reviewers accept the
 *   rows (corpus 005, 018, 020–022, 041, 042, 049), the filler usually cannot change a printed form;
 * - a name that is not an indicator category at all — the category word with 值 or 目标 (产出值 / 数量值 / 效益值,
 *   社会效益目标) — is a **warning**: it names the value or the goal, not the kind of indicator (corpus 014);
 * - an unknown name stays an error (HIERARCHY_INVALID's own wording).
 * Pure wording differences of the served group (服务对象或受益者满意度指标, 群众满意度指标) and of the sustainability
 * label (可持续性发展影响指标) are accepted spellings (framework.ts ALIASES), not variants.
 */

export type VariantSeverity = "warning" | "info";

export interface LevelVariant {
  /** The standard name to write instead; null when the old name merges several standard ones. */
  standard: string | null;
  /** Why the name is not the standard one, as the message says it ("是旧版或其他地区框架的名称" …). */
  reason: string;
  /** When false, the rows are not read under `standard` (the old name covers more than the standard one). */
  sameCategory: boolean;
  severity: VariantSeverity;
}

const OLD = "是旧版或其他地区表样的名称";
const SPANNING = "是满意度的二级指标名称（一级、二级合并书写），一级指标列应填一级指标";
const NOT_CATEGORY = "不是指标类别的名称（“值”“目标”指指标值或绩效目标）";
const COMBINED = "把一级、二级指标写在了同一格";

/** 一级 category words → standard 一级. 完成 is the 四川 / old 财政部 form's 项目完成指标. */
const L1_CORES: Record<string, string> = {
  产出: "产出指标",
  完成: "产出指标",
  项目完成: "产出指标",
  效益: "效益指标",
  效果: "效益指标",
  满意度: "满意度指标",
  成本: "成本指标",
};

/** 二级 category words → standard 二级 (with the 一级 they belong to). */
const L2_CORES: Record<string, { standard: string; under: string }> = {
  数量: { standard: "数量指标", under: "产出指标" },
  质量: { standard: "质量指标", under: "产出指标" },
  时效: { standard: "时效指标", under: "产出指标" },
  进度: { standard: "时效指标", under: "产出指标" },
  工期: { standard: "时效指标", under: "产出指标" },
  建筑规模: { standard: "数量指标", under: "产出指标" },
  成本: { standard: "成本指标", under: "产出指标" },
  经济成本: { standard: "经济成本指标", under: "成本指标" },
  社会成本: { standard: "社会成本指标", under: "成本指标" },
  生态环境成本: { standard: "生态环境成本指标", under: "成本指标" },
  经济效益: { standard: "经济效益指标", under: "效益指标" },
  社会效益: { standard: "社会效益指标", under: "效益指标" },
  生态效益: { standard: "生态效益指标", under: "效益指标" },
  经济效果: { standard: "经济效益指标", under: "效益指标" },
  社会效果: { standard: "社会效益指标", under: "效益指标" },
  生态效果: { standard: "生态效益指标", under: "效益指标" },
  可持续影响: { standard: "可持续影响指标", under: "效益指标" },
  // 可持续发展指标 / 可持续性指标 / 可持续效益指标: older forms' names of the same 二级.
  可持续发展: { standard: "可持续影响指标", under: "效益指标" },
  可持续性: { standard: "可持续影响指标", under: "效益指标" },
  可持续效益: { standard: "可持续影响指标", under: "效益指标" },
  服务对象满意度: { standard: "服务对象满意度指标", under: "满意度指标" },
};

/** A prefix some forms print before the category word (项目产出指标, 预期产出指标, 年度效益指标). */
const PREFIX = /^(?:项目|预期|年度|主要|核心)/;
/** A suffix: 指标 (standard), 类指标 (a form's wording), 目标 / 值 / 目标值 (not a category name). */
const SUFFIX = /(目标值|目标指标|目标|值|类指标|指标)$/;
/** 一级 and 二级 written in one cell: "产出指标—数量指标", "产出-数量指标", "效益指标/社会效益指标". */
const COMBINED_FORM = /^(产出|效益|满意度|成本)(?:指标)?[-—－–_/、:：]?(.+)$/;

/**
 * The grouping 一级 of the 发展改革委 中央预算内投资 form (实施效果指标 / 过程管理指标), whose 二级 are the standard
 * 一级 names (产出指标, 效益指标, 满意度指标). With such a 二级 the table is that form: the 二级 is read as the 一级.
 */
export const GROUPING_LEVEL1 = new Set(["实施效果指标", "过程管理指标"]);
/**
 * 一级 blocks of other authorities' frameworks with no counterpart in the 财政 one, read as the form prints them,
 * whatever their 二级: the 发展改革委 form's 过程管理指标 (资金到位, 开工 …) and 上海's 影响力指标 (长效管理, 人力资源,
 * 信息共享 …).
 */
export const FORM_BLOCK_LEVEL1 = new Set(["过程管理指标", "影响力指标"]);

/**
 * A heading of the form printed in the 一级 column instead of a 一级 name: 项目年度绩效目标(定量指标) (河北 评价表, 051),
 * 年度绩效指标, 绩效指标, 定量指标. Over a 二级 the framework knows, the rows are read by their 二级 and the heading is
 * one hint per run; over an unknown 二级 the 二级 is what is wrong.
 */
export const HEADING_LEVEL1 = /目标|^(?:年度|项目)?(?:绩效)?指标$|^(?:定量|定性)指标$/;

/** 上海's 效果指标 holds the satisfaction 二级 (社会公众或服务对象满意度指标) beside the benefits. */
export const EFFECT_LEVEL1 = "效果指标";

/** Known names other forms print whole (not derivable from the grammar). */
const LEVEL1_WHOLE: Record<string, LevelVariant> = {
  社会公众或服务对象满意度指标: { standard: "满意度指标", reason: SPANNING, sameCategory: true, severity: "info" },
  服务对象满意度指标: { standard: "满意度指标", reason: SPANNING, sameCategory: true, severity: "info" },
  社会公众满意度指标: { standard: "满意度指标", reason: SPANNING, sameCategory: true, severity: "info" },
};
const LEVEL2_WHOLE: Record<string, LevelVariant & { under: string }> = {
  满意度指标: { standard: "服务对象满意度指标", under: "满意度指标", reason: "与一级指标同名，二级指标列应填二级指标", sameCategory: true, severity: "info" },
  // 预算(或投资规模)控制指标 holds budget-execution rates as well as costs: not read as 成本 (a rate there is no cost defect).
  预算控制指标: { standard: "成本指标", under: "产出指标", reason: OLD, sameCategory: false, severity: "info" },
  投资规模控制指标: { standard: "成本指标", under: "产出指标", reason: OLD, sameCategory: false, severity: "info" },
  "社会、经济、生态效益指标": { standard: null, under: "效益指标", reason: `${OLD}，现行框架已拆分`, sameCategory: true, severity: "info" },
  "经济、社会、生态效益指标": { standard: null, under: "效益指标", reason: `${OLD}，现行框架已拆分`, sameCategory: true, severity: "info" },
};

const CENTRAL_COST_L2 = /^(?:经济|社会|生态环境)成本指标$/;

interface Parsed {
  core: string;
  prefixed: boolean;
  suffix: string;
}

function split(key: string): Parsed | null {
  const m = SUFFIX.exec(key);
  const suffix = m ? m[1] : "";
  let core = m ? key.slice(0, m.index) : key;
  if (core.endsWith("类")) core = core.slice(0, -1);
  let prefixed = false;
  const p = PREFIX.exec(core);
  if (p && core.length > p[0].length) {
    const rest = core.slice(p[0].length);
    // 项目完成 is a core of its own; other prefixes go.
    if (!(core === "项目完成")) {
      core = rest;
      prefixed = true;
    }
  }
  return core ? { core, prefixed, suffix } : null;
}

function severityOf(p: Parsed): { severity: VariantSeverity; reason: string } {
  if (p.suffix === "值" || p.suffix === "目标" || p.suffix === "目标值") return { severity: "warning", reason: NOT_CATEGORY };
  return { severity: "info", reason: OLD };
}

/** A nonstandard 一级 name (key = levelFormKey), or null for a standard or unknown one. */
export function level1VariantOf(key: string): LevelVariant | null {
  if (Object.prototype.hasOwnProperty.call(LEVEL1_WHOLE, key)) return LEVEL1_WHOLE[key];
  const p = split(key);
  if (!p || !Object.prototype.hasOwnProperty.call(L1_CORES, p.core)) return null;
  const standard = L1_CORES[p.core];
  if (standard === key) return null;
  return { standard, sameCategory: true, ...severityOf(p) };
}

/** A nonstandard 二级 name (key = levelFormKey) under the standard 一级 `l1`, or null. */
export function level2VariantOf(key: string, l1: string): (LevelVariant & { under: string }) | null {
  // The central-2021 cost 二级 names under the classic 产出指标 (a table mixing both frameworks): its 成本指标. Only
  // here, not in variantCanonical: under the 一级 成本指标 they are the standard names.
  if (l1 === "产出指标" && CENTRAL_COST_L2.test(key)) {
    return { standard: "成本指标", under: l1, reason: "是一级“成本指标”下的名称，放在“产出指标”下时", sameCategory: true, severity: "info" };
  }
  if (Object.prototype.hasOwnProperty.call(LEVEL2_WHOLE, key)) {
    const v = LEVEL2_WHOLE[key];
    return v.under === l1 ? v : null;
  }
  const both = combinedLevels(key);
  if (both && both.l1 === l1 && key !== both.l2) return { standard: both.l2, under: l1, reason: COMBINED, sameCategory: true, severity: "info" };
  const p = split(key.replace(/[、和及与/](?=[^、和及与/]*效益)/g, "、"));
  if (!p) return null;
  if (!Object.prototype.hasOwnProperty.call(L2_CORES, p.core)) return recognisedLevel2(p, l1);
  const { standard, under } = L2_CORES[p.core];
  if (standard === key) return null;
  const { severity, reason } = severityOf(p);
  return { standard, under, reason, sameCategory: true, severity };
}

/** Simple output cores a qualifier may precede: 服务质量, 工程质量, 实施进度, 完成时效, 补助数量. */
const QUALIFIED_CORE = /^[\u4e00-\u9fff]{1,4}?(质量|数量|时效|进度)$/;
/** An effect the framework does not name (示范效益, 政治效益) or names otherwise (社会影响, 环境影响). */
const OTHER_EFFECT = /^[\u4e00-\u9fff]{1,4}(?:效益|影响|效果)$/;
/** Several effects in one name: 社会效益、经济效益, 社会和经济效益, 经济社会效益. */
const SEVERAL_EFFECTS = /^(?:(?:社会|经济|生态|环境)(?:效益)?[、和及与/]?){2,4}效益$/;
const QUALIFIED = "是在类别名称前加了限定词的名称";
const OTHER_EFFECT_REASON = "不是框架的效益类别名称";

/**
 * A 二级 name the core table does not hold but the grammar still recognises under the 一级 `l1` (a warning once per
 * run, never an error per row): a qualified output core (服务质量指标 → 质量指标), an effect of no framework name
 * (示范效益指标, 社会影响指标) or several effects in one name (社会效益、经济效益) — both read as 效益 with the three
 * standard effect names proposed.
 */
function recognisedLevel2(p: Parsed, l1: string): (LevelVariant & { under: string }) | null {
  const q = QUALIFIED_CORE.exec(p.core);
  if (q && l1 === "产出指标") {
    const { standard, under } = L2_CORES[q[1]];
    return { standard, under, reason: QUALIFIED, sameCategory: true, severity: "warning" };
  }
  if (l1 === "效益指标" && (SEVERAL_EFFECTS.test(p.core) || OTHER_EFFECT.test(p.core))) {
    return { standard: null, under: l1, reason: OTHER_EFFECT_REASON, sameCategory: true, severity: "warning" };
  }
  return null;
}

/**
 * 一级 and 二级 written in one cell (产出指标-数量指标, 效益指标/社会效益指标): the standard names of both, or null when
 * the cell is no such pair. Forms without a 二级 column print their levels so (指标类型 | 指标名称 | 指标值).
 */
export function combinedLevels(key: string): { l1: string; l2: string } | null {
  const c = COMBINED_FORM.exec(key);
  if (!c || !L1_CORES[c[1]]) return null;
  const l2 = level2Standard(c[2]);
  return l2 ? { l1: L1_CORES[c[1]], l2 } : null;
}

/** The standard 二级 a name stands for (its own name when standard), or null. */
function level2Standard(key: string): string | null {
  const k = key.endsWith("指标") ? key : `${key}指标`;
  const p = split(k);
  return p && Object.prototype.hasOwnProperty.call(L2_CORES, p.core) ? L2_CORES[p.core].standard : null;
}

/**
 * The standard name the category rules read a nonstandard label under, whatever its column (null when none):
 * 项目完成指标 → 产出指标, 数量值 → 数量指标, 社会效益目标 → 社会效益指标, 产出指标—数量指标 → 数量指标. Satisfaction
 * labels spanning both columns and 满意度指标 as its own 二级 are left as they are (categoryOf reads them already).
 */
export function variantCanonical(key: string): string | null {
  if (Object.prototype.hasOwnProperty.call(LEVEL2_WHOLE, key)) {
    const v = LEVEL2_WHOLE[key];
    return v.sameCategory && key !== "满意度指标" ? v.standard : null;
  }
  if (Object.prototype.hasOwnProperty.call(LEVEL1_WHOLE, key)) return null;
  const both = combinedLevels(key);
  if (both) return both.l2;
  const p = split(key);
  if (!p) return null;
  if (Object.prototype.hasOwnProperty.call(L1_CORES, p.core)) return L1_CORES[p.core];
  if (Object.prototype.hasOwnProperty.call(L2_CORES, p.core)) return L2_CORES[p.core].standard;
  return null;
}
