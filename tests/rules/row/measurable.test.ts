/**
 * INDICATOR_NOT_MEASURABLE: slogans and work goals with a percentage. Failing cases are rows of the corpus
 * (017 井研县马踏镇, 027 永德县明朗, 028 宁德); the 三级指标 cell is C10.
 */
import { runRule } from "../../helpers/rowsTable";
import { rule as INDICATOR_NOT_MEASURABLE } from "../../../src/engine/rules/row/INDICATOR_NOT_MEASURABLE";
import { sloganOf } from "../../../src/engine/rules/shared/measurable";

describe("INDICATOR_NOT_MEASURABLE", () => {
  it("flags slogans with a percentage (017 维护社会稳定 ≥95%, 促进村集体经济发展, 项目维持时效; 027 促进学校教育事业健康发展 ≧100%)", () => {
    const f = runRule(
      INDICATOR_NOT_MEASURABLE,
      `效益指标 | 社会效益指标 | 维护社会稳定 |  | ≥95%\n | 经济效益指标 | 促进村集体经济发展 |  | ≥95%\n | 可持续影响指标 | 项目维持时效 |  | ≥95%\n | 可持续影响指标 | 促进学校教育事业健康发展 |  | ≧100%`,
      { columns: "noBasis" },
    );
    expect(f.map((x) => [x.code, x.severity, x.cell])).toEqual([
      ["INDICATOR_NOT_MEASURABLE", "warning", "C10"],
      ["INDICATOR_NOT_MEASURABLE", "warning", "C11"],
      ["INDICATOR_NOT_MEASURABLE", "warning", "C12"],
      ["INDICATOR_NOT_MEASURABLE", "warning", "C13"],
    ]);
    expect(f[0].message).toContain("「维护社会稳定」");
    expect(f[0].message).toContain("（“维护”）");
    expect(f[0].suggestion).toBeUndefined();
  });

  it("flags a work goal under 数量 (028 确保日常工作正常运行 100%)", () => {
    const f = runRule(INDICATOR_NOT_MEASURABLE, `产出指标 | 数量指标 | 确保日常工作正常运行 | 100% | 100%`, { columns: "noBasis" });
    expect(f).toHaveLength(1);
  });

  it("passes measurable names, satisfaction rows and non-percent values", () => {
    const f = runRule(
      INDICATOR_NOT_MEASURABLE,
      [
        `产出指标 | 质量指标 | 保障对象覆盖率 |  | ≥95%`,
        ` | 数量指标 | 促进就业人数 |  | ≥95%`,
        `效益指标 | 社会效益指标 | 提升服务满意度 |  | ≥90%`,
        ` | 社会效益指标 | 维护社会稳定 |  | 有效维护`,
        ` | 社会效益指标 | 维护社会稳定 |  | ≥3次`,
        `满意度指标 | 服务对象满意度指标 | 促进满意 |  | ≥90%`,
        `产出指标 | 质量指标 | 任务按时完成 |  | 100%`,
        `效益指标 | 社会效益指标 | 市民对空气质量改善的满意程度 |  | ≥85%`,
        ` | 社会效益指标 | 推进项目建设进度 |  | ≥95%`,
      ].join("\n"),
      { columns: "noBasis" },
    );
    expect(f).toEqual([]);
  });

  it("sloganOf names the verb, or null for a measurable head", () => {
    expect(sloganOf("保护生态环境卫生")).toBe("保护");
    expect(sloganOf("项目维持时效")).toBe("维持");
    expect(sloganOf("项目效果")).toBe("项目效果");
    expect(sloganOf("资金使用情况")).toBe("情况");
    expect(sloganOf("群众安全感")).toBeNull();
    expect(sloganOf("培训完成率")).toBeNull();
    expect(sloganOf("")).toBeNull();
  });
});
