/**
 * Small helpers over ParsedValue for rules and shells: canonical operator symbols, formatting for suggestions,
 * plain-number reading, number extraction from free text (绩效指标描述), percent and scale views.
 */
import type { CellValue } from "../types";
import type { Operator, ParsedValue, UnitClass } from "./types";
import { normalizeWidth } from "./normalize";
import { matchUnit } from "./units";
import { DATE_SPAN_RE, validYear } from "./dates";

const SYMBOL: Record<Operator, string> = { ">=": "≥", "<=": "≤", ">": ">", "<": "<", "=": "=" };

/** Canonical symbol for suggestions: ≥ ≤ > < =; "" for null. */
export function operatorSymbol(op: Operator | null | undefined): string {
  return op ? SYMBOL[op] : "";
}

/**
 * A number as a person writes it, never in exponent form (a cell reading "1e-9" would not parse back), without
 * float noise (0.1+0.2 → "0.3"); at most 6 decimals for ordinary magnitudes, 12 for tiny ones.
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  if (abs >= 1e21) return BigInt(n).toString(); // doubles this large are integers
  if (abs >= 1e15) return String(n);
  if (abs !== 0 && abs < 1e-6) {
    const s = n.toFixed(12).replace(/0+$/, "").replace(/\.$/, "");
    return s === "-0" ? "0" : s;
  }
  return String(Math.round(n * 1e6) / 1e6);
}

/**
 * The value written canonically: `≥45人`, `≤450元/人·天`, `=100%`, `2025年12月31日前`, `≤12月`. Text and empty
 * values come back as written. Rules build suggestions with it, e.g. formatValue({ ...parsed, operator: "=" }).
 */
export function formatValue(p: ParsedValue): string {
  switch (p.kind) {
    case "empty":
      return "";
    case "text":
      return p.raw;
    case "deadline": {
      const d = p.date;
      if (!d) return p.raw;
      if (p.period) {
        const a = p.period.start;
        const head = `${a.year != null ? `${a.year}年` : ""}${a.month}月${a.day != null ? `${a.day}日` : ""}`;
        const tail = `${d.year != null && d.year !== a.year ? `${d.year}年` : d.nextYear ? "次年" : ""}${d.month}月${d.day != null ? `${d.day}日` : ""}`;
        return `${operatorSymbol(p.operator)}${head}至${tail}`;
      }
      const op = p.operator;
      const ceiling = op === "<=" || op === "<";
      let s = operatorSymbol(op);
      if (d.year != null) s += `${d.year}年`;
      else if (d.nextYear) s += "次年";
      // 年内 / 全年 / 当年 without a written year read back as 年内.
      if (d.precision === "year") return d.year == null ? s + "年内" : s + (d.qualifier === "before" && !ceiling ? "内" : "");
      s += `${d.month}月`;
      if (d.day != null) s += `${d.day}日`;
      else if (d.endOfMonth) s += "底";
      return s + (d.qualifier === "before" && !ceiling ? "前" : "");
    }
    default: {
      if (p.number == null) return p.raw;
      const num = p.range ? `${formatNumber(p.range.min)}-${formatNumber(p.range.max)}` : formatNumber(p.number);
      // 2 100 years ("2,100年") written as "2100年" would read back as the year 2100: keep the thousands separator.
      if (!p.range && p.normalizedUnit.startsWith("年") && Number.isInteger(p.number) && validYear(p.number)) {
        return `${operatorSymbol(p.operator)}${num.slice(0, 1)},${num.slice(1)}${p.normalizedUnit}`;
      }
      return operatorSymbol(p.operator) + num + p.normalizedUnit;
    }
  }
}

const PLAIN_NUMBER = /^[+-]?(?:(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?|\.\d+)$/;

/**
 * A cell that is just a number ("1,262.00", "１２", " 9.40 ", 0.16) → that number; anything else → null.
 * Full-width and thousands-separator aware; never throws. Units and % are not accepted: use parseValue for those.
 */
export function toNumber(input: CellValue): number | null {
  if (typeof input === "number") return Number.isFinite(input) ? input : null;
  if (typeof input !== "string") return null;
  const s = normalizeWidth(input).trim();
  if (!s || s.length > 64 || !PLAIN_NUMBER.test(s)) return null;
  const n = Number(s.replace(/[,，]/g, ""));
  return Number.isFinite(n) ? n : null;
}

export interface ExtractedNumber {
  /** The number as written, with its operator and unit ("不超158.69万元"). */
  text: string;
  /** Index of `text` in the input. */
  index: number;
  operator: Operator | null;
  operatorText: string | null;
  number: number;
  unit: string;
  normalizedUnit: string;
  unitClass: UnitClass;
  /** 元 for money and per-unit costs, else null. */
  amountYuan: number | null;
  /** Unit magnitude (万人 → 10000), 1 otherwise. */
  scale: number;
}

const FREE_NUMBER_RE = /(?:\d{1,3}(?:[,，]\d{3})+(?!\d)|\d+)(?:\.\d+)?/g;
const OP_BEFORE_RE =
  /(大于或等于|大于等于|小于或等于|小于等于|不少于|不低于|不小于|不超过|不高于|不大于|不多于|不超|至少|最多|控制在|达到|大于|高于|超过|小于|低于|少于|等于|>=|<=|≥|≤|>|<|=)\s*$/;
const WORD_OP: Record<string, Operator> = {
  大于或等于: ">=", 大于等于: ">=", 不少于: ">=", 不低于: ">=", 不小于: ">=", 至少: ">=", 达到: ">=", ">=": ">=", "≥": ">=",
  小于或等于: "<=", 小于等于: "<=", 不超过: "<=", 不高于: "<=", 不大于: "<=", 不多于: "<=", 不超: "<=", 最多: "<=", 控制在: "<=",
  "<=": "<=", "≤": "<=", 大于: ">", 高于: ">", 超过: ">", ">": ">", 小于: "<", 低于: "<", 少于: "<", "<": "<", 等于: "=", "=": "=",
};
const SUFFIX_AFTER_RE = /\s*(及以上|以上|及以下|以下|以内|之内)/y;
const SUFFIX_OP: Record<string, Operator> = { 及以上: ">=", 以上: ">=", 及以下: "<=", 以下: "<=", 以内: "<=", 之内: "<=" };

/**
 * Every number in free text with its operator and unit, e.g. for DESC_VALUE_CONFLICT:
 * extractNumbers("不超158.69万元") → [{ operator: "<=", number: 158.69, normalizedUnit: "万元", amountYuan: 1586900 … }].
 * Digits that belong to dates (2025年12月31日, 2025-12-31) and to longer alphanumeric codes are skipped.
 * Text longer than 10 000 characters is read up to that length. Never throws.
 */
export function extractNumbers(input: CellValue): ExtractedNumber[] {
  if (typeof input === "number") {
    return Number.isFinite(input)
      ? [{ text: String(input), index: 0, operator: null, operatorText: null, number: input, unit: "", normalizedUnit: "", unitClass: "none", amountYuan: null, scale: 1 }]
      : [];
  }
  if (typeof input !== "string" || !input) return [];
  const o = input.length > 10000 ? input.slice(0, 10000) : input;
  const t = normalizeWidth(o);
  const dates: Array<[number, number]> = [];
  DATE_SPAN_RE.lastIndex = 0;
  for (let d = DATE_SPAN_RE.exec(t); d; d = DATE_SPAN_RE.exec(t)) {
    if (d[0].length === 0) DATE_SPAN_RE.lastIndex++;
    else dates.push([d.index, d.index + d[0].length]);
  }
  const out: ExtractedNumber[] = [];
  FREE_NUMBER_RE.lastIndex = 0;
  for (let m = FREE_NUMBER_RE.exec(t); m; m = FREE_NUMBER_RE.exec(t)) {
    const at = m.index;
    const end = at + m[0].length;
    if (dates.some(([a, b]) => at >= a && at < b)) continue;
    // Part of a code such as 13020025P00ENRT10004F or a decimal we entered mid-way: not a quantity.
    const prev = at > 0 ? t[at - 1] : "";
    if (/[A-Za-z.]/.test(prev) || (/[A-Za-z]/.test(t[end] ?? "") && !matchUnit(t, end))) continue;
    const number = Number(m[0].replace(/[,，]/g, ""));
    if (!Number.isFinite(number)) continue;
    const before = OP_BEFORE_RE.exec(t.slice(Math.max(0, at - 8), at));
    let operator: Operator | null = before ? WORD_OP[before[1]] : null;
    const opStart = before ? at - before[0].length : at;
    let operatorText = before ? o.slice(opStart, opStart + before[1].length) : null;
    let j = end;
    while (j < t.length && t[j] === " ") j++;
    const u = matchUnit(t, j);
    const unitEnd = u ? u.end : end;
    let stop = unitEnd;
    SUFFIX_AFTER_RE.lastIndex = unitEnd;
    const s = SUFFIX_AFTER_RE.exec(t);
    if (s && operator == null) {
      operator = SUFFIX_OP[s[1]];
      operatorText = s[1];
      stop = SUFFIX_AFTER_RE.lastIndex;
    }
    const info = u?.info;
    out.push({
      text: o.slice(opStart, stop),
      index: opStart,
      operator,
      operatorText,
      number,
      unit: u ? o.slice(j, u.end) : "",
      normalizedUnit: info ? info.norm : "",
      unitClass: info ? info.cls : "none",
      amountYuan: info && (info.cls === "money" || info.cls === "unit-cost") && info.mult != null ? Math.round(number * info.mult * 100) / 100 : null,
      scale: u ? u.scale : 1,
    });
    FREE_NUMBER_RE.lastIndex = Math.max(FREE_NUMBER_RE.lastIndex, unitEnd);
  }
  return out;
}

/** The value as a percentage (=90% → 90, ≥5‰ → 0.5, ≤15/10万 → 0.015, ≤1/100万 → 0.0001), or null when it is not written as a percentage. */
export function percentOf(p: ParsedValue): number | null {
  if (p.unitClass !== "percent" || p.number == null) return null;
  if (p.normalizedUnit === "%") return p.number;
  if (p.normalizedUnit === "‰") return p.number / 10;
  if (p.normalizedUnit === "‱") return p.number / 100;
  if (p.normalizedUnit === "/10万") return p.number / 1000;
  if (p.normalizedUnit === "/100万") return p.number / 10000;
  return null; // 个百分点: a change, not a level
}

/** number × the unit's magnitude (≥300万人次 → 3 000 000); money → 元 (amountYuan). Null without a number. */
export function scaledNumber(p: ParsedValue): number | null {
  if (p.number == null) return null;
  if (p.amountYuan != null) return p.amountYuan;
  return p.number * (p.scale ?? 1);
}

/** A number target of any kind: quantity or duration with a number (deadlines and text are not). */
export function isNumeric(p: ParsedValue): boolean {
  return (p.kind === "quantity" || p.kind === "duration") && p.number != null;
}
