/** Deadline wording for suggestions: "2025年12月31日前", "2024年12月底前". */
import type { ParsedDate } from "../../values/types";

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The deadline `d` in `year`, always ending with 前 (a deadline, not an event date). A bare month (≤12月) becomes its last day. */
export function deadlineText(d: ParsedDate, year: number): string {
  const head = `${year}年${d.month}月`;
  if (d.day !== null) return `${head}${d.day}日前`;
  if (d.endOfMonth) return `${head}底前`;
  return `${head}${lastDayOfMonth(year, d.month)}日前`;
}

/** A name that asks for a date (…时间, …日期, 完成/到位…): where a bare serial number is a date that lost its format. */
const ASKS_FOR_DATE = /时间|日期|完成|到位|截止|时点/;

/**
 * A date typed into a cell and exported without its date format: Excel's day serial (=44,561 is 2021-12-31, 001 乌海).
 * Read only under 时效, for a whole number between 2000-01-01 (36526) and 2099-12-31 (73050), on a name asking for a
 * date; null otherwise.
 */
export function excelSerialDate(n: number | null, name: string): { year: number; month: number; day: number } | null {
  if (n === null || !Number.isInteger(n) || n < 36526 || n > 73050 || !ASKS_FOR_DATE.test(name)) return null;
  const d = new Date(Date.UTC(1899, 11, 30) + n * 86400000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
