import { defineRule } from "../defineRule";
import { rowFacts } from "../shared/rowFacts";
import { formatValue, quoteValue, writtenUnit } from "../shared/messages";
import { hasNumber, isNotedTarget } from "../shared/valueFacts";
import { intendedOperator } from "../shared/suggest";
import { impliedUnit } from "../shared/indicatorKinds";
import { embeddedQuantities } from "../shared/embedded";
import { isGradedAnswer } from "../shared/vague";

/**
 * VALUE_MIXED_TEXT — a number fused with prose (`≥700按计划完成工作`) (R-VAL-004). The one code for
 * such values (no VALUE_NO_UNIT / VALUE_NO_OPERATOR on top). On 满意度 rows SATISFACTION_NOT_PERCENT
 * reports the cell too (the seed fixtures expect both: prose in the cell, and no percentage). The
 * suggestion keeps the number and operator, drops the prose and adds the unit written or implied by
 * the name; for 满意度 it is left to SATISFACTION_NOT_PERCENT (a fused "1" is too ambiguous).
 */
/**
 * Words that only say what the number counts: (全部/足额…)完成, 到位, 拨付, 发放 …, or the quality the rate measures
 * (100%准确, 100%合格, 100%及时), optionally after a share.
 */
const ACTION_TAIL = /^(?:[≥≤=]?\d+(?:\.\d+)?[%％])?(?:全部|全额|足额|按时|及时|按期)?(?:完成|到位|达标|拨付|发放|兑付|兑现|落实|办结|覆盖|支付|准确|合格|合规|正确|及时|按时)$/;

/** The share of the work due by a deadline, after it: 完成50%, 拨付≥80%, 支付进度达到60%. */
const DEADLINE_SHARE = /^(?:完成|拨付|支付|到位|执行|发放|支出)?(?:进度|率)?(?:达到|不低于)?[≥]?\d+(?:\.\d+)?[%％](?:以上)?$/;

/**
 * Whole values that read as one target although the parser keeps words around the number — accountants' usual forms,
 * each still one number with its unit (a grammar, not a list of tables' strings):
 * - a change against a base: 同比增长5%, 较上年增长≥5%, 提高3个百分点, 下降2%以内;
 * - a frequency with its period first: 每年≥2次, 每季度不少于1次;
 * - a score with its scale: ≥4.5分(满分5分), ≥90分（百分制）;
 * - a ratio: 1:1, ≤1:15, 师生比不低于1:20;
 * - a tolerance: ≤±5%.
 */
const ONE_TARGET_FORMS: readonly RegExp[] = [
  /^(?:较上年|比上年|较去年|比去年|较上一?年度|同比|环比|较20\d\d年|比20\d\d年)?(?:增长|增加|提高|提升|上升|下降|减少|降低|压减|增幅)(?:[≥≤>＞]|不低于|不少于|达到|超过)?\d+(?:\.\d+)?(?:%|％|个百分点)(?:以上|以内|左右)?$/,
  /^每(?:年|半年|季度|季|月|周|天|日|学期|学年)(?:[≥≤=＝]|不少于|不低于|至少)?\d+(?:\.\d+)?(?:次|期|场|批|轮|篇|份|人次|场次|批次|个|项)(?:以上)?$/,
  /^(?:[≥≤=＝]|不低于)?\d+(?:\.\d+)?分[（(](?:满分\d+分?|百分制|\d+分制)[)）]$/,
  /^[^\d]{0,6}?(?:[≥≤=＝]|不低于|不高于|不超过)?\d+(?:\.\d+)?[:：]\d+(?:\.\d+)?$/,
  /^(?:[≤]|不超过)?[±]\d+(?:\.\d+)?[%％](?:以内)?$/,
];

/** Words that make a target approximate or aspirational, around an otherwise clean number. */
const APPROXIMATION = /^(?:约|大约|大概|预计|力争|争取|计划|左右|上下|许)$/;

/**
 * The measure named before a clean target (副高以上职称占比≥50%, 合格率≥95%, 培训人数不少于200人): one target with its
 * name written into the value cell. Readable — a warning whose suggestion keeps the target.
 */
const NAMED_MEASURE = /^[\u4e00-\u9fff]{1,12}(?:率|占比|比例|比重|人数|人次|次数|数量|户数|个数|天数|面积|长度|里程|金额|成本|标准)$/;

/** A change word before the number (增加5万元, 提高5%): the amount of change is a floor. */
const CHANGE_LEAD = /^(?:提高|提升|增长|增加|新增|减少|降低|下降|缩短|压缩|节约)$/;

export const rule = defineRule({
  meta: { code: "VALUE_MIXED_TEXT", severity: "error", title: "指标值数字与文字混写", research: ["R-VAL-004"] },
  check(ctx) {
    for (const f of rowFacts(ctx)) {
      const p = f.parsed;
      if (p.kind === "text" && !p.mixed && f.category !== "时效" && !f.qualitative && !isGradedAnswer(p.raw.replace(/\s+/g, ""), f.name)) {
        // A target written inside a sentence (补助资金及时到位100%, 对学校2400平米体育场馆补贴5万元。).
        const qs = embeddedQuantities(p.raw);
        if (!qs.length) continue;
        const q = qs.length === 1 ? qs[0] : null;
        const s = q && !f.satisfaction ? formatValue(/[%％]/.test(q.unit) && q.number === 100 ? "=" : intendedOperator(f, p, q.number), q.number, q.unit) : undefined;
        ctx.report({
          row: f.index,
          cell: f.ind.value.cell,
          // One target in a sentence (带动就业50人以上, 补助资金及时到位100%) can still be read and is rewritten on the spot: a
          // warning with the target as suggestion. Several numbers in prose cannot be assessed as one target: an error.
          ...(s ? { severity: "warning" as const } : {}),
          message:
            `${f.label}的指标值${quoteValue(p)}把目标数字写在句子里，无法考核。` +
            (s ? `请只保留“符号+数值+单位”，如“${s}”；说明文字可写入绩效指标描述。` : "请拆成“符号+数值+单位”形式的指标值（每个数字一条指标），说明文字写入绩效指标描述。"),
          ...(s ? { suggestion: s } : {}),
        });
        continue;
      }
      // A grade scale with its criteria (好：≥90%；较好：80%-90%) is a graded standard, not a number fused with prose.
      if (!p.mixed || isGradedAnswer(p.raw.replace(/\s+/g, ""), f.name)) continue;
      const compact = p.raw.replace(/\s+/g, "");
      if (ONE_TARGET_FORMS.some((re) => re.test(compact))) continue;
      // A readable deadline with words around it ("12月底前全部拨付", "完成时间≤2025年12月31日") is a time value: the words
      // name the action or the indicator, not a second number. Only prose holding numbers stays this code's.
      if (p.kind === "deadline" && !/\d/.test(p.extraText)) continue;
      // A milestone: a deadline with the share due by then (2026年6月底前完成50%, 9月底前拨付80%) is one 时效 target.
      if (p.kind === "deadline" && DEADLINE_SHARE.test(p.extraText.replace(/\s+/g, ""))) continue;
      // An action word after the target (100%到位, ≥95%完成, 12月底前100%到位) names what is measured, like the action
      // after a deadline: the value stays readable.
      if (ACTION_TAIL.test(p.extraText.replace(/\s+/g, ""))) continue;
      // A short note in brackets after a clean target (100%（全覆盖）) explains it; the target is still readable.
      if (isNotedTarget(p)) continue;
      let s: string | undefined;
      if (hasNumber(p) && !f.satisfaction) {
        const unit = writtenUnit(p) || p.normalizedUnit || impliedUnit(f.name, ctx.table.unit, p.number);
        // 增加5万元, 降低5%: the change itself is the target, at least that much (≥), whatever the row's direction.
        const op = p.operator ?? (CHANGE_LEAD.test(p.extraText.trim()) ? ">=" : intendedOperator(f, p));
        if (unit) s = formatValue(op, p.number, unit);
      }
      const prose = p.extraText.trim();
      // The measure's name before the target (副高以上职称占比≥50%): one readable target, a warning that moves the name.
      if (s && p.raw.trim().startsWith(prose) && NAMED_MEASURE.test(prose)) {
        ctx.report({
          row: f.index,
          cell: f.ind.value.cell,
          severity: "warning",
          message: `${f.label}的指标值${quoteValue(p)}把指标名称“${prose}”也写了进去：请把它写入三级指标（如“${prose}”），指标值只写“${s}”。`,
          suggestion: s,
        });
        continue;
      }
      ctx.report({
        row: f.index,
        cell: f.ind.value.cell,
        // An approximate target (约200人, 200人左右, 力争200人): the number is readable and only its exactness is
        // missing — a warning with the target as suggestion. Prose beside a number (≥700按计划完成工作) stays an error.
        ...(s && APPROXIMATION.test(prose.replace(/\s+/g, "")) ? { severity: "warning" as const } : {}),
        message:
          `${f.label}的指标值${quoteValue(p)}把数字和文字${prose ? `“${prose}”` : ""}写在一起，无法考核。` +
          (s ? `请只保留“符号+数值+单位”，如“${s}”；说明文字可写入绩效指标描述。` : "请只保留“符号+数值+单位”（如“≥45人”），说明文字写入绩效指标描述。"),
        ...(s ? { suggestion: s } : {}),
      });
    }
  },
});
