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
