/**
 * ExcelJS, loaded on first use and only the part the command needs. The package's main entry also loads the
 * streaming writer and reader, CSV support and their dependencies, most of the CLI's start-up time; reading and
 * writing .xlsx needs only the Workbook class. `--help`, `templates` and usage errors load none of it.
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

/** ExcelJS's Workbook class with the CLI's merge patch applied (see mergeRefs.ts). */
export function excelWorkbook(): WorkbookClass {
  if (!workbookClass) {
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
