/** =PERF.PARSE(value): how the engine reads indicator values (kind, operator, number, unit, date). */
import { parseValue, type ParsedDate } from "../engine";
import { InputError, MAX_PARSE_CELLS, asMatrix, cellError, cellValue, isBlank } from "./coerce";

const KIND_LABEL: Record<string, string> = { empty: "空", quantity: "定量", deadline: "日期", duration: "时长", text: "文字" };
const OPERATOR_LABEL: Record<string, string> = { ">=": "≥", "<=": "≤", ">": ">", "<": "<", "=": "=" };

/** The PERF.PARSE header row. */
export const PARSE_HEADER = ["类型", "运算符", "数值", "单位", "规范单位", "日期"];

/** A parsed date as the accountant writes it: 2025年12月31日前, 12月底. */
export function dateText(d: ParsedDate | null): string {
  if (!d) return "";
  return `${d.year !== null ? `${d.year}年` : ""}${d.month}月${d.endOfMonth ? "底" : d.day !== null ? `${d.day}日` : ""}${d.qualifier === "before" ? "前" : ""}`;
}

/**
 * =PERF.PARSE(value) → a header row (类型, 运算符, 数值, 单位, 规范单位, 日期) plus one row per cell
 * of `value` (row-major), i.e. 2 × 6 for a single cell.
 */
export function parseMatrix(value: unknown): (string | number)[][] {
  const cells = asMatrix(value).flat();
  // A whole-column selection (E:E) ends in blanks: answer up to the last value only.
  let end = cells.length;
  while (end > 1 && isBlank(cells[end - 1])) end--;
  cells.length = end;
  if (cells.length === 0) cells.push("");
  if (cells.length > MAX_PARSE_CELLS) throw new InputError(`指标值（value）有 ${cells.length} 个单元格，超过上限 ${MAX_PARSE_CELLS} 个`);
  const out: (string | number)[][] = [[...PARSE_HEADER]];
  for (const c of cells) {
    const err = cellError(c);
    if (err) {
      out.push([`错误值 ${err}`, "", "", "", "", ""]);
      continue;
    }
    const p = parseValue(cellValue(c));
    out.push([
      KIND_LABEL[p.kind] ?? p.kind,
      p.operator ? (OPERATOR_LABEL[p.operator] ?? p.operator) : "",
      typeof p.number === "number" && Number.isFinite(p.number) ? p.number : "",
      p.unit ?? "",
      p.normalizedUnit ?? "",
      dateText(p.date),
    ]);
  }
  return out;
}
