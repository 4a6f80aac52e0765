/**
 * parseValue: one 指标值 cell → ParsedValue (spec §3). Grammar and decisions: docs/values.md.
 *
 * Never throws. Results are frozen and memoised by text, because the same few values (≥90%, 100%, 2025年12月31日)
 * repeat across thousands of rows and the rule engine must run at ≥300 000 rows/s.
 */
import type { CellValue } from "../types";
import { textMemo } from "../memo";
import type { Operator, ParsedValue, UnitClass } from "./types";
import { delatex, normalizeWidth } from "./normalize";
import { matchUnit, FALLBACK_UNIT_RE, NOT_A_UNIT, GE_NOUN_RE, type UnitInfo } from "./units";
import { matchDate, matchPeriod, startsMonthRange, validYear, INVALID_DATE } from "./dates";
import { CN_DIGITS, cnNumber } from "./chineseNumerals";

// ---------------------------------------------------------------------------------------------------------------
// Operators

/** Prefix operators: symbols (after width normalisation) and words, longest first. */
const PREFIX_OPS: Array<[string, Operator]> = [
  // ±3%以内 (a tolerance around the target) caps the deviation: a ceiling on its size.
  ["±", "<="],
  [">=", ">="], ["=>", ">="], ["<=", "<="], ["=<", "<="], ["≥", ">="], ["≤", "<="], [">", ">"], ["<", "<"], ["=", "="],
  ["大于或等于", ">="], ["大于等于", ">="], ["不少于", ">="], ["不低于", ">="], ["不小于", ">="], ["不短于", ">="],
  ["不得少于", ">="], ["不得低于", ">="], ["至少", ">="], ["最少", ">="], ["达到", ">="], ["达", ">="],
  ["小于或等于", "<="], ["小于等于", "<="], ["不超过", "<="], ["不高于", "<="], ["不大于", "<="], ["不多于", "<="],
  ["不得超过", "<="], ["不得高于", "<="], ["不晚于", "<="], ["不长于", "<="], ["不超", "<="], ["最多", "<="],
  ["至多", "<="], ["控制在", "<="],
  ["大于", ">"], ["高于", ">"], ["超过", ">"], ["多于", ">"], ["小于", "<"], ["低于", "<"], ["少于", "<"], ["等于", "="],
];
const OP_OF = new Map(PREFIX_OPS);
const OP_ALT = PREFIX_OPS.map(([s]) => s).sort((a, b) => b.length - a.length).join("|");
const PREFIX_OP_RE = new RegExp(`(${OP_ALT})\\s*`, "y");

/** Suffix operators: 60以上, 24小时以内, 控制在…以内. */
const SUFFIX_OPS: Record<string, Operator> = {
  及以上: ">=", 或以上: ">=", 以上: ">=", 及以下: "<=", 或以下: "<=", 以下: "<=", 以内: "<=", 之内: "<=", 内: "<=",
};
const SUFFIX_OP_RE = /\s*(及以上|或以上|以上|及以下|或以下|以下|以内|之内|内)/y;

/**
 * Where a quantity may start after leading prose: a prefix operator followed by a number or a date, or a lead word
 * (约, 共计, 全年 …) followed by a number. Without one of these, prose followed by a number stays text.
 */
const LEAD_WORDS = "约为|大约|约|共计|合计|总计|累计|全年|共|完成|开展|举办|新增|实现|发放|提供|培训|提高|提升|增长|增加|减少|降低|下降|缩短|压缩|节约";
const SEARCH_RE = new RegExp(`(?:(${OP_ALT})|(${LEAD_WORDS}))(?=\\s*(?:[+-]?\\.?\\d|第|上半年|下半年|年底|年末))`, "g");

// ---------------------------------------------------------------------------------------------------------------
// Numbers

// Thousands separators: "," and also "，" when it sits between digit groups of three (typed in full-width mode).
const NUMBER_RE = /[+-]?(?:(?:\d{1,3}(?:[,，]\d{3})+(?!\d)|\d+)(?:\.\d+)?|\.\d+)/y;
const SPACES_RE = /\s*/y;
const RANGE_SEP_RE = /\s*(?:-|~|至|到)\s*/y;
const NON_SPACE = /\S/;
const PUNCT_ONLY_RE = /^[\s。.,，;；、!！:：]*$/;
/** Every date form contains one of these (年 月 季度 上/下半年 年底 separators - / . or a prefix word). */
const DATE_HINT_RE = /[年月季半\-/.截至到于在当本]/;
const LIST_MARKER_RE = /^(?:[、)）]|\.(?!\d))/;

/** Four digits at `i`: a year may open a period of years (2025-2026年) the single-date grammar does not read. */
function startsWithYear(t: string, i: number): boolean {
  for (let k = i; k < i + 4; k++) {
    const c = t.charCodeAt(k);
    if (!(c >= 48 && c <= 57)) return false;
  }
  return true;
}

function readNumber(t: string, i: number): { value: number; end: number } | null {
  NUMBER_RE.lastIndex = i;
  const m = NUMBER_RE.exec(t);
  if (!m) return null;
  const s = m[0];
  const value = Number(s.length > 4 && (s.indexOf(",") >= 0 || s.indexOf("，") >= 0) ? s.replace(/[,，]/g, "") : s);
  return Number.isFinite(value) ? { value, end: NUMBER_RE.lastIndex } : null;
}

function skipSpaces(t: string, i: number): number {
  SPACES_RE.lastIndex = i;
  SPACES_RE.exec(t);
  return SPACES_RE.lastIndex;
}

// ---------------------------------------------------------------------------------------------------------------
// Result construction

/** Leftover prose, in the user's spelling; "" when only spaces (of any width) are left. */
function slice(o: string, t: string, a: number, b: number): string {
  if (a >= b) return "";
  const n = t.slice(a, b);
  // Sentence punctuation around a value ("≥90%。", "；") is not prose: it does not make the value mixed.
  return NON_SPACE.test(n) && !PUNCT_ONLY_RE.test(n) ? o.slice(a, b).trim() : "";
}

function joinExtra(before: string, after: string): string {
  return before && after ? `${before} ${after}` : before || after;
}

function freeze(v: ParsedValue): ParsedValue {
  if (v.date) Object.freeze(v.date);
  if (v.range) Object.freeze(v.range);
  if (v.period) Object.freeze(Object.freeze(v.period).start);
  return Object.freeze(v);
}

function textValue(raw: string): ParsedValue {
  return freeze({
    raw, kind: raw ? "text" : "empty", operator: null, operatorText: null, number: null, unit: "", normalizedUnit: "",
    unitClass: "none", amountYuan: null, date: null, extraText: raw, mixed: false,
  });
}

const EMPTY: ParsedValue = textValue("");

interface OpRead {
  op: Operator | null;
  opText: string | null;
  end: number;
}

/** 二 typed for = (the two strokes look alike) directly before the number opening a value: 二100百分比 (047 嘉峪关). */
const ER_FOR_EQUALS_RE = /二(?=\d)(?!\d*[〇一二三四五六七八九十年月日])/y;

function readPrefixOp(t: string, o: string, i: number, latexOp: string | null): OpRead {
  PREFIX_OP_RE.lastIndex = i;
  const m = PREFIX_OP_RE.exec(t);
  if (!m) {
    ER_FOR_EQUALS_RE.lastIndex = i;
    if (i === 0 && ER_FOR_EQUALS_RE.test(t)) return { op: "=", opText: "二", end: i + 1 };
    return { op: null, opText: null, end: i };
  }
  const op = OP_OF.get(m[1]) ?? null;
  const written = o.slice(i, i + m[1].length);
  // A LaTeX operator was turned into ≥/≤ before parsing; report it as written ($\geq$).
  const opText = latexOp && (m[1] === "≥" || m[1] === "≤") ? latexOp : written;
  return { op, opText, end: PREFIX_OP_RE.lastIndex };
}

function amountOf(n: number, info: UnitInfo): number | null {
  if ((info.cls !== "money" && info.cls !== "unit-cost") || info.mult == null) return null;
  // Round to cents so 2.7万元 is 27000, not 27000.000000000004.
  return Math.round(n * info.mult * 100) / 100;
}

/**
 * Parse a quantity, duration or deadline starting at `start` (after `start` characters of prose, which become
 * extraText). Returns null when nothing numeric starts there.
 */
function parseAt(o: string, t: string, start: number, latexOp: string | null, raw: string): ParsedValue | null {
  const prefix = slice(o, t, 0, start);
  let i = skipSpaces(t, start);
  const opRead = readPrefixOp(t, o, i, latexOp);
  let op = opRead.op;
  let opText = opRead.opText;
  i = opRead.end;

  // Deadlines first: 2025年12月31日 and 12月 would otherwise read as the number 2025 or a duration. Most values
  // (≥90%, ≤2.7万元) have none of the characters a date needs, so the seven date patterns are skipped for them.
  const d = DATE_HINT_RE.test(t) ? matchDate(t, i, op) : null;
  if (d === INVALID_DATE) return null;
  // A period (2026年3月至11月, 2026.03-2026.12) reads as the deadline it ends by, with its start kept.
  const pr = DATE_HINT_RE.test(t) && (d || t.indexOf(".") >= 0 || startsWithYear(t, i) || startsMonthRange(t, i)) ? matchPeriod(t, i, d || null) : null;
  if (pr === INVALID_DATE) return null;
  if (pr) {
    const extra = joinExtra(prefix, slice(o, t, pr.next, t.length));
    return freeze({
      raw, kind: "deadline", operator: op, operatorText: opText, number: null, unit: "", normalizedUnit: "", unitClass: "none",
      amountYuan: null, date: pr.end, extraText: extra, mixed: extra !== "", period: { start: pr.start },
    });
  }
  if (d) {
    const extra = joinExtra(prefix, slice(o, t, d.end, t.length));
    return freeze({
      raw, kind: "deadline", operator: op, operatorText: opText, number: null, unit: "", normalizedUnit: "", unitClass: "none",
      amountYuan: null, date: d.date, extraText: extra, mixed: extra !== "",
    });
  }

  const num = readNumber(t, i);
  if (!num) return null;
  // "1.按时完成", "2、…", "3）…": a list number opening a sentence, not a target.
  if (start === 0 && op == null && LIST_MARKER_RE.test(t.slice(num.end, num.end + 2))) return null;
  let j = num.end;
  let unitStart = skipSpaces(t, j);
  let unitEnd = unitStart;
  let info: UnitInfo | null = null;
  let scale = 1;
  let u = matchUnit(t, unitStart);
  // A unit in brackets: 45（人）, 2.7(万元).
  if (!u && t[unitStart] === "(") {
    const inner = matchUnit(t, skipSpaces(t, unitStart + 1));
    const close = inner ? skipSpaces(t, inner.end) : -1;
    if (inner && t[close] === ")") u = { ...inner, end: close + 1 };
  }
  if (u) {
    info = u.info;
    scale = u.scale;
    unitEnd = j = u.end;
    // ≥3个项目 / ≥10个单位: a count of the noun after 个.
    if (info.norm === "个") {
      GE_NOUN_RE.lastIndex = j;
      if (GE_NOUN_RE.exec(t) && !NOT_A_UNIT.has(t.slice(j, GE_NOUN_RE.lastIndex))) unitEnd = j = GE_NOUN_RE.lastIndex;
    }
  }

  // Range: 3-5次, 90%~100%, 80至100人 (the second unit must repeat the first or stand alone).
  let range: { min: number; max: number } | undefined;
  RANGE_SEP_RE.lastIndex = j;
  if (RANGE_SEP_RE.exec(t)) {
    const n2Start = RANGE_SEP_RE.lastIndex;
    const n2 = t[n2Start] === "-" || t[n2Start] === "+" ? null : readNumber(t, n2Start);
    if (n2 && n2.value >= num.value) {
      const u2Start = skipSpaces(t, n2.end);
      const u2 = matchUnit(t, u2Start);
      if (u2 && (!info || u2.info.norm === info.norm)) {
        if (!info) {
          info = u2.info;
          scale = u2.scale;
          unitStart = u2Start;
          unitEnd = u2.end; // 3-5次: the unit is written once, after the range
        }
        range = { min: num.value, max: n2.value };
        j = u2.end;
      } else if (!u2 && info) {
        range = { min: num.value, max: n2.value };
        j = n2.end;
      } else if (!u2 && !info) {
        range = { min: num.value, max: n2.value };
        j = n2.end;
        unitStart = skipSpaces(t, j);
      }
    }
  }

  // Suffix operator (60以上, 24小时以内), then an unknown short unit (≥3辆 is a count even if 辆 were not listed).
  let suffixOp: Operator | null = null;
  let suffixText = "";
  const readSuffix = (): void => {
    SUFFIX_OP_RE.lastIndex = j;
    const s = SUFFIX_OP_RE.exec(t);
    if (s) {
      suffixOp = SUFFIX_OPS[s[1]];
      suffixText = o.slice(SUFFIX_OP_RE.lastIndex - s[1].length, SUFFIX_OP_RE.lastIndex);
      j = SUFFIX_OP_RE.lastIndex;
    }
  };
  readSuffix();
  if (!info && !suffixOp) {
    FALLBACK_UNIT_RE.lastIndex = unitStart;
    const f = FALLBACK_UNIT_RE.exec(t);
    if (f && !NOT_A_UNIT.has(f[1])) {
      info = { norm: f[1], cls: "other", mult: null };
      unitEnd = j = FALLBACK_UNIT_RE.lastIndex;
      readSuffix();
    }
  }

  let extraAfter = slice(o, t, j, t.length);
  if (suffixOp) {
    if (op == null) {
      op = suffixOp;
      opText = suffixText;
    } else if (op === suffixOp) {
      opText = `${opText}…${suffixText}`; // 控制在…以内, 不少于…以上
    } else {
      extraAfter = joinExtra(suffixText, extraAfter); // ≥5人以下: contradictory, leave the suffix as prose
    }
  }
  const extra = joinExtra(prefix, extraAfter);
  const unitInfo = info;
  const cls: UnitClass = unitInfo ? unitInfo.cls : "none";
  const value: ParsedValue = {
    raw,
    kind: cls === "time" ? "duration" : "quantity",
    operator: op,
    operatorText: opText,
    number: num.value,
    unit: unitInfo ? o.slice(unitStart, unitEnd).trim() : "",
    normalizedUnit: unitInfo ? unitInfo.norm : "",
    unitClass: cls,
    amountYuan: unitInfo ? amountOf(num.value, unitInfo) : null,
    date: null,
    extraText: extra,
    mixed: extra !== "",
    scale,
  };
  if (range) value.range = range;
  return freeze(value);
}

/** parseValue for a string without the memo (benchmarks and tests of the grammar itself). */
export function parseStringUncached(s: string): ParsedValue {
  return parseText(s, parseString);
}

function parseString(raw: string): ParsedValue {
  if (!raw) return EMPTY;
  const lx = delatex(raw);
  const o = lx.text;
  const t = normalizeWidth(o);
  // Only invisible characters or LaTeX delimiters ("$$", zero-width spaces): an empty cell as far as anyone can see.
  if (!NON_SPACE.test(t)) return freeze({ ...EMPTY, raw });
  const first = parseAt(o, t, 0, lx.operatorText, raw);
  if (first) return first;
  // Prose, then an operator or lead word, then a number/date: 完成时间≤2025年12月31日, 提交报告数不少于4篇, 约100人.
  SEARCH_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let tries = 0;
  while ((m = SEARCH_RE.exec(t)) && tries++ < 4) {
    const at = m[1] ? m.index : m.index + m[0].length;
    const v = at > 0 ? parseAt(o, t, at, lx.operatorText, raw) : null;
    if (v) return v;
  }
  return textValue(raw);
}

// Values repeat across rows and tables ("≥90%", "100%", "2025年12月31日"): memoised by trimmed text (memo.ts).
const parsedText = textMemo(20000, (raw) => parseString(raw));

/**
 * The per-unit amount written noun first, as accountants say it: 每亩300元, 每人每天150元, ≤每亩300 (230 零陵). It is
 * the same value as 300元/亩, 150元/人·天, ≤300/亩 and is read as that (so a missing 元 is MONEY_UNIT_INCOMPLETE, not
 * text); `raw` stays as written.
 */
const PER_UNIT_FIRST =
  /^(≥|≤|=|<|>|＞|＜|≧|≦|>=|<=)?\s*每\s*(亩|人次|人|户|次|天|日|月|年|平方米|㎡|公里|千米|个|名|只|头|株|场|期|所|村|家|吨|台|套|间|座|处|辆|床|生)(?:\s*每\s*(天|日|月|年|次))?\s*(\d+(?:\.\d+)?)\s*(万元|元|万)?$/;

/**
 * A count per head or per period written the way it is said: 每人每年不少于4次, 每人不少于50学时, 每村每月1次, 每季度1次,
 * 每周1期. It is the same value as ≥4次/人·年, ≥50学时/人, 1次/村·月, 1次/季度, 1期/周 and is read as that when that
 * reading is a clean quantity (每月15日前 is not: a deadline); `raw` stays as written.
 */
const PER_HEAD_FIRST =
  /^每\s*(人次|人|户|村|校|所|家|个|名|生|班|站|乡镇|镇|社区|季度|季|半年|学期|星期|周|月|年|天|日)(?:\s*每\s*(天|日|周|月|季度|季|学期|年))?\s*(不少于|不低于|不超过|不高于|至少|达到|≥|≤|>=|<=|=|＞|＜|>|<)?\s*(\d+(?:\.\d+)?)\s*([\u4e00-\u9fff]{1,3})$/;

/** The grammar's form of an amount said noun first: ≥ 4 次 per 人 and 年 → ≥4次/人·年 (日 → 天, as the units spell it). */
function perUnitForm(op: string, num: string, unit: string, noun: string, per: string | undefined): string {
  const day = (x: string) => (x === "日" ? "天" : x);
  return `${op}${num}${unit}/${day(noun)}${per ? `·${day(per)}` : ""}`;
}

function perHeadFirst(t: string, parse: (s: string) => ParsedValue): ParsedValue | null {
  const m = PER_HEAD_FIRST.exec(t);
  if (!m) return null;
  const [, noun, per, op = "", num, unit] = m;
  const p = parse(perUnitForm(op, num, unit, noun, per));
  return p.mixed || p.kind !== "quantity" || p.unitClass !== "count" ? null : freeze({ ...p, raw: t });
}

/**
 * A share written in words, as 公文 say it: ≤万分之三, 千分之五, 不低于百分之九十五, 百分之百. It is the same value as ≤3‱,
 * 5‰, 95%, 100% and is read as that (a 差错率 of 万分之三 is a rate, not text); `raw` stays as written.
 */
const SHARE_IN_WORDS = /(百|千|万)分之\s*(\d+(?:\.\d+)?|一?百|[一二两三四五六七八九十]{1,3})/;
const SHARE_SYMBOL: Readonly<Record<string, string>> = { 百: "%", 千: "‰", 万: "‱" };

function shareInWords(t: string): string | null {
  const m = SHARE_IN_WORDS.exec(t);
  if (!m) return null;
  const n = /^\d/.test(m[2]) ? m[2] : /百$/.test(m[2]) ? "100" : cnNumber(m[2]);
  return n === null ? null : t.replace(m[0], `${n}${SHARE_SYMBOL[m[1]]}`);
}

/** A string value: the spoken forms rewritten to the grammar's (raw kept), then the grammar (`parse`: memoised or not). */
function parseText(s: string, parse: (s: string) => ParsedValue = parsedText): ParsedValue {
  const t = s.trim();
  const per = t.includes("每") ? PER_UNIT_FIRST.exec(t) : null;
  if (per) {
    const [, op = "", noun, perTime, num, money = ""] = per;
    return freeze({ ...parse(perUnitForm(op, num, money, noun, perTime)), raw: t });
  }
  const perHead = t.startsWith("每") ? perHeadFirst(t, parse) : null;
  if (perHead !== null) return perHead;
  const share = t.includes("分之") ? shareInWords(t) : null;
  if (share !== null) return freeze({ ...parse(share), raw: t });
  const hours = SERVICE_HOURS.exec(t);
  if (hours) return freeze({ ...parse(`=${hours[2]}小时`), raw: t });
  return parse(t);
}

/**
 * Service hours as days × hours (7×24小时, 5×8小时服务): a fixed standard of availability, read as its hours a day
 * (=24小时), not as the number 7 followed by text.
 */
const SERVICE_HOURS = /^=?\s*([1-7])\s*[×xX*＊]\s*(\d{1,2})\s*(?:小时|h|H)(?:服务|在线|值守|运行|运维|不间断)?$/;

function formatDateRaw(d: Date): string {
  const p = (n: number) => (n < 10 ? "0" + n : String(n));
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`;
}

/** A year and month written with a dot (2026.12, 2026.6前, 2026.12月底): as a 时效 value, the month of that year. */
const DOTTED_YEAR_MONTH = /^(\d{4})\.(\d{1,2})\s*(月?\s*(?:底|末)?\s*(?:前|以前|之前)?)$/;

/**
 * A 时效 row's value. Accountants write the month of a deadline as 2026.12 (and Excel keeps it as the number
 * 2026.12); under 时效 that is December 2026, read with the date grammar. Elsewhere 2026.12 stays a number (a cost of
 * 2020.5万元 in a 万元 table), so only the caller that knows the row is a 时效 row asks for this reading.
 */
export function parseTimelinessValue(input: CellValue): ParsedValue {
  const text = typeof input === "number" && Number.isFinite(input) ? String(input) : typeof input === "string" ? normalizeWidth(input.trim()) : null;
  if (text === null) return parseValue(input);
  const m = DOTTED_YEAR_MONTH.exec(text);
  let reading: string | null = null;
  if (m && validYear(+m[1]) && +m[2] >= 1 && +m[2] <= 12) reading = `${m[1]}年${+m[2]}月${m[3]}`;
  // 二〇二六年十二月三十一日前: a date in Chinese numerals, as 公文 write them.
  else if (CN_NUMERAL_DATE.test(text)) reading = text.replace(CN_NUMERAL_DATE_PART, (_, n: string, unit: string) => `${chineseNumber(n)}${unit}`);
  if (reading !== null) {
    const p = parseText(reading);
    if (p.kind === "deadline") return freeze({ ...p, raw: typeof input === "string" ? input.trim() : text });
  }
  return parseValue(input);
}

const CN_NUMERAL_DATE = /[〇零一二三四五六七八九]{4}\s*年/;
const CN_NUMERAL_DATE_PART = /([〇零一二三四五六七八九十]+)\s*(年|月|日|号)/g;

/** 二〇二六 → 2026 (a year, digit by digit), 十二 → 12, 三十一 → 31. */
function chineseNumber(n: string): string {
  return n.length === 4 && !n.includes("十") ? [...n].map((c) => CN_DIGITS[c] ?? "").join("") : String(cnNumber(n) ?? n);
}

/**
 * Parse one 指标值 (spec §3). Strings carry the grammar; a JS number is a unitless quantity (Excel gives 0.9 for a
 * cell formatted 90%, so shells should pass the display text when they have it); a Date is a deadline on that day
 * (UTC fields, as ExcelJS produces them); booleans are the text TRUE/FALSE.
 */
export function parseValue(input: CellValue): ParsedValue {
  try {
    if (input == null) return EMPTY;
    if (typeof input === "string") return parseText(input);
    if (typeof input === "number") {
      if (!Number.isFinite(input)) return textValue(String(input));
      return freeze({
        raw: String(input), kind: "quantity", operator: null, operatorText: null, number: input, unit: "", normalizedUnit: "",
        unitClass: "none", amountYuan: null, date: null, extraText: "", mixed: false, scale: 1,
      });
    }
    if (typeof input === "boolean") return textValue(input ? "TRUE" : "FALSE");
    if (input instanceof Date) {
      const ms = input.getTime();
      if (!Number.isFinite(ms)) return textValue("Invalid Date");
      const year = input.getUTCFullYear();
      // Same year window as written dates: a Date cell in year 1200 or 2600 is a typing accident, shown as text.
      if (year < 1900 || year > 2199) return textValue(year > 0 && year < 10000 ? formatDateRaw(input) : input.toISOString());
      return freeze({
        raw: formatDateRaw(input), kind: "deadline", operator: null, operatorText: null, number: null, unit: "", normalizedUnit: "",
        unitClass: "none", amountYuan: null,
        date: { year, month: input.getUTCMonth() + 1, day: input.getUTCDate(), endOfMonth: false, qualifier: "on", precision: "day" },
        extraText: "", mixed: false,
      });
    }
    return textValue(String(input).trim());
  } catch {
    // Defensive only: every path above is total. A value we cannot read is shown to the user as text.
    try {
      return textValue(String(input).trim());
    } catch {
      return EMPTY;
    }
  }
}

/** A value cell holding only a dash or slash (“-”, “—”, “/”): no target written, read as no value by every rule. */
const DASH_ONLY = /^[\s\-－—–_/／\\]+$/;
export function isDashOnly(text: string): boolean {
  return DASH_ONLY.test(text);
}

/** The words a filler marks an indicator as not applying with (one list for names and values). */
const NOT_APPLICABLE_WORDS = "不适用|不涉及|无此(?:类|项)?指标";

/** A row the filler marks as not applying (本项目不适用此指标, 不涉及, 无) in its name or value: accepted as it is. */
const NOT_APPLICABLE = new RegExp(`${NOT_APPLICABLE_WORDS}|^无$`);
export function isNotApplicable(text: string): boolean {
  return NOT_APPLICABLE.test(text.trim());
}

/** A value cell that is nothing but such a mark (不适用, 不涉及, 无, N/A): no target, and none is asked for. */
const NOT_APPLICABLE_VALUE = new RegExp(`^\\s*(?:本项目)?(?:${NOT_APPLICABLE_WORDS}|无|N\\/?A)\\s*[。.]?\\s*$`, "i");
export function isNotApplicableValue(text: string): boolean {
  return NOT_APPLICABLE_VALUE.test(text);
}
