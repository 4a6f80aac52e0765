/** Helpers rules use on parsed values: symbols, formatting, plain numbers, numbers in free text, percent, scale. */
import {
  extractNumbers,
  formatNumber,
  formatValue,
  isNumeric,
  operatorSymbol,
  parseValue,
  percentOf,
  scaledNumber,
  toNumber,
} from "../../src/engine/values";

describe("operatorSymbol", () => {
  it("gives the canonical symbol", () => {
    expect([">=", "<=", ">", "<", "="].map((o) => operatorSymbol(o as never))).toEqual(["≥", "≤", ">", "<", "="]);
    expect(operatorSymbol(null)).toBe("");
  });
});

describe("formatValue", () => {
  it.each([
    ["＞９０％", ">90%"],
    ["$\\geq 100\\%$", "≥100%"],
    ["不少于4篇", "≥4篇"],
    ["≤ 160 万", "≤160万"],
    ["≤450元/人天", "≤450元/人·天"],
    ["≤3个月", "≤3个月"],
    ["≥3月", "≥3个月"],
    ["10个工作日内", "≤10个工作日"],
    ["3-5次", "3-5次"],
    ["2025年12月31日", "2025年12月31日"],
    ["12月底之前", "12月底前"],
    ["≤ 12 月", "≤12月"],
    ["截至2025年6月30日", "2025年6月30日前"],
    ["2025年内", "2025年内"],
    ["有所提升", "有所提升"],
    ["", ""],
  ])("%s → %s", (value, formatted) => {
    expect(formatValue(parseValue(value))).toBe(formatted);
  });

  it("builds suggestions from a changed operator", () => {
    expect(formatValue({ ...parseValue("≥100%"), operator: "=" })).toBe("=100%");
  });

  it("keeps a duration of 1900–2199 年 from reading back as a year (fuzz counterexample \"2，100年\")", () => {
    for (const [value, formatted] of [["2，100年", "2,100年"], ["≥2,100年", "≥2,100年"], ["3000年", "3000年"], ["12年", "12年"], ["2，100.5年", "2100.5年"]]) {
      const p = parseValue(value);
      expect(p.kind).toBe("duration");
      expect(formatValue(p)).toBe(formatted);
      expect(parseValue(formatted)).toMatchObject({ kind: "duration", number: p.number, operator: p.operator });
    }
  });

  it("writes numbers without float noise", () => {
    expect(formatNumber(0.1 + 0.2)).toBe("0.3");
    expect(formatNumber(155.69)).toBe("155.69");
    expect(formatNumber(1e-9)).toBe("0.000000001");
    expect(formatNumber(5e-324)).toBe("0");
    expect(formatNumber(1e21)).toBe("1000000000000000000000");
    expect(formatNumber(-2.5)).toBe("-2.5");
  });
});

describe("toNumber", () => {
  it.each([
    ["1,262.00", 1262],
    [" 9.40 ", 9.4],
    ["１２", 12],
    ["-3", -3],
    [".5", 0.5],
    [0.16, 0.16],
  ])("%s → %d", (input, n) => {
    expect(toNumber(input)).toBe(n);
  });

  it.each([["90%"], ["1.33万元"], ["abc"], [""], ["1,2"], [NaN], [true], [null], [undefined], [new Date(0)]])("%s → null", (input) => {
    expect(toNumber(input as never)).toBeNull();
  });
});

describe("extractNumbers", () => {
  it("reads 不超158.69万元 as a ceiling in 元 (DESC_VALUE_CONFLICT's example)", () => {
    const [n] = extractNumbers("项目总成本不超158.69万元");
    expect(n).toMatchObject({ operator: "<=", operatorText: "不超", number: 158.69, normalizedUnit: "万元", unitClass: "money", amountYuan: 1_586_900 });
    expect(n.text).toBe("不超158.69万元");
  });

  it("finds every number with its unit and skips dates and codes", () => {
    const found = extractNumbers("2025年12月31日前培训≥45人，人均≤450元/人·天，满意度90%以上，编码13020025P00ENRT10004F");
    expect(found.map((f) => [f.operator, f.number, f.normalizedUnit])).toEqual([
      [">=", 45, "人"],
      ["<=", 450, "元/人·天"],
      [">=", 90, "%"],
    ]);
  });

  it("reads the 唐山 seed's sub-goal text (seed 000)", () => {
    const found = extractNumbers("绩效指标：完成年度调研课题任务，提交调研报告数不少于4篇；提交提案数不少于4个。");
    expect(found.map((f) => [f.operator, f.number, f.normalizedUnit, f.text])).toEqual([
      [">=", 4, "篇", "不少于4篇"],
      [">=", 4, "个", "不少于4个"],
    ]);
  });

  it("reads full-width text and thousands separators", () => {
    expect(extractNumbers("预算１，２６２万元")[0]).toMatchObject({ number: 1262, amountYuan: 12_620_000 });
  });

  it("returns nothing for text without numbers or non-text cells", () => {
    expect(extractNumbers("有所提升")).toEqual([]);
    expect(extractNumbers(null)).toEqual([]);
    expect(extractNumbers(true)).toEqual([]);
    expect(extractNumbers(12)).toMatchObject([{ number: 12 }]);
  });
});

describe("percentOf, scaledNumber, isNumeric", () => {
  it("gives the percentage only for values written as one", () => {
    expect(percentOf(parseValue("≥95%"))).toBe(95);
    expect(percentOf(parseValue("≤5‰"))).toBe(0.5);
    expect(percentOf(parseValue("提高5个百分点"))).toBeNull();
    expect(percentOf(parseValue("0.95"))).toBeNull(); // a bare fraction: the rule decides, not the parser
    expect(percentOf(parseValue(0.9))).toBeNull();
    expect(percentOf(parseValue("≥95人"))).toBeNull();
  });

  it("applies the unit magnitude", () => {
    expect(scaledNumber(parseValue("≥300万人次"))).toBe(3_000_000);
    expect(scaledNumber(parseValue("≤2.7万元"))).toBe(27000);
    expect(scaledNumber(parseValue("≥45人"))).toBe(45);
    expect(scaledNumber(parseValue("有所提升"))).toBeNull();
  });

  it("says which values carry a number target", () => {
    expect(isNumeric(parseValue("≥45人"))).toBe(true);
    expect(isNumeric(parseValue("≤24小时"))).toBe(true);
    expect(isNumeric(parseValue("12月31日"))).toBe(false);
    expect(isNumeric(parseValue("有效提升"))).toBe(false);
  });
});
