/**
 * MIDTERM_FUNDS_BELOW_ANNUAL: the central form's 中期资金总额 beside 年度资金总额 (rows of corpus 190 太和 and 068 六安).
 */
import { readTables } from "../../../src/engine/reader";
import { checkTable } from "../../../src/engine/check";
import type { CellValue } from "../../../src/engine/types";

type Rows = CellValue[][];
const funds = (period: string, year: string): Rows => [
  ["项目支出绩效目标申报表 ( 2023 年度)"],
  ["项目名称", "城管执法车辆维修燃油费"],
  ["项目资金 (万元)", "中期资金总额:", period, "年度资金总额:", year],
  [null, "其中:财政拨款", period, "其中:财政拨款", year],
  [null, "其他资金", "0.00", "其他资金", "0.00"],
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "数量指标", "完成修理养护的车辆数", "≥90辆"],
];
const find = (cells: Rows) => checkTable(readTables({ sheet: "S", cells })[0]).filter((f) => f.code === "MIDTERM_FUNDS_BELOW_ANNUAL");

describe("MIDTERM_FUNDS_BELOW_ANNUAL", () => {
  test("190: 中期 170.00 under 年度 340.00 → one warning at the 中期 amount, both amounts in 万元", () => {
    const fs = find(funds("170.00", "340.00"));
    expect(fs.map((f) => [f.cell, f.severity, f.row])).toEqual([["C3", "warning", null]]);
    expect(fs[0].message).toContain("中期资金总额 170万元 小于年度资金总额 340万元");
  });

  test("068: a three-year project's 中期 68.50 over its 年度 51.35 passes; equal amounts (a one-year project) pass", () => {
    expect(find(funds("68.50", "51.35"))).toEqual([]);
    expect(find(funds("340.00", "340.00"))).toEqual([]);
  });

  test("a blank or unreadable 中期 amount is not judged, and the budget is still the 年度 one", () => {
    expect(find(funds("", "340.00"))).toEqual([]);
    expect(find(funds("****", "340.00"))).toEqual([]);
    const [t] = readTables({ sheet: "S", cells: funds("170.00", "340.00") });
    expect([t.header.budget?.text, t.header.periodBudget?.text]).toEqual(["340.00", "170.00"]);
  });
});
