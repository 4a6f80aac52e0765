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

/**
 * Modules ExcelJS requires at load time that the CLI never uses: the Workbook module's CSV support (fast-csv and its
 * dependencies, ≈ 50 ms), only behind `workbook.csv`; the streaming reader's `unzipper` (≈ 80 ms), only behind its
 * `read()` of a whole file (the CLI hands it the parts it unzipped itself). A placeholder in the module cache takes
 * each one's place and loads the real module on first use, so nothing that does use them breaks.
 */
function deferModule(request: string, from: string): void {
  let file: string;
  try {
    file = require.resolve(request, { paths: [path.dirname(require.resolve(from))] });
  } catch {
    return; // a future layout: ExcelJS then loads what it loads
  }
  if (require.cache[file]) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- Node's module class, only on this path
  const Module = require("module") as { new (id: string): NodeJS.Module };
  const placeholder = new Module(file);
  let real: ((...args: unknown[]) => unknown) | null = null;
  const load = () => {
    if (!real) {
      if (require.cache[file] === placeholder) delete require.cache[file];
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the real module, on first use
      real = require(file) as (...args: unknown[]) => unknown;
    }
    return real;
  };
  placeholder.filename = file;
  placeholder.loaded = true;
  placeholder.exports = new Proxy(function deferred() {}, {
    get: (_t, key) => (load() as unknown as Record<string | symbol, unknown>)[key],
    apply: (_t, self, args) => Reflect.apply(load(), self, args),
    construct: (_t, args) => Reflect.construct(load(), args),
  });
  require.cache[file] = placeholder;
}

/** Before ExcelJS's reading modules are first required. */
function deferUnusedModules(): void {
  deferModule("../csv/csv", "exceljs/lib/doc/workbook");
  deferModule("unzipper", "exceljs/lib/stream/xlsx/workbook-reader");
}

/** ExcelJS's Workbook class with the CLI's merge patch applied (see mergeRefs.ts). */
export function excelWorkbook(): WorkbookClass {
  if (!workbookClass) {
    deferUnusedModules();
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand, and not the package's heavy main entry
    workbookClass = require("exceljs/lib/doc/workbook") as WorkbookClass;
    patchMergeParsing({ Workbook: workbookClass } as unknown as typeof ExcelJSNs);
  }
  return workbookClass;
}

/** ExcelJS's streaming WorkbookReader class (the CLI drives its sheet parsers itself, see readWorkbook.ts). */
export function streamingReaderClass<T>(): T {
  deferUnusedModules();
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- only the reading path needs it
  return require("exceljs/lib/stream/xlsx/workbook-reader") as T;
}

/** JSZip, the zip library ExcelJS itself reads with (so its errors are the ones readWorkbook already explains). */
export function zipLibrary(): JSZipClass {
  // ExcelJS's own dependency, resolved from ExcelJS's folder: the same copy and version it reads with.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand
  if (!jszip) jszip = require(require.resolve("jszip", { paths: [path.dirname(require.resolve("exceljs/package.json"))] })) as JSZipClass;
  return jszip;
}
