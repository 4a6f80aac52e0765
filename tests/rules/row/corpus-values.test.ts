/**
 * Value classes of published tables (the corpus of issue 13): time values as accountants write them, qualitative
 * values, template placeholders, rates and direction, and the VALUE_NO_OPERATOR convention. Each case quotes a row
 * of a dev table of tests/fixtures/corpus (file and indicator index in the test name).
 */
import { runRule, runRules } from "../../helpers/rowsTable";
import { ROW_RULES as ALL_RULES } from "../../../src/engine/rules";
import { loadProfile } from "../../../src/engine/profiles";
import { checkTable } from "../../../src/engine/check";
import { rowsOf, rowsTable } from "../../helpers/rowsTable";
import { rule as DEADLINE_OUTSIDE_YEAR } from "../../../src/engine/rules/row/DEADLINE_OUTSIDE_YEAR";
import { rule as DEADLINE_NO_YEAR } from "../../../src/engine/rules/row/DEADLINE_NO_YEAR";
import { rule as DEADLINE_NOT_DATE } from "../../../src/engine/rules/row/DEADLINE_NOT_DATE";
import { rule as VALUE_MIXED_TEXT } from "../../../src/engine/rules/row/VALUE_MIXED_TEXT";
import { rule as VALUE_NO_OPERATOR } from "../../../src/engine/rules/row/VALUE_NO_OPERATOR";
import { rule as VALUE_NOT_QUANTIFIED } from "../../../src/engine/rules/row/VALUE_NOT_QUANTIFIED";
import { rule as VALUE_PLACEHOLDER } from "../../../src/engine/rules/row/VALUE_PLACEHOLDER";
import { rule as VALUE_EMPTY } from "../../../src/engine/rules/row/VALUE_EMPTY";
import { rule as RATE_OVER_100 } from "../../../src/engine/rules/row/RATE_OVER_100";
import { rule as RATE_NOT_PERCENT } from "../../../src/engine/rules/row/RATE_NOT_PERCENT";
import { rule as VALUE_WRONG_DIRECTION } from "../../../src/engine/rules/row/VALUE_WRONG_DIRECTION";

const codes = (fs: { code: string }[]) => fs.map((f) => f.code).sort();
const noDesc = { columns: "noDescription" as const };

describe("time values", () => {
  it("a period leaving the budget year is DEADLINE_OUTSIDE_YEAR, not DEADLINE_NOT_DATE (020 #3 服务周期 2023.07-2024.01)", () => {
    const rows = `产出指标 | 时效指标 | 服务周期 | 2023.07-2024.01`;
    const f = runRule(DEADLINE_OUTSIDE_YEAR, rows, { ...noDesc, year: 2023 });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", cell: "D10", suggestion: "2023年12月31日前" });
    expect(f[0].message).toContain("落在2024年");
    expect(runRule(DEADLINE_NOT_DATE, rows, { ...noDesc, year: 2023 })).toEqual([]);
  });

  it("a period inside the year passes (2026年3月至11月, 2026.03-2026.12)", () => {
    for (const v of ["2026年3月至11月", "2026.03-2026.12"]) {
      expect(runRules(ALL_RULES, `产出指标 | 时效指标 | 项目实施时间 | ${v}`, { ...noDesc, year: 2026 }).filter((x) => x.severity !== "info")).toEqual([]);
    }
    expect(runRule(DEADLINE_OUTSIDE_YEAR, `产出指标 | 时效指标 | 项目实施时间 | 2025年3月至11月`, { ...noDesc, year: 2026 })[0].suggestion).toBe("2026年11月底前");
  });

  it("2025年年底前 is a deadline, not VALUE_MIXED_TEXT and no 前前 suggestion (022 #4 完成时间)", () => {
    const f = runRules(ALL_RULES, `产出指标 | 时效指标 | 完成时间 | 2025年年底前`, { ...noDesc, year: 2025 });
    expect(f).toEqual([]);
  });

  it("a deadline followed by its action is no VALUE_MIXED_TEXT (12月底前全部拨付)", () => {
    expect(runRule(VALUE_MIXED_TEXT, `产出指标 | 时效指标 | 资金拨付时间 | 12月底前全部拨付`, noDesc)).toEqual([]);
    expect(runRule(VALUE_MIXED_TEXT, `产出指标 | 时效指标 | 完成时间 | 2025年12月31日前完成30人`, noDesc)).toHaveLength(1);
  });

  it("全年, 年底前, 第三季度, 上半年, 当年 are time values; 按时 and 及时 are not (018 #2 结算款支付及时性 及时)", () => {
    for (const v of ["全年", "年底前", "第三季度", "上半年", "当年"]) {
      expect(runRule(DEADLINE_NOT_DATE, `产出指标 | 时效指标 | 完成时间 | ${v}`, noDesc)).toEqual([]);
    }
    expect(runRule(DEADLINE_NOT_DATE, `产出指标 | 时效指标 | 结算款支付及时性 | 及时`, noDesc)).toHaveLength(1);
    expect(runRule(DEADLINE_NOT_DATE, `产出指标 | 时效指标 | 资金拨付 | 按时`, noDesc)).toHaveLength(1);
  });

  it("当年 / 本年度 / 全年 name the budget year (no DEADLINE_NO_YEAR); 年底前 does not", () => {
    for (const v of ["当年12月底前", "本年度内", "全年"]) expect(runRule(DEADLINE_NO_YEAR, `产出指标 | 时效指标 | 完成时间 | ${v}`, { ...noDesc, year: 2026 })).toEqual([]);
    const f = runRule(DEADLINE_NO_YEAR, `产出指标 | 时效指标 | 完成时间 | 年底前`, { ...noDesc, year: 2026 });
    expect(f[0].suggestion).toBe("2026年12月底前");
  });

  it("次年3月底前 lies after the budget year: DEADLINE_OUTSIDE_YEAR, not DEADLINE_NO_YEAR", () => {
    const rows = `产出指标 | 时效指标 | 项目验收时间 | 次年3月底前`;
    // The latest the budget year allows, not March of the budget year (docs/decisions.md "Tenth round").
    expect(runRule(DEADLINE_OUTSIDE_YEAR, rows, { ...noDesc, year: 2026 })[0].suggestion).toBe("2026年12月31日前");
    expect(runRule(DEADLINE_NO_YEAR, rows, { ...noDesc, year: 2026 })).toEqual([]);
  });

  it("a bare number under 时效 lacks its unit and gives no time (021 #3 服务周期 180: “没有单位（天），且未给出完成时限”)", () => {
    const f = runRules(ALL_RULES, `产出指标 | 时效指标 | 服务周期 | 180`, { ...noDesc, year: 2024 });
    expect(codes(f)).toEqual(expect.arrayContaining(["VALUE_NO_UNIT", "DEADLINE_NOT_DATE"]));
  });
});

describe("qualitative values", () => {
  it.each([
    ["022 #7", "效益指标 | 社会效益指标 | 打造金安国际网球公开赛等系列品牌赛事,提升六安城市的知名度和美誉度。 | 效果良好"],
    ["022 #9", "效益指标 | 可持续影响指标 | 打造金安国际网球公开赛等系列品牌赛事 | 影响可持续"],
    ["024 #4", "效益指标 | 可持续影响指标 | 基础教育巩固提高情况 | 巩固提高"],
    ["024 #5", "效益指标 | 社会效益指标 | 基础教育学校办学条件 | 持续改善"],
    ["lexicon", "效益指标 | 社会效益指标 | 制度建设 | 逐步完善"],
    ["lexicon", "效益指标 | 社会效益指标 | 项目推进 | 稳步推进"],
    ["lexicon: 逐年 + change", "效益指标 | 社会效益指标 | 群众生活水平 | 逐年提高"],
    ["lexicon: 日益 + change", "效益指标 | 可持续影响指标 | 长效管护机制 | 日益完善"],
    ["lexicon: 更加 + change", "效益指标 | 社会效益指标 | 公共服务体系 | 更加完善"],
    ["lexicon: degree + 遏制", "效益指标 | 生态效益指标 | 水土流失 | 有效遏制"],
    ["lexicon: degree + 缓解", "效益指标 | 社会效益指标 | 看病难问题 | 明显缓解"],
    ["lexicon: 积极 + change", "效益指标 | 社会效益指标 | 乡村振兴 | 积极推动"],
  ])("vague result words under 效益 are VALUE_NOT_QUANTIFIED (%s)", (_, row) => {
    const f = runRule(VALUE_NOT_QUANTIFIED, row, noDesc);
    expect(f).toHaveLength(1);
    expect(f[0].cell).toBe("D10");
  });

  it("graded answers pass: 优良 (020 #2 空气质量), 有效 (027 #4), 达到国家标准, 是 on a 是否 name", () => {
    const rows = [
      "效益指标 | 可持续影响指标 | 长效管理机制健全性 | 健全",
      "产出指标 | 质量指标 | 服务周期内空气质量 | 优良",
      "效益指标 | 经济效益指标 | 减轻贫困学生家庭经济负担 | 有效",
      "产出指标 | 质量指标 | 水质 | 达到国家标准",
      "效益指标 | 社会效益指标 | 是否发生安全事故 | 否",
    ].join("\n");
    expect(runRule(VALUE_NOT_QUANTIFIED, rows, noDesc)).toEqual([]);
  });

  it("a bare 是 under 效益 on a name that asks nothing is reported; graded answers too when the profile wants numbers", () => {
    expect(runRule(VALUE_NOT_QUANTIFIED, "效益指标 | 社会效益指标 | 带动就业 | 是", noDesc)).toHaveLength(1);
    const loaded = loadProfile({ gradedQualitative: false });
    if (!loaded.ok) throw new Error(loaded.error);
    const strict = loaded.profile;
    expect(runRule(VALUE_NOT_QUANTIFIED, "效益指标 | 经济效益指标 | 减轻贫困学生家庭经济负担 | 有效", { ...noDesc, profile: strict })).toHaveLength(1);
    expect(runRule(VALUE_NOT_QUANTIFIED, "产出指标 | 质量指标 | 服务周期内空气质量 | 优良", { ...noDesc, profile: strict })).toEqual([]);
  });
});

describe("VALUE_PLACEHOLDER", () => {
  it.each(["公里", "≧ %", "%", "≥", "高中低", "≥**%", "XX人", "××"])("reports the value %s", (v) => {
    const f = runRule(VALUE_PLACEHOLDER, `产出指标 | 数量指标 | 新建堤防、护岸长度 | ${v}`, noDesc);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", cell: "D10" });
  });

  it("leaves a mask in a filled row's 三级 name (（≤**万元）) to L3_TEMPLATE_RESIDUE", () => {
    expect(runRule(VALUE_PLACEHOLDER, `产出指标 | 成本指标 | 设备购置成本（≤**万元） | ≤20万元`, noDesc)).toEqual([]);
  });

  it("passes real values, graded scales with criteria, and names with multiplication or ★ markers", () => {
    const rows = [
      "产出指标 | 数量指标 | 学生受资助人数 | ≥735人次",
      "产出指标 | 质量指标 | 验收等级 | 好：全部达标；较好：90%达标",
      "产出指标 | 数量指标 | ★补助鱼塘面积 | ≥3亩",
      "产出指标 | 成本指标 | 55人×400元 | ≤2.2万元",
      "产出指标 | 质量指标 | X光机检测合格率 | ≥95%",
    ].join("\n");
    expect(runRule(VALUE_PLACEHOLDER, rows, noDesc)).toEqual([]);
  });

  it("the 定性/定量 word read as a value (019 #1 定量%) is neither VALUE_PLACEHOLDER nor RATE_NOT_PERCENT", () => {
    const rows = "产出指标 | 质量指标 | 业务工作支出到位率 | 定量%";
    expect(runRules([VALUE_PLACEHOLDER, RATE_NOT_PERCENT], rows, noDesc)).toEqual([]);
  });

  it("a template row (023 #12 “……” with no value) is not VALUE_EMPTY", () => {
    expect(runRule(VALUE_EMPTY, "产出指标 | 质量指标 | …… | ", noDesc)).toEqual([]);
  });
});

describe("rates and direction", () => {
  it("≥100% on a negative rate is VALUE_WRONG_DIRECTION and RATE_OVER_100 (026 #1 逾期发放率 >=100%)", () => {
    const f = runRules([RATE_OVER_100, VALUE_WRONG_DIRECTION], "产出指标 | 质量指标 | 逾期发放率 | >=100%", noDesc);
    expect(codes(f)).toEqual(["RATE_OVER_100", "VALUE_WRONG_DIRECTION"]);
    expect(f.find((x) => x.code === "VALUE_WRONG_DIRECTION")!.suggestion).toBe("=0%");
    expect(f.find((x) => x.code === "RATE_OVER_100")!.suggestion).toBe("=0%");
  });

  it("≥100% on a positive rate or an effect is RATE_OVER_100 → =100% (026 #2 及时发放率, 027 #7 促进…健康发展 ≧100%)", () => {
    for (const row of ["产出指标 | 时效指标 | 就学补助及时发放率 | >=100%", "效益指标 | 可持续影响指标 | 促进学校教育事业健康发展 | ≧100%"]) {
      const f = runRule(RATE_OVER_100, row, noDesc);
      expect(f).toHaveLength(1);
      expect(f[0].suggestion).toBe("=100%");
    }
  });

  it.each(["差错率", "投诉率", "事故率", "逾期率"])("a floor on %s is VALUE_WRONG_DIRECTION", (name) => {
    const f = runRule(VALUE_WRONG_DIRECTION, `产出指标 | 质量指标 | ${name} | ≥5%`, noDesc);
    expect(f).toHaveLength(1);
    expect(f[0].suggestion).toBe("≤5%");
  });

  it("a bare 0% on a rate of disputes suggests =0%, not ≥0% (018 #4 补助款结算争议率 0%)", () => {
    const f = runRule(VALUE_NO_OPERATOR, "效果指标 | 社会效益指标 | 补助款结算争议率 | 0%", noDesc);
    expect(f.map((x) => x.suggestion)).toEqual(["=0%"]);
  });

  it("a tolerance ±3%以内 is a percentage (018 #1 补助款结算误差率)", () => {
    expect(runRules(ALL_RULES, "预期产出指标 | 质量指标 | 补助款结算误差率 | ±3%以内", noDesc).filter((x) => x.code === "RATE_NOT_PERCENT")).toEqual([]);
  });
});

describe("VALUE_NO_OPERATOR convention", () => {
  const bare = [
    "产出指标 | 数量指标 | 主体班培训人次 | 280人次",
    "产出指标 | 数量指标 | 情景教学或外训批次 | 6次",
    "产出指标 | 质量指标 | 培训完成率 | 100%",
    "产出指标 | 时效指标 | 及时完成率 | 100%",
  ];
  it("is quiet in a table that writes no operator anywhere (025 黄石党校)", () => {
    expect(runRule(VALUE_NO_OPERATOR, bare.join("\n"), noDesc)).toEqual([]);
  });

  it("is quiet when one number in more than ten carries an operator (023 萧县张庄寨镇: ≥11.376万元 among bare 亩/只/头)", () => {
    const rows = [
      "产出指标 | 数量指标 | ★补助各类瓜果蔬菜种植面积 | 29.5亩",
      "产出指标 | 数量指标 | 其中桃树种植面积 | 1.5亩",
      "产出指标 | 数量指标 | 其中苹果树种植面积 | 5亩",
      "产出指标 | 数量指标 | 其中露天蔬菜 | 20亩",
      "产出指标 | 数量指标 | 其中大棚蔬菜 | 3亩",
      "产出指标 | 数量指标 | ★补助鱼塘面积 | 3亩",
      "产出指标 | 数量指标 | ★补助家畜家禽养殖数量 | 192只",
      "产出指标 | 数量指标 | 其中羊养殖数量 | 180只",
      "产出指标 | 数量指标 | 其中猪养殖数量 | 12头",
      "产出指标 | 质量指标 | 种植作物成活率 | 95%",
      "效益指标 | 经济效益指标 | 特色产业带动增加受益农户收入(总收入) | ≥11.376万元",
    ];
    expect(runRule(VALUE_NO_OPERATOR, rows.join("\n"), noDesc)).toEqual([]);
    const loaded = loadProfile({ noOperatorConventionShare: 0 });
    if (!loaded.ok) throw new Error(loaded.error);
    expect(runRule(VALUE_NO_OPERATOR, rows.join("\n"), { ...noDesc, profile: loaded.profile })).toHaveLength(10);
  });

  it("still reports a bare value among values with operators", () => {
    const f = runRule(VALUE_NO_OPERATOR, [...bare, "产出指标 | 质量指标 | 合格率 | ≥95%"].join("\n"), noDesc);
    expect(f).toHaveLength(4);
  });

  it("is quiet on 定性 rows (the 定性/定量 column says 定性)", () => {
    const table = rowsTable(rowsOf("产出指标 | 质量指标 | 合格率 | 90%\n产出指标 | 质量指标 | 覆盖率 | 90%"), noDesc);
    expect(checkTable(table, { rules: [VALUE_NO_OPERATOR], year: null })).toHaveLength(2);
    table.indicators[0].nature = "定性";
    expect(checkTable(table, { rules: [VALUE_NO_OPERATOR], year: null })).toHaveLength(1);
  });
});
