/**
 * The labels that anchor a 绩效目标表 (keys after `labelKey`: no spaces, full-width brackets).
 * A cell is a label only when its whole text is one of these, so indicator texts that merely
 * contain 绩效目标 or 预算数 never count.
 */
import { FIELD_MARKER_AFTER_LABEL } from "../lexicon/templateMarks";
import { normalizeWidth } from "../values/normalize";

export type LabelKind =
  | "code"
  | "name"
  | "dept"
  | "budgetGroup"
  | "budget"
  | "fiscal"
  | "other"
  | "purpose"
  | "plan"
  | "goal"
  | "l1"
  | "l2"
  | "l3"
  | "lname" // 指标名称 / 指标: the name column of a table printed without the three level columns
  | "desc"
  | "value"
  | "basis"
  | "supervisor" // 主管部门 (and its 及代码 forms)
  | "implementer" // 实施单位
  | "attribute" // 项目属性 / 项目类型 / 项目类别 / 项目分类: what kind of project the form says it is
  | "procurement" // 是否政府采购
  | "projectBasis" // 立项依据
  | "period" // 项目起止时间, 实施期限, 建设周期
  | "overview" // 项目概况
  | "periodBudget" // 中期资金总额 / 实施期资金总额: the funds of the project's whole period (beside 年度资金总额)
  | "fundPart" // a 其中 line of the funds block (中央资金, 2.市级资金, 项目支出 …)
  | "rateWeight" // 预算执行率权重: the share of the weights kept for 预算执行率
  | "skip" // 年度绩效指标: a row label beside the indicator block, never a value
  | "misc" // other form labels (年度主要任务, 任务名称…): values are not read, but they are not values either
  | "contact"; // the contact cells of a header (项目负责人, 联系电话): labels whose values are not read

const LABELS: Record<string, LabelKind> = {
  项目编码: "code",
  项目代码: "code",
  项目名称: "name",
  项目全称: "name",
  项目支出名称: "name",
  "项目（专项）名称": "name",
  "专项（项目）名称": "name",
  资金名称: "name",
  项目名: "name",
  专项名称: "name",
  专项资金名称: "name",
  项目资金名称: "name",
  // 转移支付 (region) tables of 四川 and others: 转移支付(项目)名称.
  "转移支付（项目）名称": "name",
  转移支付项目名称: "name",
  转移支付名称: "name",
  部门名称: "dept",
  单位名称: "dept",
  "部门（单位）名称": "dept",
  预算规模及资金用途: "budgetGroup",
  预算规模: "budgetGroup",
  项目资金: "budgetGroup",
  资金情况: "budgetGroup",
  专项资金情况: "budgetGroup",
  项目资金申请: "budgetGroup",
  年度预算安排: "budgetGroup",
  预算数: "budget",
  预算金额: "budget",
  年度预算数: "budget",
  资金总额: "budget",
  年度资金总额: "budget",
  当年资金总额: "budget",
  项目资金总额: "budget",
  // The central form's 中期 | 年度 funds side by side: the 中期 column is the whole period's total, never the budget.
  中期资金总额: "periodBudget",
  实施期资金总额: "periodBudget",
  中长期资金总额: "periodBudget",
  项目期资金总额: "periodBudget",
  项目总预算: "budget",
  项目总金额: "budget",
  项目金额: "budget",
  年度本级预算金额: "budget",
  本年度预计投入: "budget",
  本年度申请市财政预算资金: "budget",
  当年年度预算: "budget",
  当年预算: "budget",
  年度金额: "budget",
  本年预算: "budget",
  "其中：财政资金": "fiscal",
  财政资金: "fiscal",
  财政拨款: "fiscal",
  "其中：财政拨款": "fiscal",
  "其中：财政性资金": "fiscal",
  财政性资金: "fiscal",
  "其中：本年财政拨款": "fiscal",
  "其中：当年财政拨款": "fiscal",
  本年财政拨款: "fiscal",
  当年财政拨款: "fiscal",
  "其中：其他资金": "other",
  其他资金: "other",
  当年其他资金: "other",
  "其中：其它资金": "other",
  其它资金: "other",
  资金用途: "purpose",
  主要用途: "purpose",
  资金主要用途: "purpose",
  资金用途及主要内容: "purpose",
  "资金支出计划（%）": "plan",
  资金支出计划: "plan",
  "支出计划（%）": "plan",
  "资金支出进度计划（%）": "plan",
  // A plan titled with a money unit is still the plan: its amounts are read against the budget (SPEND_NOT_PERCENT).
  "资金支出计划（万元）": "plan",
  "资金支出计划（元）": "plan",
  "支出计划（万元）": "plan",
  "资金支出进度计划（万元）": "plan",
  绩效目标: "goal",
  年度绩效目标: "goal",
  年度总体目标: "goal",
  总体绩效目标: "goal",
  年度目标: "goal",
  本年度绩效目标: "goal",
  当年绩效目标: "goal",
  项目年度目标: "goal",
  项目年度绩效目标: "goal",
  年度预期目标: "goal",
  项目目标: "goal",
  整体目标: "goal",
  年度总体绩效目标: "goal",
  年度绩效总目标: "goal",
  绩效总目标: "goal",
  // 自评表: 年度总体目标 | 预期目标 | 实际完成情况 over the two texts: the target is the 预期目标 one.
  预期目标: "goal",
  // 年度总体目标 | 年初设定目标 | 实际完成情况 over the texts (宁夏 自评表, 201): the target is the 年初设定 one.
  年初设定目标: "goal",
  年度设定目标: "goal",
  设定目标: "goal",
  实际完成情况: "misc",
  // 预算数(A) | 执行数(B) | 执行率(B/A) over the year's figures (自评 forms, 261): titles of their own, never the budget.
  执行数: "misc",
  全年执行数: "misc",
  实际执行数: "misc",
  执行率: "misc",
  年度总体目标完成情况: "misc",
  总体目标完成情况: "misc",
  目标完成情况: "misc",
  "年度绩效目标（文字）": "goal",
  年度主要目标和成果: "goal",
  项目绩效目标: "goal",
  总体目标: "goal",
  项目总体目标: "goal",
  实施期绩效目标: "goal",
  中长期绩效目标: "goal",
  长期目标: "goal",
  主管部门: "supervisor",
  项目主管部门: "supervisor",
  业务主管部门: "supervisor",
  主管单位: "supervisor",
  项目主管单位: "supervisor",
  主管部门及代码: "supervisor",
  主管部门及其编码: "supervisor",
  主管部门及编码: "supervisor",
  预算部门: "supervisor",
  实施单位: "implementer",
  项目实施单位: "implementer",
  具体实施单位: "implementer",
  // Other provinces' names for who carries the project out.
  执行单位: "implementer",
  项目执行单位: "implementer",
  实施主体: "implementer",
  项目实施主体: "implementer",
  承担单位: "implementer",
  项目承担单位: "implementer",
  项目属性: "attribute",
  项目类型: "attribute",
  项目类别: "attribute",
  项目分类: "attribute",
  是否政府采购: "procurement",
  是否涉及政府采购: "procurement",
  立项依据: "projectBasis",
  项目立项依据: "projectBasis",
  专项立项依据: "projectBasis",
  项目起止时间: "period",
  专项起止时间: "period",
  实施期限: "period",
  项目实施期: "period",
  项目支出实施期: "period",
  建设周期: "period",
  项目期: "period",
  项目期限: "period",
  实施周期: "period",
  项目周期: "period",
  项目实施周期: "period",
  项目概况: "overview",
  专项概况: "overview",
  项目总体概况: "overview",
  项目概况及立项依据: "overview",
  // 部门整体 tables describe the department where a project table describes the project.
  部门职能职责概述: "overview",
  部门职能概述: "overview",
  一级指标: "l1",
  二级指标: "l2",
  三级指标: "l3",
  // The name column of forms without the three level columns (重庆 镇级 指标 | 指标权重 | … | 指标值, 浙江 临海
  // 指标类型 | 指标名称 | 指标值 | 指标描述): a header row only with a value column beside it.
  指标名称: "lname",
  指标: "lname",
  绩效指标: "lname",
  绩效指标描述: "desc",
  指标描述: "desc",
  指标解释: "desc",
  指标值: "value",
  "指标值（包含数字及文字描述）": "value",
  目标值: "value",
  指标值确定依据: "basis",
  确定依据: "basis",
  年度绩效指标: "skip",
  预算执行率权重: "rateWeight",
  "预算执行率权重（%）": "rateWeight",
  年度主要任务: "misc",
  任务名称: "misc",
  主要内容: "misc",
  年度部门整体支出预算: "misc",
  // The contact cells of a header block (实施单位 | blank | 项目负责人 | …): labels, so a blank field beside them stays blank.
  项目负责人: "contact",
  负责人: "contact",
  联系人: "contact",
  联系电话: "contact",
  项目联系人: "contact",
};

/**
 * A 其中 line of a funds block: 中央资金, 2.市级资金, 省级, 本级, 自治区资金, 区本级资金, 自有资金, 4.其他资金, 项目支出,
 * 基本支出, 上年结转, 镇级自筹, and the budget a part comes from (一般公共预算, 政府性基金, 专项债券) … (numbered or not). Returns the
 * part's name, or null.
 */
const FUND_PART = /^(?:其中[：:]?)?(?:\d{1,2}[.、．]|[一二三四五六][、.．])?(中央|(?:省|市|区|县|乡|镇|州|盟|旗|市县|县区|区县|市区|县市|乡镇|自治区|自治州|自治县)级?|(?:省|市|区|县|旗|镇)本级|本级|上级|地方|单位自有|自有|自筹|社会|其他|其它|项目支出|基本支出|上年结转|上年结余|结转结余|结转|结余|一般公共预算|政府性基金(?:预算)?|国有资本经营预算|(?:地方政府)?专项债券?|单位自筹|事业收入)(?:财政)?(?:资金|补助资金|补助|拨款|预算资金|配套资金|配套|自筹资金|自筹|安排|安排资金)?$/;
export function fundPartOf(key: string): string | null {
  const m = FUND_PART.exec(key);
  return m ? m[1] : null;
}
/** First characters of fund-part labels (a cheap filter before the regex). */
export const FUND_PART_FIRST = new Set([..."其中省市区县乡镇州盟旗社本上地单自项基结政国专事0123456789一二三四五六"].map((ch) => ch.charCodeAt(0)));

/** Marks of required or core fields printed around a label ("*指标值", "一级指标*", "★…"). */
const MARKS = /^[*＊★☆]+|[*＊]+$/g;
/** A score printed after a label: "成本指标（0-20）分", "年度绩效目标（90分）", "产出指标40分". */
const SCORE_SUFFIX = /(?:（\d+(?:[-－~～至]\d+)?分?）分?|\d+(?:[-－~～]\d+)?分)$/;

/**
 * A label key without required-field marks, a filling note (三级指标（必填）, 数量指标（必填硬性指标）: how to fill the
 * column, not what it is; lexicon/templateMarks.ts) and a printed score.
 */
export function formKey(key: string): string {
  return key.replace(MARKS, "").replace(FIELD_MARKER_AFTER_LABEL, "").replace(SCORE_SUFFIX, "");
}

/** First character codes of every label, and the marks that may precede one: a cheap filter before building a key. */
export const LABEL_FIRST = new Set([...Object.keys(LABELS).map((k) => k.charCodeAt(0)), ..."本当申级".split("").map((ch) => ch.charCodeAt(0)), 0x2a, 0xff0a, 0x2605, 0x2606]);

export function labelKind(key: string): LabelKind | undefined {
  if (Object.prototype.hasOwnProperty.call(LABELS, key)) return LABELS[key];
  const k = formKey(key);
  if (k !== key && Object.prototype.hasOwnProperty.call(LABELS, k)) return LABELS[k];
  // 预算数（A）, 执行数（B）, 执行率（B/A）: a 自评 form's column letters; 年度目标1： the first of numbered goals.
  const bare = k.replace(/（[A-Z](?:[/／][A-Z])?）$/, "").replace(/(目标)\d{1,2}[：:]?$/, "$1");
  if (bare !== k && Object.prototype.hasOwnProperty.call(LABELS, bare)) return LABELS[bare];
  const h = indicatorHeaderKey(key).key;
  // 一级指标 with a period or mark, 一级 | 二级 | 三级 without 指标 (014 临沂, 046 淮北; 安徽 "一级" on two lines),
  // 一级指标名称: a level column of the indicator header (a header row still needs all three levels and a value column
  // before it starts a table).
  const lv = LEVEL_HEADER.exec(h);
  if (lv) return lv[1] === "二" ? "l2" : lv[1] === "三" ? "l3" : "l1";
  if (PERIOD_GOAL.test(k)) return "goal";
  if (BUDGET_LABEL.test(k)) return "budget";
  // A funds line with a note on what it is (其他资金（学校事业收入提取）, 其中：财政拨款（含中央资金）).
  const noted = /^(.+?)（(?!(?:单位[：:]?)?(?:万元|千元|亿元|元)）)[^（）]+）$/.exec(k);
  if (noted && Object.prototype.hasOwnProperty.call(LABELS, noted[1]) && NOTED_KINDS.has(LABELS[noted[1]])) return LABELS[noted[1]];
  return undefined;
}

/** The funds labels a note in brackets may follow (a unit in brackets, （万元）, is read where the anchors are found). */
const NOTED_KINDS = new Set<LabelKind>(["budget", "fiscal", "other"]);

/**
 * The budget amount as forms title it beyond the list above: 项目预算, 年度预算, 本年度预算金额, 申请金额, 申请资金, 预算资金,
 * 专项预算数 — a year or project prefix, 预算 or 申请, an amount suffix. 预算执行率, 预算单位, 预算部门 are not amounts.
 */
const BUDGET_LABEL = /^(?:本|当)?(?:年度?|本年度)?(?:项目|专项)?总?(?:预算|申请|申报)(?:资金)?(?:数|金额|总额|额)?$/;

/**
 * The goal of the project's whole period, printed with its years: 中期目标（2024年—2026年）, 中期滚动目标(2019年--2021年),
 * 长期目标（2023-2025年） (the central form and its provincial copies, beside 年度目标).
 */
const PERIOD_GOAL = /^(?:中期|长期|中长期|实施期)[\u4e00-\u9fff]{0,4}目标(?:[（(][^）)]*[）)])?$/;
export function isPeriodGoal(key: string): boolean {
  return PERIOD_GOAL.test(key);
}

/**
 * 一级指标, 一级, 一级指标名称, 三级指标内容 …: the level columns of the indicator header. A bare 级指标 is 一级指标 whose
 * “一” — one horizontal stroke — was lost in a PDF or web-page extraction as if it were a cell border (112 舒城).
 */
const LEVEL_HEADER = /^([一二三]|(?=级指标$))级(?:指标)?(?:名称|内容)?$/;

export type HeaderRole = "l1" | "l2" | "l3" | "desc" | "value" | "basis" | "op" | "unit" | "kind" | "direction" | "weight" | "note" | "standard";

/** Which part of a two-period indicator header a column belongs to: 长期/中期 (the project period) or 年度. */
export type HeaderPeriod = "annual" | "longTerm" | null;

const PERIOD_SUFFIX = /（(长期|中期|中长期|实施期|年度|当年|本年度?)(?:目标|指标)?）$/;
/** The target columns titled by their period (中期目标 | 年度目标 side by side, under 三级): the period is in the title. */
const PERIOD_TARGET = /^(中期|长期|中长期|实施期|本年度|年度|当年)(?:绩效)?目标$/;

/**
 * An indicator-header key without marks, score, period suffix and the 绩效 prefix of some exports
 * ("绩效指标值*" → 指标值, "二级指标（年度）" → 二级指标, annual).
 */
export function indicatorHeaderKey(key: string): { key: string; period: HeaderPeriod } {
  let k = formKey(key);
  let period: HeaderPeriod = null;
  const m = PERIOD_SUFFIX.exec(k);
  const word = m ? m[1] : PERIOD_TARGET.exec(k)?.[1];
  if (word) period = /长期|中期|实施期/.test(word) ? "longTerm" : "annual";
  if (m) k = k.slice(0, m.index);
  if (k.startsWith("绩效") && k.length > 3 && !k.startsWith("绩效标准")) k = k.slice(2);
  return { key: k, period };
}

/**
 * The 指标值 column as forms title it: 指标值 (计划/年度/预期 指标值…), 目标值, 指标目标值, 年度目标值, 年度数值, 预期达到目标,
 * 预期目标(值), (年度)计划值, 预期值, 本年度指标值, 拟达到的目标值, 标准值, 指标目标. Only read in a row that also
 * holds the three level headers.
 */
// 预算设定指标值 / 年初设定指标值 / 申报指标值 (a 评价结果 or 自评 form beside 项目完成指标值, which is the actual, never this).
// 本年度指标值, 拟达到的目标值, 标准值 (the value column of some provinces' forms), 指标目标; 绩效标准 titles the basis (021, 121).
// 当年预期实现值 / 计划达到值 (湖北 市直 form, 240): the planned value, never 实际实现值, which is the actual.
const VALUE_HEADER = /^(?:(?:计划|年度|本年度|本年|当年|预期|(?:预算|年初|年度)?设定|申报)?指标值|(?:指标|年度|年初|全年|预期|绩效|计划|拟达到的?|拟实现的?)?目标值|(?:年度|目标|指标)?数值|预期(?:达到)?目标|(?:年度)?计划值|预期值|(?:当年|年度|本年度?)?(?:预期|计划)(?:实现|达到)值|标准值|指标目标$)/;

/** An operator column's title: 计算符号, 运算符(号), 比较符(号), 关系符号, 指标值符号, 符号. */
const OPERATOR_HEADER = /^(?:(?:计算|运算|比较|关系|指标值|目标值)符号?|符号)$/;
/** Whether an indicator-header key titles an operator column by name (not 指标性质, which some exports fill otherwise). */
export function isOperatorTitle(key: string): boolean {
  return OPERATOR_HEADER.test(key);
}

/** A scoring rule's title: 评（扣）分标准, 评分标准, 扣分标准, 计分方法, 评分规则. */
const SCORING_HEADER = /^(?:评[（(]?扣[)）]?分|评分|扣分|计分|打分)(?:标准|规则|办法|方法|说明)$/;

/**
 * Header cell of the indicator block → column role. Finance-system exports split the value over columns of their
 * own: "op" (指标性质 / 计算符号: ≥ ≤ =, sometimes 正向/反向 or 定性), "unit" (度量单位 / 计量单位), "kind"
 * (指标值类型: 定性/定量), "direction" (指标方向性: 正向/反向), "weight" (权重 / 分值), "note" (备注),
 * "standard" (绩效标准: 计划标准/历史标准).
 */
export function headerRole(rawKey: string): HeaderRole | null {
  const key = indicatorHeaderKey(rawKey).key;
  const lv = LEVEL_HEADER.exec(key);
  if (lv) return lv[1] === "二" ? "l2" : lv[1] === "三" ? "l3" : "l1";
  // 指标名称 titles the 三级 column of a three-level header (a header row without 一级/二级 is read elsewhere).
  if (key === "指标名称") return "l3";
  // 指标值确定依据, 指标值设定依据, 目标值设置依据, 依据: the basis, whichever verb (never the value its 指标值 starts with).
  if (key.startsWith("指标值确定") || /(?:确定|设定|设置|取值)依据$/.test(key) || key === "依据") return "basis";
  if (key === "指标值类型" || key === "指标类型" || key === "定性/定量" || key === "定量/定性" || key === "指标属性") return "kind";
  if (key === "指标值说明" || key === "指标值内容" || key === "指标说明") return "desc";
  // 中期目标 | 年度目标 under the indicator header (山东's copy of the central form): target columns titled by their period.
  if (VALUE_HEADER.test(key) || PERIOD_TARGET.test(key)) return "value";
  if (key.includes("描述") || key === "指标解释" || key === "指标说明及公式") return "desc";
  if (key === "指标性质" || OPERATOR_HEADER.test(key)) return "op";
  if (key === "指标方向" || key === "指标方向性" || key === "方向" || key === "指标方向类型") return "direction";
  if (/^(?:度量|计量|指标值|目标值)?单位(?:名称)?$/.test(key)) return "unit";
  if (/^(?:指标)?(?:权重|分值)(?:（[%分]）)?$/.test(key)) return "weight";
  if (key === "备注") return "note";
  if (key === "绩效标准" || key === "指标标准" || key === "指标标准或依据" || key === "评价标准") return "standard";
  // 评（扣）分标准, 评分标准, 计分方法: how the row is scored at the year's end, never its target.
  if (SCORING_HEADER.test(key)) return "standard";
  return null;
}

/** An operator as printed in an operator column ("≧", "═", ">=", "大于等于", "正向") → ≥ ≤ > < =; "" when none. */
export function operatorOf(text: string): string {
  // ≧ ≦ ═ ＞ as published are the operators ≥ ≤ = > of the value grammar.
  const t = normalizeWidth(text).replace(/\s+/g, "");
  if (!t || /定性/.test(t)) return "";
  if (/^(≥|≧|>=|＞=|⩾|大于等于|不低于|不少于)/.test(t)) return "≥";
  if (/^(≤|≦|<=|＜=|⩽|小于等于|不高于|不超过|不多于)/.test(t)) return "≤";
  if (/^(>|＞|大于|高于)/.test(t)) return ">";
  if (/^(<|＜|小于|低于)/.test(t)) return "<";
  if (/^(=|＝|═|等于)/.test(t)) return "=";
  if (/^正向/.test(t)) return "≥";
  if (/^反向/.test(t)) return "≤";
  return "";
}

/** 定性 / 定量 in an operator or kind column; null when the cell says neither. */
export function valueKindOf(text: string): "定性" | "定量" | null {
  const t = text.replace(/\s+/g, "");
  if (/定性/.test(t)) return "定性";
  if (/定量/.test(t)) return "定量";
  return null;
}

/** "3月底" → 3, "12月底前" → 12, "年底" → 12; null when no month is named. */
export function monthOf(label: string): number | null {
  const m = /(\d{1,2})\s*月/.exec(label);
  if (m) {
    const n = Number(m[1]);
    return n >= 1 && n <= 12 ? n : null;
  }
  if (/年底|年末|全年/.test(label)) return 12;
  const q = /第?([一二三四1-4])季度/.exec(label);
  if (q) return { 一: 3, 二: 6, 三: 9, 四: 12, "1": 3, "2": 6, "3": 9, "4": 12 }[q[1]] ?? null;
  return null;
}

/**
 * Framework-style 一级/二级 words: a row holding only such a word still belongs to the block. Many forms print the
 * level names without 指标 (产出 | 成本, 效益 | 可持续影响), and older ones as 产出数量 / 项目成本.
 */
const BARE_LEVEL = /^(?:产出|项目)?(?:产出|数量|质量|时效|成本)$|影响$/;
export function looksLikeLevelLabel(text: string): boolean {
  return text.length <= 12 && (/(指标|效益|满意度)$/.test(text) || BARE_LEVEL.test(text));
}
