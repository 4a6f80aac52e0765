/**
 * The marked copy the web checker offers for download: every offending cell gets a fill (by its most
 * severe finding) and a note listing its findings, and a 检查结果 sheet lists every finding. Nothing
 * else in the workbook is touched: no value, formula, merge, width or other sheet changes.
 * No DOM: runs in the page and in the Node tests on the same ExcelJS workbook object.
 */
import type * as ExcelJS from "exceljs";
import { SEVERITY_LABEL, SEVERITY_ORDER, parseA1, type Finding, type Severity, type SheetReport } from "../engine";

export const RESULT_SHEET = "检查结果";



/** ARGB fills, the same colours the Excel and WPS add-ins use (src/hosts/types.ts HIGHLIGHT_FILL). */
export const MARK_FILL: Record<Severity, string> = { error: "FFFFC7CE", warning: "FFFFEB9C", info: "FFDDEBF7" };

const NOTE_HEADER = "PerfCheck 检查结果：";

export interface MarkSummary {
  /** Cells given a fill and a note. */
  markedCells: number;
  /** Rows written to the result sheet (one per finding). */
  findings: number;
  resultSheet: string;
}

function noteText(findings: Finding[]): string {
  return [NOTE_HEADER, ...findings.map((f) => `【${SEVERITY_LABEL[f.severity]}】${f.message}${f.suggestion ? `（建议：${f.suggestion}）` : ""} [${f.code}]`)].join("\n");
}

/** The text of an existing note (ExcelJS gives a string or rich text). */
function existingNote(note: unknown): string {
  if (!note) return "";
  if (typeof note === "string") return note;
  const texts = (note as { texts?: { text?: string }[] }).texts;
  return Array.isArray(texts) ? texts.map((t) => t?.text ?? "").join("") : "";
}

function uniqueSheetName(wb: ExcelJS.Workbook, wanted: string): string {
  const taken = new Set(wb.worksheets.map((w) => w.name));
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n++) if (!taken.has(`${wanted}${n}`)) return `${wanted}${n}`;
}

/**
 * A string as a cell VALUE: ExcelJS writes strings as text (shared strings), never as formulas, so
 * "=100%" or "-按合同" stay text; this only guards against other types sneaking in.
 */
function text(v: unknown): string {
  return v === null || v === undefined ? "" : String(v);
}

/** Mark `wb` in place. `reports` must come from this workbook's grids (same sheet names and A1 cells). */
export function markWorkbook(wb: ExcelJS.Workbook, reports: SheetReport[], fileName = ""): MarkSummary {
  let markedCells = 0;
  const rows: string[][] = [];
  for (const sheetReport of reports) {
    const ws = wb.getWorksheet(sheetReport.sheet);
    const perCell = new Map<string, Finding[]>();
    for (const t of sheetReport.tables) {
      const project = t.table.header.projectName?.text || t.table.header.title?.text || "";
      for (const f of t.findings) {
        rows.push([sheetReport.sheet, t.table.range, project, text(f.cell), SEVERITY_LABEL[f.severity], f.code, f.message, text(f.suggestion)]);
        if (!f.cell || !parseA1(f.cell)) continue;
        const key = f.cell.replace(/\$/g, "").replace(/^.*!/, "").toUpperCase();
        perCell.set(key, [...(perCell.get(key) ?? []), f]);
      }
    }
    if (!ws) continue;
    for (const [address, findings] of perCell) {
      const cell = ws.getCell(address);
      // A merged area shows its master cell: mark that one.
      const target = cell.isMerged && cell.master ? cell.master : cell;
      const worst = findings.reduce<Severity>((w, f) => (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[w] ? f.severity : w), "info");
      // A fresh style object: ExcelJS may share style objects between cells that had the same style.
      target.style = { ...target.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: MARK_FILL[worst] } } };
      const before = existingNote(target.note);
      const ours = noteText(findings);
      target.note = before ? `${before}\n\n${ours}` : ours;
      markedCells++;
    }
  }

  const name = uniqueSheetName(wb, RESULT_SHEET);
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = [
    { header: "工作表", width: 16 },
    { header: "表格范围", width: 12 },
    { header: "项目", width: 28 },
    { header: "单元格", width: 8 },
    { header: "级别", width: 6 },
    { header: "代码", width: 24 },
    { header: "问题说明", width: 60 },
    { header: "建议", width: 24 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(r.map(text));
  if (rows.length === 0) ws.addRow(["", "", "", "", "", "", fileName ? `${fileName}：未发现问题（或未找到绩效目标表）` : "未发现问题（或未找到绩效目标表）", ""]);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 8 } };
  return { markedCells, findings: rows.length, resultSheet: name };
}

/** "预算表.xlsx" → "预算表（已标注）.xlsx". */
export function markedFileName(name: string): string {
  const base = name.replace(/\.xlsx$/i, "");
  return `${base}（已标注）.xlsx`;
}
