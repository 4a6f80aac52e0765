/**
 * Bare indicator rows → a PerfTable: what a custom function's range becomes. Apart from the sheet scanner (scan.ts),
 * so a bundle that only checks rows does not carry it.
 */
import type { CellText, CellValue, IndicatorRow, PerfTable } from "../types";
import { rangeA1 } from "../address";
import { headerRole, type HeaderRole } from "./labels";
import { cellText, labelKey, rawValue } from "./text";
import { FilledCell, IndicatorRecord, SheetCell } from "./cells";

type Cols = Partial<Record<HeaderRole, number>>;

/** Column roles by the number of columns given (no header row): the value is always the last of the first six. */
function colsByWidth(n: number): Cols {
  if (n >= 6) return { l1: 0, l2: 1, l3: 2, desc: 3, value: 4, basis: 5 };
  if (n === 5) return { l1: 0, l2: 1, l3: 2, desc: 3, value: 4 };
  if (n === 4) return { l1: 0, l2: 1, l3: 2, value: 3 };
  if (n === 3) return { l2: 0, l3: 1, value: 2 };
  if (n === 2) return { l3: 0, value: 1 };
  return { value: 0 };
}

/** Any argument as rows of cells; the caller's array itself when every row already is one (a recalc's usual input). */
function rowsOf(rows: unknown): unknown[][] {
  if (!Array.isArray(rows)) return rows == null ? [] : [[rows]];
  if (rows.every(Array.isArray)) return rows as unknown[][];
  return rows.map((r: unknown) => (Array.isArray(r) ? (r as unknown[]) : [r]));
}

function safeInt(v: unknown): number {
  return typeof v === "number" && Number.isFinite(v) && v > 0 ? Math.floor(v) : 0;
}

/**
 * Bare indicator rows in template column order (一级, 二级, 三级, 描述, 指标值, 依据), as a custom
 * function receives them. `origin` is where rows[0][0] sits on the sheet (for cell addresses).
 * Fewer columns: 5 = …描述, 指标值 (no 依据); 4 = 一级, 二级, 三级, 指标值; 3 = 二级, 三级, 指标值;
 * 2 = 三级, 指标值; 1 = 指标值. A leading row containing 一级指标 is a header: it is skipped and its
 * texts decide the column roles. Blank rows are kept (so results align with input rows) with empty
 * texts and no forward fill; `index` counts data rows from 0 (the row after a skipped header is 0).
 * `fillForward: false` leaves blank 一级/二级 blank (for rows the caller has filled already).
 */
export function tableFromRows(rows: CellValue[][], opts: { sheet?: string; origin?: { row: number; col: number }; fillForward?: boolean } = {}): PerfTable {
  const o = (opts ?? {}) as { sheet?: unknown; origin?: { row?: unknown; col?: unknown }; fillForward?: unknown };
  const fillForward = o.fillForward !== false;
  const sheet = typeof o.sheet === "string" ? o.sheet : "";
  const oRow = safeInt(o.origin?.row);
  const oCol = safeInt(o.origin?.col);
  const input = rowsOf(rows);
  let width = 0;
  for (const r of input) if (r.length > width) width = r.length;

  let first = 0;
  let cols: Cols | null = null;
  if (input.length && input[0].some((v) => labelKey(cellText(v)) === "一级指标")) {
    first = 1;
    const found: Cols = {};
    input[0].forEach((v, c) => {
      const role = headerRole(labelKey(cellText(v)));
      if (role && found[role] === undefined) found[role] = c;
    });
    if (found.value !== undefined) cols = found;
  }
  if (!cols) cols = colsByWidth(Math.min(width, 6));

  const cellAt = (r: number, c: number | undefined, fallbackCol: number): CellText => {
    if (c === undefined) return new SheetCell("", null, oRow + r, oCol + fallbackCol);
    const line = input[r];
    const v = line === undefined ? undefined : line[c];
    return new SheetCell(cellText(v), rawValue(v), oRow + r, oCol + c);
  };

  const indicators: IndicatorRow[] = [];
  let prev1: CellText | null = null;
  let prev2: CellText | null = null;
  const valueCol = cols.value ?? 0;
  for (let r = first; r < input.length; r++) {
    let l1 = cellAt(r, cols.l1, valueCol);
    let l2 = cellAt(r, cols.l2, valueCol);
    const l3 = cellAt(r, cols.l3, valueCol);
    const value = cellAt(r, cols.value, valueCol);
    const desc = cols.desc !== undefined ? cellAt(r, cols.desc, valueCol) : undefined;
    const basis = cols.basis !== undefined ? cellAt(r, cols.basis, valueCol) : undefined;
    const blank = !l1.text && !l2.text && !l3.text && !value.text && !desc?.text && !basis?.text;
    if (!blank && fillForward) {
      if (!l1.text && prev1?.text) l1 = new FilledCell(prev1.text, prev1.raw, l1.row, l1.col);
      if (!l2.text && prev2?.text && prev1 && l1.text === prev1.text) l2 = new FilledCell(prev2.text, prev2.raw, l2.row, l2.col);
      prev1 = l1;
      prev2 = l2;
    }
    indicators.push(new IndicatorRecord(indicators.length, l1, l2, l3, value, desc, basis));
  }
  const lastRow = Math.max(0, input.length - 1);
  const lastCol = Math.max(0, width - 1);
  return {
    sheet,
    range: rangeA1(oRow, oCol, oRow + lastRow, oCol + lastCol),
    variant: "rows",
    unit: "万元",
    header: {},
    layout: { hasCode: false, hasPlan: false, hasBasis: cols.basis !== undefined, hasDescription: cols.desc !== undefined, hasPurpose: false, hasFunds: false },
    indicators,
  };
}
