/**
 * Value classes of published tables, second round (issue 13): zero targets, compound units, units in the name's
 * brackets, vague result words, prose with numbers. Each case quotes a row of a dev table of tests/fixtures/corpus
 * (file and indicator index in the test name) and a near miss a reviewer accepts.
 */
import { runRule, runRules, rowsOf, rowsTable } from "../../helpers/rowsTable";
import { checkTable } from "../../../src/engine/check";
import { readTables } from "../../../src/engine/reader";
import { ROW_RULES as ALL_RULES } from "../../../src/engine/rules";
import { rule as VALUE_TRIVIAL } from "../../../src/engine/rules/row/VALUE_TRIVIAL";
import { rule as MONEY_UNIT_INCOMPLETE } from "../../../src/engine/rules/row/MONEY_UNIT_INCOMPLETE";
import { rule as VALUE_NO_UNIT } from "../../../src/engine/rules/row/VALUE_NO_UNIT";
import { rule as UNIT_MISMATCH } from "../../../src/engine/rules/row/UNIT_MISMATCH";
import { rule as VALUE_NOT_QUANTIFIED } from "../../../src/engine/rules/row/VALUE_NOT_QUANTIFIED";
import { rule as RATE_OVER_100 } from "../../../src/engine/rules/row/RATE_OVER_100";
import { rule as VALUE_MIXED_TEXT } from "../../../src/engine/rules/row/VALUE_MIXED_TEXT";
import { rule as VALUE_NO_OPERATOR } from "../../../src/engine/rules/row/VALUE_NO_OPERATOR";
import { rule as DEADLINE_OUTSIDE_YEAR } from "../../../src/engine/rules/row/DEADLINE_OUTSIDE_YEAR";
import { embeddedQuantities } from "../../../src/engine/rules/shared/embedded";
import { rule as INDICATOR_NOT_MEASURABLE } from "../../../src/engine/rules/row/INDICATOR_NOT_MEASURABLE";
import { rule as UNIT_COST_BASIS_MISSING } from "../../../src/engine/rules/row/UNIT_COST_BASIS_MISSING";
import { rule as COST_NOT_MONEY } from "../../../src/engine/rules/table/COST_NOT_MONEY";
import { rule as DEADLINE_NOT_DATE } from "../../../src/engine/rules/row/DEADLINE_NOT_DATE";
import { rule as RATE_NOT_PERCENT } from "../../../src/engine/rules/row/RATE_NOT_PERCENT";
import { parseValue } from "../../../src/engine/values";
import { unitInBrackets } from "../../../src/engine/rules/shared/unitLexicon";

const noDesc = { columns: "noDescription" as const };
const codes = (fs: { code: string }[]) => fs.map((f) => f.code).sort();

describe("VALUE_TRIVIAL: zero targets", () => {
  it("a zero cost measures nothing (001 #6 出差单位成本 =0万元/人, #9 办公费总成本 =0万元)", () => {
    for (const v of ["=0万元/人", "=0万元", "0元"]) {
      const f = runRule(VALUE_TRIVIAL, `产出指标 | 成本指标 | 办公费总成本 | ${v}`, noDesc);
      expect(f).toHaveLength(1);
      expect(f[0].message).toContain("为0");
    }
    expect(runRule(VALUE_TRIVIAL, `产出指标 | 成本指标 | 办公费总成本 | ≤0.5万元`, noDesc)).toEqual([]);
  });

  it("a zero count of deliverables is trivial; zero bad events is a real target", () => {
    expect(runRule(VALUE_TRIVIAL, `产出指标 | 数量指标 | 出差人数 | =0人`, noDesc)).toHaveLength(1);
    expect(runRule(VALUE_TRIVIAL, `产出指标 | 数量指标 | 安全事故发生次数 | =0次`, noDesc)).toEqual([]);
    expect(runRule(VALUE_TRIVIAL, `产出指标 | 质量指标 | 投诉次数 | 0次`, noDesc)).toEqual([]);
    expect(runRule(VALUE_TRIVIAL, `效益指标 | 社会效益指标 | 补助款结算争议率 | 0%`, noDesc)).toEqual([]);
  });
});

describe("compound units: money per any counted unit", () => {
  it.each([
    ["490元/平米", "元/平方米"],
    ["300元/米", "元/米"],
    ["28.40元/株", "元/株"],
    ["1000元/人", "元/人"],
    ["≤2万元/公里", "万元/公里"],
    ["≤80元/吨", "元/吨"],
  ])("%s is a unit cost (002 #18–20 饲料库 490元/平米, 围墙 300元/米; 010 元/株)", (v, norm) => {
    const p = parseValue(v);
    expect(p).toMatchObject({ unitClass: "unit-cost", normalizedUnit: norm, mixed: false });
  });

  it("no VALUE_MIXED_TEXT or other error on 002's unit costs", () => {
    const rows = ["产出指标 | 成本指标 | 饲料库120平米 | 490元/平米", "产出指标 | 成本指标 | 围墙300米 | 300元/米"].join("\n");
    expect(runRules(ALL_RULES, rows, noDesc).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("≤28.40/株 on a cost row lacks 元 before the slash: MONEY_UNIT_INCOMPLETE → ≤28.40元/株 (010 #7)", () => {
    const rows = "产出指标 | 成本指标 | 作物种植补助标准,黄金蜜(葡萄)补助成本 | ≤28.40/株";
    const f = runRule(MONEY_UNIT_INCOMPLETE, rows, noDesc);
    expect(f).toHaveLength(1);
    expect(f[0].suggestion).toBe("≤28.4元/株");
    expect(runRule(VALUE_NO_UNIT, rows, noDesc)).toEqual([]);
  });

  it("≥2/年 on a count row is a number without its unit", () => {
    const f = runRule(VALUE_NO_UNIT, "产出指标 | 数量指标 | 开展培训次数 | ≥2/年", noDesc);
    expect(f).toHaveLength(1);
    expect(f[0].suggestion).toBe("≥2次/年");
  });
});

describe("a unit in the name's closing bracket", () => {
  it.each([
    ["实施营造林总面积(亩)", "亩"],
    ["修建作业道长度(公里)", "公里"],
    ["受益人数（人）", "人"],
    ["项目总投入(≥**万元)", "万元"],
    ["林木采伐监管(万立方米)", "万立方米"],
    ["作物补助成本(≤**元/株)", "元/株"],
    ["发展全民健身运动(含老年人)", ""],
    ["宣传教育（线上）", ""],
  ])("%s → %s", (name, unit) => expect(unitInBrackets(name)).toBe(unit));

  it("gives the bare value its unit: no VALUE_NO_UNIT (045 #0 实施营造林总面积(亩) 80000, #8 受益人数(人) 132)", () => {
    expect(runRule(VALUE_NO_UNIT, "产出指标 | 数量指标 | 实施营造林总面积(亩) | 80000\n效益指标 | 社会效益指标 | 受益人数(人) | 132", noDesc)).toEqual([]);
    expect(runRule(VALUE_NO_UNIT, "效益指标 | 社会效益指标 | 受益人数 | 132", noDesc)).toHaveLength(1);
  });

  it("things made counted in years are UNIT_MISMATCH (044 #10 制作宣传横幅、公益宣传牌等(年) = 1年); a time head is not", () => {
    const f = runRule(UNIT_MISMATCH, "产出指标 | 数量指标 | 制作宣传横幅、公益宣传牌等(年) | =1年", noDesc);
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain("制作");
    expect(runRule(UNIT_MISMATCH, "产出指标 | 数量指标 | 设备安装维护周期 | =1年", noDesc)).toEqual([]);
  });
});

describe("百分比 and other unit words", () => {
  it("百分比 is % (047 #1 =100百分比 accepted; 013 #13 ≥100百分比 is RATE_OVER_100)", () => {
    expect(parseValue("=99百分比")).toMatchObject({ unitClass: "percent", normalizedUnit: "%", mixed: false });
    expect(runRules(ALL_RULES, "产出指标 | 质量指标 | 博物馆绩效考核指标完成率 | =100百分比", noDesc).filter((f) => f.severity === "error")).toEqual([]);
    expect(runRule(RATE_OVER_100, "产出指标 | 质量指标 | 委托业务报告合格率 | ≥100百分比", noDesc)).toHaveLength(1);
  });

  it("元/生/年 is a unit cost per student and year (014 #3 生均公用经费)", () => {
    expect(parseValue("780元/生/年")).toMatchObject({ unitClass: "unit-cost", mixed: false });
  });
});

describe("VALUE_NOT_QUANTIFIED: vague result words as classes", () => {
  const vnq = (l1: string, l2: string, name: string, v: string) => runRule(VALUE_NOT_QUANTIFIED, `${l1} | ${l2} | ${name} | ${v}`, noDesc);

  it.each([
    ["效益指标", "社会效益指标", "政府对麻风村休养员的关爱", "明显增加"], // 041 #7
    ["效益指标", "社会效益指标", "保障人民群众基本文化权益", "影响程度明显"], // 046 #5
    ["效益指标", "经济效益指标", "为当地提供就业岗位", "增加岗位"], // 047 #6
    ["效益指标", "生态效益指标", "历史文化传承环保意识时限", "长远"], // 047 #8
    ["效益指标", "社会效益指标", "群众健康意识", "提升明显"],
    ["效益指标", "社会效益指标", "文物保护名录和数据库", "基本健全"], // 015 #7
    ["产出指标", "数量指标", "宣传教育", "覆盖全区所有人员"], // 041 #1
    ["产出指标", "质量指标", "符合政策规定", "专项补助使用符合政策规定"], // 049 #5
  ])("%s/%s %s “%s” is sent back", (l1, l2, name, v) => expect(vnq(l1, l2, name, v)).toHaveLength(1));

  it.each([
    ["效益指标", "可持续影响指标", "对满足人民群众日益提高的文化需求的可持续影响", "长期"], // 046 #7 accepted
    ["效益指标", "经济效益指标", "项目实施是否产生经济价值", "否"], // 046 #4 accepted
    ["产出指标", "质量指标", "工程质量", "工程质量达标"],
    ["产出指标", "质量指标", "设备验收", "验收合格"],
    ["产出指标", "质量指标", "宣传覆盖面", "全覆盖"],
  ])("%s/%s %s “%s” passes", (l1, l2, name, v) => expect(vnq(l1, l2, name, v)).toEqual([]));
});

describe("VALUE_MIXED_TEXT: a target inside a sentence", () => {
  it.each([
    ["产出指标", "数量指标", "补贴数量", "对学校2400平米体育场馆补贴5万元。", undefined], // 004 #2
    ["产出指标", "成本指标", "成本控制", "严格按照预算标准1000元/人给补助对象兑付补助", "≤1000元/人"], // 042 #4
    ["产出指标", "质量指标", "补助资金按时到期", "补助资金及时到位100%", "=100%"], // 049 #4
  ])("%s/%s %s “%s”", (l1, l2, name, v, suggestion) => {
    const f = runRule(VALUE_MIXED_TEXT, `${l1} | ${l2} | ${name} | ${v}`, noDesc);
    expect(f).toHaveLength(1);
    expect(f[0].suggestion).toBe(suggestion);
    // One readable target in a sentence is rewritten on the spot (warning); numbers in prose with no one target are
    // sent back (error).
    expect(f[0].severity).toBe(suggestion ? "warning" : "error");
    // One code per defect: not VALUE_NOT_QUANTIFIED as well.
    expect(runRule(VALUE_NOT_QUANTIFIED, `${l1} | ${l2} | ${name} | ${v}`, noDesc)).toEqual([]);
  });

  it("a headcount or beneficiaries written in a sentence is a warning with the target (带动当地农民就业50人以上 → ≥50人)", () => {
    for (const [name, v, sug] of [
      ["带动就业人数", "带动当地农民就业50人以上", "≥50人"],
      ["受益群众人数", "惠及群众5000人以上", "≥5000人"],
    ]) {
      const f = runRule(VALUE_MIXED_TEXT, `效益指标 | 社会效益指标 | ${name} | ${v}`, noDesc);
      expect(f.map((x) => [x.severity, x.suggestion])).toEqual([["warning", sug]]);
    }
  });

  it("an action word after the target is no prose (041 #5 12月底前100%到位; 100%到位, ≥95%完成); 按计划完成工作 still is", () => {
    for (const v of ["12月底前100%到位", "100%到位", "≥95%完成"]) expect(runRule(VALUE_MIXED_TEXT, `产出指标 | 时效指标 | 资金拨付到位情况 | ${v}`, noDesc)).toEqual([]);
    expect(runRule(VALUE_MIXED_TEXT, "产出指标 | 数量指标 | 工作量 | ≥700按计划完成工作", noDesc)).toHaveLength(1);
  });

  it("a change word before the number suggests a floor, and is no second unit (增加5万元 → ≥5万元)", () => {
    const rows = "效益指标 | 经济效益指标 | 村集体经济收入 | 增加5万元";
    expect(runRule(VALUE_MIXED_TEXT, rows, noDesc)[0].suggestion).toBe("≥5万元");
    expect(runRule(UNIT_MISMATCH, rows, noDesc)).toEqual([]);
  });

  it("dates, ordinals, document numbers and standard codes are no quantities; graded criteria pass", () => {
    expect(embeddedQuantities("按照〔2020〕5号文件第3批执行")).toEqual([]);
    expect(embeddedQuantities("达到GB50300标准")).toEqual([]);
    expect(embeddedQuantities("2021年12月底完成")).toEqual([]);
    expect(runRule(VALUE_MIXED_TEXT, "产出指标 | 质量指标 | 服务质量 | 好：≥90%；较好：80%-90%", noDesc)).toEqual([]);
    expect(runRule(VALUE_MIXED_TEXT, "产出指标 | 时效指标 | 资金拨付时间 | 12月底前全部拨付", noDesc)).toEqual([]);
  });
});

describe("deadlines written with their action", () => {
  it("the VALUE_NO_OPERATOR suggestion rewrites the date alone (004 #1 2021年12月底完成项目规划相关工作。)", () => {
    const f = runRule(VALUE_NO_OPERATOR, "产出指标 | 时效指标 | 完成时限 | 2021年12月底完成项目规划相关工作。", noDesc);
    expect(f[0].suggestion).toBe("2021年12月底前");
  });

  it("a year in the title is the budget year: a 2021 deadline in a 2019 table is outside it", () => {
    const rows = "产出指标 | 时效指标 | 完成时限 | 2021年12月底完成项目规划相关工作。";
    const table = rowsTable(rowsOf(rows), noDesc);
    table.header.title = { text: "自治区本级部门2019年项目支出预算绩效目标表", raw: "", cell: "A1", row: 0, col: 0 };
    const f = checkTable(table, { rules: [DEADLINE_OUTSIDE_YEAR] });
    expect(f).toHaveLength(1);
    expect(f[0].suggestion).toBe("2019年12月底前");
  });
});

describe("INDICATOR_NOT_MEASURABLE", () => {
  const inm = (l2: string, name: string, v: string, desc = "") =>
    runRule(INDICATOR_NOT_MEASURABLE, [["效益指标", l2, name, desc, v]], { columns: "noBasis" });

  it("质量 and 数据 hold no measurable head (014 #5 教学质量提高、办学条件改善 =100%)", () => {
    expect(inm("社会效益指标", "教学质量提高、办学条件改善", "=100%")).toHaveLength(1);
    expect(inm("社会效益指标", "提高工程质量合格率", "=100%")).toEqual([]);
    expect(inm("社会效益指标", "提升服务数量", "≥95%")).toEqual([]);
  });

  it("a rate of abstract work running normally, undefined by its description (016 #6 机关事务正常运转率)", () => {
    expect(inm("质量指标", "机关事务正常运转率", "100%", "机关事务正常运转率")).toHaveLength(1);
    expect(inm("质量指标", "机关事务正常运转率", "100%", "正常运转天数/全年工作日")).toEqual([]);
    expect(inm("质量指标", "设备正常运行率", "≥98%", "设备正常运行率")).toEqual([]);
  });
});

describe("units that do not fit the name", () => {
  it("人/次 is read as 人次 and hinted as its standard spelling (001 #1 出差人次 = 24 人/次), info", () => {
    const f = runRule(UNIT_MISMATCH, "产出指标 | 数量指标 | 出差人次 | =24人/次", noDesc);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "info", suggestion: "=24人次" });
  });

  it("a 人口数 counted in 户, read before the name's bracket (010 #6 受益脱贫户、监测户人口数(≥**户) ≥10户)", () => {
    const f = runRule(UNIT_MISMATCH, "效益指标 | 社会效益指标 | ★★★受益脱贫户、监测户人口数(≥**户) | ≥10户", noDesc);
    expect(f).toHaveLength(1);
    expect(f[0].suggestion).toBe("≥10人");
  });

  it("bulk materials are weighed (016 #4 消化利用农作物秸秆数量 5个), no suggestion; 吨 passes", () => {
    const f = runRule(UNIT_MISMATCH, "产出指标 | 数量指标 | 消化利用农作物秸秆数量 | 5个", noDesc);
    expect(f).toHaveLength(1);
    expect(f[0].suggestion).toBeUndefined();
    expect(f[0].message).toContain("吨");
    expect(runRule(UNIT_MISMATCH, "产出指标 | 数量指标 | 消化利用农作物秸秆数量 | ≥500吨", noDesc)).toEqual([]);
  });

  it("a 补助标准 in plain 万元 lacks its basis (003 #4 硬化水泥砼公路补助标准 ≤120万元); with /公里 it passes", () => {
    expect(runRule(UNIT_COST_BASIS_MISSING, "产出指标 | 成本指标 | 硬化水泥砼公路补助标准 | ≤120万元", noDesc)).toHaveLength(1);
    expect(runRule(UNIT_COST_BASIS_MISSING, "产出指标 | 成本指标 | 硬化水泥砼公路补助标准 | ≤120万元/公里", noDesc)).toEqual([]);
    expect(runRule(UNIT_COST_BASIS_MISSING, "产出指标 | 成本指标 | 基本医疗保险财政补助标准 | 589元/人", noDesc)).toEqual([]);
  });
});

describe("VALUE_NO_OPERATOR: bare-value convention", () => {
  it("three bare numbers and no operator anywhere is the convention (006 阿拉尔 1座, 3550平方米, 1座)", () => {
    const rows = ["产出指标 | 数量指标 | 新建保鲜库数量 | 1座", "产出指标 | 数量指标 | 新建保鲜库面积 | 3550平方米", "产出指标 | 数量指标 | 新建消防水池数量 | 1座"];
    expect(runRule(VALUE_NO_OPERATOR, rows.join("\n"), noDesc)).toEqual([]);
    expect(runRule(VALUE_NO_OPERATOR, [...rows.slice(0, 2), "产出指标 | 数量指标 | 新建消防水池数量 | ≥1座"].join("\n"), noDesc)).toHaveLength(2);
  });
});

describe("one code per defect under 成本; 二 typed for =", () => {
  const costCodes = (v: string) => codes(runRules([...ALL_RULES, COST_NOT_MONEY], `产出指标 | 成本指标 | 成本控制 | ${v}`, noDesc));

  it("≤28.40/株 is MONEY_UNIT_INCOMPLETE, not also COST_NOT_MONEY (010 #3)", () => {
    expect(costCodes("≤28.40/株")).toContain("MONEY_UNIT_INCOMPLETE");
    expect(costCodes("≤28.40/株")).not.toContain("COST_NOT_MONEY");
  });

  it("an amount inside prose is VALUE_MIXED_TEXT, not also COST_NOT_MONEY (042 #4)", () => {
    const c = costCodes("严格按照预算标准1000元/人给补助对象兑付补助");
    expect(c).toContain("VALUE_MIXED_TEXT");
    expect(c).not.toContain("COST_NOT_MONEY");
    expect(costCodes("按照资金测算控制各项成本。")).toContain("COST_NOT_MONEY");
  });

  it("二100百分比 reads as =100% (047 #3, a percentage under 成本: COST_NOT_MONEY); 二0二五年 stays text", () => {
    expect(parseValue("二100百分比")).toMatchObject({ operator: "=", number: 100, unitClass: "percent" });
    expect(parseValue("二0二五年").kind).toBe("text");
    expect(costCodes("二100百分比")).toContain("COST_NOT_MONEY");
  });
});


describe("RATE_NOT_PERCENT suggestions follow the direction", () => {
  it("a bare 0 on a rate of bad events is =0%, a bare 5 is ≤5% (never the trivial ≥0%)", () => {
    expect(runRule(RATE_NOT_PERCENT, "效益指标 | 社会效益指标 | 安全事故发生率 | 0", noDesc)[0].suggestion).toBe("=0%");
    expect(runRule(RATE_NOT_PERCENT, "效益指标 | 社会效益指标 | 安全事故发生率 | 5", noDesc)[0].suggestion).toBe("≤5%");
    expect(runRule(RATE_NOT_PERCENT, "产出指标 | 质量指标 | 验收合格率 | 95", noDesc)[0].suggestion).toBe("≥95%");
  });
});

describe("smoke rows of other provinces' tables that reviewers accept", () => {
  it.each([
    ["产出指标", "数量指标", "开展督导检查", "每季度1次"],
    ["产出指标", "质量指标", "信息公开率", "100%（全覆盖）"],
    ["效益指标", "社会效益指标", "受益人口", "3.2万人"],
    ["效益指标", "经济效益指标", "带动产业增收", "≥10%"],
    ["产出指标", "质量指标", "“三公”经费控制率", "≤100%"],
    ["产出指标", "时效指标", "工资发放时间", "每月15日前"],
    ["产出指标", "时效指标", "报表报送时间", "每季度末"],
    ["产出指标", "数量指标", "覆盖范围", "全县15个乡镇"],
  ])("%s/%s %s “%s” gets no error or warning", (l1, l2, name, v) => {
    const f = runRules(ALL_RULES, `${l1} | ${l2} | ${name} | ${v}`, noDesc).filter((x) => x.severity !== "info");
    expect(f).toEqual([]);
  });

  it("a one-off deadline word is still no date (及时)", () => {
    expect(runRule(DEADLINE_NOT_DATE, "产出指标 | 时效指标 | 工资发放时间 | 及时", noDesc)).toHaveLength(1);
  });
});

describe("export operator column on a date", () => {
  it("≤ in 指标性质 before 2025年12月31日 is the deadline's operator: no VALUE_NO_OPERATOR", () => {
    const [t] = readTables({
      sheet: "S",
      cells: [
        ["项目名称", "某项目"],
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
        ["产出指标", "时效指标", "完成时间", "≤", "2025年12月31日", ""],
        ["产出指标", "时效指标", "验收时间", "", "2025年11月30日", ""],
      ],
    });
    const f = checkTable(t, { rules: [VALUE_NO_OPERATOR], year: 2025 });
    expect(f.map((x) => x.row)).toEqual([1]);
  });
});
