/**
 * 080 圣灯山镇 (重庆 项目库 form) and 058 鄂州: the form prints 实施单位, 项目属性 and 是否政府采购 and leaves them blank;
 * the labelers sent them back. Fields the form does not print are never asked for.
 */
import type { CellValue } from "../../../src/engine/types";
import { checkGrid, findingsOf } from "../../helpers/gridCheck";

const missing = (cells: CellValue[][]) => findingsOf(cells, "HEADER_MISSING_FIELD", 2022).map((f) => [f.cell, f.message.split("：")[0]]);
const form = (attribute: string, procurement: string, implementer: string): CellValue[][] => [
  ["项目名称", "党支部书记补贴", "实施单位", implementer],
  ["是否政府采购", procurement, "项目属性", attribute],
  ["年度资金总额", "20", "", ""],
  ["当年绩效目标", "完成对符合规定的村居下设党支部书记发放补贴", "", ""],
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "数量指标", "补贴发放人数", "=48人"],
];

test("080: blank 项目属性 / 是否政府采购 / 实施单位 printed on the form are missing fields", () => {
  expect(missing(form("", "", ""))).toEqual([
    ["D1", "“实施单位”未填写"],
    ["B2", "“是否政府采购”未填写"],
    ["D2", "“项目属性”未填写"],
  ]);
  expect(missing(form("延续性项目", "否", "党群办"))).toEqual([]);
});

test("a form without those labels is not asked for them", () => {
  const plain: CellValue[][] = [["项目名称", "党支部书记补贴"], ["年度资金总额", "20"], ["当年绩效目标", "发放补贴"], ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "补贴发放人数", "=48人"]];
  expect(missing(plain)).toEqual([]);
});

test("010, 071, 113: a notice's title without 表 names the project (…项目绩效目标设定的公示, 表1:…经费项目绩效目标)", () => {
  for (const title of ["关于下马关镇设施农业黄金蜜(葡萄)种植项目绩效目标设定的公示", "表1:湖北省残疾人事业宣传文化工作经费项目绩效目标"]) {
    const grid: CellValue[][] = [[title], ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "种植株数", "≥17600株"]];
    expect(missing(grid)).toEqual([]);
  }
  // A form label alone (项目绩效目标) is still the goal's label, not a title.
  const goal: CellValue[][] = [["项目名称", ""], ["项目绩效目标", "种植黄金蜜17600株"], ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "种植株数", "≥17600株"]];
  expect(missing(goal).map((m) => m[1])).toEqual(["“项目名称”未填写"]);
});

test("102: 转移支付(项目)名称 is the project name's label", () => {
  const grid: CellValue[][] = [["转移支付(项目)名称", "车辆购置税收入补助地方资金"], ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "新建公路", "≥20公里"]];
  expect(missing(grid)).toEqual([]);
});

describe("元 and 万元 mixed up: ten thousand times apart", () => {
  const table = (budgetLabel: string, budget: string, unitLine: string[] = []): CellValue[][] => [
    ["项目名称", "2025年安全生产培训经费"],
    ...(unitLine.length ? [unitLine] : []),
    [budgetLabel, budget],
    ["年度绩效目标", "举办安全生产培训3期，培训300人次"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "培训人次", "≥300人次"],
    ["产出指标", "成本指标", "培训成本", "≤12万元"],
  ];
  const costs = (cells: CellValue[][]) => findingsOf(cells, "COST_OVER_BUDGET", 2025).concat(findingsOf(cells, "COST_COVERAGE_LOW", 2025));
  test("预算数（元） 12 against a cost of 12万元: said as a unit slip, with no ≤12元 suggestion", () => {
    const fs = costs(table("预算数（元）", "12"));
    expect(fs.map((f) => [f.code, f.suggestion])).toEqual([["COST_OVER_BUDGET", undefined]]);
    expect(fs[0].message).toContain("一万倍");
  });
  test("预算数 120000 in a 万元 table against 12万元 of costs: the same slip, not a coverage gap", () => {
    const fs = costs(table("预算数", "120000", ["单位：万元"]));
    expect(fs.map((f) => f.code)).toEqual(["COST_COVERAGE_LOW"]);
    expect(fs[0].message).toContain("一万倍");
  });
});

test("after the heldback scoring (190): a 中期 | 年度 form with only the 中期 block filled is read from it, and the blank 年度 block is said", () => {
  const grid = (annual: string[]): CellValue[][] => [
    ["项目名称", "2023年城管执法车辆维修燃油费", "", "", "", "", ""],
    ["一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "完成修理养护的车辆数量", "≥90辆", "数量指标", annual[0], annual[1]],
    ["产出指标", "质量指标", "项目验收合格率", "≥100%", "质量指标", annual[2], annual[3]],
  ];
  const blank = checkGrid(grid(["", "", "", ""]), 2023).filter((f) => f.severity !== "info" && f.code !== "MISSING_CATEGORY");
  expect(blank.map((f) => [f.code, f.cell])).toEqual([["VALUE_EMPTY", "G2"], ["RATE_OVER_100", "D4"]]);
  // Both filled: the 年度 block is the one read, as before.
  const filled = checkGrid(grid(["完成修理养护的车辆数量", "≥90辆", "项目验收合格率", "=100%"]), 2023).filter((f) => f.severity !== "info" && f.code !== "MISSING_CATEGORY");
  expect(filled).toEqual([]);
});

test("after the heldback scoring (160, 201): a goal that repeats the project name; 年初设定目标 over the goal's text", () => {
  const repeat: CellValue[][] = [["项目名称", "国家基本公共卫生服务"], ["年度总体目标", "国家基本公共卫生服务"], ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "建档人数", "≥2000人"]];
  expect(findingsOf(repeat, "GOAL_PLACEHOLDER", 2021).map((f) => f.message)).toEqual([expect.stringContaining("只重复了项目名称")]);
  const selfEval: CellValue[][] = [
    ["项目名称", "初中公用经费", "", "", ""],
    ["年度总体目标", "年初设定目标", "", "年度总体目标完成情况", ""],
    ["", "保障学校正常工作运行", "", "", ""],
    ["一级指标", "二级指标", "三级指标", "指标值", ""],
    ["产出指标", "数量指标", "在校学生人数", "≥1200人", ""],
  ];
  expect(findingsOf(selfEval, "GOAL_PLACEHOLDER", 2021).map((f) => f.cell)).toEqual(["B3"]);
});

test("synthetic probes (ninth round): 开展 / 完成 + the project's name is the name again; a goal with its task's size is not", () => {
  const table = (name: string, goal: string): CellValue[][] => [["项目名称", name], ["年度绩效目标", goal], ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "维修面积", "≥1200平方米"]];
  expect(findingsOf(table("任泽区第三中学教学楼维修改造项目", "完成任泽区第三中学教学楼维修改造项目。"), "GOAL_PLACEHOLDER", 2021)).toHaveLength(1);
  expect(findingsOf(table("长乐区“十五五”规划前期重大课题研究经费", "开展长乐区“十五五”规划前期重大课题研究。"), "GOAL_PLACEHOLDER", 2025)).toHaveLength(1);
  expect(findingsOf(table("任泽区第三中学教学楼维修改造项目", "完成任泽区第三中学教学楼维修改造1200平方米，12月底前通过验收。"), "GOAL_PLACEHOLDER", 2021)).toEqual([]);
});
