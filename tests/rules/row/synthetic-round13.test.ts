/**
 * Classes found in the thirteenth round (docs/decisions.md "Thirteenth round"): the tenth and eleventh fresh sets of
 * synthetic probe tables. Each test holds the defect and the accepted forms beside it, so a fix cannot pass by flagging everything.
 */
import { runRule } from "../../helpers/rowsTable";
import { rule as UNIT_MISMATCH } from "../../../src/engine/rules/row/UNIT_MISMATCH";
import { rule as VALUE_WRONG_DIRECTION } from "../../../src/engine/rules/row/VALUE_WRONG_DIRECTION";
import { rule as INDICATOR_NOT_MEASURABLE } from "../../../src/engine/rules/row/INDICATOR_NOT_MEASURABLE";
import { rule as UNIT_COST_BASIS_MISSING } from "../../../src/engine/rules/row/UNIT_COST_BASIS_MISSING";
import { rule as RATE_NOT_PERCENT } from "../../../src/engine/rules/row/RATE_NOT_PERCENT";
import { rule as CATEGORY_MISMATCH } from "../../../src/engine/rules/row/CATEGORY_MISMATCH";
import { findTypos } from "../../../src/engine/rules/shared/typos";
import { rule as DEADLINE_NOT_DATE } from "../../../src/engine/rules/row/DEADLINE_NOT_DATE";
import { findingsOf, readGrid } from "../../helpers/gridCheck";

const noDesc = { columns: "noDescription" as const };
const fixes = (text: string) => findTypos(text).typos.map((t) => [t.found, t.replacement]);

test("TYPO: 形像 is a slip for 形象; 图形像素 and 外形像 stay", () => {
  expect(fixes("改善市容环境，提升城市形像。")).toEqual([["形像", "形象"]]);
  expect(fixes("监控图形像素不低于400万")).toEqual([]);
  expect(fixes("设备外形像一台冰柜")).toEqual([]);
});

test("UNIT_MISMATCH: a score (考核平均得分) is counted in 分, not in %; a 得分率 is a rate", () => {
  const unit = (name: string, v: string) => runRule(UNIT_MISMATCH, `产出指标 | 质量指标 | ${name} | ${v}`, noDesc);
  expect(unit("道路保洁作业质量月度考核平均得分", "≥90%").map((f) => f.message)).toEqual([expect.stringContaining("“分”")]);
  expect(unit("道路保洁作业质量月度考核平均得分", "≥90分")).toEqual([]);
  expect(unit("绩效考核综合评分", "≥85分")).toEqual([]);
  expect(unit("考核得分率", "≥90%")).toEqual([]);
});

test("VALUE_WRONG_DIRECTION: what is done 及时 is more-is-better whatever it is about (死亡人员津贴及时停发率 ≥98%)", () => {
  const dir = (name: string, v: string) => runRule(VALUE_WRONG_DIRECTION, `产出指标 | 质量指标 | ${name} | ${v}`, noDesc);
  expect(dir("死亡、迁出人员津贴及时停发率", "≥98%")).toEqual([]);
  expect(dir("死亡人员冒领津贴发生率", "≥1%")).toHaveLength(1);
});

test("INDICATOR_NOT_MEASURABLE: 丰富…生活 with 100% measures nothing; a count of activities does", () => {
  const slogan = (name: string, v: string) => runRule(INDICATOR_NOT_MEASURABLE, `效益指标 | 社会效益指标 | ${name} | ${v}`, noDesc);
  expect(slogan("丰富农牧民群众精神文化生活", "100%")).toHaveLength(1);
  expect(slogan("丰富群众文化生活活动场次", "≥12场")).toEqual([]);
  expect(slogan("群众文化活动参与率", "≥80%")).toEqual([]);
});

test("UNIT_COST_BASIS_MISSING: a household's pay in plain 元 (住户记账补贴 ≤50元) lacks 户·月; 入户调查劳务费 is a total", () => {
  const basis = (name: string, v: string) => runRule(UNIT_COST_BASIS_MISSING, `产出指标 | 成本指标 | ${name} | ${v}`, { ...noDesc, budget: "138.6" });
  expect(basis("住户记账补贴", "≤50元").map((f) => f.message)).toEqual([expect.stringContaining("“≤50元/户·月”")]);
  expect(basis("住户记账补贴", "≤50元/户·月")).toEqual([]);
  expect(basis("入户调查劳务费", "≤2.4万元")).toEqual([]);
  expect(basis("保洁员工资", "≤800元").map((f) => f.message)).toEqual([expect.stringContaining("/人·月")]);
});

/** GOAL_PLACEHOLDER findings of a one-row table with this project name and this year's goal. */
const goalFindings = (name: string, goal: string) =>
  findingsOf([["项目名称", name], ["年度绩效目标", goal], ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "维护设施数量", "≥6个"]], "GOAL_PLACEHOLDER", 2025);

test("GOAL_PLACEHOLDER: 保障 + the name with 正常 in it (保障…市政设施正常运行维护) repeats the name", () => {
  const goal = (text: string) => goalFindings("康巴什区市政设施运行维护经费", text);
  expect(goal("保障康巴什区市政设施正常运行维护。").map((f) => f.message)).toEqual([expect.stringContaining("只重复了项目名称")]);
  expect(goal("全年维护路灯3200盏、排水管网86公里，设施完好率≥95%。")).toEqual([]);
});

test("RATE_NOT_PERCENT: a small number on a rate of bad events is per cent already (差错率 ≤0.5 → ≤0.5%); a fraction on a good rate is not", () => {
  const fix = (name: string, v: string) => runRule(RATE_NOT_PERCENT, `产出指标 | 质量指标 | ${name} | ${v}`, noDesc).map((f) => f.suggestion);
  expect(fix("著录数据差错率", "≤0.5")).toEqual(["≤0.5%"]);
  expect(fix("服务过程中老年人意外伤害发生率", "≤1")).toEqual(["≤1%"]);
  expect(fix("档案著录合格率", "≥0.95")).toEqual(["≥95%"]);
  expect(fix("档案著录合格率", "=1")).toEqual(["=100%"]);
});

test("UNIT_COST_BASIS_MISSING: the example basis is the one the standard's kind is paid per, else a few to choose from", () => {
  const said = (name: string, v: string) => runRule(UNIT_COST_BASIS_MISSING, `产出指标 | 成本指标 | ${name} | ${v}`, noDesc).map((f) => f.message);
  expect(said("人工造林补助标准", "≤800元")).toEqual([expect.stringContaining("“≤800元/亩”")]);
  expect(said("100周岁及以上长寿补贴标准", "600元")).toEqual([expect.stringContaining("“≤600元/人”")]);
  expect(said("宣传折页印制单价", "≤0.3元")).toEqual([expect.stringContaining("“≤0.3元/份”")]);
  expect(said("农村公路养护补助标准", "≤0.5万元")).toEqual([expect.stringContaining("“≤0.5万元/公里”")]);
  const unknown = said("著录单价", "≤1.2元");
  expect(unknown).toEqual([expect.stringContaining("“≤1.2元/件”“≤1.2元/人”")]);
  expect(unknown[0]).not.toContain("元/公里");
});

test("CATEGORY_MISMATCH: money the people served gain or are spared is an effect (挽回经济损失 ≥260万元); 降低成本 stays a cost", () => {
  const cat = (l2: string, name: string, v: string) => runRule(CATEGORY_MISMATCH, `效益指标 | ${l2} | ${name} | ${v}`, noDesc);
  expect(cat("经济效益指标", "为受援人挽回经济损失或取得经济利益", "≥260万元")).toEqual([]);
  expect(cat("经济效益指标", "户均获得补贴资金", "≥2000元")).toEqual([]);
  expect(cat("社会效益指标", "减轻困难家庭教育支出", "≥500元/生·年")).toEqual([]);
  expect(cat("经济效益指标", "项目运行费用", "≤20万元")).toHaveLength(1);
});

describe("the eleventh fresh set's classes", () => {
  test("VALUE_WRONG_DIRECTION: what is put right is counted (拆除违法建设面积 ≥12000平方米); the bad thing itself is fewer-is-better", () => {
    const dir = (name: string, v: string) => runRule(VALUE_WRONG_DIRECTION, `产出指标 | 数量指标 | ${name} | ${v}`, noDesc);
    expect(dir("拆除违法建设面积", "≥12000平方米")).toEqual([]);
    expect(dir("取缔占道经营摊点", "≥300处")).toEqual([]);
    expect(dir("新增违法建设面积", "≥100平方米")).toHaveLength(1);
  });

  test("TYPO: 平审 → 评审 (公平审查 stays); 到冈 / 在冈 → 岗 (黄冈, 井冈山 stay)", () => {
    expect(fixes("组织专家平审会次数")).toEqual([["平审", "评审"]]);
    expect(fixes("坚持公平审查原则")).toEqual([]);
    expect(fixes("分类指导员到冈率")).toEqual([["冈", "岗"]]);
    expect(fixes("黄冈市、井冈山市、到冈山考察")).toEqual([]);
  });

  test("INDICATOR_NOT_MEASURABLE: 评审公平公正 with 100% is a quality wished for, by no measure; 评审程序合规率 measures", () => {
    const m = (name: string) => runRule(INDICATOR_NOT_MEASURABLE, `产出指标 | 质量指标 | ${name} | =100%`, noDesc);
    expect(m("课题评审公平公正")).toHaveLength(1);
    expect(m("课题评审程序合规率")).toEqual([]);
  });

  test("DEADLINE_NOT_DATE: a report due in the month after (次月10日前) is a recurring deadline; 次年3月底前 is a date", () => {
    const d = (v: string) => runRule(DEADLINE_NOT_DATE, `产出指标 | 时效指标 | 月度监测报告提交时限 | ${v}`, noDesc);
    expect(d("次月10日前")).toEqual([]);
    expect(d("下季度首月15日前")).toEqual([]);
    expect(d("按规定时限")).toHaveLength(1);
  });

  test("DESC_VALUE_CONFLICT: counts in the description that add up to the value are its parts (食堂3家、助餐点6个 for ≥9个)", () => {
    const grid = (desc: string) => [
      ["一级指标", "二级指标", "三级指标", "指标解释", "指标值"],
      ["产出指标", "数量指标", "社区长者食堂及助餐点数量", desc, "≥9个"],
    ];
    expect(findingsOf(grid("含社区长者食堂3家、老年助餐点6个"), "DESC_VALUE_CONFLICT", 2023)).toEqual([]);
    expect(findingsOf(grid("建成老年助餐点6个"), "DESC_VALUE_CONFLICT", 2023)).toHaveLength(1);
  });

  test("UNIT_MISMATCH: a total cost of a few 元 whose number in 万元 fits the budget left out its 万 (物料费 ≤3.8元 of 38.6万元)", () => {
    const cost = (name: string, v: string) => runRule(UNIT_MISMATCH, `产出指标 | 成本指标 | ${name} | ${v}`, { ...noDesc, budget: "38.6" });
    expect(cost("宣传活动物料费", "≤3.8元").map((f) => f.suggestion)).toEqual(["≤3.8万元"]);
    expect(cost("宣传活动物料费", "≤3.8万元")).toEqual([]);
    expect(cost("普法读本印制单价", "≤12元")).toEqual([]);
    expect(cost("宣传活动物料费", "≤80万元")).toEqual([]);
  });

  test("reader: a 指标值 with its magnitude (1.5万) takes the 计量单位 column's unit (册), not a missing unit", () => {
    const grid = [
      ["一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"],
      ["产出指标", "数量指标", "印制发放普法读本", "≥", "1.5万", "册"],
      ["产出指标", "成本指标", "公益广告投放费用", "≤", "16.8万", "万元"],
    ];
    const [t] = readGrid(grid);
    expect(t.indicators.map((r) => r.value.text)).toEqual(["≥1.5万册", "≤16.8万元"]);
    expect(findingsOf(grid, "VALUE_NO_UNIT", 2026)).toEqual([]);
  });

  test("reader: a 年度目标 written under its label, numbered one item per row, is read whole (a slip in item 3 is found)", () => {
    const grid = [
      ["项目名称", "2026年河湖长制运行及水质监测", "", ""],
      ["总体目标", "中期目标", "", "年度目标"],
      ["", "2026—2028年，全面落实三级河湖长制。", "", "1.落实三级河湖长巡河制度，更新公示牌120块以上；"],
      ["", "", "", "2.按月开展水质监测，全年出具监测报告12期以上；"],
      ["", "", "", "3.确保汛期河道行洪畅通、安全渡汛。"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "出具监测报告", "≥12期"],
    ];
    expect(readGrid(grid)[0].header.goal?.text.split("\n")).toHaveLength(3);
    expect(findingsOf(grid, "TYPO", 2026).map((f) => f.message)).toEqual([expect.stringContaining("“渡汛”应为“度汛”")]);
  });

  test("GOAL_PLACEHOLDER: the name again beside a generic clause (做好…系统运维保障工作，确保系统正常运行) repeats the name", () => {
    const goal = (text: string) => goalFindings("平城区政务服务信息化系统运维项目", text);
    expect(goal("做好平城区政务服务信息化系统运维保障工作，确保系统正常运行。").map((f) => f.message)).toEqual([expect.stringContaining("只重复了项目名称")]);
    expect(goal("做好平城区政务服务信息化系统运维保障工作，全年完成6个系统巡检48次、故障修复及时率≥98%。")).toEqual([]);
  });

  test("YEAR_MISMATCH: a name that keeps last year's year under a goal that opens with this year's (2025年… / 2026年保障…)", () => {
    const grid = (name: string, goal: string) => [
      ["项目名称", name],
      ["年度绩效目标", goal],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "组织代表履职培训", "=2期"],
    ];
    expect(findingsOf(grid("2025年人大代表履职培训及会议经费", "2026年保障区人大常委会会议按计划召开，组织代表履职培训2期。"), "YEAR_MISMATCH").map((f) => f.cell)).toEqual(["B1"]);
    expect(findingsOf(grid("2026年人大代表履职培训及会议经费", "2026年保障区人大常委会会议按计划召开。"), "YEAR_MISMATCH")).toEqual([]);
    // A year inside the goal may be a deadline, and a multi-year name holds the goal's year.
    expect(findingsOf(grid("2025年人大代表履职培训经费", "组织代表履职培训2期，2026年3月前完成结算。"), "YEAR_MISMATCH")).toEqual([]);
    expect(findingsOf(grid("2025-2027年代表履职能力提升", "2026年组织代表履职培训2期。"), "YEAR_MISMATCH")).toEqual([]);
  });
});
