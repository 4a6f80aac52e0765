/**
 * Property tests of the 指标值 parser. Runs: fuzzRuns (default 40 000) for the main property, a third of that for the
 * generated-quantity round trip and a sixth for the free-text helpers (~45 000 cases by default). Raise with
 * `npm run fuzz` (FUZZ_SCALE=20).
 */
import fc from "fast-check";
import { extractNumbers, formatValue, parseTimelinessValue, parseValue, toNumber } from "../../src/engine/values";
import { parseStringUncached } from "../../src/engine/values/parse";
import type { CellValue } from "../../src/engine/types";
import type { Operator, ParsedValue } from "../../src/engine/values";
import { fuzzRuns } from "../helpers/fuzz";

const RUNS = fuzzRuns(40000);
const KINDS = new Set(["empty", "quantity", "deadline", "duration", "text"]);
const OPERATORS = new Set([">=", "<=", ">", "<", "=", null]);
const CLASSES = new Set(["percent", "money", "unit-cost", "count", "area", "time", "other", "none"]);

/** Pieces of real 指标值 so generated strings exercise the grammar, not only the "text" fallback. */
const TOKENS = [
  "≥", "≤", ">", "<", "=", ">=", "<=", "＞", "＜", "＝", "≧", "≦", "$\\geq", "$\\leq", "\\%$", "$", "\\",
  "不少于", "不低于", "不超过", "不超", "控制在", "以上", "以下", "以内", "达到", "约",
  "0", "1", "2", "3", "9", "12", "31", "45", "100", "2024", "2025", "１", "２", "０", ".", ",", "，", "-", "~", "至", " ", "\u3000",
  "%", "％", "‰", "元", "万元", "万", "亿元", "/", "人", "天", "·", "人次", "人/次", "万/年", "次", "个", "篇", "家", "平方米", "亩",
  "年", "月", "日", "号", "底", "末", "前", "之前", "第", "三", "季度", "上半年", "小时", "分钟", "个月", "余",
  "按计划完成工作", "有所提升", "满足", "（", "）", "\n", "\t",
  "全年", "当年", "本年度", "次年", "年底前", "年年底", "2023.07", "2024.01", ".03", "至", "到", "全部拨付",
  "二〇二六", "〇", "十", "十二", "三十一", "二",
  // Per-head counts and shares said in words (每人每年不少于4次, ≤万分之三, 百分之九十五).
  "每", "每人", "每年", "学时", "分之", "万分之", "百分之", "千分之", "九十五", "百", "一百",
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

/**
 * Plain checks collected into one thrown error (jest's expect per field would cost more than the parser itself at
 * these run counts); fast-check reports the input and shrinks it.
 */
function problemsOf(p: ParsedValue): string[] {
  const bad: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) bad.push(what);
  };
  need(KINDS.has(p.kind), "kind");
  need(OPERATORS.has(p.operator), "operator");
  need(CLASSES.has(p.unitClass), "unitClass");
  need(typeof p.raw === "string" && typeof p.extraText === "string" && typeof p.unit === "string", "string fields");
  need(p.number === null || Number.isFinite(p.number), "number finite or null");
  need(p.amountYuan === null || Number.isFinite(p.amountYuan), "amountYuan finite or null");
  need(Object.isFrozen(p), "frozen");
  if (p.kind === "quantity" || p.kind === "duration") {
    need(p.number !== null, "quantity has a number");
    need(p.date === null, "quantity has no date");
    need(p.mixed === (p.extraText !== ""), "mixed iff extraText");
    if (p.kind === "duration") need(p.unitClass === "time", "duration is time");
    if (p.amountYuan !== null) need(p.unitClass === "money" || p.unitClass === "unit-cost", "amountYuan only for money");
  } else if (p.kind === "deadline") {
    const d = p.date;
    need(d !== null, "deadline has a date");
    if (d) {
      need(Number.isInteger(d.month) && d.month >= 1 && d.month <= 12, "month 1-12");
      need(d.day === null || (Number.isInteger(d.day) && d.day >= 1 && d.day <= 31), "day 1-31");
      need(d.year === null || (Number.isInteger(d.year) && d.year >= 1900 && d.year <= 2199), "year 1900-2199");
    }
    need(p.number === null, "deadline has no number");
    need(p.mixed === (p.extraText !== ""), "mixed iff extraText");
  } else {
    need(p.number === null && p.date === null && p.operator === null && !p.mixed, "text/empty carry nothing");
    if (p.kind === "text") need(/\S/.test(p.raw), "text is not blank");
  }
  return bad;
}

/** What formatValue writes must read back as the same target (suggestions are written into cells). */
function roundTripProblems(p: ParsedValue): string[] {
  if (p.mixed || p.kind === "text" || p.kind === "empty") return [];
  const text = formatValue(p);
  const again = parseValue(text);
  const bad: string[] = [];
  if (again.kind !== p.kind || again.operator !== p.operator || again.mixed) bad.push(`format → ${text} reads as ${again.kind} ${again.operator}`);
  else if (p.kind === "deadline") {
    const a = p.date!, b = again.date!;
    if (a.year !== b.year || a.month !== b.month || a.day !== b.day || a.endOfMonth !== b.endOfMonth || a.qualifier !== b.qualifier) {
      bad.push(`format → ${text} changes the date`);
    }
    const ps = p.period?.start, qs = again.period?.start;
    if (!ps !== !qs || (ps && qs && (ps.year !== qs.year || ps.month !== qs.month || ps.day !== qs.day))) bad.push(`format → ${text} changes the period`);
  } else {
    // formatNumber keeps 6 decimals (12 below 1e-6): compare at that precision.
    if (Math.abs(again.number! - p.number!) > 1e-6 * Math.max(1, Math.abs(p.number!))) bad.push(`format → ${text} changes the number`);
    if (again.normalizedUnit !== p.normalizedUnit || again.unitClass !== p.unitClass) bad.push(`format → ${text} changes the unit`);
  }
  return bad;
}

function assertNoProblems(input: unknown, p: ParsedValue, problems: string[]): void {
  if (problems.length) throw new Error(`${JSON.stringify(String(input))} → ${JSON.stringify(p)}: ${problems.join("; ")}`);
}

describe("parseValue properties", () => {
  it(`never throws and always returns a well-formed result (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const p = parseValue(cell);
        const problems = [...problemsOf(p), ...roundTripProblems(p)];
        // The memo must not change the answer.
        if (typeof cell === "string" && JSON.stringify(parseStringUncached(cell)) !== JSON.stringify(p)) problems.push("memo differs");
        assertNoProblems(cell, p, problems);
      }),
      { numRuns: RUNS },
    );
  });

  it(`parseTimelinessValue (the 时效 reading) never throws either and is well formed (${RUNS >> 2} runs)`, () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const p = parseTimelinessValue(cell);
        assertNoProblems(cell, p, problemsOf(p));
      }),
      { numRuns: RUNS >> 2 },
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
    ["人/次", "人次", "count", null], ["人·次", "人次", "count", null], ["万/年", "万/年", "unit-cost", 1e4],
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
        const bad: string[] = [];
        if (p.kind !== (cls === "time" ? "duration" : "quantity")) bad.push("kind");
        if (p.operator !== (prefix ? g.op![1] : suffix ? g.suffix![1] : null)) bad.push("operator");
        if (p.number === null || Math.abs(p.number - number) > 1e-9 * Math.max(1, number)) bad.push("number");
        if (p.normalizedUnit !== norm || p.unitClass !== cls || p.unit !== g.unit[0]) bad.push("unit");
        if (p.mixed || p.extraText !== "") bad.push("mixed");
        // amountYuan is rounded to cents; allow for double precision at large amounts.
        if (mult === null ? p.amountYuan !== null : Math.abs(p.amountYuan! - number * mult) > 0.005 + 1e-12 * number * mult) bad.push("amountYuan");
        assertNoProblems(text, p, bad);
      }),
      { numRuns: Math.round(RUNS / 3) },
    );
  });

  it(`free-text helpers never throw and return finite numbers (${Math.round(RUNS / 6)} runs)`, () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        for (const n of extractNumbers(cell)) {
          if (!Number.isFinite(n.number) || !(n.amountYuan === null || Number.isFinite(n.amountYuan)) || n.index < 0) {
            throw new Error(`${JSON.stringify(String(cell))} → ${JSON.stringify(n)}`);
          }
        }
        const v = toNumber(cell);
        if (!(v === null || Number.isFinite(v))) throw new Error(`toNumber(${String(cell)}) = ${v}`);
      }),
      { numRuns: Math.round(RUNS / 6) },
    );
  });
});
