/**
 * SpreadsheetHost for Excel (Office.js). Every read of a block is one `load` + one `context.sync`;
 * every write one more sync. Never a sync per cell: Office.js batches everything queued between
 * syncs into one round-trip to the workbook, and round-trips are what the user waits for.
 */
import type { BlockSpec, CellSnapshot, HighlightSpec, SheetRead, SpreadsheetHost, WriteOptions, WriteResult } from "./types";
import { HIGHLIGHT_FILL } from "./types";
import { asLiteralText, asTextCell, cellForEngine, isEmptyCell, mergesFromAddressList, stripSheet } from "./cells";
import { SEVERITY_ORDER, toA1, type Severity } from "../engine";
import { EXCEL_API, NO_CLEAR_MESSAGE, NO_FORMULAS_MESSAGE, NO_MARKS_MESSAGE, supportsExcelApi } from "./excelApi";

/** `Excel.run` (injectable so tests can pass an office-addin-mock context). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Workbook setting under which we keep the ids of the conditional formats we added. */
export const HIGHLIGHT_SETTING = "perfcheck.highlights";

interface StoredHighlight {
  sheetId: string;
  cell: string;
  id: string;
}

/** Excel column width unit: points; one character of the default font is about 7 pt wide. */
const POINTS_PER_CHAR = 7;

export class ExcelHost implements SpreadsheetHost {
  readonly kind = "excel";

  constructor(
    private run: ExcelRun = (batch) => Excel.run(batch),
    /** getMergedAreasOrNullObject needs ExcelApi 1.13; older Excel reads without merges (the reader fills 一级/二级 forward anyway). */
    private readMerges: boolean = supportsExcelApi(EXCEL_API.mergedAreas),
    /** Asked before every API newer than ExcelApi 1.1 (injectable so tests can switch sets off). */
    private supports: (version: string) => boolean = supportsExcelApi,
  ) {}

  /** `range` grown by rows × cols: getResizedRange (1.2), else the bounding box of it and its offset (1.1). */
  private resized(range: Excel.Range, rows: number, cols: number): Excel.Range {
    return this.supports(EXCEL_API.resizeMergeWidthR1C1) ? range.getResizedRange(rows, cols) : range.getBoundingRect(range.getOffsetRange(rows, cols));
  }

  private sheetOf(context: Excel.RequestContext, sheet?: string): Excel.Worksheet {
    return sheet ? context.workbook.worksheets.getItem(sheet) : context.workbook.worksheets.getActiveWorksheet();
  }

  async activeSheetName(): Promise<string> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.load("name");
      await context.sync();
      return ws.name;
    });
  }

  async readUsedRange(): Promise<SheetRead> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      // getUsedRange never throws: on a blank sheet it is A1.
      const used = ws.getUsedRange();
      const merged = this.readMerges ? used.getMergedAreasOrNullObject() : null;
      ws.load("name");
      used.load("values,text,formulas,rowIndex,columnIndex");
      merged?.load("address");
      await context.sync();
      const origin = { row: used.rowIndex, col: used.columnIndex };
      const values = used.values as unknown[][];
      const text = used.text as unknown[][];
      const cells = values.map((row, r) => row.map((v, c) => cellForEngine(v, text?.[r]?.[c])));
      const merges = !merged || merged.isNullObject === true ? [] : mergesFromAddressList(merged.address, origin);
      return { grid: { sheet: ws.name, cells, merges, origin }, formulas: used.formulas as SheetRead["formulas"] };
    });
  }

  async readSelection(): Promise<{ sheet: string; address: string }> {
    return this.run(async (context) => {
      const sel = context.workbook.getSelectedRange();
      const ws = context.workbook.worksheets.getActiveWorksheet();
      sel.load("address");
      ws.load("name");
      await context.sync();
      return { sheet: ws.name, address: stripSheet(sel.address) };
    });
  }

  async selectCell(address: string, sheet?: string): Promise<void> {
    await this.run(async (context) => {
      const ws = this.sheetOf(context, sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  }

  async writeBlock(block: BlockSpec, opts: WriteOptions = {}): Promise<WriteResult> {
    const height = Math.max(1, block.cells.length, ...(block.formulas ?? []).map((f) => f.row + 1));
    const width = Math.max(1, ...block.cells.map((r) => r.length), ...(block.formulas ?? []).map((f) => f.col + 1));
    if (block.formulas?.length && !this.supports(EXCEL_API.resizeMergeWidthR1C1)) throw new Error(NO_FORMULAS_MESSAGE);
    // Column widths (and merges, in queueBlock) need ExcelApi 1.2.
    const api1_2 = this.supports(EXCEL_API.resizeMergeWidthR1C1);
    return this.run(async (context) => {
      let ws: Excel.Worksheet;
      let anchor: Excel.Range;
      // Round-trip 1: where to write, what is there now (values AND formulas), current column widths.
      if (opts.newSheet) {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        const names = new Set(sheets.items.map((s) => s.name));
        let name = opts.newSheet.slice(0, 31);
        for (let i = 2; names.has(name); i++) name = `${opts.newSheet.slice(0, 28)}(${i})`;
        ws = sheets.add(name);
        ws.activate();
        anchor = ws.getRange("A1");
      } else {
        ws = context.workbook.worksheets.getActiveWorksheet();
        const active = () => (this.supports(EXCEL_API.activeCell) ? context.workbook.getActiveCell() : context.workbook.getSelectedRange().getCell(0, 0));
        anchor = opts.topLeft ? ws.getRange(opts.topLeft) : active();
      }
      const target = this.resized(anchor, height - 1, width - 1);
      const columns = Array.from({ length: width }, (_, i) => target.getColumn(i).format);
      let widthsNow: (number | null)[] = columns.map(() => null);
      if (!opts.newSheet) {
        ws.load("name");
        target.load("address,values,formulas,rowIndex,columnIndex");
        if (api1_2) columns.forEach((f) => f.load("columnWidth"));
        await context.sync();
        const conflicts: string[] = [];
        const values = target.values as unknown[][];
        const formulas = target.formulas as unknown[][];
        for (let r = 0; r < values.length && conflicts.length < 10; r++)
          for (let c = 0; c < values[r].length && conflicts.length < 10; c++)
            if (!isEmptyCell(values[r][c], formulas?.[r]?.[c])) conflicts.push(toA1(target.rowIndex + r, target.columnIndex + c));
        if (conflicts.length) return { ok: false, reason: "not-empty", sheet: ws.name, address: stripSheet(target.address), conflicts };
        if (api1_2) widthsNow = columns.map((f) => (typeof f.columnWidth === "number" ? f.columnWidth : null));
      }
      // Round-trip 2: everything written in one batch.
      this.queueBlock(target, block, height, width, columns, widthsNow);
      target.load("address");
      ws.load("name");
      await context.sync();
      return { ok: true, sheet: ws.name, address: stripSheet(target.address) };
    });
  }

  /** Queue the writes of a block (no sync here). */
  private queueBlock(target: Excel.Range, block: BlockSpec, height: number, width: number, columns: Excel.RangeFormat[], widthsNow: (number | null)[]): void {
    const numberCells = new Map((block.numberCells ?? []).map((n) => [`${n.row},${n.col}`, n.format]));
    const formulaCells = new Set((block.formulas ?? []).map((f) => `${f.row},${f.col}`));
    const formats: string[][] = [];
    const values: (string | number)[][] = [];
    for (let r = 0; r < height; r++) {
      formats.push([]);
      values.push([]);
      for (let c = 0; c < width; c++) {
        const v = block.cells[r]?.[c] ?? "";
        const key = `${r},${c}`;
        const numFmt = numberCells.get(key);
        if (formulaCells.has(key)) {
          formats[r].push("General");
          values[r].push("");
        } else if (numFmt) {
          formats[r].push(numFmt);
          values[r].push(typeof v === "number" ? v : v === "" ? "" : Number(v));
        } else {
          // Text cells stay text: "@" format, and a leading = + - @ is escaped besides.
          formats[r].push("@");
          values[r].push(typeof v === "number" ? v : asTextCell(v));
        }
      }
    }
    target.numberFormat = formats;
    target.values = values;
    const b = block.bordered;
    if (b) {
      const area = this.resized(target.getCell(b.top, b.left), b.bottom - b.top, b.right - b.left);
      for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const) {
        const border = area.format.borders.getItem(edge);
        border.style = "Continuous";
        border.weight = "Thin";
      }
      area.format.wrapText = true;
      area.format.verticalAlignment = "Center";
    }
    // Before ExcelApi 1.2 there is no merge: the block stays unmerged (the reader fills 一级/二级 forward anyway).
    const api1_2 = this.supports(EXCEL_API.resizeMergeWidthR1C1);
    for (const m of api1_2 ? (block.merges ?? []) : []) this.resized(target.getCell(m.top, m.left), m.bottom - m.top, m.right - m.left).merge(false);
    const label = (r: number, c: number) => {
      const f = target.getCell(r, c).format;
      f.font.bold = true;
      f.fill.color = "#F2F2F2";
      f.horizontalAlignment = "Center";
    };
    for (const r of block.headerRows ?? []) for (let c = 0; c < width; c++) if ((block.cells[r]?.[c] ?? "") !== "") label(r, c);
    for (const l of block.labelCells ?? []) label(l.row, l.col);
    // Only widen columns: a narrower template must not squeeze the user's own columns.
    (api1_2 ? (block.columnWidths ?? []) : []).forEach((chars, i) => {
      if (i >= width) return;
      const want = chars * POINTS_PER_CHAR;
      const now = widthsNow[i];
      if (now === null || now < want) columns[i].columnWidth = want;
    });
    for (const f of block.formulas ?? []) {
      const cell = target.getCell(f.row, f.col);
      if (f.r1c1) cell.formulasR1C1 = [[f.formula]];
      else cell.formulas = [[f.formula]];
    }
  }

  async addHighlights(items: HighlightSpec[], sheet?: string): Promise<string[]> {
    // One highlight per cell, the most severe finding wins.
    const byCell = new Map<string, Severity>();
    for (const it of items) {
      const prev = byCell.get(it.cell);
      if (!prev || SEVERITY_ORDER[it.severity] < SEVERITY_ORDER[prev]) byCell.set(it.cell, it.severity);
    }
    if (!byCell.size) return [];
    if (!this.supports(EXCEL_API.conditionalFormats)) throw new Error(NO_MARKS_MESSAGE);
    return this.run(async (context) => {
      const ws = this.sheetOf(context, sheet);
      ws.load("id");
      const added = [...byCell].map(([cell, severity]) => {
        const cf = ws.getRange(cell).conditionalFormats.add("Custom");
        // Always-true rule on the exact cell: the fill shows until we delete the format by id.
        cf.custom.rule.formula = "=TRUE";
        cf.custom.format.fill.color = HIGHLIGHT_FILL[severity];
        cf.load("id");
        return { cell, cf };
      });
      const setting = context.workbook.settings.getItemOrNullObject(HIGHLIGHT_SETTING);
      setting.load("value");
      await context.sync();
      const stored = readStored(setting);
      const ids = added.map((a) => a.cf.id);
      stored.push(...added.map((a) => ({ sheetId: ws.id, cell: a.cell, id: a.cf.id })));
      context.workbook.settings.add(HIGHLIGHT_SETTING, JSON.stringify(stored));
      await context.sync();
      return ids;
    });
  }

  async clearHighlights(): Promise<number> {
    if (!this.supports(EXCEL_API.conditionalFormats)) throw new Error(NO_CLEAR_MESSAGE);
    const byId = this.supports(EXCEL_API.conditionalFormatOrNull);
    return this.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(HIGHLIGHT_SETTING);
      setting.load("value");
      await context.sync();
      const stored = readStored(setting);
      if (!stored.length) return 0;
      // The user may have deleted a sheet, a row or one of our formats: look each up as a null object first.
      const found = stored.map((h) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(h.sheetId);
        ws.load("id");
        return { h, ws };
      });
      await context.sync();
      const live = found.filter((f) => f.ws.isNullObject !== true);
      let removed = 0;
      if (byId) {
        const formats = live.map(({ h, ws }) => {
          const cf = ws.getRange(h.cell).conditionalFormats.getItemOrNullObject(h.id);
          cf.load("id");
          return cf;
        });
        await context.sync();
        for (const cf of formats)
          if (cf.isNullObject !== true) {
            cf.delete();
            removed++;
          }
      } else {
        // ExcelApi 1.6–1.13 has no getItemOrNullObject: list each cell's formats and delete ours by id.
        const lists = live.map(({ h, ws }) => {
          const list = ws.getRange(h.cell).conditionalFormats;
          list.load("items/id");
          return { id: h.id, list };
        });
        await context.sync();
        for (const { id, list } of lists)
          for (const cf of list.items)
            if (cf.id === id) {
              cf.delete();
              removed++;
            }
      }
      context.workbook.settings.getItemOrNullObject(HIGHLIGHT_SETTING).delete();
      await context.sync();
      return removed;
    });
  }

  async readCells(addresses: string[], sheet?: string): Promise<CellSnapshot[]> {
    return this.run(async (context) => {
      const ws = this.sheetOf(context, sheet);
      ws.load("name");
      const ranges = addresses.map((a) => {
        const r = ws.getRange(a);
        r.load("values,formulas,numberFormat");
        return r;
      });
      await context.sync();
      return ranges.map((r, i) => {
        const snap = snapshotOf(addresses[i], ws.name, (r.values as unknown[][])[0]?.[0], (r.formulas as unknown[][])[0]?.[0]);
        const fmt = (r.numberFormat as unknown[][])?.[0]?.[0];
        if (typeof fmt === "string") snap.numberFormat = fmt;
        return snap;
      });
    });
  }

  async writeCells(cells: CellSnapshot[]): Promise<void> {
    if (!cells.length) return;
    await this.run(async (context) => {
      for (const c of cells) {
        const r = this.sheetOf(context, c.sheet || undefined).getRange(c.address);
        if (c.numberFormat !== undefined) r.numberFormat = [[c.numberFormat]];
        if (c.formula) r.formulas = [[c.formula]];
        // A string in a snapshot is literal text: it must not turn into a number or date on the way back.
        else r.values = [[typeof c.value === "string" ? asLiteralText(c.value) : (c.value ?? "")]];
      }
      await context.sync();
    });
  }
}

/**
 * A cell is a formula when `formulas` starts with "=" and differs from its value (a text cell that
 * reads "=100%" has the same value and formula text).
 */
export function snapshotOf(address: string, sheet: string, value: unknown, formula: unknown): CellSnapshot {
  const isFormula = typeof formula === "string" && formula.startsWith("=") && formula !== value;
  const v = value === undefined || value === null ? "" : typeof value === "number" || typeof value === "boolean" || typeof value === "string" ? value : String(value);
  return { address, sheet, formula: isFormula ? (formula as string) : null, value: isFormula ? null : v };
}

function readStored(setting: Excel.Setting): StoredHighlight[] {
  if (setting.isNullObject === true) return [];
  try {
    const v = typeof setting.value === "string" ? JSON.parse(setting.value) : setting.value;
    return Array.isArray(v) ? v.filter((x) => x && typeof x.id === "string" && typeof x.cell === "string") : [];
  } catch {
    return [];
  }
}
