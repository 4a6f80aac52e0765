/**
 * The spending-plan engine on every plan found in the seeds (research §5), plus labels and fuzzing.
 * Quoted plans: 000 #1 10%/25%/50%/100%; 000 #2 blank/10%/60%/100%; 000 #3, #10, 004 #5–7 blank×3/100%;
 * 000 #4 blank/20%/20%/100%; 001 #1 0.16/0.33/0.50 (no 12月底); 001 #2 0.33/0.66/0.99/0.34 (预算 1.33万);
 * 001 #3 0.55/1.10/1.65/2.20 (预算 2.20万); 004 #9 25%×4; 000 #5 and 004 #1–4, #8 25/50/75/100.
 */
import fc from "fast-check";
import { analyzeSpendPlan, isLumpSum, monthOfLabel, type SpendFinding } from "../../src/engine/spend";
import { BUILTIN_PROFILES, DEFAULT_PROFILE, loadProfile } from "../../src/engine/profiles";
import { fuzzRuns } from "../helpers/fuzz";

const Q = ["3月底", "6月底", "10月底", "12月底"];
const profile = DEFAULT_PROFILE;

function codes(fs: SpendFinding[]): string[] {
  return fs.map((f) => f.code).sort();
}
function only(fs: SpendFinding[], code: string): SpendFinding[] {
  return fs.filter((f) => f.code === code);
}

describe("percentages with words around them", () => {
  test("累计10% / 支出40% / 80%（累计） are the cumulative percentages they say; prose is still text", () => {
    const a = analyzeSpendPlan({ values: ["累计10%", "支出40%", "80%（累计）", "累计100%"], labels: Q, profile });
    expect(a.reading).toBe("percent");
    expect(a.curve).toEqual([10, 40, 80, 100]);
    expect(codes(a.findings)).toEqual([]);
    const prose = analyzeSpendPlan({ values: ["10%", "40%", "80%", "按进度支付100%"], labels: Q, profile });
    expect(codes(prose.findings)).toContain("SPEND_NOT_PERCENT");
  });
});

describe("seed plans", () => {
  test("000 #5 25%/50%/75%/100% is clean", () => {
    const a = analyzeSpendPlan({ values: ["25%", "50%", "75%", "100%"], labels: Q, profile });
    expect(a.reading).toBe("percent");
    expect(a.curve).toEqual([25, 50, 75, 100]);
    expect(a.findings).toEqual([]);
  });

  test("000 #1 10%/25%/50%/100%: behind pace at 6月底 and 10月底, 50 points back-loaded", () => {
    const a = analyzeSpendPlan({ values: ["10%", "25%", "50%", "100%"], labels: Q, profile });
    expect(a.reading).toBe("percent");
    expect(a.curve).toEqual([10, 25, 50, 100]);
    const pace = only(a.findings, "SPEND_BEHIND_PACE");
    // 3月底 is not checked (profile.spend.paceFromMonth = 6)
    expect(pace.map((f) => [f.index, f.suggestion])).toEqual([
      [1, "50%"],
      [2, "83%"],
    ]);
    expect(pace[0].message).toContain("序时进度 50%");
    expect(only(a.findings, "SPEND_BACKLOADED")).toEqual([expect.objectContaining({ index: 3 })]);
    expect(only(a.findings, "SPEND_BACKLOADED")[0].severity).toBeUndefined();
    expect(codes(a.findings)).toEqual(["SPEND_BACKLOADED", "SPEND_BEHIND_PACE", "SPEND_BEHIND_PACE"]);
  });

  test("000 #2 blank/10%/60%/100%: blank 3月底 read as 0% with a warning, behind pace twice", () => {
    const a = analyzeSpendPlan({ values: [" ", "10%", "60%", "100%"], labels: Q, profile });
    expect(a.curve).toEqual([0, 10, 60, 100]);
    expect(only(a.findings, "SPEND_MISSING_POINT")).toEqual([
      expect.objectContaining({ index: 0, severity: "warning", suggestion: "0%" }),
    ]);
    expect(only(a.findings, "SPEND_BEHIND_PACE").map((f) => f.index)).toEqual([1, 2]);
    expect(only(a.findings, "SPEND_BACKLOADED")).toEqual([]); // 40 points < 50
  });

  test("000 #3 blank×3/100%: one back-loading warning, no per-cell noise", () => {
    const a = analyzeSpendPlan({ values: [" ", " ", " ", "100%"], labels: Q, profile });
    expect(a.curve).toEqual([0, 0, 0, 100]);
    expect(a.findings).toEqual([expect.objectContaining({ code: "SPEND_BACKLOADED", index: 3, severity: "warning" })]);
  });

  test("000 #4 blank/20%/20%/100%: 80 points in the last two months → info", () => {
    const a = analyzeSpendPlan({ values: [" ", "20%", "20%", "100%"], labels: Q, profile });
    const back = only(a.findings, "SPEND_BACKLOADED");
    expect(back).toHaveLength(1);
    expect(back[0].severity).toBeUndefined();
    expect(back[0].message).toContain("80%");
    // 6月底 20% cannot be raised to 50% without exceeding 10月底 20%: no suggestion there
    const pace = only(a.findings, "SPEND_BEHIND_PACE");
    expect(pace.map((f) => [f.index, f.suggestion])).toEqual([
      [1, undefined],
      [2, "83%"],
    ]);
  });

  test("001 #1 0.16/0.33/0.50 with no 12月底: fractions and a missing year-end point", () => {
    const a = analyzeSpendPlan({ values: ["0.16", "0.33", "0.50"], labels: ["3月底", "6月底", "10月底"], budgetYuan: 6700, profile });
    expect(a.reading).toBe("fraction");
    expect(a.curve).toEqual([16, 33, 50]);
    const np = only(a.findings, "SPEND_NOT_PERCENT");
    expect(np).toEqual([expect.objectContaining({ index: 0, suggestion: "16%,33%,50%" })]);
    expect(only(a.findings, "SPEND_MISSING_POINT")).toEqual([expect.objectContaining({ index: null, suggestion: "100%" })]);
    // 16+33+50 = 99 is a coincidence: a rising row is cumulative, not increments
    expect(only(a.findings, "SPEND_INCREMENTS")).toEqual([]);
    expect(codes(a.findings)).toEqual(["SPEND_MISSING_POINT", "SPEND_NOT_PERCENT"]);
  });

  test("001 #2 0.33/0.66/0.99/0.34 with 预算数 1.33万: amounts with a final increment, decreasing", () => {
    const a = analyzeSpendPlan({ values: ["0.33", "0.66", "0.99", "0.34"], labels: Q, budgetYuan: 13300, unit: "万元", profile });
    expect(a.reading).toBe("amount");
    expect(a.curve!.map((v) => Math.round(v * 10) / 10)).toEqual([24.8, 49.6, 74.4, 100]);
    expect(only(a.findings, "SPEND_NOT_PERCENT")).toEqual([expect.objectContaining({ index: 0, suggestion: "24.8%,49.6%,74.4%,100%" })]);
    const mono = only(a.findings, "SPEND_NOT_MONOTONIC");
    expect(mono).toEqual([expect.objectContaining({ index: 3, suggestion: "100%" })]);
    expect(mono[0].message).toContain("0.99+0.34");
    // the year-end cell already carries the fix "100%": SPEND_NOT_100 is not repeated
    expect(only(a.findings, "SPEND_NOT_100")).toEqual([]);
  });

  test("001 #2 without the budget: fractions, decreasing and not 100%", () => {
    const a = analyzeSpendPlan({ values: ["0.33", "0.66", "0.99", "0.34"], labels: Q, profile });
    expect(a.reading).toBe("fraction");
    expect(codes(a.findings)).toEqual(["SPEND_NOT_100", "SPEND_NOT_MONOTONIC", "SPEND_NOT_PERCENT"]);
    expect(only(a.findings, "SPEND_NOT_100")[0]).toEqual(expect.objectContaining({ index: 3, suggestion: "100%" }));
  });

  test("001 #3 0.55/1.10/1.65/2.20 with 预算数 2.20万: amounts → 25/50/75/100", () => {
    const a = analyzeSpendPlan({ values: ["0.55", "1.10", "1.65", "2.20"], labels: Q, budgetYuan: 22000, unit: "万元", profile });
    expect(a.reading).toBe("amount");
    expect(a.curve).toEqual([25, 50, 75, 100]);
    expect(a.findings).toEqual([expect.objectContaining({ code: "SPEND_NOT_PERCENT", index: 0, suggestion: "25%,50%,75%,100%" })]);
    expect(a.findings[0].message).toContain("金额");
  });

  test("001 #3 plan typed as numbers (Excel gives numbers, not text)", () => {
    const a = analyzeSpendPlan({ values: [0.55, 1.1, 1.65, 2.2], labels: Q, budgetYuan: 22000, profile });
    expect(a.reading).toBe("amount");
    expect(a.curve).toEqual([25, 50, 75, 100]);
  });

  test("amounts in a 元 table compare with 预算数 in 元", () => {
    const a = analyzeSpendPlan({ values: [5500, 11000, 16500, 22000], labels: Q, budgetYuan: 22000, unit: "元", profile });
    expect(a.reading).toBe("amount");
    expect(a.curve).toEqual([25, 50, 75, 100]);
  });

  test("004 #9 25%×4: increments, suggestion cumulative", () => {
    const a = analyzeSpendPlan({ values: ["25%", "25%", "25%", "25%"], labels: Q, profile });
    expect(a.reading).toBe("increments");
    expect(a.curve).toEqual([25, 50, 75, 100]);
    expect(a.findings).toEqual([expect.objectContaining({ code: "SPEND_INCREMENTS", index: 3, suggestion: "25%,50%,75%,100%" })]);
  });

  test("000 #8 blank/blank/100%/100%: the blank 6月底 gets the pace value as its fix, not 0%", () => {
    const a = analyzeSpendPlan({ values: [" ", " ", "100%", "100%"], labels: Q, profile });
    expect(only(a.findings, "SPEND_MISSING_POINT").map((f) => [f.index, f.suggestion])).toEqual([
      [0, "0%"],
      [1, undefined],
    ]);
    expect(only(a.findings, "SPEND_BEHIND_PACE")).toEqual([expect.objectContaining({ index: 1, suggestion: "50%" })]);
  });

  test("000 #7 blank/86%/86%/100%: flat but valid", () => {
    const a = analyzeSpendPlan({ values: [" ", "86%", "86%", "100%"], labels: Q, profile });
    expect(codes(a.findings)).toEqual(["SPEND_MISSING_POINT"]);
    expect(a.findings[0].severity).toBe("warning");
  });
});

describe("other plans", () => {
  test("percent-formatted cells (Excel passes 25% as 0.25) are percentages when the caller says so", () => {
    const a = analyzeSpendPlan({ values: [0.25, 0.5, 0.75, 1], profile, percentFormatted: true });
    expect(a.reading).toBe("percent");
    expect(a.curve).toEqual([25, 50, 75, 100]);
    expect(a.findings).toEqual([]);
    const b = analyzeSpendPlan({ values: [0.25, 0.5, 0.75, 1], profile });
    expect(b.reading).toBe("fraction");
    expect(codes(b.findings)).toEqual(["SPEND_NOT_PERCENT"]);
  });

  test("without labels the profile's checkpoints give the months", () => {
    const a = analyzeSpendPlan({ values: ["10%", "25%", "50%", "100%"], profile });
    expect(a.points.map((p) => p.month)).toEqual([3, 6, 10, 12]);
    const short = analyzeSpendPlan({ values: ["20%", "50%", "80%"], profile });
    expect(only(short.findings, "SPEND_MISSING_POINT")).toHaveLength(1);
  });

  test("missing year-end value", () => {
    const a = analyzeSpendPlan({ values: ["25%", "50%", "75%", ""], labels: Q, profile });
    expect(only(a.findings, "SPEND_MISSING_POINT")).toEqual([expect.objectContaining({ index: 3, suggestion: "100%" })]);
    expect(only(a.findings, "SPEND_NOT_100")).toEqual([]);
  });

  test("year-end below 100% and a decrease", () => {
    const a = analyzeSpendPlan({ values: ["30%", "60%", "50%", "90%"], labels: Q, profile });
    expect(only(a.findings, "SPEND_NOT_MONOTONIC")).toEqual([expect.objectContaining({ index: 2 })]);
    expect(only(a.findings, "SPEND_NOT_MONOTONIC")[0].suggestion).toBeUndefined();
    expect(only(a.findings, "SPEND_NOT_100")).toEqual([expect.objectContaining({ index: 3, suggestion: "100%" })]);
  });

  test("all blank", () => {
    const a = analyzeSpendPlan({ values: ["", null, undefined, " "], labels: Q, profile });
    expect(a.reading).toBe("empty");
    expect(a.curve).toBeNull();
    expect(a.findings).toEqual([expect.objectContaining({ code: "SPEND_MISSING_POINT", index: 3 })]);
  });

  test("unreadable text is reported and the rest still checked", () => {
    const a = analyzeSpendPlan({ values: ["按进度", "50%", "80%", "100%"], labels: Q, profile });
    expect(only(a.findings, "SPEND_NOT_PERCENT")).toEqual([expect.objectContaining({ index: 0 })]);
    expect(a.curve).toEqual([0, 50, 80, 100]);
  });

  test("full-width percent signs and digits", () => {
    const a = analyzeSpendPlan({ values: ["２５％", "５０％", "７５％", "１００％"], labels: Q, profile });
    expect(a.reading).toBe("percent");
    expect(a.findings).toEqual([]);
  });

  test("profile thresholds change the findings (paceTolerance, backloadShare)", () => {
    const strict = loadProfile({ spend: { paceTolerance: 0, backloadShare: 90, paceFromMonth: 3 } });
    if (!strict.ok) throw new Error(strict.error);
    const a = analyzeSpendPlan({ values: ["20%", "50%", "80%", "100%"], labels: Q, profile: strict.profile });
    expect(only(a.findings, "SPEND_BEHIND_PACE").map((f) => f.index)).toEqual([0, 2]);
    expect(only(analyzeSpendPlan({ values: ["20%", "50%", "80%", "100%"], labels: Q, profile }).findings, "SPEND_BEHIND_PACE")).toEqual([]);
  });

  test("lumpSum lowers pace and all-blank back-loading to info", () => {
    const a = analyzeSpendPlan({ values: [" ", " ", " ", "100%"], labels: Q, profile, lumpSum: true });
    expect(a.findings).toEqual([expect.objectContaining({ code: "SPEND_BACKLOADED", severity: "info" })]);
    const b = analyzeSpendPlan({ values: ["10%", "25%", "50%", "100%"], labels: Q, profile, lumpSum: true });
    expect(only(b.findings, "SPEND_BEHIND_PACE").map((f) => f.severity)).toEqual(["info", "info"]);
    expect(isLumpSum("购置办公设备", profile)).toBe(true);
    expect(isLumpSum("2024年市级出口信用保险专项资金", profile)).toBe(false);
    expect(isLumpSum(null, profile)).toBe(false);
  });

  test("every built-in profile accepts a clean plan", () => {
    for (const p of Object.values(BUILTIN_PROFILES)) {
      expect(analyzeSpendPlan({ values: ["30%", "60%", "90%", "100%"], labels: Q, profile: p }).findings).toEqual([]);
    }
  });
});

describe("month labels", () => {
  test.each([
    ["3月底", 3],
    ["6月末", 6],
    ["10 月底", 10],
    ["十二月", 12],
    ["十月底", 10],
    ["第三季度", 9],
    ["一季度末", 3],
    ["Q4", 12],
    ["上半年", 6],
    ["年底", 12],
    ["全年", 12],
    ["合计", null],
    ["", null],
  ])("%s → %s", (label, month) => {
    expect(monthOfLabel(label)).toBe(month);
  });

  test("quarter labels drive the checks", () => {
    const a = analyzeSpendPlan({ values: ["20%", "40%", "60%", "100%"], labels: ["第一季度", "第二季度", "第三季度", "第四季度"], profile });
    expect(a.points.map((p) => p.month)).toEqual([3, 6, 9, 12]);
    expect(only(a.findings, "SPEND_BEHIND_PACE").map((f) => f.index)).toEqual([2]); // 60% < 75% − 10
  });
});

describe("never throws", () => {
  const cell = fc.oneof(
    fc.constant(null),
    fc.constant(undefined),
    fc.string(),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.date(),
    fc.constantFrom("25%", "0.25", "100%", "１００％", "", " ", "-", "2.20", "1e5", "%", "--5%", "NaN"),
  );
  test("arbitrary values, labels, months and budgets", () => {
    fc.assert(
      fc.property(
        fc.array(cell, { maxLength: 14 }),
        fc.option(fc.array(fc.option(fc.string()), { maxLength: 14 })),
        fc.option(fc.array(fc.option(fc.integer({ min: -5, max: 20 })), { maxLength: 14 })),
        fc.option(fc.double()),
        fc.constantFrom("万元", "元", undefined),
        fc.boolean(),
        (values, labels, months, budgetYuan, unit, percentFormatted) => {
          const a = analyzeSpendPlan({ values: values as never, labels, months, budgetYuan, unit: unit as never, profile, percentFormatted });
          expect(["percent", "fraction", "amount", "increments", "empty"]).toContain(a.reading);
          expect(a.points).toHaveLength(values.length);
          if (a.curve) {
            expect(a.curve).toHaveLength(values.length);
            for (const v of a.curve) expect(Number.isFinite(v)).toBe(true);
          }
          for (const f of a.findings) {
            expect(typeof f.message).toBe("string");
            expect(f.message.length).toBeGreaterThan(0);
            expect(f.index === null || (f.index >= 0 && f.index < values.length)).toBe(true);
          }
        },
      ),
      { numRuns: fuzzRuns(500) },
    );
  });

  test("garbage input objects", () => {
    expect(() => analyzeSpendPlan({ values: null as never, profile })).not.toThrow();
    expect(() => analyzeSpendPlan({ values: [1, 2], profile: {} as never })).not.toThrow();
  });
});
