/**
 * Vague values (R-VAL-005): phrases that state a direction but no measurable target. A reviewer sends
 * these back ("有所提升" of what, by how much?). Data table; edit here, not in rule code.
 */

/** Literal vague phrases seen in the seeds and in common 绩效目标表 practice. */
export const VAGUE_PHRASES: readonly string[] = [
  "有所提升", "有所提高", "有所改善", "有所增加", "有所增强", "有所下降", "有所减少",
  "有效提升", "有效提高", "有效改善", "有效落实", "有效保障", "有效推进", "有效促进", "有效解决", "有效缓解",
  "持续保障", "持续提升", "持续提高", "持续改善", "持续影响", "持续推进", "持续发展", "持续优化", "持续增强",
  "明显提升", "明显提高", "明显改善", "显著提升", "显著提高", "显著改善", "进一步提升", "进一步提高", "进一步改善",
  "不断提升", "不断提高", "逐步提升", "逐步提高", "稳步提升", "大幅提升",
  "满足业务开展需求", "满足工作需要", "满足工作需求", "满足需求", "满足需要",
  "保障工作正常开展", "保障正常运转", "保障单位正常运转", "正常运转", "正常开展", "正常运行", "设备正常运行",
  "按计划完成", "按要求完成", "按时完成", "圆满完成", "顺利完成", "全部完成", "完成任务",
  "提升", "提高", "改善", "促进", "增强", "加强", "推动", "助力",
];

/** Patterns for phrasing with a gap, "得到广大民营企业家的充分认可". */
export const VAGUE_PATTERNS: readonly RegExp[] = [
  /得到[^，。]{0,20}(充分|普遍|广泛|一致)?(认可|好评|肯定|赞誉)/,
  /(社会|经济|生态)(效益|影响)(明显|显著|良好)/,
  /影响力(扩大|提升|提高|增强)/,
];

/** Longest phrases first, so "持续改善" is reported rather than a shorter word inside the same text. */
const PHRASES_BY_LENGTH = [...VAGUE_PHRASES].sort((a, b) => b.length - a.length);
const PHRASE_RE = new RegExp(PHRASES_BY_LENGTH.join("|"));

/** Graded qualitative values that are acceptable answers (分级分档): 优/良/中/差, 达标, 是/否. */
const GRADED = /^(优|优秀|良|中|差|合格|达标|是|否|有|无|好|较好|一般|通过|完成|已完成|全覆盖|无投诉|零投诉|无事故|零事故)$/;

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

/** A value that is a graded qualitative answer rather than a vague one. */
export function isGradedAnswer(text: string): boolean {
  return GRADED.test(text);
}

/** Sentence-like values: several clauses or long prose (R-VAL-008). */
export function isSentence(text: string): boolean {
  return /[，,；;。]/.test(text) || text.length >= 16;
}
