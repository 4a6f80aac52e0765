/**
 * The summary workbook (审核汇总.xlsx): 汇总 (file › table › project, counts by severity, 结论), 问题明细 (every
 * finding, its cell linked to the marked copy when there is one), 常见问题 (codes by frequency), 说明 (the run).
 * Every sheet: bold frozen header, auto-filter, column widths. Every text is written as a string value, which
 * ExcelJS stores as text, never as a formula: "=100%", "+5", "-按合同", "@x" stay text (tested on the file).
 */
import type * as ExcelJSNs from "exceljs";
import { SEVERITY_LABEL } from "../engine";
import type { Summary } from "./summary";

export const SHEETS = { overview: "汇总", findings: "问题明细", codes: "常见问题", about: "说明" } as const;

type Col = { header: string; width: number };

function sheet(wb: ExcelJSNs.Workbook, name: string, cols: Col[]): ExcelJSNs.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = cols.map((c) => ({ header: c.header, width: c.width }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };
  return ws;
}

function finish(ws: ExcelJSNs.Worksheet, columns: number): void {
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, ws.rowCount), column: columns } };
}

/** A link into a marked copy: `copy.xlsx#'Sheet'!E6` (a workbook-relative target with a location). */
export function cellLink(marked: string, sheetName: string, cell: string | null): string {
  const where = cell ? `#'${sheetName.replace(/'/g, "''")}'!${cell.replace(/\$/g, "")}` : "";
  // Spaces, "%" and "#" escaped (the "#" starts the location); CJK names stay as written, as Excel itself stores them.
  return marked.replace(/\\/g, "/").replace(/%/g, "%25").replace(/ /g, "%20").replace(/#/g, "%23") + where;
}

const FILL = { 可提交: "FFC6EFCE", 需修改: "FFFFC7CE", 无法读取: "FFD9D9D9" } as const;

export function buildSummaryWorkbook(Workbook: typeof ExcelJSNs.Workbook, s: Summary, about: [string, string][]): ExcelJSNs.Workbook {
  const wb = new Workbook();
  wb.creator = "PerfCheck";

  const ov = sheet(wb, SHEETS.overview, [
    { header: "文件", width: 36 },
    { header: "工作表", width: 16 },
    { header: "表格范围", width: 11 },
    { header: "项目", width: 36 },
    { header: SEVERITY_LABEL.error, width: 7 },
    { header: SEVERITY_LABEL.warning, width: 7 },
    { header: SEVERITY_LABEL.info, width: 7 },
    { header: "结论", width: 9 },
    { header: "说明", width: 40 },
    { header: "标注副本", width: 28 },
  ]);
  for (const r of s.overview) {
    const row = ov.addRow([r.file, r.sheet, r.range, r.project, r.error, r.warning, r.info, r.verdict, r.note, r.marked ?? ""]);
    row.getCell(8).fill = { type: "pattern", pattern: "solid", fgColor: { argb: FILL[r.verdict] } };
    if (r.marked) row.getCell(10).value = { text: r.marked, hyperlink: cellLink(r.marked, r.sheet, r.range ? r.range.split(":")[0] : null) };
  }
  finish(ov, 10);

  const fd = sheet(wb, SHEETS.findings, [
    { header: "文件", width: 30 },
    { header: "工作表", width: 14 },
    { header: "项目", width: 28 },
    { header: "单元格", width: 8 },
    { header: "级别", width: 6 },
    { header: "代码", width: 24 },
    { header: "问题说明", width: 64 },
    { header: "建议", width: 24 },
  ]);
  for (const r of s.findings) {
    const f = r.finding;
    const row = fd.addRow([r.file, r.sheet, r.project, f.cell ?? "", SEVERITY_LABEL[f.severity], f.code, f.message, f.suggestion ?? ""]);
    if (r.marked && f.cell) row.getCell(4).value = { text: f.cell, hyperlink: cellLink(r.marked, r.sheet, f.cell) };
  }
  finish(fd, 8);

  const cd = sheet(wb, SHEETS.codes, [
    { header: "代码", width: 26 },
    { header: "级别", width: 6 },
    { header: "出现次数", width: 10 },
    { header: "涉及文件数", width: 11 },
    { header: "示例说明", width: 80 },
  ]);
  for (const c of s.codes) cd.addRow([c.code, SEVERITY_LABEL[c.severity], c.count, c.files, c.example]);
  finish(cd, 5);

  const ab = sheet(wb, SHEETS.about, [
    { header: "项目", width: 18 },
    { header: "内容", width: 70 },
  ]);
  for (const [k, v] of about) ab.addRow([k, v]);
  finish(ab, 2);
  return wb;
}
