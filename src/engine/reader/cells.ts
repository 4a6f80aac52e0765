import type { CellText, CellValue, IndicatorRow, SpendPoint } from "../types";
import { toA1 } from "../address";

/*
 * The reader's CellText, IndicatorRow and plan-point values are built with these constructors, not object literals.
 *
 * Why (docs/performance.md, PERF-3): V8 tracks every object-literal site and "pretenures" a site whose objects
 * survive a young-generation collection, allocating its later objects directly in the old generation. A check keeps
 * its table's cells alive until it returns, so a scavenge in the middle of a 1 000-row =PERF.CHECK found them all
 * alive and the reader's literal sites were pretenured: from then on every recalc's cells died in the old generation
 * and were only freed by full mark-compact collections. The same call took half the time with that heuristic
 * switched off (--no-allocation-site-pretenuring). Objects made by `new` carry no allocation-site feedback, so they
 * stay in the young generation and die cheaply there.
 *
 * `cell` (the A1 address) is a getter computed from `row` and `col`, not a stored string: a sheet's cells are read
 * by the hundred thousand but only the few with a finding ever need their address, and the six address strings
 * per indicator row were as many heap objects as the cells themselves (PERF-3: −15 % CPU on the 100 000-row
 * workbook). So `cell` is not an own property: copy a reader cell with `copyCell`, not with `{ ...cell }`
 * (the spread, JSON.stringify and Object.keys do not see getters). Every reader cell has cell === toA1(row, col).
 */

/** A cell as read: text, raw value and 0-based sheet position; its A1 address on demand. */
export class SheetCell implements CellText {
  text: string;
  raw: CellValue;
  row: number;
  col: number;
  constructor(text: string, raw: CellValue, row: number, col: number) {
    this.text = text;
    this.raw = raw;
    this.row = row;
    this.col = col;
  }
  get cell(): string {
    return toA1(this.row, this.col);
  }
}

/** A blank cell that took its text from the row above or from its merge (`filled: true`). */
export class FilledCell extends SheetCell {
  filled: true;
  constructor(text: string, raw: CellValue, row: number, col: number) {
    super(text, raw, row, col);
    this.filled = true;
  }
}

/** `at`'s position with other text / raw value (what `{ ...at, text, raw }` did for literal cells). */
export function copyCell(at: CellText, text: string, raw: CellValue): CellText {
  return at.filled ? new FilledCell(text, raw, at.row, at.col) : new SheetCell(text, raw, at.row, at.col);
}

/**
 * One indicator row. `description` / `basis` are own fields in every row (undefined when the table has no such
 * column), so every row has one shape.
 */
export class IndicatorRecord implements IndicatorRow {
  index: number;
  level1: CellText;
  level2: CellText;
  level3: CellText;
  value: CellText;
  description?: CellText;
  basis?: CellText;
  constructor(index: number, level1: CellText, level2: CellText, level3: CellText, value: CellText, description: CellText | undefined, basis: CellText | undefined) {
    this.index = index;
    this.level1 = level1;
    this.level2 = level2;
    this.level3 = level3;
    this.value = value;
    this.description = description;
    this.basis = basis;
  }
}

/** One point of the spending plan (a month label and its percentage cell). */
export class PlanPoint implements SpendPoint {
  label: CellText;
  month: number | null;
  value: CellText;
  constructor(label: CellText, month: number | null, value: CellText) {
    this.label = label;
    this.month = month;
    this.value = value;
  }
}
