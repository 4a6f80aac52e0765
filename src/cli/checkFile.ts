/**
 * One input file → its outcome, in a form that crosses a worker-thread boundary cheaply: per sheet, per table,
 * the range, the project and the findings as spec §8 JSON objects (the engine's PerfTable objects stay behind).
 * Used in-process (one job) and inside each worker of the pool (checkWorker.ts).
 */
import { checkWorkbook, type CheckOptions, type Finding, type SheetReport } from "../engine";
import { readWorkbookSheets } from "./readWorkbook";
import type { Counts, JsonFinding } from "./report";

export interface CheckedTable {
  range: string;
  project: string | null;
  findings: JsonFinding[];
}
export interface CheckedSheet {
  sheet: string;
  tables: CheckedTable[];
}
export type FileOutcome =
  /**
   * `sheets`: every sheet's findings; or, when the sheets were handed to a sink as they were checked (one job, see
   * checkOneFile), `streamed` is true, `sheets` is empty and `hasError` tells whether any finding was an error.
   */
  | {
      file: string;
      ok: true;
      sheets: CheckedSheet[];
      streamed?: boolean;
      hasError?: boolean;
      /**
       * The file's report already rendered in a worker (`--format json`: its entry, text: its block, see
       * JsonStream.entry / TextStream.block), `sheets` then empty, `hasError` and `counts` set: only text crosses
       * the thread boundary, not the findings.
       */
      rendered?: string;
      counts?: Counts;
    }
  /** `stage`: "read" the file could not be read (or was never a workbook); "check" the engine failed on it. */
  | { file: string; ok: false; stage: "read" | "check"; reason: string };

export function projectOf(t: SheetReport["tables"][number]["table"]): string | null {
  const h = t.header;
  const name = h.projectName?.text?.trim() || h.title?.text?.trim() || "";
  return name === "" ? null : name;
}

export function jsonFinding(f: Finding): JsonFinding {
  return { code: f.code, severity: f.severity, row: f.row, cell: f.cell, message: f.message, suggestion: f.suggestion ?? null };
}

/** A sheet with an error-severity finding (the file's exit code is then 1). */
export function sheetHasError(s: CheckedSheet): boolean {
  return s.tables.some((t) => t.findings.some((f) => f.severity === "error"));
}

export function compactSheets(reports: SheetReport[]): CheckedSheet[] {
  return reports.map((s) => ({ sheet: s.sheet, tables: s.tables.map((t) => ({ range: t.table.range, project: projectOf(t.table), findings: t.findings.map(jsonFinding) })) }));
}

class EngineError {
  constructor(readonly error: unknown) {}
}

/**
 * Read and check one file. Never throws: a bad file or an engine exception becomes its outcome. With `sink`, each
 * sheet goes there as soon as it is checked instead of into the outcome, so a huge workbook's findings are written
 * out sheet by sheet rather than held (the sheets then arrive in the order they are read, which is workbook order).
 */
export async function checkOneFile(file: string, options: CheckOptions, sink?: (sheet: CheckedSheet) => void): Promise<FileOutcome> {
  const checked = new Map<string, CheckedSheet>();
  let hasError = false;
  try {
    const r = await readWorkbookSheets(file, (grids) => {
      let reports: SheetReport[];
      try {
        reports = checkWorkbook(grids, options);
      } catch (e) {
        throw new EngineError(e);
      }
      for (const s of compactSheets(reports)) {
        if (!sink) checked.set(s.sheet, s);
        else {
          hasError ||= sheetHasError(s);
          sink(s);
        }
      }
    });
    if (!r.ok) return { file, ok: false, stage: "read", reason: r.reason };
    if (sink) return { file, ok: true, sheets: [], streamed: true, hasError };
    return { file, ok: true, sheets: r.sheets.map((name) => checked.get(name) ?? { sheet: name, tables: [] }) };
  } catch (e) {
    // The engine's reader/runner should never throw; if it does, this file fails alone, without a stack.
    const err = e instanceof EngineError ? e.error : e;
    return { file, ok: false, stage: "check", reason: `检查时出错：${err instanceof Error ? err.message.split("\n")[0] : String(err)}` };
  }
}
