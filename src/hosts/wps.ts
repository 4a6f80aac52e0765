/**
 * SpreadsheetHost for WPS Spreadsheets (ET), over the VBA-like object model of WPS JS add-ins.
 * The task pane talks to this exactly as it talks to the Excel host.
 *
 * ET calls are synchronous in-process calls, so "one round-trip" means one property access of a
 * whole block (`Range.Value2`, `Range.Formula`), never a loop over cells — except where ET has no
 * block form (a numeric cell's display `Text`, a cell's fill), which touch only the cells concerned.
 */
import type { BlockSpec, CellSnapshot, HighlightSpec, SheetRead, SpreadsheetHost, WriteOptions, WriteResult } from "./types";
import { asLiteralText, asTextCell, isEmptyCell } from "./cells";
import { columnName, parseA1, rangeA1, toA1 } from "../engine";
import { bgr, type EtApplication, type WpsGlobal, type WpsRange, type WpsWorksheet } from "./wpsOm";
import { WpsHighlights, boxOf, etApplication, readSheet, valuesOf } from "./wpsSheet";

export class WpsHostError extends Error {}

/** xlContinuous: a thin solid border line. */
const XL_CONTINUOUS = 1;
/** Label cells' shade (light grey), as the Excel host shades them. */
const LABEL_FILL = bgr(242, 242, 242);

export class WpsHost implements SpreadsheetHost {
  readonly kind = "wps";
  private highlights: WpsHighlights;

  constructor(private wpsGlobal: WpsGlobal | undefined = (globalThis as { wps?: WpsGlobal }).wps) {
    this.highlights = new WpsHighlights(wpsGlobal?.PluginStorage);
  }

  private app(): EtApplication {
    const app = etApplication(this.wpsGlobal);
    if (!app) throw new WpsHostError("未检测到 WPS 表格：请在 WPS 表格中打开本加载项。");
    return app;
  }

  private sheet(name?: string): WpsWorksheet {
    const app = this.app();
    if (name && app.ActiveWorkbook?.Sheets) return app.ActiveWorkbook.Sheets.Item(name);
    if (!app.ActiveSheet) throw new WpsHostError("没有打开的工作表：请先打开或新建一个工作簿。");
    return app.ActiveSheet;
  }

  private book(): string {
    const wb = this.app().ActiveWorkbook;
    return wb?.FullName || wb?.Name || "";
  }

  async activeSheetName(): Promise<string> {
    return this.sheet().Name;
  }

  async readUsedRange(): Promise<SheetRead> {
    return readSheet(this.sheet());
  }

  async readSelection(): Promise<{ sheet: string; address: string }> {
    const app = this.app();
    const sel = app.Selection ?? app.ActiveCell;
    const sheet = this.sheet().Name;
    if (!sel || typeof sel.Row !== "number") return { sheet, address: "A1" };
    const b = boxOf(sel);
    return { sheet, address: b.top === b.bottom && b.left === b.right ? toA1(b.top, b.left) : rangeA1(b.top, b.left, b.bottom, b.right) };
  }

  async selectCell(address: string, sheet?: string): Promise<void> {
    const ws = this.sheet(sheet);
    if (sheet) ws.Activate();
    ws.Range(address).Select();
  }

  async writeBlock(block: BlockSpec, opts: WriteOptions = {}): Promise<WriteResult> {
    let ws: WpsWorksheet;
    let topLeft: { row: number; col: number };
    if (opts.newSheet) {
      const app = this.app();
      if (!app.ActiveWorkbook?.Sheets) throw new WpsHostError("无法新建工作表：没有打开的工作簿。");
      ws = app.ActiveWorkbook.Sheets.Add();
      ws.Name = uniqueSheetName(opts.newSheet, app);
      topLeft = { row: 0, col: 0 };
    } else {
      ws = this.sheet();
      const at = opts.topLeft ?? (await this.readSelection()).address.split(":")[0];
      const p = parseA1(at);
      if (!p) throw new WpsHostError(`无法识别的单元格地址“${at}”。`);
      topLeft = p;
    }
    const height = Math.max(1, block.cells.length);
    const width = Math.max(1, ...block.cells.map((r) => r.length));
    // The emptiness check covers the block AND the formula cells beside it: one read of their bounding box.
    let bottom = topLeft.row + height - 1;
    let right = topLeft.col + width - 1;
    for (const f of block.formulas ?? []) {
      bottom = Math.max(bottom, topLeft.row + f.row);
      right = Math.max(right, topLeft.col + f.col);
    }
    const checkAddress = rangeA1(topLeft.row, topLeft.col, bottom, right);
    const checkRange = ws.Range(checkAddress);
    const values = valuesOf(checkRange.Value2);
    let formulas: unknown[][] | null;
    try {
      formulas = valuesOf(checkRange.Formula);
    } catch {
      formulas = null; // no block Formula in this build: values alone decide emptiness
    }
    const targeted = new Set<string>();
    for (let r = 0; r < height; r++) for (let c = 0; c < width; c++) targeted.add(`${r},${c}`);
    for (const f of block.formulas ?? []) targeted.add(`${f.row},${f.col}`);
    const conflicts: string[] = [];
    for (const key of targeted) {
      const [r, c] = key.split(",").map(Number);
      if (!isEmptyCell(values[r]?.[c], formulas?.[r]?.[c])) conflicts.push(toA1(topLeft.row + r, topLeft.col + c));
    }
    const address = rangeA1(topLeft.row, topLeft.col, topLeft.row + height - 1, topLeft.col + width - 1);
    if (conflicts.length) return { ok: false, reason: "not-empty", sheet: ws.Name, address, conflicts: conflicts.slice(0, 10) };

    const target = ws.Range(address);
    // Cells that are not numbers are text: set "@" on the block first, then numbers get their own format.
    target.NumberFormat = "@";
    target.Value2 = Array.from({ length: height }, (_, r) =>
      Array.from({ length: width }, (_, c) => {
        const v = block.cells[r]?.[c] ?? "";
        if (typeof v === "number") return v;
        return v === "" ? "" : asTextCell(String(v));
      }),
    );
    for (const n of block.numberCells ?? []) {
      const cell = ws.Range(toA1(topLeft.row + n.row, topLeft.col + n.col));
      cell.NumberFormat = n.format;
    }
    for (const m of block.merges ?? []) {
      ws.Range(rangeA1(topLeft.row + m.top, topLeft.col + m.left, topLeft.row + m.bottom, topLeft.col + m.right)).Merge();
    }
    if (block.bordered) {
      const b = block.bordered;
      const area = ws.Range(rangeA1(topLeft.row + b.top, topLeft.col + b.left, topLeft.row + b.bottom, topLeft.col + b.right));
      area.Borders.LineStyle = XL_CONTINUOUS;
      area.WrapText = true;
    }
    for (const r of block.headerRows ?? []) {
      const row = ws.Range(rangeA1(topLeft.row + r, topLeft.col, topLeft.row + r, topLeft.col + width - 1));
      row.Font.Bold = true;
      row.Interior.Color = LABEL_FILL;
    }
    for (const c of block.labelCells ?? []) {
      const cell = ws.Range(toA1(topLeft.row + c.row, topLeft.col + c.col));
      cell.Font.Bold = true;
      cell.Interior.Color = LABEL_FILL;
    }
    (block.columnWidths ?? []).forEach((w, i) => {
      if (w > 0) ws.Range(`${columnName(topLeft.col + i)}1`).EntireColumn.ColumnWidth = w;
    });
    for (const f of block.formulas ?? []) {
      const cell = ws.Range(toA1(topLeft.row + f.row, topLeft.col + f.col));
      // Relative R1C1 formulas (task pane templates) go through ET's FormulaR1C1, right wherever the block lands.
      if (f.r1c1) cell.FormulaR1C1 = f.formula;
      else cell.Formula = f.formula;
    }
    return { ok: true, sheet: ws.Name, address };
  }

  async addHighlights(items: HighlightSpec[], sheet?: string): Promise<string[]> {
    const ws = this.sheet(sheet);
    const book = this.book();
    return this.highlights.apply(book, ws, items).map((cell) => `${ws.Name}!${cell}`);
  }

  async clearHighlights(): Promise<number> {
    const app = this.app();
    const sheets: WpsWorksheet[] = [];
    const wb = app.ActiveWorkbook;
    if (wb?.Sheets) for (let i = 1; i <= wb.Sheets.Count; i++) sheets.push(wb.Sheets.Item(i));
    else if (app.ActiveSheet) sheets.push(app.ActiveSheet);
    return this.highlights.clear(this.book(), sheets);
  }

  async readCells(addresses: string[], sheet?: string): Promise<CellSnapshot[]> {
    const ws = this.sheet(sheet);
    return addresses.map((address) => {
      const r: WpsRange = ws.Range(address);
      // Formula of a text cell "=x" (typed as '=x) also reads "=x": HasFormula tells them apart.
      const formula = r.HasFormula === true ? String(r.Formula) : null;
      const v = valuesOf(r.Value2)[0][0];
      const snap: CellSnapshot = { address, sheet: ws.Name, formula, value: formula ? null : v instanceof Date ? v.toISOString() : (v ?? "") };
      const fmt = r.NumberFormat;
      if (typeof fmt === "string") snap.numberFormat = fmt;
      return snap;
    });
  }

  async writeCells(cells: CellSnapshot[]): Promise<void> {
    for (const c of cells) {
      const r = this.sheet(c.sheet || undefined).Range(c.address);
      if (c.numberFormat !== undefined) r.NumberFormat = c.numberFormat;
      if (c.formula) r.Formula = c.formula;
      // A string in a snapshot is literal text: "25%" must not come back as 0.25, nor "=x" as a formula.
      else r.Value2 = typeof c.value === "string" ? asLiteralText(c.value) : (c.value ?? "");
    }
  }
}

function uniqueSheetName(wanted: string, app: EtApplication): string {
  const base = wanted.replace(/[\\/?*[\]:]/g, "").slice(0, 31) || "绩效目标表";
  const sheets = app.ActiveWorkbook?.Sheets;
  const taken = new Set<string>();
  if (sheets) for (let i = 1; i <= sheets.Count; i++) taken.add(sheets.Item(i).Name);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const name = `${base.slice(0, 27)} (${n})`;
    if (!taken.has(name)) return name;
  }
}

/** Used by tests: the block a 1-based ET range covers, as "A1:B2". */
export function addressOf(range: WpsRange): string {
  const b = boxOf(range);
  return rangeA1(b.top, b.left, b.bottom, b.right);
}
