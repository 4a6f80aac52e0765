/** =PERF.CHECK(rows, [budget], [year], [profile]): one verdict per input row. */
import { checkRows as checkEngineRows, type RowsCheck, type Rule } from "../engine";
import { HOST_CELLS, budgetArg, rowsArg, yearArg } from "./coerce";
import { profileArg } from "./profileArg";
import { rowVerdicts } from "./verdict";

export interface CheckRowsOptions {
  budget?: unknown;
  year?: unknown;
  profile?: unknown;
  /** Only these rules (tests); default: every rule. */
  rules?: Rule[];
}

/** The function's arguments checked and handed to the engine's `checkRows`: findings per input row. */
export function checkRows(rows: unknown, opts: CheckRowsOptions = {}): RowsCheck {
  const budget = budgetArg(opts.budget);
  const year = yearArg(opts.year);
  const profile = profileArg(opts.profile);
  return checkEngineRows(rowsArg(rows), { budget, year, profile, reading: HOST_CELLS, rules: opts.rules });
}

/**
 * =PERF.CHECK → one verdict per input row (n × 1). Blank rows give "", a header row (一级指标/二级指标…) gives
 * "（表头）". Trailing blank rows are not returned.
 */
export function checkRowsMatrix(rows: unknown, budget?: unknown, year?: unknown, profile?: unknown): string[][] {
  return rowVerdicts(checkRows(rows, { budget, year, profile }));
}
