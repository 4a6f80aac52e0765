/**
 * Money helpers for table rules: the table's unit (万元/元), amounts in 元, and zh-CN formatting.
 * Rules compare in 元 (ctx.budgetYuan) and show amounts in the table's own unit.
 */
import type { CellText, MoneyUnit } from "../../types";
import type { ParsedValue } from "../../values/types";

export const YUAN_PER: Record<MoneyUnit, number> = { 万元: 10000, 元: 1 };

/** A header number cell ("40.00", "1,262.00", 40) in 元, given the table unit; null if blank/unreadable. */
export function cellAmountYuan(cell: CellText | undefined, unit: MoneyUnit): number | null {
  if (!cell) return null;
  const text = String(cell.text ?? "").normalize("NFKC").replace(/[,\s]/g, "");
  if (typeof cell.raw === "number" && Number.isFinite(cell.raw)) return round2(cell.raw * YUAN_PER[cellUnit(text, unit)]);
  const m = /^([+-]?\d+(?:\.\d+)?)(万元|元|万)?$/.exec(text);
  if (!m) return null;
  return round2(Number(m[1]) * YUAN_PER[m[2] === "元" ? "元" : m[2] ? "万元" : unit]);
}

function cellUnit(text: string, unit: MoneyUnit): MoneyUnit {
  return /万/.test(text) ? "万元" : /元$/.test(text) ? "元" : unit;
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** 155.69万元 / 109000元 — at most 2 decimals, no trailing zeros. */
export function formatMoney(yuan: number, unit: MoneyUnit): string {
  const v = yuan / YUAN_PER[unit];
  return `${Number(v.toFixed(2))}${unit}`;
}

/** Same as formatMoney but without the unit (for 预算数 cells). */
export function formatAmount(yuan: number, unit: MoneyUnit): string {
  return (yuan / YUAN_PER[unit]).toFixed(2);
}

/** Amounts equal within half a cent of the table unit's last printed digit, or 0.5%. */
export function sameAmount(a: number, b: number, relTol = 0.005): boolean {
  return Math.abs(a - b) <= Math.max(relTol * Math.max(Math.abs(a), Math.abs(b)), 0.5);
}

/** A total amount in 元 from a parsed 指标值: money units only (元, 万元, 亿元, incomplete 万). */
export function totalAmountYuan(p: ParsedValue): number | null {
  if (p.kind !== "quantity" || p.number === null) return null;
  if (p.unitClass !== "money") return null;
  if (p.amountYuan !== null && Number.isFinite(p.amountYuan)) return p.amountYuan;
  const u = p.normalizedUnit || p.unit;
  if (/亿/.test(u)) return p.number * 1e8;
  if (/万/.test(u)) return p.number * 1e4;
  if (/元/.test(u)) return p.number;
  return null;
}

/** What a unit cost is per: people (per day, per person, per attendance), an hour, a month, a year, or a counted item (台, 套, 亩 …). */
export type CostBasis = "person-day" | "person" | "person-time" | "hour" | "month" | "year" | "item" | "none";

/** The basis of a unit cost from its unit ("元/人·天" → person-day); "none" when the unit is bare money. */
export function unitBasis(unit: string): CostBasis {
  const u = String(unit ?? "").normalize("NFKC").replace(/\s+/g, "");
  if (!/[/／每]/.test(u)) return "none";
  if (/人[·・.*×xX-]?(天|日)|人天|人日/.test(u)) return "person-day";
  if (/学时|课时|小时/.test(u)) return "hour";
  if (/人次/.test(u)) return "person-time";
  if (/人|名/.test(u)) return "person";
  if (/[/／每](个月|月)$/.test(u)) return "month";
  if (/[/／每](年|年度)$/.test(u)) return "year";
  // Any other basis (台, 套, 平方米, ㎡ — NFKC makes it m2 —, 公里, 株) counts items of that kind.
  if (/[/／每][^/／每]{1,6}$/.test(u)) return "item";
  return "none";
}

/** A cost per person and month (元/人·月, 元/月/人, 元/人月): paid every month, so the year's cost counts the months. */
export function isPerPersonMonth(unit: string): boolean {
  const u = String(unit ?? "").normalize("NFKC").replace(/\s+/g, "");
  return /[人名]/.test(u) && /人月|[·・.*×xX\-/／每](个月|月)(?![\u4e00-\u9fff])/.test(u) && !/人次/.test(u);
}

/** The item a per-item cost counts ("元/台" → "台", "万元/套" → "套"); "" for other bases. */
export function costItem(unit: string): string {
  const u = String(unit ?? "").normalize("NFKC").replace(/\s+/g, "");
  return unitBasis(u) === "item" ? (/[/／每]([^/／每]{1,6})$/.exec(u)?.[1] ?? "") : "";
}

/** Money per unit in 元 from a parsed unit-cost value (≤450元/人·天 → 450; ≤1万元/人 → 10000). */
export function unitCostYuan(p: ParsedValue): number | null {
  if (p.kind !== "quantity" || p.number === null) return null;
  if (p.unitClass !== "unit-cost" && p.unitClass !== "money") return null;
  const u = (p.unit || p.normalizedUnit).normalize("NFKC");
  const head = u.split(/[/／]/)[0];
  const factor = /亿/.test(head) ? 1e8 : /万/.test(head) ? 1e4 : 1;
  return p.number * factor;
}

/**
 * Two amounts ten thousand times apart (within 2%): the sign of 元 and 万元 mixed up (预算数 120000 in a 万元 table beside
 * costs of 12万元; a cost of 120000元 against 预算数（元）12).
 */
export function unitMixedUp(larger: number, smaller: number): boolean {
  if (smaller <= 0) return false;
  const r = larger / smaller;
  return r >= 9800 && r <= 10200;
}
