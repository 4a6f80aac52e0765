/**
 * Deadlines in 指标值: 2025年12月31日, 12月31日前, 2024年12月底前, 12月底之前, ≤12月, 2025-12-31, 2025.12.31,
 * 2025/12/31, 第三季度末, 上半年, 2025年内, 年底前. All regexes are sticky and run on normalised (half-width) text.
 */
import type { Operator, ParsedDate } from "./types";
import { CN_DIGITS } from "./chineseNumerals";

export interface DateMatch {
  date: ParsedDate;
  /** Index just after the date and its qualifier (前, 之前, 底前完成 …). */
  end: number;
}

/** A structurally date-like text with an impossible month/day/year (2月30日, 13月5日, 0000年). */
export const INVALID_DATE = "invalid" as const;

// 当年/本年/本年度 name the budget year without writing it: the year stays null (DEADLINE_NO_YEAR decides).
// 次年/翌年/下一年度 name the year after the budget year (ParsedDate.nextYear).
// 计划于 / 力争 / 确保 / 预计 / 拟于 2026年6月底前完成: an intent word before the deadline says nothing of the date;
// nor does the row's own label written again before it (完成时间为2022年12月30日, 截止时间:2026年6月30日).
const LABEL_RE = /((?:完成|截止|交付|支付|拨付|验收|实施)?(?:时间|时限|日期))\s*(?:为|是|:)\s*/y;
const PREFIX_RE = /(?:计划|力争|确保|预计|拟|争取|务必|将|要求)?\s*(截至|截止到|截止至|截止|于|在|至|到)?\s*(?:当年度|当年|本年度|本年|次年度|次年|翌年|下一年度|下一年|下年度)?\s*/y;
const ISO_RE = /(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?![\d.])(?:\s*日)?/y;
const YEAR_MONTH_RE = /(\d{4})\s*[-/]\s*(\d{1,2})(?![\d./-])/y;
// The day's 日 may be left off at the end of a value or before 前 (2026年12月31, 12月31前).
const CN_RE = /(?:(\d{4})\s*年\s*(?:度\s*)?)?(\d{1,2})\s*月\s*(?:份\s*)?(?:(\d{1,2})\s*(?:[日号]|(?=\s*(?:前|以前|之前)?\s*$))|(底|末|下旬|中旬|上旬|初))?/y;
const QUARTER_RE = /(?:(\d{4})\s*年\s*(?:度\s*)?)?(第)?\s*([1-4一二三四])\s*季度\s*(末|底)?/y;
const HALF_RE = /(?:(\d{4})\s*年\s*(?:度\s*)?)?(上半年|下半年)\s*(末|底)?/y;
// "2025年年底前", "2025年度年末": the 年 of 年底 written again after the year.
const YEAR_RE = /(\d{4})\s*年\s*(度)?\s*(?:年\s*(?=[底末内]))?(底|末|内|全年)?/y;
// Words that name the budget year as the time span: 年底前, 年内, and 全年 / 当年 / 本年度 standing alone.
const YEAR_WORD_RE = /(本年度内|本年内|当年内|年度内|年底|年末|年内|全年|当年度|当年|本年度|本年)/y;
/** 全年 / 当年 / 本年度 are a time value only when nothing but a qualifier follows (全年工作顺利完成 is prose). */
const BARE_YEAR_WORD = /^(全年|当年度|当年|本年度|本年)$/;
const QUALIFIER_RE = /\s*(之前|以前|前|为止|止|以内|之内|内)?(?:\s*(?:完成|结束|办结|完工|实施))?/y;


function daysInMonth(year: number | null, month: number): number {
  if (month === 2) return year == null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The years a 4-digit number before 年 is read as (outside them "3000年" is a duration). */
export function validYear(y: number): boolean {
  return y >= 1900 && y <= 2199;
}

function finish(
  t: string,
  i: number,
  year: number | null,
  month: number,
  day: number | null,
  endOfMonth: boolean,
  precision: NonNullable<ParsedDate["precision"]>,
  before: boolean,
): DateMatch {
  QUALIFIER_RE.lastIndex = i;
  const q = QUALIFIER_RE.exec(t);
  let end = i;
  if (q && q[0].trim()) {
    end = QUALIFIER_RE.lastIndex;
    if (q[1]) before = true;
  }
  return { date: { year, month, day, endOfMonth, qualifier: before ? "before" : "on", precision }, end };
}

/**
 * The deadline starting at `i`, or null (not a date), or INVALID_DATE. `op` is the operator already read before it:
 * ≤/< make the qualifier "before"; a bare month after ≥/> is a duration (≥3月), not a date.
 */
export function matchDate(t: string, i: number, op: Operator | null): DateMatch | typeof INVALID_DATE | null {
  const m = matchDateAt(t, i, op);
  // 当年 / 本年度 / 全年 name the budget year without writing it.
  if (m && m !== INVALID_DATE && m.date.year === null) {
    const head = t.slice(i, m.end);
    if (NEXT_YEAR_WORD_RE.test(head)) m.date.nextYear = true;
    else if (BUDGET_YEAR_WORD_RE.test(head)) m.date.namesBudgetYear = true;
  }
  return m;
}

const BUDGET_YEAR_WORD_RE = /当年|本年|全年/;
const NEXT_YEAR_WORD_RE = /次年|翌年|下一年|下年度/;

function matchDateAt(t: string, i: number, op: Operator | null): DateMatch | typeof INVALID_DATE | null {
  let before = op === "<=" || op === "<";
  LABEL_RE.lastIndex = i;
  const label = LABEL_RE.exec(t);
  if (label) {
    i = LABEL_RE.lastIndex;
    // A 截止 or 时限 label says the date is a limit (截止时间:2026年6月30日 is 2026年6月30日前).
    if (/截止|时限/.test(label[1])) before = true;
  }
  PREFIX_RE.lastIndex = i;
  const p = PREFIX_RE.exec(t);
  let j = i;
  if (p && p[0]) {
    j = PREFIX_RE.lastIndex;
    if (p[1] && p[1] !== "于" && p[1] !== "在") before = true;
  }
  const c0 = t.charCodeAt(j);
  const startsWithDigit = c0 >= 48 && c0 <= 57;

  if (startsWithDigit) {
    ISO_RE.lastIndex = j;
    let m = ISO_RE.exec(t);
    if (m) {
      const y = +m[1], mo = +m[3], d = +m[4];
      if (!validYear(y) || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return INVALID_DATE;
      return finish(t, ISO_RE.lastIndex, y, mo, d, false, "day", before);
    }
    CN_RE.lastIndex = j;
    m = CN_RE.exec(t);
    if (m) {
      const y = m[1] ? +m[1] : null, mo = +m[2];
      const bare = y == null && !m[3] && !m[4];
      if (bare && (mo < 1 || mo > 12 || op === ">=" || op === ">")) return null; // ≥3月, ≤18月: durations
      if ((y != null && !validYear(y)) || mo < 1 || mo > 12) return INVALID_DATE;
      let day: number | null = null;
      let eom = false;
      if (m[3]) {
        day = +m[3];
        if (day < 1 || day > daysInMonth(y, mo)) return INVALID_DATE;
      } else if (m[4] === "底" || m[4] === "末" || m[4] === "下旬") eom = true;
      else if (m[4] === "上旬") day = 10;
      else if (m[4] === "中旬") day = 20;
      else if (m[4] === "初") day = 1;
      return finish(t, CN_RE.lastIndex, y, mo, day, eom, day != null && !m[4] ? "day" : "month", before);
    }
    YEAR_MONTH_RE.lastIndex = j;
    m = YEAR_MONTH_RE.exec(t);
    if (m && validYear(+m[1]) && +m[2] >= 1 && +m[2] <= 12) {
      return finish(t, YEAR_MONTH_RE.lastIndex, +m[1], +m[2], null, false, "month", before);
    }
  }
  QUARTER_RE.lastIndex = j;
  let m = QUARTER_RE.exec(t);
  // "3季度" alone is a count of quarters; 第3季度 / 2025年3季度 / 3季度末 are dates.
  if (m && (m[1] || m[2] || m[4])) {
    const y = m[1] ? +m[1] : null;
    if (y != null && !validYear(y)) return INVALID_DATE;
    const q = CN_DIGITS[m[3]] ?? +m[3];
    return finish(t, QUARTER_RE.lastIndex, y, q * 3, null, true, "quarter", before);
  }
  HALF_RE.lastIndex = j;
  m = HALF_RE.exec(t);
  if (m) {
    const y = m[1] ? +m[1] : null;
    if (y != null && !validYear(y)) return INVALID_DATE;
    return finish(t, HALF_RE.lastIndex, y, m[2] === "上半年" ? 6 : 12, null, true, "half", before);
  }
  if (startsWithDigit) {
    YEAR_RE.lastIndex = j;
    m = YEAR_RE.exec(t);
    if (m && m[1].length === 4) {
      const y = +m[1];
      // A 4-digit number of 年 outside 1900–2199 is not a year: leave it to the number path (a duration).
      if (!validYear(y)) return null;
      const end = m[3] === "底" || m[3] === "末";
      return finish(t, YEAR_RE.lastIndex, y, 12, null, true, end ? "month" : "year", before || m[3] === "内" || m[3] === "全年");
    }
    return null;
  }
  // PREFIX_RE may have eaten 当年/本年度 as a prefix: the year word is then read from where the prefix began.
  for (const at of j === i ? [j] : [j, i]) {
    YEAR_WORD_RE.lastIndex = at;
    m = YEAR_WORD_RE.exec(t);
    if (!m) continue;
    // 全年培训100人 is a count introduced by 全年, not a deadline: a year word is a time value only without numbers after it.
    if (/\d/.test(t.slice(YEAR_WORD_RE.lastIndex))) return null;
    const w = m[1];
    const within = w.endsWith("内") || !/[底末]/.test(w);
    const r = finish(t, YEAR_WORD_RE.lastIndex, null, 12, null, true, within ? "year" : "month", before || within);
    if (BARE_YEAR_WORD.test(w) && /[^\s。；;，,]/.test(t.slice(r.end))) return null;
    return r;
  }
  return null;
}

export interface PeriodMatch {
  start: ParsedDate;
  end: ParsedDate;
  /** Index just after the period. */
  next: number;
}

const PERIOD_SEP_RE = /\s*(?:至|到|-{1,2}|~|～|—{1,2}|－|–)\s*/y;
// 2026年1-12月, 2026年3月至11月份: one year, a range of months.
const YEAR_MONTHS_RE = /(\d{4})\s*年\s*(?:度\s*)?(\d{1,2})\s*(?:月\s*)?(?:份\s*)?(?:至|到|-{1,2}|~|～|—{1,2}|－|–)\s*(\d{1,2})\s*月\s*(?:份\s*)?(?:底|末)?/y;
// 1-12月, 3月至11月份 without a year (the month written once or twice).
const MONTHS_RE = /(\d{1,2})\s*(?:月\s*)?(?:份\s*)?(?:至|到|-{1,2}|~|～|—{1,2}|－|–)\s*(\d{1,2})\s*月\s*(?:份\s*)?(?:底|末)?(?![\d日号])/y;
// 2025-2026年, 2025年至2026年: a span of years.
const YEARS_RE = /(\d{4})\s*(?:年\s*(?:度\s*)?)?(?:至|到|-{1,2}|~|～|—{1,2}|－|–)\s*(\d{4})\s*年\s*(?:度)?/y;
// 2026.03-2026.12, 2023.07-2024.01: year.month on both sides (a lone 2025.12 stays a decimal).
const DOT_PERIOD_RE = /(\d{4})\.(\d{1,2})\s*(?:至|到|-{1,2}|~|～|—{1,2}|－|–)\s*(?:(\d{4})\.)?(\d{1,2})(?![\d.])(?:\s*月)?/y;

/** The end of a dot period written without its year: 12.31 (after 2021.1.1-). */
const SHORT_DOT_DAY_RE = /(\d{1,2})\.(\d{1,2})(?![\d.])/y;

function monthDate(year: number | null, month: number, eom: boolean): ParsedDate {
  return { year, month, day: null, endOfMonth: eom, qualifier: eom ? "before" : "on", precision: "month" };
}

/** Whether a month range without a year (1-12月, 3-6月份) starts at `i`. */
export function startsMonthRange(t: string, i: number): boolean {
  MONTHS_RE.lastIndex = i;
  return MONTHS_RE.test(t);
}

/**
 * A period at `i` (2026年3月至11月, 2026.03-2026.12, 2026年3月-2026年12月): its first date and the date it ends by.
 * The end inherits the start's year when it has none; an end without a day means the end of that month.
 * `first` is the date already matched at `i` (or null).
 */
export function matchPeriod(t: string, i: number, first: DateMatch | null): PeriodMatch | typeof INVALID_DATE | null {
  YEAR_MONTHS_RE.lastIndex = i;
  let r = YEAR_MONTHS_RE.exec(t);
  if (r) {
    const y = +r[1], mo1 = +r[2], mo2 = +r[3];
    if (!validYear(y) || mo1 < 1 || mo1 > 12 || mo2 < 1 || mo2 > 12) return INVALID_DATE;
    if (mo2 >= mo1) return { start: monthDate(y, mo1, false), end: monthDate(y, mo2, true), next: YEAR_MONTHS_RE.lastIndex };
  }
  // 1-12月, 3-6月份 (no year): a range of months of the budget year, not a span of 1 to 12 months (that is 个月).
  MONTHS_RE.lastIndex = i;
  r = MONTHS_RE.exec(t);
  if (r) {
    const mo1 = +r[1], mo2 = +r[2];
    if (mo1 >= 1 && mo2 <= 12 && mo2 > mo1) return { start: monthDate(null, mo1, false), end: monthDate(null, mo2, true), next: MONTHS_RE.lastIndex };
  }
  YEARS_RE.lastIndex = i;
  r = YEARS_RE.exec(t);
  if (r) {
    const y1 = +r[1], y2 = +r[2];
    if (validYear(y1) && validYear(y2) && y2 > y1) {
      const start: ParsedDate = { year: y1, month: 1, day: null, endOfMonth: false, qualifier: "on", precision: "year" };
      const end: ParsedDate = { year: y2, month: 12, day: null, endOfMonth: true, qualifier: "before", precision: "year" };
      return { start, end, next: YEARS_RE.lastIndex };
    }
  }
  if (first && first.date.precision === "year") return null;
  if (!first) {
    DOT_PERIOD_RE.lastIndex = i;
    const m = DOT_PERIOD_RE.exec(t);
    if (!m) return null;
    const y1 = +m[1], mo1 = +m[2], y2 = m[3] ? +m[3] : y1, mo2 = +m[4];
    if (!validYear(y1) || !validYear(y2) || mo1 < 1 || mo1 > 12 || mo2 < 1 || mo2 > 12) return INVALID_DATE;
    if (y2 * 12 + mo2 < y1 * 12 + mo1) return null;
    return { start: monthDate(y1, mo1, false), end: monthDate(y2, mo2, true), next: DOT_PERIOD_RE.lastIndex };
  }
  PERIOD_SEP_RE.lastIndex = first.end;
  if (!PERIOD_SEP_RE.exec(t)) return null;
  // 2021.1.1-12.31: a day-level dot date whose end leaves its year out.
  if (first.date.precision === "day" && first.date.year !== null) {
    SHORT_DOT_DAY_RE.lastIndex = PERIOD_SEP_RE.lastIndex;
    const d = SHORT_DOT_DAY_RE.exec(t);
    if (d) {
      const mo = +d[1], day = +d[2];
      if (mo < 1 || mo > 12 || day < 1 || day > 31) return INVALID_DATE;
      const end: ParsedDate = { year: first.date.year, month: mo, day, endOfMonth: false, qualifier: "before", precision: "day" };
      return { start: first.date, end, next: SHORT_DOT_DAY_RE.lastIndex };
    }
  }
  const second = matchDate(t, PERIOD_SEP_RE.lastIndex, null);
  if (second === INVALID_DATE || !second) return second;
  const s = first.date;
  const e = second.date;
  const year = e.year ?? s.year;
  const end: ParsedDate = {
    ...e,
    year,
    endOfMonth: e.endOfMonth || e.day === null,
    qualifier: "before",
  };
  return { start: { ...s, qualifier: "on" }, end, next: second.end };
}

/** Global finder for date spans inside free text (extractNumbers skips their digits). */
export const DATE_SPAN_RE =
  /\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|(?:\d{4}\s*年\s*(?:度\s*)?)?\d{1,2}\s*月\s*(?:份\s*)?(?:\d{1,2}\s*[日号])?|\d{4}\s*年(?:度)?/g;
