/**
 * What the web checker's page and its Web Worker say to each other (src/checker/worker.ts, src/checker/service.ts).
 * Only plain data crosses: the engine's PerfTable objects and ExcelJS workbooks stay in the worker; the page gets
 * what it draws. File bytes are transferred, not copied.
 */
import type { CheckOptions, Finding } from "../engine";
import type { CurvePoint } from "../engine";

/** One table as the page shows it. */
export interface TableView {
  sheet: string;
  range: string;
  /** 项目名称, else the title line, else "". */
  project: string;
  findings: Finding[];
  /** The spend curve (engine's planCurve), null when the table has no plan. */
  curve: CurvePoint[] | null;
}

export type FileView =
  | {
      ok: true;
      name: string;
      tables: TableView[];
      /** The largest merged area in the file (as written, unclipped), for the marked-copy guard. */
      largestMerge: { ref: string; cells: number } | null;
    }
  | { ok: false; name: string; reason: string };

export type CheckerRequest =
  /** Check file `file`: its bytes the first time, none for a re-check with other options. */
  | { id: number; kind: "check"; file: number; name: string; bytes?: ArrayBuffer; options: CheckOptions }
  /** A marked copy of file `file`, from its original bytes and its last check. */
  | { id: number; kind: "mark"; file: number };

export type CheckerResponse =
  /** The worker's first message: its code is loaded and it takes requests. */
  | { id: 0; kind: "ready" }
  | { id: number; kind: "checked"; view: FileView }
  | { id: number; kind: "marked"; bytes: ArrayBuffer; markedCells: number; findings: number; resultSheet: string }
  /** The request could not be done for a reason the user can act on (shown as it is). */
  | { id: number; kind: "refused"; reason: string }
  | { id: number; kind: "failed"; message: string };
