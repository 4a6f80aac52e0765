/**
 * Template residue in a 三级 name (L3_TEMPLATE_RESIDUE): the fill-in hint a template prints where the filler writes
 * the indicator — a masked target in brackets (（≥**%）, (≤**元/株), （≥XX万元）), a masked target without brackets
 * (培训人数≥**人), a fill-in instruction (（请填写…）, （示例）), a masked subject (XX项目验收合格率, 某某单位) — left
 * in once the row was filled. Field markers (（必填）, （核心指标）) and a leading ★ are a form's own marks and pass on
 * their own (lexicon/templateMarks.ts). Memoised per name: names repeat across tables of one form.
 */
import { textMemo } from "../../memo";
import { normalizeWidth } from "../../values/normalize";
import { matchUnit } from "../../values/units";
import { HINT_PATTERN, HINT_WORDS, NAME_MASK_WORDS } from "../../lexicon/templateMarks";

export interface NameResidue {
  /** The residue as written, for the message ("(≥**%)", "★★★"). */
  parts: string[];
  /** The name without the residue, or null when removing it leaves no name or the subject itself is masked. */
  cleaned: string | null;
}

/** A run of mask characters: two or more of * X × ? (after width normalisation), or 某某. */
const MASK = /(?:\*{2,}|[Xx×]{2,}|\?{2,}|某某)/;
const BRACKET = /\(([^()]{0,40})\)/g;
const OPERATOR_MASK = /(?:>=|<=|[≥≤<>=])\s*(?:\*{2,}|[Xx×]{2,}|\?{2,})/g;
const LEADING_STARS = /^[★☆*]+/;

/** An operator with no number, maybe a unit: the template's “(≥ %)”, “（≤ 万元）”. */
function emptyTarget(inner: string): boolean {
  const m = /^\s*(?:>=|<=|[≥≤<>=])\s*/.exec(inner);
  if (!m) return false;
  const rest = inner.slice(m[0].length).trim();
  if (rest === "") return true;
  const u = matchUnit(rest, 0);
  return !!u && u.end === rest.length;
}

function find(text: string): NameResidue | null {
  // Same length as `text` (normalizeWidth maps one character to one), so indices found here cut the name as written.
  const t = normalizeWidth(text).replace(/（/g, "(").replace(/）/g, ")");
  const cuts: [number, number][] = [];
  for (const m of t.matchAll(BRACKET)) {
    const inner = m[1];
    if (MASK.test(inner) || HINT_WORDS.some((w) => inner.includes(normalizeWidth(w))) || HINT_PATTERN.test(inner) || emptyTarget(inner)) cuts.push([m.index, m.index + m[0].length]);
  }
  const inCut = (i: number) => cuts.some(([a, b]) => i >= a && i < b);
  for (const m of t.matchAll(OPERATOR_MASK)) {
    if (inCut(m.index)) continue;
    let end = m.index + m[0].length;
    while (end < t.length && t[end] === " ") end++;
    const u = matchUnit(t, end);
    if (u) end = u.end;
    cuts.push([m.index, end]);
  }
  // A masked subject outside the cuts (XX项目, 某某单位): residue, but no name to propose.
  let subjectMasked = false;
  for (const w of NAME_MASK_WORDS) {
    const nw = normalizeWidth(w);
    for (let i = t.indexOf(nw); i >= 0; i = t.indexOf(nw, i + 1)) if (!inCut(i)) subjectMasked = true;
  }
  if (cuts.length === 0 && !subjectMasked) return null;
  const stars = LEADING_STARS.exec(t);
  if (stars && stars[0].length > 0) cuts.push([0, stars[0].length]);
  cuts.sort((a, b) => a[0] - b[0]);
  const parts = cuts.map(([a, b]) => text.slice(a, b).trim());
  let cleaned = "";
  let at = 0;
  for (const [a, b] of cuts) {
    if (a > at) cleaned += text.slice(at, a);
    at = Math.max(at, b);
  }
  cleaned = (cleaned + text.slice(at)).trim();
  if (subjectMasked) parts.push(...NAME_MASK_WORDS.filter((w) => t.includes(normalizeWidth(w)) && !parts.some((p) => p.includes(w))));
  return { parts, cleaned: subjectMasked || cleaned === "" ? null : cleaned };
}

const residueOf = textMemo(4096, find);

/** The template residue in a 三级 name, or null. */
export function nameResidue(text: string): NameResidue | null {
  return text ? residueOf(text) : null;
}
