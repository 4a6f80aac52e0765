// STUB — replaced by the reader (spec §1). Keep the signatures.
import type { CellValue, PerfTable, SheetGrid } from "../types";

/** Find every 绩效目标表 in a grid. */
export function readTables(grid: SheetGrid): PerfTable[] {
  void grid;
  return [];
}

/**
 * Bare indicator rows in template column order (一级, 二级, 三级, 描述, 指标值, 依据), as a custom
 * function receives them. `origin` is where rows[0][0] sits on the sheet (for cell addresses).
 * Blank rows are kept (so results align with input rows) but marked by an empty level3 and value.
 */
export function tableFromRows(rows: CellValue[][], opts: { sheet?: string; origin?: { row: number; col: number } } = {}): PerfTable {
  void rows;
  return {
    sheet: opts.sheet ?? "", range: "A1:A1", variant: "rows", unit: "万元", header: {},
    layout: { hasCode: false, hasPlan: false, hasBasis: true, hasDescription: true, hasPurpose: false, hasFunds: false },
    indicators: [],
  };
}
