/**
 * The part of the WPS Spreadsheets (ET) JS object model PerfCheck uses. WPS exposes the VBA-like
 * object model to JS add-ins as `wps.EtApplication()` (or the global `Application` inside ET).
 * Only plain properties and methods that exist in VBA and in the WPS JSAPI are used here, so the
 * stand-in in tests/wps/fakeWps.ts can model them faithfully: no `Address()` formatting options,
 * no events.
 */

/** A cell value as `Range.Value2` returns it (dates come back as serial numbers, blanks as undefined/""). */
export type WpsValue = string | number | boolean | null | undefined;

export interface WpsInterior {
  /** BGR colour as a number (VBA `RGB(r,g,b)` = r + g*256 + b*65536). */
  Color: number;
  /** -4142 (xlColorIndexNone) when the cell has no fill. */
  ColorIndex: number;
  Pattern?: number;
}

export interface WpsCount {
  Count: number;
}

export interface WpsRange {
  /** One cell: a scalar. Several cells: rows of values (a 2-D array). */
  Value2: WpsValue | WpsValue[][];
  /** 1-based row and column of the range's top-left cell. */
  Row: number;
  Column: number;
  Rows: WpsCount;
  Columns: WpsCount;
  /** true: every cell is in a merged area; false: none; null: some. */
  MergeCells: boolean | null;
  /** The merged area containing the range's top-left cell (the cell itself when not merged). */
  MergeArea: WpsRange;
  Interior: WpsInterior;
  /** Formula text of one cell, or rows of them for a block (constants come back as themselves). */
  Formula: WpsValue | WpsValue[][];
  /** Formula in relative R1C1 notation ("=PERF.CHECK(RC[-7]:R[7]C[-2])"), right wherever it lands. */
  FormulaR1C1: WpsValue | WpsValue[][];
  /** Borders of the range; LineStyle 1 = xlContinuous (thin lines on every edge, inside ones included). */
  Borders: { LineStyle: number | null };
  WrapText: boolean | null;
  /** true when every cell holds a formula, false when none, null when mixed. Text "=x" typed as '=x is not a formula. */
  HasFormula: boolean | null;
  /** Displayed text of ONE cell (null for a block whose cells differ, as in VBA). */
  Text: string | null;
  NumberFormat: string | null;
  Font: { Bold: boolean | null };
  ColumnWidth: number | null;
  EntireColumn: WpsRange;
  Merge(): void;
  Select(): void;
}

export interface WpsWorksheet {
  Name: string;
  Activate(): void;
  Range(address: string): WpsRange;
  UsedRange: WpsRange;
}

export interface WpsSheets {
  Count: number;
  /** 1-based index or sheet name. */
  Item(index: number | string): WpsWorksheet;
  /** Adds a sheet (before the active one, as in ET) and returns it. */
  Add(): WpsWorksheet;
}

export interface WpsWorkbook {
  Name: string;
  FullName?: string;
  Sheets: WpsSheets;
}

export interface EtApplication {
  ActiveSheet: WpsWorksheet | null;
  ActiveWorkbook?: WpsWorkbook | null;
  ActiveCell?: WpsRange | null;
  Selection?: WpsRange | null;
}

export interface WpsTaskPane {
  ID?: string | number;
  Visible: boolean;
  DockPosition?: number;
}

export interface WpsPluginStorage {
  getItem(key: string): string | null | undefined;
  setItem(key: string, value: string): void;
}

/** The `wps` global of a WPS JS add-in page (only what PerfCheck touches). */
export interface WpsGlobal {
  EtApplication?: () => EtApplication;
  /** WPS ≥ 12.1.0.20540. Synchronous functions, ASCII names, called as =PERF.CHECK(...). */
  AddCustomFunction?: (namespace: string, name: string, fn: (...args: unknown[]) => unknown) => unknown;
  CreateTaskPane?: (url: string, title?: string) => WpsTaskPane;
  GetTaskPane?: (id: string | number) => WpsTaskPane | null;
  PluginStorage?: WpsPluginStorage;
}

/** xlColorIndexNone: "no fill". */
export const XL_COLOR_INDEX_NONE = -4142;

/** VBA RGB(): BGR packed in an integer, as Interior.Color expects. */
export function bgr(r: number, g: number, b: number): number {
  return (r & 255) + (g & 255) * 256 + (b & 255) * 65536;
}
