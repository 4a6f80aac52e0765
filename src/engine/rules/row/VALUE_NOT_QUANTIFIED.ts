import { defineRule } from "../defineRule";
import type { IndicatorRow } from "../../types";
import { rowFacts } from "../shared/rowFacts";
import { isReportedPlaceholder } from "../shared/placeholders";
import { quoteValue } from "../shared/messages";
import { compareKey, isBurdenCostLevel } from "../shared/indicatorKinds";
import { embeddedQuantities } from "../shared/embedded";
import { COVERAGE_PROSE, DURATION_ANSWER, findVague, isGradedAnswer, isSentence, isYesNoAnswer } from "../shared/vague";

/** A past-tense report of work done (已完成, 已落实): a self-evaluation's result, not a target. */
const PAST_DONE = /^已(?:经)?(?:完成|落实|实现|开展|办结|发放|到位)$/;
/** Names that ask whether something is done (是否按时完成, 任务完成情况, 政策落实): there 已完成 answers the question. */
const ASKS_DONE = /是否|完成|落实|情况|到位|实现/;

/** What the row says about how its value is judged: description, basis, the export's 备注 and 绩效标准 cells. */
function explanationOf(ind: IndicatorRow): string {
  return [ind.description, ind.basis, ind.parts?.note, ind.parts?.standard].map((c) => c?.text ?? "").join("；");
}

/** 可持续影响 asks how long an effect lasts: 长期 is its customary answer. */
const SUSTAINABILITY = /可持续|持续影响|长效/;

/**
 * VALUE_NOT_QUANTIFIED — vague text where a measurable value is expected (R-VAL-005, R-VAL-008):
 * phrases of the vague-words list (有所提升, 持续保障, 得到…充分认可…), values that repeat the 三级
 * name, and sentences. Graded answers (优/良/达标/是…) pass. Text under 时效, 成本 and 满意度, and rates
 * written as text, belong to DEADLINE_NOT_DATE, COST_NOT_MONEY and the *_NOT_PERCENT codes (a vague word on a rate,
 * 覆盖率 | 提高, is reported here as well: reviewers name either code); text under a burden
 * cost (社会成本/生态环境成本 “减少”) is judged here.
 * For 效益 rows the message proposes a measurable form.
 */
export const rule = defineRule({
  meta: { code: "VALUE_NOT_QUANTIFIED", severity: "warning", title: "指标值未量化", research: ["R-VAL-005", "R-VAL-008"] },
  check(ctx) {
    for (const f of rowFacts(ctx)) {
      const p = f.parsed;
      if (p.kind !== "text" || p.mixed || isReportedPlaceholder(p.raw)) continue;
      // Text under a burden cost (社会成本 “减少”) is no cost written as text: it is an unquantified burden, judged here.
      if (f.category === "时效" || (f.category === "成本" && !isBurdenCostLevel(f.l2)) || f.satisfaction) continue;
      const text = p.raw.replace(/\s+/g, "");
      if (!text) continue;
      // A rate answered with a vague word (覆盖率 | 提高, 就业率 | 显著): RATE_NOT_PERCENT asks for a percentage, and the
      // word itself is a vague answer — reviewers name either (130, 230) or both (052). Other text on a rate is only
      // RATE_NOT_PERCENT's.
      if (f.strictRate && !findVague(text)) continue;
      // A number with its unit inside the sentence is VALUE_MIXED_TEXT's (one code per defect).
      if (!f.qualitative && embeddedQuantities(p.raw).length) continue;
      let why: string | null = null;
      if (PAST_DONE.test(text) && !ASKS_DONE.test(f.name) && (f.category === "数量" || f.category === "质量")) {
        // 食品安全监管人员培训 | 已完成 (061): a report of work done, not a target — how many, to what standard?
        why = "只说明工作“已完成”，不是目标值，看不出要完成多少、达到什么标准";
      } else if (isGradedAnswer(text, f.name, explanationOf(f.ind))) {
        // A graded answer stands where the profile allows graded targets; under 效益 a stricter profile wants a number.
        if (ctx.profile.gradedQualitative || f.category !== "效益") continue;
        why = "是定性等级，本配置要求效益指标量化";
      } else if (isYesNoAnswer(text)) {
        // 是/否 answers a 是否… question; on other names it does not say what is achieved.
        if (f.category !== "效益") continue;
        why = "只回答了“是/否”，看不出要达到什么效果";
      }
      if (!why && DURATION_ANSWER.test(text) && (SUSTAINABILITY.test(f.l2) || SUSTAINABILITY.test(f.name))) continue;
      if (!why) {
        const vk = compareKey(text);
        const nk = f.nameKey;
        const vague = findVague(text);
        // The name written again with a subject in front (符合政策规定 → 专项补助使用符合政策规定) says no more than it.
        const restates = vk && nk && nk.length >= 4 && vk.length > nk.length && vk.endsWith(nk) && !isGradedAnswer(vk.slice(0, -nk.length), f.name);
        if (vk && nk && (vk === nk || (vk.length >= 4 && nk.includes(vk)) || restates)) why = "只是重复了指标名称";
        else if (COVERAGE_PROSE.test(text) && !f.rate) why = "只描述了覆盖范围，没有可考核的数量（如场次、人次）";
        else if (vague) why = vague === text ? "是模糊表述，没有可衡量的目标" : `含模糊表述“${vague}”，没有可衡量的目标`;
        else if (isSentence(text)) why = "是一句描述，不是可考核的目标值";
      }
      if (!why) continue;
      const how = f.strictRate
        ? "比率指标请写成百分比目标，如“≥90%”（写明统计口径）。"
        : f.qualitative
          ? "定性指标应写成可分级判断的标准（如“好/较好/一般/差”中的一档），并在指标解释中写明各档的评判标准；能量化的请改为定量指标。"
          : f.category === "效益"
            ? "效益指标应写可统计的结果，如“政策知晓率≥80%”“受益企业数≥50家”“因服务问题导致的投诉次数=0次”；确实无法量化的，写成可分级判断的标准（如“优/良/中/差”）并在描述中说明评判方法。"
            : "请改为“符号+数值+单位”形式的目标值（如“≥45人”“≥95%”）；确实无法量化的，写成可分级判断的标准（如“优/良/中/差”）。";
      ctx.report({ row: f.index, cell: f.ind.value.cell, message: `${f.label}的指标值${quoteValue(p)}${why}。${how}` });
    }
  },
});
