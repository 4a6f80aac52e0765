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
