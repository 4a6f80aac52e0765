/**
 * 190 泰(城管): the central form's goal block, 中期目标（…） | 年度目标 over their two texts, with only the 中期 text
 * filled. The year's goal is missing (its labeler sent it back); the period's goal is no stand-in for it.
 */
import type { CellValue } from "../../../src/engine/types";
import { findingsOf, readGrid } from "../../helpers/gridCheck";

const form = (mid: string, annual: string): CellValue[][] => [
  ["项目名称", "城管执法车辆维修燃油费"],
  ["项目资金 (万元)", "年度资金总额:", "340.00"],
  ["总 体 目 标", "中期目标(2023年—2023年)", "", "年度目标"],
  ["", mid, "", annual],
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "数量指标", "完成修理养护的车辆数量", "≥90辆"],
];
const MID = "保障城管执法巡查车辆的维修及燃油费用，完成日常执法出勤任务";

test("a blank 年度目标 beside a filled 中期目标 is a missing goal, at the annual goal's cell", () => {
  expect(findingsOf(form(MID, ""), "HEADER_MISSING_FIELD", 2023).map((f) => [f.cell, f.message.split("：")[0]])).toEqual([["D4", "“绩效目标”未填写"]]);
  expect(readGrid(form(MID, ""))[0].header.otherGoals?.map((c) => c.text)).toEqual([MID]);
});

test("both filled: the 年度目标 is the goal; only a 中期目标 printed (no annual label): it is the goal", () => {
  const annual = "2023年完成90辆执法车辆的维修保养，保障出勤率≥95%";
  expect(findingsOf(form(MID, annual), "HEADER_MISSING_FIELD", 2023)).toEqual([]);
  expect(readGrid(form(MID, annual))[0].header.goal?.text).toBe(annual);
  const onlyMid: CellValue[][] = [["项目名称", "城管执法车辆维修燃油费"], ["中期目标(2023年—2025年)", MID], ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "完成修理养护的车辆数量", "≥90辆"]];
  expect(readGrid(onlyMid)[0].header.goal?.text).toBe(MID);
});
