/**
 * Every 指标值 written in the five seed tables (/work/shared/seeds, spec §1), with the reading the parser must give.
 * Second column: where the value occurs (seed file prefix : line). Expectations were written by reading each value
 * against spec §3 and rules-research.md (e.g. "≤ 160 万" is money with the incomplete unit 万, "≤ 12 月" a month
 * deadline, "≥700按计划完成工作" a number fused with prose).
 */
import { parseValue } from "../../src/engine/values";
import type { ParsedDate, ParsedValue } from "../../src/engine/values";

interface Expected {
  kind: ParsedValue["kind"];
  operator?: ParsedValue["operator"];
  number?: number;
  /** normalizedUnit */
  unit?: string;
  unitClass?: ParsedValue["unitClass"];
  mixed?: boolean;
  extraText?: string;
  amountYuan?: number;
  date?: Omit<ParsedDate, "precision">;
}

const SEED_VALUES: Array<[string, string, Expected]> = [
  ["≥45人", "000:100 000:636 000:814", {kind: "quantity", operator: ">=", number: 45, unit: "人", unitClass: "count", mixed: false}],
  [">90%", "000:107 000:135 000:217 +10", {kind: "quantity", operator: ">", number: 90, unit: "%", unitClass: "percent", mixed: false}],
  ["≤450元", "000:114 000:650 000:828", {kind: "quantity", operator: "<=", number: 450, unit: "元", unitClass: "money", mixed: false, amountYuan: 450}],
  ["2025年12月31日", "000:121 000:210 000:299 +6", {kind: "deadline", operator: null, date: {year: 2025, month: 12, day: 31, endOfMonth: false, qualifier: "on"}}],
  ["≥20%", "000:128 000:664 000:842", {kind: "quantity", operator: ">=", number: 20, unit: "%", unitClass: "percent", mixed: false}],
  ["≥1次", "000:189 000:547", {kind: "quantity", operator: ">=", number: 1, unit: "次", unitClass: "count", mixed: false}],
  ["≥10%", "000:196 000:554", {kind: "quantity", operator: ">=", number: 10, unit: "%", unitClass: "percent", mixed: false}],
  ["≤1万元", "000:203 000:561", {kind: "quantity", operator: "<=", number: 1, unit: "万元", unitClass: "money", mixed: false, amountYuan: 10000}],
  ["100%", "000:278 000:285 000:458 +12", {kind: "quantity", operator: null, number: 100, unit: "%", unitClass: "percent", mixed: false}],
  ["90000元", "000:292", {kind: "quantity", operator: null, number: 90000, unit: "元", unitClass: "money", mixed: false, amountYuan: 90000}],
  ["满足业务开展需求", "000:306", {kind: "text"}],
  ["≥55人", "000:367", {kind: "quantity", operator: ">=", number: 55, unit: "人", unitClass: "count", mixed: false}],
  ["90%", "000:374", {kind: "quantity", operator: null, number: 90, unit: "%", unitClass: "percent", mixed: false}],
  ["≤109000元", "000:472", {kind: "quantity", operator: "<=", number: 109000, unit: "元", unitClass: "money", mixed: false, amountYuan: 109000}],
  ["保障工作正常开展", "000:486", {kind: "text"}],
  ["21.12万元", "000:739", {kind: "quantity", operator: null, number: 21.12, unit: "万元", unitClass: "money", mixed: false, amountYuan: 211200}],
  ["有所提升", "000:753", {kind: "text"}],
  ["7000元", "000:917", {kind: "quantity", operator: null, number: 7000, unit: "元", unitClass: "money", mixed: false, amountYuan: 7000}],
  ["设备正常运行", "000:931", {kind: "text"}],
  [">95%", "000:938", {kind: "quantity", operator: ">", number: 95, unit: "%", unitClass: "percent", mixed: false}],
  ["1次", "001:75 002:223 002:235 +2", {kind: "quantity", operator: null, number: 1, unit: "次", unitClass: "count", mixed: false}],
  ["≥95%", "001:76 001:77 001:78 +8", {kind: "quantity", operator: ">=", number: 95, unit: "%", unitClass: "percent", mixed: false}],
  ["得到广大民 营企业家的 充分认可", "001:79", {kind: "text"}],
  ["≥1 个", "001:95", {kind: "quantity", operator: ">=", number: 1, unit: "个", unitClass: "count", mixed: false}],
  ["经费使用情况", "001:98", {kind: "text"}],
  ["得到广大干部群众的充分认可", "001:99", {kind: "text"}],
  ["≥3次", "001:115", {kind: "quantity", operator: ">=", number: 3, unit: "次", unitClass: "count", mixed: false}],
  ["≥2次", "001:116", {kind: "quantity", operator: ">=", number: 2, unit: "次", unitClass: "count", mixed: false}],
  ["定期及时开展活动数量", "001:117", {kind: "text"}],
  ["合理使用经费", "001:118", {kind: "text"}],
  ["得到广大会员企业充分认可", "001:119", {kind: "text"}],
  ["≤12人", "002:34", {kind: "quantity", operator: "<=", number: 12, unit: "人", unitClass: "count", mixed: false}],
  ["≥90%", "002:46 002:52 002:76 +18", {kind: "quantity", operator: ">=", number: 90, unit: "%", unitClass: "percent", mixed: false}],
  ["2024年12月底前", "002:58 002:265 002:277", {kind: "deadline", operator: null, date: {year: 2024, month: 12, day: null, endOfMonth: true, qualifier: "before"}}],
  ["≤2.7万元", "002:64", {kind: "quantity", operator: "<=", number: 2.7, unit: "万元", unitClass: "money", mixed: false, amountYuan: 27000}],
  ["维护社会安定，帮助生活困难的原工商业者", "002:70", {kind: "text"}],
  ["≤2324平方米", "002:115", {kind: "quantity", operator: "<=", number: 2324, unit: "平方米", unitClass: "area", mixed: false}],
  ["≤2人", "002:121", {kind: "quantity", operator: "<=", number: 2, unit: "人", unitClass: "count", mixed: false}],
  ["≤1套", "002:127", {kind: "quantity", operator: "<=", number: 1, unit: "套", unitClass: "count", mixed: false}],
  ["≤1年", "002:145", {kind: "duration", operator: "<=", number: 1, unit: "年", unitClass: "time", mixed: false}],
  ["≤86万元", "002:151", {kind: "quantity", operator: "<=", number: 86, unit: "万元", unitClass: "money", mixed: false, amountYuan: 860000}],
  ["≤5.1万元", "002:157", {kind: "quantity", operator: "<=", number: 5.1, unit: "万元", unitClass: "money", mixed: false, amountYuan: 51000}],
  ["≤3.9万元", "002:163", {kind: "quantity", operator: "<=", number: 3.9, unit: "万元", unitClass: "money", mixed: false, amountYuan: 39000}],
  ["≥0次", "002:169 002:175", {kind: "quantity", operator: ">=", number: 0, unit: "次", unitClass: "count", mixed: false}],
  ["≥5个", "002:217", {kind: "quantity", operator: ">=", number: 5, unit: "个", unitClass: "count", mixed: false}],
  ["1个", "002:229 002:444", {kind: "quantity", operator: null, number: 1, unit: "个", unitClass: "count", mixed: false}],
  ["≥12次", "002:241", {kind: "quantity", operator: ">=", number: 12, unit: "次", unitClass: "count", mixed: false}],
  ["2024年9月底前", "002:259", {kind: "deadline", operator: null, date: {year: 2024, month: 9, day: null, endOfMonth: true, qualifier: "before"}}],
  ["2024年10月底前", "002:271", {kind: "deadline", operator: null, date: {year: 2024, month: 10, day: null, endOfMonth: true, qualifier: "before"}}],
  ["≤15万元", "002:283", {kind: "quantity", operator: "<=", number: 15, unit: "万元", unitClass: "money", mixed: false, amountYuan: 150000}],
  ["≤10万元", "002:289 004:646", {kind: "quantity", operator: "<=", number: 10, unit: "万元", unitClass: "money", mixed: false, amountYuan: 100000}],
  ["≤2万元", "002:295", {kind: "quantity", operator: "<=", number: 2, unit: "万元", unitClass: "money", mixed: false, amountYuan: 20000}],
  [">80%", "002:307 002:313", {kind: "quantity", operator: ">", number: 80, unit: "%", unitClass: "percent", mixed: false}],
  ["≥600人", "002:351", {kind: "quantity", operator: ">=", number: 600, unit: "人", unitClass: "count", mixed: false}],
  ["≥3个", "002:357 003:33", {kind: "quantity", operator: ">=", number: 3, unit: "个", unitClass: "count", mixed: false}],
  ["≤500元/人天", "002:381", {kind: "quantity", operator: "<=", number: 500, unit: "元/人·天", unitClass: "unit-cost", mixed: false, amountYuan: 500}],
  ["≤30万元", "002:387", {kind: "quantity", operator: "<=", number: 30, unit: "万元", unitClass: "money", mixed: false, amountYuan: 300000}],
  ["加强和改进非公有制经济人士思想政治工作，提高工作法制化水平", "002:393", {kind: "text"}],
  ["≥7000家", "002:438", {kind: "quantity", operator: ">=", number: 7000, unit: "家", unitClass: "count", mixed: false}],
  ["≥6000份", "002:450", {kind: "quantity", operator: ">=", number: 6000, unit: "份", unitClass: "count", mixed: false}],
  ["12月底之前", "002:456", {kind: "deadline", operator: null, date: {year: null, month: 12, day: null, endOfMonth: true, qualifier: "before"}}],
  ["≤50万元", "002:462", {kind: "quantity", operator: "<=", number: 50, unit: "万元", unitClass: "money", mixed: false, amountYuan: 500000}],
  ["助力我市营商环境持续改善", "002:468", {kind: "text"}],
  ["≥70%", "002:474 003:63", {kind: "quantity", operator: ">=", number: 70, unit: "%", unitClass: "percent", mixed: false}],
  ["≥500人次", "003:34", {kind: "quantity", operator: ">=", number: 500, unit: "人次", unitClass: "count", mixed: false}],
  ["≥5次", "003:35", {kind: "quantity", operator: ">=", number: 5, unit: "次", unitClass: "count", mixed: false}],
  ["≥2天", "003:36", {kind: "duration", operator: ">=", number: 2, unit: "天", unitClass: "time", mixed: false}],
  ["≥15个", "003:37", {kind: "quantity", operator: ">=", number: 15, unit: "个", unitClass: "count", mixed: false}],
  ["≥4次", "003:38 004:358", {kind: "quantity", operator: ">=", number: 4, unit: "次", unitClass: "count", mixed: false}],
  ["≥40个", "003:39", {kind: "quantity", operator: ">=", number: 40, unit: "个", unitClass: "count", mixed: false}],
  ["≥180人", "003:40", {kind: "quantity", operator: ">=", number: 180, unit: "人", unitClass: "count", mixed: false}],
  ["≥20天", "003:41", {kind: "duration", operator: ">=", number: 20, unit: "天", unitClass: "time", mixed: false}],
  ["≥30篇", "003:42", {kind: "quantity", operator: ">=", number: 30, unit: "篇", unitClass: "count", mixed: false}],
  ["≥8篇", "003:43", {kind: "quantity", operator: ">=", number: 8, unit: "篇", unitClass: "count", mixed: false}],
  ["$\\leq 0.01\\%$", "003:45", {kind: "quantity", operator: "<=", number: 0.01, unit: "%", unitClass: "percent", mixed: false}],
  ["$\\geq 100\\%$", "003:46", {kind: "quantity", operator: ">=", number: 100, unit: "%", unitClass: "percent", mixed: false}],
  ["$= 100\\%$", "003:47", {kind: "quantity", operator: "=", number: 100, unit: "%", unitClass: "percent", mixed: false}],
  ["≥ 30 次", "003:48", {kind: "quantity", operator: ">=", number: 30, unit: "次", unitClass: "count", mixed: false}],
  ["≤ 24 小时", "003:49", {kind: "duration", operator: "<=", number: 24, unit: "小时", unitClass: "time", mixed: false}],
  ["≤ 720 分钟", "003:50", {kind: "duration", operator: "<=", number: 720, unit: "分钟", unitClass: "time", mixed: false}],
  ["$\\geq 95\\%$", "003:51", {kind: "quantity", operator: ">=", number: 95, unit: "%", unitClass: "percent", mixed: false}],
  ["≤ 12 月", "003:52", {kind: "deadline", operator: "<=", date: {year: null, month: 12, day: null, endOfMonth: false, qualifier: "before"}}],
  ["≤ 170 万元", "003:53", {kind: "quantity", operator: "<=", number: 170, unit: "万元", unitClass: "money", mixed: false, amountYuan: 1700000}],
  ["≤ 80 万元", "003:54", {kind: "quantity", operator: "<=", number: 80, unit: "万元", unitClass: "money", mixed: false, amountYuan: 800000}],
  ["≤ 63.5 万元", "003:55", {kind: "quantity", operator: "<=", number: 63.5, unit: "万元", unitClass: "money", mixed: false, amountYuan: 635000}],
  ["≤ 136.22 万元", "003:56", {kind: "quantity", operator: "<=", number: 136.22, unit: "万元", unitClass: "money", mixed: false, amountYuan: 1362200}],
  ["≤ 160 万", "003:57", {kind: "quantity", operator: "<=", number: 160, unit: "万", unitClass: "money", mixed: false, amountYuan: 1600000}],
  ["≥ 300 家", "003:58", {kind: "quantity", operator: ">=", number: 300, unit: "家", unitClass: "count", mixed: false}],
  ["≥ 300 万人", "003:59", {kind: "quantity", operator: ">=", number: 300, unit: "万人", unitClass: "count", mixed: false}],
  ["$\\geq 80\\%$", "003:60", {kind: "quantity", operator: ">=", number: 80, unit: "%", unitClass: "percent", mixed: false}],
  ["≥100个", "003:62", {kind: "quantity", operator: ">=", number: 100, unit: "个", unitClass: "count", mixed: false}],
  ["≥300名", "003:64", {kind: "quantity", operator: ">=", number: 300, unit: "名", unitClass: "count", mixed: false}],
  ["≥300万人次", "003:65", {kind: "quantity", operator: ">=", number: 300, unit: "万人次", unitClass: "count", mixed: false}],
  ["≥50%", "003:66", {kind: "quantity", operator: ">=", number: 50, unit: "%", unitClass: "percent", mixed: false}],
  ["1人", "004:91", {kind: "quantity", operator: null, number: 1, unit: "人", unitClass: "count", mixed: false}],
  ["12月31日", "004:105", {kind: "deadline", operator: null, date: {year: null, month: 12, day: 31, endOfMonth: false, qualifier: "on"}}],
  ["≤3.96万元", "004:112", {kind: "quantity", operator: "<=", number: 3.96, unit: "万元", unitClass: "money", mixed: false, amountYuan: 39600}],
  ["持续保障", "004:119 004:208", {kind: "text"}],
  ["≥6次", "004:180", {kind: "quantity", operator: ">=", number: 6, unit: "次", unitClass: "count", mixed: false}],
  ["12月31日前", "004:194 004:283 004:461 +2", {kind: "deadline", operator: null, date: {year: null, month: 12, day: 31, endOfMonth: false, qualifier: "before"}}],
  ["≤48万元", "004:201", {kind: "quantity", operator: "<=", number: 48, unit: "万元", unitClass: "money", mixed: false, amountYuan: 480000}],
  ["≥160次", "004:269", {kind: "quantity", operator: ">=", number: 160, unit: "次", unitClass: "count", mixed: false}],
  ["≤170万元", "004:290", {kind: "quantity", operator: "<=", number: 170, unit: "万元", unitClass: "money", mixed: false, amountYuan: 1700000}],
  ["持续提升", "004:297", {kind: "text"}],
  ["12月13日前", "004:372", {kind: "deadline", operator: null, date: {year: null, month: 12, day: 13, endOfMonth: false, qualifier: "before"}}],
  ["≤70万元", "004:379", {kind: "quantity", operator: "<=", number: 70, unit: "万元", unitClass: "money", mixed: false, amountYuan: 700000}],
  ["持续影响", "004:386", {kind: "text"}],
  ["≤7家", "004:447", {kind: "quantity", operator: "<=", number: 7, unit: "家", unitClass: "count", mixed: false}],
  ["≤31.19万元", "004:468", {kind: "quantity", operator: "<=", number: 31.19, unit: "万元", unitClass: "money", mixed: false, amountYuan: 311900}],
  ["有效提升", "004:475 004:564 004:653 +1", {kind: "text"}],
  ["≤2家", "004:536 004:625 004:714", {kind: "quantity", operator: "<=", number: 2, unit: "家", unitClass: "count", mixed: false}],
  ["≤1262万元", "004:557", {kind: "quantity", operator: "<=", number: 1262, unit: "万元", unitClass: "money", mixed: false, amountYuan: 12620000}],
  ["2025年12月31日前", "004:728", {kind: "deadline", operator: null, date: {year: 2025, month: 12, day: 31, endOfMonth: false, qualifier: "before"}}],
  ["≤1000万元", "004:735", {kind: "quantity", operator: "<=", number: 1000, unit: "万元", unitClass: "money", mixed: false, amountYuan: 10000000}],
  ["≥700按计划完成工作", "004:804", {kind: "quantity", operator: ">=", number: 700, unit: "", unitClass: "none", mixed: true, extraText: "按计划完成工作"}],
  ["≥1按计划完成工作", "004:811", {kind: "quantity", operator: ">=", number: 1, unit: "", unitClass: "none", mixed: true, extraText: "按计划完成工作"}],
  ["≥60按计划完成工作", "004:818", {kind: "quantity", operator: ">=", number: 60, unit: "", unitClass: "none", mixed: true, extraText: "按计划完成工作"}],
  ["≤155.69按计划完成工作", "004:825 004:832", {kind: "quantity", operator: "<=", number: 155.69, unit: "", unitClass: "none", mixed: true, extraText: "按计划完成工作"}],
  ["1按计划完成工作", "004:839 004:846", {kind: "quantity", operator: null, number: 1, unit: "", unitClass: "none", mixed: true, extraText: "按计划完成工作"}],];

describe("every 指标值 in the seed tables", () => {
  it("covers the seeds' distinct values", () => {
    expect(SEED_VALUES.length).toBeGreaterThanOrEqual(118);
    expect(new Set(SEED_VALUES.map(([v]) => v)).size).toBe(SEED_VALUES.length);
  });

  it.each(SEED_VALUES)("%s (%s)", (value, _where, e) => {
    const p = parseValue(value);
    expect(p.raw).toBe(value.trim());
    expect(p.kind).toBe(e.kind);
    if (e.kind === "text") {
      expect(p.number).toBeNull();
      expect(p.operator).toBeNull();
      expect(p.extraText).toBe(value.trim());
      return;
    }
    expect(p.operator).toBe(e.operator ?? null);
    if (e.kind === "deadline") {
      expect(p.number).toBeNull();
      expect(p.date).toMatchObject(e.date!);
      expect(p.mixed).toBe(false);
      return;
    }
    expect(p.number).toBe(e.number);
    expect(p.normalizedUnit).toBe(e.unit);
    expect(p.unitClass).toBe(e.unitClass);
    expect(p.mixed).toBe(e.mixed);
    expect(p.extraText).toBe(e.extraText ?? "");
    expect(p.amountYuan).toBe(e.amountYuan ?? null);
    expect(p.date).toBeNull();
  });
});
