import type { PerfTable, SheetGrid } from "../types";
import { scanTables } from "./scan";

export { scanTables, nameFromTitle } from "./scan";
export { cellText } from "./text";
export { tableFromRows } from "./rows";

/**
 * Find every 绩效目标表 in a grid, wherever it starts, several per sheet (docs/reader.md).
 * Never throws: a grid it cannot make sense of gives [].
 */
export function readTables(grid: SheetGrid): PerfTable[] {
  try {
    return scanTables(grid);
  } catch {
    return [];
  }
}
