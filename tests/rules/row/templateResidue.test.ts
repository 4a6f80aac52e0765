/**
 * L3_TEMPLATE_RESIDUE: the template's fill-in hint left in a filled 三级 name. Failing rows are corpus 010 同心县
 * 下马关镇 (宁夏) rows; near misses are accepted names of other dev tables. Rows start on sheet row 10 (C = 三级).
 */
import { runRule } from "../../helpers/rowsTable";
import { rule as L3_TEMPLATE_RESIDUE } from "../../../src/engine/rules/row/L3_TEMPLATE_RESIDUE";
import { nameResidue } from "../../../src/engine/rules/shared/templateResidue";

const noDesc = { columns: "noDescription" as const };

describe("L3_TEMPLATE_RESIDUE", () => {
  it("010: a masked target in brackets, with the ★ markers of the template line, is a warning with the clean name", () => {
    const f = runRule(
      L3_TEMPLATE_RESIDUE,
      `产出指标 | 数量指标 | 种植作物成活率(≥**%) | >=85
      产出指标 | 成本指标 | 作物种植补助标准,黄金蜜(葡萄)补助成本(≤**元/株) | ≤28.40/株
      效益指标 | 社会效益指标 | ★★★受益脱贫户、监测户人口数(≥**户) | ≥10户`,
      noDesc,
    );
    expect(f.map((x) => [x.cell, x.severity, x.suggestion])).toEqual([
      ["C10", "warning", "种植作物成活率"],
      ["C11", "warning", "作物种植补助标准,黄金蜜(葡萄)补助成本"],
      ["C12", "warning", "受益脱贫户、监测户人口数"],
    ]);
    expect(f[2].message).toContain("★★★");
  });

  it("full-width brackets and masks, XX masks, a mask after an operator without brackets, fill-in instructions", () => {
    expect(nameResidue("设备购置成本（≤＊＊万元）")?.cleaned).toBe("设备购置成本");
    expect(nameResidue("培训人数（≥XX人）")?.cleaned).toBe("培训人数");
    expect(nameResidue("培训人数≥**人次")?.cleaned).toBe("培训人数");
    expect(nameResidue("宣传覆盖率（请填写目标值）")?.cleaned).toBe("宣传覆盖率");
    // An operator left with no number: (≥ %), （≤万元）.
    expect(nameResidue("验收合格率(≥ %)")?.cleaned).toBe("验收合格率");
    expect(nameResidue("项目总成本（≤万元）")?.cleaned).toBe("项目总成本");
    expect(nameResidue("验收合格率(≥95%)")).toBeNull();
    // The subject itself is masked: residue, but no name to propose.
    expect(nameResidue("XX项目验收合格率")).toMatchObject({ cleaned: null });
    expect(nameResidue("某某单位满意度")).toMatchObject({ cleaned: null });
  });

  it("passes real names and a form's own marks: ★ alone, （必填）, (葡萄), (亩), (%), X光机, 55人×400元", () => {
    const rows = `产出指标 | 数量指标 | ★补助鱼塘面积 | ≥3亩
      产出指标 | 数量指标 | 实施营造林总面积(亩) | 80000亩
      产出指标 | 质量指标 | 培训合格率（必填） | ≥90%
      产出指标 | 质量指标 | X光机检测合格率 | ≥95%
      产出指标 | 成本指标 | 55人×400元 | ≤2.2万元
      产出指标 | 质量指标 | 各项工作完成及时率% | =99%`;
    expect(runRule(L3_TEMPLATE_RESIDUE, rows, noDesc)).toEqual([]);
  });

  it("a placeholder row (XX指标, no value) is TEMPLATE_PLACEHOLDER_ROW's", () => {
    expect(runRule(L3_TEMPLATE_RESIDUE, `产出指标 | 数量指标 | XX指标 | `, noDesc)).toEqual([]);
  });
});
