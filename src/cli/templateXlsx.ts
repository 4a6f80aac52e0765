/**
 * Writes a standard template (src/engine/templates) as an .xlsx formatted like the seed tables:
 * thin borders on every table cell, merged 一级/二级 groups, labels bold and shaded, column widths,
 * wrapped text. Node only (ExcelJS); the layout itself comes from the engine's `templateGrid`.
 */
import ExcelJSDefault, * as ExcelJSNs from "exceljs";
import { templateGrid, toA1, type TemplateGrid } from "../engine";

// exceljs is CommonJS; depending on the interop mode the Workbook class sits on the default or the namespace.
const ExcelJS: typeof ExcelJSNs = ((ExcelJSDefault as unknown as typeof ExcelJSNs | undefined)?.Workbook ? ExcelJSDefault : ExcelJSNs) as typeof ExcelJSNs;

const THIN: Partial<ExcelJSNs.Border> = { style: "thin", color: { argb: "FF000000" } };
const LABEL_FILL: ExcelJSNs.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };

/** Numbers a user computes with are stored as numbers; everything else is text (ExcelJS strings never become formulas). */
function cellValue(grid: TemplateGrid, r: number, c: number): { value: ExcelJSNs.CellValue; numFmt?: string } {
  const text = grid.cells[r][c];
  const L = grid.layout;
  const isMoney = r === L.budgetCell.row && (c === L.budgetCell.col || c === L.fiscalCell.col || c === L.otherCell.col);
  const isPlan = r === L.planValueRow && c >= L.planCols[0] && c <= L.planCols[1];
  if (isMoney) return text === "" ? { value: null, numFmt: "0.00" } : { value: Number(text), numFmt: "0.00" };
  // A plan typed as "25%" is stored by Excel as 0.25 with a percent format: do the same.
  if (isPlan) return /^\d+(\.\d+)?%$/.test(text) ? { value: Number(text.slice(0, -1)) / 100, numFmt: "0%" } : { value: null, numFmt: "0%" };
  return { value: text === "" ? null : text, numFmt: "@" };
}

/** Add one sheet holding the template grid. */
export function addTemplateSheet(wb: ExcelJSNs.Workbook, grid: TemplateGrid, sheetName = grid.name): ExcelJSNs.Worksheet {
  const ws = wb.addWorksheet(sheetName);
  const width = grid.columnWidths.length;
  grid.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const labels = new Set(grid.labelCells.map((l) => `${l.row},${l.col}`));
  const tableTop = grid.layout.unitCell.row + 1;
  for (let r = 0; r < grid.cells.length; r++) {
    for (let c = 0; c < width; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      const { value, numFmt } = cellValue(grid, r, c);
      cell.value = value;
      if (numFmt) cell.numFmt = numFmt;
      cell.alignment = { vertical: "middle", horizontal: labels.has(`${r},${c}`) ? "center" : "left", wrapText: true };
      if (r >= tableTop) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
      if (labels.has(`${r},${c}`)) {
        cell.font = { bold: true };
        cell.fill = LABEL_FILL;
      }
    }
  }
  const title = ws.getCell(grid.layout.titleRow + 1, 1);
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: "center", vertical: "middle" };
  ws.getCell(grid.layout.unitCell.row + 1, grid.layout.unitCell.col + 1).alignment = { horizontal: "right" };
  for (const m of grid.merges) ws.mergeCells(`${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`);
  return ws;
}

/** The template workbook as an .xlsx buffer. */
export async function templateWorkbook(key: string, opts: { year?: number; example?: boolean } = {}): Promise<Buffer> {
  const grid = templateGrid(key, opts);
  const wb = new ExcelJS.Workbook();
  wb.creator = "PerfCheck";
  addTemplateSheet(wb, grid);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
