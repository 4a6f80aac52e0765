/**
 * The spreadsheet host seen by the task pane. Excel (`./excel.ts`) and WPS (`./wps*.ts`) implement it;
 * the pane (`src/taskpane`) talks only to this interface, so the UI is shared, not copied.
 *
 * Cost model: every method is ONE host round-trip for reading a block (Excel: one `load` + one
 * `context.sync`; WPS: one `Range.Value2` read of the whole block) and at most one more for writing.
 * Never per cell.
 *
 * Addresses are A1 strings WITHOUT the sheet name ("B3", "A1:G20"); the sheet is passed separately
 * (null/undefined = the active sheet).
 */
import type { MergedArea, Severity, SheetGrid } from "../engine";

/** What `readUsedRange` returns: the engine's grid plus what a fix needs to restore a cell exactly. */
export interface SheetRead {
  /** Values as the engine should see them (see `cellForEngine`): percent-formatted numbers as "25%" text, etc. */
  grid: SheetGrid;
  /**
   * `formulas[r][c]` aligned with `grid.cells`: the formula ("=SUM(A1:A3)") for formula cells, else the
   * constant as stored. Optional: a host that cannot read formulas cheaply may omit it.
   */
  formulas?: (string | number | boolean | null)[][];
}

/** One cell's exact content, enough to put it back (撤销修正). */
export interface CellSnapshot {
  /** A1 address on `sheet`. */
  address: string;
  sheet: string;
  /** The formula when the cell holds one ("=A1*2"), else null. */
  formula: string | null;
  /** The constant value when there is no formula ("" for blank). */
  value: string | number | boolean | null;
  /** The cell's number format when the host read it ("0%", "@", "General"); restored by writeCells when present. */
  numberFormat?: string;
}

/** A block to insert (a template). Coordinates in `merges`/`formulas`/`columnWidths` are relative to the top-left cell. */
export interface BlockSpec {
  /** Text/number cells; "" = leave blank. Text is written as text: a leading = + - @ never becomes a formula. */
  cells: (string | number)[][];
  merges?: MergedArea[];
  /** Column widths in characters (Excel: ≈ 7 pt per character); index 0 = first column of the block. */
  columnWidths?: number[];
  /** Rows whose cells are header labels (bold, shaded). */
  headerRows?: number[];
  /** Single label cells (bold, shaded), e.g. 项目编码, 预算数. */
  labelCells?: { row: number; col: number }[];
  /** The table's own area (relative): thin borders inside and around, wrapped text. Default: no borders. */
  bordered?: MergedArea;
  /** Cells (relative) that hold numbers the user may compute with, e.g. 预算数; others are stored as text ("@"). */
  numberCells?: { row: number; col: number; format: string }[];
  /**
   * Formulas written beside the block (relative coordinates, may lie outside `cells`, e.g. column +7).
   * Written through `range.formulas` (Excel) / `Range.Formula` (WPS); with `r1c1: true` the formula uses
   * relative R1C1 references ("=PERF.CHECK(RC[-7]:R[7]C[-2])") and is written through `formulasR1C1` /
   * `FormulaR1C1`, so it is right wherever the block lands. Their cells are part of the emptiness check.
   */
  formulas?: { row: number; col: number; formula: string; r1c1?: boolean }[];
}

export type WriteResult =
  | { ok: true; sheet: string; address: string }
  /** Nothing was written: the target area holds data. `conflicts` lists up to 10 non-empty cells. */
  | { ok: false; reason: "not-empty"; sheet: string; address: string; conflicts: string[] };

export interface WriteOptions {
  /** Top-left cell; default: the active (selected) cell of the active sheet. */
  topLeft?: string;
  /** Write into a NEW sheet with this name (made unique by the host) at A1 instead of the active sheet. */
  newSheet?: string;
}

/** One highlight = one finding cell, coloured by severity. */
export interface HighlightSpec {
  cell: string;
  severity: Severity;
}

export interface SpreadsheetHost {
  /** "excel" | "wps" | test doubles. */
  readonly kind: string;
  activeSheetName(): Promise<string>;
  /** The used range of the active sheet with merged areas: ONE round-trip. */
  readUsedRange(): Promise<SheetRead>;
  /** Address of the current selection on the active sheet ("C5" or "C5:F9"). */
  readSelection(): Promise<{ sheet: string; address: string }>;
  /** Select (and scroll to) one cell or range on `sheet` (default active). */
  selectCell(address: string, sheet?: string): Promise<void>;
  /**
   * Insert a block. Reads the target area and writes only if every target cell (including formula cells)
   * is empty — in the same read, never overwriting. Excel: ≤ 2 syncs.
   */
  writeBlock(block: BlockSpec, opts?: WriteOptions): Promise<WriteResult>;
  /** Add highlights on `sheet` (default active); returns the host ids of what was added (kept by the host for clearing). */
  addHighlights(items: HighlightSpec[], sheet?: string): Promise<string[]>;
  /** Remove only the highlights this add-in added (the user's own formats stay). Returns how many were removed. */
  clearHighlights(): Promise<number>;
  /** Exact content of some cells (formula or constant): one round-trip. */
  readCells(addresses: string[], sheet?: string): Promise<CellSnapshot[]>;
  /**
   * Write cells back exactly: a formula through formulas; a number as a number; a STRING as literal text
   * (never converted to a number, percent, date or formula — e.g. "25%" stays the text "25%"). One round-trip.
   */
  writeCells(cells: CellSnapshot[]): Promise<void>;
}

/** Severity → highlight fill (shared by hosts so Excel and WPS look the same). */
export const HIGHLIGHT_FILL: Record<Severity, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};
