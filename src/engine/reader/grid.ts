import type { CellText, CellValue, SheetGrid } from "../types";
import { toA1 } from "../address";
import { cellText, rawValue } from "./text";
import { FilledCell, SheetCell } from "./cells";

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A cleaned merge. A class for the reason in cells.ts: a sheet's merges live as long as its scan. */
class Merge implements Area {
  constructor(
    readonly top: number,
    readonly left: number,
    readonly bottom: number,
    readonly right: number,
  ) {}
}

const MAX_COLS = 16384; // Excel's last column; anything wider is clamped

function finiteInt(v: unknown, fallback: number): number {
  return typeof v === "number" && Number.isFinite(v) ? Math.floor(v) : fallback;
}

/**
 * Read-only view of a SheetGrid that tolerates anything a host may hand over: ragged or missing
 * rows, non-array rows, junk merges (clamped to the grid, 1×1 and inverted ones dropped).
 * Coordinates are grid coordinates (0-based, before `origin`); `addr` adds the origin.
 */
export class GridView {
  readonly sheet: string;
  readonly rows: readonly (readonly unknown[])[];
  readonly nRows: number;
  readonly nCols: number;
  readonly originRow: number;
  readonly originCol: number;
  /** Merges sorted by top row. */
  readonly merges: Area[];
  private readonly byCol = new Map<number, Area[]>();

  constructor(grid: SheetGrid | null | undefined) {
    const g = (grid ?? {}) as Partial<SheetGrid>;
    this.sheet = typeof g.sheet === "string" ? g.sheet : "";
    const cells: unknown = g.cells;
    let rows: unknown[][] = [];
    let nCols = 0;
    // Indexed loops throughout: the constructor runs once per sheet, mostly before the optimiser has seen it, where
    // for-of allocates an iterator result per element (tens of thousands of rows and merges).
    if (Array.isArray(cells)) {
      // The host's own array when every row is an array (the usual case; it is only read), a cleaned copy otherwise.
      let allArrays = true;
      for (let i = 0; i < cells.length; i++) {
        const row: unknown = cells[i];
        if (!Array.isArray(row)) {
          allArrays = false;
          break;
        }
        if (row.length > nCols) nCols = row.length;
      }
      if (allArrays) rows = cells as unknown[][];
      else {
        nCols = 0;
        for (let i = 0; i < cells.length; i++) {
          const row: unknown = cells[i];
          const r = Array.isArray(row) ? (row as unknown[]) : [];
          rows.push(r);
          if (r.length > nCols) nCols = r.length;
        }
      }
    }
    this.rows = rows;
    this.nRows = rows.length;
    // Merged areas may reach past the last non-blank cell (a title merged A1:G1 over data in A–F):
    // they widen the grid, by a bounded amount so a junk merge cannot make it huge.
    if (Array.isArray(g.merges) && rows.length > 0) {
      let widest = nCols;
      const list = g.merges as unknown[];
      for (let i = 0; i < list.length; i++) {
        const mm = (list[i] ?? {}) as Record<string, unknown>;
        const t = finiteInt(mm.top, NaN);
        const right = Math.max(finiteInt(mm.right, -1), finiteInt(mm.left, -1));
        if (!Number.isNaN(t) && t < rows.length && right + 1 > widest) widest = right + 1;
      }
      nCols = Math.max(nCols, Math.min(widest, nCols + 256));
    }
    this.nCols = Math.min(nCols, MAX_COLS);
    const origin = (g.origin ?? {}) as { row?: unknown; col?: unknown };
    this.originRow = Math.max(0, finiteInt(origin.row, 0));
    this.originCol = Math.max(0, finiteInt(origin.col, 0));
    const merges: Area[] = [];
    if (Array.isArray(g.merges) && this.nRows > 0 && this.nCols > 0) {
      const list = g.merges as unknown[];
      for (let i = 0; i < list.length; i++) {
        const m = list[i];
        if (!m || typeof m !== "object") continue;
        const mm = m as Record<string, unknown>;
        const t0 = finiteInt(mm.top, NaN);
        const b0 = finiteInt(mm.bottom, NaN);
        const l0 = finiteInt(mm.left, NaN);
        const r0 = finiteInt(mm.right, NaN);
        if (Number.isNaN(t0) || Number.isNaN(b0) || Number.isNaN(l0) || Number.isNaN(r0)) continue;
        const top = Math.max(0, Math.min(t0, b0));
        const bottom = Math.min(this.nRows - 1, Math.max(t0, b0));
        const left = Math.max(0, Math.min(l0, r0));
        const right = Math.min(this.nCols - 1, Math.max(l0, r0));
        if (top > bottom || left > right || (top === bottom && left === right)) continue;
        merges.push(new Merge(top, left, bottom, right));
      }
    }
    merges.sort((a, b) => a.top - b.top || a.left - b.left);
    this.merges = merges;
    for (let i = 0; i < merges.length; i++) {
      const m = merges[i];
      for (let c = m.left; c <= m.right; c++) {
        let list = this.byCol.get(c);
        if (!list) this.byCol.set(c, (list = []));
        list.push(m);
      }
    }
  }

  raw(r: number, c: number): unknown {
    const row = this.rows[r];
    return row ? row[c] : undefined;
  }

  text(r: number, c: number): string {
    const row = this.rows[r];
    return row ? cellText(row[c]) : "";
  }

  rowLength(r: number): number {
    const row = this.rows[r];
    return row ? Math.min(row.length, this.nCols) : 0;
  }

  /** The merged area containing (r, c), if any. */
  mergeAt(r: number, c: number): Area | null {
    const list = this.byCol.get(c);
    if (!list) return null;
    let lo = 0;
    let hi = list.length - 1;
    let idx = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].top <= r) {
        idx = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // Valid sheets never overlap merges; look back a little in case a host sends overlapping ones.
    for (let i = idx; i >= 0 && i >= idx - 3; i--) if (list[i].bottom >= r) return list[i];
    return null;
  }

  /** Merges whose top row lies in [top, bottom]. */
  mergesStartingIn(top: number, bottom: number): Area[] {
    const list = this.merges;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].top < top) lo = mid + 1;
      else hi = mid;
    }
    const out: Area[] = [];
    for (let i = lo; i < list.length && list[i].top <= bottom; i++) out.push(list[i]);
    return out;
  }

  private readonly colNames: string[] = [];

  /** A1 address with the origin added; column names are cached (this runs for every cell read). */
  addr(r: number, c: number): string {
    let name = this.colNames[c];
    if (name === undefined) name = this.colNames[c] = toA1(0, this.originCol + c).slice(0, -1);
    // Cells are read row by row: the row number's text is made once per row, not once per cell.
    if (r !== this.rowNoOf) {
      this.rowNoOf = r;
      this.rowNo = String(this.originRow + r + 1);
    }
    return name + this.rowNo;
  }
  private rowNoOf = -1;
  private rowNo = "";

  /** True when the cell holds nothing but whitespace (no text conversion for the common blank cases). */
  isBlank(r: number, c: number): boolean {
    const row = this.rows[r];
    const v = row ? row[c] : undefined;
    if (v == null || v === "") return true;
    if (typeof v === "string") return cellText(v) === "";
    return cellText(v) === "";
  }

  /** CellText for (r, c) exactly as the cell holds it. */
  cell(r: number, c: number): CellText {
    const v = this.raw(r, c);
    return new SheetCell(cellText(v), rawValue(v), this.originRow + r, this.originCol + c);
  }

  /** Same shape as `cell`, plus `filled: true`. */
  filledCell(r: number, c: number, text: string, raw: CellValue): CellText {
    return new FilledCell(text, raw, this.originRow + r, this.originCol + c);
  }

  /**
   * CellText for (r, c) where a blank cell covered by a merge takes the merge's top-left value
   * (marked `filled`), keeping (r, c)'s own address.
   */
  resolved(r: number, c: number): CellText {
    // The own text first: a blank cell filled from its merge allocates only the filled CellText (no discarded own one).
    const ownRaw = this.raw(r, c);
    const ownText = cellText(ownRaw);
    if (ownText !== "") return new SheetCell(ownText, rawValue(ownRaw), this.originRow + r, this.originCol + c);
    const m = this.mergeAt(r, c);
    if (m && !(m.top === r && m.left === c)) {
      const v = this.raw(m.top, m.left);
      const text = cellText(v);
      if (text !== "") return this.filledCell(r, c, text, rawValue(v));
    }
    return new SheetCell(ownText, rawValue(ownRaw), this.originRow + r, this.originCol + c);
  }
}
