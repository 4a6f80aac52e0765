/**
 * What kind of indicator a 三级指标 name describes: a rate, a negative (反向) indicator, a count, a
 * per-capita cost, a report… Row rules share these heuristics so one table of words decides them all.
 *
 * The word lists are data (edit them here, not in rule code). Every pattern is compiled once at module
 * load; the functions below are called once per row (see rowFacts.ts), never per rule.
 */

import { FIELD_MARKER_AFTER_NAME } from "../../lexicon/templateMarks";

/** Build one alternation regex from a word list (words are literal text, escaped). */
function anyOf(words: readonly string[], flags = ""): RegExp {
  return new RegExp(`(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`, flags);
}

/** "任务1: ", "任务4：" prefixes of department-level (成都) tables, and stray spaces/line breaks. */
const TASK_PREFIX = /^任务\s*[0-9０-９一二三四五六七八九十]+\s*[:：.、]\s*/;
const SPACES = /[\s\u3000]+/g;

const HAS_SPACE = /[\s\u3000]/;
/**
 * What forms print around a 三级 name that is not the name: numbering (1. / 1、 / （1） / （一） / 一、 / ① / 指标1：),
 * importance marks (★★★, *), and a field marker after it (（核心指标）, （必填）; lexicon/templateMarks.ts). Rules read
 * the name without them.
 */
const NAME_NUMBERING = /^(?:(?:\d{1,2}[.、．](?!\d)|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}、|[\u2460-\u2473]|指标\d{1,2}[:：.、]?(?=\D))\s*)+/;
const NAME_MARKS = /^[*＊★☆]+/;
const NAME_WORD = /[\u4e00-\u9fffA-Za-z]/;
/** A cheap test before the three replaces: a digit, bracket, mark, 、 or ①… at the start, or a bracket at the end. */
const NAME_DECOR_HINT = /^[\d（(一二三四五六七八九十\u2460-\u2473*＊★☆指]|[)）]$/;
const TASK_CHAR = 0x4efb; // 任

/** The 三级指标 name as compared by rules: no 任务N prefix, no spaces or line breaks. (Tests before replacing: names are usually clean.) */
export function cleanName(text: string): string {
  let s = String(text ?? "");
  if (HAS_SPACE.test(s)) s = s.replace(SPACES, "");
  if (s.charCodeAt(0) === TASK_CHAR) s = s.replace(TASK_PREFIX, "");
  if (NAME_DECOR_HINT.test(s)) {
    // Only when a name is left: a bare “指标1” or “指标2：” is a template's empty slot, which the placeholder rules read.
    const bare = s.replace(NAME_MARKS, "").replace(NAME_NUMBERING, "").replace(FIELD_MARKER_AFTER_NAME, "");
    if (NAME_WORD.test(bare)) s = bare;
  }
  return s;
}

/** Key used to compare two names or a name with a value: also ignores bracket width and punctuation. */
const COMPARE_PUNCT = /[()（）%％,，。.;；:："“”'‘’、]/g;
/** Full-width forms and other compatibility characters that NFKC would change (checked before paying for it). */
const NEEDS_NFKC = /[\uFF01-\uFF5E\u2460-\u24FF\u3200-\u33FF\uF900-\uFAFF]/;
const HAS_COMPARE_PUNCT = /[()（）%％,，。.;；:："“”'‘’、]/;
export function compareKey(text: string): string {
  let s = cleanName(text);
  if (NEEDS_NFKC.test(s)) s = s.normalize("NFKC");
  return HAS_COMPARE_PUNCT.test(s) ? s.replace(COMPARE_PUNCT, "") : s;
}

// ---------------------------------------------------------------------------------------------
// Rates

/** "…率" and "（%）" names are percentages. */
const RATE_NAME = /率|[（(]\s*[%％]\s*[）)]|百分比|比例|占比/;
/** "率" words that are not percentages. */
// 图像扫描分辨率 ≥300dpi, 视频码率, 帧率: a measure of its own unit, not a share.
const NOT_PERCENT_RATE = anyOf(["效率", "频率", "功率", "汇率", "速率", "税率表", "利率表", "分辨率", "码率", "帧率"]);
/** Growth rates may legitimately exceed 100%. */
const GROWTH_RATE = anyOf(["增长", "增幅", "增速", "同比", "环比", "倍"]);
/** 时效 rates: a percentage is a valid 时效 value when the name is one of these. */
// 按月支付率, 按季度结算率, 日产日清率: done on each period's schedule, a timeliness rate too.
const TIMELINESS_RATE = /(及时|按时|按期|准时|如期|时效|逾期|超期|延期|限时|当年|当月|年末|年底|期末|按计划|按进度|按合同|按(?:月|季度|季|周|日|学期)|日产日清|日清日结)[^，,]{0,8}(率|[（(]\s*[%％]\s*[）)])/;
/** A name about doing something in time, rate or not (对患者及时给予治疗 | 100%): a percentage there is a timeliness rate. */
const IN_TIME = /及时|按时|按期|准时|如期/;

export function isRateName(name: string): boolean {
  return RATE_NAME.test(name) && !NOT_PERCENT_RATE.test(name);
}

/** Strictly "…率" or "（%）" (RATE_NOT_PERCENT's trigger, spec R-VAL-007). */
const STRICT_RATE_NAME = /率|[（(]\s*[%％]\s*[）)]/;
export function isStrictRateName(name: string): boolean {
  return STRICT_RATE_NAME.test(name) && !NOT_PERCENT_RATE.test(name);
}

/** A share by name (…比例, …占比, …比重): a bare number there is a percentage without its sign. */
const SHARE_NAME = /(比例|占比|比重)$/;
export function isShareName(name: string): boolean {
  return SHARE_NAME.test(name);
}

/**
 * A pure number by name (农田灌溉水有效利用系数 ≥0.65, 基尼系数, 空气质量综合指数, 容积率 is a rate): a coefficient, an index
 * or a ratio of two like things has no unit to write.
 */
const DIMENSIONLESS_NAME = /(系数|指数|比值|倍数|[pP][hH]值)$/;
export function isDimensionlessName(name: string): boolean {
  return DIMENSIONLESS_NAME.test(name);
}

export function isGrowthName(name: string): boolean {
  return GROWTH_RATE.test(name);
}

export function isTimelinessRateName(name: string): boolean {
  return TIMELINESS_RATE.test(name);
}

/** A 时效 name a percentage answers: a timeliness rate, or a name about doing something in time. */
export function takesTimelinessPercent(name: string): boolean {
  return TIMELINESS_RATE.test(name) || IN_TIME.test(name);
}

/** Words that tie an indicator to time or to a step that takes time (完成, 拨付, 到位 …): such a name belongs under 时效. */
const TIME_WORDS = /及时|按时|按期|准时|如期|时效|时间|时限|时长|时段|期限|周期|工期|进度|完成|完工|竣工|开工|启动|到位|响应|办结|日期|天数|逾期|超期|延期|限时|当[天日年月]|节点|拨付|发放|支付|兑付|兑现|下达|报送|提交|上报|执行/;
/** A quality or coverage rate by name (验收合格率, 应急保障率, 覆盖率): a standard met, not a time. */
const QUALITY_RATE = /(合格|达标|覆盖|保障|完好|优良|正确|准确|成活|通过|知晓|参与|使用|利用|普及|规范|出勤|到课|接种|治愈|回收|处置|检测|抽检)率$/;

/**
 * An indicator under 时效 that measures something else (培训合格率 ≥90%, 县级储备粮应急保障率 100%, 维修数量 ≥10处, 090):
 * a quality rate or an output count whose name says nothing of time. It is misplaced (CATEGORY_MISMATCH), not a
 * timeliness target without a date (DEADLINE_NOT_DATE, which leaves these rows alone).
 */
export function isNotTimelinessName(name: string): boolean {
  // COUNT_NAME (below): 维修数量, 培训人数, 检查次数 — how much, not when.
  return !TIME_WORDS.test(name) && (QUALITY_RATE.test(name) || COUNT_NAME.test(name));
}

/** What a satisfaction survey may ask besides 满意: 认可度, 好评率, 评价, 信任度, 获得感, 幸福感, 投诉. */
const SATISFACTION_PROXY = /满意|认可|好评|评价|信任|口碑|赞誉|获得感|幸福感|安全感|投诉/;

/**
 * A named row under 满意度 that is no rating by the people served (政策知晓率, 粮食安全事件发生数, 090/094): misplaced
 * (CATEGORY_MISMATCH), so not judged as a satisfaction without a percentage either.
 */
export function isNoSatisfactionUnderIt(f: { category: string | null; name: string }): boolean {
  return f.category === "满意度" && f.name !== "" && !SATISFACTION_PROXY.test(f.name);
}

// ---------------------------------------------------------------------------------------------
// Direction (R-DIR-001): 反向 indicators should be written ≤ or =.

/** Nouns that make an indicator negative: fewer is better. */
export const NEGATIVE_WORDS: readonly string[] = [
  "故障", "事故", "投诉", "差错", "错误", "违规", "违纪", "违法", "上访", "信访件", "失误", "损失",
  "延误", "超支", "返工", "不能", "未能", "无法", "未按", "逾期", "超期", "滞后", "退回", "不合格", "流失", "伤亡", "死亡",
  "泄露", "泄密", "隐患", "舆情", "拖欠", "停机", "中断", "宕机", "缺陷", "漏洞", "误差", "偏差", "扣分",
  "被通报", "通报批评", "处罚", "罚款", "发生率", "问题",
  "空置", "闲置", "失业", "发病", "不良", "返修", "误报", "漏报", "超标", "违约", "损耗", "辍学", "拥堵", "超时", "延迟",
  "缺勤", "离职", "退货", "伤害", "排放", "能耗", "耗能", "耗电", "耗水",
  "争议", "纠纷", "差评", "失败率", "漏检", "错发", "冒领", "重复发放", "虚报",
  // 森林受灾率 1% (170): a share struck by disaster, crime or infection.
  "受灾", "成灾", "灾害损失", "火灾", "发案", "案发", "感染率", "病死", "患病率", "污染",
  // 信息安全事件发生次数, 突发公共卫生事件 (a harmful event), 耕地撂荒面积 (land left idle).
  "安全事件", "突发事件", "群体性事件", "撂荒", "抛荒",
  // 因突发困难返贫致贫人数: people falling (back) into poverty.
  "返贫", "致贫",
  // 档案实体损毁、丢失数; 人口漏登率 (people the census missed), 漏查, 漏统: what was lost or missed.
  "损毁", "毁损", "丢失", "遗失", "失窃", "被盗", "漏登", "漏查", "漏统", "漏录",
  // 重大病虫害疫情扩散蔓延事件, 疫情暴发次数: a pest, a disease or a fire spreading or breaking out.
  "蔓延", "暴发", "爆发", "疫情扩散", "疫情传入", "外溢",
  // 汛期溃坝及重大险情 (起), 房屋倒塌: a structure failing, or a dangerous situation arising.
  "溃坝", "垮坝", "决堤", "决口", "垮塌", "坍塌", "倒塌", "险情",
  // 涉校刑事、治安案件发生数: crimes, and anything counted by how often it 发生 (as 发生率 is a share of it).
  "刑事案件", "治安案件", "案件发生", "发生数", "发生次数", "发生起数",
  // 涉诉信访案件数, 信访量 (as 信访件): complaints brought to the petition office; 发回改判率: judgments undone on appeal.
  "信访案件", "信访量", "信访次数", "改判", "发回重审",
];
/** Actions that turn a negative noun into a positive indicator (问题整改率, 隐患排查次数, 投诉处理率). */
export const POSITIVE_ACTIONS: readonly string[] = [
  "整改", "解决", "办结", "处理率", "处置", "化解", "排查", "排除", "修复率", "消除", "查处", "防范", "调解", "回复", "答复",
  "治理", "监测", "检查", "受理", "挽回", "减少", "降低", "下降", "发现", "收集", "征集", "调研", "节约", "节能", "压减",
  // 药品不良反应每百万人口报告数 ≥150 (059): surveillance counts what is reported; more reporting is the goal.
  "报告数", "报告率", "报告例数", "上报率", "上报数", "报告份数",
  // Help for people in a bad state (失业人员再就业, 辍学劝返, 不合格产品召回): the help is counted.
  "再就业", "就业", "劝返", "召回", "帮扶", "救助", "安置", "修复", "达标",
  "防治", "救灾", "减灾", "扑救", "侦破", "破案", "治污",
  // Cases closed or settled (投诉案件结案率, 劳动争议调处率): the closing is counted.
  "结案", "审结", "执结", "调处", "查办",
  // 失业保险参保职工技能提升补贴发放人数: the insurance and those insured are named, not people out of work.
  "失业保险", "参保",
  // 清理除治病死松树 ≥18000株, 清除隐患: what is cleared away is counted.
  "清理", "除治", "清除", "清运",
  // 拆除违法建设面积, 取缔非法占道经营, 打击…违法行为: what is put right is counted.
  "拆除", "取缔", "打击", "清退",
  // 追回违规使用医保基金金额, 追缴违法所得: what is recovered is counted.
  "追回", "追缴",
];
/**
 * The head of a rate that measures what was done well (…及时率, …合格率, …达标排放率, …修复及时率, and whatever is done
 * 及时: 死亡人员津贴及时停发率): a floor is right whatever negative noun the name also holds (故障, 排放, 事故, 死亡 …).
 */
const POSITIVE_RATE_HEAD = /(及时[\u4e00-\u9fff]{0,3}|完成|合格|达标|覆盖|办结|整改|处置|处理|修复|成功|到位|知晓|查处|解决|化解|回复|答复|受理|排查|消除|劝返|召回|回收|利用|治理|执行|准确|正确|结案|审结|执结|调处|有效|识别|在线|完好|正常|清晰|上传)率$/;
/** A rating by the people served (投诉举报人对处理结果满意度): more is better, whatever bad thing it was about. */
const SATISFACTION_HEAD = /(满意|认可|好评|信任)(度|率)$/;
/**
 * A surveillance system's sensitivity: cases found NOT to be the disease (非脊灰AFP病例报告发病率 ≥1/10万, 非麻疹风疹
 * 排除病例报告发病率 ≥2/10万) are reported to show that the system looks; a floor is right.
 */
const SURVEILLANCE_SENSITIVITY = /非[\u4e00-\u9fffA-Za-z]{1,8}病例|排除病例/;
/** Time spans where less is better (响应时间 ≤720分钟). */
const RESPONSE_TIME = /(响应|修复|处理|办理|办结|等待|审批|维修|恢复|到场|到达|排队)[^，,]{0,4}(时间|时长|时限|用时|耗时)/;

const NEGATIVE_RE = anyOf(NEGATIVE_WORDS);
const POSITIVE_ACTION_RE = anyOf(POSITIVE_ACTIONS);

/** True for 反向 indicators: event counts and rates of bad things, and response times. */
export function isNegativeName(name: string): boolean {
  if (RESPONSE_TIME.test(name)) return true;
  return NEGATIVE_RE.test(name) && !POSITIVE_ACTION_RE.test(name) && !POSITIVE_RATE_HEAD.test(name) && !SATISFACTION_HEAD.test(name) && !SURVEILLANCE_SENSITIVITY.test(name);
}

/** Meeting length: the 会议费 rules cap 会期, so a floor is backwards (R-DIR-001, info). */
const MEETING_LENGTH = /会议(天数|时长|会期)|会期/;
export function isMeetingLengthName(name: string): boolean {
  return MEETING_LENGTH.test(name);
}

// ---------------------------------------------------------------------------------------------
// Satisfaction, money, per-capita cost

const SATISFACTION = /满意度|满意率|满意程度/;
export function isSatisfactionName(name: string): boolean {
  return SATISFACTION.test(name);
}

/** Names that speak about money (成本/费用/资金…). */
const MONEY_NAME = /成本|费用|经费|资金|金额|预算|价格|单价|造价|支出|补助标准|补贴标准|租金|会议费|培训费|差旅费|印刷费|维护费|服务费|物业费/;
export function isMoneyName(name: string): boolean {
  return MONEY_NAME.test(name);
}

/** Names of an economic result measured in money (收入, 产值, 税收, 增收 …): money that is a benefit, not a cost. */
const MONEY_BENEFIT = /收入|增收|追回|追缴|挽回|创收|产值|税收|营业额|销售额|交易额|利润|效益|节约|节省|分红|返本|收益|红利|带动.*(?:消费|投资)|拉动|GDP/;
export function isMoneyBenefitName(name: string): boolean {
  return MONEY_BENEFIT.test(name);
}

/** A row the filler marks as not applying: values/parse.ts holds the one list of those words. */
export { isNotApplicable } from "../../values/parse";

/** Per-capita (or per-unit) costs need a basis: 元/人, 元/人·天, 元/人次 (R-UNIT-004). */
const PER_CAPITA = /人均|每人|生均|户均|人次均|单位成本|人天成本|每人每天|标准成本/;
export function isPerCapitaCostName(name: string): boolean {
  return PER_CAPITA.test(name);
}

/** Per-capita costs whose expenditure standards are per 人·天 (会议费/培训费). */
const PER_DAY_STANDARD = /培训|会议|参会|研修|学习班|讲座/;
export function perCapitaBasis(name: string, description = ""): "人·天" | "人" {
  return PER_DAY_STANDARD.test(name) || PER_DAY_STANDARD.test(description) ? "人·天" : "人";
}

// ---------------------------------------------------------------------------------------------
// Counts, reports, clicks (R-UNIT-001/002/005, R-STR-006/007)

/** Count units that make a row a count of things (R-STR-006: counts belong under 数量). */
export const COUNT_UNITS: readonly string[] = [
  "次", "篇", "份", "家", "人", "人次", "名", "个", "项", "期", "场", "场次", "册", "本", "件", "条", "台", "套", "户", "批",
  "部", "幅", "块", "所", "处", "辆", "班", "课时", "学时", "张",
];
const COUNT_UNIT_SET = new Set(COUNT_UNITS);
export function isCountUnit(unit: string): boolean {
  return COUNT_UNIT_SET.has(unit);
}

const PERSON_TIMES = /人次/;
export function saysPersonTimes(name: string): boolean {
  return PERSON_TIMES.test(name);
}

const CLICKS = /点击量|浏览量|阅读量|访问量|播放量|点击率?次数|浏览次数|阅读次数|访问次数|观看量|观看次数|转发量/;
export function isClickName(name: string): boolean {
  return CLICKS.test(name);
}

/** Written outputs counted in 篇/份 (R-UNIT-005). */
const REPORT = /报告|文章|稿件|论文|提案|简报|专报|调研成果|课题成果|信息稿|通讯稿|宣传稿|材料汇编/;
export function isReportName(name: string): boolean {
  return REPORT.test(name) && !/报告会|报告厅|报道/.test(name);
}

/** Training or meeting sessions counted in 期/班/场 (R-UNIT-005). */
const CLASS_SESSION = /班次|培训班|研修班|期数/;
export function isClassSessionName(name: string): boolean {
  return CLASS_SESSION.test(name);
}

/** An output (a count of work done) — misplaced under 效益 (R-STR-007). */
const OUTPUT_ACTION = /报道|宣传|培训|会议|服务|组织|举办|开展|发放|印制|印刷|发布|撰写|召开|调研|走访|活动|推送|稿件|对接|座谈|修缮|维修|建设|新建|改造|购置|采购|安装|巡查|检查/;
const COUNT_NAME = /(次数|数量|个数|场次|人数|篇数|件数|期数|家数|组织数|人次|数)$/;
/** Words that make a count an effect (受益人数, 成果转化项目数, 带动就业人数, 宣传覆盖人次), not an output. */
const EFFECT_WORD = /转化|带动|受益|新增|增加|减少|提升|提高|吸引|促成|签约|落地|就业|增收|节约|采纳|获奖|表彰|解决|覆盖|参与|知晓|惠及/;
/** A name that opens with the work done (开展宣传活动, 举办培训班, 印制宣传册): with a count of sessions or items, an output. */
const OUTPUT_VERB_FIRST = /^(开展|举办|组织|召开|印制|印刷|发放|发布|撰写|购置|采购|安装|新建|维修|修缮|改造|编印|制作)/;
/** Units of sessions and items (not of people: 培训农民 ≥500人 under 社会效益 may name who benefits). */
const ITEM_UNIT = /^(次|场|期|份|册|本|篇|台|套|件|处|批|个|场次|期次|块|幅|条)$/;

/** A name that counts (…数量, …人数, …次数, …个数 …): a bare number there is a count. */
export function isCountName(name: string): boolean {
  return COUNT_NAME.test(name);
}

export function isOutputCountName(name: string, unit = ""): boolean {
  if (EFFECT_WORD.test(name) || !OUTPUT_ACTION.test(name)) return false;
  return COUNT_NAME.test(name) || (OUTPUT_VERB_FIRST.test(name) && ITEM_UNIT.test(unit));
}

/**
 * Budget-execution measures that are management measures, not output quality (R-STR-006): the
 * research names 资金使用合规率 / 资金使用完成率. Kept to 使用 on purpose: 资金支出合规率 and
 * 补助资金发放合规率 (seed 002) are not listed by the research or the seed fixtures.
 */
const BUDGET_EXECUTION = /(资金|经费|预算)[^，,]{0,4}使用[^，,]{0,4}(完成率|合规率|执行率)/;
export function isBudgetExecutionName(name: string): boolean {
  return BUDGET_EXECUTION.test(name);
}

/** Words that make a 生态效益 indicator ecological (R-STR-008). */
const ECOLOGICAL = /生态|环境|环保|浓度|氨氮|需氧量|COD|总磷|总氮|二氧化硫|氮氧化物|颗粒物|溶解氧|水体|排污|负氧离子|绿色|绿化|节能|减排|排放|污染|能耗|耗能|碳|水质|空气|大气|土壤|植被|森林|湿地|垃圾|噪声|噪音|废|资源|节约|循环|清洁|扬尘|无纸化|用电|用水|节水|节电|灌溉|排水|排涝|水土|河道|水域|造林|林地|耕地|农田|污水|粪污|厕|黑臭|河湖|湖泊|流域|沙化|荒漠|绿地|公园|树|苗木|林木|花|草|鸟|野生|动物|物种|生物|能源|光伏|燃气|煤|秸秆|农药|化肥|地膜|尾气|雾霾|PM|臭氧|蓝天|环卫|保洁|卫生|雨污|截污|降尘|除尘|抑尘|保护性耕作|免耕/;
/**
 * 环境 of business, study, work or governance (营商环境, 创新创业环境, 办公环境, 法治环境): not the natural environment, so
 * these phrases make no text ecological (优化创新创业环境 under 环境效益, 053).
 */
const NON_NATURAL_ENVIRONMENT = /(?:营商|创业|创新|发展|投资|学习|办公|就医|教学|法治|政务|市场|消费|网络|舆论|社会|育人|成长|文化|人才|经营|服务|安全|治安|办学|工作|交易)环境/g;
export function isEcological(text: string): boolean {
  return ECOLOGICAL.test(text.includes("环境") ? text.replace(NON_NATURAL_ENVIRONMENT, "") : text);
}

/**
 * Words that make an 经济效益 indicator economic: income, output, money saved or earned, jobs, business, trade,
 * tourism. A rate of something running (大厅运行正常率, 058) names none of them.
 */
const ECONOMIC = /经济|收入|费|粮|增产|产品|签约|洽谈|开工|投产|落地|引进|外资|外商|入驻|园区|工业|商业|金融|信贷|电商|物流|加工|增收|收益|产值|产量|产出|产业|销售|利润|税|营收|营业|资金|成本|节约|节省|节支|降本|效益|投资|融资|贷款|就业|创业|岗位|务工|企业|农户|农民|合作社|价格|价值|GDP|元|旅游|游客|拉动|带动|市场|交易|出口|招商|贸易|商户|客流|经营|增长|增加值|补贴|补助|奖励|减免|财政|债务|资产|租金|亩产|单产|养殖|种植|品牌/;
/**
 * What another 二级 measures: a thing running or kept (正常率, 完好率, 运行率), reach (知晓率, 覆盖率), safety, order,
 * health. Under 经济效益 only such a name with no economic word is reported: the lexicon of economic words is never
 * complete, so the rule also wants positive evidence that the row measures something else.
 */
const NON_ECONOMIC = /正常率|完好率|运行率|运转率|在线率|知晓率|覆盖率|参与率|普及率|安全|事故|稳定|秩序|卫生|健康|满意/;
export function isOtherThanEconomic(text: string): boolean {
  return NON_ECONOMIC.test(text) && !ECONOMIC.test(text);
}

/** A number written in the name with its unit: "企业改制企业人员700余人补贴…" → 700 → "人". */
const UNIT_AFTER_NUMBER = /^(余|多|个)?(人次|人|次|篇|份|家|名|个|项|期|场|册|件|条|台|套|户|万元|元|天|小时|平方米)/;

/**
 * The unit an indicator name implies, for suggestions when a value has none (R-VAL-003/004).
 * Returns "" when the name does not say. `moneyUnit` is the table's 单位 (万元/元); `n` is the value's
 * number, looked up in the name first ("…700余人…" with 700 → 人).
 */
export function impliedUnit(name: string, moneyUnit: string, n?: number | null): string {
  if (n !== undefined && n !== null && Number.isFinite(n)) {
    const at = name.indexOf(String(n));
    if (at >= 0) {
      const m = UNIT_AFTER_NUMBER.exec(name.slice(at + String(n).length));
      if (m) return m[2];
    }
  }
  if (isSatisfactionName(name) || isRateName(name)) return "%";
  if (isPerCapitaCostName(name)) return "";
  if (isMoneyName(name)) return moneyUnit;
  if (PERSON_TIMES.test(name)) return "人次";
  if (isReportName(name)) return "篇";
  if (/次数$|频次$|场次$/.test(name)) return "次";
  if (/天数$|日数$/.test(name)) return "天";
  if (/(人数|人员数量|人员数|名额|学员数|参训人员|参会人员)$/.test(name)) return "人";
  if (/(企业|商会|单位|机构)(数量|数)$/.test(name)) return "家";
  if (/面积$/.test(name)) return "平方米";
  return "";
}

/**
 * The central-2021 负作用 cost 二级 (社会成本指标, 生态环境成本指标, as normalized 二级 labels): a burden the project
 * causes, kept under a cap in its own unit (施工噪音 ≤55分贝, 临时占地 ≤2亩, 扬尘超标次数 =0次), not necessarily money
 * (spec R-COST-009). Text there (“减少”) is an unquantified burden, not a cost written as text.
 */
const BURDEN_L2 = new Set(["社会成本指标", "生态环境成本指标"]);
export function isBurdenCostLevel(l2: string): boolean {
  return BURDEN_L2.has(l2);
}
