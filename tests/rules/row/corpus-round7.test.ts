/**
 * Seventh round (docs/decisions.md): rows of dev corpus tables (file and indicator in each test's name) and the classes
 * they stand for.
 */
import type { CellValue } from "../../../src/engine/types";
import { findingsOf } from "../../helpers/gridCheck";
import { parseValue } from "../../../src/engine/values/parse";
import { levelFormKey } from "../../../src/engine/framework";

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

describe("after the heldback scoring (230 零陵, now seen)", () => {
  test("每亩300 under 成本 is 300/亩 without 元: MONEY_UNIT_INCOMPLETE with ≤300元/亩, not text", () => {
    const cells = rows(["产出指标", "成本指标", "造林补助", "每亩300"]);
    const fs = codes(cells, "MONEY_UNIT_INCOMPLETE");
    expect(fs.map((f) => [f.cell, f.suggestion])).toEqual([["D3", "≤300元/亩"]]);
    expect(codes(cells, "COST_NOT_MONEY")).toEqual([]);
  });

  test("每亩300元, 每人每天150元 read as 300元/亩, 150元/人·天; 每年2次 stays a frequency", () => {
    const p = (v: string) => parseValue(v);
    expect([p("每亩300元").number, p("每亩300元").unit, p("每亩300元").raw]).toEqual([300, "元/亩", "每亩300元"]);
    expect([p("每人每天150元").number, p("每人每天150元").unit]).toEqual([150, "元/人·天"]);
    // A frequency, never money: 每年2次 is 2次/年 (read period first since the fourteenth round; it was text before).
    expect([p("每年2次").kind, p("每年2次").number, p("每年2次").normalizedUnit, p("每年2次").unitClass]).toEqual(["quantity", 2, "次/年", "count"]);
  });

  test("a level name whose score lost its opening bracket (效益指标30分)) is the level itself, no HIERARCHY_INVALID", () => {
    expect(levelFormKey("效益指标30分)")).toBe("效益指标");
    expect(levelFormKey("效益指标(30分")).toBe("效益指标");
    const cells: CellValue[][] = [["项目名称", "2021年造林补助"], ["一级指标", "二级指标", "三级指标", "指标值"], ["效益指标30分)", "社会效益指标", "带动就业人数", "≥50人"]];
    expect(codes(cells, "HIERARCHY_INVALID")).toEqual([]);
  });
});
