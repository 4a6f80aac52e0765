import { defineRule } from "../defineRule";
import { rowFacts } from "../shared/rowFacts";
import { quoteValue } from "../shared/messages";
import { abstractRunningRate, projectNameAsIndicator, sloganOf } from "../shared/measurable";
import { hasNumber, isPercent } from "../shared/valueFacts";

/** A 三级 that is a verdict on a result, not a thing counted: 效果显著, 成效明显, 社会效益良好, 影响深远. */
const VERDICT_NAME = /^(?:项目)?(?:社会|经济|生态)?(?:效果|效益|成效|作用|影响力?)(?:良好|较好|显著|明显|突出|较大|很大|深远|可持续|持久)$/;

/**
 * INDICATOR_NOT_MEASURABLE — a 三级指标 that is a slogan or a work goal (维护社会稳定, 促进村集体经济发展,
 * 确保日常工作正常运行, 项目维持时效) carrying a percentage that says nothing about what is counted (R-VAL-005:
 * indicators must be measurable). Names with a measurable head (…率, …人数, 满意度, 金额 …) pass whatever verb they
 * start with; 满意度 rows are SATISFACTION_*'s. A 三级 that is only a verdict on a result (效果显著) is reported whatever
 * its value. No suggestion: the indicator itself has to be rewritten.
 */
export const rule = defineRule({
  meta: { code: "INDICATOR_NOT_MEASURABLE", severity: "warning", title: "指标无法计量", research: ["R-VAL-005"] },
  check(ctx) {
    for (const f of rowFacts(ctx)) {
      const p = f.parsed;
      // A name that is itself only a verdict (效果显著, 成效明显 as the 三级, 201): whatever the value, nothing is named.
      if (VERDICT_NAME.test(f.name)) {
        ctx.report({
          row: f.index,
          cell: f.ind.level3.cell,
          message: `${f.label}是对效果的评价（“${f.name}”），不是指标名称，看不出考核什么。请写明考核的对象，如“…覆盖率”“受益人数”“…次数”，并在指标值中写可考核的目标。`,
        });
        continue;
      }
      // A percentage, or a bare number (学校发展能力 | 100, 101): neither says what is counted on a slogan's name.
      const bare = !p.mixed && p.unit === "";
      if (f.satisfaction || !hasNumber(p) || !(isPercent(p) || bare)) continue;
      const slogan = sloganOf(f.name) ?? abstractRunningRate(f.name, f.ind.description?.text ?? "");
      if (!slogan) {
        const work = projectNameAsIndicator(f.name, ctx.table.header.projectName?.text ?? "");
        if (work)
          ctx.report({
            row: f.index,
            cell: f.ind.level3.cell,
            message: `${f.label}只是项目（工作）的名称，不是可计量的指标，指标值${quoteValue(p)}说不出是什么的${bare ? "数量" : "百分比"}。请写明考核什么，如“…检验覆盖率≥95%”“…检查次数≥N次”“…问题整改率=100%”。`,
          });
        continue;
      }
      ctx.report({
        row: f.index,
        cell: f.ind.level3.cell,
        message:
          `${f.label}是工作口号或目标（“${slogan}”），不是可计量的指标，指标值${quoteValue(p)}说不出是什么的${bare ? "数量" : "百分比"}。` +
          `请改为能统计的指标，写明统计对象，如“…覆盖率≥95%”“受益人数≥N人”“…次数≥N次”，或改用分级的定性标准。`,
      });
    }
  },
});
