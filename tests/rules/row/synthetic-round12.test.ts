/**
 * Classes found in the twelfth round (docs/decisions.md "Twelfth round"): the eighth fresh set of synthetic probe
 * tables and the gaps noticed while waiting for it. Each test holds the defect and the accepted forms beside it, so a
 * fix cannot pass by flagging everything.
 */
import { runRule } from "../../helpers/rowsTable";
import { rule as VALUE_NOT_QUANTIFIED } from "../../../src/engine/rules/row/VALUE_NOT_QUANTIFIED";
import { rule as VALUE_PLACEHOLDER } from "../../../src/engine/rules/row/VALUE_PLACEHOLDER";
import { rule as RATE_NOT_PERCENT } from "../../../src/engine/rules/row/RATE_NOT_PERCENT";
import { rule as VALUE_MIXED_TEXT } from "../../../src/engine/rules/row/VALUE_MIXED_TEXT";
import { rule as VALUE_NO_UNIT } from "../../../src/engine/rules/row/VALUE_NO_UNIT";
import { rule as MONEY_UNIT_INCOMPLETE } from "../../../src/engine/rules/row/MONEY_UNIT_INCOMPLETE";
import { rule as UNIT_MISMATCH } from "../../../src/engine/rules/row/UNIT_MISMATCH";
import { rule as VALUE_WRONG_DIRECTION } from "../../../src/engine/rules/row/VALUE_WRONG_DIRECTION";
import { parseValue } from "../../../src/engine/values/parse";
import { percentOf } from "../../../src/engine/values/helpers";
import { findTypos } from "../../../src/engine/rules/shared/typos";
import { findingsOf, readGrid } from "../../helpers/gridCheck";

const noDesc = { columns: "noDescription" as const };
const fixes = (text: string) => findTypos(text).typos.map((t) => [t.found, t.replacement]);

describe("多场, 多次: “many” with a measure word is a vague amount, not a unit left alone", () => {
  const row = (v: string) => `产出指标 | 数量指标 | 开展宣传活动场次 | ${v}`;

  test("多场 / 多次 are VALUE_NOT_QUANTIFIED (a warning), not VALUE_PLACEHOLDER (an error saying only a unit is there)", () => {
    expect(runRule(VALUE_NOT_QUANTIFIED, row("多场"), noDesc)).toHaveLength(1);
    expect(runRule(VALUE_NOT_QUANTIFIED, row("多次"), noDesc)).toHaveLength(1);
    expect(runRule(VALUE_PLACEHOLDER, row("多场"), noDesc)).toEqual([]);
  });

  test("a lone unit is still a placeholder; 10多场 and ≥10场 are targets", () => {
    expect(runRule(VALUE_PLACEHOLDER, row("场"), noDesc)).toHaveLength(1);
    expect(runRule(VALUE_PLACEHOLDER, row("10多场"), noDesc)).toEqual([]);
    expect(runRule(VALUE_NOT_QUANTIFIED, row("≥10场"), noDesc)).toEqual([]);
  });
});

describe("a share written in words (万分之三, 百分之九十五) is a percentage", () => {
  test("parsed as ‱ / ‰ / %, raw kept as written", () => {
    const p = parseValue("≤万分之三");
    expect([p.operator, p.number, p.normalizedUnit, p.raw]).toEqual(["<=", 3, "‱", "≤万分之三"]);
    expect(percentOf(p)).toBeCloseTo(0.03);
    expect(percentOf(parseValue("不低于百分之九十五"))).toBe(95);
    expect(percentOf(parseValue("百分之百"))).toBe(100);
    expect(percentOf(parseValue("≤千分之0.5"))).toBeCloseTo(0.05);
  });

  test("a 差错率 of ≤万分之三 is no RATE_NOT_PERCENT; 三分之二 (a fraction) and 万分之 with no number still are", () => {
    const rate = (v: string) => runRule(RATE_NOT_PERCENT, `产出指标 | 质量指标 | 印刷品文字差错率 | ${v}`, noDesc);
    expect(rate("≤万分之三")).toEqual([]);
    expect(rate("三分之二")).toHaveLength(1);
    expect(rate("万分之")).toHaveLength(1);
  });
});

describe("TYPO: more same-sound slips of 公文 words, with the real words around them left alone", () => {
  test("效准 → 校准, 效对 → 校对; 有效准确, 有效对接, 成效对比 stay", () => {
    expect(fixes("监测仪器多点效准次数")).toEqual([["效准", "校准"]]);
    expect(fixes("印刷品效对差错率")).toEqual([["效对", "校对"]]);
    expect(fixes("数据有效准确")).toEqual([]);
    expect(fixes("有效对接群众需求")).toEqual([]);
    expect(fixes("成效对比分析")).toEqual([]);
  });

  test("既时, 排察, 满义度, 采够 / 采构, 保样, 浪废, 整制; 安排察看, 采构件, 确保样品, 调整制度 stay", () => {
    expect(fixes("资金既时拨付")).toEqual([["既时", "及时"]]);
    expect(fixes("安全隐患排察")).toEqual([["排察", "排查"]]);
    expect(fixes("群众满义度")).toEqual([["满义度", "满意度"]]);
    expect(fixes("办公用品采够")).toEqual([["采够", "采购"]]);
    expect(fixes("政府采构")).toEqual([["采构", "采购"]]);
    expect(fixes("设备维修保样")).toEqual([["保样", "保养"]]);
    expect(fixes("杜绝资金浪废")).toEqual([["浪废", "浪费"]]);
    expect(fixes("环境卫生整制")).toEqual([["整制", "整治"]]);
    for (const ok of ["安排察看现场", "预制采构件", "确保样品合格", "调整制度", "完整制作"]) expect(fixes(ok)).toEqual([]);
  });
});

describe("VALUE_NOT_QUANTIFIED: 圆满 and a level held with no level named", () => {
  const value = (name: string, v: string, l2 = "质量指标") => runRule(VALUE_NOT_QUANTIFIED, `产出指标 | ${l2} | ${name} | ${v}`, noDesc);

  test("圆满, 保持稳定, 总体平稳 are vague; 稳定运行率≥98% and 合格 are not", () => {
    expect(value("会议服务保障", "圆满")).toHaveLength(1);
    expect(value("森林覆盖率", "保持稳定", "生态效益指标")).toHaveLength(1);
    expect(value("辖区治安形势", "总体平稳", "社会效益指标")).toHaveLength(1);
    expect(value("设备稳定运行率", "≥98%")).toEqual([]);
    expect(value("会议服务保障", "合格")).toEqual([]);
  });
});

test("VALUE_MIXED_TEXT: a cost per station, township or area (万元/站, 万元/乡) is a unit cost, not text", () => {
  for (const v of ["≤13.5万元/站", "≤3万元/乡"]) expect(runRule(VALUE_MIXED_TEXT, `产出指标 | 成本指标 | 单站年度运维费用 | ${v}`, noDesc)).toEqual([]);
  expect(runRule(VALUE_MIXED_TEXT, "产出指标 | 成本指标 | 单站年度运维费用 | ≤13.5万元/站左右", noDesc)).toHaveLength(1);
});

describe("the name says what is counted", () => {
  test("a bracket listing what the kit is (购置巡护装备（防火服、对讲机、GPS巡护终端）) does not hide the kit: ≥120人 is UNIT_MISMATCH", () => {
    expect(runRule(UNIT_MISMATCH, "产出指标 | 数量指标 | 购置巡护装备（防火服、对讲机、GPS巡护终端） | ≥120人", noDesc)).toHaveLength(1);
    expect(runRule(UNIT_MISMATCH, "产出指标 | 数量指标 | 购置巡护装备（防火服、对讲机、GPS巡护终端） | ≥120套", noDesc)).toEqual([]);
  });

  test("printed leaflets and posters ≥2万: 万 is the size of a count whose measure word is missing (VALUE_NO_UNIT), not 万元", () => {
    const row = (v: string) => `产出指标 | 数量指标 | 印制宣传折页、海报 | ${v}`;
    expect(runRule(VALUE_NO_UNIT, row("≥2万"), noDesc)).toHaveLength(1);
    expect(runRule(MONEY_UNIT_INCOMPLETE, row("≥2万"), noDesc)).toEqual([]);
    expect(runRule(VALUE_NO_UNIT, row("≥2万份"), noDesc)).toEqual([]);
    expect(runRule(UNIT_MISMATCH, row("≥2000人"), noDesc)).toHaveLength(1);
    // A cost of printing them is money: 万 there is 万元 short of its 元.
    expect(runRule(MONEY_UNIT_INCOMPLETE, "产出指标 | 成本指标 | 印制宣传折页、海报费用 | ≤2万", noDesc)).toHaveLength(1);
  });
});

test("VALUE_WRONG_DIRECTION: a pest or disease spreading or breaking out (扩散蔓延事件, 疫情暴发) is fewer-is-better", () => {
  const dir = (name: string, v: string) => runRule(VALUE_WRONG_DIRECTION, `效益指标 | 社会效益指标 | ${name} | ${v}`, noDesc);
  expect(dir("重大病虫害疫情扩散蔓延事件", "≥0起")).toHaveLength(1);
  expect(dir("传染病疫情暴发次数", "≥0次")).toHaveLength(1);
  expect(dir("重大病虫害疫情扩散蔓延事件", "=0起")).toEqual([]);
  expect(dir("病虫害防治面积", "≥5000亩")).toEqual([]);
});

describe("reader: a merged row title written into every cell (hosts that fill merges) titles no row of labels", () => {
  // 998's funds block as such a host saves it: 项目资金（万元） repeated down its three rows, 其他资金 left blank.
  const grid = (other: string) => [
    ["项目名称", "档案数字化加工", "档案数字化加工", "档案数字化加工"],
    ["项目资金（万元）", "年度资金总额", "46.80", "46.80"],
    ["项目资金（万元）", "其中：财政拨款", "44.80", "44.80"],
    ["项目资金（万元）", "其他资金", other, other],
    ["年度绩效目标", "完成馆藏档案数字化扫描120万页，编印资料800册。", "完成馆藏档案数字化扫描120万页，编印资料800册。", "完成馆藏档案数字化扫描120万页，编印资料800册。"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "档案数字化扫描页数", "≥120万页"],
  ];

  test("a blank 其他资金 stays blank (never the goal below it), so the parts not adding up is BUDGET_SUM_MISMATCH", () => {
    expect(readGrid(grid(""))[0].header.other?.text ?? "").toBe("");
    expect(findingsOf(grid(""), "BUDGET_SUM_MISMATCH", 2022)).toHaveLength(1);
  });

  test("a filled 其他资金 is read, and parts that add up give no finding", () => {
    expect(readGrid(grid("2"))[0].header.other?.text).toBe("2");
    expect(findingsOf(grid("2"), "BUDGET_SUM_MISMATCH", 2022)).toEqual([]);
  });
});
