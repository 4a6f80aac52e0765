/**
 * Property tests of the 指标值 parser. Runs: FUZZ_RUNS (default 30 000) for the main property, a third of that for the
 * generated-quantity round trip and a sixth for the free-text helpers (~45 000 cases by default). Raise with
 * `FUZZ_RUNS=1000000 npx jest tests/values`.
 */
import fc from "fast-check";
import { extractNumbers, formatValue, parseValue, toNumber } from "../../src/engine/values";
import type { CellValue } from "../../src/engine/types";
import type { Operator, ParsedValue } from "../../src/engine/values";

const RUNS = Number(process.env.FUZZ_RUNS ?? 30000);
const KINDS = new Set(["empty", "quantity", "deadline", "duration", "text"]);
const OPERATORS = new Set([">=", "<=", ">", "<", "=", null]);
const CLASSES = new Set(["percent", "money", "unit-cost", "count", "area", "time", "other", "none"]);

/** Pieces of real 指标值 so generated strings exercise the grammar, not only the "text" fallback. */
const TOKENS = [
  "≥", "≤", ">", "<", "=", ">=", "<=", "＞", "＜", "＝", "≧", "≦", "$\\geq", "$\\leq", "\\%$", "$", "\\",
  "不少于", "不低于", "不超过", "不超", "控制在", "以上", "以下", "以内", "达到", "约",
  "0", "1", "2", "3", "9", "12", "31", "45", "100", "2024", "2025", "１", "２", "０", ".", ",", "，", "-", "~", "至", " ", "\u3000",
  "%", "％", "‰", "元", "万元", "万", "亿元", "/", "人", "天", "·", "人次", "次", "个", "篇", "家", "平方米", "亩",
  "年", "月", "日", "号", "底", "末", "前", "之前", "第", "三", "季度", "上半年", "小时", "分钟", "个月", "余",
  "按计划完成工作", "有所提升", "满足", "（", "）", "\n", "\t",
];
const domainString = fc.array(fc.constantFrom(...TOKENS), { maxLength: 12 }).map((a) => a.join(""));

const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 5, arbitrary: domainString },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(null, undefined, true, false, NaN, Infinity, -Infinity, "", " ") },
);

function checkInvariants(p: ParsedValue): void {
  expect(KINDS.has(p.kind)).toBe(true);
  expect(OPERATORS.has(p.operator)).toBe(true);
  expect(CLASSES.has(p.unitClass)).toBe(true);
  expect(typeof p.raw).toBe("string");
  expect(p.number === null || Number.isFinite(p.number)).toBe(true);
  expect(p.amountYuan === null || Number.isFinite(p.amountYuan)).toBe(true);
  expect(Object.isFrozen(p)).toBe(true);
  if (p.kind === "quantity" || p.kind === "duration") {
    expect(p.number).not.toBeNull();
    expect(p.date).toBeNull();
    expect(p.mixed).toBe(p.extraText !== "");
    if (p.kind === "duration") expect(p.unitClass).toBe("time");
  } else if (p.kind === "deadline") {
    const d = p.date!;
    expect(d.month >= 1 && d.month <= 12).toBe(true);
    expect(d.day === null || (d.day >= 1 && d.day <= 31)).toBe(true);
    expect(d.year === null || Number.isInteger(d.year)).toBe(true);
    expect(p.number).toBeNull();
    expect(p.mixed).toBe(p.extraText !== "");
  } else {
    expect(p.number).toBeNull();
    expect(p.date).toBeNull();
    expect(p.operator).toBeNull();
    expect(p.mixed).toBe(false);
  }
  if (p.kind === "empty") expect(p.raw.trim() === "" || !/\S/.test(p.raw.replace(/[\u200b$\ufeff]/g, ""))).toBe(true);
}

/** What formatValue writes must read back as the same target (suggestions are written into cells). */
function checkFormatRoundTrip(p: ParsedValue): void {
  if (p.mixed || p.kind === "text" || p.kind === "empty") return;
  const again = parseValue(formatValue(p));
  expect(again.kind).toBe(p.kind);
  expect(again.operator).toBe(p.operator);
  expect(again.mixed).toBe(false);
  if (p.kind === "deadline") {
    const { year, month, day, endOfMonth, qualifier } = p.date!;
    expect(again.date).toMatchObject({ year, month, day, endOfMonth, qualifier });
  } else {
    // formatNumber keeps 6 decimals (12 below 1e-6): compare at that precision.
    expect(Math.abs(again.number! - p.number!)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(p.number!)));
    expect(again.normalizedUnit).toBe(p.normalizedUnit);
    expect(again.unitClass).toBe(p.unitClass);
  }
}

describe("parseValue properties", () => {
  it(`never throws and always returns a well-formed result (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const p = parseValue(cell);
        checkInvariants(p);
        checkFormatRoundTrip(p);
        // Deterministic: the memo must not change the answer.
        if (typeof cell === "string") expect(parseValue(cell + " ")).toEqual(p);
      }),
      { numRuns: RUNS },
    );
  });

  const OPS: Array<[string, Operator]> = [
    ["≥", ">="], [">=", ">="], ["≧", ">="], ["$\\geq$", ">="], ["不少于", ">="], ["不低于", ">="], ["达到", ">="],
    ["≤", "<="], ["<=", "<="], ["≦", "<="], ["\\leq", "<="], ["不超过", "<="], ["不高于", "<="], ["控制在", "<="],
    [">", ">"], ["＞", ">"], ["<", "<"], ["＜", "<"], ["=", "="], ["＝", "="],
  ];
  const SUFFIXES: Array<[string, Operator]> = [["以上", ">="], ["及以上", ">="], ["以下", "<="], ["以内", "<="]];
  const UNITS: Array<[string, string, ParsedValue["unitClass"], number | null]> = [
    ["", "", "none", null], ["%", "%", "percent", null], ["％", "%", "percent", null],
    ["元", "元", "money", 1], ["万元", "万元", "money", 1e4], ["亿元", "亿元", "money", 1e8], ["万", "万", "money", 1e4],
    ["元/人", "元/人", "unit-cost", 1], ["元/人·天", "元/人·天", "unit-cost", 1], ["元/人天", "元/人·天", "unit-cost", 1],
    ["元/人/天", "元/人·天", "unit-cost", 1], ["元/人次", "元/人次", "unit-cost", 1], ["万元/人", "万元/人", "unit-cost", 1e4],
    ["人", "人", "count", null], ["人次", "人次", "count", null], ["万人次", "万人次", "count", null], ["次", "次", "count", null],
    ["个", "个", "count", null], ["篇", "篇", "count", null], ["份", "份", "count", null], ["家", "家", "count", null],
    ["期", "期", "count", null], ["套", "套", "count", null], ["项", "项", "count", null], ["名", "名", "count", null],
    ["平方米", "平方米", "area", null], ["亩", "亩", "area", null],
    ["天", "天", "time", null], ["小时", "小时", "time", null], ["分钟", "分钟", "time", null], ["个月", "个月", "time", null],
  ];
  const FULL_WIDTH = (s: string) => s.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  const SPACE = fc.constantFrom("", "", " ", "\u3000");

  const generated = fc.record({
    op: fc.option(fc.constantFrom(...OPS), { nil: null }),
    suffix: fc.option(fc.constantFrom(...SUFFIXES), { nil: null }),
    int: fc.integer({ min: 0, max: 9_999_999 }),
    cents: fc.option(fc.integer({ min: 0, max: 99 }), { nil: null }),
    thousands: fc.boolean(),
    fullWidth: fc.boolean(),
    unit: fc.constantFrom(...UNITS),
    s1: SPACE,
    s2: SPACE,
  });

  it(`reads back any operator + number + unit it is given (${Math.round(RUNS / 3)} runs)`, () => {
    fc.assert(
      fc.property(generated, (g) => {
        let digits = g.thousands ? g.int.toLocaleString("en-US") : String(g.int);
        if (g.cents !== null) digits += "." + String(g.cents).padStart(2, "0");
        if (g.fullWidth) digits = FULL_WIDTH(digits);
        const number = g.int + (g.cents ?? 0) / 100;
        // One operator, written before or after (never both, which would contradict).
        const prefix = g.op && !g.suffix ? g.op[0] : "";
        const suffix = g.suffix && !g.op ? g.suffix[0] : "";
        const text = `${prefix}${g.s1}${digits}${g.s2}${g.unit[0]}${suffix}`;
        const p = parseValue(text);
        const [, norm, cls, mult] = g.unit;
        expect(p.kind).toBe(cls === "time" ? "duration" : "quantity");
        expect(p.operator).toBe(prefix ? g.op![1] : suffix ? g.suffix![1] : null);
        expect(p.number).toBeCloseTo(number, 6);
        expect(p.normalizedUnit).toBe(norm);
        expect(p.unitClass).toBe(cls);
        expect(p.unit).toBe(g.unit[0]);
        expect(p.mixed).toBe(false);
        expect(p.extraText).toBe("");
        if (mult === null) expect(p.amountYuan).toBeNull();
        // amountYuan is rounded to cents; allow for double precision at large amounts.
        else expect(Math.abs(p.amountYuan! - number * mult)).toBeLessThanOrEqual(0.005 + 1e-12 * number * mult);
      }),
      { numRuns: Math.round(RUNS / 3) },
    );
  });

  it(`free-text helpers never throw and return finite numbers (${Math.round(RUNS / 6)} runs)`, () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        for (const n of extractNumbers(cell)) {
          expect(Number.isFinite(n.number)).toBe(true);
          expect(n.amountYuan === null || Number.isFinite(n.amountYuan)).toBe(true);
          expect(n.index).toBeGreaterThanOrEqual(0);
        }
        const v = toNumber(cell);
        expect(v === null || Number.isFinite(v)).toBe(true);
      }),
      { numRuns: Math.round(RUNS / 6) },
    );
  });
});
