/**
 * Template content left in a row (R-VAL-001, corpus class "half-filled rows"): a 指标值 that is only a unit or only
 * an operator ("公里", "≧ %", "%"), the type word of the 定性/定量 column ("定量%"), grade options copied without a
 * choice ("高中低", "优/良/中/差"), and masks (≥**%, （≤**万元）, XX人, ××) in a value (masks left in a 三级 name are
 * L3_TEMPLATE_RESIDUE's: shared/templateResidue.ts).
 * Memoised per text: values repeat across rows.
 */
import { textMemo } from "../../memo";
import { normalizeWidth } from "../../values/normalize";
import { matchUnit } from "../../values/units";

export type PlaceholderKind = "unit-only" | "operator-only" | "type-word" | "grade-options" | "mask";

// Asterisks, X/× runs: the masks templates use where a number goes; in a value a single mask letter also counts where
// a number belongs: ≥X%, X人.
const MASK_RE = /[*＊]{2,}|[XxＸｘ×]{2,}|(?:^|[≥≤<>=\d（(])[XxＸ×*＊](?=[\u4e00-\u9fff%元人个次]|$)|[≥≤<>=]\s*(?:[XxＸ×*＊]|某)/;
// A date form left blank: 年 月 日前, 2025年 月 日 (the year printed, month and day to fill).
const DATE_MASK_RE = /^(?:\d{4})?年月日?(?:前|之前|以前|底前)?$/;
const OPERATOR_WORDS_RE = /^(?:≥|≤|>=|<=|>|<|=|±|不少于|不低于|不高于|不超过|大于等于|小于等于|大于|小于|等于)/;
const SUFFIX_WORDS_RE = /(?:以上|以下|以内|之内)$/;
const TYPE_WORD_RE = /^(?:定量|定性)/;
/** A form's fill-in note where text belongs: 选填, 必填, 请填写 (the words; bracketed or not). */
export const FILL_NOTE_WORDS = "选填|必填|请填写|待填写?|自行填写";
/** A fill-in note as the value, alone or between an operator and a unit (≥（选填）%). */
const FILL_NOTE_IN_VALUE = new RegExp(`^(?:≥|≤|>=|<=|>|<|=)?[（(]?(?:${FILL_NOTE_WORDS})[）)]?(?:%|％)?$`);
// Grade options: two or more grade words in a row, with or without separators, and nothing else.
const GRADE = "优秀|优|良好|良|中等|中|较差|差|好|较好|一般|高|低|较高|较低|合格|不合格|是|否";
const GRADE_OPTIONS_RE = new RegExp(`^(?:${GRADE})(?:[/、,，\\s|]*(?:${GRADE})){2,}$`);

function classify(raw: string): PlaceholderKind | null {
  const t = normalizeWidth(raw).replace(/[\s\u3000]+/g, "").replace(/^[（(]|[）)]$/g, "");
  if (!t) return null;
  if (MASK_RE.test(t) || DATE_MASK_RE.test(t)) return "mask";
  // ≥（选填）%: the form's fill-in note left where the number goes.
  if (FILL_NOTE_IN_VALUE.test(t)) return "mask";
  if (GRADE_OPTIONS_RE.test(t)) return "grade-options";
  if (/\d/.test(t)) return null;
  let rest = t;
  let typeWord = false;
  let operator = false;
  const ty = TYPE_WORD_RE.exec(rest);
  if (ty) {
    typeWord = true;
    rest = rest.slice(ty[0].length);
  }
  const op = OPERATOR_WORDS_RE.exec(rest);
  if (op) {
    operator = true;
    rest = rest.slice(op[0].length);
  }
  rest = rest.replace(SUFFIX_WORDS_RE, "");
  if (rest === "") return typeWord ? "type-word" : operator ? "operator-only" : null;
  // 多场, 余次: the unit reader takes 多/余 as part of "10多场", but without a number they say "many", a vague amount
  // (VALUE_NOT_QUANTIFIED), not a unit left alone.
  if (!operator && /^[多余]/.test(rest)) return null;
  const u = matchUnit(rest, 0);
  if (u && u.end === rest.length) return typeWord ? "type-word" : "unit-only";
  return null;
}

const placeholderOfText = textMemo(5000, classify);

/** What kind of template content `text` is, or null for a real value or name. */
export function placeholderOf(text: string): PlaceholderKind | null {
  return text ? placeholderOfText(text) : null;
}

/** A value VALUE_PLACEHOLDER reports (every kind but the bare 定性/定量 type word). */
export function isReportedPlaceholder(text: string): boolean {
  const k = placeholderOf(text);
  return k !== null && k !== "type-word";
}
