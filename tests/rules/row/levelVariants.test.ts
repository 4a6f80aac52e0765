/**
 * HIERARCHY_INVALID on the 一级/二级 names of other frameworks and older years (lexicon/levelNames.ts) and on
 * formatting variants. Rows are dev corpus rows (tests/fixtures/corpus); they start on sheet row 10 (A10…).
 */
import { runRule } from "../../helpers/rowsTable";
import { rule as HIERARCHY_INVALID } from "../../../src/engine/rules/row/HIERARCHY_INVALID";
import fc from "fast-check";
import { categoryOf, levelFormKey, normalizeLabel } from "../../../src/engine/framework";
import { fuzzRuns } from "../../helpers/fuzz";

describe("HIERARCHY_INVALID: recognisable nonstandard names are warnings with the standard name", () => {
  it("018 东莞 (2019 批复表): 预期产出指标 / 效果指标 as 一级, old 二级 names", () => {
    const f = runRule(
      HIERARCHY_INVALID,
      [
        ["预期产出指标", "数量指标(或建筑规模指标)", "镇街补助款完成结算项目数", "", "3"],
        ["预期产出指标", "预算(或投资规模)控制指标", "年度预算执行率", "", "≥90%"],
        ["效果指标", "社会、经济、生态效益指标", "补助款结算争议率", "", "0%"],
      ],
      { columns: "noBasis" },
    );
    expect(f.map((x) => [x.cell, x.severity, x.suggestion])).toEqual([
      ["A10", "warning", "产出指标"],
      ["A11", "warning", "产出指标"],
      ["B11", "warning", "成本指标"],
      ["A12", "warning", "效益指标"],
      ["B12", "warning", undefined],
    ]);
    expect(f[0].message).toContain("预期产出指标");
    expect(f[4].message).toContain("社会效益指标");
  });

  it("020/021 湘潭: a satisfaction label spanning the 一级 and 二级 columns is one warning", () => {
    const f = runRule(HIERARCHY_INVALID, [
      ["社会公众或服务对象满意度指标", "社会公众或服务对象满意度指标", "市民满意度", "", "≥90%"],
      ["服务对象满意度指标", "服务对象满意度指标", "满意度", "", "90%"],
    ]);
    expect(f.map((x) => [x.cell, x.severity, x.suggestion])).toEqual([
      ["A10", "warning", "满意度指标"],
      ["A11", "warning", "满意度指标"],
    ]);
  });

  it("022 金安: 满意度指标 as its own 二级 → warning, suggestion 服务对象满意度指标", () => {
    const f = runRule(HIERARCHY_INVALID, [["满意度指标", "满意度指标", "群众满意度", "", "≥95%"]]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: "B10", severity: "warning", suggestion: "服务对象满意度指标" });
  });

  it("formatting variants pass silently: 027 服务对象满意度指标等, 030 成本指标(0-20)分, numbering, marks, width", () => {
    const rows = [
      ["满意度指标", "服务对象满意度指标等", "学生满意度", "", "≥95%"],
      ["成本指标(0-20)分", "经济成本指标", "项目建设成本", "", "≤65万元"],
      ["1.产出指标", "（一）数量指标", "开展运动种类", "", "1种"],
      ["产出指标*", "① 质量指标", "经费支出合规率", "", "100%"],
      ["效益指标", "社会效益指标（选填）", "政策知晓率", "", "=100%"],
      ["效益指标", "可持续影响指标（核心指标）", "长效机制", "", "建立"],
    ];
    expect(runRule(HIERARCHY_INVALID, rows)).toEqual([]);
  });

  it("a name the lexicon does not know stays an error", () => {
    const f = runRule(HIERARCHY_INVALID, [["工作指标", "数量指标", "开展运动种类", "", "1种"]]);
    expect(f[0]).toMatchObject({ severity: "error", cell: "A10" });
  });
});

describe("level names as the category rules read them", () => {
  it("variants are read under the standard name", () => {
    expect(normalizeLabel("预期产出指标")).toBe("产出指标");
    expect(normalizeLabel("效果指标")).toBe("效益指标");
    expect(categoryOf("预期产出指标", "时效指标(工期指标)")).toBe("时效");
    expect(categoryOf("效果指标", "社会、经济、生态效益指标")).toBe("效益");
    expect(categoryOf("成本指标(0-20)分", "经济成本指标")).toBe("成本");
    // 预算(或投资规模)控制指标 also holds budget-execution rates: not read as 成本.
    expect(categoryOf("预期产出指标", "预算(或投资规模)控制指标")).toBeNull();
    expect(levelFormKey("２．满意度指标 ")).toBe("满意度指标");
  });
});

describe("levelFormKey (fuzz)", () => {
  it("never throws and leaves no whitespace", () => {
    const piece = fc.constantFrom("产出", "指标", "（", "）", "(", ")", "①", "1.", "（一）", "等", "*", " ", "　", "分", "0-20", "满意度");
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 8 }), (parts) => {
        const k = levelFormKey(parts.join(""));
        expect(typeof k).toBe("string");
        expect(/\s/.test(k)).toBe(false);
        expect(typeof normalizeLabel(parts.join(""))).toBe("string");
      }),
      { numRuns: fuzzRuns(3000) },
    );
  });
});
