/**
 * Vague values (R-VAL-005): phrases that state a direction but no measurable target. A reviewer sends
 * these back ("有所提升" of what, by how much?). Data table; edit here, not in rule code.
 */

/**
 * Literal vague phrases: the seeds, the published tables of the corpus (效果良好, 影响可持续, 巩固提高, 持续改善 …) and
 * common 绩效目标表 practice.
 */
export const VAGUE_PHRASES: readonly string[] = [
  "有所提升", "有所提高", "有所改善", "有所增加", "有所增强", "有所下降", "有所减少",
  "有效提升", "有效提高", "有效改善", "有效落实", "有效保障", "有效推进", "有效促进", "有效解决", "有效缓解",
  "持续保障", "持续提升", "持续提高", "持续改善", "持续影响", "持续推进", "持续发展", "持续优化", "持续增强",
  "明显提升", "明显提高", "明显改善", "显著提升", "显著提高", "显著改善", "进一步提升", "进一步提高", "进一步改善",
  "不断提升", "不断提高", "逐步提升", "逐步提高", "稳步提升", "大幅提升",
  "稳步推进", "逐步完善", "不断完善", "进一步完善", "逐步推进", "全面推进", "巩固提高", "巩固提升", "巩固成果",
  "影响可持续", "长期可持续", "效果良好", "效果较好", "效果明显", "效果显著", "成效明显", "成效显著", "作用明显",
  "满足业务开展需求", "满足工作需要", "满足工作需求", "满足需求", "满足需要",
  "保障工作正常开展", "保障正常运转", "保障单位正常运转", "正常运转", "正常开展", "正常运行", "设备正常运行",
  "按计划完成", "按要求完成", "按时完成", "圆满完成", "顺利完成", "全部完成", "完成任务",
  "按质按量完成", "保质保量完成", "高质量完成", "高标准完成", "按质按量", "保质保量",
  "提升", "提高", "改善", "促进", "增强", "加强", "推动", "助力", "完善", "巩固",
];

/**
 * Word classes the patterns below are built from, so a new table's wording (明显增加, 提升明显, 影响程度明显, 基本健全)
 * is caught by its class rather than by a list of its strings.
 */
/** Degree adverbs: how much, never how much exactly. */
export const DEGREE_WORDS = "明显|显著|大幅|大幅度|大大|极大|较大|进一步|有所|有效|持续|不断|逐步|稳步|切实|全面|充分|普遍|较快|稳定|逐年|日益|日趋|更加|更好地|大力|积极|长足";
/** Change verbs: a direction of change with no amount. */
export const CHANGE_VERBS = "提升|提高|改善|改进|增进|增加|增强|增长|加强|加大|扩大|拓宽|拓展|扩展|强化|深化|减少|降低|下降|减轻|减缓|缓解|遏制|缩小|缩短|优化|完善|好转|改观|推进|促进|推动|落实|巩固";
/** What a result is about, when the value only says it is good or large (效果良好, 影响程度明显). */
const RESULT_NOUNS = "效果|效益|影响|影响程度|影响力|程度|成效|作用|质量|水平|状况|条件|环境|能力|意识|氛围|积极性|获得感|幸福感";
/** Near-complete states: 基本健全, 基本完成 say the work is roughly done, not what is done. */
const NEAR_COMPLETE = /^[\u4e00-\u9fff]{0,14}基本(健全|完善|建立|建成|形成|实现|满足|覆盖|解决|消除|落实|完成|到位)$/;

/** Patterns for phrasing with a gap, "得到广大民营企业家的充分认可", "经济效益良好", "社会影响较大". */
export const VAGUE_PATTERNS: readonly RegExp[] = [
  /得到[^，。]{0,20}(充分|普遍|广泛|一致)?(认可|好评|肯定|赞誉)/,
  /(社会|经济|生态)(效益|影响)(明显|显著|良好)/,
  /影响力(扩大|提升|提高|增强)/,
  new RegExp(`(${RESULT_NOUNS})(良好|较好|较大|很大|明显|显著|突出|可持续|持续|有效|深远)$`),
  /^(稳步|逐步|不断|持续|进一步|全面|大力|切实)[\u4e00-\u9fff]{2,4}$/,
  // 有效支撑, 大力支持, 积极助推: a degree of support with neither what is supported nor how much.
  new RegExp(`^(${DEGREE_WORDS})(支撑|支持|助推|引领|服务)$`),
  // 明显增加, 显著降低 (degree + change) and 提升明显, 增长较快 (change + degree).
  new RegExp(`(${DEGREE_WORDS})(${CHANGE_VERBS})`),
  new RegExp(`(${CHANGE_VERBS})(明显|显著|较大|较快|较多)$`),
  // 增加岗位, 带动就业, 扩大影响: a change verb and its object, no amount.
  // 落实到位 / 推进完成 say the work is done (a pass/fail answer under 质量), not a direction of change.
  new RegExp(`^(${CHANGE_VERBS}|带动|新增|提供)(?!(?:到位|完成|达标)$)[\u4e00-\u9fff]{1,6}$`),
  // 优化, 减少, 增强 alone: a direction with neither object nor amount. 落实 alone answers a 落实情况 question (done or not).
  new RegExp(`^(?!落实$)(${CHANGE_VERBS})$`),
  NEAR_COMPLETE,
  // 明显, 显著, 较大 alone: a degree with neither amount nor object (降低运输成本 | 明显: by how much?); 较高, 程度较高
  // and a 较好 whose scale the row does not give likewise (经费支出合规性 | 较高: which share?).
  /^(明显|显著|大幅|大幅度|大大|较大|很大|极大|突出|较快|较多|进一步|有所|逐步|稳步|不断|圆满)$/,
  // 广泛, 普遍, 全面 alone: a reach claimed with no reach stated (普法宣传覆盖面 | 广泛: how many people, what share?).
  /^(广泛|普遍|全面|深入|较广|很广|面广)$/,
  // 保持稳定, 总体平稳, 稳中有升: a level held with no level named (森林覆盖率 | 保持稳定: at what share?).
  /^(保持|维持|总体|基本|持续)?(稳定|平稳)$|^稳中(有升|向好|有进)$/,
  // 充分发挥, 有效发挥作用: a role played, to no stated extent.
  /^(充分|有效|积极|切实|更好地?)?发挥(作用|效益|效能|职能)?$/,
  /^(?:程度)?(较高|很高|较强|很强|较好|较差)$|^程度(高|强|好)$/,
  // 若干, 适量, 按需, 不定期, 根据需要, 据实: an amount or a frequency left open (发放宣传品 | 若干, 维修次数 | 按需).
  /^(若干|适量|大量|多次|少量|一批|一些|部分|按需|按需求|按需要|根据需要|根据需求|视情况|视情况而定|视需要|不定期|据实|据实结算|按实际|根据实际|根据实际情况)$/,
  // …and the open amount with its measure word (若干次, 若干场, 数场, 数次): how many?
  /^(?:若干|适量|大量|少量|一些|多|数)(?:个|次|场|期|批|项|人|人次|户|名|家|处|份|篇|件|台|套|场次|批次|期次)$/,
  // 高质量, 高标准, 高水平 alone: a quality claimed, no standard to judge it by (宣传活动组织质量 | 高质量).
  /^(高质量|高标准|高水平|高效率|高品质)$/,
  // 维护, 保持, 确保 alone: a slogan verb with neither object nor amount (社会稳定 | 维护).
  /^(维护|保持|保障|确保|保证|维持)$/,
  // 应助尽助, 应保尽保, 应收尽收: “everyone eligible” — a principle, not how many.
  /^应([\u4e00-\u9fff])尽\1$/,
  // 达到预期, 实现预期目标, 预期效果: a target that refers to itself — which expectation, how much?
  /^(?:达到|实现|完成|取得|基本达到)?预期(?:目标|效果|成效|要求|水平)?$/,
  // 较上年减少, 同比提高, 比去年有所增长: a direction against last year with no amount (by how much?).
  new RegExp(`^(?:较|比|同比|环比|与上年相比)(?:上年|去年|上一年度?|往年|以往|前一年|上年度)?(?:同期)?(?:有所|明显|大幅|进一步)?(?:${CHANGE_VERBS})$`),
  // 确保无安全事故, 力争全部完成, 杜绝安全隐患: a pledge, not a target (安全事故发生次数 =0次).
  /^(?:确保|力争|争取|努力|坚决|杜绝|坚决杜绝)[^\d０-９%％]{2,16}$/,
  // 积极, 持续 alone: an attitude or a continuation, not a result (持续 answering a 可持续影响 question passes, as 长期).
  /^(积极|持续)$/,
  // 长远, 长期有效 (a span with no length). 长期 answering a 可持续影响 question is accepted (durationAnswersSustainability).
  /^(长远|长期|长久|深远|久远)(有效|影响|发展|受益|坚持)?$/,
];

/** 长期 / 长远 alone: the customary answer to a 可持续影响 indicator (how long the effect lasts), nowhere else. */
export const DURATION_ANSWER = /^(长期|长远|长久|持久|持续)(有效)?$/;

/** Words for a whole area or group (全区, 所有, 全体): coverage, not a count. */
const WHOLE_AREA = "全[区县市省镇乡村州旗盟域]|所有|全部|全体";

/**
 * Coverage prose where a count is expected: 覆盖全区所有人员, 惠及全体村民. Under 数量 the reviewer asks for 场次 or
 * 人次; 全覆盖 as a graded answer is a different value.
 */
export const COVERAGE_PROSE = new RegExp(
  `(覆盖|惠及|面向|涉及|服务|辐射)[^，,；;。]{0,4}(${WHOLE_AREA}|广大|各类)|^(${WHOLE_AREA})[^，,；;。]{1,8}全?覆盖$`,
);

/**
 * Graded qualitative answers (分级分档, R-VAL-005): one grade of a scale (好/较好/一般/差, 优/良/中/差), a pass/fail
 * word, a yes/no answer, or a named standard met. Acceptable as a target where the profile allows graded values.
 */
export const GRADED_ANSWERS: readonly string[] = [
  "优", "优秀", "优良", "良", "良好", "中", "中等", "差", "好", "一般",
  "合格", "达标", "通过", "完成", "已完成", "全覆盖", "有", "无", "有效", "无投诉", "零投诉", "无事故", "零事故",
  "符合标准", "符合要求", "符合规定", "达到标准", "达到要求", "达到国家标准", "达到行业标准", "达到省级标准",
  "达到设计要求", "验收合格", "质量合格",
];

/** Yes/no answers: accepted for 是否… names (是否按时完成 → 是). */
export const YES_NO_ANSWERS: readonly string[] = ["是", "否"];

/** Longest phrases first, so "持续改善" is reported rather than a shorter word inside the same text. */
const PHRASES_BY_LENGTH = [...VAGUE_PHRASES].sort((a, b) => b.length - a.length);
const PHRASE_RE = new RegExp(PHRASES_BY_LENGTH.join("|"));

const GRADED = new Set(GRADED_ANSWERS);
const YES_NO = new Set(YES_NO_ANSWERS);
// A scale written with its criteria ("好：…；较好：…"): graded, with the standard beside it.
const GRADED_WITH_CRITERIA = /^(优|良|好|较好|一般|差|合格)[:：]/;

/** The vague phrase found in `text`, or null. */
export function findVague(text: string): string | null {
  if (!PHRASE_RE.test(text)) {
    for (const re of VAGUE_PATTERNS) {
      const p = re.exec(text);
      if (p) return p[0];
    }
    return null;
  }
  for (const w of PHRASES_BY_LENGTH) if (text.includes(w)) return w;
  for (const re of VAGUE_PATTERNS) {
    const p = re.exec(text);
    if (p) return p[0];
  }
  return null;
}

/**
 * 较好 / 较差 are grades only of a scale the row explains (指标解释 “好：≥90%；较好：80%-90%；一般…”); alone they are
 * a comparative with nothing to compare to (课题研究报告质量 | 较好: how is it judged?).
 */
const SCALE_ONLY_GRADES = new Set(["较好", "较差"]);
const EXPLAINED_SCALE = /(优|良|好)[^。]{0,40}(一般|较差|差|中)/;

/**
 * A value that is a graded qualitative answer rather than a vague one (是/否 count only for 是否… names; 较好 only
 * beside an `explanation` — the row's description or basis — that gives the scale).
 */
export function isGradedAnswer(text: string, name = "", explanation = ""): boolean {
  if (GRADED.has(text) || GRADED_WITH_CRITERIA.test(text)) return true;
  if (SCALE_ONLY_GRADES.has(text)) return EXPLAINED_SCALE.test(explanation);
  return YES_NO.has(text) && name.includes("是否");
}

/** A bare 是/否 on a name that does not ask 是否…: the answer does not say what was achieved. */
export function isYesNoAnswer(text: string): boolean {
  return YES_NO.has(text);
}

/** Sentence-like values: several clauses or long prose (R-VAL-008). */
export function isSentence(text: string): boolean {
  return /[，,；;。]/.test(text) || text.length >= 16;
}
