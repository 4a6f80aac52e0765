/** 预算数 in 元, the unit every money rule compares in. */
import type { CellText, MoneyUnit, PerfTable } from "./types";

/**
 * A 预算数 cell → 元. Accepts numbers and text such as "40.00", "1,262.00", "9万元" or "90000元"; a plain number is
 * in `unit`, the table's unit. Null when the cell is blank or not a number.
 */
export function budgetYuan(b: CellText | null | undefined, unit: MoneyUnit): number | null {
  if (!b) return null;
  const n = typeof b.raw === "number" ? b.raw : Number(String(b.text).replace(/[,，\s]/g, "").replace(/万?元$/, ""));
  if (!Number.isFinite(n) || String(b.text).trim() === "") return null;
  const u = /万元/.test(b.text) ? "万元" : /元$/.test(b.text) ? "元" : unit;
  return u === "万元" ? Math.round(n * 10000 * 100) / 100 : n;
}

/** The table's 预算数 in 元. */
export function budgetInYuan(table: PerfTable): number | null {
  return budgetYuan(table.header.budget, table.unit);
}
