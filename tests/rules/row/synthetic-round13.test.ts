/**
 * Classes found in the thirteenth round (docs/decisions.md "Thirteenth round"): the tenth fresh set of synthetic probe
 * tables. Each test holds the defect and the accepted forms beside it, so a fix cannot pass by flagging everything.
 */
import { runRule } from "../../helpers/rowsTable";
import { rule as UNIT_MISMATCH } from "../../../src/engine/rules/row/UNIT_MISMATCH";
import { rule as VALUE_WRONG_DIRECTION } from "../../../src/engine/rules/row/VALUE_WRONG_DIRECTION";
import { rule as INDICATOR_NOT_MEASURABLE } from "../../../src/engine/rules/row/INDICATOR_NOT_MEASURABLE";
import { rule as UNIT_COST_BASIS_MISSING } from "../../../src/engine/rules/row/UNIT_COST_BASIS_MISSING";
import { rule as RATE_NOT_PERCENT } from "../../../src/engine/rules/row/RATE_NOT_PERCENT";
import { rule as CATEGORY_MISMATCH } from "../../../src/engine/rules/row/CATEGORY_MISMATCH";
import { findTypos } from "../../../src/engine/rules/shared/typos";
import { findingsOf } from "../../helpers/gridCheck";

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

test("GOAL_PLACEHOLDER: 保障 + the name with 正常 in it (保障…市政设施正常运行维护) repeats the name", () => {
  const goal = (text: string) =>
    findingsOf(
      [["项目名称", "康巴什区市政设施运行维护经费"], ["年度绩效目标", text], ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "维护路灯数量", "≥3200盏"]],
      "GOAL_PLACEHOLDER",
      2025,
    );
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
