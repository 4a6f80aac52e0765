/**
 * Web checker, no DOM: bytes of an .xlsx → ExcelJS workbook → SheetGrid[] (the CLI's converter,
 * src/xlsx/xlsxGrid.ts, so the page and `perfcheck check` see the same cells) → engine reports.
 * Never throws: an unreadable file becomes one zh-CN sentence.
 */
import ExcelJSDefault, * as ExcelJSNs from "exceljs";
import { checkWorkbook, type CheckOptions, type SheetGrid, type SheetReport } from "../engine";
import { workbookToGrids } from "../xlsx/xlsxGrid";
import { patchMergeParsing, rawMergeRefs } from "../xlsx/mergeRefs";
import { parseRangeA1 } from "../engine";

// exceljs is CommonJS (in the browser: its prebuilt dist/exceljs.min.js); the Workbook class sits on the
// default export or on the namespace depending on the interop.
export const ExcelJS: typeof ExcelJSNs = ((ExcelJSDefault as unknown as typeof ExcelJSNs | undefined)?.Workbook ? ExcelJSDefault : ExcelJSNs) as typeof ExcelJSNs;

export type FileCheck =
  | {
      ok: true;
      name: string;
      grids: SheetGrid[];
      sheets: SheetReport[];
      /** The largest merged area in the file (as written, unclipped), for the marked-copy guard. */
      largestMerge: { ref: string; cells: number } | null;
    }
  | { ok: false; name: string; reason: string };

/**
 * ExcelJS applies merges on load by touching every cell of each area: a hostile "A1:XFD1048576" merge
 * would freeze the tab. Checking reads merges as written instead (the CLI's own patch, so the page and
 * `perfcheck check` see the same merges); the marked copy needs ExcelJS's real merges (they are written
 * back from the merged cells), so it loads unpatched — and is refused above this many merged cells.
 */
export const MAX_MERGE_CELLS_FOR_COPY = 200_000;

const worksheetProto = Object.getPrototypeOf(new ExcelJS.Workbook().addWorksheet("probe")) as Record<string, unknown>;
const exceljsMerges = worksheetProto._parseMergeCells;
patchMergeParsing(ExcelJS);
const rawMerges = worksheetProto._parseMergeCells;
worksheetProto._parseMergeCells = exceljsMerges;

/** One ExcelJS load at a time: the merge mode is switched on the shared prototype around each load. */
let queue: Promise<unknown> = Promise.resolve();

function loadWith(mode: "raw" | "exceljs", bytes: Uint8Array): Promise<ExcelJSNs.Workbook> {
  const run = queue.then(async () => {
    worksheetProto._parseMergeCells = mode === "raw" ? rawMerges : exceljsMerges;
    try {
      const wb = new ExcelJS.Workbook();
      // ExcelJS's typings ask for a Node Buffer; in the browser bundle it takes an ArrayBuffer / Uint8Array.
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      return wb;
    } finally {
      worksheetProto._parseMergeCells = exceljsMerges;
    }
  });
  queue = run.catch(() => undefined);
  return run;
}

function largestMergeOf(wb: ExcelJSNs.Workbook): { ref: string; cells: number } | null {
  let best: { ref: string; cells: number } | null = null;
  for (const ws of wb.worksheets) {
    for (const ref of rawMergeRefs(ws) ?? []) {
      const m = parseRangeA1(ref);
      if (!m) continue;
      const cells = (m.bottom - m.top + 1) * (m.right - m.left + 1);
      if (!best || cells > best.cells) best = { ref, cells };
    }
  }
  return best;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** Why these bytes are not an .xlsx, before ExcelJS is asked (null: looks like a zip, try it). */
export function sniff(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return "文件为空（0 字节）";
  if (startsWith(bytes, ZIP)) return null;
  if (startsWith(bytes, OLE)) return "这是旧版 Excel 97-2003 工作簿（.xls）或设置了打开密码的文件，请在 Excel 或 WPS 中取消密码并另存为 .xlsx 再检查";
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 512));
  if (head.startsWith("%PDF")) return "这是 PDF 文件，不是 Excel 工作簿（.xlsx）";
  // eslint-disable-next-line no-control-regex -- control bytes are what marks a binary file
  if (!/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(head)) return "这是文本文件（如 CSV），不是 Excel 工作簿：请在 Excel 中打开后另存为 .xlsx";
  return "不是 Excel 工作簿（.xlsx）：文件格式无法识别";
}

/** The workbook as ExcelJS models it (merges applied), for the marked copy. See MAX_MERGE_CELLS_FOR_COPY. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJSNs.Workbook> {
  return loadWith("exceljs", bytes);
}

function loadError(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  if (/zip|central directory|signature|corrupt|end of data|crc/i.test(msg)) return "文件已损坏或不完整（压缩包结构无效），请重新从 Excel 保存或重新下载";
  if (/xml|sax|tag|attribute|entity/i.test(msg)) return "文件内容已损坏（工作簿中的 XML 无法解析），请在 Excel 中打开修复后另存为 .xlsx";
  return `无法读取该工作簿（${msg.split("\n")[0].slice(0, 120)}）`;
}

/** Read and check one file. */
export async function checkFile(name: string, bytes: Uint8Array, options: CheckOptions = {}): Promise<FileCheck> {
  const bad = sniff(bytes);
  if (bad) return { ok: false, name, reason: bad };
  let grids: SheetGrid[];
  let largestMerge: { ref: string; cells: number } | null;
  try {
    const wb = await loadWith("raw", bytes);
    if (wb.worksheets.length === 0) return { ok: false, name, reason: "工作簿中没有可读取的工作表" };
    grids = workbookToGrids(wb);
    largestMerge = largestMergeOf(wb);
  } catch (e) {
    return { ok: false, name, reason: loadError(e) };
  }
  try {
    return { ok: true, name, grids, sheets: checkWorkbook(grids, options), largestMerge };
  } catch (e) {
    // The engine is not supposed to throw; if it does, the page still answers.
    return { ok: false, name, reason: `检查时出错：${e instanceof Error ? e.message : String(e)}` };
  }
}
