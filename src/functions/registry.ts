/**
 * The four PERF functions by id, with their names, descriptions and parameters: what a host that registers
 * functions itself (WPS) needs. Excel's metadata is generated from the JSDoc of ./functions.ts instead; the
 * zh-CN Excel metadata and the WPS one come from function-defs.json.
 */
import defs from "./function-defs.json";
import { checkRowsMatrix } from "./check";
import { spendCurveMatrix } from "./spendCurve";
import { parseMatrix } from "./parse";
import { summaryMatrix } from "./summary";

export interface FunctionParamDef {
  name: string;
  zhName: string;
  description: string;
  zhDescription: string;
  type: "any" | "number" | "string" | "boolean";
  dimensionality: "scalar" | "matrix";
  optional: boolean;
}

export interface FunctionDef {
  id: string;
  name: string;
  zhName: string;
  description: string;
  zhDescription: string;
  parameters: FunctionParamDef[];
  result: { type: "any" | "number" | "string" | "boolean"; dimensionality: "scalar" | "matrix" };
}

/** Namespace: PERF (English), 绩效 (zh-CN). */
export const FUNCTION_NAMESPACE = defs.namespace as { en: string; zh: string };

export const FUNCTION_DEFS = defs.functions as FunctionDef[];

/** The body of each function id. */
export const FUNCTION_IMPLS: Record<string, (...args: unknown[]) => unknown[][]> = {
  CHECK: (rows, budget, year, profile) => checkRowsMatrix(rows, budget, year, profile),
  SPENDCURVE: (plan, budget, labels, profile) => spendCurveMatrix(plan, budget, labels, profile),
  PARSE: (value) => parseMatrix(value),
  SUMMARY: (rows, budget, plan, profile) => summaryMatrix(rows, budget, plan, profile),
};
