/**
 * Small helpers to write values back the way accountants write them (≥45人, ≤450元/人·天) in
 * messages and suggestions. One place so every rule spells operators and numbers the same way.
 */
import type { Operator, ParsedValue } from "../../values/types";

/** The spelling used in suggestions: full-width mathematical symbols. */
export const OPERATOR_SYMBOL: Record<Operator, string> = { ">=": "≥", "<=": "≤", ">": ">", "<": "<", "=": "=" };

/** 21.12 → "21.12", 0.1+0.2 → "0.3", 90000 → "90000" (no exponent, no float noise). */
export function formatNumber(n: number): string {
  if (Number.isSafeInteger(n)) return String(n);
  if (!Number.isFinite(n)) return String(n);
  const r = Number(n.toPrecision(12));
  if (Math.abs(r) >= 1e21) return r.toFixed(0);
  return String(r);
}

/** Operator + number + unit as one value, e.g. ("<=", 450, "元/人·天") → "≤450元/人·天". */
export function formatValue(op: Operator | null, n: number, unit: string): string {
  return `${op ? OPERATOR_SYMBOL[op] : ""}${formatNumber(n)}${unit}`;
}

/** The value as written, compacted for quoting in messages (no line breaks, no doubled spaces). */
const SPACE_RUN = /\s+/g;
const HAS_SPACE = /\s/;
export function quoteValue(p: ParsedValue): string {
  return `“${HAS_SPACE.test(p.raw) ? p.raw.replace(SPACE_RUN, " ").trim() : p.raw}”`;
}

/** The unit as written, without spaces ("万 人" → "万人"). */
const UNIT_SPACE = /[\s\u3000]+/g;
const UNIT_HAS_SPACE = /[\s\u3000]/;
export function writtenUnit(p: ParsedValue): string {
  return UNIT_HAS_SPACE.test(p.unit) ? p.unit.replace(UNIT_SPACE, "") : p.unit;
}

/** `text` with `{year}` replaced by the budget year, ×××× when it is unknown (the examples messages propose). */
export function withBudgetYear(text: string, year: number | null | undefined): string {
  return text.replace(/\{year\}/g, String(year ?? "××××"));
}
