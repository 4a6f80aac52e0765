/**
 * Generalisation probe (issue 13): a small grammar of how accountants of any province word the rows a reviewer
 * accepts — indicator names of every common project type (培训, 会议, 印刷, 购置, 补助, 运维, 工程, 农林 …) crossed
 * with the value forms they are written in (≥100人, 不少于100人, 100人以上, 12千米, 10台套, 2026年3月-11月,
 * ≤450元/人·天, 每人每月500元 …). Every combination is one row appended to an accepted base table and must get no
 * error; the few warnings it may get are listed per class below, so a new one fails here. A second list keeps one
 * true defect per code, so the test fails both ways. None of these rows is copied from a corpus table.
 */
import { readTables } from "../../src/engine/reader";
import { checkTable } from "../../src/engine/check";
import type { CellValue, Finding } from "../../src/engine/types";
import { ACCEPTED_HEAD, ACCEPTED_ROWS, LEVEL_TITLES } from "../helpers/acceptedTable";

/** The accepted base table with the title row of its indicator block. */
const HEAD: CellValue[][] = [...ACCEPTED_HEAD, LEVEL_TITLES, ...ACCEPTED_ROWS];
const LEVELS = {
  数量: ["产出指标", "数量指标"],
  质量: ["产出指标", "质量指标"],
  时效: ["产出指标", "时效指标"],
  成本: ["产出指标", "成本指标"],
  经济: ["效益指标", "经济效益指标"],
  社会: ["效益指标", "社会效益指标"],
  生态: ["效益指标", "生态效益指标"],
  可持续: ["效益指标", "可持续影响指标"],
  满意: ["满意度指标", "服务对象满意度指标"],
} as const;
type Level = keyof typeof LEVELS;

/** Findings on the appended row (and table-level ones it causes), info left out: "severity:CODE". */
function probe(level: Level, name: string, value: string): Finding[] {
  const [t] = readTables({ sheet: "S", cells: [...HEAD, [...LEVELS[level], name, value]] });
  const last = t.indicators.length - 1;
  return checkTable(t, { year: 2026 }).filter((f) => (f.row === last || f.row === null) && f.severity !== "info");
}

/** [level, names, values]: every name with every value. */
const ACCEPTED: [Level, string[], string[]][] = [
  ["数量", ["培训人数", "参训人数", "受益人数", "补助人数", "救助对象人数"], ["≥100人", "100人", "不少于100人", "100人以上", "=100人", "≥1.2万人", "100名"]],
  ["数量", ["培训人次", "服务人次"], ["≥500人次", "500人次", "不少于500人次"]],
  ["数量", ["培训场次", "举办培训班期数", "开展宣传活动次数", "召开会议次数", "检查次数"], ["≥4次", "4期", "≥4场", "不少于4次", "4场次"]],
  ["数量", ["购置设备数量", "采购电脑台数", "配备办公设备", "保障服务器数量"], ["≥10台", "10台（套）", "10台/套", "≥10台套", "10套"]],
  ["数量", ["印制宣传资料", "发放宣传册", "印刷手册数量", "采购图书"], ["≥5000份", "5000册", "≥5000本", "≥0.5万册"]],
  ["数量", ["新建道路长度", "维修渠道长度", "养护里程"], ["≥12公里", "12km", "12千米", "≥1200米", "12.5公里"]],
  ["数量", ["覆盖行政村数量", "补助乡镇个数", "建设示范点数量"], ["≥20个", "20个", "≥3处", "20个村"]],
  ["数量", ["改造面积", "造林面积", "绿化面积"], ["≥500亩", "500平方米", "≥2000㎡", "≥30公顷", "≥1500m²", "≥1.5万平方米"]],
  ["数量", ["调研报告数量", "形成调研报告"], ["≥2篇", "2份", "≥1篇"]],
  ["数量", ["购置车辆", "安装路灯", "打井数量", "植树数量", "发放种畜"], ["2辆", "≥100盏", "≥5眼", "≥5000株", "≥500头"]],
  ["质量", ["培训合格率", "验收合格率", "考核合格率", "考试通过率"], ["≥95%", "100%", "=100%", "95%以上", "不低于95%", "达到95%", "＞90%", ">=90%"]],
  ["质量", ["设备完好率", "系统正常运行率", "故障修复率", "资料归档完整率", "资金使用合规率", "补助发放准确率"], ["≥98%", "100%", "≥99.5%"]],
  ["质量", ["验收合格", "工程质量", "服务质量"], ["合格", "达标", "验收合格", "符合国家标准", "达到验收标准", "优良"]],
  ["质量", ["重大安全事故发生次数", "质量事故"], ["0次", "=0起"]],
  ["时效", ["完成时间", "项目完成时间", "培训完成时间", "设备采购完成时间", "资金拨付时间", "验收时间"], [
    "2026年12月31日前", "2026年12月底前", "2026年12月", "2026年6月30日前", "2026年第三季度", "2026年3月-11月", "2026.12.31前",
    "2026年底前", "2026-12-31前", "2026年11月底前完成", "2026年12月31日之前", "于2026年12月底前完成", "2026年内", "2026年1-12月",
    "2026年1月至12月", "2026年12月31日", "截至2026年12月31日", "2026年上半年", "2026年10月前",
    "2026.12", "2026.6前", "2026年12月31", "二〇二六年十二月三十一日前", "2026年6月底前完成50%",
  ]],
  ["时效", ["资金拨付及时率", "按时完成率", "补助发放及时率", "故障响应及时率", "项目按期完成率"], ["100%", "≥95%", "=100%"]],
  ["时效", ["故障响应时间", "问题处理时限"], ["≤24小时", "≤2小时", "24小时内", "≤3个工作日"]],
  ["成本", ["项目总成本", "培训成本", "设备购置成本", "印刷费", "运维费用", "会议费", "调研经费"], ["≤9万元", "9万元", "≤90000元", "控制在9万元以内", "不超过9万元", "≤9.00万元"]],
  ["成本", ["单次会议成本", "每期培训成本", "宣传品单价", "单位面积成本"], ["≤1.5万元/次", "≤2万元/期", "≤20元/份", "≤300元/平方米", "≤300元/㎡"]],
  ["成本", ["设备单价", "每台设备维护费"], ["≤6000元/台", "≤0.6万元/台", "≤500元/台·年", "≤500元/台/年"]],
  ["经济", ["带动农户增收", "增加村集体收入", "节约成本"], ["≥50万元", "≥5%", "≥1000元/户"]],
  ["社会", ["受益群众人数", "带动就业人数"], ["≥1000人", "≥50人"]],
  ["社会", ["政策知晓率", "适龄儿童入学率", "培训后就业率"], ["≥90%", "100%", "≥85%"]],
  ["社会", ["安全事故发生次数", "群众投诉次数", "安全责任事故"], ["=0次", "0次", "≤1次", "0起"]],
  ["社会", ["安全事故发生率", "投诉率"], ["=0%", "≤1%"]],
  ["生态", ["森林覆盖率", "垃圾无害化处理率", "污水处理率", "绿化覆盖率"], ["≥45%", "≥95%", "100%"]],
  ["生态", ["节约用电量", "减少碳排放", "降低能耗"], ["≥5%", "≥100吨"]],
  ["生态", ["PM2.5平均浓度", "氨氮平均浓度"], ["≤35微克/立方米", "≤0.5毫克/升"]],
  ["经济", ["亩产", "粮食亩产"], ["≥500公斤/亩", "≥500公斤", "≥0.5吨/亩"]],
  ["可持续", ["设备使用年限", "道路使用年限", "项目持续发挥作用期限"], ["≥5年", "≥10年", "5年", "8年以上"]],
  ["可持续", ["长效管护机制运行", "项目效益持续发挥"], ["长期", "持续", "长期有效"]],
  ["满意", ["参训学员满意度", "服务对象满意度", "受益农户满意度", "使用人员满意度", "家长满意度"], ["≥90%", "90%以上", "不低于90%", "≥95%", "90%", "＞90%", "≥90％"]],
];

/** Warnings an accepted form may still get, with why a reviewer may still ask (anything else fails). */
const EXPECTED_WARNINGS: [RegExp, string, string][] = [
  // 12月底前 / 年底前 carry no year: accepted, with a reminder (DEADLINE_NO_YEAR, spec R-TIME-001).
  [/./, "DEADLINE_NO_YEAR", "no year"],
  // A per-unit cost with no count in the base table (a road project) cannot be checked against the budget.
  [/元\/|每人/, "COST_RECONCILE", "unit cost without a count"],
];

describe("the accepted grammar gets no error and no unexpected warning", () => {
  const cases = ACCEPTED.flatMap(([level, names, values]) => names.flatMap((name) => values.map((value) => [level, name, value] as const)));

  it(`covers ${cases.length} rows`, () => {
    expect(cases.length).toBeGreaterThan(400);
  });

  it.each(cases)("%s | %s | %s", (level, name, value) => {
    const unexpected = probe(level, name, value)
      // the base table already holds 完成时间 and 群众满意度: a repeat is another defect, not this probe's
      .filter((f) => f.code !== "DUPLICATE_INDICATOR")
      .filter((f) => f.severity === "error" || !EXPECTED_WARNINGS.some(([re, code]) => f.code === code && re.test(value)));
    expect(unexpected.map((f) => `${f.severity}:${f.code} ${f.message}`)).toEqual([]);
  });
});

describe("one true defect per class is still found", () => {
  it.each([
    ["成本", "培训成本", "≤95%", "COST_NOT_MONEY"],
    ["成本", "会议费", "按标准执行", "COST_NOT_MONEY"],
    ["成本", "印刷费", "≤9万", "MONEY_UNIT_INCOMPLETE"],
    ["社会", "安全事故发生次数", "≥0次", "VALUE_WRONG_DIRECTION"],
    ["时效", "完成时间", "2025年12月31日前", "DEADLINE_OUTSIDE_YEAR"],
    ["时效", "资金拨付时间", "2024年3月-2025年11月", "DEADLINE_OUTSIDE_YEAR"],
    ["时效", "完成时间", "2025.12", "DEADLINE_OUTSIDE_YEAR"],
    ["时效", "完成时间", "二〇二五年十二月底前", "DEADLINE_OUTSIDE_YEAR"],
    ["时效", "完成时间", "尽快", "DEADLINE_NOT_DATE"],
    ["社会", "群众生活水平", "明显提高", "VALUE_NOT_QUANTIFIED"],
    ["社会", "群众生活水平", "达到预期效果", "VALUE_NOT_QUANTIFIED"],
    ["经济", "农民收入水平", "实现预期目标", "VALUE_NOT_QUANTIFIED"],
    ["社会", "群众参与", "积极", "VALUE_NOT_QUANTIFIED"],
    ["数量", "培训人数", "100", "VALUE_NO_UNIT"],
    ["数量", "购置设备数量", "≥10", "VALUE_NO_UNIT"],
    ["满意", "群众满意度", "满意", "SATISFACTION_NOT_PERCENT"],
    ["质量", "验收合格率", "≥101%", "RATE_OVER_100"],
    ["质量", "验收合格率", "95", "RATE_NOT_PERCENT"],
    ["数量", "培训人数", "≥XX人", "VALUE_PLACEHOLDER"],
    ["数量", "培训人数", "≥100人左右", "VALUE_MIXED_TEXT"],
    ["数量", "培训人次", "≥100人", "UNIT_MISMATCH"],
    ["数量", "新建道路长度", "≥12平方米", "UNIT_MISMATCH"],
    ["经济", "村集体收入", "≥5个", "UNIT_MISMATCH"],
    ["社会", "群众满意度", "≥90%", "CATEGORY_MISMATCH"],
    ["数量", "培训人数（≥**人）", "≥100人", "L3_TEMPLATE_RESIDUE"],
    ["数量", "指标1", "≥100人", "L3_TEMPLATE_RESIDUE"],
    ["数量", "指标2：", "-", "TEMPLATE_PLACEHOLDER_ROW"],
    ["社会", "维护社会稳定", "100%", "INDICATOR_NOT_MEASURABLE"],
    ["质量", "培训合格律", "≥95%", "TYPO"],
    ["数量", "培训人数", "≤100人", "QUANTITY_CEILING_ONLY"],
    ["数量", "培训人数", "≥0人", "VALUE_TRIVIAL"],
  ] as const)("%s | %s | %s → %s", (level, name, value, code) => {
    expect(probe(level, name, value).map((f) => f.code)).toContain(code);
  });

  it("RMB / 人民币 written as the unit is money in 元, with a hint to write 元 (not COST_NOT_MONEY)", () => {
    const [t] = readTables({ sheet: "S", cells: [...HEAD, ["产出指标", "成本指标", "宣传费", "≤5000RMB"]] });
    const fs = checkTable(t, { year: 2026 }).filter((f) => f.row === t.indicators.length - 1);
    expect(fs.map((f) => [f.severity, f.code, f.suggestion])).toEqual([["info", "UNIT_MISMATCH", "≤5000元"]]);
  });

  it("a vague word on a rate is both not a percentage and vague (130, 230, 052); a grade word on a rate is only the first", () => {
    expect(probe("社会", "政策覆盖率", "提高").map((f) => `${f.severity}:${f.code}`)).toEqual(["error:RATE_NOT_PERCENT", "warning:VALUE_NOT_QUANTIFIED"]);
    expect(probe("质量", "验收合格率", "合格").map((f) => f.code)).toEqual(["RATE_NOT_PERCENT"]);
  });

  it("a payment standard per head written as a floor is a warning asking for the standard (=), a cost floor stays an error", () => {
    const standard = probe("成本", "生均公用经费", "≥800元/生").filter((f) => f.code === "VALUE_WRONG_DIRECTION");
    expect(standard.map((f) => [f.severity, f.suggestion])).toEqual([["warning", "=800元/生"]]);
    const cost = probe("成本", "培训成本", "≥5万元").filter((f) => f.code === "VALUE_WRONG_DIRECTION");
    expect(cost.map((f) => [f.severity, f.suggestion])).toEqual([["error", "≤5万元"]]);
  });

  it("an unfilled numbered slot is one template row, not also an empty value", () => {
    expect(probe("数量", "指标2：", "-").map((f) => f.code)).toEqual(["TEMPLATE_PLACEHOLDER_ROW"]);
  });
});
