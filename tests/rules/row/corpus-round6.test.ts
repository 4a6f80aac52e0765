/**
 * Classes of the sixth round (dev 001–132, session of 2026-12-06 evening): confusables and value forms the
 * labelers sent back that no rule read yet.
 */
import { findTypos } from "../../../src/engine/rules/shared/typos";
import type { CellValue } from "../../../src/engine/types";
import { checkGrid, findingsOf, readGrid } from "../../helpers/gridCheck";

test("055: 物质储备 / 应急物质 → 物资; 物质文化, 物质保障, 物质生活 stay", () => {
  expect(findTypos("对全县突发卫生公共事件进行相关人员培训、物质储备、应急能力建设").fixed).toBe("对全县突发卫生公共事件进行相关人员培训、物资储备、应急能力建设");
  expect(findTypos("采购救灾物质200件").fixed).toBe("采购救灾物资200件");
  for (const ok of ["丰富群众物质文化生活", "提供物质保障", "改善物质生活条件", "储备物质基础"]) expect(findTypos(ok).typos).toEqual([]);
});

const check = (cells: CellValue[][]) => checkGrid(cells, 2024);
const rows = (...body: CellValue[][]): CellValue[][] => [["项目名称", "2024年农村公路养护经费"], ["一级指标", "二级指标", "三级指标", "指标值"], ...body];
const at = (cells: CellValue[][], cell: string) => check(cells).filter((f) => f.cell === cell && f.severity !== "info").map((f) => f.code);

test("a complaint count under 满意度 (有效投诉次数 ≤2次) is the customary proxy, not a satisfaction without %", () => {
  expect(at(rows(["满意度指标", "服务对象满意度指标", "有效投诉次数", "≤2次"]), "D3")).toEqual([]);
  // Written as a floor, the direction is still wrong; a satisfaction name with a count still wants a percentage.
  expect(at(rows(["满意度指标", "服务对象满意度指标", "群众投诉次数", "≥2次"]), "D3")).toEqual(["VALUE_WRONG_DIRECTION"]);
  expect(at(rows(["满意度指标", "服务对象满意度指标", "群众满意度", "≥90人"]), "D3")).toContain("SATISFACTION_NOT_PERCENT");
});

test("a bare degree word (明显, 显著, 较大) is vague: by how much?", () => {
  expect(at(rows(["效益指标", "经济效益指标", "降低运输成本", "明显"]), "D3")).toEqual(["VALUE_NOT_QUANTIFIED"]);
  expect(at(rows(["效益指标", "社会效益指标", "群众出行条件", "较大"]), "D3")).toEqual(["VALUE_NOT_QUANTIFIED"]);
});

test("090: a quality rate or an output count under 时效 is misplaced (CATEGORY_MISMATCH), not a date left out", () => {
  expect(at(rows(["产出指标", "时效指标", "县级储备粮应急保障率", "100%"]), "C3")).toEqual(["CATEGORY_MISMATCH"]);
  expect(at(rows(["产出指标", "时效指标", "县级储备粮应急保障率", "100%"]), "D3")).toEqual([]);
  expect(at(rows(["产出指标", "时效指标", "维修数量", "≥10处"]), "C3")).toEqual(["CATEGORY_MISMATCH"]);
  // A name about a step that takes time keeps DEADLINE_NOT_DATE; a timeliness rate is accepted.
  expect(at(rows(["产出指标", "时效指标", "资金拨付率", "100%"]), "D3")).toEqual(["DEADLINE_NOT_DATE"]);
  expect(at(rows(["产出指标", "时效指标", "资金拨付及时率", "100%"]), "D3")).toEqual([]);
  expect(at(rows(["产出指标", "时效指标", "培训完成率", "100%"]), "C3")).toEqual([]);
});

test("a date under 数量 or 质量 is a 时效 target written in the wrong place", () => {
  expect(at(rows(["产出指标", "数量指标", "完成时间", "2024年12月31日前"]), "C3")).toEqual(["CATEGORY_MISMATCH"]);
  expect(at(rows(["产出指标", "质量指标", "完成时间", "2024年10月底前"]), "C3")).toEqual(["CATEGORY_MISMATCH"]);
  expect(at(rows(["产出指标", "时效指标", "完成时间", "2024年10月底前"]), "C3")).toEqual([]);
});

test("a name opening with the work done and a count of sessions (开展宣传活动 ≥5次) under 效益 is an output", () => {
  expect(at(rows(["效益指标", "社会效益指标", "开展宣传活动", "≥5次"]), "C3")).toEqual(["CATEGORY_MISMATCH"]);
  // People reached may be a benefit; an effect word makes it one.
  expect(at(rows(["效益指标", "社会效益指标", "培训农民", "≥500人"]), "C3")).toEqual([]);
  expect(at(rows(["效益指标", "社会效益指标", "开展活动带动就业", "≥5次"]), "C3")).toEqual([]);
});

test("a goal that only says a task will be done (完成培训任务, 圆满完成上级交办的各项工作任务) is boilerplate", () => {
  const goal = (g: string) => findingsOf([["项目名称", "2024年安全生产培训经费"], ["年度绩效目标", g], ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "培训人次", "≥300人次"]], "GOAL_PLACEHOLDER", 2024);
  expect(goal("完成培训任务。").map((f) => f.severity)).toEqual(["warning"]);
  expect(goal("圆满完成上级交办的各项工作任务").map((f) => f.severity)).toEqual(["warning"]);
  expect(goal("完成2024年培训任务300人次")).toEqual([]);
  expect(goal("完成办公楼维修")).toEqual([]);
});

test("the measure's name written before a clean target (合格率≥95%) is one readable target: a warning that moves the name", () => {
  const fs = check(rows(["产出指标", "质量指标", "验收", "合格率≥95%"])).filter((f) => f.code === "VALUE_MIXED_TEXT");
  expect(fs.map((f) => [f.severity, f.suggestion])).toEqual([["warning", "≥95%"]]);
  expect(fs[0].message).toContain("三级指标");
  // Prose after the number is still an error.
  expect(check(rows(["产出指标", "数量指标", "培训人数", "≥200人按计划完成"])).filter((f) => f.code === "VALUE_MIXED_TEXT").map((f) => f.severity)).toEqual(["error"]);
});

test("018: 预算(或投资规模)控制指标 of the older 广东 forms covers the cost category (no MISSING_CATEGORY 成本)", () => {
  const table = (l2: string) => [
    ["项目名称", "2019年交通专项"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["预期产出指标", "数量指标", "改造道路", "≥5公里"],
    ["预期产出指标", "质量指标", "验收合格率", "=100%"],
    ["预期产出指标", "时效指标", "完成时间", "2019年12月31日前"],
    ["预期产出指标", l2, "项目总投资", "≤500万元"],
    ["效果指标", "社会效益指标", "通行时间缩短", "≥10分钟"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
  ];
  const missing = (l2: string) => findingsOf(table(l2), "MISSING_CATEGORY", 2019).map((f) => f.message.slice(0, 8));
  expect(missing("预算(或投资规模)控制指标")).toEqual([]);
  expect(missing("规模指标")).toEqual(["缺少“成本”类指"]);
});

test("120: a wished-for reduction as the name (可以有效降低…的发生) with a percentage measures nothing", () => {
  expect(at(rows(["效益指标", "可持续影响指标", "通过注射疫苗,可以有效降低疫苗针对传染病的发生", "40%"]), "C3")).toEqual(["INDICATOR_NOT_MEASURABLE"]);
  // A rate of the reduction is measurable.
  expect(at(rows(["效益指标", "社会效益指标", "传染病发病率降低幅度", "≥5%"]), "C3")).toEqual([]);
});

test("a rate of how the work went (验收合格率, 资金拨付率) under 效益 is an output; an effect's rate and 任务完成率 stay", () => {
  expect(at(rows(["效益指标", "社会效益指标", "验收合格率", "100%"]), "C3")).toEqual(["CATEGORY_MISMATCH"]);
  expect(at(rows(["效益指标", "社会效益指标", "资金拨付率", "100%"]), "C3")).toEqual(["CATEGORY_MISMATCH"]);
  // A 部门整体 table's key tasks done (seed 004 曹妃甸) is its effect.
  expect(at(rows(["效益指标", "社会效益指标", "重点商务工作任务完成率", "100%"]), "C3")).toEqual([]);
  expect(at(rows(["效益指标", "生态效益指标", "污水达标排放合格率", "100%"]), "C3")).toEqual([]);
  expect(at(rows(["效益指标", "社会效益指标", "学生体质健康合格率", "≥90%"]), "C3")).toEqual([]);
});

test("070, 103, 120: timeliness by other words (当年下达率, 按计划完成率, 及时给予治疗 | 100%) and frequencies (1次/月) are 时效 values", () => {
  for (const [name, value] of [["预算资金当年下达率", "100%"], ["项目按计划完成率", "100%"], ["对美沙酮维持患者及时给予治疗", "100%"], ["环境卫生专项考核", "1次/月"]])
    expect(at(rows(["产出指标", "时效指标", name, value]), "D3")).toEqual([]);
  // A bare number on a timeliness rate is the missing % (one finding), other bare numbers are no time.
  expect(at(rows(["产出指标", "时效指标", "项目完成及时率", "100"]), "D3")).toEqual(["RATE_NOT_PERCENT"]);
  expect(at(rows(["产出指标", "时效指标", "完成时限", "10"]), "D3")).toContain("DEADLINE_NOT_DATE");
});

test("059: a surveillance count of adverse events (不良反应每百万人口报告数 ≥150) is positive: more reporting is the goal", () => {
  expect(at(rows(["产出指标", "质量指标", "药品不良反应每百万人口报告数", "≥150"]), "D3")).not.toContain("VALUE_WRONG_DIRECTION");
  expect(at(rows(["产出指标", "质量指标", "药品不良反应发生率", "≥5%"]), "D3")).toContain("VALUE_WRONG_DIRECTION");
});

test("090: a count of something else under 满意度 (安全事件发生数 | 0起) is misplaced only, not also a satisfaction without %", () => {
  expect(at(rows(["满意度指标", "服务对象满意度指标", "粮食安全事件发生数", "0起"]), "D3")).toEqual([]);
  expect(at(rows(["满意度指标", "服务对象满意度指标", "粮食安全事件发生数", "0起"]), "C3")).toEqual(["CATEGORY_MISMATCH"]);
  // Text there (012) is still no satisfaction rate.
  expect(at(rows(["满意度指标", "满意度指标", "群众创业热情高涨", "创业热情高涨"]), "D3")).toContain("SATISFACTION_NOT_PERCENT");
});

test("001: an Excel day serial under 时效 (完成时间 | =44,561) is a date that lost its format, named and rewritten", () => {
  const fs = check(rows(["产出指标", "时效指标", "工作计划按时完成时间", "=44,561"])).filter((f) => f.cell === "D3" && f.severity !== "info");
  expect(fs.map((f) => [f.code, f.suggestion])).toEqual([["DEADLINE_NOT_DATE", "2021年12月31日前"]]);
  // Not on a count, nor outside 时效.
  expect(check(rows(["产出指标", "数量指标", "发放份数", "45000"])).filter((f) => f.code === "DEADLINE_NOT_DATE")).toEqual([]);
});

test("a range states both bounds: no VALUE_NO_OPERATOR on 18—54周岁 or 3-5次", () => {
  expect(check(rows(["产出指标", "质量指标", "培训对象年龄", "18—54周岁"], ["产出指标", "数量指标", "培训期数", "3-5期"])).filter((f) => f.code === "VALUE_NO_OPERATOR")).toEqual([]);
});

test("092, 132: a per-person support standard under 质量 and dividends paid out under 效益 are no misplaced costs", () => {
  expect(at(rows(["产出指标", "质量指标", "农村低保标准", "≥530元/人·月"]), "C3")).toEqual([]);
  expect(at(rows(["效益指标", "经济效益指标", "贫困户全年返本分红总额", "=46.16万元"]), "C3")).toEqual([]);
  // A plain amount under 质量 still is.
  expect(at(rows(["产出指标", "质量指标", "设备购置费", "≤20万元"]), "C3")).toEqual(["CATEGORY_MISMATCH"]);
});

test("131: 按质按量完成 / 保质保量完成 says the work will be done well, not what standard: vague", () => {
  expect(at(rows(["产出指标", "质量指标", "创建质量", "按质按量完成"]), "D3")).toEqual(["VALUE_NOT_QUANTIFIED"]);
  expect(at(rows(["产出指标", "质量指标", "工程质量", "保质保量完成"]), "D3")).toEqual(["VALUE_NOT_QUANTIFIED"]);
});

test("an amount or frequency left open (若干, 按需, 不定期) and a bare slogan verb (维护) are vague", () => {
  for (const [l2, name, value] of [["数量指标", "发放宣传品", "若干"], ["数量指标", "维修次数", "按需"], ["数量指标", "检查次数", "不定期"], ["社会效益指标", "社会稳定", "维护"]])
    expect(at(rows([l2.startsWith("社会") ? "效益指标" : "产出指标", l2, name, value]), "D3")).toEqual(["VALUE_NOT_QUANTIFIED"]);
});

test("typos of words every table uses: 律 for 率, 效宜, 影晌, 标淮, 群从, a doubled 的", () => {
  const fixed = (t: string) => findTypos(t).fixed;
  expect(fixed("群众满意律")).toBe("群众满意率");
  expect(fixed("政策知晓律")).toBe("政策知晓率");
  expect(fixed("经济效宜指标")).toBe("经济效益指标");
  expect(fixed("可持续影晌指标")).toBe("可持续影响指标");
  expect(fixed("质量标淮")).toBe("质量标准");
  expect(fixed("受益群从满意度")).toBe("受益群众满意度");
  expect(fixed("办公经费的的使用")).toBe("办公经费的使用");
  for (const ok of ["达到目的的手段", "的的确确", "法律法规", "规律性"]) expect(findTypos(ok).typos).toEqual([]);
});

test("export columns titled 运算符 / 比较符号 / 单位名称 / 指标分值（分） are read as operator, unit and weight", () => {
  const grid: CellValue[][] = [
    ["项目名称", "2024年社区居家养老服务补助"],
    ["一级指标", "二级指标", "三级指标", "指标值", "运算符", "单位名称", "指标分值（分）"],
    ["产出指标", "数量指标", "服务老人人数", "1200", "≥", "人", "50"],
    ["产出指标", "时效指标", "完成时间", "2024-12-31", "≤", "", "50"],
  ];
  const fs = check(grid).filter((f) => f.row !== null);
  expect(fs.filter((f) => f.code === "VALUE_NO_OPERATOR" || f.code === "VALUE_NO_UNIT")).toEqual([]);
  const ts = readGrid(grid);
  expect(ts[0].indicators[0].value.text).toBe("≥1200人");
});

test("things bought are counted in 台/套, not people; a capital M on a bandwidth is no metre", () => {
  const fs = check(rows(["产出指标", "数量指标", "采购设备", "≥10人"])).filter((f) => f.code === "UNIT_MISMATCH");
  expect(fs.map((f) => f.suggestion)).toEqual(["≥10台"]);
  expect(check(rows(["产出指标", "数量指标", "购置电脑", "20台"])).filter((f) => f.code === "UNIT_MISMATCH")).toEqual([]);
  expect(check(rows(["产出指标", "数量指标", "网络带宽", "≥100M"])).filter((f) => f.code === "UNIT_MISMATCH")).toEqual([]);
  // 020 湘潭: 射程 ≥80M is metres.
  expect(check(rows(["产出指标", "质量指标", "雾炮车风炮射程", "≥80M"])).filter((f) => f.code === "UNIT_MISMATCH").map((f) => f.suggestion)).toEqual(["≥80米"]);
});

test("061, 059: a word cut short at the cell's end (…科普宣传活) and 不良应 for 不良反应", () => {
  expect(findTypos("开展食品安全宣传周等科普宣传活").fixed).toBe("开展食品安全宣传周等科普宣传活动");
  expect(findTypos("医疗器械不良应每百万人口报告数").fixed).toBe("医疗器械不良反应每百万人口报告数");
  for (const ok of ["丰富群众文化生活", "宣传活动开展次数", "提高群众生活质量", "不良应对措施"]) expect(findTypos(ok).typos).toEqual([]);
});

test("101: a slogan or abstract name with a bare number (学校发展能力 | 100) measures nothing either", () => {
  const fs = check(rows(["效益指标", "社会效益指标", "学校发展能力", "100"])).filter((f) => f.code === "INDICATOR_NOT_MEASURABLE");
  expect(fs.map((f) => f.cell)).toEqual(["C3"]);
  expect(fs[0].message).toContain("数量");
  expect(check(rows(["效益指标", "社会效益指标", "受益学生人数", "100"])).filter((f) => f.code === "INDICATOR_NOT_MEASURABLE")).toEqual([]);
});

test("111: a bare ceiling on a counting name (建设数量 | ≤4) is a count with only a ceiling", () => {
  expect(check(rows(["产出指标", "数量指标", "开展精品示范村建设数量", "≤4"])).filter((f) => f.code === "QUANTITY_CEILING_ONLY").map((f) => f.suggestion)).toEqual(["=4"]);
  expect(check(rows(["产出指标", "数量指标", "项目资金规模", "≤4"])).filter((f) => f.code === "QUANTITY_CEILING_ONLY")).toEqual([]);
});

test("132: fixed figures whose product exceeds the budget (=23万元/个 × =10个 > 214.06万元) are reported within the tolerance", () => {
  const grid = (budget: string): CellValue[][] => [
    ["项目名称", "2018年资产收益扶贫项目"],
    ["年度资金总额（万元）", budget],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "入股合作社个数", "=10个"],
    ["产出指标", "成本指标", "补助合作社平均标准", "=23万元/个"],
  ];
  const fs = (budget: string) => checkGrid(grid(budget), 2018).filter((f) => f.code === "COST_RECONCILE");
  expect(fs("214.06").map((f) => f.message)).toEqual([expect.stringContaining("超过预算数")]);
  expect(fs("230")).toEqual([]);
  // An estimate (≥10个) keeps the tolerance.
  const estimate = grid("214.06").map((r) => (r[2] === "入股合作社个数" ? ["产出指标", "数量指标", "入股合作社个数", "≥10个"] : r));
  expect(checkGrid(estimate, 2018).filter((f) => f.code === "COST_RECONCILE")).toEqual([]);
});

test("053: a boilerplate 中期目标 beside a real 年度目标 is reported at its own cell", () => {
  const grid: CellValue[][] = [
    ["项目名称", "科学技术研究与开发资金"],
    ["中期目标", "推进科技事业发展"],
    ["年度目标", "新增高新技术企业15家"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "新增高新技术企业", "≥15家"],
  ];
  const fs = findingsOf(grid, "GOAL_PLACEHOLDER", 2021);
  expect(fs.map((f) => [f.cell, f.severity])).toEqual([["B2", "warning"]]);
  expect(fs[0].message).toContain("中期");
});

test("a date form left blank (年 月 日前) is a placeholder; a unit alone under 成本 is said once", () => {
  expect(at(rows(["产出指标", "时效指标", "完成时间", "年 月 日前"]), "D3")).toEqual(["VALUE_PLACEHOLDER"]);
  expect(at(rows(["产出指标", "时效指标", "完成时间", "2024年  月  日"]), "D3")).toEqual(["VALUE_PLACEHOLDER"]);
  expect(at(rows(["产出指标", "成本指标", "培训成本", "万元"]), "D3")).toEqual(["VALUE_PLACEHOLDER"]);
});

test("a satisfaction percentage with a note in brackets (≥95%（抽样调查）) is a percentage", () => {
  expect(at(rows(["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥95%（抽样调查）"]), "D3")).toEqual([]);
  expect(at(rows(["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥95%（其中贫困户90%）"]), "D3")).toContain("SATISFACTION_NOT_PERCENT");
});

test("a rate of what was done well is positive whatever bad thing it names (达标排放率, 故障修复及时率, 再就业人数)", () => {
  for (const name of ["污水处理达标排放率", "故障修复及时率", "不合格产品召回率"]) expect(at(rows(["效益指标", "社会效益指标", name, "≥95%"]), "D3")).toEqual([]);
  expect(at(rows(["效益指标", "社会效益指标", "失业人员再就业人数", "≥100人"]), "D3")).toEqual([]);
  for (const name of ["安全事故发生率", "设备故障率"]) expect(at(rows(["效益指标", "社会效益指标", name, "≥2%"]), "D3")).toEqual(["VALUE_WRONG_DIRECTION"]);
});

test("after the heldback scoring (140): 预算设定指标值 titles the value column beside 项目完成指标值; 年末完成率 is timeliness", () => {
  const grid: CellValue[][] = [
    ["项目名称", "2018生物实验教学中心建设项目"],
    ["一级指标", "二级指标", "三级指标", "预算设定指标值", "项目完成指标值"],
    ["产出指标", "数量指标", "购置仪器设备(不计低值小零件和定制产品)", "31", "42"],
    ["产出指标", "时效指标", "项目年末完成率", "≥95%", "100%"],
  ];
  const fs = checkGrid(grid, 2018).filter((f) => f.severity !== "info" && f.row !== null);
  expect(fs.map((f) => [f.code, f.cell])).toEqual([["VALUE_NO_UNIT", "D3"]]);
});

test("after the heldback scoring (190, 200): 较高 / 程度较高 are vague; 工程质量管理, 文明施工 with a percentage measure nothing", () => {
  expect(at(rows(["产出指标", "质量指标", "经费支出合规性", "较高"]), "D3")).toEqual(["VALUE_NOT_QUANTIFIED"]);
  expect(at(rows(["效益指标", "经济效益指标", "对减少财政投资成本的改善程度", "程度较高"]), "D3")).toEqual(["VALUE_NOT_QUANTIFIED"]);
  expect(at(rows(["效益指标", "社会效益指标", "设备维护及安全性", "高"]), "D3")).toEqual([]);
  for (const name of ["工程质量管理", "文明施工"]) expect(at(rows(["产出指标", "质量指标", name, "≥95%"]), "C3")).toEqual(["INDICATOR_NOT_MEASURABLE"]);
  expect(at(rows(["产出指标", "质量指标", "工程质量合格率", "≥95%"]), "C3")).toEqual([]);
});

test("after the heldback scoring (170, 202): 受灾率 is reverse; a number described as 严格控制 is capped in suggestions", () => {
  const op = (cells: CellValue[][]) => check(cells).filter((f) => f.code === "VALUE_NO_OPERATOR" || f.code === "VALUE_NO_UNIT").map((f) => f.suggestion);
  expect(op(rows(["效益指标", "生态效益指标", "森林受灾率", "1%"]))).toEqual(["≤1%"]);
  expect(at(rows(["效益指标", "生态效益指标", "森林火灾扑救率", "≥95%"]), "D3")).toEqual([]);
  const described: CellValue[][] = [["项目名称", "2025年社会福利院整体支出"], ["一级指标", "二级指标", "三级指标", "指标值", "指标解释"], ["产出指标", "数量指标", "编外人员数量", "153", "严格控制全院编外人员数量"]];
  expect(op(described)).toEqual(["≤153人"]);
});

test("after the heldback scoring (200): a level or grade under 数量 (修缮级别 | 市级保护单位) belongs under 质量", () => {
  expect(at(rows(["产出指标", "数量指标", "修缮级别", "市级保护单位"]), "C3")).toEqual(["CATEGORY_MISMATCH"]);
  expect(at(rows(["产出指标", "质量指标", "修缮级别", "市级保护单位"]), "C3")).toEqual([]);
});

test("a boilerplate 中期目标 is reported whatever the year's goal is (also beside a template 年度目标)", () => {
  const grid: CellValue[][] = [
    ["项目名称", "科学技术研究与开发资金"],
    ["中期目标", "推进科技事业发展"],
    ["年度目标", "1.目标内容1"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "新增高新技术企业", "≥15家"],
  ];
  expect(findingsOf(grid, "GOAL_PLACEHOLDER", 2021).map((f) => [f.cell, f.severity])).toEqual([["B3", "error"], ["B2", "warning"]]);
});
