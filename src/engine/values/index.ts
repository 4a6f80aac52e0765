// STUB — replaced by the values parser (spec §3). Keep the signature.
import type { CellValue } from "../types";
import type { ParsedValue } from "./types";
export * from "./types";

export function parseValue(input: CellValue): ParsedValue {
  const raw = input == null ? "" : String(input).trim();
  return {
    raw, kind: raw ? "text" : "empty", operator: null, operatorText: null, number: null, unit: "", normalizedUnit: "",
    unitClass: "none", amountYuan: null, date: null, extraText: raw, mixed: false,
  };
}
