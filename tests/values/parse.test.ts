/** parseValue on the spellings spec §3 and the brief name explicitly, beyond what the seeds contain. */
import { parseValue } from "../../src/engine/values";
import type { ParsedValue } from "../../src/engine/values";

function q(value: string): ParsedValue {
  return parseValue(value);
}

describe("operators", () => {
  it.each([
    ["≥90%", ">=", "≥"],
    [">=90%", ">=", ">="],
    ["=>90%", ">=", "=>"],
    ["≧90%", ">=", "≧"],
    ["⩾90%", ">=", "⩾"],
    ["＞90%", ">", "＞"],
    ["＜5%", "<", "＜"],
    ["＝100%", "=", "＝"],
    ["≤5%", "<=", "≤"],
    ["<=5%", "<=", "<="],
    ["≦5%", "<=", "≦"],
    ["=100%", "=", "="],
    ["$\\geq 100\\%$", ">=", "$\\geq$"],
    ["$\\leq 0.01\\%$", "<=", "$\\leq$"],
    ["\\leq 5%", "<=", "\\leq"],
    ["$\\ge 80\\%$", ">=", "$\\ge$"],
    ["$= 100\\%$", "=", "="],
    ["不少于4篇", ">=", "不少于"],
    ["不低于95%", ">=", "不低于"],
    ["达到95%", ">=", "达到"],
    ["不超过10万元", "<=", "不超过"],
    ["不高于5%", "<=", "不高于"],
    ["大于80%", ">", "大于"],
    ["低于1%", "<", "低于"],
  ])("%s → %s (%s)", (value, op, text) => {
    const p = q(value);
    expect(p.kind).toBe("quantity");
    expect(p.operator).toBe(op);
    expect(p.operatorText).toBe(text);
    expect(p.mixed).toBe(false);
  });

  it("reads suffix operators: 以上 (≥), 以下/以内 (≤), and 控制在…以内", () => {
    expect(q("60人以上")).toMatchObject({ operator: ">=", operatorText: "以上", number: 60, normalizedUnit: "人", mixed: false });
    expect(q("90%及以上")).toMatchObject({ operator: ">=", number: 90, unitClass: "percent", mixed: false });
    expect(q("5次以下")).toMatchObject({ operator: "<=", number: 5, mixed: false });
    expect(q("24小时以内")).toMatchObject({ kind: "duration", operator: "<=", number: 24, normalizedUnit: "小时", mixed: false });
    expect(q("控制在100万元以内")).toMatchObject({ operator: "<=", operatorText: "控制在…以内", amountYuan: 1_000_000, mixed: false });
    expect(q("60以上")).toMatchObject({ operator: ">=", number: 60, unit: "", unitClass: "none", mixed: false });
  });

  it("keeps a contradictory suffix as prose (≥5人以下)", () => {
    expect(q("≥5人以下")).toMatchObject({ operator: ">=", number: 5, extraText: "以下", mixed: true });
  });

  it("allows spaces anywhere between operator, number and unit", () => {
    expect(q("≥ 30 次")).toMatchObject({ operator: ">=", number: 30, unit: "次", normalizedUnit: "次", mixed: false });
    expect(q("≥1 个")).toMatchObject({ operator: ">=", number: 1, unit: "个", unitClass: "count", mixed: false });
    expect(q("  ≤\u3000450 元/人·天 ")).toMatchObject({ operator: "<=", number: 450, normalizedUnit: "元/人·天", mixed: false });
  });
});

describe("numbers", () => {
  it("reads full-width digits, thousands separators and decimals", () => {
    expect(q("≥１２３人")).toMatchObject({ number: 123, normalizedUnit: "人" });
    // "，" between digit groups of three is a thousands separator typed in full-width mode; elsewhere it is prose.
    expect(q("１，２６２万元")).toMatchObject({ number: 1262, normalizedUnit: "万元", mixed: false });
    expect(q("1，2次")).toMatchObject({ number: 1, mixed: true });
    expect(q("1,262万元")).toMatchObject({ number: 1262, amountYuan: 12_620_000 });
    expect(q("≤1,262.50万元")).toMatchObject({ number: 1262.5, amountYuan: 12_625_000 });
    expect(q("≤155.69")).toMatchObject({ number: 155.69, unit: "", unitClass: "none", mixed: false });
    expect(q("９５．５％")).toMatchObject({ number: 95.5, unit: "％", normalizedUnit: "%", unitClass: "percent" });
    expect(q("≥.5%")).toMatchObject({ number: 0.5 });
  });

  it("reads a number without a unit as a unitless quantity", () => {
    for (const v of ["≥60", "≤155.69", "1"]) {
      const p = q(v);
      expect(p).toMatchObject({ kind: "quantity", unit: "", normalizedUnit: "", unitClass: "none", mixed: false });
    }
  });

  it("reads ranges", () => {
    expect(q("3-5次")).toMatchObject({ number: 3, range: { min: 3, max: 5 }, normalizedUnit: "次", unit: "次", operator: null });
    expect(q("90%～100%")).toMatchObject({ number: 90, range: { min: 90, max: 100 }, unit: "%", unitClass: "percent", mixed: false });
    expect(q("80至100人")).toMatchObject({ range: { min: 80, max: 100 }, normalizedUnit: "人" });
    expect(q("5-3次").range).toBeUndefined(); // not a range: max below min
    expect(q("3-5窝")).toMatchObject({ range: { min: 3, max: 5 }, unit: "窝", mixed: false });
  });
});

describe("units", () => {
  it.each([
    ["≤2.7万元", "money", "万元", 27000],
    ["≤109000元", "money", "元", 109000],
    ["≤1.2亿元", "money", "亿元", 120_000_000],
    ["≤5千元", "money", "千元", 5000],
    ["≤160万", "money", "万", 1_600_000],
    ["≤ 160 万", "money", "万", 1_600_000],
    ["≤1千万", "money", "千万", 10_000_000],
    ["≤450元/人", "unit-cost", "元/人", 450],
    ["≤450元/人·天", "unit-cost", "元/人·天", 450],
    ["≤450元/人天", "unit-cost", "元/人·天", 450],
    ["≤450元/人/天", "unit-cost", "元/人·天", 450],
    ["≤450元/人日", "unit-cost", "元/人·天", 450],
    ["≤450元／人・天", "unit-cost", "元/人·天", 450],
    // What typists use for the ·, with or without 每 (052 湘西 17元/人.每天, 059 遂宁 400元/人、天).
    ["17元/人.每天", "unit-cost", "元/人·天", 17],
    ["400元/人、天", "unit-cost", "元/人·天", 400],
    ["≤400元/人每天", "unit-cost", "元/人·天", 400],
    ["≤500元/人•月", "unit-cost", "元/人·月", 500],
    ["≤200元/人次", "unit-cost", "元/人次", 200],
    ["≤200元/人·次", "unit-cost", "元/人次", 200],
    ["≤100元/学时", "unit-cost", "元/学时", 100],
    ["≤1.5万元/人", "unit-cost", "万元/人", 15000],
    ["≤100元每人", "unit-cost", "元/人", 100],
    ["≥3万/年", "unit-cost", "万/年", 30000],
  ])("%s → %s %s (%d 元)", (value, cls, norm, yuan) => {
    const p = q(value);
    expect(p).toMatchObject({ kind: "quantity", unitClass: cls, normalizedUnit: norm, amountYuan: yuan, mixed: false });
  });

  it.each([
    ["≥45人", "人", "count", 1],
    ["≥500人次", "人次", "count", 1],
    [">=101人/次", "人次", "count", 1],
    ["≥30人·次", "人次", "count", 1],
    ["≥300万人", "万人", "count", 10000],
    ["≥300万人次", "万人次", "count", 10000],
    ["≥10万次", "万次", "count", 10000],
    ["≥5台次", "台次", "count", 1],
    ["≥30篇", "篇", "count", 1],
    ["≥6000份", "份", "count", 1],
    ["≥300家", "家", "count", 1],
    ["≥4期", "期", "count", 1],
    ["≥2班", "班", "count", 1],
    ["≥1套", "套", "count", 1],
    ["≥3项", "项", "count", 1],
    ["≥300名", "名", "count", 1],
    ["≥20条", "条", "count", 1],
    ["≥3场", "场", "count", 1],
    ["≥2批", "批", "count", 1],
    ["≥12户", "户", "count", 1],
    ["≥40学时", "学时", "count", 1],
    ["≤2324平方米", "平方米", "area", 1],
    ["≥100㎡", "平方米", "area", 1],
    ["≥50亩", "亩", "area", 1],
    ["≥90分", "分", "other", 1],
    ["≥2倍", "倍", "other", 1],
  ])("%s → %s (%s)", (value, norm, cls, scale) => {
    const p = q(value);
    expect(p).toMatchObject({ kind: "quantity", normalizedUnit: norm, unitClass: cls, scale, mixed: false });
    expect(p.amountYuan).toBeNull();
  });

  it.each([
    ["≤1年", "年"],
    ["≤3个月", "个月"],
    ["≥3月", "个月"], // ≥ + month count: a span, not a date
    ["≤18月", "个月"], // no 18th month
    ["≤2天", "天"],
    ["≥20天", "天"],
    ["≤3日", "天"],
    ["≤5个工作日", "个工作日"],
    ["≤ 24 小时", "小时"],
    ["≤24h", "小时"],
    ["≤ 720 分钟", "分钟"],
    ["≤2周", "周"],
    ["≤1个季度", "季度"],
  ])("%s is a duration in %s", (value, norm) => {
    expect(q(value)).toMatchObject({ kind: "duration", unitClass: "time", normalizedUnit: norm, mixed: false });
  });

  it("reads frequencies (count per period) as counts", () => {
    expect(q("≥2次/月")).toMatchObject({ normalizedUnit: "次/月", unitClass: "count", unit: "次/月", mixed: false });
    expect(q("≥1篇/年")).toMatchObject({ normalizedUnit: "篇/年", unitClass: "count", mixed: false });
    expect(q("≥4次每季度")).toMatchObject({ normalizedUnit: "次/季度", unitClass: "count", mixed: false });
    expect(q("≥3人/班")).toMatchObject({ normalizedUnit: "人/班", unitClass: "count", mixed: false });
  });

  it("reads a month range without a year (1-12月, 3-6月份) as a period, not a span of 1 to 12 months", () => {
    expect(q("1-12月")).toMatchObject({ kind: "deadline", date: { year: null, month: 12 }, period: { start: { month: 1 } } });
    expect(q("3-6月份")).toMatchObject({ kind: "deadline", mixed: false, date: { month: 6 } });
    expect(q("3-5个月")).toMatchObject({ kind: "duration", normalizedUnit: "个月" });
  });

  it("reads 周岁 as an age, not a number of weeks (18—54周岁 is a range of ages)", () => {
    expect(q("18—54周岁")).toMatchObject({ normalizedUnit: "岁", mixed: false, range: { min: 18, max: 54 } });
    expect(q("≤60周岁")).toMatchObject({ kind: "quantity", normalizedUnit: "岁", mixed: false });
  });

  it("reads a span per session, day or item (≥3天/期, ≥8小时/天, ≤2个工作日/件) as a duration, not prose", () => {
    expect(q("≥3天/期")).toMatchObject({ kind: "duration", normalizedUnit: "天/期", unitClass: "time", mixed: false });
    expect(q("≥8小时/天")).toMatchObject({ kind: "duration", normalizedUnit: "小时/天", mixed: false });
    expect(q("≤2个工作日/件")).toMatchObject({ kind: "duration", normalizedUnit: "个工作日/件", mixed: false });
    expect(q("≤2小时/次")).toMatchObject({ kind: "duration", normalizedUnit: "小时/次", mixed: false });
    // A two-part basis, per person and week.
    expect(q("≥2小时/人·周")).toMatchObject({ kind: "duration", normalizedUnit: "小时/人·周", mixed: false });
    expect(q("≥1次/村·月")).toMatchObject({ kind: "quantity", normalizedUnit: "次/村·月", mixed: false });
  });

  it("keeps 万美元 as money without a 元 amount", () => {
    expect(q("≥50万美元")).toMatchObject({ unitClass: "money", normalizedUnit: "万美元", amountYuan: null });
  });

  it("accepts an unlisted 1–2 character unit at the end, and a noun after 个", () => {
    expect(q("≥3艘")).toMatchObject({ number: 3, unit: "艘", mixed: false });
    expect(q("≥3窝")).toMatchObject({ number: 3, unit: "窝", unitClass: "other", mixed: false });
    expect(q("≥3个项目")).toMatchObject({ unit: "个项目", normalizedUnit: "个", unitClass: "count", mixed: false });
    expect(q("≥10Mbps")).toMatchObject({ unitClass: "other", mixed: false });
  });

  it("reads a unit in brackets", () => {
    expect(q("45（人）")).toMatchObject({ number: 45, unit: "（人）", normalizedUnit: "人", mixed: false });
    expect(q("≤2.7(万元)")).toMatchObject({ amountYuan: 27000, mixed: false });
  });

  it("ignores sentence punctuation around a value", () => {
    expect(q("≥90%。")).toMatchObject({ number: 90, mixed: false, extraText: "" });
    expect(q("2025年12月31日前；")).toMatchObject({ kind: "deadline", mixed: false });
    expect(q("≥90%，且按时完成")).toMatchObject({ mixed: true, extraText: "，且按时完成" });
  });

  it("reads 余/多 between number and unit as part of the unit", () => {
    expect(q("≥700余人")).toMatchObject({ number: 700, unit: "余人", normalizedUnit: "人", mixed: false });
  });
});

describe("numbers fused with prose (VALUE_MIXED_TEXT)", () => {
  it.each([
    ["≥700按计划完成工作", ">=", 700],
    ["1按计划完成工作", null, 1],
    ["≤155.69按计划完成工作", "<=", 155.69],
  ])("%s → number %d with the prose left over", (value, op, n) => {
    expect(q(value)).toMatchObject({ kind: "quantity", operator: op, number: n, unit: "", extraText: "按计划完成工作", mixed: true });
  });

  it("reads a quantity after leading prose when an operator or lead word introduces it", () => {
    expect(q("提交调研报告数不少于4篇")).toMatchObject({ operator: ">=", number: 4, normalizedUnit: "篇", extraText: "提交调研报告数", mixed: true });
    expect(q("培训人数≥45人")).toMatchObject({ operator: ">=", number: 45, extraText: "培训人数", mixed: true });
    expect(q("约100人")).toMatchObject({ operator: null, number: 100, extraText: "约", mixed: true });
    expect(q("100%完成")).toMatchObject({ number: 100, extraText: "完成", mixed: true });
  });

  it("leaves prose that merely contains a number as text", () => {
    expect(q("帮助12名生活困难的原工商业者")).toMatchObject({ kind: "text", number: null });
    expect(q("按照2024年标准执行")).toMatchObject({ kind: "text", number: null });
  });

  it("reads a list number opening a sentence as text, not a target", () => {
    for (const v of ["1.按时完成", "2、保障运转", "3）其他", "1."]) expect(q(v).kind).toBe("text");
    expect(q("1.5人").number).toBe(1.5);
  });

  it("reads change targets (提高2%) as a number with prose, so rules can ask for ≥/≤", () => {
    expect(q("提高2%")).toMatchObject({ number: 2, unitClass: "percent", extraText: "提高", mixed: true });
    expect(q("下降5个百分点")).toMatchObject({ number: 5, normalizedUnit: "个百分点", extraText: "下降", mixed: true });
  });
});

describe("deadlines", () => {
  it.each([
    ["2025年12月31日", 2025, 12, 31, false, "on", null],
    ["2025年12月31日前", 2025, 12, 31, false, "before", null],
    ["12月31日前", null, 12, 31, false, "before", null],
    ["12月13日前", null, 12, 13, false, "before", null],
    ["2024年12月底前", 2024, 12, null, true, "before", null],
    ["2024年9月底前", 2024, 9, null, true, "before", null],
    ["12月底之前", null, 12, null, true, "before", null],
    ["12月末以前", null, 12, null, true, "before", null],
    ["≤12月", null, 12, null, false, "before", "<="],
    ["≤ 12 月", null, 12, null, false, "before", "<="],
    ["6月", null, 6, null, false, "on", null],
    ["2025-12-31", 2025, 12, 31, false, "on", null],
    ["2025.12.31", 2025, 12, 31, false, "on", null],
    ["2025/12/31", 2025, 12, 31, false, "on", null],
    ["２０２５年１２月３１日", 2025, 12, 31, false, "on", null],
    ["≤2025年12月31日", 2025, 12, 31, false, "before", "<="],
    ["截至2025年12月31日", 2025, 12, 31, false, "before", null],
    ["当年12月31日前", null, 12, 31, false, "before", null],
    ["12月31号", null, 12, 31, false, "on", null],
    ["于2025年6月30日前完成", 2025, 6, 30, false, "before", null],
    ["2025 年 12 月 31 日", 2025, 12, 31, false, "on", null],
    ["2025年12月", 2025, 12, null, false, "on", null],
    ["2025年3月中旬", 2025, 3, 20, false, "on", null],
    ["2024年2月29日", 2024, 2, 29, false, "on", null],
  ])("%s", (value, year, month, day, eom, qualifier, op) => {
    const p = q(value);
    expect(p.kind).toBe("deadline");
    expect(p.operator).toBe(op);
    expect(p.date).toMatchObject({ year, month, day, endOfMonth: eom, qualifier });
    expect(p.number).toBeNull();
    expect(p.mixed).toBe(false);
  });

  it("reads quarters, halves and whole years as month-end dates with their precision", () => {
    expect(q("第三季度末").date).toMatchObject({ year: null, month: 9, endOfMonth: true, precision: "quarter" });
    expect(q("2025年第4季度").date).toMatchObject({ year: 2025, month: 12, precision: "quarter" });
    expect(q("2025年上半年").date).toMatchObject({ year: 2025, month: 6, endOfMonth: true, precision: "half" });
    expect(q("2025年内").date).toMatchObject({ year: 2025, month: 12, qualifier: "before", precision: "year" });
    expect(q("2025年底前").date).toMatchObject({ year: 2025, month: 12, endOfMonth: true, qualifier: "before", precision: "month" });
    expect(q("年底前").date).toMatchObject({ year: null, month: 12, endOfMonth: true, qualifier: "before" });
    expect(q("3季度").kind).toBe("duration"); // a number of quarters
  });

  it("treats impossible dates as text", () => {
    for (const v of ["2月30日", "2025年13月1日", "2025-02-30", "2023年2月29日", "0000年12月31日"]) expect(q(v).kind).toBe("text");
  });

  it("keeps trailing prose after a date as extraText", () => {
    expect(q("2025年12月31日前完成全部发放工作")).toMatchObject({ kind: "deadline", extraText: "全部发放工作", mixed: true });
    expect(q("完成时间≤2025年12月31日")).toMatchObject({ kind: "deadline", operator: "<=", extraText: "完成时间", mixed: true });
  });
});

describe("text, empty and non-string cells", () => {
  it.each(["有所提升", "满足业务开展需求", "得到广大民营企业家的充分认可", "持续保障", "良好", "≥良好", "元/人次"])("%s is text", (v) => {
    expect(q(v)).toMatchObject({ kind: "text", raw: v, number: null, operator: null, extraText: v, mixed: false });
  });

  it("reads blank cells as empty", () => {
    for (const v of ["", "   ", "\u3000", "\t\n", null, undefined, "\u200b", "$$"]) {
      const p = parseValue(v);
      expect(p.kind).toBe("empty");
      expect(p.number).toBeNull();
    }
  });

  it("reads JS numbers as unitless quantities and non-finite ones as text", () => {
    expect(parseValue(0.9)).toMatchObject({ kind: "quantity", number: 0.9, unit: "", unitClass: "none", raw: "0.9" });
    expect(parseValue(45)).toMatchObject({ kind: "quantity", number: 45 });
    // An Excel date serial is only a date when the host already made it a Date: a bare number stays a number.
    expect(parseValue(45657)).toMatchObject({ kind: "quantity", number: 45657, date: null });
    expect(parseValue(NaN)).toMatchObject({ kind: "text", number: null, raw: "NaN" });
    expect(parseValue(Infinity)).toMatchObject({ kind: "text", number: null });
  });

  it("reads booleans as the text TRUE/FALSE", () => {
    expect(parseValue(true)).toMatchObject({ kind: "text", raw: "TRUE" });
    expect(parseValue(false)).toMatchObject({ kind: "text", raw: "FALSE" });
  });

  it("reads a Date (ExcelJS date cell) as a deadline on that UTC day", () => {
    const p = parseValue(new Date(Date.UTC(2025, 11, 31)));
    expect(p).toMatchObject({ kind: "deadline", raw: "2025-12-31", number: null });
    expect(p.date).toMatchObject({ year: 2025, month: 12, day: 31, endOfMonth: false, qualifier: "on" });
    expect(parseValue(new Date(NaN)).kind).toBe("text");
  });
});

describe("results", () => {
  it("are frozen, so a rule cannot change what another rule sees", () => {
    const p = parseValue("2025年12月31日");
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.date)).toBe(true);
  });

  it("are the same for the same text (memoised) and keep raw trimmed", () => {
    expect(parseValue(" ≥90% ")).toBe(parseValue("≥90%"));
    expect(parseValue(" ≥90% ").raw).toBe("≥90%");
  });
});
