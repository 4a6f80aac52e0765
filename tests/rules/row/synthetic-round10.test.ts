/**
 * Classes found by the third set of synthetic probe tables (docs/decisions.md "Tenth round"): fifteen tables written by
 * helpers who neither ran the engine nor read its rules, scored once before any rule was touched for them. Each test
 * holds the defect and the accepted forms beside it, so a fix cannot pass by flagging everything.
 */
import { runRule, runRules } from "../../helpers/rowsTable";
import { findingsOf } from "../../helpers/gridCheck";
import { findTypos } from "../../../src/engine/rules/shared/typos";
import { rule as VALUE_MIXED_TEXT } from "../../../src/engine/rules/row/VALUE_MIXED_TEXT";
import { rule as RATE_NOT_PERCENT } from "../../../src/engine/rules/row/RATE_NOT_PERCENT";
import { rule as VALUE_WRONG_DIRECTION } from "../../../src/engine/rules/row/VALUE_WRONG_DIRECTION";
import { rule as INDICATOR_NOT_MEASURABLE } from "../../../src/engine/rules/row/INDICATOR_NOT_MEASURABLE";
import { rule as VALUE_NOT_QUANTIFIED } from "../../../src/engine/rules/row/VALUE_NOT_QUANTIFIED";
import { rule as VALUE_NO_UNIT } from "../../../src/engine/rules/row/VALUE_NO_UNIT";
import { rule as MONEY_UNIT_INCOMPLETE } from "../../../src/engine/rules/row/MONEY_UNIT_INCOMPLETE";
import { rule as SATISFACTION_NOT_PERCENT } from "../../../src/engine/rules/row/SATISFACTION_NOT_PERCENT";
import { rule as DEADLINE_OUTSIDE_YEAR } from "../../../src/engine/rules/row/DEADLINE_OUTSIDE_YEAR";

const noDesc = { columns: "noDescription" as const };

test("a rate per million (麻疹报告发病率 ≤1/100万, /百万人口) is a rate like /10万: no VALUE_MIXED_TEXT, no RATE_NOT_PERCENT", () => {
  const rows = "效益指标 | 社会效益指标 | 麻疹报告发病率 | ≤1/100万\n效益指标 | 社会效益指标 | 乙肝发病率 | ≤10/百万人口\n效益指标 | 社会效益指标 | 肺结核发病率 | ≤50/10万人口";
  expect(runRules([VALUE_MIXED_TEXT, RATE_NOT_PERCENT], rows, noDesc)).toEqual([]);
  // Still a reverse rate: written as a floor, it is the wrong direction.
  expect(runRule(VALUE_WRONG_DIRECTION, "效益指标 | 社会效益指标 | 麻疹报告发病率 | ≥1/100万", noDesc)).toHaveLength(1);
});

describe("VALUE_WRONG_DIRECTION: positive indicators that name a bad thing", () => {
  test("a satisfaction with a complaint (投诉举报人对处理结果满意度 ≥90%) is rated by the people served: more is better", () => {
    expect(runRule(VALUE_WRONG_DIRECTION, "满意度指标 | 服务对象满意度指标 | 投诉举报人对处理结果满意度 | ≥90%", noDesc)).toEqual([]);
    expect(runRule(VALUE_WRONG_DIRECTION, "满意度指标 | 服务对象满意度指标 | 群众投诉率 | ≥90%", noDesc)).toHaveLength(1);
  });

  test("a surveillance system's sensitivity (非脊灰AFP病例报告发病率 ≥1/10万) is a floor; the disease's own incidence is not", () => {
    expect(runRule(VALUE_WRONG_DIRECTION, "产出指标 | 质量指标 | 15岁以下儿童非脊灰AFP病例报告发病率 | ≥1/10万", noDesc)).toEqual([]);
    expect(runRule(VALUE_WRONG_DIRECTION, "产出指标 | 质量指标 | 非麻疹风疹排除病例报告发病率 | ≥2/10万", noDesc)).toEqual([]);
    expect(runRule(VALUE_WRONG_DIRECTION, "效益指标 | 社会效益指标 | 手足口病发病率 | ≥1/10万", noDesc)).toHaveLength(1);
  });
});

test("a publicity slogan as the name (讲好…故事 | 100%) measures nothing; 宣传报道篇数 does", () => {
  expect(runRule(INDICATOR_NOT_MEASURABLE, "效益指标 | 社会效益指标 | 讲好本地香菇文化和廊桥故事 | 100%", noDesc)).toHaveLength(1);
  expect(runRule(INDICATOR_NOT_MEASURABLE, "效益指标 | 社会效益指标 | 擦亮城市旅游名片 | 100%", noDesc)).toHaveLength(1);
  expect(runRule(INDICATOR_NOT_MEASURABLE, "产出指标 | 数量指标 | 讲好故事宣传报道篇数 | ≥20篇", noDesc)).toEqual([]);
});

test("宏扬 → 弘扬 and 安全渡汛 → 安全度汛; 渡口, 宏大 and 弘扬 stay", () => {
  expect(findTypos("宏扬民族文化").fixed).toBe("弘扬民族文化");
  expect(findTypos("确保水库安全渡汛").fixed).toBe("确保水库安全度汛");
  for (const ok of ["弘扬民族文化", "渡口改造", "宏大叙事", "安全度汛"]) expect(findTypos(ok).typos).toEqual([]);
});

describe("GOAL_PLACEHOLDER", () => {
  const goal = (name: string, g: string) =>
    findingsOf([["项目名称", name], ["年度绩效目标", g], ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "发放户数", "≥1200户"]], "GOAL_PLACEHOLDER", 2022);

  test("落实 + the project's name with 政策 for 资金 says only that the policy is carried out", () => {
    expect(goal("草原生态保护补助奖励资金", "落实草原生态保护补助奖励政策。").map((f) => f.severity)).toEqual(["warning"]);
    expect(goal("草原生态保护补助奖励资金", "落实草原禁牧补助政策，发放补助1475万元，惠及牧户1200户。")).toEqual([]);
  });

  test("提升…水平 beside 保障…运转 is boilerplate; a level with a number is a target", () => {
    expect(goal("2023年街道机关运转经费", "保障街道机关正常运转，提升社区服务水平。").map((f) => f.severity)).toEqual(["warning"]);
    expect(goal("2023年街道机关运转经费", "保障街道机关正常运转，社区服务事项办结率提升至98%。")).toEqual([]);
  });
});

describe("DEADLINE_OUTSIDE_YEAR", () => {
  test("the year printed on a line of its own under the title (（2026年度）) is the budget year, not the year of the one deadline", () => {
    const grid = [
      ["项目支出绩效目标申报表"],
      ["（2026年度）"],
      ["项目名称", "法律援助经费"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "办理法律援助案件数", "≥380件"],
      ["产出指标", "时效指标", "办案补贴发放时间", "2027年1月31日前"],
    ];
    const fs = findingsOf(grid, "DEADLINE_OUTSIDE_YEAR");
    expect(fs.map((f) => [f.cell, f.suggestion])).toEqual([["D6", "2026年12月31日前"]]);
  });

  test("a deadline early in a later year moves to the budget year's end; one in an earlier year keeps its month", () => {
    const at = (v: string) => runRule(DEADLINE_OUTSIDE_YEAR, `产出指标 | 时效指标 | 资金拨付完成时间 | ${v}`, { ...noDesc, year: 2024 })[0]?.suggestion;
    expect(at("2025年3月底前")).toBe("2024年12月31日前");
    expect(at("2025年12月底前")).toBe("2024年12月底前");
    expect(at("2023年6月30日前")).toBe("2024年6月30日前");
    expect(at("2024年6月30日前")).toBeUndefined();
  });
});

describe("the fourth fresh probe set (j–l)", () => {
  test("a count per site or unit served (≥52次/站, ≥2次/所) and a count of vessel visits (≥800艘次) are counts, no mixed text", () => {
    const rows = "产出指标 | 数量指标 | 站点日常巡检次数 | ≥52次/站\n产出指标 | 数量指标 | 学校安全检查 | ≥2次/所\n产出指标 | 数量指标 | 开展渔船安全检查 | ≥800艘次";
    expect(runRule(VALUE_MIXED_TEXT, rows, noDesc)).toEqual([]);
    expect(runRule(VALUE_MIXED_TEXT, "产出指标 | 数量指标 | 站点日常巡检次数 | ≥52次每站点巡检到位", noDesc)).toHaveLength(1);
  });

  test("what was lost or missed (损毁、丢失数, 人口漏登率) is reverse: ≥0 is backwards, ≤1% is right", () => {
    expect(runRule(VALUE_WRONG_DIRECTION, "产出指标 | 质量指标 | 加工过程中档案实体损毁、丢失数 | ≥0件", noDesc)).toHaveLength(1);
    expect(runRule(VALUE_WRONG_DIRECTION, "产出指标 | 质量指标 | 人口漏登率 | ≤1%", noDesc)).toEqual([]);
    expect(runRule(VALUE_WRONG_DIRECTION, "产出指标 | 质量指标 | 人口登记准确率 | ≥99%", noDesc)).toEqual([]);
  });

  test("推近 → 推进 after a manner word, 着录 → 著录, 青储池 → 青贮池, 安全生成 → 安全生产; 接近, 储备 and 生成 stay", () => {
    expect(findTypos("有序推近非遗保护传承").fixed).toBe("有序推进非遗保护传承");
    expect(findTypos("目录数据着录准确率").fixed).toBe("目录数据著录准确率");
    expect(findTypos("配套建设青储池").fixed).toBe("配套建设青贮池");
    expect(findTypos("渔业安全生成责任书签订率").fixed).toBe("渔业安全生产责任书签订率");
    for (const ok of ["推近距离", "青储备", "报告自动生成率", "有序推进"]) expect(findTypos(ok).typos).toEqual([]);
  });

  test("有效支撑 / 大力支持 alone are a degree of support, no target; 支撑决策报告≥3份 is one", () => {
    expect(runRule(VALUE_NOT_QUANTIFIED, "效益指标 | 社会效益指标 | 为决策提供人口数据支撑 | 有效支撑", noDesc)).toHaveLength(1);
    expect(runRule(VALUE_NOT_QUANTIFIED, "效益指标 | 社会效益指标 | 为决策提供人口数据支撑 | 大力支持", noDesc)).toHaveLength(1);
    expect(runRule(VALUE_NOT_QUANTIFIED, "效益指标 | 社会效益指标 | 支撑决策的分析报告 | ≥3份", noDesc)).toEqual([]);
  });

  test("1.8万 on a …人次 name with the unit column blank is a count missing its unit, though the name speaks of 救助", () => {
    const fs = runRules([VALUE_NO_UNIT, MONEY_UNIT_INCOMPLETE], "产出指标 | 数量指标 | 门诊慢特病救助人次 | ≥1.8万", noDesc);
    expect(fs.map((f) => [f.code, f.suggestion])).toEqual([["VALUE_NO_UNIT", "≥1.8万人次"]]);
    // Money named as such stays money short of its 元.
    expect(runRule(MONEY_UNIT_INCOMPLETE, "产出指标 | 数量指标 | 门诊慢特病救助资金 | ≥1.8万", noDesc)).toHaveLength(1);
  });
});

describe("the fifth fresh probe set (m–o)", () => {
  test("a rate of something else under 满意度 (投诉办结率 | ≥95) is judged as the rate it is; a complaint count there stays a count", () => {
    const rows = (name: string, value: string) => `满意度指标 | 服务对象满意度指标 | ${name} | ${value}`;
    expect(runRules([RATE_NOT_PERCENT, SATISFACTION_NOT_PERCENT], rows("12345热线环卫类投诉办结率", "≥95"), noDesc).map((f) => [f.code, f.suggestion])).toEqual([["RATE_NOT_PERCENT", "≥95%"]]);
    expect(runRules([RATE_NOT_PERCENT, SATISFACTION_NOT_PERCENT], rows("有效投诉次数", "≤2次"), noDesc)).toEqual([]);
    expect(runRules([RATE_NOT_PERCENT, SATISFACTION_NOT_PERCENT], rows("服务对象满意度", "≥95"), noDesc).map((f) => f.code)).toEqual(["SATISFACTION_NOT_PERCENT"]);
  });

  test("what is cleared away (清理除治病死松树 ≥18000株) is counted: a floor, though the name holds 病死", () => {
    expect(runRule(VALUE_WRONG_DIRECTION, "产出指标 | 数量指标 | 清理除治病死（枯死）松树 | ≥18000株", noDesc)).toEqual([]);
    expect(runRule(VALUE_WRONG_DIRECTION, "效益指标 | 生态效益指标 | 松树病死率 | ≥1%", noDesc)).toHaveLength(1);
  });

  test("a pledge of protection as the name (筑牢…生态安全屏障 | 100%) measures nothing", () => {
    expect(runRule(INDICATOR_NOT_MEASURABLE, "效益指标 | 可持续影响指标 | 筑牢全县生态安全屏障 | 100%", noDesc)).toHaveLength(1);
    expect(runRule(INDICATOR_NOT_MEASURABLE, "效益指标 | 可持续影响指标 | 松林面积保有率 | ≥98%", noDesc)).toEqual([]);
  });

  test("进一部提高 → 进一步提高; 进一部分 stays", () => {
    expect(findTypos("进一部提高残疾人服务水平").fixed).toBe("进一步提高残疾人服务水平");
    expect(findTypos("其中进一部分资金用于").typos).toEqual([]);
  });

  test("做好 + the project's name + 保障工作 repeats the name", () => {
    const goal = (name: string, g: string) =>
      findingsOf([["项目名称", name], ["年度目标", g], ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "污水处理量", "≥1200万吨"]], "GOAL_PLACEHOLDER", 2026);
    expect(goal("儋州市城镇污水处理厂运营服务费", "做好儋州市城镇污水处理厂运营服务费保障工作。").map((f) => f.severity)).toEqual(["warning"]);
    expect(goal("儋州市城镇污水处理厂运营服务费", "保障城镇污水处理厂稳定运行，全年处理污水≥1200万吨，出水达标率100%。")).toEqual([]);
  });

  test("项目资金（万元） with the amount right beside it is the budget line, checked against its 其中 lines", () => {
    const grid = [
      ["项目名称", "2026年养老机构运营补贴", "", ""],
      ["项目资金（万元）", "86.4", "其中：自治区资金", "60"],
      ["", "", "县级资金", "24.6"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "补贴养老机构数", "=4家"],
    ];
    expect(findingsOf(grid, "BUDGET_SUM_MISMATCH", 2026).map((f) => f.cell)).toEqual(["B2"]);
    const fixed = grid.map((r, i) => (i === 2 ? ["", "", "县级资金", "26.4"] : r));
    expect(findingsOf(fixed, "BUDGET_SUM_MISMATCH", 2026)).toEqual([]);
  });
});
