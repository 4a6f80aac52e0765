/** TEMPLATE_PLACEHOLDER_ROW on the 023 萧县张庄寨镇 rows (dev corpus); rows start on sheet row 10. */
import { runRule, runRules } from "../../helpers/rowsTable";
import { rule as TEMPLATE_PLACEHOLDER_ROW } from "../../../src/engine/rules/row/TEMPLATE_PLACEHOLDER_ROW";
import { rule as VALUE_EMPTY } from "../../../src/engine/rules/row/VALUE_EMPTY";
import { rule as DUPLICATE_INDICATOR } from "../../../src/engine/rules/row/DUPLICATE_INDICATOR";
import { isPlaceholderText } from "../../../src/engine/rules/shared/placeholderRow";

const ROWS = [
  ["产出指标", "质量指标", "养殖家畜家禽成活率", "", "95%"],
  ["产出指标", "质量指标", "……", "", ""],
  ["效益指标", "生态效益指标", "", "", ""],
  ["效益指标", "可持续影响指标", "……", "", ""],
];

describe("TEMPLATE_PLACEHOLDER_ROW", () => {
  it("012 霍邱 / 013 贵池: an empty 二级 row under a scored 一级 (效益指标(30分)) is a template row; a score range is not a score", () => {
    const scored = [
      ["产出指标(50分)", "数量指标", "开展县域结对交流活动", "", "≥3次"],
      ["效益指标(30分)", "可持续影响指标", "科技特派员创业行动能力持续提升", "", "能力持续提升"],
      ["效益指标(30分)", "生态效益指标", "", "", ""],
    ];
    const f = runRule(TEMPLATE_PLACEHOLDER_ROW, scored);
    expect(f.map((x) => [x.row, x.cell, x.severity])).toEqual([[2, "C12", "warning"]]);
    expect(f[0].message).toContain("生态效益指标");
    // 030 奉节: “成本指标(0-20)分” is the template's allowed range, its empty 二级 rows are accepted.
    const ranged = [
      ["成本指标(0-20)分", "经济成本指标", "项目建设成本", "", "≤65万元"],
      ["成本指标(0-20)分", "社会成本指标", "", "", ""],
    ];
    expect(runRule(TEMPLATE_PLACEHOLDER_ROW, ranged)).toEqual([]);
  });

  it("058 鄂州 / 140 南开: the empty row of a core output category (时效指标, 成本指标) is flagged in any table; optional 二级 rows stay accepted", () => {
    const rows = [
      ["产出指标", "数量指标", "审批事项办理数量", "", "≥500件"],
      ["产出指标", "时效指标", "", "", ""],
      ["产出指标", "成本指标", "", "", ""],
      ["效益指标", "经济效益指标", "", "", ""],
      ["效益指标", "可持续影响指标", "", "", ""],
      ["成本指标", "社会成本指标", "", "", ""],
    ];
    const f = runRule(TEMPLATE_PLACEHOLDER_ROW, rows);
    expect(f.map((x) => [x.row, x.cell, x.severity])).toEqual([
      [1, "C11", "warning"],
      [2, "C12", "warning"],
    ]);
    expect(f[0].message).toContain("时效是每张表都要有的产出指标");
    // a 时效 group that has its indicator elsewhere: the empty row is that group's heading, not a missing indicator
    const grouped = [["产出指标", "时效指标", "", "", ""], ["产出指标", "时效指标", "完成时间", "", "2025年12月31日前"]];
    expect(runRule(TEMPLATE_PLACEHOLDER_ROW, grouped)).toEqual([]);
  });

  it("flags the “……” rows at their 三级 cell, as warnings", () => {
    const f = runRule(TEMPLATE_PLACEHOLDER_ROW, ROWS);
    expect(f.map((x) => [x.row, x.cell, x.severity])).toEqual([
      [1, "C11", "warning"],
      [3, "C13", "warning"],
    ]);
    expect(f[0].message).toContain("质量指标");
    expect(f[0].message).toContain("删除");
  });

  it("replaces VALUE_EMPTY and DUPLICATE_INDICATOR on those rows; an empty 二级 row gets nothing", () => {
    const f = runRules([VALUE_EMPTY, DUPLICATE_INDICATOR, TEMPLATE_PLACEHOLDER_ROW], ROWS);
    expect(f.map((x) => x.code)).toEqual(["TEMPLATE_PLACEHOLDER_ROW", "TEMPLATE_PLACEHOLDER_ROW"]);
  });

  it("a placeholder name with a real value, or a real name without one, is not a placeholder row", () => {
    expect(runRule(TEMPLATE_PLACEHOLDER_ROW, [["产出指标", "质量指标", "……", "", "95%"]])).toEqual([]);
    const f = runRules([VALUE_EMPTY, TEMPLATE_PLACEHOLDER_ROW], [["产出指标", "质量指标", "种植作物成活率", "", ""]]);
    expect(f.map((x) => x.code)).toEqual(["VALUE_EMPTY"]);
  });

  it("placeholder texts", () => {
    expect(["……", "...", "×××", "XX指标", "…… "].map(isPlaceholderText)).toEqual([true, true, true, true, true]);
    expect(["", "-", "X光机数量", "满意度"].map(isPlaceholderText)).toEqual([false, false, false, false]);
  });
});
