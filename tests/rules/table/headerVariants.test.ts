/**
 * Header labels of other provinces' forms (dev corpus tables): read as the fields they are, and HEADER_MISSING_FIELD
 * only for a field the table prints and leaves empty.
 */
import { readTables } from "../../../src/engine/reader";
import { checkTable } from "../../../src/engine/check";
import type { CellValue } from "../../../src/engine/types";

type Rows = CellValue[][];
const INDICATORS: Rows = [
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "数量指标", "主体班培训人次", "≥280人次"],
];
const headerFindings = (cells: Rows) => {
  const [t] = readTables({ sheet: "S", cells });
  return { t, fs: checkTable(t).filter((f) => f.code === "HEADER_MISSING_FIELD") };
};

describe("HEADER_MISSING_FIELD on published header layouts", () => {
  test("025 黄石: 项目主管部门 printed and blank → error at its value cell; 项目金额 and 年度绩效目标(文字) are read", () => {
    const { t, fs } = headerFindings([
      ["项目名称", "主体班", "项目负责人", ""],
      ["项目金额", "164万元", "其中:当年市级财政资金", "132万元"],
      ["项目主管部门", "", "实施单位", "中共黄石市委党校"],
      ["项目属性", "持续性项目", "项目期", "2022年"],
      ["年度绩效目标(文字)", "主体班培训280人次"],
      ...INDICATORS,
    ]);
    expect(t.header.budget?.text).toBe("164万元");
    // 当年市级财政资金 is one level of the funds, not the 财政资金 total: not read as the fiscal part.
    expect(t.header.fiscal).toBeUndefined();
    expect(t.header.goal?.text).toBe("主体班培训280人次");
    expect(t.header.implementer?.text).toBe("中共黄石市委党校");
    expect(t.header.period?.text).toBe("2022年");
    expect(fs.map((f) => [f.cell, f.severity])).toEqual([["B3", "error"]]);
    expect(fs[0].message).toContain("主管部门");
  });

  test("026 南岳: 专项立项依据 printed and blank → error", () => {
    const { t, fs } = headerFindings([
      ["专项基本情况", "专项名称", "2023年雨露计划就学补助项目"],
      ["", "主管部门", "南岳区乡村振兴局", "专项起止时间", "2023年1月至12月"],
      ["", "专项立项依据", ""],
      ["本年度绩效目标", "1.对提供就读学籍证明的学生发放就学补助;"],
      ...INDICATORS,
    ]);
    expect(t.header.projectName?.text).toBe("2023年雨露计划就学补助项目");
    expect(t.header.period?.text).toBe("2023年1月至12月");
    expect(fs.map((f) => f.message)).toEqual([expect.stringContaining("立项依据")]);
  });

  test("019 岳阳楼 (部门整体): no 预算数 label printed → no budget finding; *年度总体绩效目标 is the goal", () => {
    const { t, fs } = headerFindings([
      ["部门(单位)名称", "岳阳楼区价格认证鉴定中心"],
      ["*部门(单位)职责", "负责价格认定工作"],
      ["*年度总体绩效目标", "做好涉案、价格认定工作。"],
      ...INDICATORS,
    ]);
    expect(t.header.goal?.text).toBe("做好涉案、价格认定工作。");
    expect(fs).toEqual([]);
  });

  test("017 井研 (column table): the project's row under the subtotal row gives name and goal", () => {
    const { t, fs } = headerFindings([
      ["单位名称", "项目名称", "预算数", "年度目标"],
      ["820-马踏镇部门", "", "8,827,620.53", ""],
      ["820001-井研县马踏镇人民政府", "村组干部报酬", "3,309,840.00", "按时发放村组干部报酬"],
      ...INDICATORS,
    ]);
    expect(t.header.projectName?.text).toBe("村组干部报酬");
    expect(t.header.goal?.text).toBe("按时发放村组干部报酬");
    expect(fs).toEqual([]);
  });

  test("021 湘潭: 项目绩效目标 | 长期目标 | 年度目标 with the goals below; an empty 年度目标 is still read from 长期", () => {
    const { t, fs } = headerFindings([
      ["项目名称", "雾炮车抑尘降尘服务", "项目起止时间", "20246-202516"],
      ["项目绩效目标", "长期目标", "年度目标", ""],
      ["", "持续改善我市空气质量", "2024通过采购雾炮车抑尘降尘服务,持续改善我市空气质量", ""],
      ...INDICATORS,
    ]);
    expect(t.header.goal?.text).toContain("空气质量");
    expect(fs).toEqual([]);
  });
});
