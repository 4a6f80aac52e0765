/** Weights and scores as tables print them (WEIGHT_SUM_NOT_100, TEMPLATE_PLACEHOLDER_ROW). */

/** A weight or score as printed: "20", "30%", "10分", "4.5"; null for a blank or unreadable cell. */
export function weightOf(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:%|％|分)?\s*$/.exec(text);
  return m ? Number(m[1]) : null;
}

/** A fixed score on a 一级 label: "产出指标(50分)", "效益指标（30分）", "满意度指标10分"; a range "(0-20)分" is no score. */
export function levelScore(text: string): number | null {
  const t = text.replace(/\s+/g, "").replace(/（/g, "(").replace(/）/g, ")");
  const m = /\((\d+(?:\.\d+)?)分?\)分?$/.exec(t) ?? /[^\d.-](\d+(?:\.\d+)?)分$/.exec(t);
  return m ? Number(m[1]) : null;
}

