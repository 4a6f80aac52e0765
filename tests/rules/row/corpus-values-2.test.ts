/**
 * Value classes of published tables, second round (issue 13): zero targets, compound units, units in the name's
 * brackets, vague result words, prose with numbers. Each case quotes a row of a dev table of tests/fixtures/corpus
 * (file and indicator index in the test name) and a near miss a reviewer accepts.
 */
import { runRule, runRules } from "../../helpers/rowsTable";
import { ROW_RULES as ALL_RULES } from "../../../src/engine/rules";
import { rule as VALUE_TRIVIAL } from "../../../src/engine/rules/row/VALUE_TRIVIAL";
import { rule as MONEY_UNIT_INCOMPLETE } from "../../../src/engine/rules/row/MONEY_UNIT_INCOMPLETE";
import { rule as VALUE_NO_UNIT } from "../../../src/engine/rules/row/VALUE_NO_UNIT";
import { parseValue } from "../../../src/engine/values";

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

void runRules;
void ALL_RULES;
void codes;
