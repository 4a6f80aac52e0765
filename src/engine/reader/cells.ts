import type { CellText, CellValue, IndicatorRow, SpendPoint, ValueParts } from "../types";
import { toA1 } from "../address";

/*
 * Why the reader's cells, rows and plan points are class instances and `cell` is a getter — the one speed trick of
 * this module:
 *
 * V8 tracks every object-literal site and "pretenures" a site whose objects survive a young-generation collection,
 * allocating its later objects directly in the old generation. A check keeps its table's cells alive until it
 * returns, so the reader's literal sites would be pretenured and every later recalc's cells would die in the old
 * generation, freed only by full collections. Objects made by `new` carry no allocation-site feedback and die cheaply
 * in the young generation. The A1 address is computed from `row` and `col` on demand because most cells never need
 * it and the address strings would be as many heap objects as the cells.
 *
 * A getter is not an own property (a spread, JSON.stringify and Object.keys do not see it), so the reader copies its
 * cells with `copyCell`; every reader cell has cell === toA1(row, col).
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

/** `at`'s position with other text / raw value. */
export function copyCell(at: CellText, text: string, raw: CellValue): CellText {
  return at.filled ? new FilledCell(text, raw, at.row, at.col) : new SheetCell(text, raw, at.row, at.col);
}

/**
 * One indicator row. `description` / `basis` / `parts` are own fields in every row (undefined when the table has no
 * such column), so every row has one shape.
 */
export class IndicatorRecord implements IndicatorRow {
  index: number;
  level1: CellText;
  level2: CellText;
  level3: CellText;
  value: CellText;
  description?: CellText;
  basis?: CellText;
  nature?: "定性" | "定量";
  parts?: ValueParts;
  constructor(
    index: number,
    level1: CellText,
    level2: CellText,
    level3: CellText,
    value: CellText,
    description: CellText | undefined,
    basis: CellText | undefined,
    parts: ValueParts | undefined = undefined,
  ) {
    this.index = index;
    this.level1 = level1;
    this.level2 = level2;
    this.level3 = level3;
    this.value = value;
    this.description = description;
    this.basis = basis;
    this.parts = parts;
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
