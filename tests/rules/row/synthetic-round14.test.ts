/**
 * Classes found in the fourteenth round (docs/decisions.md "Fourteenth round"): warnings on probe rows their labelers
 * accepted. Each test holds the accepted forms and the defect beside them, so a fix cannot pass by flagging nothing.
 */
import { runRule } from "../../helpers/rowsTable";
import { findingsOf, readGrid } from "../../helpers/gridCheck";
import { rule as DEADLINE_NOT_DATE } from "../../../src/engine/rules/row/DEADLINE_NOT_DATE";
import { rule as UNIT_COST_BASIS_MISSING } from "../../../src/engine/rules/row/UNIT_COST_BASIS_MISSING";
import { rule as VALUE_TRIVIAL } from "../../../src/engine/rules/row/VALUE_TRIVIAL";
import { rule as RATE_OVER_100 } from "../../../src/engine/rules/row/RATE_OVER_100";
import { rule as RATE_NOT_PERCENT } from "../../../src/engine/rules/row/RATE_NOT_PERCENT";
import { rule as VALUE_MIXED_TEXT } from "../../../src/engine/rules/row/VALUE_MIXED_TEXT";
import { rule as UNIT_MISMATCH } from "../../../src/engine/rules/row/UNIT_MISMATCH";
import { rule as VALUE_WRONG_DIRECTION } from "../../../src/engine/rules/row/VALUE_WRONG_DIRECTION";
import { rule as VALUE_NO_UNIT } from "../../../src/engine/rules/row/VALUE_NO_UNIT";
import { rule as MONEY_UNIT_INCOMPLETE } from "../../../src/engine/rules/row/MONEY_UNIT_INCOMPLETE";
import { rule as COST_OVER_STANDARD } from "../../../src/engine/rules/table/COST_OVER_STANDARD";
import { findTypos } from "../../../src/engine/rules/shared/typos";
import { parseTimelinessValue, parseValue } from "../../../src/engine/values";

const noDesc = { columns: "noDescription" as const };
const timeliness = (name: string, v: string) => runRule(DEADLINE_NOT_DATE, `产出指标 | 时效指标 | ${name} | ${v}`, { ...noDesc, year: 2025 });

test("DEADLINE_NOT_DATE: each quarter's deadline (每季度首月15日前) and a limit before an event (活动开展前5日内) are times", () => {
  expect(timeliness("抚恤和生活补助发放时间", "每季度首月15日前")).toEqual([]);
  expect(timeliness("补贴资金拨付时间", "每季度末月20日前")).toEqual([]);
  expect(timeliness("宣传品交付时限", "活动开展前5日内")).toEqual([]);
  // A frequency with no deadline is still no time (511, 603, 967's labelers sent these back).
  expect(timeliness("护林员补助发放时间", "按月发放")).toHaveLength(1);
  expect(timeliness("物业服务费支付", "按季度支付")).toHaveLength(1);
  expect(timeliness("宣传品交付时限", "活动前")).toHaveLength(1);
});

test("DEADLINE_NOT_DATE: a rate of doing it on each period's schedule (按月支付率, 日产日清率) is a timeliness rate", () => {
  expect(timeliness("劳务费按月支付率", "=100%")).toEqual([]);
  expect(timeliness("助餐补贴按季度结算率", "=100%")).toEqual([]);
  expect(timeliness("生活垃圾日产日清率", "=100%")).toEqual([]);
  expect(timeliness("生活垃圾清运及时性", "日产日清")).toEqual([]);
  expect(timeliness("服务完成度", "≥95%")).toHaveLength(1);
  expect(timeliness("生活垃圾清运及时性", "日产")).toHaveLength(1);
});

test("DEADLINE_NOT_DATE: a frequency said period first (每季度1次, 每周1期) is how often, as 1次/季度 is", () => {
  expect(timeliness("项目绩效考核", "每季度1次")).toEqual([]);
  expect(timeliness("病虫情报发布", "每周1期")).toEqual([]);
  expect(timeliness("项目绩效考核", "1次/季度")).toEqual([]);
});

test("values: a count per period said period first reads as that count per period; a recurring deadline does not", () => {
  const read = (v: string) => {
    const p = parseValue(v);
    return [p.kind, p.operator, p.number, p.normalizedUnit];
  };
  expect(read("每周2次")).toEqual(["quantity", null, 2, "次/周"]);
  expect(read("每月不少于1次")).toEqual(["quantity", ">=", 1, "次/月"]);
  expect(read("每日1次")).toEqual(["quantity", null, 1, "次/天"]);
  expect(read("每月15日前")[0]).toBe("text");
  expect(read("每月1次巡查")[0]).toBe("text");
});

test("values: the row's label written before its date (完成时间为…, 截止时间：…) leaves a deadline; 截止 makes it a limit", () => {
  const done = parseTimelinessValue("完成时间为2025年12月30日");
  expect(done.kind).toBe("deadline");
  expect(done.date).toMatchObject({ year: 2025, month: 12, day: 30, qualifier: "on" });
  expect(parseTimelinessValue("截止时间：2025年6月30日").date).toMatchObject({ year: 2025, month: 6, day: 30, qualifier: "before" });
  expect(parseTimelinessValue("完成时限为本年度内").kind).toBe("deadline");
  expect(parseTimelinessValue("时间为项目开工后").kind).toBe("text");
  expect(timeliness("项目设计、招标、施工", "完成时间为2025年12月30日")).toEqual([]);
});

// ---------------------------------------------------------------------------------------------
// The twelfth fresh probe set's classes (610–614, 620–624, 630–634; docs/corpus.md).

test("reader: 中期目标 | 年度目标 as the two target columns — the budget year's column is the value", () => {
  const [t] = readGrid([
    ["项目名称", "老旧小区改造"],
    ["一级指标", "二级指标", "三级指标", "中期目标", "年度目标"],
    ["产出指标", "数量指标", "更新改造供排水管网长度", "≥16公里", "≥4.8"],
    ["产出指标", "时效指标", "竣工验收时间", "2024年11月底前", "2022年11月30日前"],
  ]);
  expect(t.indicators.map((r) => r.value.text)).toEqual(["≥4.8", "2022年11月30日前"]);
  // One target column titled 中期目标 alone is still read.
  const [only] = readGrid([
    ["项目名称", "x"],
    ["一级指标", "二级指标", "三级指标", "中期目标"],
    ["产出指标", "数量指标", "改造小区个数", "≥10个"],
  ]);
  expect(only.indicators.map((r) => r.value.text)).toEqual(["≥10个"]);
});

test("UNIT_COST_BASIS_MISSING: a living or travel allowance in plain 元 (参训生活费补贴 ≤60元) is a rate without its basis", () => {
  const basis = (name: string, v: string) => runRule(UNIT_COST_BASIS_MISSING, `产出指标 | 成本指标 | ${name} | ${v}`, { ...noDesc, budget: "486.5" });
  expect(basis("脱贫劳动力参训生活费补贴", "≤60元").map((f) => f.message)).toEqual([expect.stringContaining("“≤60元/人·天”")]);
  expect(basis("脱贫劳动力参训生活费补贴", "≤60元/人·天")).toEqual([]);
  // An amount above any day rate is a total.
  expect(basis("学员交通费补助", "≤2.5万元")).toEqual([]);
});

test("shares in ‰, ‱ and per 10万 are compared in per cent: ≤230/10万 is a real cap, ≥200‰ is no rate over 100 %", () => {
  const row = (name: string, v: string) => `效益指标 | 社会效益指标 | ${name} | ${v}`;
  expect(runRule(VALUE_TRIVIAL, row("甲乙类传染病报告发病率", "≤230/10万"), noDesc)).toEqual([]);
  expect(runRule(VALUE_TRIVIAL, row("孕产妇死亡率", "≤15/10万"), noDesc)).toEqual([]);
  expect(runRule(VALUE_TRIVIAL, row("差错率", "≤100%"), noDesc)).toHaveLength(1);
  expect(runRule(VALUE_TRIVIAL, row("差错率", "≤1000‰"), noDesc)).toHaveLength(1);
  expect(runRule(RATE_OVER_100, row("资料归档率", "≥200‰"), noDesc)).toEqual([]);
  expect(runRule(RATE_OVER_100, row("资料归档率", "≥1200‰"), noDesc)).toHaveLength(1);
  expect(runRule(RATE_OVER_100, row("资料归档率", "≥120%"), noDesc)).toHaveLength(1);
});

test("units: 人份 / 头份 count doses (检测试剂 ≤18元/人份); 分辨率 is measured in dpi, not in per cent", () => {
  expect(runRule(VALUE_MIXED_TEXT, "产出指标 | 成本指标 | HIV快速检测试剂采购单价 | ≤18元/人份", noDesc)).toEqual([]);
  expect(runRule(UNIT_MISMATCH, "产出指标 | 成本指标 | HIV快速检测试剂采购单价 | ≤18元/人份", noDesc)).toEqual([]);
  expect(parseValue("≥10万头份").unitClass).toBe("count");
  expect(runRule(RATE_NOT_PERCENT, "产出指标 | 质量指标 | 图像扫描分辨率 | ≥300dpi", noDesc)).toEqual([]);
  expect(runRule(RATE_NOT_PERCENT, "产出指标 | 质量指标 | 图像扫描合格率 | ≥300dpi", noDesc)).toHaveLength(1);
});

test("COST_OVER_STANDARD: a description that calls the value a sum (4期合计) makes it a total, whatever rate it quotes", () => {
  const over = (desc: string, v: string) =>
    runRule(COST_OVER_STANDARD, [["产出指标", "成本指标", "群众文化骨干培训成本", desc, v, "计划标准"]], { projectName: "群众文化活动", budget: "138.6" });
  expect(over("4期合计，讲课费按每学时不超过1000元执行", "≤12万元")).toEqual([]);
  // The same rate quoted with no sum: the value reads as the per-unit rate, and 12万元 is over every standard.
  expect(over("讲课费按每学时不超过1000元执行", "≤12万元")).toHaveLength(1);
});

test("UNIT_MISMATCH: a bracket inside the name (受益农户（农机合作社）数量) does not hide what it counts", () => {
  const unit = (name: string, v: string) => runRule(UNIT_MISMATCH, `产出指标 | 数量指标 | ${name} | ${v}`, noDesc);
  expect(unit("受益农户（农机合作社）数量", "≥650人").map((f) => f.message)).toEqual([expect.stringContaining("户数")]);
  expect(unit("受益农户（农机合作社）数量", "≥650户")).toEqual([]);
});

test("VALUE_WRONG_DIRECTION: crimes, dam failures and what is counted by how often it 发生 are fewer-is-better", () => {
  const dir = (name: string, v: string) => runRule(VALUE_WRONG_DIRECTION, `效益指标 | 社会效益指标 | ${name} | ${v}`, noDesc);
  expect(dir("涉校刑事、治安案件发生数", "≥0起")).toHaveLength(1);
  expect(dir("汛期溃坝及重大险情", "≥0起")).toHaveLength(1);
  expect(dir("涉校刑事、治安案件发生数", "=0起")).toEqual([]);
  expect(dir("刑事案件破案率", "≥90%")).toEqual([]);
  expect(dir("险情处置率", "≥95%")).toEqual([]);
});

test("TYPO: 快捡 / 抽捡 are 检, 横副 is 横幅, 大副提升 is 大幅; 捡拾垃圾 and a ship's 大副 stay", () => {
  const fixes = (text: string) => findTypos(text).typos.map((t) => [t.found, t.replacement]);
  expect(fixes("食用农产品快捡批次")).toEqual([["捡", "检"]]);
  expect(fixes("捡测合格率")).toEqual([["捡", "检"]]);
  expect(fixes("悬挂宣传横副")).toEqual([["横副", "横幅"]]);
  expect(fixes("群众满意度大副提升")).toEqual([["大副", "大幅"]]);
  expect(fixes("河道捡拾垃圾")).toEqual([]);
  expect(fixes("船舶大副培训")).toEqual([]);
});

test("VALUE_NO_UNIT: under 数量 a bare 万 on a name with no money in it (民生档案数字化 | 3.6 | 万) is a magnitude without its unit", () => {
  const row = (name: string, v: string) => `产出指标 | 数量指标 | ${name} | ${v}`;
  expect(runRule(VALUE_NO_UNIT, row("民生档案（婚姻登记）数字化", "≥3.6万"), noDesc)).toHaveLength(1);
  expect(runRule(MONEY_UNIT_INCOMPLETE, row("民生档案（婚姻登记）数字化", "≥3.6万"), noDesc)).toEqual([]);
  // A name that speaks of money keeps the money reading: 万 short of its 元.
  expect(runRule(MONEY_UNIT_INCOMPLETE, row("发放补贴资金", "≥3.6万"), noDesc)).toHaveLength(1);
  expect(runRule(VALUE_NO_UNIT, row("发放补贴资金", "≥3.6万"), noDesc)).toEqual([]);
});

test("BUDGET_SUM_MISMATCH: 镇级自筹 under a 其中 line is a part of the funds", () => {
  const parts = (own: string) =>
    findingsOf(
      [
        ["项目名称", "农村人居环境整治"],
        ["资金总额", "38.6万元"],
        ["其中：区级财政补助", "30万元"],
        ["镇级自筹", own],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "清运生活垃圾", "≥1800吨"],
      ],
      "BUDGET_SUM_MISMATCH",
      2022,
    );
  expect(parts("8万元")).toHaveLength(1);
  expect(parts("8.6万元")).toEqual([]);
});

test("reader: a funds matrix (中期资金总额 | 年度资金总额 over rows 资金总额 / 其中：财政拨款 / 其他资金) is read in the year's column", () => {
  const matrix = (repeat: boolean) => {
    const [t] = readGrid([
      ["项目名称", "老旧小区改造"],
      ["项目资金（万元）", null, "中期资金总额", repeat ? "中期资金总额" : null, "年度资金总额"],
      [repeat ? "项目资金（万元）" : null, "资金总额", "4600", repeat ? "4600" : null, "1580"],
      [repeat ? "项目资金（万元）" : null, "其中：财政拨款", "4600", repeat ? "4600" : null, "1580"],
      [repeat ? "项目资金（万元）" : null, "其他资金", "0", repeat ? "0" : null, "0"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "改造小区个数", "≥3个"],
    ]);
    return [t.header.budget?.text, t.header.fiscal?.text, t.header.other?.text];
  };
  expect(matrix(false)).toEqual(["1580", "1580", "0"]);
  // A host that writes each merged label into every cell of its merge: the same reading.
  expect(matrix(true)).toEqual(["1580", "1580", "0"]);
});
