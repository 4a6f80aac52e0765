/**
 * Which Excel JavaScript API requirement sets this Excel has, and what the pane says where one is missing.
 * The task-pane-only manifest (manifest-taskpane.xml) requires ExcelApi 1.1 — the only Excel set of Excel 2016 —
 * so every call of a newer set is asked here first and either falls back or stops with a zh-CN sentence.
 */

/** The newest set each API the Excel host uses belongs to (Microsoft's requirement-set tables). */
export const EXCEL_API = {
  /** Range.getResizedRange, Range.merge, RangeFormat.columnWidth, Range.formulasR1C1 */
  resizeMergeWidthR1C1: "1.2",
  /** Workbook.settings, WorksheetCollection.getItemOrNullObject */
  settings: "1.4",
  /** Range.conditionalFormats (add, items, id) */
  conditionalFormats: "1.6",
  /** Workbook.getActiveCell */
  activeCell: "1.7",
  /** Range.getMergedAreasOrNullObject */
  mergedAreas: "1.13",
  /** ConditionalFormatCollection.getItemOrNullObject */
  conditionalFormatOrNull: "1.14",
} as const;

/** True unless Office.js says the set is missing (outside Office, e.g. in unit tests, assume yes). */
export function supportsExcelApi(version: string): boolean {
  try {
    const office = (globalThis as { Office?: typeof Office }).Office;
    return office?.context?.requirements?.isSetSupported?.("ExcelApi", version) !== false;
  } catch {
    return true;
  }
}

const NEWER_EXCEL = "Excel 2019 或更高版本、Microsoft 365 或 Excel 网页版";

export const NO_MARKS_MESSAGE = `当前 Excel 不支持用条件格式标记问题单元格（需要 ExcelApi ${EXCEL_API.conditionalFormats}：${NEWER_EXCEL}）。请在问题列表中点击问题定位单元格。`;

export const NO_CLEAR_MESSAGE = `当前 Excel 不能清除 PerfCheck 的标记（需要 ExcelApi ${EXCEL_API.conditionalFormats}：${NEWER_EXCEL}）。可在“开始 › 条件格式 › 清除规则”中手动清除。`;

export const NO_FORMULAS_MESSAGE = `当前 Excel 不能写入检查公式（需要 ExcelApi ${EXCEL_API.resizeMergeWidthR1C1} 和 PERF 自定义函数：Microsoft 365 或 Excel 2021 及以上的完整版加载项）。请取消“添加检查公式”后再插入。`;
