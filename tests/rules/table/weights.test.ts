/**
 * WEIGHT_SUM_NOT_100 on weight columns and scored 一级 labels (dev corpus tables 008 潼南, 017 井研, 043 甘孜, 012 霍邱).
 */
import { readTables } from "../../../src/engine/reader";
import { checkTable } from "../../../src/engine/check";
import type { CellValue } from "../../../src/engine/types";

type Rows = CellValue[][];
const weightFindings = (cells: Rows) => {
  const [t] = readTables({ sheet: "S", cells });
  return checkTable(t).filter((f) => f.code === "WEIGHT_SUM_NOT_100");
};
const HEAD = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重"];

describe("WEIGHT_SUM_NOT_100", () => {
  test("008/017: weights 20+10+20+20+20 = 90 with no 预算执行率 share shown → warning at the first weight", () => {
    const fs = weightFindings([
      ["项目名称", "在职村村干部补助"],
      HEAD,
      ["产出指标", "时效指标", "按月发放", "=", "1", "次", "20"],
      ["满意度指标", "服务对象满意度指标", "村干部满意度", "≥", "95", "%", "10"],
      ["产出指标", "成本指标", "发放金额", "≤", "9.31", "万元", "20"],
      ["产出指标", "数量指标", "领取补助人数", "≥", "100", "人", "20"],
      ["效益指标", "社会效益指标", "村级组织正常运转率", "=", "100", "%", "20"],
    ]);
    expect(fs.map((f) => [f.cell, f.severity, f.row])).toEqual([["G3", "warning", null]]);
    expect(fs[0].message).toContain("90");
    expect(fs[0].message).toContain("100");
  });

  test("weights written as fractions (0.5 + 0.3 + 0.2) total 100 per cent", () => {
    const fs = weightFindings([
      ["项目名称", "x"],
      HEAD,
      ["产出指标", "数量指标", "培训人数", "≥", "45", "人", "0.5"],
      ["效益指标", "社会效益指标", "知晓率", "≥", "80", "%", "0.3"],
      ["满意度指标", "服务对象满意度指标", "满意度", "≥", "90", "%", "0.2"],
    ]);
    expect(fs).toEqual([]);
  });

  test("043: 90 passes where the header prints 预算执行率权重(%)", () => {
    const rows: Rows = [
      ["项目名称:", "食品安全工作经费"],
      ["预算执行率权重(%):", "10"],
      ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重(%)"],
      ["产出指标", "数量指标", "召开食品安委会全体会议", "=", "2", "次", "50"],
      ["效益指标", "社会效益指标", "食品安全抽检合格率", "≥", "95", "%", "30"],
      ["满意度指标", "服务对象满意度指标", "公众对食品安全满意度", "≥", "90", "%", "10"],
    ];
    expect(weightFindings(rows)).toEqual([]);
    // Without the field the same weights are reported.
    expect(weightFindings(rows.filter((r) => r[0] !== "预算执行率权重(%):"))).toHaveLength(1);
  });

  test("012: scored 一级 labels (50分/30分/10分) on a 自评表 total 90; blank weight cells are skipped; group subtotals pass", () => {
    expect(
      weightFindings([
        ["项目支出绩效自评表 (2022年度)"],
        ["项目名称", "科技特派员创业行动经费"],
        ["一级指标", "二级指标", "三级指标", "年度指标值"],
        ["产出指标(50分)", "数量指标", "开展县域结对交流活动", "≥3次"],
        ["效益指标(30分)", "社会效益指标", "带动就业人数", "≥10人"],
        ["满意度指标(10分)", "服务对象满意度指标", "群众满意度", "≥90%"],
      ]),
    ).toEqual([]);
    const scored = (l1: string[]) =>
      weightFindings([["项目名称", "x"], ["一级指标", "二级指标", "三级指标", "指标值"], ...l1.map((l, i) => [l, "数量指标", `指标${i}`, "≥3次"])]);
    expect(scored(["产出指标(60分)", "效益指标(30分)", "满意度指标(10分)"])).toEqual([]);
    // The 自评 scheme's own scores on a target table (probe tables 521, 564, 581, 957, 972, 986, accepted by their
    // labelers): its 10 for 预算执行率 is kept even where the form does not print it.
    expect(scored(["产出指标(50分)", "效益指标(30分)", "满意度指标(10分)"])).toEqual([]);
    expect(scored(["产出指标(50分)", "效益指标(20分)", "满意度指标(10分)"])).toHaveLength(1);
    expect(scored(["产出指标(60分)", "效益指标(30分)", "满意度指标(20分)"])).toHaveLength(1);
    // A score range is the template's note, not a score.
    expect(scored(["产出指标(0-50)分", "效益指标(0-30)分", "满意度指标"])).toEqual([]);
    expect(
      weightFindings([
        ["项目名称", "x"],
        HEAD,
        ["产出指标", "数量指标", "", "", "", "", "60"],
        ["产出指标", "数量指标", "培训人数", "≥", "45", "人", "30"],
        ["产出指标", "质量指标", "合格率", "≥", "90", "%", "30"],
        ["效益指标", "社会效益指标", "", "", "", "", "40"],
        ["效益指标", "社会效益指标", "知晓率", "≥", "80", "%", "40"],
        ["满意度指标", "服务对象满意度指标", "满意度", "≥", "90", "%", ""],
      ]),
    ).toEqual([]);
  });
});
