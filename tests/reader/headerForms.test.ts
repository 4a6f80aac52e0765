/**
 * Indicator header rows of other forms (issue 13): bare level headers (一级 | 二级 | 三级) and the value column titled
 * 年度数值 / 指标目标值 / 预期达到目标. Rows are the dev corpus tables' own (014 临邑, 046 淮北, 047 嘉峪关, 016 澧县).
 */
import { readTables } from "../../src/engine/reader";
import { headerRole } from "../../src/engine/reader/labels";
import type { CellValue } from "../../src/engine/types";

const read = (cells: CellValue[][]) => readTables({ sheet: "S", cells });

describe("indicator header forms", () => {
  test("014 临邑: 一级 | 二级 | 三级 | 年度数值 | 备注", () => {
    const [t] = read([
      ["项目名称", "小学教育公用经费"],
      ["一级", "二级", "三级", "年度数值", "备注"],
      ["产出值", "数量值", "小学就读人数", "<=6962人", ""],
      ["", "成本值", "义务教育小学生均公用经费", "780元/生/年", ""],
    ]);
    expect(t.indicators.map((r) => [r.level1.text, r.level2.text, r.value.text])).toEqual([
      ["产出值", "数量值", "<=6962人"],
      ["产出值", "成本值", "780元/生/年"],
    ]);
  });

  test("046 淮北 (一级 printed on two lines), 047 嘉峪关 指标目标值, 016 澧县 预期达到目标", () => {
    expect(read([["一级", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "场馆开放天数", "≥300天"]])).toHaveLength(1);
    const [t47] = read([["一级指标", "二级指标", "三级指标", "指标目标值"], ["产出指标", "数量指标", "免费开放天数", "=300天"]]);
    expect(t47.indicators[0].value.text).toBe("=300天");
    const [t16] = read([
      ["一级指标", "二级指标", "三级指标", "指标解释", "指标说明及公式", "预期达到目标"],
      ["产出指标", "数量指标", "研究培育食用菌品种数量", "研究培育食用菌品种数量", "", "2种"],
    ]);
    expect(t16.indicators[0].value.text).toBe("2种");
  });

  test("value-header titles; the basis and description columns keep their roles", () => {
    for (const k of ["指标值", "年度指标值", "目标值", "指标目标值", "年度数值", "预期达到目标", "预期目标值"]) expect(headerRole(k)).toBe("value");
    expect(headerRole("指标值确定依据")).toBe("basis");
    expect(headerRole("指标值说明")).toBe("desc");
    expect(headerRole("一级")).toBe("l1");
    expect(headerRole("三级")).toBe("l3");
  });

  test("a row with 一级 but no value column is no header", () => {
    expect(read([["一级", "二级", "三级", "说明"], ["产出指标", "数量指标", "x", "y"]])).toEqual([]);
  });
});
