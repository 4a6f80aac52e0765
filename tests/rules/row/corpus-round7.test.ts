/**
 * Seventh round (docs/decisions.md): rows of dev corpus tables (file and indicator in each test's name) and the classes
 * they stand for.
 */
import type { CellValue } from "../../../src/engine/types";
import { findingsOf } from "../../helpers/gridCheck";

const rows = (...body: CellValue[][]): CellValue[][] => [["项目名称", "2021年学校公用经费"], ["一级指标", "二级指标", "三级指标", "指标值"], ...body];
const codes = (cells: CellValue[][], code: string) => findingsOf(cells, code, 2021);

describe("INDICATOR_NOT_MEASURABLE: a verdict written as the 三级", () => {
  test.each([
    ["201 #11", "效果显著", "改善学校的办学条件"],
    ["class", "社会效益明显", "≥90%"],
    ["class", "影响深远", "长期"],
    ["class", "成效良好", "好"],
  ])("%s: 「%s」 names nothing counted", (_, name, value) => {
    const fs = codes(rows(["效益指标", "社会效益指标", name, value]), "INDICATOR_NOT_MEASURABLE");
    expect(fs.map((f) => [f.cell, f.severity])).toEqual([["C3", "warning"]]);
  });

  test("a name with its object passes (新增高新技术企业 ≥15家, 053; 社会效益指标 as a level name is no indicator)", () => {
    expect(codes(rows(["产出指标", "数量指标", "新增高新技术企业", "≥15家"]), "INDICATOR_NOT_MEASURABLE")).toEqual([]);
    expect(codes(rows(["效益指标", "社会效益指标", "受益学生人数", "≥2370人"]), "INDICATOR_NOT_MEASURABLE")).toEqual([]);
  });
});

describe("CATEGORY_MISMATCH: an amount under 数量 written as a bare number", () => {
  test("101 #1: 工程资金金额 | 43.2 (a 万元 table) is an amount, so a cost", () => {
    const fs = codes(rows(["产出指标", "数量指标", "工程资金金额", "43.2"]), "CATEGORY_MISMATCH");
    expect(fs.map((f) => [f.cell, f.severity])).toEqual([["C3", "warning"]]);
    expect(fs[0].message).toContain("成本指标");
  });

  test("a count, an income and money paid out stay where they are", () => {
    expect(codes(rows(["产出指标", "数量指标", "维修校舍数量", "3"]), "CATEGORY_MISMATCH")).toEqual([]);
    expect(codes(rows(["产出指标", "数量指标", "创业担保贷款发放金额", "500"]), "CATEGORY_MISMATCH")).toEqual([]);
  });
});

describe("CATEGORY_MISMATCH: 环境 that is not the natural environment under 生态效益", () => {
  test("053 #5: 优化创新创业环境 under 环境效益指标 is no ecological effect", () => {
    const fs = codes(rows(["效益指标", "环境效益指标", "优化创新创业环境", "优化"]), "CATEGORY_MISMATCH");
    expect(fs.map((f) => f.cell)).toEqual(["C3"]);
    expect(codes(rows(["效益指标", "生态效益指标", "营商环境评价得分", "≥90分"]), "CATEGORY_MISMATCH").map((f) => f.cell)).toEqual(["C3"]);
  });

  test("the natural and the living environment stay ecological", () => {
    expect(codes(rows(["效益指标", "生态效益指标", "改善农村人居环境", "≥90%"]), "CATEGORY_MISMATCH")).toEqual([]);
    expect(codes(rows(["效益指标", "环境效益指标", "周边环境空气质量优良天数", "≥300天"]), "CATEGORY_MISMATCH")).toEqual([]);
  });
});
