/**
 * Excel custom functions, namespace PERF (zh-CN: 绩效). Thin: each function hands its arguments to its
 * host-agnostic body (./check.ts, ./spendCurve.ts, ./parse.ts, ./summary.ts, shared with WPS) and turns every
 * exception into a readable `#VALUE!` with a zh-CN message — never a raw exception, never #CALC! from our code.
 *
 * The JSDoc below is the source of the GENERATED dist/functions.json (custom-functions-metadata-plugin,
 * which also appends the `CustomFunctions.associate(id, fn)` calls to this module at build time).
 * Parameters are typed `any` so that text, numbers, blanks and error values all reach the body,
 * which answers each with a sentence instead of Excel's bare #VALUE!.
 */
import { errorMessage } from "./coerce";
import { checkRowsMatrix } from "./check";
import { spendCurveMatrix } from "./spendCurve";
import { parseMatrix } from "./parse";
import { summaryMatrix } from "./summary";

// Outside Excel (taskpane.html opened in a plain browser, or the WPS page) there is no CustomFunctions
// runtime: the appended associate calls must then do nothing instead of stopping the page's scripts.
if (typeof CustomFunctions === "undefined") {
  class OfflineError extends Error {
    constructor(
      public code: string,
      message?: string,
    ) {
      super(message);
    }
  }
  (globalThis as Record<string, unknown>).CustomFunctions = {
    associate: () => undefined,
    Error: OfflineError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  };
}

/** Kept short: the message shows in the cell's error tooltip. */
const MAX_ERROR_MESSAGE = 250;

/** Every function body runs through this: any exception becomes #VALUE! with a zh-CN sentence. */
function guard<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    const msg = errorMessage(e);
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, msg.length > MAX_ERROR_MESSAGE ? msg.slice(0, MAX_ERROR_MESSAGE - 1) + "…" : msg);
  }
}

/**
 * Checks performance-indicator rows (一级, 二级, 三级, 描述, 指标值, 依据); spills one verdict per row: ✓ or the row's findings, most severe first.
 * @customfunction CHECK
 * @param rows Indicator rows in template column order: 一级指标, 二级指标, 三级指标, 绩效指标描述, 指标值, 指标值确定依据 (4–6 columns).
 * @param [budget] Optional 预算数: a number in 万元, or text such as 9万元 / 90000元.
 * @param [year] Optional budget year, e.g. 2025.
 * @param [profile] Optional profile: a built-in name (classic, central-2021, hebei) or a cell holding profile JSON.
 * @returns One verdict per row.
 */
export function check(rows: any[][], budget?: any, year?: any, profile?: any): string[][] {
  return guard(() => checkRowsMatrix(rows, budget, year, profile));
}

/**
 * Checks a cumulative spending plan (资金支出计划); returns ✓ with the normalized curve in %, or the findings, and says how the values were read.
 * @customfunction SPENDCURVE
 * @param plan One row (or column) of cumulative plan values: 25%, 0.25 or amounts.
 * @param [budget] Optional 预算数 (万元 number or text with 元/万元), used to recognise amounts.
 * @param [labels] Optional checkpoint labels (3月底, 6月底 …); default: the profile's checkpoints.
 * @param [profile] Optional profile: a built-in name or a cell holding profile JSON.
 * @returns Verdict and labels, the normalized curve, then the findings.
 */
export function spendcurve(plan: any[][], budget?: any, labels?: any[][], profile?: any): any[][] {
  return guard(() => spendCurveMatrix(plan, budget, labels, profile));
}

/**
 * Parses indicator values; spills a header row and, per value: kind, operator, number, unit, normalized unit, date.
 * @customfunction PARSE
 * @param value A cell (or a range of cells) holding indicator values such as ≥45人 or 2025年12月31日前.
 * @returns Header row, then one row per value.
 */
export function parse(value: any[][]): any[][] {
  return guard(() => parseMatrix(value));
}

/**
 * Table-level check of indicator rows: counts of findings, then missing categories, cost totals, duplicates and (with a plan) spending-plan findings.
 * @customfunction SUMMARY
 * @param rows Indicator rows in template column order (4–6 columns).
 * @param [budget] Optional 预算数 (万元 number or text with 元/万元).
 * @param [plan] Optional cumulative spending plan (one row).
 * @param [profile] Optional profile: a built-in name or a cell holding profile JSON.
 * @returns Count line, then table-level findings.
 */
export function summary(rows: any[][], budget?: any, plan?: any[][], profile?: any): string[][] {
  return guard(() => summaryMatrix(rows, budget, plan, profile));
}
