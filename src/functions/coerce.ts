/**
 * Arguments of the PERF custom functions as hosts pass them, turned into engine input. Excel passes ranges as rows
 * of values, omitted optionals as null, error values as objects with a code and, with allowCustomDataForDataTypeAny,
 * data-type values (`{type: "Double", basicValue}`, `{type: "Entity", text, properties}`, `{type: "Error",
 * errorType}`…); WPS passes arrays or scalars (its Range objects are unwrapped in src/wps/functions.ts). Every shape
 * becomes a plain cell value here, so the function bodies see only those.
 *
 * Bad input never escapes as a raw exception: these functions throw `InputError` (a readable zh-CN sentence) and
 * each shell turns it into its host's error value (Excel: `#VALUE!` with the message).
 */
import { budgetCell, budgetYuan, type CellReading, type CellText, type CellValue } from "../engine";

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

// A real 绩效目标表 has 10–60 indicator rows: the limits only protect recalculation time.

/** Rows up to the last non-blank one; more gets a readable error instead of a slow recalc. */
export const MAX_ROWS = 5000;
/** Cells PERF.PARSE accepts in one call. */
export const MAX_PARSE_CELLS = 2000;
/** Points in a spending plan. */
export const MAX_PLAN_POINTS = 24;

const ERROR_LITERAL = /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|CALC!|SPILL!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!)$/i;

/** Error names, lower-case letters only: CustomFunctions.ErrorCode values and Excel.ErrorCellValueType names. */
const ERROR_NAMES: Record<string, string> = {
  notavailable: "#N/A",
  invalidvalue: "#VALUE!",
  value: "#VALUE!",
  invalidreference: "#REF!",
  ref: "#REF!",
  divisionbyzero: "#DIV/0!",
  div: "#DIV/0!",
  invalidnumber: "#NUM!",
  num: "#NUM!",
  invalidname: "#NAME?",
  name: "#NAME?",
  nullreference: "#NULL!",
  null: "#NULL!",
  calc: "#CALC!",
  spill: "#SPILL!",
  gettingdata: "#GETTING_DATA",
  field: "#FIELD!",
  blocked: "#BLOCKED!",
  connect: "#CONNECT!",
  busy: "#BUSY!",
  external: "#EXTERNAL!",
  python: "#PYTHON!",
};

/** The literal of an error name or literal ("Div0", "#N/A", "invalidValue"), else null. */
function errorLiteralOf(c: unknown): string | null {
  if (typeof c !== "string") return null;
  const t = c.trim();
  if (ERROR_LITERAL.test(t)) return t.toUpperCase();
  return ERROR_NAMES[t.replace(/[^a-z]/gi, "").toLowerCase()] ?? null;
}

/**
 * A data-type value (Excel.CellValue, its `type` one of these) as the plain value it shows: numbers and booleans as
 * their basicValue, an entity as its text, an error as its literal. Anything else is not a data-type value.
 */
const DATA_TYPES: Record<string, (o: Record<string, unknown>) => unknown> = {
  Double: (o) => o.basicValue,
  FormattedNumber: (o) => o.basicValue,
  Boolean: (o) => o.basicValue,
  String: (o) => o.basicValue,
  Empty: () => "",
  Entity: (o) => o.text ?? "",
  LinkedEntity: (o) => o.text ?? "",
  WebImage: (o) => o.altText ?? "",
  Error: (o) => errorLiteralOf(o.basicValue) ?? errorLiteralOf(o.errorType) ?? o,
};

/** A host's cell as a plain value: data-type objects unwrapped (an error one to its literal), the rest as given. */
export function plainCell(v: unknown): unknown {
  if (v === null || typeof v !== "object" || Array.isArray(v) || v instanceof Date) return v;
  const o = v as Record<string, unknown>;
  const unwrap = typeof o.type === "string" ? DATA_TYPES[o.type] : undefined;
  return unwrap ? unwrap(o) : v;
}

/**
 * The error literal ("#N/A") when a cell holds an error value, else null. Error values arrive as data-type errors,
 * as CustomFunctions.Error-like objects carrying a code (allowErrorForDataTypeAny), or as the literal text (WPS);
 * any other object that is not a data-type value is read as an error too.
 */
export function cellError(cell: unknown): string | null {
  const v = plainCell(cell);
  // Every error literal starts with "#": most cells are answered without trimming or a regex.
  if (typeof v === "string") return v.indexOf("#") >= 0 && ERROR_LITERAL.test(v.trim()) ? v.trim().toUpperCase() : null;
  if (v === null || typeof v !== "object" || v instanceof Date || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  for (const key of ["code", "errorCode", "errorType", "type", "message"]) {
    const literal = errorLiteralOf(o[key]);
    if (literal) return literal;
  }
  return "#错误值";
}

/** What a cell means as text for the engine: numbers and booleans as typed, error values as "". */
export function cellValue(cell: unknown): CellValue {
  const v = plainCell(cell);
  if (v === null || v === undefined) return "";
  // An error value's literal (unwrapped from a data-type error) is no text of the cell.
  if (typeof v === "string") return v !== cell && cellError(v) ? "" : v;
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

/** How the engine reads the cells of a custom function's range. */
export const HOST_CELLS: CellReading = { value: cellValue, error: cellError };

export function isBlank(v: unknown): boolean {
  const p = plainCell(v);
  return p === null || p === undefined || (typeof p === "string" && p.trim() === "");
}

/** Any argument shape → a rectangular-ish matrix: null → [], scalar → [[x]], 1-D → one row, an Array value → its elements. */
export function asMatrix(x: unknown): unknown[][] {
  if (x === null || x === undefined) return [];
  if (!Array.isArray(x)) {
    const elements = typeof x === "object" && (x as { type?: unknown }).type === "Array" ? (x as { elements?: unknown }).elements : undefined;
    return Array.isArray(elements) ? asMatrix(elements) : [[x]];
  }
  if (x.length === 0) return [];
  if (!Array.isArray(x[0])) return [x as unknown[]];
  return (x as unknown[]).map((r) => (Array.isArray(r) ? r : [r]));
}

/** An optional scalar argument: null/undefined/"" → null; a 1×1 range → its cell; larger ranges are refused. */
export function scalarArg(x: unknown, what: string): unknown {
  if (Array.isArray(x)) {
    const m = asMatrix(x);
    const cells = m.flat();
    if (cells.length === 0) return null;
    if (cells.length > 1) throw new InputError(`${what}应为单个单元格或值，收到 ${m.length}×${Math.max(...m.map((r) => r.length))} 的区域`);
    x = cells[0];
  }
  x = plainCell(x);
  if (isBlank(x)) return null;
  const err = cellError(x);
  if (err) throw new InputError(`${what}所在单元格是错误值 ${err}，请先修正该单元格`);
  return x;
}

/** A single row or column of cells → a flat list without trailing blanks; a block of several rows and columns is refused. */
export function lineArg(x: unknown, what: string, max: number): unknown[] {
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

/**
 * The `rows` argument: 4–6 columns in template order, up to the last non-blank row (a user may select whole
 * columns). The engine's `checkRows` does the rest.
 */
export function rowsArg(x: unknown): unknown[][] {
  const m = asMatrix(x);
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
  return n === m.length ? m : m.slice(0, n);
}

/** 预算数 argument → the engine's header cell (numbers are 万元, the sheets' default unit). */
export function budgetArg(x: unknown): CellText | undefined {
  const v = scalarArg(x, "预算数（budget）");
  if (v === null) return undefined;
  if (typeof v === "number") {
    if (!Number.isFinite(v) || v <= 0) throw new InputError(`预算数（budget）应为大于 0 的金额（万元），收到 ${v}`);
    return budgetCell(v);
  }
  if (typeof v === "string") {
    const text = v.normalize("NFKC").replace(/[\s,，]/g, "");
    const m = /^(\d+(?:\.\d+)?)(万元|元)?$/.exec(text);
    if (!m || Number(m[1]) <= 0) throw new InputError(`预算数（budget）应为金额，如 9、“9万元”或“90000元”；收到“${String(v).slice(0, 40)}”`);
    return budgetCell(text);
  }
  throw new InputError(`预算数（budget）应为金额，如 9 或“9万元”；收到 ${typeof v === "boolean" ? "逻辑值" : "日期"}`);
}

/** 预算数 in 元, through the engine's own conversion (万元 × 10000). */
export function budgetYuanOf(budget: CellText | undefined): number | null {
  return budget ? budgetYuan(budget, "万元") : null;
}

/** Year argument: 2025, "2025" or "2025年"; null when omitted. */
export function yearArg(x: unknown): number | null {
  const v = scalarArg(x, "年度（year）");
  if (v === null) return null;
  const n = typeof v === "number" ? v : typeof v === "string" ? Number(v.normalize("NFKC").trim().replace(/年度?$/, "")) : NaN;
  if (!Number.isInteger(n) || n < 2000 || n > 2100) throw new InputError(`年度（year）应为四位年份，如 2025；收到“${String(v).slice(0, 40)}”`);
  return n;
}
