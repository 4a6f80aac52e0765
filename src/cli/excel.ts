/**
 * ExcelJS, loaded on first use and only the part the command needs. The package's main entry also loads the
 * streaming writer and reader, CSV support and their dependencies (≈ 200 ms at start-up); reading and writing
 * .xlsx needs only the Workbook class (≈ 80 ms). `--help`, `templates` and usage errors load none of it.
 */
import * as path from "path";
import type * as ExcelJSNs from "exceljs";
import { patchMergeParsing } from "../xlsx/mergeRefs";

type WorkbookClass = typeof ExcelJSNs.Workbook;
type JSZipClass = { loadAsync(data: Uint8Array): Promise<JSZipArchive>; new (): JSZipArchive };

/** The subset of JSZip the sheet-by-sheet reader uses. */
export interface JSZipEntry {
  name: string;
  dir: boolean;
  async(type: "uint8array"): Promise<Uint8Array>;
  async(type: "string"): Promise<string>;
  nodeStream(): NodeJS.ReadableStream;
  /** JSZip keeps the central directory's sizes here (internal, read only for a size estimate). */
  _data?: { uncompressedSize?: number };
}
export interface JSZipArchive {
  files: Record<string, JSZipEntry>;
  file(name: string, data: Uint8Array | string): JSZipArchive;
  generateAsync(options: { type: "nodebuffer"; compression: "STORE" }): Promise<Buffer>;
}

let workbookClass: WorkbookClass | null = null;
let jszip: JSZipClass | null = null;

/**
 * ExcelJS's Workbook module requires its CSV support (fast-csv and its dependencies, ≈ 50 ms) at load time although
 * only `workbook.csv` uses it, which the CLI never calls. A placeholder in the module cache takes its place until
 * something constructs it; then the real module is loaded, so `workbook.csv` still works.
 */
function deferCsvModule(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- Node's module class, only on this path
  const Module = require("module") as { new (id: string): NodeJS.Module };
  let csvPath: string;
  try {
    csvPath = require.resolve("exceljs/lib/csv/csv");
  } catch {
    return; // a future layout: ExcelJS then loads what it loads
  }
  if (require.cache[csvPath]) return;
  const placeholder = new Module(csvPath);
  placeholder.filename = csvPath;
  placeholder.loaded = true;
  placeholder.exports = function LazyCsv(this: unknown, workbook: unknown) {
    if (require.cache[csvPath] === placeholder) delete require.cache[csvPath];
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the real module, on first use
    const Real = require(csvPath) as new (wb: unknown) => object;
    return new Real(workbook);
  };
  require.cache[csvPath] = placeholder;
}

/** ExcelJS's Workbook class with the CLI's merge patch applied (see mergeRefs.ts). */
export function excelWorkbook(): WorkbookClass {
  if (!workbookClass) {
    deferCsvModule();
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand, and not the package's heavy main entry
    workbookClass = require("exceljs/lib/doc/workbook") as WorkbookClass;
    patchMergeParsing({ Workbook: workbookClass } as unknown as typeof ExcelJSNs);
  }
  return workbookClass;
}

/** JSZip, the zip library ExcelJS itself reads with (so its errors are the ones readWorkbook already explains). */
export function zipLibrary(): JSZipClass {
  // ExcelJS's own dependency, resolved from ExcelJS's folder: the same copy and version it reads with.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand
  if (!jszip) jszip = require(require.resolve("jszip", { paths: [path.dirname(require.resolve("exceljs/package.json"))] })) as JSZipClass;
  return jszip;
}
