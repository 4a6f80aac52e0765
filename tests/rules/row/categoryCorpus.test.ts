/** CATEGORY_MISMATCH on misplaced indicators of the dev corpus tables; rows start on sheet row 10. */
import { runRule } from "../../helpers/rowsTable";
import { rule as CATEGORY_MISMATCH } from "../../../src/engine/rules/row/CATEGORY_MISMATCH";

const cells = (rows: string[][]) => runRule(CATEGORY_MISMATCH, rows).map((f) => f.cell);

describe("CATEGORY_MISMATCH (published tables)", () => {
  it("020/021 湘潭: satisfaction under 社会效益 → move to 满意度指标", () => {
    const f = runRule(CATEGORY_MISMATCH, [["效益指标", "社会效益指标", "服务周期内,市民对空气质量改善的满意程度", "", "≥85%"]]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: "C10", severity: "warning" });
    expect(f[0].message).toContain("满意度指标");
  });

  it("019 岳阳楼: an amount under 数量 → 成本; 031 海南: an income under 数量 → 经济效益", () => {
    const f = runRule(CATEGORY_MISMATCH, [
      ["产出指标", "数量指标", "业务工作支出安排金额", "", "28.8万元"],
      ["产出指标", "数量指标", "全年实现会展业综合收入", "", "≥280亿元"],
    ]);
    expect(f.map((x) => x.cell)).toEqual(["C10", "C11"]);
    expect(f[0].message).toContain("成本指标");
    expect(f[1].message).toContain("经济效益指标");
  });

  it("032 蒙城: a rate under 数量", () => {
    expect(cells([["产出指标", "数量指标", "适龄儿童国家免疫规划疫苗接种率", "", "≧90%"]])).toEqual(["C10"]);
  });

  it("near misses: 023 an income under 经济效益, 022 a 二级 marked 不适用, a count under 数量", () => {
    expect(
      cells([
        ["效益指标", "经济效益指标", "特色产业带动增加受益农户收入(总收入)", "", "≥11.376万元"],
        ["效益指标", "生态效益指标", "本项目不适用此指标", "", "无"],
        ["产出指标", "数量指标", "受益人口数量", "", "90人"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "", "≥95%"],
      ]),
    ).toEqual([]);
  });

  it("047 嘉峪关: improvements under 社会成本 / 生态环境成本 are benefits; a real burden under them passes", () => {
    const f = runRule(CATEGORY_MISMATCH, [
      ["成本指标", "社会成本指标", "对当地文物保护、文化传承影响", "", "长远"],
      ["成本指标", "生态环境成本指标", "提升博物馆绿化水平", "", "提升"],
      ["成本指标", "生态环境成本指标", "施工期噪音", "", "≤55分贝"],
      ["成本指标", "社会成本指标", "对周边居民出行的影响", "", "无明显影响"],
    ]);
    expect(f.map((x) => x.cell)).toEqual(["C10", "C11"]);
    expect(f[0].message).toContain("效益");
  });

  it("011 汉阴: money the project lends or hands out (贷款发放额) is an output under 数量; 049 补助标准 still goes to 成本", () => {
    expect(cells([["产出指标", "数量指标", "本年度创业担保贷款发放额", "", "4000万元"]])).toEqual([]);
    expect(cells([["产出指标", "数量指标", "基本医疗保险财政补助标准", "", "589元/人"]])).toEqual(["C10"]);
  });

  it("014 临邑 (read as 生态效益值 → 生态效益指标): 安全情况 is not ecological; 040 岳阳 irrigation areas are", () => {
    expect(cells([["效益值", "生态效益值", "安全情况", "", "有效"]])).toEqual(["C10"]);
    expect(cells([["效益指标", "生态效益指标", "新增和改善灌溉达标面积", "", "≥2000亩"]])).toEqual([]);
  });
});
