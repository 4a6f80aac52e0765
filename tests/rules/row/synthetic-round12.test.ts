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
import { rule as INDICATOR_NOT_MEASURABLE } from "../../../src/engine/rules/row/INDICATOR_NOT_MEASURABLE";
import { rule as UNIT_COST_BASIS_MISSING } from "../../../src/engine/rules/row/UNIT_COST_BASIS_MISSING";
import { rule as SATISFACTION_NOT_PERCENT } from "../../../src/engine/rules/row/SATISFACTION_NOT_PERCENT";
import { rule as TEMPLATE_PLACEHOLDER_ROW } from "../../../src/engine/rules/row/TEMPLATE_PLACEHOLDER_ROW";

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

// ---- the ninth fresh set (y, z, aa) ----

describe("a count per head said the way it is said (每人每年不少于4次) is a count per person and year", () => {
  test("parsed as ≥4次/人·年 and ≥50学时/人, raw kept; a trailing 左右 leaves it prose", () => {
    const p = parseValue("每人每年不少于4次");
    expect([p.operator, p.number, p.normalizedUnit, p.unitClass, p.mixed, p.raw]).toEqual([">=", 4, "次/人·年", "count", false, "每人每年不少于4次"]);
    expect(parseValue("每人不少于50学时").normalizedUnit).toBe("学时/人");
    expect(parseValue("每人每年不少于4次左右").mixed).toBe(true);
  });

  test("no VALUE_MIXED_TEXT on it", () => {
    expect(runRule(VALUE_MIXED_TEXT, "产出指标 | 数量指标 | 慢性病患者面对面随访次数 | 每人每年不少于4次", noDesc)).toEqual([]);
    expect(runRule(VALUE_MIXED_TEXT, "产出指标 | 数量指标 | 线上研修学时 | 每人不少于50学时", noDesc)).toEqual([]);
  });
});

test("VALUE_NO_UNIT: a coefficient or an index is a pure number; a count is not", () => {
  expect(runRule(VALUE_NO_UNIT, "产出指标 | 质量指标 | 农田灌溉水有效利用系数 | ≥0.65", noDesc)).toEqual([]);
  expect(runRule(VALUE_NO_UNIT, "效益指标 | 生态效益指标 | 空气质量综合指数 | ≤4.2", noDesc)).toEqual([]);
  expect(runRule(VALUE_NO_UNIT, "产出指标 | 数量指标 | 新建变压器台数 | ≥30", noDesc)).toHaveLength(1);
});

describe("VALUE_WRONG_DIRECTION: what names a bad thing without being one", () => {
  const dir = (name: string, v: string) => runRule(VALUE_WRONG_DIRECTION, `产出指标 | 质量指标 | ${name} | ${v}`, noDesc);

  test("a rate of what works well (…有效率, …识别率, …在线率) is more-is-better whatever 违法 it counts", () => {
    expect(dir("违法抓拍图片有效率", "≥90%")).toEqual([]);
    expect(dir("违法车辆识别率", "≥95%")).toEqual([]);
    expect(dir("违法行为发生率", "≥5%")).toHaveLength(1);
  });

  test("失业保险 and 参保 name the insurance, not people out of work; 失业人数 stays fewer-is-better", () => {
    expect(dir("失业保险参保职工技能提升补贴发放人数", "≥400人")).toEqual([]);
    expect(dir("城镇登记失业人数", "≥400人")).toHaveLength(1);
  });
});

describe("VALUE_NOT_QUANTIFIED: coverage said instead of a count, and a role played", () => {
  const value = (name: string, v: string, l2 = "数量指标", l1 = "产出指标") => runRule(VALUE_NOT_QUANTIFIED, `${l1} | ${l2} | ${name} | ${v}`, noDesc);

  test("全区中小学全覆盖 on a count of schools is coverage prose; 全覆盖 alone stays a graded answer", () => {
    expect(value("参训学校数", "全区中小学全覆盖")).toHaveLength(1);
    expect(value("参训学校数", "全覆盖")).toEqual([]);
  });

  test("充分发挥, 有效发挥作用 are vague", () => {
    expect(value("发挥存史资政育人作用", "充分发挥", "社会效益指标", "效益指标")).toHaveLength(1);
    expect(value("发挥存史资政育人作用", "有效发挥作用", "社会效益指标", "效益指标")).toHaveLength(1);
  });
});

test("INDICATOR_NOT_MEASURABLE: a burden eased (减轻…负担) with a percentage measures nothing; the amount of it does", () => {
  const m = (name: string, v: string) => runRule(INDICATOR_NOT_MEASURABLE, `效益指标 | 经济效益指标 | ${name} | ${v}`, noDesc);
  expect(m("减轻残疾人家庭经济负担", "≥95%")).toHaveLength(1);
  expect(m("减轻残疾人家庭经济负担金额", "≥300万元")).toEqual([]);
});

test("UNIT_MISMATCH: assistive devices (辅助器具) are counted in 件/套, and printed matter is told to use 份/册/张", () => {
  expect(runRule(UNIT_MISMATCH, "产出指标 | 数量指标 | 发放辅助器具 | ≥500人", noDesc)).toHaveLength(1);
  expect(runRule(UNIT_MISMATCH, "产出指标 | 数量指标 | 发放辅助器具 | ≥500件", noDesc)).toEqual([]);
  const [print] = runRule(UNIT_MISMATCH, "产出指标 | 数量指标 | 印制发放宣传资料（折页、宣传册） | ≥20000人", noDesc);
  expect(print.message).toContain("“份”“册”“张”");
});

test("TYPO: 补帖 / 津帖 → 贴, 群从 → 群众", () => {
  expect(fixes("两项补帖数据动态更新次数")).toEqual([["补帖", "补贴"]]);
  expect(fixes("发放岗位津帖")).toEqual([["津帖", "津贴"]]);
  expect(fixes("提高辖区群从健康水平")).toEqual([["群从", "群众"]]);
});

describe("UNIT_COST_BASIS_MISSING: standards and day rates written as a bare amount", () => {
  test("a 救助标准 in plain 元 lacks its basis, and a standard paid to people suggests /人", () => {
    const [f] = runRule(UNIT_COST_BASIS_MISSING, "产出指标 | 成本指标 | 残疾儿童康复救助标准 | ≤15000元", noDesc);
    expect(f.message).toContain("≤15000元/人");
    expect(runRule(UNIT_COST_BASIS_MISSING, "产出指标 | 成本指标 | 残疾儿童康复救助标准 | ≤15000元/人·年", noDesc)).toEqual([]);
  });

  test("培训费 ≤450元 in a 78.7万元 project is the day rate without /人·天; 会议费 ≤3.5万元 is a total", () => {
    const opts = { ...noDesc, budget: "78.7", unit: "万元" as const };
    const [f] = runRule(UNIT_COST_BASIS_MISSING, "产出指标 | 成本指标 | 培训费 | ≤450元", opts);
    expect(f.suggestion).toBe("≤450元/人·天");
    expect(runRule(UNIT_COST_BASIS_MISSING, "产出指标 | 成本指标 | 会议费 | ≤3.5万元", opts)).toEqual([]);
    // Without a budget there is no share to judge by.
    expect(runRule(UNIT_COST_BASIS_MISSING, "产出指标 | 成本指标 | 培训费 | ≤450元", noDesc)).toEqual([]);
  });
});

describe("the form's fill-in note （选填） left in", () => {
  test("a row of （选填） is one TEMPLATE_PLACEHOLDER_ROW, numbered or not, and no VALUE_PLACEHOLDER beside it", () => {
    for (const l3 of ["（选填）", "1.（选填）", "（选填）（核心指标）"]) {
      const row = `效益指标 | 生态效益指标（选填） | ${l3} | （选填）`;
      expect(runRule(TEMPLATE_PLACEHOLDER_ROW, row, noDesc)).toHaveLength(1);
      expect(runRule(VALUE_PLACEHOLDER, row, noDesc)).toEqual([]);
    }
  });

  test("≥（选填）% on a real indicator is VALUE_PLACEHOLDER, not SATISFACTION_NOT_PERCENT", () => {
    const row = "满意度指标 | 服务对象满意度指标 | 示范创建单位满意度 | ≥（选填）%";
    expect(runRule(VALUE_PLACEHOLDER, row, noDesc)).toHaveLength(1);
    expect(runRule(SATISFACTION_NOT_PERCENT, row, noDesc)).toEqual([]);
    expect(runRule(SATISFACTION_NOT_PERCENT, "满意度指标 | 服务对象满意度指标 | 示范创建单位满意度 | ≥95", noDesc)).toHaveLength(1);
  });
});

describe("header: the funds lines of other budgets, and the contact cells", () => {
  const funds = (total: string, lines: [string, string][]) => [
    ["项目名称", "教师信息技术应用能力提升培训", "", ""],
    ["实施单位", "区教师发展中心", "", ""],
    ["项目资金（万元）", "年度资金总额", total, ""],
    ...lines.map(([label, v]) => ["", label, v, ""]),
    ["年度绩效目标", "培训教师1200人次，考核合格率95%以上。", "", ""],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "培训人次", "≥1200人次"],
  ];

  test("一般公共预算 / 政府性基金 / 其他资金 are the 其中 lines: 69 + 0 + 0 ≠ 96 is BUDGET_SUM_MISMATCH; 69 + 27 is not", () => {
    expect(findingsOf(funds("96", [["其中：一般公共预算", "69"], ["政府性基金", "0"], ["其他资金", "0"]]), "BUDGET_SUM_MISMATCH", 2025)).toHaveLength(1);
    expect(findingsOf(funds("96", [["其中：一般公共预算", "69"], ["政府性基金", "27"], ["其他资金", "0"]]), "BUDGET_SUM_MISMATCH", 2025)).toEqual([]);
    expect(findingsOf(funds("96", [["其中：一般公共预算", "69"], ["政府性基金", "0"], ["其他资金", "27"]]), "BUDGET_SUM_MISMATCH", 2025)).toEqual([]);
  });

  test("专项债券 + 财政拨款 + 单位自筹: 财政拨款 beside the bond is one more line (1200 + 300 + 60 ≠ 1580)", () => {
    const lines = (fiscal: string): [string, string][] => [["其中：地方政府专项债券资金", "1200"], ["财政拨款", fiscal], ["单位自筹资金", "60"]];
    const [f] = findingsOf(funds("1580", lines("300")), "BUDGET_SUM_MISMATCH", 2025);
    expect(f.message).toContain("= 1560万元");
    expect(findingsOf(funds("1580", lines("320")), "BUDGET_SUM_MISMATCH", 2025)).toEqual([]);
  });

  test("a blank 实施单位 beside 项目负责人 stays blank (HEADER_MISSING_FIELD), and the contact cells change no other reading", () => {
    const grid = [
      ["项目名称", "地方志编纂及年鉴印刷", "", "主管部门", "市档案馆"],
      ["实施单位", "", "", "项目负责人", ""],
      ["项目资金", "48", "", "其中：财政资金", "48"],
      ["年度绩效目标", "完成市志编纂30万字，印刷年鉴800册。", "", "", ""],
      ["一级指标", "二级指标", "三级指标", "指标值", "备注"],
      ["产出指标", "数量指标", "印刷年鉴册数", "≥800册", ""],
      ["产出指标", "成本指标", "印刷费", "≤8万元", ""],
    ];
    const [t] = readGrid(grid);
    expect(t.header.implementer?.text ?? "").toBe("");
    expect(t.variant).not.toBe("chengdu");
    expect(findingsOf(grid, "HEADER_MISSING_FIELD", 2021).map((f) => f.message)).toEqual([expect.stringContaining("实施单位")]);
    // 8 of 48万元 in cost rows: the coverage check still runs (it is skipped on 成都 forms).
    expect(findingsOf(grid, "COST_COVERAGE_LOW", 2021)).toHaveLength(1);
  });
});
