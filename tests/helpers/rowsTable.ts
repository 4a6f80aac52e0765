/**
 * Build a small PerfTable from rows of strings, for rule tests that must not depend on the reader.
 * Columns in template order: 一级, 二级, 三级, 描述, 指标值, 依据 (A–F by default; the indicator rows
 * start on sheet row `firstRow`, 1-based). Blank 一级/二级 are filled forward like the reader does.
 */
import { toA1 } from "../../src/engine/address";
import type { Finding, FrameworkChoice } from "../../src/engine/types";
import type { Rule } from "../../src/engine/rules/types";
import type { Profile } from "../../src/engine/profiles/schema";
import { checkTable } from "../../src/engine/check";
import type { CellText, IndicatorRow, MoneyUnit, PerfTable, TableHeader, TableLayout, TableVariant } from "../../src/engine/types";

export interface RowsTableOptions {
  /** 1-based sheet row of the first indicator row (default 10). */
  firstRow?: number;
  /** Column layout: "full" = 一级 二级 三级 描述 指标值 依据; "noBasis" drops 依据; "noDescription" = 一级 二级 三级 指标值 (成都). */
  columns?: "full" | "noBasis" | "noDescription";
  variant?: TableVariant;
  unit?: MoneyUnit;
  projectName?: string;
  budget?: string;
  documentYear?: number;
}

function cell(text: string, row: number, col: number, filled = false): CellText {
  const c: CellText = { text: text.trim(), raw: text, cell: toA1(row, col), row, col };
  if (filled) c.filled = true;
  return c;
}

export function rowsTable(rows: string[][], opts: RowsTableOptions = {}): PerfTable {
  const firstRow0 = (opts.firstRow ?? 10) - 1;
  const columns = opts.columns ?? "full";
  const hasBasis = columns === "full";
  const hasDescription = columns !== "noDescription";
  let l1 = "";
  let l2 = "";
  const indicators: IndicatorRow[] = rows.map((r, i) => {
    const row = firstRow0 + i;
    const [a = "", b = "", c = "", d = "", e = "", f = ""] = r;
    const [name, desc, value, basis] = hasDescription ? [c, d, e, f] : [c, "", d, ""];
    const l1Filled = !a.trim() && l1 !== "";
    const l2Filled = !b.trim() && l2 !== "" && !a.trim();
    if (a.trim()) {
      l1 = a;
      l2 = b;
    } else if (b.trim()) l2 = b;
    const ind: IndicatorRow = {
      index: i,
      level1: cell(a.trim() ? a : l1, row, 0, l1Filled),
      level2: cell(b.trim() ? b : a.trim() ? "" : l2, row, 1, l2Filled),
      level3: cell(name, row, 2),
      value: cell(value, row, hasDescription ? 4 : 3),
    };
    if (hasDescription) ind.description = cell(desc, row, 3);
    if (hasBasis) ind.basis = cell(basis, row, 5);
    return ind;
  });
  const header: TableHeader = {};
  if (opts.projectName) header.projectName = cell(opts.projectName, firstRow0 - 8, 3);
  if (opts.budget) header.budget = cell(opts.budget, firstRow0 - 7, 2);
  const layout: TableLayout = { hasCode: hasBasis, hasPlan: hasBasis, hasBasis, hasDescription, hasPurpose: true, hasFunds: true };
  const lastCol = hasBasis ? 5 : hasDescription ? 4 : 3;
  const table: PerfTable = {
    sheet: "Sheet1",
    range: `${toA1(firstRow0 - 1, 0)}:${toA1(firstRow0 + Math.max(rows.length - 1, 0), lastCol)}`,
    variant: opts.variant ?? (hasBasis ? "hebei" : hasDescription ? "tianjin" : "chengdu"),
    unit: opts.unit ?? "万元",
    header,
    layout,
    indicators,
  };
  if (opts.documentYear) table.documentYear = opts.documentYear;
  return table;
}


export interface RunOptions extends RowsTableOptions {
  year?: number | null;
  profile?: Profile;
  framework?: FrameworkChoice;
}

/** Split "a | b | c" lines into rows of cells (a leading "|" keeps an empty 一级). */
export function rowsOf(text: string): string[][] {
  return text
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => l.split("|").map((c) => c.trim()));
}

/** Run rules through the real runner (checkTable: real parseValue, profile severities, sorting). */
export function runRules(rules: Rule[], rows: string[][] | string, opts: RunOptions = {}): Finding[] {
  const { year = null, profile, framework, ...tableOpts } = opts;
  const table = rowsTable(typeof rows === "string" ? rowsOf(rows) : rows, tableOpts);
  return checkTable(table, { rules, year, ...(profile ? { profile } : {}), ...(framework ? { framework } : {}) });
}

/** Findings of one rule. */
export function runRule(rule: Rule, rows: string[][] | string, opts: RunOptions = {}): Finding[] {
  return runRules([rule], rows, opts);
}
