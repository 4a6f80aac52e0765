import { defineRule } from "../defineRule";
import type { RuleHit } from "../types";
import { rowFacts, type RowFacts } from "../shared/rowFacts";
import { isBudgetExecutionName, isBurdenCostLevel, isEcological, isOtherThanEconomic, isMoneyBenefitName, isNoSatisfactionUnderIt, isNotApplicable, isNotTimelinessName, isOutputCountName, isTimelinessRateName } from "../shared/indicatorKinds";
import { hasNumber, isCeiling, isCount, isMoney, isPercent } from "../shared/valueFacts";
import { quoteValue } from "../shared/messages";
import { isPlaceholderRow } from "../shared/placeholderRow";
import { BENEFIT_WORDS, DISBURSED_MONEY } from "../../lexicon/effects";
import { namesItsCount } from "../shared/unitLexicon";

/**
 * Money the people served gain or are spared (挽回经济损失, 户均获得补贴资金, 减轻…教育支出): an effect measured in money,
 * not a cost. 降低成本 is the project's own cost (seed 004 #9) and stays a cost.
 */
// …and what it draws in or saves them (带动社会资本及居民出资, 减少养殖户疫病损失, 农机作业亩均节本).
const GAINED_OR_SPARED = /挽回|获得|取得|减轻|带动.*(?:投入|出资|投资)|减少.*损失|节本/;

/** A name that measures satisfaction itself (…满意度, …满意率), not something about a survey of it. */
const SATISFACTION_LAST = /满意(?:度|率|程度)(?:[（(][^）)]*[）)])?$/;

/**
 * Rates of how the work itself went: accepted on inspection, in good repair, paid out. 任务完成率 stays (a 部门整体
 * table's effect is its key tasks done, seed 004 曹妃甸), as do 及时率 of services and plain 合格率 (体质健康合格率).
 */
const OUTPUT_RATE = /(验收合格|验收通过|工程合格|完好|拨付|发放准确|发放及时|拨付及时)率$/;
/** Names where such a rate is the effect (就业完成率 is an output; 达标排放合格率 is an ecological effect). */
const EFFECT_OF_OUTPUT = /排放|水质|空气|土壤|森林|植被|考试|考核|学业|体质|健康|就业|脱贫|增收|入学|升学|治愈|康复|成活/;

/** A standard of support per person or unit (低保标准, 补助标准, 生活标准): a level, named as such. */
const STANDARD_NAME = /标准(?:[（(][^）)]*[）)])?$/;

/** Counts that measure quality: grades (个等级, 级), outputs adopted, endorsed or awarded. */
const QUALITY_COUNT = /等级|级$|采纳|批示|获奖|表彰|录用/;

/** A level or grade by name (修缮级别, 保护等级, 建设标准等级). */
const GRADE_NAME = /(级别|等级|档次|规格)$/;

/** A dimension of one item (宽度, 厚度, 高度, 直径, 深度, 口径): its specification, not an amount of output. */
const SPEC_DIMENSION = /(宽度|厚度|高度|直径|深度|口径|粗度|孔径)$/;
const LENGTH_UNIT = /^(毫米|厘米|分米|米|mm|cm|m)$/i;

/** One misclassification: the message and, for management measures, a lower severity. */
function diagnose(f: RowFacts, year: number | null): Pick<RuleHit, "message" | "severity"> | null {
  const p = f.parsed;
  if (f.category === "成本" && isBurdenCostLevel(f.l2)) {
    const text = `${f.name}${p.raw}`;
    const w = BENEFIT_WORDS.find((x) => text.includes(x));
    if (w)
      return { message: `${f.label}（${quoteValue(p)}）说的是项目带来的改善（“${w}”），是效益，不是${f.l2 === "社会成本指标" ? "社会" : "生态环境"}成本：请移到“效益指标”下；${f.l2}应写项目造成的负担并设上限，如“施工噪音≤55分贝”“临时占地≤2亩”。` };
    return null;
  }
  // 政策知晓率, 因粮食市场波动引起的粮食安全事件发生数 under 满意度 (094, 090): no rating by the people served.
  if (isNoSatisfactionUnderIt(f))
    return { message: `${f.label}不是满意度，不应放在满意度指标下：请移到对应的产出或效益指标下；满意度指标应写服务对象的满意程度，如“受益群众满意度≥90%”。` };
  if (f.category === null || f.category === "成本" || f.category === "满意度") return null;
  // 资助对象满意度 ≥95% under 质量指标 (051): a rating by the people served, not an output. A count or a date about a
  // survey (满意度调查次数 ≥2次, 满意度测评完成时间) is an output and stays.
  if (f.category !== "效益" && SATISFACTION_LAST.test(f.name) && p.kind !== "deadline" && !(hasNumber(p) && isCount(p)))
    return { message: `${f.label}是满意度，不是产出：请把该行移到“满意度指标—服务对象满意度指标”下；${f.l2 || "产出指标"}应写项目提供的产品或服务。` };
  // 完成时间 | 2025年10月底前 under 数量 or 质量: a date is a 时效 target wherever it is written.
  if ((f.category === "数量" || f.category === "质量") && p.kind === "deadline" && p.date && !p.mixed)
    return { message: `${f.label}（${quoteValue(p)}）是完成时间，应放在“时效指标”下；${f.category}指标应写${f.category === "数量" ? "产品或服务的数量，如“培训人数≥45人”" : "达到的标准或水平，如“验收合格率≥95%”"}。` };
  // Quoted only when a message is built (most rows pass); called directly, not through a closure made per row.
  switch (f.category) {
    case "质量":
      // 安全事故 0起, 投诉次数 ≤1次: few or no incidents is a quality the service keeps, not an amount of output; a
      // grade risen (耕地质量等级提升 ≥0.5个等级) and outputs adopted or praised (成果获批示或采纳数) are qualities too.
      if (hasNumber(p) && isCount(p) && !f.rate && !isPercent(p) && !(f.negative && (p.number === 0 || isCeiling(p))) && !QUALITY_COUNT.test(`${f.name}${p.normalizedUnit}`))
        return { message: `${f.label}（${quoteValue(p)}）是数量（计数）指标，应放在“数量指标”下；质量指标应反映达到的标准或水平，如“验收合格率≥95%”。` };
      // 农村低保标准 ≥530元/人·月 (092): the level of a benefit per person is the quality of what is handed out.
      if (hasNumber(p) && isMoney(p) && !(STANDARD_NAME.test(f.name) && p.unitClass === "unit-cost"))
        return { message: `${f.label}（${quoteValue(p)}）是金额，应放在“成本指标”下；质量指标应反映达到的标准或水平，如“验收合格率≥95%”。` };
      if (isBudgetExecutionName(f.name))
        return {
          message: `${f.label}是资金使用管理要求，不反映产出质量。质量指标应写产品或服务达到的标准，如“验收合格率≥95%”“培训合格率≥90%”。`,
          severity: "info",
        };
      return null;
    case "数量":
      // 修缮级别 | 市级保护单位 (200): a level or grade is a standard the output meets, not how much of it there is.
      if (GRADE_NAME.test(f.name) && !hasNumber(p) && p.kind === "text")
        return { message: `${f.label}（${quoteValue(p)}）是等级或标准，说的是产出达到的水平，应放在“质量指标”下；数量指标应写产出的数量，如“修缮文物建筑≥3处”。` };
      // 水标尺宽度 ≥50厘米 (057): a width, thickness, height or diameter is a specification the output meets, not how
      // much output there is (道路长度 ≥5公里 is).
      if (SPEC_DIMENSION.test(f.name) && hasNumber(p) && p.unitClass === "other" && LENGTH_UNIT.test(p.normalizedUnit))
        return { message: `${f.label}（${quoteValue(p)}）是规格尺寸，说的是产出达到的标准，应放在“质量指标”下；数量指标应写产出的数量，如“安装水尺≥10处”。` };
      if (f.rate || (hasNumber(p) && isPercent(p)))
        return { message: `${f.label}（${quoteValue(p)}）是比率，不是数量。数量指标应写提供产品或服务的数量，如“印刷期数≥4期”“培训人数≥45人”；比率可移到“质量指标”。` };
      if (hasNumber(p) && isMoney(p) && isMoneyBenefitName(f.name))
        return { message: `${f.label}（${quoteValue(p)}）是项目带来的经济效果，应放在“效益指标—经济效益指标”下；数量指标应写产品或服务的数量，如“培训人数≥45人”“奖励项目数≥10个”。` };
      // Money handed out or lent (创业担保贷款发放额) is the project's output volume. A bare number on a money name
      // (工程资金金额 | 43.2, 101) is an amount in the table's unit.
      // A name that counts its thing in so many words (宣传折页印制数量 ≥5万元) has a wrong unit (UNIT_MISMATCH), no cost.
      if (hasNumber(p) && (isMoney(p) || (f.money && p.unit === "" && !p.mixed && !isMoneyBenefitName(f.name))) && !DISBURSED_MONEY.test(f.name) && !namesItsCount(f.name))
        return { message: `${f.label}（${quoteValue(p)}）是金额，应放在“成本指标”下；数量指标应写产品或服务的数量，如“培训人数≥45人”。` };
      return null;
    case "时效":
      if (hasNumber(p) && isMoney(p))
        return { message: `${f.label}（${quoteValue(p)}）是金额，应放在“成本指标”下；时效指标应写完成时间或及时率，如“${year ?? "××××"}年12月31日前”。` };
      if (hasNumber(p) && !p.mixed && isNotTimelinessName(f.name))
        return isPercent(p)
          ? { message: `${f.label}（${quoteValue(p)}）说的是达到的标准，不是时间，应放在“质量指标”下；时效指标应写完成时间或及时率，如“${year ?? "××××"}年12月31日前”“按时完成率=100%”。` }
          : { message: `${f.label}（${quoteValue(p)}）是产出数量，不是时间，应放在“数量指标”下；时效指标应写完成时间或及时率，如“${year ?? "××××"}年12月31日前”。` };
      return null;
    case "效益": {
      // 保障期限 | 2020年1月--2020年11月 under 可持续影响 (103): a date or period within the budget year is when the work is
      // done — a 时效 target. A date beyond the year may state how long an effect lasts and stays.
      if (p.kind === "deadline" && p.date && (year === null || p.date.year === null || p.date.year <= year))
        return { message: `${f.label}（${quoteValue(p)}）是完成时间，不是效益：请移到“产出指标—时效指标”下；效益指标应写项目带来的效果，如“带动就业人数≥50人”。` };
      if (f.satisfaction)
        return { message: `${f.label}是满意度，不是效益：请把该行移到“满意度指标—服务对象满意度指标”下；效益指标应写项目带来的效果，如“空气质量优良天数≥300天”。` };
      if (f.l2 === "经济效益指标" && !isMoney(p)) {
        const text = `${f.name}${f.ind.description?.text ?? ""}${p.raw}`;
        if (isOtherThanEconomic(text) && !isNotApplicable(p.raw))
          return { message: `${f.label}与经济效果无关，不宜作为经济效益指标。经济效益指标应写收入、产值、节约资金、带动就业等，如“带动农户增收≥500元/户”；其他效果请移到“社会效益指标”下。` };
      }
      if (f.l2 === "生态效益指标") {
        const text = `${f.name}${f.ind.description?.text ?? ""}${p.raw}`;
        if (!isEcological(text))
          return { message: `${f.label}与生态环境无关，不宜作为生态效益指标。请改为反映生态环境效果的指标（如“节约用电量≥5%”），或移到“社会效益指标”下。` };
      }
      // Money is a benefit when the name says what it earns or saves (增加农户收入 ≥11.376万元 under 经济效益), or what the
      // people served gain or are spared (为受援人挽回经济损失, 户均获得补贴资金, 减轻困难家庭教育支出).
      if (hasNumber(p) && (isMoney(p) || (f.money && !isPercent(p) && !isCount(p))) && !isMoneyBenefitName(f.name) && !GAINED_OR_SPARED.test(f.name))
        return { message: `${f.label}（${quoteValue(p)}）是金额，属于成本指标；效益指标应反映项目带来的效果，如“节约资金率≥5%”“带动就业人数≥100人”。` };
      // 验收合格率, 任务完成率, 资金拨付及时率 under 效益: how well or when the work was done — an output, not its effect.
      if (OUTPUT_RATE.test(f.name) && !EFFECT_OF_OUTPUT.test(f.name))
        return { message: `${f.label}衡量的是工作完成的质量或进度，属于产出，应放在“产出指标”的质量或时效指标下；效益指标应反映产出带来的效果，如“政策知晓率≥80%”“带动就业人数≥50人”。` };
      if (hasNumber(p) && isCount(p) && !f.negative && isOutputCountName(f.name, p.normalizedUnit))
        return { message: `${f.label}（${quoteValue(p)}）是产出数量，应放在“产出指标—数量指标”下；效益指标应反映产出带来的效果，如“政策知晓率≥80%”。` };
      return null;
    }
    default:
      return null;
  }
}

/**
 * CATEGORY_MISMATCH — the row's content does not fit its 二级 (R-STR-006/007/008): a count under 质量,
 * a rate under 数量, money outside 成本 (an income or saving under 数量 is named an economic benefit; under 效益 it is
 * one), satisfaction under 效益, an output count under 效益, non-ecological text under 生态效益. Rows the filler marks
 * as not applying (本项目不适用此指标) are accepted.
 * Points at the 三级指标 cell (the indicator is what has to move or be rewritten); no suggestion,
 * because the fix is moving the row, not a new cell value. Budget-execution measures under 质量 are
 * reported as info (the research calls them management measures, a softer problem).
 */
export const rule = defineRule({
  meta: { code: "CATEGORY_MISMATCH", severity: "warning", title: "指标内容与二级指标不符", research: ["R-STR-006", "R-STR-007", "R-STR-008"] },
  check(ctx) {
    for (const f of rowFacts(ctx)) {
      if (f.category === "时效" && isTimelinessRateName(f.name)) continue;
      // "本项目不适用此指标 | 无": the filler says the 二级 does not apply; a reviewer accepts it.
      if (isNotApplicable(f.name) || isNotApplicable(f.ind.value.text)) continue;
      const d = diagnose(f, ctx.year);
      // A template row (……, 指标2 with no value) is TEMPLATE_PLACEHOLDER_ROW's: it measures nothing to misplace.
      if (!d || isPlaceholderRow(f)) continue;
      // A literal rather than a spread of d; severity only when the diagnosis lowers it (as the spread did).
      const hit: RuleHit = { row: f.index, cell: f.ind.level3.cell, message: d.message };
      if ("severity" in d) hit.severity = d.severity;
      ctx.report(hit);
    }
  },
});
