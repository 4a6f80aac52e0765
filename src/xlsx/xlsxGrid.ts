/**
 * ExcelJS workbook → engine `SheetGrid[]`. A thin adapter: it only turns ExcelJS cell objects into the
 * plain values a host would give (what Excel's `range.values` / WPS `Value2` give), so the engine sees the
 * same input from every shell. No domain logic here.
 *
 * Rule of thumb: give the engine the text the user SEES where the number format changes the meaning
 * (a 0.25 formatted as "25%" is the text "25%"), and the raw value otherwise.
 */
import type { CellValue, MergedArea, SheetGrid } from "../engine";
import { parseRangeA1 } from "../engine";
import type * as ExcelJS from "exceljs";
import { rawMergeRefs } from "./mergeRefs";

/** Concatenate the runs of an ExcelJS rich-text value. */
function richTextToString(v: { richText?: Array<{ text?: unknown }> }): string {
  return (v.richText ?? []).map((r) => (r && r.text != null ? String(r.text) : "")).join("");
}

/** Number of decimals shown by a percent format such as "0.00%" (first section of the format only). */
function percentDecimals(numFmt: string): number {
  const section = numFmt.split(";")[0].replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  const m = /\.([0#?]+)\s*%/.exec(section);
  return m ? m[1].length : 0;
}

/** A percent format: a "%" outside quoted text and escapes, in the section used for positive numbers. */
export function isPercentFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const section = numFmt.split(";")[0].replace(/"[^"]*"|\\./g, "");
  return section.includes("%");
}

/** 0.25 with "0%" → "25%"; 0.125 with "0.0%" → "12.5%" (as Excel displays it, rounded half away from zero). */
export function formatPercent(value: number, numFmt: string): string {
  const d = percentDecimals(numFmt);
  const scaled = value * 100;
  // Round on the decimal string to avoid 0.145*100 = 14.499999… surprises.
  const rounded = Number(Math.sign(scaled) * Math.round(Number(Math.abs(scaled).toPrecision(15)) * 10 ** d) / 10 ** d);
  return `${rounded.toFixed(d)}%`;
}

/**
 * One ExcelJS cell value (or formula result) → CellValue. Errors become their text ("#N/A"), hyperlinks and
 * rich text their visible text, formulas their cached result.
 */
export function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return richTextToString(o as { richText: Array<{ text?: unknown }> });
    if (typeof o.error === "string") return o.error;
    // Formula (plain, shared or array): the cached result Excel saved; null when the file has none.
    if ("formula" in o || "sharedFormula" in o || "result" in o) return plainValue(o.result);
    // Hyperlink: the text the user sees (which may itself be rich text).
    if ("hyperlink" in o || "text" in o) return plainValue(o.text);
  }
  return null;
}

/** The value the engine gets for one cell, applying the percent-format rule. */
export function cellToValue(cell: ExcelJS.Cell): CellValue {
  // Slave cells of a merged area: Excel reports them as blank; the merge itself goes into `merges`.
  if (cell.isMerged && cell.master && cell.master !== cell) return null;
  const value = plainValue(cell.value);
  if (typeof value === "number" && Number.isFinite(value)) {
    const fmt = cell.numFmt;
    if (isPercentFormat(fmt)) return formatPercent(value, fmt);
  }
  return value;
}

/** Merge ranges of a worksheet as A1 refs: the raw refs captured at load, else ExcelJS's own merge map. */
function mergeRefsOf(ws: ExcelJS.Worksheet): string[] {
  const raw = rawMergeRefs(ws);
  if (raw) return raw;
  // Not `worksheet.model.merges`: the model getter rebuilds every row of the sheet.
  const internal = (ws as unknown as { _merges?: Record<string, { range?: string }> })._merges;
  return internal ? Object.values(internal).map((m) => String(m?.range ?? "")) : [];
}

/**
 * Merged areas as written in the file (Excel hosts report them unclipped too: a title merged A1:G1 over data
 * in A–F still reaches G, and the reader uses that width), minus malformed, 1×1, duplicate ones and ones
 * starting below the last data row. The covered cells other than the top-left are blanked, as Excel shows
 * them. The work is bounded by the data size, whatever the merge sizes (the reader clamps huge areas itself).
 */
export function applyMerges(cells: CellValue[][], refs: string[]): MergedArea[] {
  const out: MergedArea[] = [];
  const seen = new Set<string>();
  const lastRow = cells.length - 1;
  for (const ref of refs) {
    const m = parseRangeA1(ref);
    if (!m || m.top > lastRow) continue;
    if (m.top === m.bottom && m.left === m.right) continue;
    const key = `${m.top},${m.left},${m.bottom},${m.right}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(m);
    const rowEnd = Math.min(m.bottom, lastRow);
    for (let r = m.top; r <= rowEnd; r++) {
      const row = cells[r];
      const end = Math.min(m.right, row.length - 1);
      for (let c = m.left; c <= end; c++) if ((r !== m.top || c !== m.left) && row[c] != null) row[c] = null;
    }
  }
  return out;
}

/** What rowValues needs of a row: ExcelJS's Row, from the full or the streaming reader. */
export type ExcelJSRow = Pick<ExcelJS.Row, "eachCell">;

/** One row's values, up to its last non-empty cell. */
export function rowValues(row: ExcelJSRow): CellValue[] {
  const out: CellValue[] = [];
  row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
    const v = cellToValue(cell);
    if (v !== null && v !== undefined) out[colNumber - 1] = v;
  });
  // Holes left by eachCell become explicit nulls so consumers can iterate safely.
  for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
  return out;
}

/** Every worksheet (hidden ones included: they are part of the submitted workbook) as a SheetGrid anchored at A1. */
export function workbookToGrids(wb: ExcelJS.Workbook): SheetGrid[] {
  const grids: SheetGrid[] = [];
  for (const ws of wb.worksheets) {
    const cells: CellValue[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      cells[rowNumber - 1] = rowValues(row);
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = [];
    const merges = applyMerges(cells, mergeRefsOf(ws));
    grids.push({ sheet: ws.name, cells, merges, origin: { row: 0, col: 0 } });
  }
  return grids;
}
