/**
 * PerfCheck engine: pure TypeScript, no Office, WPS, DOM or Node. Every shell imports from here.
 */
export * from "./types";
export * from "./address";
export * from "./framework";
export { parseValue } from "./values";
export type * from "./values/types";
export { readTables, tableFromRows } from "./reader";
export { ALL_RULES } from "./rules";
export type { Rule, RuleContext, RuleHit } from "./rules/types";
// The built-in profiles and their defaults, without zod: a start-up that checks with a built-in profile never loads
// the validator. loadProfile (a user's profile, validated with zod) is imported from "./profiles" by the shells that
// load one.
export * from "./profiles/builtins";
export * from "./profiles/defaults";
export type * from "./profiles/schema";
export { budgetInYuan, budgetYuan } from "./budget";
export { checkTable, buildContext, inferYear, sortFindings, type CheckOptions, type TableReport, type SheetReport } from "./check";

import type { SheetGrid } from "./types";
import { readTables } from "./reader";
import { checkSheets, type CheckOptions, type SheetReport } from "./check";

/** Read and check every sheet of a workbook. */
export function checkWorkbook(grids: SheetGrid[], options: CheckOptions = {}): SheetReport[] {
  return checkSheets(grids, readTables, options);
}
export { analyzeSpendPlan, monthOfLabel, formatPercent, isLumpSum, type SpendInput, type SpendAnalysis, type SpendFinding, type SpendReading, type SpendCode, type SpendPointResult } from "./spend";
export { planCurve, tablePlanCurve, tableSpendInput, type CurvePoint, type PlanCurve } from "./spend/planCurve";
export { checkRows, normalizeRows, budgetCell, ROW_COLUMNS, type CellReading, type NormalizedRows, type RowKind, type RowsCheck, type RowsCheckOptions } from "./checkRows";
export { SEVERITY_LABEL, SEVERITIES, findingText, severityCounts, countsText, bySeverity } from "./findingText";
export { templateGrid, listTemplates, getTemplate, TEMPLATES, TEMPLATE_PLAN_LABELS } from "./templates";
export type * from "./templates/types";
export { clock, progressText } from "./progressText";
