/**
 * "Never a raw exception, never #CALC! from our code": the four functions (src/functions/functions.ts, with a
 * stand-in CustomFunctions runtime) on arbitrary arguments. Each call either spills a rectangular block of
 * text/numbers or throws CustomFunctions.Error(#VALUE!) with a zh-CN sentence that is not an internal error.
 * Runs: FUZZ_RUNS (default 150 per property).
 */
import fc from "fast-check";

class StandInError extends Error {
  constructor(
    public code: string,
    message?: string,
  ) {
    super(message ?? "");
  }
}
(globalThis as Record<string, unknown>).CustomFunctions = {
  associate: () => undefined,
  Error: StandInError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
};

// Imported after the stand-in exists, as in Excel (office.js loads first).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fns = require("../../src/functions/functions") as typeof import("../../src/functions/functions");

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

const cell = fc.oneof(
  fc.constantFrom("", "≥45人", "≤450元/人·天", "=100%", "≥0次", "2025年12月31日前", "有所提升", "产出指标", "数量指标", "成本指标", "满意度指标", "25%", "#N/A", "一级指标", "二级指标"),
  fc.string({ maxLength: 12 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant({ type: "Error", code: "#N/A" }),
  fc.date(),
);
/** Excel data-type values (allowCustomDataForDataTypeAny), with well-formed and odd payloads. */
const dataTypeCell = fc.oneof(
  fc.record({ type: fc.constantFrom("Double", "FormattedNumber", "String", "Boolean", "Empty", "Error", "Array"), basicValue: fc.oneof(cell, fc.anything()) }),
  fc.record({ type: fc.constantFrom("Entity", "LinkedEntity"), text: fc.oneof(fc.string({ maxLength: 12 }), fc.anything()), properties: fc.anything() }),
  fc.record({ type: fc.constant("Error"), errorType: fc.oneof(fc.constantFrom("NotAvailable", "Div0", "Value", "Busy", "Placeholder"), fc.anything()) }),
  fc.record({ type: fc.constant("Array"), elements: fc.anything() }),
);
const anyCell = fc.oneof(cell, dataTypeCell);
const matrix = fc.array(fc.array(anyCell, { minLength: 0, maxLength: 8 }), { minLength: 0, maxLength: 12 });
const arg = fc.oneof(anyCell, matrix, fc.anything());

type Fn = (...args: any[]) => unknown;

function answersReadably(fn: Fn, args: unknown[]): void {
  let out: unknown;
  try {
    out = fn(...args);
  } catch (e) {
    expect(e).toBeInstanceOf(StandInError);
    const err = e as StandInError;
    expect(err.code).toBe("#VALUE!");
    expect(err.message).toMatch(/[\u4e00-\u9fff]/);
    // An internal error means our code or the engine threw on this input: a bug, not bad input.
    expect(err.message).not.toMatch(/内部错误/);
    return;
  }
  expect(Array.isArray(out)).toBe(true);
  const rows = out as unknown[][];
  expect(rows.length).toBeGreaterThan(0);
  const width = rows[0].length;
  for (const r of rows) {
    expect(r).toHaveLength(width);
    for (const c of r) expect(typeof c === "string" || (typeof c === "number" && Number.isFinite(c))).toBe(true);
  }
}

describe("no raw exceptions on arbitrary arguments", () => {
  it("PERF.CHECK", () => {
    fc.assert(fc.property(fc.oneof(matrix, arg), arg, arg, arg, (rows, budget, year, profile) => answersReadably(fns.check as Fn, [rows, budget, year, profile])), { numRuns: RUNS });
  });
  it("PERF.SPENDCURVE", () => {
    fc.assert(fc.property(fc.oneof(matrix, arg), arg, fc.oneof(matrix, arg), arg, (plan, budget, labels, profile) => answersReadably(fns.spendcurve as Fn, [plan, budget, labels, profile])), { numRuns: RUNS });
  });
  it("PERF.PARSE", () => {
    fc.assert(fc.property(fc.oneof(matrix, arg), (value) => answersReadably(fns.parse as Fn, [value])), { numRuns: RUNS });
  });
  it("PERF.SUMMARY", () => {
    fc.assert(fc.property(fc.oneof(matrix, arg), arg, fc.oneof(matrix, arg), arg, (rows, budget, plan, profile) => answersReadably(fns.summary as Fn, [rows, budget, plan, profile])), { numRuns: RUNS });
  });
});
