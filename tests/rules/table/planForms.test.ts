/**
 * Spending plans as other forms print them: by periods (第一季度 … 第四季度, 上半年 | 下半年), where per-period values are
 * what the form asks; and written in one cell (“3月底25%，6月底50%，10月底80%，12月底100%”), read as its points with no
 * suggestion (a value for one point is no value for the cell).
 */
import { readTables } from "../../../src/engine/reader";
import { checkTable } from "../../../src/engine/check";
import type { CellValue } from "../../../src/engine/types";

const spend = (plan: CellValue[][]) => {
  const cells: CellValue[][] = [
    ["项目名称", "2024年培训经费"],
    ["预算数（万元）", "10"],
    ...plan,
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "培训人次", "≥200人次"],
  ];
  return checkTable(readTables({ sheet: "S", cells })[0], { year: 2024 }).filter((f) => f.code.startsWith("SPEND"));
};

describe("plans printed by periods", () => {
  test("第一季度 … 第四季度 with 25% each: per-quarter values are what the form asks, no SPEND_INCREMENTS", () => {
    expect(spend([["资金支出计划（%）", "第一季度", "第二季度", "第三季度", "第四季度"], ["", "25%", "25%", "25%", "25%"]])).toEqual([]);
  });

  test("3月底 … 12月底 with 25% each is still per-period values under cumulative points", () => {
    const fs = spend([["资金支出计划（%）", "3月底", "6月底", "10月底", "12月底"], ["", "25%", "25%", "25%", "25%"]]);
    expect(fs.map((f) => f.code)).toContain("SPEND_INCREMENTS");
  });

  test("上半年 50% → 下半年 100% is no back-loading (July may take it); 10月底 40% → 12月底 100% is", () => {
    expect(spend([["资金支出计划（%）", "上半年", "下半年"], ["", "50%", "100%"]])).toEqual([]);
    const late = spend([["资金支出计划（%）", "3月底", "6月底", "10月底", "12月底"], ["", "10%", "20%", "40%", "100%"]]);
    expect(late.map((f) => f.code)).toContain("SPEND_BACKLOADED");
  });
});

describe("a plan written in one cell", () => {
  test("read as its points: a clean plan has no finding", () => {
    expect(spend([["资金支出计划", "3月底25%，6月底50%，10月底80%，12月底100%"]])).toEqual([]);
  });

  test("a defect in it is reported at that cell, without a suggestion", () => {
    const fs = spend([["资金支出计划", "3月底25%，6月底50%，10月底80%，12月底90%"]]);
    expect(fs.map((f) => [f.code, f.cell, f.suggestion])).toEqual([["SPEND_NOT_100", "B3", undefined]]);
  });
});

describe("a plan written down a column (资金支出计划 | 3月底 | 20 over the rows below)", () => {
  const rows = (label: (i: number) => string, gap: boolean) =>
    [["3月底", "20"], ["6月底", "50"], ["10月底", "80"], ["12月底", "90"]].map(([m, v], i): CellValue[] => (gap ? [label(i), m, "", v] : [label(i), m, v]));

  test("the label blank below it, repeated on each row (a host that fills merges), or a blank column before the values: the same plan", () => {
    for (const [label, gap] of [[(i: number) => (i ? "" : "资金支出计划（%）"), false], [() => "资金支出计划（%）", false], [(i: number) => (i ? "" : "资金支出计划（%）"), true]] as const) {
      expect(spend(rows(label, gap)).map((f) => [f.code, f.cell])).toEqual([["SPEND_NOT_100", gap ? "D6" : "C6"]]);
    }
  });

  test("each value merged over two cells and written out into both (3月底 | 20 | 20): the same plan", () => {
    const written = rows(() => "资金支出计划（%）", false).map((r) => [...r, r[2]]);
    expect(spend(written).map((f) => [f.code, f.cell])).toEqual([["SPEND_NOT_100", "C6"]]);
  });
});
