/**
 * ExcelJS applies each merge on load with an overlap check against every earlier merge (O(merges²): on a
 * 100 000-row workbook that takes longer than the whole check) and by touching every cell of the area (a hostile
 * "A1:XFD1048576" merge would never finish). The CLI needs neither: it keeps the merge ranges as read, and
 * xlsxGrid clips them to the data and blanks the covered cells itself. The patch replaces ExcelJS's
 * Worksheet#_parseMergeCells in this process only (the CLI is the only ExcelJS user of the Node build);
 * if a future ExcelJS renames it, the patch is skipped and ExcelJS's own merges are used instead.
 */
import type * as ExcelJSNs from "exceljs";

const MERGES_KEY = "__perfcheckMergeRefs";
let applied = false;
let original: { proto: Record<string, unknown>; parse: unknown; patched: unknown } | null = null;

/**
 * Run `load` with ExcelJS's own merge handling (a marked copy writes merges back from ExcelJS's merge map), then
 * put the patch back. Loads inside are not to overlap with patched loads (the CLI marks copies one at a time).
 */
export async function withExcelJSMerges<T>(load: () => Promise<T>): Promise<T> {
  if (!original) return load();
  const o = original;
  o.proto._parseMergeCells = o.parse;
  try {
    return await load();
  } finally {
    o.proto._parseMergeCells = o.patched;
  }
}

export function patchMergeParsing(excel: typeof ExcelJSNs): void {
  if (applied) return;
  applied = true;
  const proto = Object.getPrototypeOf(new excel.Workbook().addWorksheet("probe")) as Record<string, unknown>;
  if (typeof proto._parseMergeCells !== "function") return;
  const parse = proto._parseMergeCells;
  proto._parseMergeCells = function (this: Record<string, unknown>, model: { mergeCells?: unknown } | undefined) {
    this[MERGES_KEY] = Array.isArray(model?.mergeCells) ? model.mergeCells.map(String) : [];
  };
  original = { proto, parse, patched: proto._parseMergeCells };
}

/** Merge refs ("A1:B2") as read from the sheet XML, or undefined when ExcelJS applied them itself. */
export function rawMergeRefs(ws: unknown): string[] | undefined {
  const v = (ws as Record<string, unknown>)[MERGES_KEY];
  return Array.isArray(v) ? (v as string[]) : undefined;
}
