/**
 * Classes found in the fifteenth round (docs/decisions.md "Fifteenth round"): what the thirteenth fresh probe set
 * (640–664) showed the engine did not read. Each test holds the defect and the accepted forms beside it, so a fix
 * cannot pass by flagging everything or nothing.
 */
import { runRule } from "../../helpers/rowsTable";
import { findingsOf, readGrid } from "../../helpers/gridCheck";
import { rule as VALUE_WRONG_DIRECTION } from "../../../src/engine/rules/row/VALUE_WRONG_DIRECTION";
import { rule as VALUE_MIXED_TEXT } from "../../../src/engine/rules/row/VALUE_MIXED_TEXT";
import { rule as UNIT_COST_BASIS_MISSING } from "../../../src/engine/rules/row/UNIT_COST_BASIS_MISSING";
import { rule as INDICATOR_NOT_MEASURABLE } from "../../../src/engine/rules/row/INDICATOR_NOT_MEASURABLE";
import { rule as CATEGORY_MISMATCH } from "../../../src/engine/rules/row/CATEGORY_MISMATCH";
import { findTypos } from "../../../src/engine/rules/shared/typos";
import { parseValue } from "../../../src/engine/values";
import type { CellValue } from "../../../src/engine/types";

const noDesc = { columns: "noDescription" as const };
const row = (l1: string, l2: string, name: string, v: string) => `${l1} | ${l2} | ${name} | ${v}`;

test("VALUE_WRONG_DIRECTION: judgments undone on appeal and petition cases are fewer-is-better; what is recovered is more", () => {
  expect(runRule(VALUE_WRONG_DIRECTION, row("产出指标", "质量指标", "发回改判率", "≥3%"), noDesc)).toHaveLength(1);
  expect(runRule(VALUE_WRONG_DIRECTION, row("产出指标", "质量指标", "发回改判率", "≤3%"), noDesc)).toEqual([]);
  expect(runRule(VALUE_WRONG_DIRECTION, row("效益指标", "社会效益指标", "涉诉信访案件数", "≥0件"), noDesc)).toHaveLength(1);
  // Cases closed are the work done (261 办结信访案件 ≥168起).
  expect(runRule(VALUE_WRONG_DIRECTION, row("产出指标", "数量指标", "办结信访案件", "≥168起"), noDesc)).toEqual([]);
  // 660: recovering misused funds is the inspection's result; more is better.
  expect(runRule(VALUE_WRONG_DIRECTION, row("效益指标", "经济效益指标", "追回违规使用医保基金金额", "≥80万元"), noDesc)).toEqual([]);
  expect(runRule(VALUE_WRONG_DIRECTION, row("效益指标", "经济效益指标", "违规使用医保基金金额", "≥80万元"), noDesc)).toHaveLength(1);
  // …and it is an economic result in money, not a cost under 效益.
  expect(runRule(CATEGORY_MISMATCH, row("效益指标", "经济效益指标", "追回违规使用医保基金金额", "≥80万元"), noDesc)).toEqual([]);
});

test("VALUE_WRONG_DIRECTION: a 指标方向 column that contradicts the row is reported on that column (664)", () => {
  const grid = (name: string, direction: string, value: string): CellValue[][] => [
    ["项目名称", "第五次全国经济普查入户登记经费"],
    ["一级指标", "二级指标", "三级指标", "指标方向", "指标值", "度量单位"],
    ["产出指标", "质量指标", name, direction, value, "%"],
    ["", "数量指标", "清查登记单位数", "正向", "≥3200", "个"],
  ];
  const wrong = findingsOf(grid("普查数据事后质量抽查差错率", "正向", "≤1"), "VALUE_WRONG_DIRECTION");
  expect(wrong.map((f) => [f.cell, f.severity, f.suggestion])).toEqual([["D3", "warning", "反向"]]);
  expect(findingsOf(grid("普查数据事后质量抽查差错率", "反向", "≤1"), "VALUE_WRONG_DIRECTION")).toEqual([]);
  expect(findingsOf(grid("普查员持证上岗率", "反向", "≥98"), "VALUE_WRONG_DIRECTION").map((f) => [f.cell, f.suggestion])).toEqual([["D3", "正向"]]);
  expect(findingsOf(grid("普查员持证上岗率", "正向", "≥98"), "VALUE_WRONG_DIRECTION")).toEqual([]);
});

test("units: poultry by the bird (≥180万羽) and fry by the tail (≥50万尾) are counts", () => {
  expect(parseValue("≥180万羽")).toMatchObject({ number: 180, unit: "万羽", unitClass: "count", mixed: false });
  expect(parseValue("≥50万尾")).toMatchObject({ unitClass: "count", mixed: false });
  expect(runRule(VALUE_MIXED_TEXT, row("产出指标", "数量指标", "高致病性禽流感免疫家禽数量", "≥180万羽"), noDesc)).toEqual([]);
});

test("UNIT_COST_BASIS_MISSING: a role's pay with the work named before the kind of pay (防疫员免疫劳务补助)", () => {
  const cost = (name: string) => runRule(UNIT_COST_BASIS_MISSING, row("产出指标", "成本指标", name, "≤1500元"), { ...noDesc, budget: "62.8" });
  expect(cost("村级防疫员免疫劳务补助")).toHaveLength(1);
  expect(cost("村级防疫员劳务补助")).toHaveLength(1);
  // A fund for an activity is no one's pay.
  expect(cost("党员活动经费补助")).toEqual([]);
});

test("INDICATOR_NOT_MEASURABLE: a campaign's watchword as the name (严厉打击欺诈骗保，守护好群众“看病钱”)", () => {
  const named = (name: string) => runRule(INDICATOR_NOT_MEASURABLE, row("效益指标", "社会效益指标", name, "≥95%"), noDesc);
  expect(named("严厉打击欺诈骗保，守护好群众“看病钱”“救命钱”")).toHaveLength(1);
  expect(named("打击欺诈骗保案件查处率")).toEqual([]);
});

test("TYPO: 测平 for 测评 and 藉 for 籍 in their words; 监测平台 and 慰藉 stay; the 备注 column is read", () => {
  expect(findTypos("网络安全等级保护测平次数").fixed).toBe("网络安全等级保护测评次数");
  expect(findTypos("与公安户藉信息比对").fixed).toBe("与公安户籍信息比对");
  expect(findTypos("环境监测平台运维").typos).toEqual([]);
  expect(findTypos("给予老人精神慰藉").typos).toEqual([]);
  const typos = findingsOf(
    [
      ["项目名称", "高龄老人生活补贴"],
      ["一级指标", "二级指标", "三级指标", "指标值", "备注"],
      ["产出指标", "质量指标", "补贴对象身份信息核准率", "100%", "与公安户藉信息比对"],
      ["", "数量指标", "补贴发放人数", "≥5200人", "按户籍人口"],
    ],
    "TYPO",
  );
  expect(typos.map((f) => [f.cell, f.suggestion])).toEqual([["E3", "与公安户籍信息比对"]]);
});

test("reader: a 合计 title over one row of amounts is the budget, though a goal with numbers follows it (641)", () => {
  const [t] = readGrid([
    ["项目名称", "家庭经济困难学生资助资金"],
    ["年度预算金额（万元）", "合计", "中央资金", "省级资金", "县级资金"],
    [null, "486.2", "312.6", "98.4", "65.2"],
    ["年度绩效目标", "全年资助家庭经济困难学生约3300人，受理生源地信用助学贷款约1200人。"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "资助学生人数", "≥3300人"],
  ]);
  expect(t.header.budget?.text).toBe("486.2");
  expect(t.header.fundParts?.map((p) => p.value?.text)).toEqual(["312.6", "98.4", "65.2"]);
});

test("reader: 本级安排 beside 其中：上级补助 is a fund part, each read under its title (650)", () => {
  const sheet = (own: string): CellValue[][] => [
    ["项目名称", "城镇老旧小区改造配套基础设施建设"],
    ["资金来源", "资金总额", "财政拨款", "其中：上级补助", "本级安排", "其他资金"],
    [null, "1860.00", "1860.00", "1260.00", own, "0.00"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "改造老旧小区数量", "≥23个"],
  ];
  const [t] = readGrid(sheet("500.00"));
  expect(t.header.other?.text).toBe("0.00");
  expect(t.header.fundParts?.map((p) => [p.label, p.value?.text])).toEqual([
    ["其中：上级补助", "1260.00"],
    ["本级安排", "500.00"],
  ]);
  expect(findingsOf(sheet("500.00"), "BUDGET_SUM_MISMATCH", 2025)).toHaveLength(1);
  expect(findingsOf(sheet("600.00"), "BUDGET_SUM_MISMATCH", 2025)).toEqual([]);
});

test("reader: fund titles spaced out by blank columns over their row of amounts are read under each title", () => {
  const [t] = readGrid([
    ["项目名称", "家庭经济困难学生资助资金"],
    ["年度预算金额（万元）", "合计", "中央资金", null, "省级资金", null, "县级资金"],
    [null, "486.2", "312.6", null, "98.4", null, "65.2"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "资助学生人数", "≥3300人"],
  ]);
  expect(t.header.fundParts?.map((p) => p.value?.text)).toEqual(["312.6", "98.4", "65.2"]);
});

test("reader: a fund line over its amount, alone on the row below (016 澧县: 按支出性质分 基本支出 | 项目支出)", () => {
  const sheet = (basic: string): CellValue[][] => [
    ["部门(单位)名称", "澧县食用菌研究所"],
    ["年度预算申请(万元)", "资金总额", "222.45"],
    [null, "按收入性质分:", "按支出性质分:"],
    [null, "公共财政拨款", "222.45", "基本支出"],
    [null, null, null, basic],
    [null, "政府性基金拨款", null, "项目支出"],
    [null, null, null, "2"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "推广食用菌新品种", "≥3个"],
  ];
  const [t] = readGrid(sheet("220.45"));
  expect(t.header.fundParts?.map((p) => [p.label, p.value?.text])).toEqual([
    ["基本支出", "220.45"],
    ["政府性基金拨款", ""],
    ["项目支出", "2"],
  ]);
  expect(findingsOf(sheet("220.45"), "BUDGET_SUM_MISMATCH", 2021)).toEqual([]);
  expect(findingsOf(sheet("210.45"), "BUDGET_SUM_MISMATCH", 2021)).toHaveLength(1);
});

describe("CATEGORY_MISMATCH: warnings on accepted probe rows, read class by class", () => {
  const placed = (l1: string, l2: string, name: string, v: string) => runRule(CATEGORY_MISMATCH, row(l1, l2, name, v), noDesc);

  test("生态效益: separating rain from sewage, settling dust and conservation tillage are ecological", () => {
    expect(placed("效益指标", "生态效益指标", "改造小区雨污分流率", "≥90%")).toEqual([]);
    expect(placed("效益指标", "生态效益指标", "道路降尘量", "≥10%")).toEqual([]);
    expect(placed("效益指标", "生态效益指标", "保护性耕作作业面积", "≥5万亩")).toEqual([]);
    expect(placed("效益指标", "生态效益指标", "小区停车位增加数", "≥200个")).toHaveLength(1);
  });

  test("效益 in money: investment drawn in, losses spared and costs saved are effects; the project's own spending is a cost", () => {
    expect(placed("效益指标", "经济效益指标", "带动社会资本及居民出资", "≥150万元")).toEqual([]);
    expect(placed("效益指标", "经济效益指标", "减少养殖户疫病损失", "≥500万元")).toEqual([]);
    expect(placed("效益指标", "经济效益指标", "农机作业亩均节本", "≥30元/亩")).toEqual([]);
    expect(placed("效益指标", "经济效益指标", "小区改造工程费用", "≤150万元")).toHaveLength(1);
  });

  test("质量: a grade risen, outputs adopted or endorsed, and few complaints are qualities; an output count is not", () => {
    expect(placed("产出指标", "质量指标", "耕地质量等级提升", "≥0.5个等级")).toEqual([]);
    expect(placed("产出指标", "质量指标", "成果获州级领导批示或部门采纳数", "≥3项")).toEqual([]);
    expect(placed("产出指标", "质量指标", "受援人有效投诉次数", "≤1次")).toEqual([]);
    expect(placed("产出指标", "质量指标", "受援人有效投诉次数", "≥1次")).toHaveLength(1);
    expect(placed("产出指标", "质量指标", "开展法律援助案件数", "≥120件")).toHaveLength(1);
  });
});

test("COST_RECONCILE: a per-day standard short of the budget beside cost rows in money is one line of the budget", () => {
  const meeting = (costs: string[][]): CellValue[][] => [
    ["项目名称", "政协全体会议经费"],
    ["预算数（万元）", "42.6"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "全体会议参会人数", "≥280人"],
    ["", "时效指标", "全体会议召开时间", "2023年2月底前"],
    ...costs,
    ["满意度指标", "服务对象满意度指标", "参会委员满意度", "≥90%"],
  ];
  const perDay = ["", "成本指标", "全体会议综合定额标准", "≤400元/人·天"];
  expect(findingsOf(meeting([perDay]), "COST_RECONCILE", 2023)).toHaveLength(1);
  expect(findingsOf(meeting([perDay, ["", "成本指标", "常委会议及专题协商会议费用", "≤8万元"]]), "COST_RECONCILE", 2023)).toEqual([]);
});
