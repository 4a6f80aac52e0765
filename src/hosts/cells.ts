/**
 * Small, host-independent helpers shared by the Excel and WPS adapters.
 */
import { parseRangeA1, type CellValue, type MergedArea } from "../engine";

/** Text that a spreadsheet would take for a formula (or a DDE/sign-prefixed number) when typed. */
const FORMULA_LEAD = /^[=+\-@]/;

/**
 * A string written as a cell VALUE must stay text: a leading = + - @ would make Excel/WPS parse it
 * as a formula ("=100%" would become 1). A leading apostrophe is the spreadsheet's own "this is
 * text" prefix; it is not stored in the value.
 */
export function asTextCell(s: string): string {
  return FORMULA_LEAD.test(s) || s.startsWith("'") ? `'${s}` : s;
}

/**
 * What the engine should see for one host cell. Excel stores a typed "25%" as 0.25 with a percent
 * format and a typed "2025年12月31日" as a date serial; the displayed text is what the accountant
 * wrote, so numbers whose display is not a plain number are passed as their display text.
 */
export function cellForEngine(value: unknown, text: unknown): CellValue {
  if (typeof value === "number") {
    const t = typeof text === "string" ? text.trim() : "";
    if (t && !/^-?[\d,]+(\.\d+)?$/.test(t) && !/^#/.test(t)) return t;
    return value;
  }
  if (typeof value === "string" || typeof value === "boolean" || value === null || value === undefined) return value;
  return String(value);
}

/** Text a spreadsheet would turn into a number, percent or date when typed ("25%", "1,200", "2025/12/31", "2025年12月31日"). */
const CONVERTIBLE = /^\s*([-+]?[\d,]*\.?\d+(e[-+]?\d+)?%?|\d{1,4}[-/.年]\d{1,2}([-/.月]\d{1,2}日?)?|\d{1,2}月\d{1,2}日|TRUE|FALSE)\s*$/i;

/**
 * A string that must come back as exactly this TEXT (撤销修正 of a text cell): besides the formula
 * escape, text the spreadsheet would convert ("25%" → 0.25, "2025年12月31日" → a date) gets the
 * apostrophe prefix too. The stored value is the string itself.
 */
export function asLiteralText(s: string): string {
  return FORMULA_LEAD.test(s) || s.startsWith("'") || CONVERTIBLE.test(s) ? `'${s}` : s;
}

/** True when a host cell counts as empty for the "never overwrite" check (values and formulas). */
export function isEmptyCell(value: unknown, formula?: unknown): boolean {
  const v = value === null || value === undefined || (typeof value === "string" && value === "");
  const f = formula === undefined || formula === null || formula === "";
  return v && f;
}

/**
 * "Sheet1!A1:B2, Sheet1!D4" (Excel `RangeAreas.address`) → merged areas relative to `origin`.
 * Single cells are skipped (a merge always spans two or more cells).
 */
export function mergesFromAddressList(list: string | null | undefined, origin: { row: number; col: number }): MergedArea[] {
  if (!list) return [];
  const out: MergedArea[] = [];
  // Quoted sheet names may contain commas: drop them before splitting the list.
  const plain = String(list).replace(/'(?:[^']|'')*'!/g, "");
  for (const part of plain.split(",")) {
    const r = parseRangeA1(part.trim());
    if (!r || (r.top === r.bottom && r.left === r.right)) continue;
    out.push({ top: r.top - origin.row, left: r.left - origin.col, bottom: r.bottom - origin.row, right: r.right - origin.col });
  }
  return out;
}

/** "Sheet1!B3:G20" → "B3:G20"; "'My sheet'!A1" → "A1". */
export function stripSheet(address: string): string {
  const i = address.lastIndexOf("!");
  return i >= 0 ? address.slice(i + 1) : address;
}
