/**
 * Classes found in the sixteenth round (docs/decisions.md "Sixteenth round"): what the fourteenth fresh probe set
 * (670–694) and the last heldback tables (240, 261) showed. Each test holds the defect and the accepted forms beside
 * it, so a fix cannot pass by flagging everything or nothing.
 */
import { runRule } from "../../helpers/rowsTable";
import { findingsOf, readGrid } from "../../helpers/gridCheck";
import { rule as VALUE_MIXED_TEXT } from "../../../src/engine/rules/row/VALUE_MIXED_TEXT";
import { rule as VALUE_WRONG_DIRECTION } from "../../../src/engine/rules/row/VALUE_WRONG_DIRECTION";
import { rule as VALUE_NOT_QUANTIFIED } from "../../../src/engine/rules/row/VALUE_NOT_QUANTIFIED";
import { rule as UNIT_MISMATCH } from "../../../src/engine/rules/row/UNIT_MISMATCH";
import { rule as CATEGORY_MISMATCH } from "../../../src/engine/rules/row/CATEGORY_MISMATCH";
import { rule as INDICATOR_NOT_MEASURABLE } from "../../../src/engine/rules/row/INDICATOR_NOT_MEASURABLE";
import { rule as COST_RECONCILE } from "../../../src/engine/rules/table/COST_RECONCILE";
import { findTypos } from "../../../src/engine/rules/shared/typos";
import { parseValue } from "../../../src/engine/values";
import type { CellValue } from "../../../src/engine/types";

const noDesc = { columns: "noDescription" as const };
const row = (l1: string, l2: string, name: string, v: string) => `${l1} | ${l2} | ${name} | ${v}`;

test("units: 斤 prices grain and seed (≤1.5元/斤), 亩次 counts area treated per pass (≥9200亩次)", () => {
  expect(runRule(VALUE_MIXED_TEXT, row("产出指标", "成本指标", "良种差价补贴标准", "≤1.5元/斤"), noDesc)).toEqual([]);
  expect(runRule(VALUE_MIXED_TEXT, row("产出指标", "数量指标", "病虫害防治作业面积", "≥9200亩次"), noDesc)).toEqual([]);
  expect(parseValue("≥9200亩次")).toMatchObject({ unitClass: "area", mixed: false });
  // A word after the unit is still text beside the number.
  expect(runRule(VALUE_MIXED_TEXT, row("产出指标", "数量指标", "病虫害防治作业面积", "≥9200亩左右"), noDesc)).toHaveLength(1);
});

test("values: service hours as days × hours (7×24小时, 5×8小时服务) are a fixed standard, not 7 followed by text", () => {
  expect(parseValue("7×24小时")).toMatchObject({ kind: "duration", number: 24, unit: "小时", mixed: false, raw: "7×24小时" });
  expect(parseValue("5×8小时服务")).toMatchObject({ kind: "duration", number: 8, mixed: false });
  expect(runRule(VALUE_MIXED_TEXT, row("产出指标", "质量指标", "平台运维服务时长", "7×24小时"), noDesc)).toEqual([]);
  expect(parseValue("8×24小时").mixed).toBe(true);
});

test("VALUE_WRONG_DIRECTION: a disaster rate (林业有害生物成灾率) is fewer-is-better", () => {
  expect(runRule(VALUE_WRONG_DIRECTION, row("效益指标", "生态效益指标", "林业有害生物成灾率", "≤3‰"), noDesc)).toEqual([]);
  expect(runRule(VALUE_WRONG_DIRECTION, row("效益指标", "生态效益指标", "林业有害生物成灾率", "≥3‰"), noDesc)).toHaveLength(1);
});

test("VALUE_NOT_QUANTIFIED: a reach claimed alone (广泛, 普遍) is vague; a share is not", () => {
  expect(runRule(VALUE_NOT_QUANTIFIED, row("产出指标", "质量指标", "普法宣传覆盖面", "广泛"), noDesc)).toHaveLength(1);
  expect(runRule(VALUE_NOT_QUANTIFIED, row("产出指标", "质量指标", "普法宣传覆盖面", "≥90%"), noDesc)).toEqual([]);
});

test("UNIT_MISMATCH: an instrument counted in 人; a printed count in 万元; a priced printed item stays a cost question", () => {
  expect(runRule(UNIT_MISMATCH, row("产出指标", "数量指标", "购置彩色多普勒超声诊断仪", "≥5人"), noDesc)).toHaveLength(1);
  expect(runRule(UNIT_MISMATCH, row("产出指标", "数量指标", "购置彩色多普勒超声诊断仪", "≥5台"), noDesc)).toEqual([]);
  expect(runRule(UNIT_MISMATCH, row("产出指标", "数量指标", "聘用司机", "≥2人"), noDesc)).toEqual([]);
  expect(runRule(UNIT_MISMATCH, row("产出指标", "数量指标", "宣传折页印制数量", "≥5万元"), noDesc)).toHaveLength(1);
  expect(runRule(CATEGORY_MISMATCH, row("产出指标", "数量指标", "宣传折页印制数量", "≥5万元"), noDesc)).toEqual([]);
  expect(runRule(UNIT_MISMATCH, row("产出指标", "数量指标", "宣传折页", "≤2万元"), noDesc)).toEqual([]);
  expect(runRule(CATEGORY_MISMATCH, row("产出指标", "数量指标", "宣传折页", "≤2万元"), noDesc)).toHaveLength(1);
});

test("INDICATOR_NOT_MEASURABLE: the project's name as the indicator (特种设备安全监察 =100%)", () => {
  const named = (name: string) =>
    runRule(INDICATOR_NOT_MEASURABLE, row("产出指标", "质量指标", name, "=100%"), { ...noDesc, projectName: "2026年特种设备安全监察及检验经费" });
  expect(named("特种设备安全监察")).toHaveLength(1);
  expect(named("特种设备定期检验率")).toEqual([]);
  expect(named("特种设备安全监察覆盖率")).toEqual([]);
});

test("TYPO: 博缆会 → 博览会, 渗透测式 → 渗透测试, 全民建身 → 全民健身; 预测式, 修建身边 stay", () => {
  expect(findTypos("参加省内外旅游交易博缆会").fixed).toBe("参加省内外旅游交易博览会");
  expect(findTypos("系统安全渗透测式次数").fixed).toBe("系统安全渗透测试次数");
  expect(findTypos("开展全民建身活动").fixed).toBe("开展全民健身活动");
  expect(findTypos("采用预测式维护").typos).toEqual([]);
  expect(findTypos("修建身边的健身步道").typos).toEqual([]);
});

test("DESC_VALUE_CONFLICT: a past year's figure in the description (2024年为88.6%) is the baseline, not the target", () => {
  const sheet = (note: string): CellValue[][] => [
    ["项目名称", "乡镇卫生院医疗设备购置"],
    ["一级指标", "二级指标", "三级指标", "指标值", "指标值说明"],
    ["效益指标", "社会效益指标", "县域内就诊率", "≥90%", note],
  ];
  expect(findingsOf(sheet("2024年为88.6%"), "DESC_VALUE_CONFLICT", 2025)).toEqual([]);
  expect(findingsOf(sheet("县域内就诊率达到88.6%"), "DESC_VALUE_CONFLICT", 2025)).toHaveLength(1);
});

test("COST_RECONCILE: 标准物质 and 高标准农田 are things bought or built, not a rate with no count", () => {
  const costs = (name: string) => runRule(COST_RECONCILE, [["产出指标", "成本指标", name, "", "≤28万元"]], { budget: "185" });
  expect(costs("试剂耗材及标准物质购置费")).toEqual([]);
  expect(costs("高标准农田建设费用")).toEqual([]);
  expect(costs("设备运维补助标准")).toHaveLength(1);
});

describe("GOAL_PLACEHOLDER", () => {
  const goal = (text: string, projectName = "2026年机关运行及信息系统安全等级保护测评经费") =>
    findingsOf(
      [
        ["项目名称", projectName],
        ["年度绩效目标", text],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "等级保护测评系统数", "≥3个"],
      ],
      "GOAL_PLACEHOLDER",
      2026,
    ).map((f) => /只重复了项目名称|通用套话/.exec(f.message)?.[0]);

  test("a clause that is part of the project's name with a verb of doing it, beside generic ones, repeats the name (694)", () => {
    expect(goal("保障中心机关正常运转，做好信息系统安全等级保护测评工作。")).toEqual(["只重复了项目名称"]);
    expect(goal("保障中心机关正常运转，完成3个信息系统等级保护测评。")).toEqual([]);
  });

  test("aims and lists of generic clauses are boilerplate (261: 增强政府工作效率、改善乡镇居住环境)", () => {
    expect(goal("增强政府工作效率、改善乡镇居住环境", "部门整体支出")).toEqual(["通用套话"]);
    expect(goal("以服务对象满意为目标，着力打造文明型机关", "办公大楼运行保障")).toEqual(["通用套话"]);
    // A generic clause sharing words with the name is still generic, not the name again (951).
    expect(goal("保障街道机关正常运转，提升社区服务水平。", "2023年山南街道机关运转及社区服务保障经费")).toEqual(["通用套话"]);
    expect(goal("改善乡镇居住环境，整治农村人居环境村庄12个", "部门整体支出")).toEqual([]);
  });
});

test("reader: 年度目标1：(80分) is the goal and 预算数(A) | 执行数(B) titles the budget column of a 自评 form (261)", () => {
  const [t] = readGrid([
    ["单位名称", "塘湖镇人民政府"],
    ["预算执行情况(万元) (20分)", null, "预算数(A)", "执行数(B)", "执行率(B/A)", "得分 (20分*执行率)"],
    [null, "部门整体支出总额", "864.2", null, "100%", "20"],
    ["年度目标1:(80分)", "增强政府工作效率、改善乡镇居住环境"],
    ["一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
    ["产出指标", "数量指标", "办结信访案件", "168起", "168起", "10"],
  ]);
  expect(t.header.budget?.text).toBe("864.2");
  expect(t.header.goal?.text).toBe("增强政府工作效率、改善乡镇居住环境");
  expect(t.unit).toBe("万元");
});

test("reader, outline form: an unnumbered 满意度指标 inside 项目效益指标, over indicators, is its 二级 (四川's old form, 681)", () => {
  const levels = (satisfactionHeading: string) =>
    readGrid([
      ["项目名称", "全民健身赛事活动"],
      ["指标名称", "指标值"],
      ["项目完成指标", ""], ["数量指标", ""], ["举办赛事活动", "≥12场次"],
      ["项目效益指标", ""], ["社会效益指标", ""], ["经常参加体育锻炼人数比例", "≥41%"],
      [satisfactionHeading, ""], ["参赛群众满意度", "≥90%"],
    ])[0].indicators.map((x) => [x.level1.text, x.level2.text, x.level3.text]).slice(-1)[0];
  expect(levels("满意度指标")).toEqual(["项目效益指标", "满意度指标", "参赛群众满意度"]);
  // Numbered as a 一级 (三、满意度指标), it is one.
  expect(levels("三、满意度指标")).toEqual(["三、满意度指标", "", "参赛群众满意度"]);
});
