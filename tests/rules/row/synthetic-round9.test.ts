/**
 * Classes found by the synthetic probe tables of the ninth round (docs/decisions.md "Ninth round"): tables written by
 * helpers who neither ran the engine nor read its rules, in the layouts and wording of other provinces' forms. Each
 * test holds the defect and the accepted forms beside it, so a fix cannot pass by flagging everything.
 */
import { runRule } from "../../helpers/rowsTable";
import { rule as VALUE_NOT_QUANTIFIED } from "../../../src/engine/rules/row/VALUE_NOT_QUANTIFIED";

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
