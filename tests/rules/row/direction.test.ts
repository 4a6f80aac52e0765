/**
 * RATE_OVER_100, RATE_NOT_PERCENT, VALUE_WRONG_DIRECTION, VALUE_TRIVIAL, QUANTITY_CEILING_ONLY.
 * Failing cases quote real seed rows; the 指标值 cell is E10 (D10 in the 成都 layout).
 */
import { runRule, runRules } from "../../helpers/rowsTable";
import { rule as RATE_OVER_100 } from "../../../src/engine/rules/row/RATE_OVER_100";
import { rule as RATE_NOT_PERCENT } from "../../../src/engine/rules/row/RATE_NOT_PERCENT";
import { rule as VALUE_WRONG_DIRECTION } from "../../../src/engine/rules/row/VALUE_WRONG_DIRECTION";
import { rule as VALUE_TRIVIAL } from "../../../src/engine/rules/row/VALUE_TRIVIAL";
import { rule as QUANTITY_CEILING_ONLY } from "../../../src/engine/rules/row/QUANTITY_CEILING_ONLY";
import { ROW_RULES } from "../../../src/engine/rules";

describe("RATE_OVER_100", () => {
  it("flags ≥100% (seed 003 任务1: 系统验收合格率 $\\geq 100\\%$) → =100%", () => {
    const f = runRule(RATE_OVER_100, `产出指标 | 质量指标 | 任务1: 系统验收合格率 | $\\geq 100\\%$`, { columns: "noDescription" });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: "RATE_OVER_100", severity: "error", row: 0, cell: "D10", suggestion: "=100%" });
    expect(f[0].message).toContain("「系统验收合格率」");
  });

  it("flags rates above 100% but not growth rates", () => {
    const f = runRule(RATE_OVER_100, `产出指标 | 质量指标 | 验收合格率 | x | 120% | x\n | 质量指标 | 出口额同比增长率 | x | ≥120% | x`);
    expect(f.map((x) => x.cell)).toEqual(["E10"]);
  });

  it("passes =100%, ≥95% and leaves ≤100% to VALUE_TRIVIAL (seed 003 任务3: 新建党组织建成率 $= 100\\%$)", () => {
    const f = runRule(
      RATE_OVER_100,
      `产出指标 | 质量指标 | 任务3: 新建党组织建成率 | $= 100\\%$\n |  | 任务4: 培训计划按期完成率 | $\\geq 95\\%$\n |  | 合格率 | ≤100%`,
      { columns: "noDescription" },
    );
    expect(f).toEqual([]);
  });
});

describe("RATE_NOT_PERCENT", () => {
  it("flags a rate written as a count", () => {
    // seed 003 "任务6: 获得市级以上领导肯定性批示或者采纳率 ≥50%" with the value written as a count (the research notes it mixes a count with a rate)
    const f = runRule(RATE_NOT_PERCENT, `效益指标 | 社会效益指标 | 任务6: 获得市级以上领导肯定性批示或者采纳率 | ≥5次`, { columns: "noDescription" });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: "RATE_NOT_PERCENT", severity: "error", cell: "D10" });
    expect(f[0].suggestion).toBeUndefined();
  });

  it("suggests a percentage for a bare number or a fraction", () => {
    // seed 002 #2 "保洁达标率 ≥90%" written without %, and as a fraction
    const f = runRule(RATE_NOT_PERCENT, ` | 质量指标 | 保洁达标率 | 反映卫生保洁情况 | ≥90\n | 质量指标 | 服务验收合格率 | 反映服务验收合格情况 | ≥0.9`, { columns: "noBasis" });
    expect(f.map((x) => x.suggestion)).toEqual(["≥90%", "≥90%"]);
  });

  it("passes percentages, skips 满意度, 效率 and text under 时效 (seed 001 #3 按期完成率 | 定期及时开展活动数量)", () => {
    const f = runRule(
      RATE_NOT_PERCENT,
      ` | 质量指标 | 培训出勤率（%） | 培训出勤率（%） | >90% | x
       | 时效指标 | 按期完成率 | 定期及时开展活动情况 | 定期及时开展活动数量 | 历史经验标准
      满意度指标 | 服务对象满意度指标 | 满意率 | x | 1按计划完成工作 | x
      效益指标 | 经济效益指标 | 办事效率 | x | ≥10件 | x`,
    );
    expect(f).toEqual([]);
  });
});

describe("VALUE_TRIVIAL", () => {
  it("flags ≥0次 on a 反向 indicator with =0次 (seed 002 #2 因物业服务问题导致不能正常办公次数 ≥0次)", () => {
    const f = runRule(VALUE_TRIVIAL, `效益指标 | 社会效益指标 | 因物业服务问题导致不能正常办公次数 | 反映因物业服务问题导致不能正常办公次数 | ≥0次`, { columns: "noBasis" });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: "VALUE_TRIVIAL", severity: "error", row: 0, cell: "E10", suggestion: "=0次" });
    expect(f[0].message).toContain("「因物业服务问题导致不能正常办公次数」");
  });

  it("≥0 on a 反向 indicator: VALUE_TRIVIAL and VALUE_WRONG_DIRECTION, both suggesting =0次 (seed 002 #2 住宿问题次数 ≥0次)", () => {
    const f = runRules(ROW_RULES, ` | 社会效益指标 | 出现市管异地交流任职干部住宿问题次数 | 反映出现市管异地交流任职干部住宿问题次数 | ≥0次`, { columns: "noBasis" });
    const onValue = f.filter((x) => x.cell === "E10");
    expect(onValue.map((x) => x.code)).toEqual(["VALUE_TRIVIAL", "VALUE_WRONG_DIRECTION"]);
    expect(onValue.map((x) => x.suggestion)).toEqual(["=0次", "=0次"]);
  });

  it("flags ≥0% and ≤100%; ≤100% on a positive rate suggests =100%", () => {
    const f = runRule(VALUE_TRIVIAL, ` | 质量指标 | 验收合格率 | x | ≤100% | x\n | 质量指标 | 能力提升率 | x | ≥0% | x`);
    expect(f.map((x) => [x.cell, x.suggestion])).toEqual([
      ["E10", "=100%"],
      ["E11", undefined],
    ]);
  });

  it("passes real targets (seed 003 任务1: 系统故障率 $\\leq 0.01\\%$; seed 000 开展调研次数 ≥1次)", () => {
    const f = runRule(VALUE_TRIVIAL, ` | 质量指标 | 任务1: 系统故障率 | x | $\\leq 0.01\\%$ | x\n | 数量指标 | 开展调研次数 | x | ≥1次 | x`);
    expect(f).toEqual([]);
  });
});

describe("VALUE_WRONG_DIRECTION", () => {
  it("flags a 反向 indicator with ≥N", () => {
    // seed 002 #2 "因物业服务问题导致不能正常办公次数 ≥0次" with a non-zero floor (the ≥0 case itself is VALUE_TRIVIAL)
    const f = runRule(VALUE_WRONG_DIRECTION, `效益指标 | 社会效益指标 | 因物业服务问题导致不能正常办公次数 | x | ≥2次`, { columns: "noBasis" });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: "VALUE_WRONG_DIRECTION", severity: "error", cell: "E10", suggestion: "≤2次" });
  });

  it("flags meeting length written as a floor as info (seed 003 任务2: 换届会议天数 ≥2天)", () => {
    const f = runRule(VALUE_WRONG_DIRECTION, `数量指标 |  | 任务2：换届会议天数 | ≥2天`, { columns: "noDescription" });
    expect(f[0]).toMatchObject({ severity: "info", cell: "D10", suggestion: "≤2天" });
  });

  it("flags a positive rate with a ceiling, a response time and a cost with a floor", () => {
    const f = runRule(
      VALUE_WRONG_DIRECTION,
      ` | 质量指标 | 培训合格率 | x | ≤90% | x
       | 时效指标 | 任务1: 系统运行维护响应时间 | x | ≥ 720 分钟 | x
       | 成本指标 | 物业管理费 | 反映物业管理费情况 | ≥86万元 | x`,
    );
    expect(f.map((x) => x.suggestion)).toEqual(["≥90%", "≤720分钟", "≤86万元"]);
  });

  it("passes correctly directed values (seed 003 系统故障修复处理时间 ≤ 24 小时, seed 000 培训人数 ≥45人, 问题整改率 ≥95%)", () => {
    const f = runRule(
      VALUE_WRONG_DIRECTION,
      ` | 时效指标 | 任务1: 系统故障修复处理时间 | x | ≤ 24 小时 | x
      产出指标 | 数量指标 | 培训人数 | x | ≥45人 | x
       | 质量指标 | 问题整改率 | x | ≥95% | x
       | 数量指标 | 任务4：培训天数 | x | ≥20天 | x`,
    );
    expect(f).toEqual([]);
  });
});

describe("QUANTITY_CEILING_ONLY", () => {
  it("flags ≤ on a 数量 count (seed 002 #1 补助人员数量 ≤12人) → =12人", () => {
    const f = runRule(QUANTITY_CEILING_ONLY, `产出指标 | 数量指标 | 补助人员数量 | 反映补助人员数量 | ≤12人`, { columns: "noBasis" });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: "QUANTITY_CEILING_ONLY", severity: "warning", cell: "E10", suggestion: "=12人" });
    expect(f[0].message).toContain("≥12人");
  });

  it("reports areas as info (seed 002 #2 物业管理办公用房面积 ≤2324平方米) and 支持企业数量 ≤7家 as warning (seed 004 #5)", () => {
    const f = runRule(
      QUANTITY_CEILING_ONLY,
      `产出指标 | 数量指标 | 物业管理办公用房面积 | 反映物业管理办公用房面积 | ≤2324平方米 | x
       | 数量指标 | 支持企业数量 | 获得资金支持企业数量 | ≤7家 | 唐财建[2024]140号`,
    );
    expect(f.map((x) => [x.cell, x.severity, x.suggestion])).toEqual([
      ["E11", "warning", "=7家"],
      ["E10", "info", "=2324平方米"],
    ]);
  });

  it("passes floors, 反向 counts and ceilings outside 数量", () => {
    const f = runRule(
      QUANTITY_CEILING_ONLY,
      `产出指标 | 数量指标 | 培训人数 | x | ≥45人 | x
       | 数量指标 | 安全事故次数 | x | ≤1次 | x
       | 成本指标 | 发放补助资金数额 | 反映补助资金数额 | ≤2.7万元 | x`,
    );
    expect(f).toEqual([]);
  });
});

describe("direction word lists", () => {
  it("knows common 反向 rates and keeps reduction rates 正向", () => {
    const f = runRule(
      VALUE_WRONG_DIRECTION,
      ` | 质量指标 | 房屋空置率 | x | ≥5% | x
       | 质量指标 | 产品不良率 | x | ≥1% | x
      效益指标 | 生态效益指标 | 单位面积能耗 | x | ≥30千瓦时 | x
       | 生态效益指标 | 能耗降低率 | x | ≤5% | x
       | 生态效益指标 | 节约能耗量 | x | ≥5吨 | x`,
    );
    expect(f.map((x) => [x.cell, x.suggestion])).toEqual([
      ["E10", "≤5%"],
      ["E11", "≤1%"],
      ["E12", "≤30千瓦时"],
      ["E13", "≥5%"],
    ]);
  });
});
