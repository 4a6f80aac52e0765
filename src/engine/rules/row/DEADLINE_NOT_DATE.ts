import { defineRule } from "../defineRule";
import { isReportedPlaceholder } from "../shared/placeholders";
import { excelSerialDate } from "../shared/deadline";
import { rowFacts } from "../shared/rowFacts";
import { quoteValue } from "../shared/messages";
import { hasNumber, isPercent } from "../shared/valueFacts";
import { isNotTimelinessName, takesTimelinessPercent } from "../shared/indicatorKinds";

/** A count per period: 次/月, 次/周, 次/季度, 次/年. */
const PER_PERIOD = /\/(?:天|周|月|季度|半年|年|学期|工作日)$/;

/**
 * 每月15日前, 每季度末, 每年3月底前, 每周五前, 每季度首月15日前: the deadline of each period; 次月10日前, 下季度首月15日前 (a
 * monthly report due in the month after): the same, counted from the period reported on.
 */
const RECURRING_DEADLINE = /^(?:每(?:个)?(?:月|季度|季|年|年度|半年|周|星期|学期)(?:首月|末月)?|[次下](?:个)?(?:月|季度|季|周)(?:首月)?)(?:第?[\d一二三四五六七八九十]{1,2}(?:个工作日|日|号|月|天)|[一二三四五六日])?(?:底|末|前|内|之前|以前|前完成|底前|末前)+$/;

/**
 * A time limit counted from an event: 收到资金后30日内, 资金到位后15个工作日内, 接到报修后2小时内, 验收合格后1个月内完成;
 * or before one: 活动开展前5日内 (the leaflets are due then). The event fixes the date, the span the limit: a duration,
 * as ≤30天 is.
 */
const RELATIVE_LIMIT = /^[\u4e00-\u9fff（）()]{1,20}(?:后|起|前)[≤]?(?:\d+(?:\.\d+)?|[一二三四五六七八九十两]{1,3})(?:个)?(?:工作日|自然日|日|天|小时|周|个月|月|年)(?:内|以内|之内)(?:完成|办结|拨付|发放|到位|兑付)?$/;

/**
 * DEADLINE_NOT_DATE — a 时效 indicator whose value is neither a date, a duration nor the percentage of
 * a timeliness rate (及时率, 按时/按期…率) (R-TIME-003): `服务完成度 ≥95%`, `定期及时开展活动数量`.
 * Text values under 时效 are reported here only (not as VALUE_NOT_QUANTIFIED / RATE_NOT_PERCENT).
 */
/** Same-day standards of sanitation and service (日产日清, 日清日结, 随产随清, 即收即办): a time limit of one day. */
const SAME_DAY = /^(?:日产日清|日清日结|日产日结|随产随清|当日清运|当日办结|即收即办|即来即办|即到即办)$/;

export const rule = defineRule({
  meta: { code: "DEADLINE_NOT_DATE", severity: "warning", title: "时效指标不是时间", research: ["R-TIME-003"] },
  check(ctx) {
    const example = ctx.year !== null ? `${ctx.year}年12月31日前` : "××××年12月31日前";
    for (const f of rowFacts(ctx)) {
      if (f.category !== "时效") continue;
      const p = f.parsed;
      if (p.kind === "empty" || p.kind === "deadline" || p.kind === "duration" || p.unitClass === "time") continue;
      // 年 月 日前 left blank, or only a unit: VALUE_PLACEHOLDER says the date was never filled in.
      if (isReportedPlaceholder(p.raw)) continue;
      if (isPercent(p) && !p.mixed && takesTimelinessPercent(f.name)) continue;
      // A timeliness rate as a bare number (完成及时率 | 100): the missing % is the defect (RATE_NOT_PERCENT). Other bare
      // numbers under 时效 (完成时限 | 10, =44,561 an Excel date serial) are no time: this code's.
      if (hasNumber(p) && !p.mixed && p.unit === "" && takesTimelinessPercent(f.name) && f.rate) continue;
      // A frequency (考核 | 1次/月, 巡查 | 每周2次): how often, a time pattern of its own.
      if (hasNumber(p) && !p.mixed && p.normalizedUnit.includes("/") && PER_PERIOD.test(p.normalizedUnit)) continue;
      // 培训合格率 ≥90% under 时效: a misplaced quality rate or count (CATEGORY_MISMATCH says so), not a date left out.
      if (hasNumber(p) && !p.mixed && isNotTimelinessName(f.name)) continue;
      // A recurring deadline (每月15日前, 每季度末, 每年3月底前) is a time: the deadline of each period.
      if (RECURRING_DEADLINE.test(p.raw.replace(/\s+/g, ""))) continue;
      if (RELATIVE_LIMIT.test(p.raw.replace(/\s+/g, ""))) continue;
      if (SAME_DAY.test(p.raw.replace(/\s+/g, ""))) continue;
      const serial = hasNumber(p) && !p.mixed && p.unit === "" ? excelSerialDate(p.number, f.name) : null;
      if (serial) {
        const date = `${serial.year}年${serial.month}月${serial.day}日前`;
        ctx.report({
          row: f.index,
          cell: f.ind.value.cell,
          message: `时效指标${f.label}的指标值${quoteValue(p)}是日期变成的序号（即${serial.year}年${serial.month}月${serial.day}日），不是完成时间：请写成“${date}”。`,
          suggestion: date,
        });
        continue;
      }
      ctx.report({
        row: f.index,
        cell: f.ind.value.cell,
        message: `时效指标${f.label}的指标值${quoteValue(p)}不是时间。时效指标应写完成时间（如“${example}”）、时长（如“≤24小时”）或及时率（如“按时完成率=100%”）；其他内容请移到质量或数量指标。`,
      });
    }
  },
});
