/**
 * Classes found by the sixth fresh set of synthetic probe tables (p–r, docs/decisions.md "Eleventh round"): fifteen
 * tables written by helpers who neither ran the engine nor read its rules, scored once before any rule was touched for
 * them. Each test holds the defect and the accepted forms beside it, so a fix cannot pass by flagging everything.
 */
import { runRule } from "../../helpers/rowsTable";
import { checkGrid, findingsOf, readGrid } from "../../helpers/gridCheck";
import { rule as UNIT_MISMATCH } from "../../../src/engine/rules/row/UNIT_MISMATCH";
import { headerRole } from "../../../src/engine/reader/labels";
import { cleanName } from "../../../src/engine/rules/shared/indicatorKinds";
import { findTypos } from "../../../src/engine/rules/shared/typos";
import { rule as VALUE_MIXED_TEXT } from "../../../src/engine/rules/row/VALUE_MIXED_TEXT";
import { rule as INDICATOR_NOT_MEASURABLE } from "../../../src/engine/rules/row/INDICATOR_NOT_MEASURABLE";
import { rule as VALUE_NOT_QUANTIFIED } from "../../../src/engine/rules/row/VALUE_NOT_QUANTIFIED";
import { rule as TEMPLATE_PLACEHOLDER_ROW } from "../../../src/engine/rules/row/TEMPLATE_PLACEHOLDER_ROW";
import { rule as UNIT_COST_BASIS_MISSING } from "../../../src/engine/rules/row/UNIT_COST_BASIS_MISSING";

const noDesc = { columns: "noDescription" as const };
const fixes = (text: string) => findTypos(text).typos.map((t) => [t.found, t.replacement]);

describe("TYPO: same-sound slips in words of works and archives", () => {
  test("踏方 → 塌方, 质捡 / 捡查 → 检, 扫瞄 → 扫描; 捡拾 stays", () => {
    expect(fixes("清理踏方及路面障碍物")).toEqual([["踏方", "塌方"]]);
    expect(fixes("存量登记数据整合质捡")).toEqual([["捡", "检"]]);
    expect(fixes("设备捡查次数")).toEqual([["捡", "检"]]);
    expect(fixes("档案扫瞄页数")).toEqual([["扫瞄", "扫描"]]);
    expect(fixes("捡拾白色垃圾面积")).toEqual([]);
  });

  test("部属 after the work it arranges is 部署; 部属高校 and 部属单位 (subordinate bodies) stay", () => {
    expect(fixes("按照市委工作部属，做好代表履职服务")).toEqual([["部属", "部署"]]);
    expect(fixes("落实部属要求")).toEqual([["部属", "部署"]]);
    expect(fixes("教育部部属高校对口支援")).toEqual([]);
    expect(fixes("工作部属单位共12家")).toEqual([]);
  });

  test("樊城区城区: a place name closed by 区 before the word 城区 is no doubled word; 城区城区 opening the text is", () => {
    expect(fixes("保障樊城区城区主次干道清扫保洁")).toEqual([]);
    expect(fixes("城区城区主次干道清扫保洁")).toEqual([["城区城区", "城区"]]);
    expect(fixes("幸福社区社区服务站运行")).toEqual([]);
    expect(fixes("意见意见")).toEqual([["意见意见", "意见"]]);
    expect(fixes("推进乡村乡村振兴")).toEqual([["乡村乡村", "乡村"]]);
  });
});

describe("VALUE_NOT_QUANTIFIED: an open amount and a claimed quality", () => {
  const value = (name: string, v: string, l2 = "数量指标") => runRule(VALUE_NOT_QUANTIFIED, `产出指标 | ${l2} | ${name} | ${v}`, noDesc);

  test("若干次, 数次: an open amount with its measure word; ≥12次 is a target", () => {
    expect(value("开展创业就业指导服务", "若干次")).toHaveLength(1);
    expect(value("开展送戏下乡演出", "数场")).toHaveLength(1);
    expect(value("开展创业就业指导服务", "≥12次")).toEqual([]);
  });

  test("高质量, 高标准 alone claim a quality; 合格 and 优良 are grades", () => {
    expect(value("宣传活动组织质量", "高质量", "质量指标")).toHaveLength(1);
    expect(value("农田建设标准", "高标准", "质量指标")).toHaveLength(1);
    expect(value("宣传活动组织质量", "合格", "质量指标")).toEqual([]);
  });
});

describe("INDICATOR_NOT_MEASURABLE: rallying calls and claimed support as names", () => {
  const name = (n: string) => runRule(INDICATOR_NOT_MEASURABLE, `效益指标 | 社会效益指标 | ${n} | 100%`, noDesc);

  test("凝聚…合力 and 为…提供数据支撑 with a percentage measure nothing; a share of reports adopted does", () => {
    expect(name("凝聚全市干事创业强大合力")).toHaveLength(1);
    expect(name("为党委政府决策提供数据支撑")).toHaveLength(1);
    expect(name("统计分析报告被采纳率")).toEqual([]);
  });
});

test("TEMPLATE_PLACEHOLDER_ROW: a numbered empty slot (②指标2, 3.指标3) is still a slot; ②受助学生满意度 is a row", () => {
  expect(runRule(TEMPLATE_PLACEHOLDER_ROW, "满意度指标 | 服务对象满意度指标 | ②指标2 | ", noDesc)).toHaveLength(1);
  expect(runRule(TEMPLATE_PLACEHOLDER_ROW, "满意度指标 | 服务对象满意度指标 | 3.指标3 | ", noDesc)).toHaveLength(1);
  expect(runRule(TEMPLATE_PLACEHOLDER_ROW, "满意度指标 | 服务对象满意度指标 | ②受助学生满意度 | ≥90%", noDesc)).toEqual([]);
});

test("VALUE_MIXED_TEXT: measure words of supplies (元/顶, 元/副, 元/眼) are a unit cost's basis, not text", () => {
  for (const v of ["≤4500元/顶", "≤35元/副", "≤3万元/眼"]) expect(runRule(VALUE_MIXED_TEXT, `产出指标 | 成本指标 | 救灾物资采购单价 | ${v}`, noDesc)).toEqual([]);
  expect(runRule(VALUE_MIXED_TEXT, "产出指标 | 成本指标 | 救灾帐篷采购单价 | ≤4500元/顶左右", noDesc)).toHaveLength(1);
});

test("UNIT_COST_BASIS_MISSING: pay to a person in a role (护路员劳务补助 ≤1500元) is per person and period when it is a small share of the budget", () => {
  const pay = (name: string, v: string) =>
    findingsOf(
      [
        ["项目名称", "农村公路日常养护经费"],
        ["预算数（万元）", "86.5"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "成本指标", name, v],
      ],
      "UNIT_COST_BASIS_MISSING",
      2024,
    );
  expect(pay("护路员劳务补助", "≤1500元").map((f) => f.message)).toEqual([expect.stringContaining("每人每月还是每人每年")]);
  expect(pay("护路员劳务补助", "≤1500元/人·月")).toEqual([]);
  // The whole line's total (30万元 of an 86.5万元 budget) is no rate.
  expect(pay("护路员劳务补助", "≤30万元")).toEqual([]);
  // Not pay to a person: a material's total is what it is.
  expect(runRule(UNIT_COST_BASIS_MISSING, "产出指标 | 成本指标 | 沥青材料采购费 | ≤1500元", noDesc)).toEqual([]);
});

test("DESC_VALUE_CONFLICT: 各开展1次 in the description is per season, not the total (≥2次)", () => {
  const grid = (desc: string) => [
    ["项目名称", "免疫规划疫苗接种项目"],
    ["一级指标", "二级指标", "三级指标", "指标值", "指标值说明"],
    ["产出指标", "数量指标", "查漏补种专项行动次数", "≥2次", desc],
  ];
  expect(findingsOf(grid("春季、秋季入托入学后各开展1次"), "DESC_VALUE_CONFLICT", 2025)).toEqual([]);
  expect(findingsOf(grid("全年开展1次"), "DESC_VALUE_CONFLICT", 2025)).toHaveLength(1);
});

describe("the budget year and the spending plan of a quarter-by-quarter export (946)", () => {
  const table = (plan: (string | number)[], deadline: string, period = "2024年1月-2024年12月") => [
    ["项目名称", "环卫作业运转保障经费"],
    ["项目期限", period],
    ["资金总额", "1280"],
    ["资金支出计划（%）", "一季度", "二季度", "三季度", "四季度"],
    ["", ...plan],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "时效指标", "项目资金支付完成时间", deadline],
    ["产出指标", "数量指标", "清扫保洁面积", "≥320万平方米"],
  ];

  test("a lone deadline early in the next year is the slip, not the budget year: the one-year period names it", () => {
    expect(findingsOf(table(["25%", "25%", "25%", "25%"], "2025年1月31日"), "DEADLINE_OUTSIDE_YEAR").map((f) => f.suggestion)).toEqual(["2024年12月31日前"]);
    expect(findingsOf(table(["25%", "25%", "25%", "25%"], "2025年1月31日"), "YEAR_MISMATCH")).toEqual([]);
    // A deadline later in that next year outranks the period, as before: the copied period is the likelier slip.
    expect(findingsOf(table(["25%", "25%", "25%", "25%"], "2025年10月31日前"), "YEAR_MISMATCH")).toHaveLength(1);
  });

  test("quarters' shares that add up to 90% are one SPEND_NOT_100 on their sum, not a drop to 15%", () => {
    const fs = findingsOf(table(["25%", "25%", "25%", "15%"], "2024年12月31日前"), "SPEND_NOT_100");
    expect(fs.map((f) => [f.message.includes("各期合计 90%"), f.suggestion])).toEqual([[true, "25%"]]);
    expect(findingsOf(table(["25%", "25%", "25%", "15%"], "2024年12月31日前"), "SPEND_NOT_MONOTONIC")).toEqual([]);
    // Shares adding up to 100, rising or not, are the form's own reading; a cumulative row ending at 100 is too.
    for (const plan of [["10%", "20%", "30%", "40%"], ["25%", "25%", "25%", "25%"], ["25%", "50%", "75%", "100%"]])
      expect(findingsOf(table(plan, "2024年12月31日前"), "SPEND_NOT_100")).toEqual([]);
  });
});

describe("the reader: a scoring column and names numbered twice (936, 929 under the invariance check)", () => {
  test("评（扣）分标准, 评分标准, 计分方法 title a scoring rule, never the value", () => {
    for (const t of ["评（扣）分标准", "评(扣)分标准", "评分标准", "扣分标准", "计分方法"]) expect(headerRole(t)).toBe("standard");
    expect(headerRole("考核值")).toBeNull();
  });

  test("with the value column titled with an unknown word, the value is still read beside the scoring column", () => {
    const grid = [
      ["项目名称", "法律援助案件补贴"],
      ["一级指标", "二级指标", "三级指标", "指标内容", "评（扣）分标准", "考核值", "指标值确定依据"],
      ["产出指标", "数量指标", "刑事法律援助案件办理数", "反映全年办理的案件数量", "达到目标值得满分，每少10%扣1分", "≥600件", "近三年平均"],
    ];
    expect(readGrid(grid)[0].indicators.map((i) => i.value.text)).toEqual(["≥600件"]);
  });

  test("a numbered slot numbered again (1.②指标2) is still an empty slot", () => {
    expect(cleanName("1.②指标2")).toBe("指标2");
    expect(cleanName("1.②受助学生满意度")).toBe("受助学生满意度");
    expect(runRule(TEMPLATE_PLACEHOLDER_ROW, "满意度指标 | 服务对象满意度指标 | 1.②指标2 | ", noDesc)).toHaveLength(1);
  });
});

describe("the seventh fresh set (s–u)", () => {
  test("UNIT_MISMATCH: supplies and kit bought are counted in 套/件, not in people", () => {
    const unit = (name: string, v: string) => runRule(UNIT_MISMATCH, `产出指标 | 数量指标 | ${name} | ${v}`, noDesc);
    expect(unit("购置防火服及配套防护装备", "≥300人").map((f) => f.message)).toEqual([expect.stringContaining("“套”“件”“台”")]);
    expect(unit("购置防火服及配套防护装备", "≥300套")).toEqual([]);
    expect(unit("采购救灾物资", "≥2批")).toEqual([]);
    expect(unit("配发装备覆盖队员人数", "≥300人")).toEqual([]);
  });

  const goalFindings = (name: string, goal: string, label = "年度绩效目标") =>
    findingsOf([["项目名称", name], [label, goal], ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "补贴发放人数", "≥1200人"]], "GOAL_PLACEHOLDER", 2023);

  test("GOAL_PLACEHOLDER: 做好 + the name + 发放工作 repeats the name; a goal with what and how much does not", () => {
    expect(goalFindings("2023年职业技能提升培训补贴", "做好2023年职业技能提升培训补贴发放工作。").map((f) => f.severity)).toEqual(["warning"]);
    expect(goalFindings("2023年职业技能提升培训补贴", "全年为1200名参训人员发放职业技能提升培训补贴。")).toEqual([]);
  });

  test("GOAL_PLACEHOLDER: a 中期目标 that only repeats the project's name is reported as the year's goal would be", () => {
    const grid = [
      ["项目名称", "社区居家养老服务补贴项目"],
      ["中期目标", "社区居家养老服务补贴"],
      ["年度目标", "为辖区420名失能、半失能老人提供居家养老上门服务。"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "服务老人人数", "≥420人"],
    ];
    expect(findingsOf(grid, "GOAL_PLACEHOLDER", 2026).map((f) => [f.cell, f.severity])).toEqual([["B2", "warning"]]);
  });

  test("INDICATOR_NOT_MEASURABLE: 为…科学决策提供依据 with 95% measures nothing", () => {
    expect(runRule(INDICATOR_NOT_MEASURABLE, "效益指标 | 社会效益指标 | 为改造项目科学决策提供依据 | ≥95%", noDesc)).toHaveLength(1);
    expect(runRule(INDICATOR_NOT_MEASURABLE, "效益指标 | 社会效益指标 | 调研报告采纳率 | ≥95%", noDesc)).toEqual([]);
  });

  test("DESC_VALUE_CONFLICT: a description stating where things stand (上年为53.2%) is no conflict with the target", () => {
    const grid = (desc: string) => [
      ["项目名称", "农机购置补贴"],
      ["一级指标", "二级指标", "三级指标", "指标值", "指标值说明"],
      ["效益指标", "社会效益指标", "主要农作物耕种收综合机械化率", "≥55%", desc],
    ];
    expect(findingsOf(grid("上年为53.2%"), "DESC_VALUE_CONFLICT", 2025)).toEqual([]);
    expect(findingsOf(grid("综合机械化率达到53.2%"), "DESC_VALUE_CONFLICT", 2025)).toHaveLength(1);
  });

  test("COST_OVER_STANDARD: 按…标准据实支付 in the description is how a total is paid, not a rate per person-day", () => {
    const grid = (desc: string) => [
      ["项目名称", "公共文化服务会议及研讨"],
      ["一级指标", "二级指标", "三级指标", "指标值", "指标值说明"],
      ["产出指标", "成本指标", "研讨专家咨询费", "≤3.3万元", desc],
    ];
    expect(findingsOf(grid("按专家咨询费标准据实支付"), "COST_OVER_STANDARD", 2026)).toEqual([]);
  });

  test("a plan titled 资金支出计划（万元） asks amounts: they are read against the budget, not sent back as no percentage", () => {
    const grid = (label: string, values: string[]) => [
      ["项目名称", "生态环境监测站运行维护"],
      ["年度资金总额", "185"],
      [label, "3月底", "6月底", "9月底", "12月底"],
      ["", ...values],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "自动监测站运行数", "=9个"],
    ];
    const codes = (label: string, values: string[]) => checkGrid(grid(label, values), 2026).filter((f) => f.code.startsWith("SPEND_")).map((f) => f.code);
    expect(codes("资金支出计划（万元）", ["40", "95", "140", "185"])).toEqual([]);
    expect(codes("资金支出计划（%）", ["40", "95", "140", "185"])).toContain("SPEND_NOT_PERCENT");
    // Amounts that stop short of the budget are still a plan that never reaches 100%.
    expect(codes("资金支出计划（万元）", ["40", "95", "140", "160"])).toContain("SPEND_NOT_100");
  });
});

test("TYPO: 截止 before a date written with digits (截止2023-11-30, 截止2023.11.30) is 截至, as before 2023年11月30日; 截止时间 stays", () => {
  expect(fixes("截止2023-11-30")).toEqual([["截止", "截至"]]);
  expect(fixes("截止 2023.11.30")).toEqual([["截止", "截至"]]);
  expect(fixes("申报截止时间")).toEqual([]);
});
