/**
 * Host-agnostic adapters behind the PERF custom functions: spreadsheet arguments (`any[][]`, scalars,
 * `null` for omitted optionals, error values) → engine input; engine findings → spill arrays of short
 * zh-CN text. Excel (`./functions.ts`) and WPS call these SAME functions, so both hosts give the same
 * answers. Pure: no Office, WPS or DOM globals.
 *
 * Bad input never escapes as a raw exception: these functions throw `InputError` (a readable zh-CN
 * sentence) and each shell turns it into its host's error value (Excel: `#VALUE!` with the message).
 */
import * as engine from "../engine";
import type { CellText, CellValue, Finding, IndicatorRow, PerfTable, Profile, Rule, Severity } from "../engine";
import { analyzeSpendPlan, type SpendAnalysis, type SpendFinding } from "../engine/spend";
import defs from "./function-defs.json";

// ---------------------------------------------------------------------------------------------
// Errors

/** Bad input from the sheet: the message is shown to the accountant as is. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

/** The text a shell shows for any exception: InputError as is, anything else as an internal error. */
export function errorMessage(e: unknown): string {
  if (e instanceof InputError) return e.message;
  const detail = e instanceof Error ? e.message : String(e);
  return `PerfCheck 内部错误（${detail.slice(0, 120)}），请把公式和数据反馈给开发者`;
}

// ---------------------------------------------------------------------------------------------
// Limits (a real 绩效目标表 has 10–60 indicator rows; the limits only protect recalculation time)

/** Rows up to the last non-blank one; more gets a readable error instead of a slow recalc. */
export const MAX_ROWS = 5000;
/** Cells PERF.PARSE accepts in one call. */
export const MAX_PARSE_CELLS = 2000;
/** Points in a spending plan. */
export const MAX_PLAN_POINTS = 24;
/** Excel cells hold at most 32 767 characters. */
const MAX_CELL_TEXT = 32767;

// ---------------------------------------------------------------------------------------------
// Cell values as hosts deliver them

const ERROR_LITERAL = /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|CALC!|SPILL!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;

const ERROR_CODE_NAMES: Record<string, string> = {
  notavailable: "#N/A",
  invalidvalue: "#VALUE!",
  invalidreference: "#REF!",
  divisionbyzero: "#DIV/0!",
  invalidnumber: "#NUM!",
  invalidname: "#NAME?",
  nullreference: "#NULL!",
};

/**
 * The error literal ("#N/A") when a cell holds an error value, else null. Excel passes error values
 * (with allowErrorForDataTypeAny) as objects carrying a code; WPS and tests may pass the literal text.
 */
export function cellError(v: unknown): string | null {
  // Every error literal starts with "#": most cells are answered without trimming or a regex (6 000 per 1 000-row recalc).
  if (typeof v === "string") return v.indexOf("#") >= 0 && ERROR_LITERAL.test(v.trim()) ? v.trim().toUpperCase() : null;
  if (v === null || typeof v !== "object" || v instanceof Date || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  for (const key of ["code", "errorCode", "errorType", "type", "message"]) {
    const c = o[key];
    if (typeof c !== "string") continue;
    if (ERROR_LITERAL.test(c.trim())) return c.trim().toUpperCase();
    const named = ERROR_CODE_NAMES[c.replace(/[^a-z]/gi, "").toLowerCase()];
    if (named) return named;
  }
  return "#错误值";
}

/** What a cell means as text for the engine: numbers and booleans as typed, error values as "". */
function cellToValue(v: unknown): CellValue {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return v;
  if (cellError(v)) return "";
  try {
    return String(v);
  } catch {
    // Only exotic values (a nested array holding a prototype-less object) cannot be turned into text.
    return "";
  }
}

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** Any argument shape → a rectangular-ish matrix: null → [], scalar → [[x]], 1-D → one row. */
export function asMatrix(x: unknown): unknown[][] {
  if (x === null || x === undefined) return [];
  if (!Array.isArray(x)) return [[x]];
  if (x.length === 0) return [];
  if (!Array.isArray(x[0])) return [x as unknown[]];
  return (x as unknown[]).map((r) => (Array.isArray(r) ? r : [r]));
}

/** An optional scalar argument: null/undefined/"" → null; a 1×1 range → its cell; larger ranges are refused. */
function scalarArg(x: unknown, what: string): unknown {
  if (Array.isArray(x)) {
    const m = asMatrix(x);
    const cells = m.flat();
    if (cells.length === 0) return null;
    if (cells.length > 1) throw new InputError(`${what}应为单个单元格或值，收到 ${m.length}×${Math.max(...m.map((r) => r.length))} 的区域`);
    x = cells[0];
  }
  if (isBlank(x)) return null;
  const err = cellError(x);
  if (err) throw new InputError(`${what}所在单元格是错误值 ${err}，请先修正该单元格`);
  return x;
}

// ---------------------------------------------------------------------------------------------
// Arguments: budget, year, profile

/** 预算数 argument → the engine's CellText (numbers are 万元, the sheets' default unit). */
export function budgetArg(x: unknown): CellText | undefined {
  const v = scalarArg(x, "预算数（budget）");
  if (v === null) return undefined;
  let text: string;
  if (typeof v === "number") {
    if (!Number.isFinite(v) || v <= 0) throw new InputError(`预算数（budget）应为大于 0 的金额（万元），收到 ${v}`);
    text = String(v);
  } else if (typeof v === "string") {
    text = v.normalize("NFKC").replace(/[\s,，]/g, "");
    const m = /^(\d+(?:\.\d+)?)(万元|元)?$/.exec(text);
    if (!m || Number(m[1]) <= 0) throw new InputError(`预算数（budget）应为金额，如 9、“9万元”或“90000元”；收到“${String(v).slice(0, 40)}”`);
  } else {
    throw new InputError(`预算数（budget）应为金额，如 9 或“9万元”；收到 ${typeof v === "boolean" ? "逻辑值" : "日期"}`);
  }
  return { text, raw: typeof v === "number" ? v : text, cell: "", row: -1, col: -1 };
}

/** 预算数 in 元, through the engine's own conversion (万元 × 10000). */
export function budgetYuanOf(budget: CellText | undefined): number | null {
  if (!budget) return null;
  const t = engine.tableFromRows([], { sheet: "" });
  t.header.budget = budget;
  return engine.budgetInYuan(t);
}

/** Year argument: 2025, "2025" or "2025年"; null when omitted. */
export function yearArg(x: unknown): number | null {
  const v = scalarArg(x, "年度（year）");
  if (v === null) return null;
  const n = typeof v === "number" ? v : typeof v === "string" ? Number(v.normalize("NFKC").trim().replace(/年度?$/, "")) : NaN;
  if (!Number.isInteger(n) || n < 2000 || n > 2100) throw new InputError(`年度（year）应为四位年份，如 2025；收到“${String(v).slice(0, 40)}”`);
  return n;
}

/** Profile the shared runtime uses when a formula gives none (the task pane may set it). */
let activeProfile: Profile | null = null;

/** Set (or clear with null) the profile used when a formula has no `profile` argument. */
export function setActiveProfile(profile: Profile | null): void {
  activeProfile = profile;
  profileCache.clear();
}

export function getActiveProfile(): Profile {
  return activeProfile ?? engine.DEFAULT_PROFILE;
}

/** Parsed profile JSON by its exact text: recalculation must not re-validate the same cell every time. */
const profileCache = new Map<string, Profile | InputError>();
const PROFILE_CACHE_SIZE = 32;

function builtinProfileNames(): string[] {
  return Object.keys(engine.BUILTIN_PROFILES);
}

/** `profile` argument: null → the active/default profile; a built-in name; or a cell holding profile JSON. */
export function profileArg(x: unknown): Profile {
  const v = scalarArg(x, "配置（profile）");
  if (v === null) return getActiveProfile();
  if (typeof v !== "string") throw new InputError(`配置（profile）应为内置配置名（${builtinProfileNames().join("、")}）或配置 JSON 文本；收到 ${typeof v === "number" ? `数字 ${v}` : "非文本值"}`);
  const key = v.trim();
  const cached = profileCache.get(key);
  if (cached) {
    if (cached instanceof InputError) throw cached;
    return cached;
  }
  // The engine's loader takes a built-in name or profile JSON text and names the bad field in zh-CN.
  const loaded = engine.loadProfile(key);
  const result: Profile | InputError = loaded.ok ? loaded.profile : new InputError(`配置（profile）有误：${loaded.error}`);
  if (profileCache.size >= PROFILE_CACHE_SIZE) profileCache.delete(profileCache.keys().next().value as string);
  profileCache.set(key, result);
  if (result instanceof InputError) throw result;
  return result;
}

// ---------------------------------------------------------------------------------------------
// Indicator rows

/** Template column order (spec §7). */
export const COLUMNS = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"] as const;

export type RowKind = "indicator" | "blank" | "header";

export interface NormalizedRows {
  /** Engine rows, always 6 columns in template order; blank and header rows are all "". */
  cells: CellValue[][];
  kinds: RowKind[];
  /** Per input row: error literals found in its cells, with the column name. */
  errors: string[][];
  /** How many columns the input had (4–6 used). */
  width: number;
  /** Whether 一级/二级 of a row was filled forward. */
  filled: boolean[];
}

const HEADER_WORDS = /^(一级指标|二级指标|三级指标)$/;

/** 一级指标 / 二级指标 / 三级指标, spaces inside allowed; only texts containing 标 reach the regex. */
function isHeaderWord(t: string): boolean {
  return t.indexOf("标") >= 0 && HEADER_WORDS.test(t.replace(/\s/g, ""));
}

/** The shared "no error values in this row" list (most rows): never written to. */
const NO_CELL_ERRORS: string[] = Object.freeze([]) as unknown as string[];

/** A normalised cell as text for the blank / header / fill-forward tests (a Date is never blank). */
function valueText(v: CellValue): string {
  if (typeof v === "string") return v.trim();
  if (v instanceof Date) return "x";
  return String(v ?? "").trim();
}

/**
 * Input rows → engine rows. 4 columns = 一级, 二级, 三级, 指标值; 5 = plus 描述 before 指标值;
 * 6 = the full template. Trailing blank rows are dropped (a user may select whole columns). Blank
 * 一级/二级 are filled forward inside the range; 二级 only while the 一级 is unchanged, so a row that
 * starts a new 一级 without a 二级 is not given the previous group's 二级.
 */
export function normalizeRows(rowsArg: unknown): NormalizedRows {
  const m = asMatrix(rowsArg);
  if (m.length === 0) throw new InputError("指标行（rows）为空：请选择指标所在区域（一级指标…指标值）");
  const width = Math.max(...m.map((r) => r.length));
  if (width < 4) {
    throw new InputError(
      `指标行（rows）只有 ${width} 列：请按模板列序选择至少 4 列（一级指标、二级指标、三级指标、指标值），完整模板为 6 列（再加绩效指标描述、指标值确定依据）`,
    );
  }
  let last = m.length - 1;
  while (last >= 0 && m[last].every((c) => isBlank(c))) last--;
  const n = last + 1;
  if (n > MAX_ROWS) throw new InputError(`指标行（rows）有 ${n} 行，超过上限 ${MAX_ROWS} 行：请只选择指标所在的行`);

  const names: string[] = width === 4 ? [COLUMNS[0], COLUMNS[1], COLUMNS[2], COLUMNS[4]] : width === 5 ? COLUMNS.slice(0, 5) : [...COLUMNS];
  // Input column of each template column (4 columns: no 描述 and no 依据; 5: no 依据); -1 = not in the input.
  const source = width === 4 ? [0, 1, 2, -1, 3, -1] : width === 5 ? [0, 1, 2, 3, 4, -1] : [0, 1, 2, 3, 4, 5];

  // Sized once: n is known, and growing four arrays row by row copied each of them several times per recalc.
  const out: NormalizedRows = { cells: new Array(n), kinds: new Array(n), errors: new Array(n), width, filled: new Array(n) };
  let prev1 = "";
  let prev2 = "";
  // One array per row (the engine row) and none for the common error-free row: this loop runs on every recalc
  // of =PERF.CHECK, and per-row temporary arrays (picked cells, their texts, the error list) doubled its cost.
  for (let r = 0; r < n; r++) {
    const src = m[r];
    let errs: string[] = NO_CELL_ERRORS;
    const errCols = Math.min(src.length, width, 6);
    for (let c = 0; c < errCols; c++) {
      const e = cellError(src[c]);
      if (!e) continue;
      if (errs === NO_CELL_ERRORS) errs = [];
      errs.push(`${names[c] ?? `第${c + 1}列`} ${e}`);
    }
    const cells: CellValue[] = new Array(6);
    let empty = true;
    for (let c = 0; c < 6; c++) {
      const i = source[c];
      const v = i >= 0 && i < src.length ? cellToValue(src[i]) : "";
      cells[c] = v;
      if (empty && valueText(v) !== "") empty = false;
    }
    out.errors[r] = errs;
    if (empty && errs.length === 0) {
      out.kinds[r] = "blank";
      out.cells[r] = ["", "", "", "", "", ""];
      out.filled[r] = false;
      continue;
    }
    const t0 = valueText(cells[0]);
    const t1 = valueText(cells[1]);
    if (isHeaderWord(t0) && isHeaderWord(t1)) {
      out.kinds[r] = "header";
      out.cells[r] = ["", "", "", "", "", ""];
      out.filled[r] = false;
      continue;
    }
    let filled = false;
    if (t0 === "") {
      if (prev1) {
        cells[0] = prev1;
        filled = true;
      }
      if (t1 === "" && prev2) {
        cells[1] = prev2;
        filled = true;
      }
    } else if (t1 === "" && prev2 && t0 === prev1) {
      cells[1] = prev2;
      filled = true;
    }
    prev1 = String(cells[0] ?? "").trim();
    prev2 = String(cells[1] ?? "").trim();
    out.kinds[r] = "indicator";
    out.cells[r] = cells;
    out.filled[r] = filled;
  }
  return out;
}

export interface RowsCheck {
  rows: NormalizedRows;
  table: PerfTable;
  /** Findings per input row (most severe first). */
  byRow: Finding[][];
  /** Findings that belong to no input row: table level (PERF.SUMMARY). */
  tableLevel: Finding[];
}

export interface CheckRowsOptions {
  budget?: unknown;
  year?: unknown;
  profile?: unknown;
  /** Only these rules (tests); default: every rule. */
  rules?: Rule[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Check input rows with the engine and give each finding back to the input row it concerns. */
export function checkRows(rowsArg: unknown, opts: CheckRowsOptions = {}): RowsCheck {
  const budget = budgetArg(opts.budget);
  const year = yearArg(opts.year);
  const profile = profileArg(opts.profile);
  const rows = normalizeRows(rowsArg);
  // origin A1: a finding's cell row is then the input row index.
  const table = engine.tableFromRows(rows.cells, { sheet: "", origin: { row: 0, col: 0 } });
  // Columns the input did not have are not "empty": their rules must not fire.
  table.layout = { ...table.layout, hasDescription: rows.width >= 5, hasBasis: rows.width >= 6 };
  if (budget) table.header.budget = budget;
  const findings = engine.checkTable(table, opts.rules ? { profile, year, rules: opts.rules } : { profile, year });

  const n = rows.kinds.length;
  // Rows without findings (most) share one frozen empty list; a row gets its own array at its first finding.
  const byRow: Finding[][] = new Array(n).fill(NO_FINDINGS);
  const tableLevel: Finding[] = [];
  const inds = table.indicators;
  for (const f of findings) {
    const r = inputRowOf(f, inds);
    if (r === null || r < 0 || r >= n) tableLevel.push(f);
    else if (rows.kinds[r] === "indicator") {
      if (byRow[r] === NO_FINDINGS) byRow[r] = [f];
      else byRow[r].push(f);
    }
    // A finding on a blank or header row of the selection is an artefact of selecting spare rows: dropped.
  }
  for (const list of byRow) if (list.length > 1) list.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  return { rows, table, byRow, tableLevel };
}

const NO_FINDINGS: Finding[] = Object.freeze([]) as unknown as Finding[];

/**
 * The input row a finding concerns: from its indicator row's cells, else from its cell address.
 * `tableFromRows` gives indicator i the index i, so the row is found by position (no lookup map per recalc).
 */
function inputRowOf(f: Finding, inds: IndicatorRow[]): number | null {
  if (f.row === null) return null;
  const at = inds[f.row];
  const ind = at !== undefined && at.index === f.row ? at : inds.find((x) => x.index === f.row);
  if (ind) return ind.value.row >= 0 ? ind.value.row : ind.level3.row;
  const a = f.cell ? engine.parseA1(f.cell) : null;
  return a ? a.row : null;
}

// ---------------------------------------------------------------------------------------------
// Text of findings

export const SEVERITY_LABEL: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

/**
 * One finding as one line: "错误：<message>（建议：<suggestion>）[CODE]". The trailing [CODE] is the
 * stable finding code (spec §4), so users can filter and tests can rely on it.
 */
export function findingText(f: Finding): string {
  const trimmed = f.message.trim();
  const end = trimmed.charCodeAt(trimmed.length - 1);
  // Trailing 。 ； ; dropped (the verdict joins findings with ；) by scanning back, not with a regex replace.
  let cut = trimmed.length;
  for (let c = end; cut > 0 && (c === 0x3002 || c === 0xff1b || c === 0x3b); c = trimmed.charCodeAt(cut - 1)) cut--;
  const msg = cut === trimmed.length ? trimmed : trimmed.slice(0, cut);
  const sug = f.suggestion !== undefined && f.suggestion !== "" && !msg.includes(f.suggestion) ? `（建议：${f.suggestion}）` : "";
  return `${SEVERITY_LABEL[f.severity] ?? f.severity}：${msg}${sug} [${f.code}]`;
}

/** A row's verdict: ✓, or its findings joined by "；" most severe first. */
export function verdictText(findings: Finding[], cellErrors: string[] = []): string {
  // Most rows of a recalc: nothing to say, or one finding — no list to build and join.
  if (cellErrors.length === 0) {
    if (findings.length === 0) return "✓";
    if (findings.length === 1) return capCellText(findingText(findings[0]));
  }
  const parts = cellErrors.length ? [`错误：单元格是错误值（${cellErrors.join("、")}），请先修正 [CELL_ERROR]`] : [];
  for (const f of findings) parts.push(findingText(f));
  if (!parts.length) return "✓";
  return capCellText(parts.join("；"));
}

/** A cell holds at most MAX_CELL_TEXT characters: longer verdicts end with "…". */
function capCellText(s: string): string {
  return s.length > MAX_CELL_TEXT ? s.slice(0, MAX_CELL_TEXT - 1) + "…" : s;
}

// ---------------------------------------------------------------------------------------------
// The four functions

/**
 * =PERF.CHECK(rows, [budget], [year], [profile]) → one verdict per input row (n × 1). Blank rows give
 * "", a header row (一级指标/二级指标…) gives "（表头）". Trailing blank rows are not returned.
 */
export function checkRowsMatrix(rows: unknown, budget?: unknown, year?: unknown, profile?: unknown): string[][] {
  const res = checkRows(rows, { budget, year, profile });
  return rowVerdicts(res);
}

/** The n × 1 verdict column of a checked range. */
export function rowVerdicts(res: RowsCheck): string[][] {
  const { rows, byRow } = res;
  if (rows.kinds.length === 0) return [[""]];
  return rows.kinds.map((kind, r) => {
    if (kind === "blank") return [""];
    if (kind === "header") return ["（表头）"];
    return [verdictText(byRow[r], rows.errors[r])];
  });
}

/** Default severities of the SPEND_* codes (spec §4), used when the rule registry does not list one. */
const SPEND_SEVERITY: Record<string, Severity> = {
  SPEND_NOT_PERCENT: "error",
  SPEND_MISSING_POINT: "error",
  SPEND_NOT_MONOTONIC: "error",
  SPEND_INCREMENTS: "error",
  SPEND_NOT_100: "error",
  SPEND_BEHIND_PACE: "warning",
  SPEND_BACKLOADED: "info",
};

/** A spending-plan finding as an engine Finding: the rule's severity unless the case or the profile changes it. */
function spendFinding(f: SpendFinding, profile: Profile): Finding | null {
  const override = profile.severity[f.code];
  if (override === "off") return null;
  const ruleSeverity = engine.ALL_RULES.find((r) => r.code === f.code)?.severity;
  const severity: Severity = override ?? f.severity ?? ruleSeverity ?? SPEND_SEVERITY[f.code] ?? "error";
  const out: Finding = { code: f.code, severity, row: null, cell: null, message: f.message };
  if (f.suggestion !== undefined) out.suggestion = f.suggestion;
  return out;
}

const READING_LABEL: Record<string, string> = {
  percent: "百分比",
  percentage: "百分比",
  fraction: "小数",
  decimal: "小数",
  amount: "金额",
  money: "金额",
  increments: "逐期增量",
  empty: "空白",
  unknown: "无法判断",
};

/** A single row or column of cells → a flat list; a block of several rows and columns is refused. */
function lineArg(x: unknown, what: string, max: number): unknown[] {
  const m = asMatrix(x);
  if (m.length === 0) return [];
  const cols = Math.max(...m.map((r) => r.length));
  let line: unknown[];
  if (m.length === 1) line = m[0];
  else if (cols === 1) line = m.map((r) => r[0]);
  else throw new InputError(`${what}应为一行（或一列），收到 ${m.length}×${cols} 的区域`);
  while (line.length && isBlank(line[line.length - 1])) line = line.slice(0, -1);
  if (line.length > max) throw new InputError(`${what}有 ${line.length} 个值，超过上限 ${max} 个`);
  return line;
}

export interface SpendCheck {
  analysis: SpendAnalysis;
  findings: Finding[];
  /** One label per point: as given, else the profile's checkpoint, else the month. */
  labels: string[];
}

export interface SpendOptions {
  budget?: unknown;
  labels?: unknown;
  profile?: unknown;
  /**
   * True when plain numbers come from %-formatted cells (a typed 25% arrives as 0.25). A formula sees
   * values, not formats; by default `looksPercentFormatted` decides.
   */
  percentFormatted?: boolean;
}

/**
 * A formula gets values, not formats: a plan typed 25%/50%/75%/100% arrives as 0.25/0.5/0.75/1. When every
 * filled point is a number in [0, 1] and the year-end one is exactly 1, that is read as %-formatted cells
 * (a decimals-as-typed plan ending in exactly 1 is told apart only by the task pane and CLI, which see
 * formats). Otherwise numbers are read as typed: 0.16/0.33/0.50 (正定) stays a fraction plan.
 */
export function looksPercentFormatted(values: unknown[]): boolean {
  const filled = values.filter((v) => !isBlank(v));
  return filled.length > 0 && filled.every((v) => typeof v === "number" && v >= 0 && v <= 1) && filled[filled.length - 1] === 1;
}

/** Run the engine's spending-plan analysis on a plan argument. */
export function checkSpend(planArg: unknown, opts: SpendOptions = {}): SpendCheck {
  const budget = budgetArg(opts.budget);
  const profile = profileArg(opts.profile);
  const values = lineArg(planArg, "支出计划（plan）", MAX_PLAN_POINTS);
  if (values.length === 0) throw new InputError("支出计划（plan）为空：请选择 3月底…12月底 下方的累计支出计划值");
  values.forEach((v, i) => {
    const e = cellError(v);
    if (e) throw new InputError(`支出计划（plan）第 ${i + 1} 个值是错误值 ${e}，请先修正该单元格`);
  });
  let labels: string[] | undefined;
  if (opts.labels !== null && opts.labels !== undefined && !(typeof opts.labels === "string" && opts.labels.trim() === "")) {
    const raw = lineArg(opts.labels, "时间点（labels）", MAX_PLAN_POINTS);
    if (raw.some((v) => cellError(v))) throw new InputError("时间点（labels）中有错误值，请先修正");
    labels = raw.map((v) => String(cellToValue(v)).trim());
    if (labels.length !== values.length) throw new InputError(`时间点（labels）有 ${labels.length} 个，支出计划（plan）有 ${values.length} 个值：两者应一一对应`);
  }
  const analysis = analyzeSpendPlan({
    values: values.map(cellToValue),
    labels: labels ?? null,
    budgetYuan: budgetYuanOf(budget),
    unit: "万元",
    profile,
    percentFormatted: opts.percentFormatted ?? looksPercentFormatted(values),
  });
  const findings = analysis.findings.map((f) => spendFinding(f, profile)).filter((f): f is Finding => f !== null);
  const shown = values.map((_, i) => labels?.[i] ?? (!labels ? profile.spend.checkpoints[i]?.label : undefined) ?? (analysis.points[i]?.month ? `${analysis.points[i].month}月底` : `第${i + 1}点`));
  return { analysis, findings, labels: shown };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * =PERF.SPENDCURVE(plan, [budget], [labels], [profile]) → a (2 + findings) × (1 + points) matrix:
 *   row 0: verdict ("✓ 按百分比读取" / "✗ 按金额读取：2 个问题"), then the checkpoint labels;
 *   row 1: "累计进度（%）", then the normalized cumulative curve in % ("" where a point is missing);
 *   rows 2…: one finding per row in column 0 (most severe first), other columns "".
 */
export function spendCurveMatrix(plan: unknown, budget?: unknown, labels?: unknown, profile?: unknown, opts: { percentFormatted?: boolean } = {}): (string | number)[][] {
  const { analysis, findings: found, labels: shown } = checkSpend(plan, { budget, labels, profile, percentFormatted: opts.percentFormatted });
  const reading = READING_LABEL[analysis.reading] ?? String(analysis.reading);
  const curve = analysis.curve ?? [];
  const width = shown.length;
  const findings = [...found].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const verdict = findings.length ? `✗ 按${reading}读取：${findings.length} 个问题` : `✓ 按${reading}读取`;
  const pad = (row: (string | number)[]) => [...row, ...Array(Math.max(0, width + 1 - row.length)).fill("")];
  const out: (string | number)[][] = [
    pad([verdict, ...shown.slice(0, width)]),
    pad(["累计进度（%）", ...curve.slice(0, width).map((v) => (typeof v === "number" && Number.isFinite(v) ? round2(v) : ""))]),
  ];
  for (const f of findings) out.push(pad([findingText(f)]));
  return out;
}

const KIND_LABEL: Record<string, string> = { empty: "空", quantity: "定量", deadline: "日期", duration: "时长", text: "文字" };
const OPERATOR_LABEL: Record<string, string> = { ">=": "≥", "<=": "≤", ">": ">", "<": "<", "=": "=" };

/** The PERF.PARSE header row. */
export const PARSE_HEADER = ["类型", "运算符", "数值", "单位", "规范单位", "日期"];

/** A parsed date as the accountant writes it: 2025年12月31日前, 12月底. */
export function dateText(d: { year: number | null; month: number; day: number | null; endOfMonth: boolean; qualifier: string } | null): string {
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
    const p = engine.parseValue(cellToValue(c));
    out.push([
      KIND_LABEL[p.kind] ?? p.kind,
      p.operator ? OPERATOR_LABEL[p.operator] ?? p.operator : "",
      typeof p.number === "number" && Number.isFinite(p.number) ? p.number : "",
      p.unit ?? "",
      p.normalizedUnit ?? "",
      dateText(p.date),
    ]);
  }
  return out;
}

/**
 * =PERF.SUMMARY(rows, [budget], [plan], [profile]) → one column: a count line over the whole range
 * (row and table findings, plus the plan's when given), then each table-level finding, then the plan's
 * findings; "✓ 表级检查通过" when there is no table-level finding.
 */
export function summaryMatrix(rows: unknown, budget?: unknown, plan?: unknown, profile?: unknown): string[][] {
  const res = checkRows(rows, { budget, profile });
  const indicatorRows = res.rows.kinds.filter((k) => k === "indicator").length;
  const all: Finding[] = [...res.byRow.flat(), ...res.tableLevel];
  const hasPlan = asMatrix(plan).flat().some((v) => !isBlank(v));
  const spend = hasPlan ? checkSpend(plan, { budget, profile }).findings : [];
  all.push(...spend);
  const cellErrors = res.rows.errors.filter((e) => e.length).length;
  const count = (s: Severity) => all.filter((f) => f.severity === s).length;
  const lines: string[] = [
    `共 ${indicatorRows} 行指标：错误 ${count("error") + cellErrors} 条，警告 ${count("warning")} 条，提示 ${count("info")} 条（含逐行问题）`,
  ];
  const tableLevel = [...res.tableLevel, ...spend].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  if (!tableLevel.length) lines.push("✓ 表级检查通过");
  for (const f of tableLevel) lines.push(findingText(f));
  return lines.map((l) => [l]);
}

// ---------------------------------------------------------------------------------------------
// Function metadata shared with WPS

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

/** The four PERF functions: names, descriptions, parameters (the WPS metadata and the zh-CN Excel metadata come from here). */
export const FUNCTION_DEFS = defs.functions as FunctionDef[];

/** Adapter per function id, for hosts that register functions by id (WPS). */
export const FUNCTION_IMPLS: Record<string, (...args: unknown[]) => unknown[][]> = {
  CHECK: (rows, budget, year, profile) => checkRowsMatrix(rows, budget, year, profile),
  SPENDCURVE: (plan, budget, labels, profile) => spendCurveMatrix(plan, budget, labels, profile),
  PARSE: (value) => parseMatrix(value),
  SUMMARY: (rows, budget, plan, profile) => summaryMatrix(rows, budget, plan, profile),
};
