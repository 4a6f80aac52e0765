/**
 * The table-rule registry as a whole: codes from spec §4, every seed through the full rule set
 * (ALL_RULES, incl. the row rules) without a rule crashing, and fuzzed tables.
 */
import fc from "fast-check";
import { checkTable } from "../../../src/engine/check";
import { ALL_RULES } from "../../../src/engine/rules";
import { TABLE_RULES } from "../../../src/engine/rules";
import { BUILTIN_PROFILES } from "../../../src/engine/profiles";
import { buildTable, type TableSpec } from "../../helpers/tableBuilder";
import * as seeds from "./seedTables";
import { fuzzRuns } from "../../helpers/fuzz";

const TABLE_CODES = [
  "MISSING_CATEGORY", "HEADER_MISSING_FIELD", "BUDGET_SUM_MISMATCH", "GOAL_PLACEHOLDER", "YEAR_MISMATCH",
  "COST_NOT_MONEY", "COST_OVER_BUDGET", "COST_COVERAGE_LOW", "COST_RECONCILE", "COST_OVER_STANDARD",
  "COST_RESTATES_BUDGET", "DESC_VALUE_CONFLICT",
  "SPEND_NOT_PERCENT", "SPEND_MISSING_POINT", "SPEND_NOT_MONOTONIC", "SPEND_INCREMENTS", "SPEND_NOT_100",
  "SPEND_BEHIND_PACE", "SPEND_BACKLOADED",
];
/** Codes added for the corpus of published tables (docs/corpus.md): no research item of the spec behind them. */
const CORPUS_CODES = ["WEIGHT_SUM_NOT_100", "HEADER_UNIT_CONFLICT", "MIDTERM_FUNDS_BELOW_ANNUAL"];

const specs = Object.entries(seeds).filter((e): e is [string, TableSpec] => !Array.isArray(e[1]));

test("TABLE_RULES: one rule per code, the 19 table codes of spec §4 and the corpus codes, with research ids and zh-CN titles", () => {
  expect(TABLE_RULES.map((r) => r.code).sort()).toEqual([...TABLE_CODES, ...CORPUS_CODES].sort());
  for (const r of TABLE_RULES) {
    if (!CORPUS_CODES.includes(r.code)) expect(r.research.length).toBeGreaterThan(0);
    expect(r.research.every((id) => /^R-[A-Z]+-\d{3}$/.test(id))).toBe(true);
    expect(r.title).toMatch(/[\u4e00-\u9fff]/);
    expect(["error", "warning", "info"]).toContain(r.severity);
  }
  for (const code of TABLE_CODES) expect(ALL_RULES.filter((r) => r.code === code)).toHaveLength(1);
});

test.each(specs)("seed %s through every rule and every built-in profile: no rule crashes", (_name, spec) => {
  for (const profile of Object.values(BUILTIN_PROFILES)) {
    const fs = checkTable(buildTable(spec), { profile });
    expect(fs.filter((f) => f.code === "INTERNAL_RULE_ERROR")).toEqual([]);
  }
});

test("the real seeds (unchanged) trigger most table codes", () => {
  const seen = new Set<string>();
  for (const [, spec] of specs) {
    for (const profile of Object.values(BUILTIN_PROFILES)) for (const f of checkTable(buildTable(spec), { profile, rules: TABLE_RULES })) seen.add(f.code);
  }
  // No seed has a missing category, an empty header field, a fund-total mismatch, a total cost over
  // budget or a plan ending below 100% without another explanation: those are tested on edited seeds.
  const needEdits = ["MISSING_CATEGORY", "HEADER_MISSING_FIELD", "BUDGET_SUM_MISMATCH", "COST_OVER_BUDGET", "SPEND_NOT_100"];
  expect([...seen].sort()).toEqual(TABLE_CODES.filter((c) => !needEdits.includes(c)).sort());
});

describe("fuzzed tables never make a table rule crash", () => {
  const text = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom("", " ", "≤450元", "≥45人", "100%", "≤1万元", "0.33", "25%", "2025年12月31日前", "≤155.69按计划完成工作", "经费使用情况", "不超158.69万元", "≤500元/人天", "1.目标内容 1"),
  );
  const level2 = fc.constantFrom("数量指标", "质量指标", "时效指标", "成本指标", "社会效益指标", "服务对象满意度指标", "", "经济成本指标");
  const level1 = fc.constantFrom("产出指标", "效益指标", "满意度指标", "成本指标", "", "数量指标");
  test("random headers, plans and rows", () => {
    fc.assert(
      fc.property(
        fc.record({
          code: fc.option(text), name: fc.option(text), budget: fc.option(fc.oneof(text, fc.constantFrom("40.00", "1,262.00", "0"))),
          fiscal: fc.option(text), other: fc.option(text), goal: fc.option(text),
          plan: fc.option(fc.record({ labels: fc.array(fc.oneof(text, fc.constantFrom("3月底", "12月底", "第三季度")), { maxLength: 6 }), values: fc.array(fc.oneof(text, fc.double(), fc.constant(null)), { maxLength: 6 }) })),
          rows: fc.array(fc.tuple(level1, level2, text, text, text, text), { maxLength: 10 }),
          unit: fc.constantFrom("万元" as const, "元" as const),
          documentYear: fc.option(fc.integer({ min: 1990, max: 2100 })),
        }),
        fc.constantFrom(...Object.values(BUILTIN_PROFILES)),
        (r, profile) => {
          const spec: TableSpec = { ...r, documentYear: r.documentYear ?? undefined, rows: r.rows.map((x) => [...x]) };
          const fs = checkTable(buildTable(spec), { profile, rules: TABLE_RULES });
          expect(fs.filter((f) => f.code === "INTERNAL_RULE_ERROR")).toEqual([]);
          for (const f of fs) expect(f.message).toMatch(/[\u4e00-\u9fff]/);
        },
      ),
      { numRuns: fuzzRuns(300) },
    );
  });
});
