/** Cell helpers for table-level findings (RULES-TABLE). */
import type { PerfTable } from "../../types";

/** The top-left cell of the table's range ("A3" of "A3:G24"), or null for an empty range. */
export function firstCellOf(table: PerfTable): string | null {
  const m = /^\$?([A-Z]+)\$?(\d+)/i.exec(String(table.range ?? ""));
  return m ? `${m[1].toUpperCase()}${m[2]}` : null;
}
