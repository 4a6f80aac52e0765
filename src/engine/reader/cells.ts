import type { CellText, CellValue, IndicatorRow } from "../types";

/*
 * The reader's CellText and IndicatorRow values are built with these constructors, not object literals.
 *
 * Why (docs/performance.md, PERF-3): V8 tracks every object-literal site and "pretenures" a site whose objects
 * survive a young-generation collection, allocating its later objects directly in the old generation. A check keeps
 * its table's cells alive until it returns, so a scavenge in the middle of a 1 000-row =PERF.CHECK found them all
 * alive and the reader's literal sites were pretenured: from then on every recalc's cells died in the old generation
 * and were only freed by full mark-compact collections. The same call took half the time with that heuristic
 * switched off (--no-allocation-site-pretenuring). Objects made by `new` carry no allocation-site feedback, so they
 * stay in the young generation and die cheaply there. The values are the same plain data as before: own enumerable
 * fields only, so spreading, JSON and structural comparison see exactly what they saw with literals.
 */

/** A cell as read: text, raw value, A1 address and 0-based sheet position. */
export class SheetCell implements CellText {
  text: string;
  raw: CellValue;
  cell: string;
  row: number;
  col: number;
  constructor(text: string, raw: CellValue, cell: string, row: number, col: number) {
    this.text = text;
    this.raw = raw;
    this.cell = cell;
    this.row = row;
    this.col = col;
  }
}

/** A blank cell that took its text from the row above or from its merge (`filled: true`). */
export class FilledCell implements CellText {
  text: string;
  raw: CellValue;
  cell: string;
  row: number;
  col: number;
  filled: true;
  constructor(text: string, raw: CellValue, cell: string, row: number, col: number) {
    this.text = text;
    this.raw = raw;
    this.cell = cell;
    this.row = row;
    this.col = col;
    this.filled = true;
  }
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
