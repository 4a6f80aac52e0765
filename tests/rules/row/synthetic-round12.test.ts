/**
 * Classes found in the twelfth round (docs/decisions.md "Twelfth round"): the eighth fresh set of synthetic probe
 * tables and the gaps noticed while waiting for it. Each test holds the defect and the accepted forms beside it, so a
 * fix cannot pass by flagging everything.
 */
import { runRule } from "../../helpers/rowsTable";
import { rule as VALUE_NOT_QUANTIFIED } from "../../../src/engine/rules/row/VALUE_NOT_QUANTIFIED";
import { rule as VALUE_PLACEHOLDER } from "../../../src/engine/rules/row/VALUE_PLACEHOLDER";

const noDesc = { columns: "noDescription" as const };

describe("多场, 多次: “many” with a measure word is a vague amount, not a unit left alone", () => {
  const row = (v: string) => `产出指标 | 数量指标 | 开展宣传活动场次 | ${v}`;

  test("多场 / 多次 are VALUE_NOT_QUANTIFIED (a warning), not VALUE_PLACEHOLDER (an error saying only a unit is there)", () => {
    expect(runRule(VALUE_NOT_QUANTIFIED, row("多场"), noDesc)).toHaveLength(1);
    expect(runRule(VALUE_NOT_QUANTIFIED, row("多次"), noDesc)).toHaveLength(1);
    expect(runRule(VALUE_PLACEHOLDER, row("多场"), noDesc)).toEqual([]);
  });

  test("a lone unit is still a placeholder; 10多场 and ≥10场 are targets", () => {
    expect(runRule(VALUE_PLACEHOLDER, row("场"), noDesc)).toHaveLength(1);
    expect(runRule(VALUE_PLACEHOLDER, row("10多场"), noDesc)).toEqual([]);
    expect(runRule(VALUE_NOT_QUANTIFIED, row("≥10场"), noDesc)).toEqual([]);
  });
});
