/**
 * Classes found by the synthetic probe tables of the ninth round (docs/decisions.md "Ninth round"): tables written by
 * helpers who neither ran the engine nor read its rules, in the layouts and wording of other provinces' forms. Each
 * test holds the defect and the accepted forms beside it, so a fix cannot pass by flagging everything.
 */
import { runRule, runRules } from "../../helpers/rowsTable";
import { rule as VALUE_NOT_QUANTIFIED } from "../../../src/engine/rules/row/VALUE_NOT_QUANTIFIED";
import { rule as VALUE_MIXED_TEXT } from "../../../src/engine/rules/row/VALUE_MIXED_TEXT";
import { rule as VALUE_NO_UNIT } from "../../../src/engine/rules/row/VALUE_NO_UNIT";
import { rule as RATE_NOT_PERCENT } from "../../../src/engine/rules/row/RATE_NOT_PERCENT";
import { rule as VALUE_WRONG_DIRECTION } from "../../../src/engine/rules/row/VALUE_WRONG_DIRECTION";
import { rule as TYPO } from "../../../src/engine/rules/row/TYPO";
import { ROW_RULES as ALL_ROW_RULES } from "../../../src/engine/rules";
import { rule as INDICATOR_NOT_MEASURABLE } from "../../../src/engine/rules/row/INDICATOR_NOT_MEASURABLE";
import { rule as VALUE_EMPTY } from "../../../src/engine/rules/row/VALUE_EMPTY";
import { rule as SATISFACTION_NOT_PERCENT } from "../../../src/engine/rules/row/SATISFACTION_NOT_PERCENT";
import { rule as VALUE_PLACEHOLDER } from "../../../src/engine/rules/row/VALUE_PLACEHOLDER";
import { rule as DEADLINE_NOT_DATE } from "../../../src/engine/rules/row/DEADLINE_NOT_DATE";
import { rule as DEADLINE_OUTSIDE_YEAR } from "../../../src/engine/rules/row/DEADLINE_OUTSIDE_YEAR";

const noDesc = { columns: "noDescription" as const };

describe("VALUE_NOT_QUANTIFIED: 较好 alone", () => {
  test("较好 / 较差 with no scale on the row is a comparative with nothing to compare to", () => {
    for (const v of ["较好", "较差"]) expect(runRule(VALUE_NOT_QUANTIFIED, `产出指标 | 质量指标 | 课题研究报告质量 | ${v}`, noDesc)).toHaveLength(1);
  });

  test("较好 beside a description that gives the scale is one grade of it; 好 / 良好 / 优良 / 合格 stand alone", () => {
    expect(runRule(VALUE_NOT_QUANTIFIED, "产出指标 | 质量指标 | 课题研究报告质量 | 好：专家评审≥90分；较好：80-89分；一般：70-79分 | 较好")).toEqual([]);
    for (const v of ["好", "良好", "优良", "合格"]) expect(runRule(VALUE_NOT_QUANTIFIED, `产出指标 | 质量指标 | 课题研究报告质量 | ${v}`, noDesc)).toEqual([]);
  });
});

describe("rates per head of population, return periods, cases closed", () => {
  test("孕产妇死亡率 ≤15/10万, 发病率 ≤5/万 are rates (no VALUE_MIXED_TEXT, no RATE_NOT_PERCENT); prose after the number still is mixed", () => {
    const rows = "效益指标 | 社会效益指标 | 孕产妇死亡率 | ≤15/10万\n效益指标 | 社会效益指标 | 传染病发病率 | ≤5/万\n效益指标 | 社会效益指标 | 婴儿死亡率 | ≤5‰";
    expect(runRules([VALUE_MIXED_TEXT, RATE_NOT_PERCENT], rows, noDesc)).toEqual([]);
    expect(runRule(VALUE_MIXED_TEXT, "效益指标 | 社会效益指标 | 孕产妇死亡率 | ≤15/10万以下逐年下降", noDesc)).toHaveLength(1);
  });

  test("防洪标准 达到20年一遇 is a standard with its unit", () => {
    expect(runRules([VALUE_MIXED_TEXT, VALUE_NO_UNIT], "产出指标 | 质量指标 | 治理段防洪标准 | 达到20年一遇", noDesc)).toEqual([]);
  });

  test("投诉案件结案率 ≥95% is a rate of cases closed: a floor is right; 投诉次数 ≥3次 stays backwards", () => {
    expect(runRule(VALUE_WRONG_DIRECTION, "效益指标 | 社会效益指标 | 劳动保障监察举报投诉案件结案率 | ≥95%", noDesc)).toEqual([]);
    expect(runRule(VALUE_WRONG_DIRECTION, "效益指标 | 社会效益指标 | 劳动争议案件调处率 | ≥90%", noDesc)).toEqual([]);
    expect(runRule(VALUE_WRONG_DIRECTION, "效益指标 | 社会效益指标 | 投诉次数 | ≥3次", noDesc)).toHaveLength(1);
  });
});

describe("TYPO and direction lexicon grown from the probe tables", () => {
  test("律 ending a rate's head is 率 (办结律, 运用律); 法律, 纪律, 自律, 律师 stay", () => {
    expect(runRule(TYPO, "效益指标 | 社会效益指标 | 便民服务事项按时办结律 | ≥98%", noDesc)).toHaveLength(1);
    expect(runRule(TYPO, "效益指标 | 社会效益指标 | 课题成果转化运用律 | ≥70%", noDesc)[0]?.suggestion).toBe("课题成果转化运用率");
    for (const name of ["法律援助覆盖率", "遵纪守法自律情况", "律师事务所数量", "纪律教育覆盖率"]) expect(runRule(TYPO, `效益指标 | 社会效益指标 | ${name} | ≥90%`, noDesc)).toEqual([]);
  });

  test("扶育 of forest tending is 抚育, 合法权义 is 合法权益", () => {
    expect(runRule(TYPO, "产出指标 | 数量指标 | 新造林扶育管护面积 | ≥3000亩", noDesc)[0]?.suggestion).toBe("新造林抚育管护面积");
    expect(runRule(TYPO, "效益指标 | 社会效益指标 | 职工合法权义维护率 | ≥95%", noDesc)[0]?.suggestion).toBe("职工合法权益维护率");
  });

  test("≥0 on a harmful event or idle land is backwards as well as trivial; their handling rate is positive", () => {
    expect(runRule(VALUE_WRONG_DIRECTION, "效益指标 | 社会效益指标 | 信息安全事件发生次数 | ≥0次", noDesc)).toHaveLength(1);
    expect(runRule(VALUE_WRONG_DIRECTION, "效益指标 | 社会效益指标 | 耕地撂荒面积 | ≥0亩", noDesc)).toHaveLength(1);
    expect(runRule(VALUE_WRONG_DIRECTION, "效益指标 | 社会效益指标 | 突发事件处置率 | ≥95%", noDesc)).toEqual([]);
  });
});

describe("a bare 万 on a row that counts no money", () => {
  const codes = (row: string) => runRules(ALL_ROW_RULES, row, noDesc).filter((f) => f.severity !== "info").map((f) => f.code);

  test("土方量 ≥15万, 培训人数 ≥1.2万: a magnitude with the unit left out (VALUE_NO_UNIT), not money short of 元", () => {
    expect(codes("产出指标 | 数量指标 | 河道清淤疏浚土方量 | ≥15万")).toEqual(["VALUE_NO_UNIT"]);
    const [f] = runRule(VALUE_NO_UNIT, "产出指标 | 数量指标 | 培训人数 | ≥1.2万", noDesc);
    expect(f.suggestion).toBe("≥1.2万人");
  });

  test("on a cost row or a money name it stays 万元 short of its 元 (MONEY_UNIT_INCOMPLETE)", () => {
    for (const row of ["产出指标 | 成本指标 | 设备购置成本 | ≤15万", "产出指标 | 数量指标 | 补助资金发放数量 | ≥50万", "效益指标 | 经济效益指标 | 带动农户增收 | ≥15万"]) {
      expect(codes(row)).toContain("MONEY_UNIT_INCOMPLETE");
      expect(codes(row)).not.toContain("VALUE_NO_UNIT");
    }
  });
});

describe("comparatives, pledges and intent words", () => {
  test("较上年减少, 同比提高: a change against last year with no amount is vague; 较上年减少3% is not", () => {
    expect(runRule(VALUE_NOT_QUANTIFIED, "效益指标 | 生态效益指标 | 化学农药使用量 | 较上年减少", noDesc)).toHaveLength(1);
    expect(runRule(VALUE_NOT_QUANTIFIED, "效益指标 | 经济效益指标 | 村集体经济收入 | 同比提高", noDesc)).toHaveLength(1);
    expect(runRule(VALUE_NOT_QUANTIFIED, "效益指标 | 生态效益指标 | 化学农药使用量 | 较上年减少3%", noDesc)).toEqual([]);
  });

  test("确保无安全事故 is a pledge; 无安全事故 and =0次 are targets", () => {
    expect(runRule(VALUE_NOT_QUANTIFIED, "产出指标 | 质量指标 | 施工安全 | 确保无安全事故", noDesc)).toHaveLength(1);
    expect(runRule(VALUE_NOT_QUANTIFIED, "产出指标 | 质量指标 | 施工安全 | 无安全事故", noDesc)).toEqual([]);
  });

  test("计划于 / 力争 / 确保 / 预计 before a deadline: the deadline is read and judged for the year", () => {
    for (const v of ["计划于2026年6月底前完成", "力争2026年10月底前完成", "确保2026年12月底前完成", "预计2026年11月完成", "拟于2026年9月底前完成"])
      expect(runRules([DEADLINE_NOT_DATE, DEADLINE_OUTSIDE_YEAR], `产出指标 | 时效指标 | 项目完成时间 | ${v}`, { ...noDesc, year: 2026 })).toEqual([]);
    expect(runRule(DEADLINE_OUTSIDE_YEAR, "产出指标 | 时效指标 | 项目完成时间 | 计划于2027年3月底前完成", { ...noDesc, year: 2026 })).toHaveLength(1);
  });
});

test("SATISFACTION_NOT_PERCENT leaves a percentage's template mask (≥**%) to VALUE_PLACEHOLDER; copied grade options (高中低) stay its own", () => {
  expect(runRule(SATISFACTION_NOT_PERCENT, "满意度指标 | 服务对象满意度指标 | 家长满意度 | ≥**%", noDesc)).toEqual([]);
  expect(runRule(VALUE_PLACEHOLDER, "满意度指标 | 服务对象满意度指标 | 家长满意度 | ≥**%", noDesc)).toHaveLength(1);
  expect(runRule(SATISFACTION_NOT_PERCENT, "满意度指标 | 服务对象满意度指标 | 公众满意度 | 高中低", noDesc)).toHaveLength(1);
});

describe("from the second synthetic set (scored once, then fixed)", () => {
  test("livestock in 头只 is a count; 返贫致贫 is reverse; a pledge as the name with 100% is not measurable; 合法权宜 is 合法权益", () => {
    expect(runRules(ALL_ROW_RULES, "产出指标 | 数量指标 | 口蹄疫强制免疫牲畜数量 | ≥42万头只", noDesc).filter((f) => f.severity === "error")).toEqual([]);
    expect(runRule(VALUE_WRONG_DIRECTION, "效益指标 | 社会效益指标 | 因突发困难返贫致贫人数 | ≥0人", noDesc)).toHaveLength(1);
    for (const name of ["兜住兜准兜牢民生底线", "全市不发生重大食品安全事故"]) expect(runRule(INDICATOR_NOT_MEASURABLE, `效益指标 | 社会效益指标 | ${name} | 100%`, noDesc)).toHaveLength(1);
    expect(runRule(INDICATOR_NOT_MEASURABLE, "效益指标 | 社会效益指标 | 重大食品安全事故发生次数 | =0次", noDesc)).toEqual([]);
    expect(runRule(TYPO, "效益指标 | 社会效益指标 | 群众合法权宜保障率 | ≥95%", noDesc)[0]?.suggestion).toBe("群众合法权益保障率");
  });
});

test("VALUE_EMPTY: a 三级 of 无 (the level does not apply) stays quiet when numbered (1.无) as well", () => {
  for (const name of ["无", "1.无", "（一）无"]) expect(runRule(VALUE_EMPTY, `效益指标 | 经济效益指标 | ${name} | `, noDesc)).toEqual([]);
  expect(runRule(VALUE_EMPTY, "效益指标 | 经济效益指标 | 1.带动就业人数 | ", noDesc)).toHaveLength(1);
});
