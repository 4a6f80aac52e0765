/**
 * WPS Spreadsheets (ET) sheet access: read a block with ONE `Range.Value2` read, find merged areas
 * without touching every cell, write a template block with ONE `Value2` write (refusing to cover a
 * non-empty cell), and removable highlights that give the user's own fill back.
 *
 * No DOM here: the pane, the ribbon callbacks and the tests all use these functions.
 */
import { SEVERITY_ORDER, parseA1, rangeA1, toA1, type CellValue, type MergedArea, type Severity, type SheetGrid } from "../engine";
import { HIGHLIGHT_FILL, type HighlightSpec, type SheetRead } from "./types";
import { cellForEngine } from "./cells";
import { XL_COLOR_INDEX_NONE, bgr, type EtApplication, type WpsGlobal, type WpsPluginStorage, type WpsRange, type WpsValue, type WpsWorksheet } from "./wpsOm";

/** The ET application of this add-in page, or null outside WPS. */
export function etApplication(wpsGlobal: WpsGlobal | undefined): EtApplication | null {
  try {
    if (wpsGlobal?.EtApplication) return wpsGlobal.EtApplication();
  } catch {
    /* not in ET (e.g. the add-in page opened in a browser) */
  }
  const g = globalThis as { Application?: EtApplication };
  return g.Application && typeof g.Application === "object" ? g.Application : null;
}

/** `Value2` of one cell is a scalar, of a block rows of values: always give rows. */
export function valuesOf(value2: WpsValue | WpsValue[][] | unknown): CellValue[][] {
  if (Array.isArray(value2)) {
    return value2.map((row) => (Array.isArray(row) ? row.map(normalizeValue) : [normalizeValue(row)]));
  }
  return [[normalizeValue(value2)]];
}

function normalizeValue(v: unknown): CellValue {
  if (v === undefined || v === null) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  // Error values and COM variants arrive as objects in some builds: keep their text.
  return String(v);
}

/** Sheet-relative 0-based box of a range. */
export function boxOf(range: WpsRange): MergedArea {
  const top = range.Row - 1;
  const left = range.Column - 1;
  return { top, left, bottom: top + range.Rows.Count - 1, right: left + range.Columns.Count - 1 };
}

/**
 * Merged areas inside `box` (sheet coordinates), returned relative to the box's top-left.
 * One `MergeCells` read for the block; only rows that contain merges are walked cell by cell,
 * skipping cells already covered by an area found earlier.
 */
export function readMerges(sheet: WpsWorksheet, box: MergedArea): MergedArea[] {
  const whole = sheet.Range(rangeA1(box.top, box.left, box.bottom, box.right)).MergeCells;
  if (whole === false) return [];
  const found: MergedArea[] = [];
  const covered = (r: number, c: number) => found.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
  for (let r = box.top; r <= box.bottom; r++) {
    if (whole !== true && sheet.Range(rangeA1(r, box.left, r, box.right)).MergeCells === false) continue;
    for (let c = box.left; c <= box.right; c++) {
      if (covered(r, c)) continue;
      const area = boxOf(sheet.Range(toA1(r, c)).MergeArea);
      if (area.bottom > area.top || area.right > area.left) found.push(area);
    }
  }
  return found.map((m) => ({
    top: Math.max(m.top, box.top) - box.top,
    left: Math.max(m.left, box.left) - box.left,
    bottom: Math.min(m.bottom, box.bottom) - box.top,
    right: Math.min(m.right, box.right) - box.left,
  }));
}

/**
 * Read a block (default: the sheet's used range) as the engine sees it: ONE `Value2` read and ONE
 * `Formula` read for the block. `Value2` gives 95% as 0.95 and a date as a serial, while the
 * accountant wrote "95%"; only numeric cells (few in these tables: 预算数, the plan, some values)
 * are asked for their display `Text`, one call each, because ET has no block-wide Text.
 */
export function readSheet(sheet: WpsWorksheet, address?: string): SheetRead {
  const range = address ? sheet.Range(address) : sheet.UsedRange;
  const box = boxOf(range);
  const raw = valuesOf(range.Value2);
  const cells = raw.map((row, r) =>
    row.map((v, c) => (typeof v === "number" ? cellForEngine(v, safeText(sheet, toA1(box.top + r, box.left + c))) : v)),
  );
  let formulas: SheetRead["formulas"];
  try {
    formulas = valuesOf(range.Formula).map((row) => row.map((v) => (v instanceof Date ? v.toISOString() : v ?? null)));
  } catch {
    formulas = undefined; // optional in SheetRead: a build without block Formula still checks
  }
  const merges = readMerges(sheet, box);
  return { grid: { sheet: sheet.Name, cells, merges, origin: { row: box.top, col: box.left } }, formulas };
}

function safeText(sheet: WpsWorksheet, a1: string): string | null {
  try {
    return sheet.Range(a1).Text;
  } catch {
    return null;
  }
}

/** The engine's grid only (see readSheet). */
export function readGrid(sheet: WpsWorksheet, address?: string): SheetGrid {
  return readSheet(sheet, address).grid;
}

/** "#FFC7CE" → BGR number for Interior.Color. */
export function hexToBgr(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  return m ? bgr(parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)) : bgr(255, 199, 206);
}

/** Fill colours (BGR) per severity, the same as Excel's (src/hosts/types.ts HIGHLIGHT_FILL). */
export const HIGHLIGHT_COLORS: Record<Severity, number> = {
  error: hexToBgr(HIGHLIGHT_FILL.error),
  warning: hexToBgr(HIGHLIGHT_FILL.warning),
  info: hexToBgr(HIGHLIGHT_FILL.info),
};

interface HighlightRecord {
  book: string;
  sheet: string;
  cell: string;
  /** The user's fill before we touched the cell. */
  color: number;
  colorIndex: number;
  /** The fill we applied (restore only if the cell still has it). */
  applied: number;
}

const STORAGE_KEY = "perfcheck.highlights";

/**
 * Removable highlights. What each cell looked like before is kept in `wps.PluginStorage` (shared by
 * the add-in's pages, so the ribbon's 清除标记 can undo what the pane marked), else in memory.
 */
export class WpsHighlights {
  private memory: HighlightRecord[] = [];

  constructor(private storage?: WpsPluginStorage) {}

  private load(): HighlightRecord[] {
    if (!this.storage) return this.memory;
    try {
      const raw = this.storage.getItem(STORAGE_KEY);
      const list = raw ? JSON.parse(raw) : [];
      return Array.isArray(list) ? list : [];
    } catch {
      return [];
    }
  }

  private save(list: HighlightRecord[]): void {
    if (this.storage) this.storage.setItem(STORAGE_KEY, JSON.stringify(list));
    else this.memory = list;
  }

  /** Cells currently marked on this sheet. */
  marked(book: string, sheet: string): string[] {
    return this.load()
      .filter((h) => h.book === book && h.sheet === sheet)
      .map((h) => h.cell);
  }

  /** Mark every finding's cell with the colour of its most severe finding. Returns the cells marked. */
  apply(book: string, sheet: WpsWorksheet, findings: HighlightSpec[]): string[] {
    const worst = new Map<string, Severity>();
    for (const f of findings) {
      if (!f.cell || !parseA1(f.cell)) continue;
      const cell = f.cell.replace(/\$/g, "").replace(/^.*!/, "").toUpperCase();
      const prev = worst.get(cell);
      if (!prev || SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[prev]) worst.set(cell, f.severity);
    }
    const list = this.load();
    for (const [cell, severity] of worst) {
      const interior = sheet.Range(cell).Interior;
      const applied = HIGHLIGHT_COLORS[severity];
      const known = list.find((h) => h.book === book && h.sheet === sheet.Name && h.cell === cell);
      if (known) {
        known.applied = applied;
      } else {
        list.push({ book, sheet: sheet.Name, cell, color: interior.Color, colorIndex: interior.ColorIndex, applied });
      }
      interior.Color = applied;
    }
    this.save(list);
    return [...worst.keys()];
  }

  /**
   * Remove our marks on this sheet (all sheets of the book when `sheet` is omitted), giving back
   * the user's own fill. A cell whose fill the user changed after we marked it is left alone.
   */
  clear(book: string, sheets: WpsWorksheet[]): number {
    const list = this.load();
    const keep: HighlightRecord[] = [];
    let restored = 0;
    for (const h of list) {
      const sheet = h.book === book ? sheets.find((s) => s.Name === h.sheet) : undefined;
      if (!sheet) {
        keep.push(h);
        continue;
      }
      const interior = sheet.Range(h.cell).Interior;
      if (interior.Color === h.applied && interior.ColorIndex !== XL_COLOR_INDEX_NONE) {
        if (h.colorIndex === XL_COLOR_INDEX_NONE) interior.ColorIndex = XL_COLOR_INDEX_NONE;
        else interior.Color = h.color;
        restored++;
      }
    }
    this.save(keep);
    return restored;
  }
}
