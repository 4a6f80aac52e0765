/**
 * MISSING_CATEGORY, HEADER_MISSING_FIELD, BUDGET_SUM_MISMATCH, GOAL_PLACEHOLDER, YEAR_MISMATCH on
 * transcribed seed tables. Where no seed fails a rule (every seed has all six categories, a filled
 * header and consistent fund totals), the failing case is a seed table with ONE cell changed, named so.
 */
import { run, brief, profileNamed } from "./run";
import { cd, cfd5, cfd8, cfd9, tj1, ts1, ts3, ts5, zd1 } from "./seedTables";
import { buildTable, type TableSpec } from "../../helpers/tableBuilder";
import { checkTable } from "../../../src/engine/check";
import { TABLE_RULES } from "../../../src/engine/rules";

describe("MISSING_CATEGORY", () => {
  test("000 #3 with its 时效 row removed → warning at the indicator header cell", () => {
    const spec: TableSpec = { ...ts3, rows: ts3.rows.filter((r) => r[1] !== "时效指标") };
    const fs = run(spec, "MISSING_CATEGORY");
    expect(brief(fs)).toEqual([{ code: "MISSING_CATEGORY", cell: "A9", severity: "warning", suggestion: undefined }]);
    expect(fs[0].message).toContain("时效");
    expect(fs[0].row).toBeNull();
  });

  test("000 #3, 002 #1, 004 #9 and the 成都 table (数量 in the 一级 column) have every category", () => {
    for (const spec of [ts3, tj1, cfd9]) expect(run(spec, "MISSING_CATEGORY")).toEqual([]);
    // 成都 has no 时效/数量 rows missing either: its 数量指标 sits in the 一级 column
    expect(run(cd, "MISSING_CATEGORY")).toEqual([]);
  });

  test("requiredCategories come from the profile", () => {
    const spec: TableSpec = { ...ts3, rows: ts3.rows.filter((r) => r[1] !== "时效指标") };
    const p = { ...profileNamed("classic"), requiredCategories: ["数量", "满意度"] as ("数量" | "满意度")[] };
    expect(run(spec, "MISSING_CATEGORY", p)).toEqual([]);
  });

  test("central-2021 tables with 成本指标 as 一级 count as having 成本", () => {
    const rows = ts1.rows.map((r) => (r[1] === "成本指标" ? ["成本指标", "经济成本指标", ...r.slice(2)] : r));
    expect(run({ ...ts1, rows }, "MISSING_CATEGORY", profileNamed("central-2021"))).toEqual([]);
  });
});

describe("HEADER_MISSING_FIELD", () => {
  test("000 #1 with 绩效目标 emptied → error at B8", () => {
    const fs = run({ ...ts1, goal: " " }, "HEADER_MISSING_FIELD");
    expect(brief(fs)).toEqual([{ code: "HEADER_MISSING_FIELD", cell: "B8", severity: "error", suggestion: undefined }]);
    expect(fs[0].message).toContain("绩效目标");
  });

  test("000 #1 with 项目编码 emptied → error at B3", () => {
    const fs = run({ ...ts1, code: "" }, "HEADER_MISSING_FIELD");
    expect(brief(fs)).toEqual([{ code: "HEADER_MISSING_FIELD", cell: "B3", severity: "error", suggestion: undefined }]);
    expect(fs[0].message).toContain("项目编码");
  });

  test("a 河北 table without its spending plan → error", () => {
    const fs = run({ ...ts1, plan: null }, "HEADER_MISSING_FIELD");
    expect(fs.map((f) => f.code)).toEqual(["HEADER_MISSING_FIELD"]);
    expect(fs[0].message).toContain("资金支出计划");
  });

  test("000 #1 (blank 其他资金 is normal) and 002 #1 (天津: no 编码, no plan) pass", () => {
    expect(run(ts1, "HEADER_MISSING_FIELD")).toEqual([]);
    expect(run(tj1, "HEADER_MISSING_FIELD")).toEqual([]);
  });
});

describe("BUDGET_SUM_MISMATCH", () => {
  test("000 #1 with 财政资金 changed to 36.00 → error at 预算数 C4, suggestion 36.00", () => {
    const fs = run({ ...ts1, fiscal: "36.00" }, "BUDGET_SUM_MISMATCH");
    expect(brief(fs)).toEqual([{ code: "BUDGET_SUM_MISMATCH", cell: "C4", severity: "error", suggestion: "36.00" }]);
    expect(fs[0].message).toContain("40万元");
  });

  test("other funds count: 30.00 + 10.00 = 40.00 passes, 30.00 + 5.00 does not", () => {
    expect(run({ ...ts1, fiscal: "30.00", other: "10.00" }, "BUDGET_SUM_MISMATCH")).toEqual([]);
    expect(run({ ...ts1, fiscal: "30.00", other: "5.00" }, "BUDGET_SUM_MISMATCH")[0].suggestion).toBe("35.00");
  });

  test("every seed total is consistent (incl. 成都 2,550.87 = 2,550.87 + 0.00)", () => {
    for (const spec of [ts1, tj1, cfd9, cd]) expect(run(spec, "BUDGET_SUM_MISMATCH")).toEqual([]);
  });
});

describe("GOAL_PLACEHOLDER", () => {
  test("001 #1 “1.目标内容 1” → error at B8", () => {
    const fs = run(zd1, "GOAL_PLACEHOLDER");
    expect(brief(fs)).toEqual([{ code: "GOAL_PLACEHOLDER", cell: "B8", severity: "error", suggestion: undefined }]);
    expect(fs[0].message).toContain("模板占位");
  });

  test("000 #5 “做好其他专项支出,保障单位业务开展” and 004 #9 “2025年12月份圆满完成年度工作计划” → warning", () => {
    for (const spec of [ts5, cfd9, ts1]) {
      const fs = run(spec, "GOAL_PLACEHOLDER");
      expect(brief(fs)).toEqual([{ code: "GOAL_PLACEHOLDER", cell: "B8", severity: "warning", suggestion: undefined }]);
      expect(fs[0].message).toContain("通用套话");
    }
  });

  test("project-specific goals pass (002 #1 names 12 recipients; 004 #5, 004 #8)", () => {
    for (const spec of [tj1, cfd5, cfd8]) expect(run(spec, "GOAL_PLACEHOLDER")).toEqual([]);
  });
});

describe("YEAR_MISMATCH", () => {
  test("004 #5: a 2024 project (…24P…) in the 2025 document with “12月31日前” → warning at the name", () => {
    const fs = run(cfd5, "YEAR_MISMATCH");
    expect(brief(fs)).toEqual([{ code: "YEAR_MISMATCH", cell: "E3", severity: "warning", suggestion: undefined }]);
    expect(fs[0].message).toContain("2024");
    expect(fs[0].message).toContain("2025");
  });

  test("004 #5 without a document year, checked as budget year 2025 (--year 2025) → warning; inferred year → none", () => {
    const spec = { ...cfd5, documentYear: undefined };
    const fs = checkTable(buildTable(spec), { rules: TABLE_RULES.filter((r) => r.code === "YEAR_MISMATCH"), year: 2025 });
    expect(brief(fs)).toEqual([{ code: "YEAR_MISMATCH", cell: "E3", severity: "warning", suggestion: undefined }]);
    expect(fs[0].message).toContain("预算年度为2025");
    expect(run(spec, "YEAR_MISMATCH")).toEqual([]);
  });

  test("004 #8 with its code's year digits changed to 24 → warning at the code", () => {
    const fs = run({ ...cfd8, code: "13020924P00951510039E" }, "YEAR_MISMATCH");
    expect(brief(fs)).toEqual([{ code: "YEAR_MISMATCH", cell: "B3", severity: "warning", suggestion: undefined }]);
  });

  test("004 #8 (2025 name, 25P code, 2025年12月31日前) and 004 #9 (“2025企业…” without 年) pass", () => {
    expect(run(cfd8, "YEAR_MISMATCH")).toEqual([]);
    expect(run(cfd9, "YEAR_MISMATCH")).toEqual([]);
  });

  test("a carried-over project whose deadlines state the year passes", () => {
    const rows = cfd5.rows.map((r) => (r[1] === "时效指标" ? [...r.slice(0, 4), "2025年12月31日前", r[5]] : r));
    expect(run({ ...cfd5, rows }, "YEAR_MISMATCH")).toEqual([]);
  });
});
