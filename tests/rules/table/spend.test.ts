/**
 * SPEND_* table rules: the spending-plan engine run on ctx.table.plan, findings pointing at the plan's
 * value cells (B7..E7 in the builder's layout) or, for a missing 12月底 column, the 资金支出计划 label (A6).
 */
import { run, brief } from "./run";
import { cfd5, cfd8, cfd9, ts1, ts2, ts3, ts4, ts5, ts7, zd1, zd2, zd3 } from "./seedTables";
import { buildTable, planCell } from "../../helpers/tableBuilder";
import { buildContext } from "../../../src/engine/check";
import { planAnalysis } from "../../../src/engine/rules/shared/planAnalysis";
import { getBuiltinProfile } from "../../../src/engine/profiles";

describe("SPEND_NOT_PERCENT", () => {
  test("001 #3 0.55/1.10/1.65/2.20 (= 预算数 2.20万) → one error per cell with its percentage", () => {
    const fs = run(zd3, "SPEND_NOT_PERCENT");
    expect(brief(fs)).toEqual(
      ["25%", "50%", "75%", "100%"].map((s, i) => ({ code: "SPEND_NOT_PERCENT", cell: planCell(i), severity: "error", suggestion: s })),
    );
    expect(fs[0].message).toContain("金额");
  });

  test("001 #1 0.16/0.33/0.50 → fractions", () => {
    const fs = run(zd1, "SPEND_NOT_PERCENT");
    expect(fs.map((f) => [f.cell, f.suggestion])).toEqual([
      ["B7", "16%"],
      ["C7", "33%"],
      ["D7", "50%"],
    ]);
    expect(fs[0].message).toContain("小数");
  });

  test("a percentage plan passes (000 #5 25%/50%/75%/100%)", () => {
    expect(run(ts5, "SPEND_NOT_PERCENT")).toEqual([]);
  });
});

describe("SPEND_MISSING_POINT", () => {
  test("001 #1 has no 12月底 column → error at the 资金支出计划 label, no suggestion written into a label", () => {
    const fs = run(zd1, "SPEND_MISSING_POINT");
    expect(brief(fs)).toEqual([{ code: "SPEND_MISSING_POINT", cell: "A6", severity: "error", suggestion: undefined }]);
    expect(fs[0].message).toContain("12月底");
  });

  test("000 #2 blank 3月底 → warning, suggestion 0%", () => {
    expect(brief(run(ts2, "SPEND_MISSING_POINT"))).toEqual([{ code: "SPEND_MISSING_POINT", cell: "B7", severity: "warning", suggestion: "0%" }]);
  });

  test("blank 12月底 → error, suggestion 100%", () => {
    const spec = { ...ts5, plan: { labels: ts5.plan!.labels, values: ["25%", "50%", "75%", ""] } };
    expect(brief(run(spec, "SPEND_MISSING_POINT"))).toEqual([{ code: "SPEND_MISSING_POINT", cell: "E7", severity: "error", suggestion: "100%" }]);
  });

  test("000 #5 passes; 000 #3 blank×3/100% is reported once by SPEND_BACKLOADED instead", () => {
    expect(run(ts5, "SPEND_MISSING_POINT")).toEqual([]);
    expect(run(ts3, "SPEND_MISSING_POINT")).toEqual([]);
  });
});

describe("SPEND_NOT_MONOTONIC", () => {
  test("001 #2 0.33/0.66/0.99/0.34 (预算 1.33万) → error at 12月底, suggestion 100%", () => {
    const fs = run(zd2, "SPEND_NOT_MONOTONIC");
    expect(brief(fs)).toEqual([{ code: "SPEND_NOT_MONOTONIC", cell: "E7", severity: "error", suggestion: "100%" }]);
  });

  test("000 #7 blank/86%/86%/100% is flat, not decreasing → passes", () => {
    expect(run(ts7, "SPEND_NOT_MONOTONIC")).toEqual([]);
  });
});

describe("SPEND_INCREMENTS", () => {
  test("004 #9 25%/25%/25%/25% → errors on the cells that change, with the cumulative values", () => {
    const fs = run(cfd9, "SPEND_INCREMENTS");
    expect(brief(fs)).toEqual([
      { code: "SPEND_INCREMENTS", cell: "C7", severity: "error", suggestion: "50%" },
      { code: "SPEND_INCREMENTS", cell: "D7", severity: "error", suggestion: "75%" },
      { code: "SPEND_INCREMENTS", cell: "E7", severity: "error", suggestion: "100%" },
    ]);
    expect(fs[0].message).toContain("25%、50%、75%、100%");
  });

  test("004 #8 25/50/75/100 passes", () => {
    expect(run(cfd8, "SPEND_INCREMENTS")).toEqual([]);
  });
});

describe("SPEND_NOT_100", () => {
  test("001 #2 with its 预算数 cell blank: 0.33…0.34 read as fractions end at 34% → error at E7", () => {
    expect(brief(run({ ...zd2, budget: "", fiscal: "" }, "SPEND_NOT_100"))).toEqual([
      { code: "SPEND_NOT_100", cell: "E7", severity: "error", suggestion: "100%" },
    ]);
  });

  test("000 #1 ends at 100% → passes; 004 #9 (increments) is reported as SPEND_INCREMENTS only", () => {
    expect(run(ts1, "SPEND_NOT_100")).toEqual([]);
    expect(run(cfd9, "SPEND_NOT_100")).toEqual([]);
  });
});

describe("SPEND_BEHIND_PACE", () => {
  test("000 #1 10%/25%/50%/100% → warnings at 6月底 (C7) and 10月底 (D7)", () => {
    const fs = run(ts1, "SPEND_BEHIND_PACE");
    expect(brief(fs)).toEqual([
      { code: "SPEND_BEHIND_PACE", cell: "C7", severity: "warning", suggestion: "50%" },
      { code: "SPEND_BEHIND_PACE", cell: "D7", severity: "warning", suggestion: "83%" },
    ]);
  });

  test("a lump-sum project behind pace is info, not warning (000 #1's plan under an award project's name)", () => {
    const fs = run({ ...ts1, name: "2025年吸引外商投资奖励资金" }, "SPEND_BEHIND_PACE");
    expect(fs.map((f) => [f.cell, f.severity])).toEqual([
      ["C7", "info"],
      ["D7", "info"],
    ]);
  });

  test("004 #8 25%/50%/75%/100% keeps pace (75% ≥ 83.3% − 10) → passes", () => {
    expect(run(cfd8, "SPEND_BEHIND_PACE")).toEqual([]);
  });
});

describe("SPEND_BACKLOADED", () => {
  test("000 #4 blank/20%/20%/100% → info at 12月底", () => {
    expect(brief(run(ts4, "SPEND_BACKLOADED"))).toEqual([{ code: "SPEND_BACKLOADED", cell: "E7", severity: "info", suggestion: undefined }]);
  });

  test("000 #3 and 004 #5 blank×3/100% → warning (no interim schedule)", () => {
    for (const spec of [ts3, cfd5]) {
      expect(brief(run(spec, "SPEND_BACKLOADED"))).toEqual([{ code: "SPEND_BACKLOADED", cell: "E7", severity: "warning", suggestion: undefined }]);
    }
  });

  test("000 #5 25/50/75/100 → passes", () => {
    expect(run(ts5, "SPEND_BACKLOADED")).toEqual([]);
  });

  test("lump-sum projects (profile.spend.lumpSumKeywords in the name): 000 #10 购置办公设备 blank×3/100% → info", () => {
    const ts10 = { ...ts3, name: "购置办公设备", title: "10.购置办公设备绩效目标表", budget: "0.70", fiscal: "0.70" };
    expect(brief(run(ts10, "SPEND_BACKLOADED"))).toEqual([{ code: "SPEND_BACKLOADED", cell: "E7", severity: "info", suggestion: undefined }]);
    // 004 #6 2024年吸引外商投资奖励资金: blank×3/100% as well
    expect(run({ ...cfd5, name: "2024年吸引外商投资奖励资金" }, "SPEND_BACKLOADED")[0].severity).toBe("info");
  });

  test("profile severity overrides apply (SPEND_BACKLOADED off)", () => {
    const p = { ...getBuiltinProfile("classic")!, severity: { SPEND_BACKLOADED: "off" as const } };
    expect(run(ts4, "SPEND_BACKLOADED", p)).toEqual([]);
  });
});

test("the plan is analysed once per check (memoised on the context, not kept with the table)", () => {
  const table = buildTable(ts1);
  const ctx = buildContext(table);
  const a = planAnalysis(ctx);
  expect(a).not.toBeNull();
  expect(planAnalysis(ctx)).toBe(a);
  // A new check (another profile, or the same one again) analyses afresh: nothing is cached on the table.
  expect(planAnalysis(buildContext(table))).not.toBe(a);
  expect(planAnalysis(buildContext(table))).toEqual(a);
  expect(planAnalysis(buildContext(table, { profile: getBuiltinProfile("hebei")! }))).not.toBe(a);
  expect(planAnalysis(buildContext(buildTable({ ...ts1, plan: null })))).toBeNull();
});
