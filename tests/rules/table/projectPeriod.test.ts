/** YEAR_MISMATCH on 项目起止时间 / 实施期限: a period that does not reach the budget year is last year's, copied. */
import { readTables } from "../../../src/engine/reader";
import { checkTable } from "../../../src/engine/check";

const periodFindings = (period: string) => {
  const cells = [
    ["项目名称", "2024年培训经费"],
    ["项目起止时间", period],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "时效指标", "完成时间", "2024年12月31日前"],
  ];
  return checkTable(readTables({ sheet: "S", cells })[0]).filter((f) => f.code === "YEAR_MISMATCH" && f.cell === "B2");
};

test("2023年1月-2023年12月 in a 2024 table: a warning with the 2024 period proposed", () => {
  const fs = periodFindings("2023年1月-2023年12月");
  expect(fs.map((f) => [f.severity, f.suggestion])).toEqual([["warning", "2024年1月至2024年12月"]]);
});

test("a multi-year period ending before the year is reported without a guessed period", () => {
  expect(periodFindings("2021-2023年").map((f) => f.suggestion)).toEqual([undefined]);
});

test.each([["2024年1月至12月"], ["2023-2025年"], ["2024.01.01-2024.12.31"], ["1年"], ["长期"]])("%s: nothing", (period) => {
  expect(periodFindings(period)).toEqual([]);
});
