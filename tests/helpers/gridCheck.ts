/**
 * A sheet given as a grid of cells, read and checked by the whole engine (reader + every rule + default profile): the
 * shape the corpus-round tests probe one class with. `year` is the budget year passed to the check (none: inferred).
 */
import { readTables } from "../../src/engine/reader";
import { checkTable } from "../../src/engine/check";
import type { CellValue, Finding, PerfTable } from "../../src/engine/types";

export function readGrid(cells: CellValue[][]): PerfTable[] {
  return readTables({ sheet: "S", cells });
}

/** Findings on the grid's first table. */
export function checkGrid(cells: CellValue[][], year?: number): Finding[] {
  return checkTable(readGrid(cells)[0], year === undefined ? {} : { year });
}

/** Findings of one code on the grid's first table. */
export function findingsOf(cells: CellValue[][], code: string, year?: number): Finding[] {
  return checkGrid(cells, year).filter((f) => f.code === code);
}
