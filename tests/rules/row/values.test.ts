/**
 * VALUE_EMPTY, VALUE_NO_OPERATOR, VALUE_NO_UNIT, VALUE_MIXED_TEXT, VALUE_NOT_QUANTIFIED.
 * Failing cases quote real seed rows; rows start on sheet row 10, so the 指标值 cell is E10 (D10 in 成都 layout).
 */
import { runRule, runRules } from "../../helpers/rowsTable";
import { rule as VALUE_EMPTY } from "../../../src/engine/rules/row/VALUE_EMPTY";
import { rule as VALUE_NO_OPERATOR } from "../../../src/engine/rules/row/VALUE_NO_OPERATOR";
import { rule as VALUE_NO_UNIT } from "../../../src/engine/rules/row/VALUE_NO_UNIT";
import { rule as VALUE_MIXED_TEXT } from "../../../src/engine/rules/row/VALUE_MIXED_TEXT";
import { rule as VALUE_NOT_QUANTIFIED } from "../../../src/engine/rules/row/VALUE_NOT_QUANTIFIED";
import { ROW_RULES } from "../../../src/engine/rules";

describe("VALUE_EMPTY", () => {
  it("flags a row with a 三级指标 and no 指标值 (seed 000 #1 培训人数 with its value cleared)", () => {
    const f = runRule(VALUE_EMPTY, `产出指标 | 数量指标 | 培训人数 | 培训人数 |  | 根据年初工作安排`);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: "VALUE_EMPTY", severity: "error", row: 0, cell: "E10" });
    expect(f[0].suggestion).toBeUndefined();
    expect(f[0].message).toContain("「培训人数」");
    expect(f[0].message).toContain("≥");
  });

  it("passes filled values and skips blank rows", () => {
    expect(runRule(VALUE_EMPTY, `产出指标 | 数量指标 | 培训人数 | 培训人数 | ≥45人 | 根据年初工作安排\n |  |  |  |  | `)).toEqual([]);
  });
});

describe("VALUE_NO_OPERATOR", () => {
  it("flags a percentage without operator (seed 000 #4 会议合格率（%） 90%) → ≥90%", () => {
    const f = runRule(VALUE_NO_OPERATOR, ` | 质量指标 | 会议合格率（%） | 会议合格率（%） | 90% | 根据年初工作安排`);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: "VALUE_NO_OPERATOR", severity: "info", cell: "E10", suggestion: "≥90%" });
  });

  it("suggests =100% for a bare 100% (seed 002 #1 补助资金发放合规率 100%)", () => {
    const f = runRule(VALUE_NO_OPERATOR, ` | 质量指标 | 补助资金发放合规率 | 反映补助资金发放合规情况 | 100%`, { columns: "noBasis" });
    expect(f[0].suggestion).toBe("=100%");
  });

  it("suggests ≤ for a cost without operator (seed 000 #3 印刷成本 90000元)", () => {
    const f = runRule(VALUE_NO_OPERATOR, ` | 成本指标 | 印刷成本 | 会刊专项印刷成本 | 90000元 | 根据年初工作安排`);
    expect(f[0].suggestion).toBe("≤90000元");
  });

  it("adds 前 to a dated deadline (seed 000 #1 培训完成时间 2025年12月31日)", () => {
    const f = runRule(VALUE_NO_OPERATOR, ` | 时效指标 | 培训完成时间 | 培训完成时间 | 2025年12月31日 | 根据年初工作安排`, { year: 2025 });
    expect(f[0]).toMatchObject({ cell: "E10", suggestion: "2025年12月31日前" });
  });

  it("prefers ≥ over > (seed 000 满意度 >90%)", () => {
    const f = runRule(VALUE_NO_OPERATOR, `满意度指标 | 服务对象满意度指标 | 参训人员满意度 | 参训人员满意度 | >90% | 根据年初工作安排`);
    expect(f[0]).toMatchObject({ severity: "info", suggestion: "≥90%" });
  });

  it("uses the corrected unit in its suggestion (seed 002 #3 撰写研究报告 1个 → ≥1篇)", () => {
    const f = runRule(VALUE_NO_OPERATOR, ` | 数量指标 | 撰写研究报告 | 反映撰写研究报告（目标1） | 1个`, { columns: "noBasis" });
    expect(f[0].suggestion).toBe("≥1篇");
  });

  it("passes values with ≥/≤/=, deadlines with 前 and leaves year-less deadlines to DEADLINE_NO_YEAR", () => {
    const f = runRule(
      VALUE_NO_OPERATOR,
      `产出指标 | 数量指标 | 培训人数 | 培训人数 | ≥45人 | x
       | 时效指标 | 支付企业时限 | 奖励资金支付企业时限 | 2025年12月31日前 | x
       | 时效指标 | 发放时限 | 完成抚恤金发放的最晚时间 | 12月31日 | x
       | 质量指标 | 新建党组织建成率 | x | $= 100\\%$ | x`,
      { year: 2025 },
    );
    expect(f).toEqual([]);
  });
});

describe("VALUE_NO_UNIT", () => {
  it("flags a bare number and proposes the unit the name implies", () => {
    // seed 004 #9 "项目总成本 … ≤155.69按计划完成工作" with the prose removed: "≤155.69" (research R-VAL-003 lists it)
    const f = runRule(VALUE_NO_UNIT, ` | 成本指标 | 项目总成本 | 项目总预算控制额 | ≤155.69 | 按计划完成工作`);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: "VALUE_NO_UNIT", severity: "error", cell: "E10", suggestion: "≤155.69万元" });
  });

  it("adds operator and unit for a count (`≥60` on 开展调研次数)", () => {
    const f = runRule(VALUE_NO_UNIT, `产出指标 | 数量指标 | 开展调研次数 | 开展调研次数 | 60 | x`);
    expect(f[0].suggestion).toBe("≥60次");
  });

  it("gives no suggestion when the name implies no unit, and leaves rates and 满意度 to their own codes", () => {
    const f = runRule(
      VALUE_NO_UNIT,
      ` | 质量指标 | 考核结果 | 考核结果本年度优 | ≥1 | x
       | 质量指标 | 培训合格率 | x | ≥90 | x
      满意度指标 | 服务对象满意度指标 | 群众满意度 | x | 90 | x`,
    );
    expect(f).toHaveLength(1);
    expect(f[0].cell).toBe("E10");
    expect(f[0].suggestion).toBeUndefined();
  });

  it("passes values with units (seed 000 #1 ≥45人)", () => {
    expect(runRule(VALUE_NO_UNIT, `产出指标 | 数量指标 | 培训人数 | 培训人数 | ≥45人 | 根据年初工作安排`)).toEqual([]);
  });
});

describe("VALUE_MIXED_TEXT", () => {
  it("flags a number fused with prose (seed 004 #9 ≥700按计划完成工作) and keeps the unit from the name (700余人)", () => {
    const f = runRule(VALUE_MIXED_TEXT, `产出指标 | 数量指标 | 企业改制企业人员700余人补贴等全部发放到位 | 圆满完成本年工作计划 | ≥700按计划完成工作 | 按计划完成工作`);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: "VALUE_MIXED_TEXT", severity: "error", cell: "E10", suggestion: "≥700人" });
    expect(f[0].message).toContain("按计划完成工作");
  });

  it("suggests 万元 on a cost (seed 004 #9 项目总成本 ≤155.69按计划完成工作)", () => {
    const f = runRule(VALUE_MIXED_TEXT, ` | 成本指标 | 项目总成本 | 项目总预算控制额不超158.69万元 | ≤155.69按计划完成工作 | 按计划完成工作`);
    expect(f[0].suggestion).toBe("≤155.69万元");
  });

  it("is the only value-format code on such a cell (no VALUE_NO_UNIT / VALUE_NO_OPERATOR on top)", () => {
    const f = runRules(ROW_RULES, ` | 质量指标 | 考核结果 | 考核结果本年度优 | ≥1按计划完成工作 | 按计划完成工作`);
    const onValue = f.filter((x) => x.cell === "E10").map((x) => x.code);
    expect(onValue).toEqual(["VALUE_MIXED_TEXT"]);
  });

  it("reports 满意度 cells too but leaves their suggestion to SATISFACTION_NOT_PERCENT (seed 004 #9 群众满意度), and passes clean values", () => {
    const f = runRule(
      VALUE_MIXED_TEXT,
      `满意度指标 | 服务对象满意度指标 | 群众满意度 | 群众满意度 | 1按计划完成工作 | 按计划完成工作
      产出指标 | 数量指标 | 培训人数 | 培训人数 | ≥45人 | x`,
    );
    expect(f.map((x) => [x.cell, x.suggestion])).toEqual([["E10", undefined]]);
  });
});

describe("VALUE_NOT_QUANTIFIED", () => {
  it("flags vague 效益 values (seed 000 #8 宣传影响力 有所提升) with a measurable example", () => {
    const f = runRule(VALUE_NOT_QUANTIFIED, `效益指标 | 社会效益指标 | 宣传影响力 | 宣传影响力 | 有所提升 | 根据年初工作安排`);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: "VALUE_NOT_QUANTIFIED", severity: "warning", cell: "E10" });
    expect(f[0].suggestion).toBeUndefined();
    expect(f[0].message).toContain("「宣传影响力」");
    expect(f[0].message).toMatch(/≥\d+%/);
  });

  it("flags values repeating the name (seed 000 #3 满足业务开展需求), 得到…充分认可 (seed 001) and sentences (seed 002 #1)", () => {
    const f = runRule(
      VALUE_NOT_QUANTIFIED,
      `效益指标 | 社会效益指标 | 满足业务开展需求 | 满足业务开展需求 | 满足业务开展需求 | 根据年初工作安排
       | 社会效益指标 | 社会影响力 | 得到广大民营企业家的充分认可 | 得到广大民 营企业家的 充分认可 | 历史经验标准
       | 社会效益指标 | 改善补助对象生活 | 反映补助对象生活改善程度 | 维护社会安定，帮助生活困难的原工商业者 | x
       | 可持续影响指标 | 持续提升影响力 | 持续提升曹妃甸对外影响力 | 持续影响 | 按照年初工作安排`,
    );
    expect(f.map((x) => x.cell)).toEqual(["E10", "E11", "E12", "E13"]);
    expect(f[0].message).toContain("重复");
  });

  it("passes graded answers and measurable values, and leaves 时效/成本/满意度 text to other codes", () => {
    const f = runRule(
      VALUE_NOT_QUANTIFIED,
      `效益指标 | 社会效益指标 | 能力提升率 | 能力提升率 | ≥20% | x
       | 社会效益指标 | 考核等次 | x | 优 | x
      产出指标 | 时效指标 | 按期完成率 | 定期及时开展活动情况 | 定期及时开展活动数量 | 历史经验标准
       | 成本指标 | 合理使用经费 | 合理使用经费 | 经费使用情况 | 历史经验标准`,
    );
    expect(f).toEqual([]);
  });
});

describe("VALUE_NO_OPERATOR on durations", () => {
  it("suggests ≤ for a 时效 time span without operator (seed 003 任务1: 系统故障修复处理时间 ≤ 24 小时, operator dropped)", () => {
    const f = runRule(VALUE_NO_OPERATOR, ` | 时效指标 | 任务1: 系统故障修复处理时间 | x | 24小时 | x`);
    expect(f[0]).toMatchObject({ cell: "E10", suggestion: "≤24小时" });
  });
});
