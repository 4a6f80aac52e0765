/**
 * Whether a 三级指标 names something that can be counted or measured, or is a slogan / work goal
 * (维护社会稳定, 促进村集体经济发展, 确保日常工作正常运行) to which a percentage is attached that measures nothing.
 * The word lists are data, grown from the published tables of the corpus; the test is one pass per distinct name.
 */
import { textMemo } from "../../memo";

/** Verbs of slogans and work goals: they say what the project wants, not what is counted. */
export const SLOGAN_VERBS: readonly string[] = [
  "促进", "维护", "确保", "保障", "推动", "推进", "保护", "保证", "助力", "加强", "加快", "营造", "巩固", "增强", "带动",
  "维持", "改善", "优化", "强化", "落实", "服务于", "致力于", "夯实", "深化", "打造", "构建", "弘扬", "繁荣", "振兴",
  "提升", "提高", "满足", "激发", "调动", "办好",
  // 通过注射疫苗,可以有效降低疫苗针对传染病的发生 | 40% (120): a reduction wished for, not a rate of anything.
  "降低", "减少", "扩大", "发挥", "实现", "遏制", "防止", "杜绝",
  // 减轻…家庭经济负担 | ≥95%: a burden eased, by no measure.
  "减轻", "缓解", "减缓",
  // 兜住兜准兜牢民生底线 | 100%, 全市不发生重大食品安全事故 | 100%: a pledge as the name; what share of what?
  "兜住", "兜牢", "兜准", "不发生", "不出现",
  // 讲好…故事, 唱响…品牌, 擦亮…名片 | 100%: publicity slogans; what share of what?
  "讲好", "唱响", "叫响", "擦亮",
  // 筑牢…生态安全屏障, 守住…底线, 织密…保障网 | 100%: a pledge of protection.
  "筑牢", "守牢", "守住", "织密", "织牢",
  // 凝聚…强大合力, 汇聚…正能量 | 100%: a rallying call, and 为…提供支撑 / 提供保障 | 95%: a service claimed, not counted.
  "凝聚", "汇聚", "提供数据支撑", "提供决策支撑", "提供支撑", "提供决策依据", "提供依据", "提供参考", "提供保障", "提供有力保障",
  // 丰富农牧民群众精神文化生活 | 100%: a life enriched, by no measure.
  "丰富",
  // 严厉打击欺诈骗保，守护好群众“看病钱” | ≥95%: a campaign's watchword (打击…案件数 has a head and passes).
  "打击", "守护",
];

/**
 * Heads that make a name measurable: a rate, a count, an amount, a score, a time, a share. A name holding one of
 * them (促进就业人数, 提升服务满意度, 保障对象覆盖率) is an indicator, whatever verb it starts with.
 */
export const MEASURABLE_HEADS: readonly string[] = [
  "率", "满意度", "数", "量", "人次", "比例", "比重", "占比", "百分比", "金额", "费用", "成本", "面积", "长度", "里程",
  "时间", "时长", "时限", "天数", "期限", "周期", "得分", "分值", "评分", "指数", "等级", "名次", "排名", "收入", "产值",
  "规模", "标准", "达标", "合格", "覆盖", "完成", "知晓", "感", "满意", "程度", "进度", "增收", "增幅", "增速", "%",
  // Quantities consumed or emitted (减少碳排放 ≥5%, 降低能耗 ≥10%, 节约用水): a change of them is measured.
  "排放", "能耗", "用电", "用水", "用能", "支出", "开支",
];

function anyOf(words: readonly string[]): RegExp {
  return new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));
}

const SLOGAN_RE = anyOf(SLOGAN_VERBS);
/** 量 and 数 inside words that count nothing (质量, 力量, 能量, 数据, 数字化) are no measurable head. */
const MEASURABLE_RE = new RegExp(anyOf(MEASURABLE_HEADS).source.replace(/(^|\|)量(?=\||$)/, "$1(?<![质力能考分])量").replace(/(^|\|)数(?=\||$)/, "$1数(?![据字码])"));
/**
 * Names that only restate a quality of the project without an object: 项目效果, 社会效益, 资金使用情况, 社会稳定, and the
 * outcome of an assessment (大厅业务日常考核结果 100%, 058: a result, not what share of what). 居民健康素养水平 and
 * 城镇化水平 are survey rates with a definition (the share of residents with basic health literacy): they measure.
 */
const ABSTRACT_NAME = /^(项目)?(维持|持续|长期)?(时效|效果|效益|影响|作用|成效|意义)$|(情况|效果|成效|作用|影响|(?<!素养|化)水平|能力|意识|氛围|形象|秩序|稳定|面貌|公平公正|公开透明|公正|考核结果|评价结果|检查结果|质量管理|安全管理|规范管理|文明施工|安全施工|规范施工)$/;

/** The slogan verb of a name that measures nothing (the word to quote), or null for a measurable name. */
export const sloganOf = textMemo(5000, (name: string): string | null => {
  if (!name || MEASURABLE_RE.test(name)) return null;
  const verb = SLOGAN_RE.exec(name);
  if (verb) return verb[0];
  const abstract = ABSTRACT_NAME.exec(name);
  return abstract ? abstract[0] : null;
});

/**
 * A name that only repeats the project's name, or a part of it, with nothing counted (特种设备安全监察 in
 * 特种设备安全监察及检验): the name of the work, not an indicator of it. Null for a measurable name or a short one.
 */
export function projectNameAsIndicator(name: string, projectName: string): string | null {
  if (name.length < 4 || !projectName.includes(name) || MEASURABLE_RE.test(name)) return null;
  return name;
}

/**
 * A rate of abstract work running normally (机关事务正常运转率, 日常工作正常开展率): nothing is counted, since the
 * subject is the office's work as a whole, not devices, sites or cases (设备正常运行率 is an uptime and passes).
 */
const ABSTRACT_RUNNING_RATE = /(机关|事务|单位|部门|日常|各项|业务|工作)(正常|有序|顺利)(运转|运行|开展)率$/;
/** A description that defines a rate (a formula or a ratio): 计算, 公式, 比, ÷, =, 占, 数/总数. */
const DEFINES_RATE = /计算|公式|比|÷|\/|=|＝|占|总数|次数|个数/;

/** The rate name of abstract work, when its description does not say what is counted; else null. */
export function abstractRunningRate(name: string, description: string): string | null {
  const m = ABSTRACT_RUNNING_RATE.exec(name);
  if (!m || DEFINES_RATE.test(description)) return null;
  return m[0];
}
