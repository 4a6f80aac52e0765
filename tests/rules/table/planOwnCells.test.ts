/**
 * A plan written one point per cell with its label (资金支出计划（%） | 3月底：10% | 6月底：50% | …): each cell is a point;
 * the row below (the goal) is not read as the plan's values.
 */
import type { CellValue } from "../../../src/engine/types";
import { checkGrid } from "../../helpers/gridCheck";

const table = (plan: string[]): CellValue[][] => [
  ["项目名称", "2025年安全生产培训经费", "", "", ""],
  ["预算数（万元）", "12", "", "", ""],
  ["资金支出计划（%）", ...plan],
  ["年度绩效目标", "举办安全生产培训3期，培训300人次", "", "", ""],
  ["一级指标", "二级指标", "三级指标", "指标值", ""],
  ["产出指标", "数量指标", "培训人次", "≥300人次", ""],
];
const spend = (plan: string[]) =>
  checkGrid(table(plan), 2025)
    .filter((f) => f.code.startsWith("SPEND_"))
    .map((f) => [f.code, f.cell, f.suggestion]);

test("3月底：10% | 6月底：50% | 10月底：40% | 12月底：90%: the fall and the missing 100% at their own cells, no rewrite", () => {
  expect(spend(["3月底：10%", "6月底：50%", "10月底：40%", "12月底：90%"])).toEqual([
    ["SPEND_NOT_MONOTONIC", "D3", undefined],
    ["SPEND_NOT_100", "E3", undefined],
  ]);
});

test("a sound plan in that form passes, and the goal below is never read as a point", () => {
  expect(spend(["3月底：25%", "6月底：50%", "10月底：80%", "12月底：100%"])).toEqual([]);
});

const downColumn = (values: string[]): CellValue[][] => [
  ["项目名称", "2025年安全生产培训经费", "", ""],
  ["预算数（万元）", "12", "", ""],
  ["资金支出计划（%）", "3月底", values[0], ""],
  ["", "6月底", values[1], ""],
  ["", "10月底", values[2], ""],
  ["", "12月底", values[3], ""],
  ["年度绩效目标", "举办安全生产培训3期，培训300人次", "", ""],
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "数量指标", "培训人次", "≥300人次"],
];
const spendOf = (cells: CellValue[][]) =>
  checkGrid(cells, 2025)
    .filter((f) => f.code.startsWith("SPEND_"))
    .map((f) => [f.code, f.cell]);

test("a plan written down a column (3月底 | 20% over 6月底 | 50% …) is read point by point", () => {
  expect(spendOf(downColumn(["20%", "50%", "80%", "100%"]))).toEqual([]);
  expect(spendOf(downColumn(["20%", "50%", "40%", "100%"]))).toEqual([["SPEND_NOT_MONOTONIC", "C5"]]);
  expect(spendOf(downColumn(["20%", "50%", "80%", "90%"]))).toContainEqual(["SPEND_NOT_100", "C6"]);
});
