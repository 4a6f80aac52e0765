/**
 * The header's money unit: HEADER_UNIT_CONFLICT (two declarations disagree), MONEY_UNIT_INCOMPLETE on a header amount
 * with no unit anywhere, and BUDGET_SUM_MISMATCH with every 其中 line blank. Rows are dev corpus tables' own (011 汉阴,
 * 003 清涧, 001 乌海, 016 澧县).
 */
import { readTables } from "../../../src/engine/reader";
import { checkTable } from "../../../src/engine/check";
import type { CellValue } from "../../../src/engine/types";

type Rows = CellValue[][];
const INDICATORS: Rows = [
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "质量指标", "创业担保贷款回收率", "≥90%"],
];
const find = (cells: Rows, code: string) => checkTable(readTables({ sheet: "S", cells })[0]).filter((f) => f.code === code);

describe("HEADER_UNIT_CONFLICT", () => {
  test("011: 单位:元 above a 资金情况(万元) label → warning at the label, the amount quoted", () => {
    const fs = find(
      [
        ["2022年第二批中、省普惠金融发展专项资金绩效目标表 (2022年度)"],
        ["单位:元"],
        ["专项名称", "普惠金融发展专项资金"],
        ["资金情况\n(万元)", "年度金额", "112"],
        ["", "其中:中央补助", "40"],
        ...INDICATORS,
      ],
      "HEADER_UNIT_CONFLICT",
    );
    expect(fs.map((f) => [f.cell, f.severity, f.row])).toEqual([["A4", "warning", null]]);
    expect(fs[0].message).toContain("112");
    expect(fs[0].message).toContain("万元");
  });

  test("an amount written with its own unit against the 单位 line; consistent declarations pass", () => {
    expect(find([["单位：万元"], ["项目名称", "x"], ["预算数", "90000元"], ...INDICATORS], "HEADER_UNIT_CONFLICT")).toHaveLength(1);
    expect(find([["单位：万元"], ["项目名称", "x"], ["预算数（万元）", "9"], ...INDICATORS], "HEADER_UNIT_CONFLICT")).toEqual([]);
    // 001 乌海: two labels with (万元), no 单位 line.
    expect(find([["项目名称", "x"], ["投入目标 (万元)", "资金来源", "年初安排金额(万元)"], ["", "资金总额", "3"], ...INDICATORS], "HEADER_UNIT_CONFLICT")).toEqual([]);
  });
});

describe("MONEY_UNIT_INCOMPLETE on the header amount", () => {
  test("003: “年度资金总额: 500” with no unit anywhere → warning at the amount, no suggestion", () => {
    const fs = find([["项目名称", "果园路"], ["资金情况", "年度资金总额:", "500"], ["", "其中:财政拨款", "500"], ...INDICATORS], "MONEY_UNIT_INCOMPLETE");
    expect(fs.map((f) => [f.cell, f.severity, f.suggestion])).toEqual([["C2", "warning", undefined]]);
  });

  test("a unit anywhere in the header (单位 line, a (万元) label such as 001's 年初安排金额(万元), the amount's own) passes", () => {
    expect(find([["单位：万元"], ["项目名称", "x"], ["资金总额", "500"], ...INDICATORS], "MONEY_UNIT_INCOMPLETE")).toEqual([]);
    expect(find([["项目名称", "x"], ["投入目标 (万元)", "资金来源", "年初安排金额(万元)"], ["", "资金总额", "3"], ...INDICATORS], "MONEY_UNIT_INCOMPLETE")).toEqual([]);
    expect(find([["项目名称", "x"], ["资金总额", "500万元"], ...INDICATORS], "MONEY_UNIT_INCOMPLETE")).toEqual([]);
  });
});

describe("BUDGET_SUM_MISMATCH", () => {
  test("016: 基本支出 / 项目支出 lines read blank claim nothing", () => {
    const fs = find(
      [
        ["部门(单位)名称", "澧县食用菌研究所"],
        ["年度预算申请\n(万元)", "资金总额", "222.45"],
        ["", "公共财政拨款", "222.45", "基本支出"],
        ["", "", "", "220.45"],
        ["", "政府性基金拨款", "", "项目支出"],
        ["", "", "", "2"],
        ...INDICATORS,
      ],
      "BUDGET_SUM_MISMATCH",
    );
    expect(fs).toEqual([]);
  });
});
