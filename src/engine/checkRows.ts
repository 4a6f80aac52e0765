/**
 * Bare indicator rows, as a custom function receives them, checked in one step: the header row is recognised,
 * blank 一级/二级 are filled forward, the columns the input has decide the table's layout, the 预算数 goes into the
 * header, and every finding comes back to the input row it concerns.
 */
import type { CellText, CellValue, Finding, IndicatorRow, PerfTable } from "./types";
import type { Profile } from "./profiles/schema";
import type { Rule } from "./rules/types";
import { DEFAULT_PROFILE } from "./profiles/builtins";
import { tableFromRows } from "./reader/rows";
import { checkTable } from "./check";
import { parseA1 } from "./address";

/** Template column order (spec §7). */
export const ROW_COLUMNS = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"] as const;

/**
 * How a host's cells read: `value` turns a cell into what the engine reads (error values as ""), `error` gives
 * the error literal ("#N/A") of a cell holding an error value, else null. Defaults: cells already in engine form.
 */
export interface CellReading {
  value(v: unknown): CellValue;
  error(v: unknown): string | null;
}

export type RowKind = "indicator" | "blank" | "header";

export interface NormalizedRows {
  /** Engine rows, always 6 columns in template order; blank and header rows are all "". */
  cells: CellValue[][];
  kinds: RowKind[];
  /** Per input row: error values found in its cells, each with its column name ("指标值 #N/A"). */
  errors: string[][];
  /** How many columns the input had (4–6 used). */
  width: number;
  /** Whether 一级/二级 of a row was filled forward. */
  filled: boolean[];
}

const HEADER_WORDS = /^(一级指标|二级指标|三级指标)$/;

/** 一级指标 / 二级指标 / 三级指标, spaces inside allowed; only texts containing 标 reach the regex. */
function isHeaderWord(t: string): boolean {
  return t.indexOf("标") >= 0 && HEADER_WORDS.test(t.replace(/\s/g, ""));
}

/** The shared "no error values in this row" list (most rows): never written to. */
const NO_CELL_ERRORS: string[] = Object.freeze([]) as unknown as string[];

/** A cell as text for the blank / header / fill-forward tests (a Date is never blank). */
function valueText(v: CellValue): string {
  if (typeof v === "string") return v.trim();
  if (v instanceof Date) return "x";
  return String(v ?? "").trim();
}

/** Cells already in engine form: no error values. */
const ENGINE_CELLS: CellReading = {
  value: (v) => (v === undefined || v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v instanceof Date ? v : String(v)),
  error: () => null,
};

/**
 * Input rows → engine rows. 4 columns = 一级, 二级, 三级, 指标值; 5 = plus 描述 before 指标值; 6 = the full
 * template. Blank 一级/二级 are filled forward; 二级 only while the 一级 is unchanged, so a row that starts a new
 * 一级 without a 二级 is not given the previous group's 二级. A row whose 一级 and 二级 read 一级指标 / 二级指标 is
 * a header row.
 */
export function normalizeRows(rows: readonly (readonly unknown[])[], reading: CellReading = ENGINE_CELLS): NormalizedRows {
  const n = rows.length;
  let width = 0;
  for (let r = 0; r < n; r++) if (rows[r].length > width) width = rows[r].length;
  const names: readonly string[] = width <= 4 ? [ROW_COLUMNS[0], ROW_COLUMNS[1], ROW_COLUMNS[2], ROW_COLUMNS[4]] : width === 5 ? ROW_COLUMNS.slice(0, 5) : ROW_COLUMNS;
  // Input column of each template column (4 columns: no 描述 and no 依据; 5: no 依据); -1 = not in the input.
  const source = width <= 4 ? [0, 1, 2, -1, 3, -1] : width === 5 ? [0, 1, 2, 3, 4, -1] : [0, 1, 2, 3, 4, 5];

  // Sized once: n is known, and growing four arrays row by row copied each of them several times per recalc.
  const out: NormalizedRows = { cells: new Array(n), kinds: new Array(n), errors: new Array(n), width, filled: new Array(n) };
  let prev1 = "";
  let prev2 = "";
  // One array per row (the engine row) and none for the common error-free row: this loop runs on every recalc
  // of =PERF.CHECK, where per-row temporary arrays (picked cells, their texts, the error list) dominate its cost.
  for (let r = 0; r < n; r++) {
    const src = rows[r];
    let errs: string[] = NO_CELL_ERRORS;
    const errCols = Math.min(src.length, width, 6);
    for (let c = 0; c < errCols; c++) {
      const e = reading.error(src[c]);
      if (!e) continue;
      if (errs === NO_CELL_ERRORS) errs = [];
      errs.push(`${names[c] ?? `第${c + 1}列`} ${e}`);
    }
    const cells: CellValue[] = new Array(6);
    let empty = true;
    for (let c = 0; c < 6; c++) {
      const i = source[c];
      const v = i >= 0 && i < src.length ? reading.value(src[i]) : "";
      cells[c] = v;
      if (empty && valueText(v) !== "") empty = false;
    }
    out.errors[r] = errs;
    if (empty && errs.length === 0) {
      out.kinds[r] = "blank";
      out.cells[r] = ["", "", "", "", "", ""];
      out.filled[r] = false;
      continue;
    }
    const t0 = valueText(cells[0]);
    const t1 = valueText(cells[1]);
    if (isHeaderWord(t0) && isHeaderWord(t1)) {
      out.kinds[r] = "header";
      out.cells[r] = ["", "", "", "", "", ""];
      out.filled[r] = false;
      continue;
    }
    let filled = false;
    if (t0 === "") {
      if (prev1) {
        cells[0] = prev1;
        filled = true;
      }
      if (t1 === "" && prev2) {
        cells[1] = prev2;
        filled = true;
      }
    } else if (t1 === "" && prev2 && t0 === prev1) {
      cells[1] = prev2;
      filled = true;
    }
    prev1 = String(cells[0] ?? "").trim();
    prev2 = String(cells[1] ?? "").trim();
    out.kinds[r] = "indicator";
    out.cells[r] = cells;
    out.filled[r] = filled;
  }
  return out;
}

/** 预算数 as a header cell: a number is 万元 (the sheets' default unit), text may say 元 or 万元. */
export function budgetCell(budget: number | string): CellText {
  return { text: String(budget), raw: budget, cell: "", row: -1, col: -1 };
}

export interface RowsCheckOptions {
  /** 预算数: a number in 万元, text such as "9万元" / "90000元", or a header cell. */
  budget?: number | string | CellText | null;
  year?: number | null;
  profile?: Profile;
  /** How the host's cell values read (error values, exotic objects); default: cells already in engine form. */
  reading?: CellReading;
  /** Only these rules (tests); default: every rule. */
  rules?: Rule[];
}

export interface RowsCheck {
  rows: NormalizedRows;
  table: PerfTable;
  /** Findings per input row, most severe first (blank and header rows: none). */
  byRow: Finding[][];
  /** Findings that belong to no input row: table level (PERF.SUMMARY). */
  tableLevel: Finding[];
}

const NO_FINDINGS: Finding[] = Object.freeze([]) as unknown as Finding[];

/** Check bare indicator rows and give each finding back to the input row it concerns. */
export function checkRows(rows: readonly (readonly unknown[])[], opts: RowsCheckOptions = {}): RowsCheck {
  const normalized = normalizeRows(rows, opts.reading);
  // origin A1: a finding's cell row is then the input row index. The rows are filled forward above: not again.
  const read = tableFromRows(normalized.cells, { sheet: "", origin: { row: 0, col: 0 }, fillForward: false });
  const b = opts.budget;
  const table: PerfTable = {
    ...read,
    header: b === null || b === undefined || b === "" ? read.header : { ...read.header, budget: typeof b === "object" ? b : budgetCell(b) },
    // Columns the input did not have are not "empty": their rules must not fire.
    layout: { ...read.layout, hasDescription: normalized.width >= 5, hasBasis: normalized.width >= 6 },
  };
  const profile = opts.profile ?? DEFAULT_PROFILE;
  const year = opts.year ?? null;
  const findings = checkTable(table, opts.rules ? { profile, year, rules: opts.rules } : { profile, year });

  const n = normalized.kinds.length;
  // Rows without findings (most) share one frozen empty list; a row gets its own array at its first finding.
  // checkTable's order is most severe first, so each row's list is too.
  const byRow: Finding[][] = new Array(n).fill(NO_FINDINGS);
  const tableLevel: Finding[] = [];
  const inds = table.indicators;
  for (const f of findings) {
    const r = inputRowOf(f, inds);
    if (r === null || r < 0 || r >= n) tableLevel.push(f);
    else if (normalized.kinds[r] === "indicator") {
      if (byRow[r] === NO_FINDINGS) byRow[r] = [f];
      else byRow[r].push(f);
    }
    // A finding on a blank or header row of the selection is an artefact of selecting spare rows: dropped.
  }
  return { rows: normalized, table, byRow, tableLevel };
}

/**
 * The input row a finding concerns: from its indicator row's cells, else from its cell address.
 * `tableFromRows` gives indicator i the index i, so the row is found by position (no lookup map per recalc).
 */
function inputRowOf(f: Finding, inds: IndicatorRow[]): number | null {
  if (f.row === null) return null;
  const at = inds[f.row];
  const ind = at !== undefined && at.index === f.row ? at : inds.find((x) => x.index === f.row);
  if (ind) return ind.value.row >= 0 ? ind.value.row : ind.level3.row;
  const a = f.cell ? parseA1(f.cell) : null;
  return a ? a.row : null;
}
