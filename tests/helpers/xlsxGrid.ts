/**
 * Test-only: load an .xlsx with ExcelJS and turn each worksheet into a SheetGrid the way a host
 * would hand it over: merged areas in `merges`, their non-top-left cells blank, rich text and
 * formula results reduced to plain values. (The CLI and the web checker share the production converter in src/xlsx.)
 */
import ExcelJS from "exceljs";
import { parseRangeA1 } from "../../src/engine/address";
import type { CellValue, MergedArea, SheetGrid } from "../../src/engine/types";

function plain(v: ExcelJS.CellValue): CellValue {
  if (v == null) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v instanceof Date) return v;
  const o = v as unknown as Record<string, unknown>;
  if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((p) => p.text).join("");
  if ("result" in o) return plain(o.result as ExcelJS.CellValue);
  if (typeof o.text === "string") return o.text;
  return null;
}

export function worksheetGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const merges: MergedArea[] = [];
  for (const ref of (ws.model as unknown as { merges?: string[] }).merges ?? []) {
    const r = parseRangeA1(ref);
    if (r) merges.push(r);
  }
  const covered = new Set<string>();
  for (const m of merges)
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  const cells: CellValue[][] = [];
  const nRows = ws.rowCount;
  for (let r = 1; r <= nRows; r++) {
    const row = ws.getRow(r);
    const out: CellValue[] = [];
    const n = row.cellCount;
    for (let c = 1; c <= n; c++) out.push(covered.has(`${r - 1},${c - 1}`) ? null : plain(row.getCell(c).value));
    while (out.length && (out[out.length - 1] == null || out[out.length - 1] === "")) out.pop();
    cells.push(out);
  }
  return { sheet: ws.name, cells, merges, origin: { row: 0, col: 0 } };
}

export async function loadXlsxGrids(path: string): Promise<SheetGrid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map(worksheetGrid);
}
