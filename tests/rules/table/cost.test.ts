/**
 * COST_* and DESC_VALUE_CONFLICT on transcribed seed tables. These rules read 指标值 through the
 * values parser (ctx.parsed); they exercise the real parseValue.
 */
import { run, brief, profileNamed } from "./run";
import { cd, cfd5, cfd9, tj1, tj2, tj3, tj4, ts1, ts2, ts3, ts4, ts7, zd1, zd2, zd3 } from "./seedTables";
import type { TableSpec } from "../../helpers/tableBuilder";
import { valueCell } from "../../helpers/tableBuilder";
import { runRule } from "../../helpers/rowsTable";
import { rule as COST_OVER_BUDGET } from "../../../src/engine/rules/table/COST_OVER_BUDGET";
import { rule as COST_RECONCILE } from "../../../src/engine/rules/table/COST_RECONCILE";
import { descNumbers } from "../../../src/engine/rules/table/DESC_VALUE_CONFLICT";

function replaceValue(spec: TableSpec, name: string, value: string, desc?: string): TableSpec {
  return {
    ...spec,
    rows: spec.rows.map((r) => (r[2] === name ? [r[0], r[1], r[2], desc ?? r[3], value, ...r.slice(5)] : r)),
  };
}

describe("COST_NOT_MONEY", () => {
  test("001 #1 “合理使用经费 ≥95%” → error at E13", () => {
    const fs = run(zd1, "COST_NOT_MONEY");
    expect(brief(fs)).toEqual([{ code: "COST_NOT_MONEY", cell: "E13", severity: "error", suggestion: undefined }]);
    expect(fs[0].message).toContain("百分比");
    expect(fs[0].row).toBe(3);
  });

  test("001 #2 “经费使用情况” and 001 #3 “合理使用经费” (text) → error", () => {
    for (const spec of [zd2, zd3]) {
      const fs = run(spec, "COST_NOT_MONEY");
      expect(brief(fs)).toEqual([{ code: "COST_NOT_MONEY", cell: "E13", severity: "error", suggestion: undefined }]);
      expect(fs[0].message).toContain("文字");
    }
  });

  test("成都: 企业数量 ≥300家, 点击量 ≥300万人, 参会率 ≥80% under 成本 → three errors; its money rows pass (incl. “≤ 160 万”)", () => {
    const fs = run(cd, "COST_NOT_MONEY");
    expect(fs.map((f) => f.cell)).toEqual([valueCell(8), valueCell(9), valueCell(10)]);
    expect(fs.every((f) => f.severity === "error")).toBe(true);
  });

  test("money values pass: 000 #1 ≤450元, 000 #3 90000元, 002 #2 ≤86万元, 002 #4 ≤500元/人天", () => {
    for (const spec of [ts1, ts3, tj2, tj4]) expect(run(spec, "COST_NOT_MONEY")).toEqual([]);
  });

  test("004 #9 “≤155.69按计划完成工作” (no unit) is left to VALUE_NO_UNIT / VALUE_MIXED_TEXT", () => {
    expect(run(cfd9, "COST_NOT_MONEY")).toEqual([]);
  });
});

describe("COST_OVER_BUDGET", () => {
  test("000 #3 with “90000元” mistyped as “900000元” (90万 > 9万) → error, suggestion ≤9万元", () => {
    const fs = run(replaceValue(ts3, "印刷成本", "900000元"), "COST_OVER_BUDGET");
    expect(brief(fs)).toEqual([{ code: "COST_OVER_BUDGET", cell: valueCell(2), severity: "error", suggestion: "≤9万元" }]);
    expect(fs[0].message).toContain("90万元");
  });

  test("002 #2 with 物业管理费 ≤88万元: 88 + 5.1 + 3.9 = 97 > 95 → error at the first cost row", () => {
    const fs = run(replaceValue(tj2, "物业管理费", "≤88万元"), "COST_OVER_BUDGET");
    expect(brief(fs)).toEqual([{ code: "COST_OVER_BUDGET", cell: valueCell(6), severity: "error", suggestion: undefined }]);
    expect(fs[0].message).toContain("97万元");
  });

  test("001 乌海: a 年度预算总成本 equal to 预算数 restates the whole, it is not one more part (0 + 1 + 2 + 0 + 3 万 vs 3万)", () => {
    const rows = [
      ["产出指标", "成本指标", "出差总成本", "", "=1万元"],
      ["", "", "劳务人员总成本", "", "=2万元"],
      ["", "", "办公费总成本", "", "=0万元"],
      ["", "", "年度预算总成本", "", "=3万元"],
    ];
    expect(runRule(COST_OVER_BUDGET, rows, { columns: "noBasis", budget: "3" })).toEqual([]);
    // The parts themselves still add up against the budget.
    rows[1][4] = "=4万元";
    expect(runRule(COST_OVER_BUDGET, rows, { columns: "noBasis", budget: "3" }).map((f) => f.code)).toEqual(["COST_OVER_BUDGET"]);
  });

  test("real seeds stay within budget: 002 #2 (86 + 5.1 + 3.9 = 95), 000 #5 ≤109000元 = 10.9万, 成都 task caps", () => {
    for (const spec of [tj2, ts3, cfd5, cd]) expect(run(spec, "COST_OVER_BUDGET")).toEqual([]);
  });
});

test("COST_RECONCILE: a cost per ㎡ is per item of area, never multiplied by a headcount", () => {
  const rows = [
    ["产出指标", "数量指标", "培训人数", "", "≥100人"],
    ["", "", "维修校舍面积", "", "1500平方米"],
    ["", "成本指标", "单位造价", "", "≤2000元/㎡"],
  ];
  // 2000元/㎡ × 1500平方米 = 300万元: it reconciles with a 300万 budget, and is far off a 30万 one.
  expect(runRule(COST_RECONCILE, rows, { columns: "noBasis", budget: "300" })).toEqual([]);
  const f = runRule(COST_RECONCILE, rows, { columns: "noBasis", budget: "30" });
  expect(f).toHaveLength(1);
  expect(f[0].message).not.toContain("培训人数");
  expect(f[0].message).toContain("维修校舍面积");
});

describe("COST_COVERAGE_LOW", () => {
  test("002 #3: 15 + 10 + 2 = 27万 of 85万 (32%) → warning at the first cost row", () => {
    const fs = run(tj3, "COST_COVERAGE_LOW");
    expect(brief(fs)).toEqual([{ code: "COST_COVERAGE_LOW", cell: valueCell(11), severity: "warning", suggestion: undefined }]);
    expect(fs[0].message).toContain("32%");
    expect(fs[0].message).toContain("58万元");
  });

  test("002 #2 covers 100%; 成都 (department budget incl. 基本支出) is not checked", () => {
    expect(run(tj2, "COST_COVERAGE_LOW")).toEqual([]);
    expect(run(cd, "COST_COVERAGE_LOW")).toEqual([]);
  });

  test("the threshold is profile.cost.coverageMin", () => {
    const p = profileNamed("classic");
    expect(run(tj3, "COST_COVERAGE_LOW", { ...p, cost: { ...p.cost, coverageMin: 0.3 } })).toEqual([]);
  });
});

test("COST_RECONCILE: each per-head standard multiplies the count its name shares most with; none shared among several is no guess", () => {
  const rows = [
    ["产出指标", "数量指标", "城市低保保障人数", "", "=1300人"],
    ["", "", "农村低保保障人数", "", "=2800人"],
    ["", "", "元旦春节走访慰问困难职工", "", "=500户"],
    ["", "成本指标", "城市低保月人均补差水平", "", "≤560元/人·月"],
    ["", "", "农村低保月人均补差水平", "", "≤285元/人·月"],
  ];
  // 560 × 1300 × 12 + 285 × 2800 × 12 = 1831.2万元: it reconciles; paired the other way round (1300 城市 for both) it
  // would be 1317.6万元, 28% off.
  expect(runRule(COST_RECONCILE, rows, { columns: "noBasis", budget: "1831.2" })).toEqual([]);
  const [f] = runRule(COST_RECONCILE, rows, { columns: "noBasis", budget: "900" });
  expect(f.message).toContain("农村低保月人均补差水平 ≤285元/人·月 × 农村低保保障人数 2800人");
  // 慰问标准 per family: the 500户 it shares 慰问 and 困难职工 with (50万元 against 20万元).
  const [g] = runRule(COST_RECONCILE, [rows[0], rows[2], ["", "成本指标", "困难职工春节慰问标准", "", "=1000元"]], { columns: "noBasis", budget: "20" });
  expect(g.message).toContain("× 元旦春节走访慰问困难职工 500户");
  // 讲课费 shares nothing with either count: which one it is paid for is not guessed.
  expect(runRule(COST_RECONCILE, [rows[0], rows[1], ["", "成本指标", "专家讲课费标准", "", "≤500元/人"]], { columns: "noBasis", budget: "500" })).toEqual([]);
});

test("COST_RECONCILE: a mark several names carry (（核心指标）) is no shared subject; the pairing is the one without it", () => {
  const marked = (name: string) => `${name}（核心指标）`;
  const rows = [
    ["产出指标", "数量指标", marked("80-89周岁高龄津贴发放人数"), "", "≥6200人"],
    ["", "", "90-99周岁高龄津贴发放人数", "", "≥950人"],
    ["", "成本指标", "80-89周岁高龄津贴标准", "", "50元/人·月"],
    ["", "", marked("90-99周岁高龄津贴标准"), "", "100元/人·月"],
  ];
  // 50 × 6200 × 12 + 100 × 950 × 12 = 486万元; the 90-99 standard paired with the marked 6200 would make it 1116万元.
  expect(runRule(COST_RECONCILE, rows, { columns: "noBasis", budget: "486" })).toEqual([]);
  const [f] = runRule(COST_RECONCILE, rows, { columns: "noBasis", budget: "900" });
  expect(f.message).toContain("90-99周岁高龄津贴标准（核心指标） 100元/人·月 × 90-99周岁高龄津贴发放人数 950人");
});

describe("COST_RECONCILE", () => {
  test("000 #1: ≤450元 × 45人 ≈ 2.02万 vs 40万 → warning at the unit cost", () => {
    const fs = run(ts1, "COST_RECONCILE");
    expect(brief(fs)).toEqual([{ code: "COST_RECONCILE", cell: valueCell(2), severity: "warning", suggestion: undefined }]);
    expect(fs[0].message).toContain("培训人数 45人");
    expect(fs[0].message).toContain("天数");
  });

  test("000 #4: 55人 × ≤400元 = 2.2万 vs 3.6万 (61%) → warning with the built-in tolerance 0.3, not with 0.5", () => {
    expect(run(ts4, "COST_RECONCILE").map((f) => f.cell)).toEqual([valueCell(2)]);
    const p = profileNamed("classic");
    expect(run(ts4, "COST_RECONCILE", { ...p, cost: { ...p.cost, reconcileTolerance: 0.5 } })).toEqual([]);
  });

  test("000 #7: 45 × 450元 = 2.03万 vs 5.20万 → warning", () => {
    expect(run(ts7, "COST_RECONCILE")).toHaveLength(1);
  });

  test("000 #2 “人均调研成本 ≤1万元” with no headcount indicator → warning that it cannot be reconciled", () => {
    const fs = run(ts2, "COST_RECONCILE");
    expect(brief(fs)).toEqual([{ code: "COST_RECONCILE", cell: valueCell(2), severity: "warning", suggestion: undefined }]);
    expect(fs[0].message).toContain("人数");
  });

  test("002 #4: 600 人次 × ≤500元/人天 = 30万 = 预算数 → passes; so does a table with a 天数 indicator", () => {
    expect(run(tj4, "COST_RECONCILE")).toEqual([]);
    const withDays: TableSpec = { ...ts1, rows: [...ts1.rows.slice(0, 1), ["", "数量指标", "培训天数", "培训天数", "≥20天", "根据年初工作安排"], ...ts1.rows.slice(1)] };
    // 450 × 45 × 20 = 40.5万 ≈ 40万
    expect(run(withDays, "COST_RECONCILE")).toEqual([]);
  });
});

test("COST_NOT_MONEY: a reference instead of an amount (024 青山区教育局 建设项目成本 “参照政府采购成本控制”)", () => {
  const spec: TableSpec = { ...ts3, rows: [["产出指标", "成本指标", "建设项目成本", "建设项目成本", "参照政府采购成本控制", ""]] };
  const fs = run(spec, "COST_NOT_MONEY");
  expect(brief(fs)).toEqual([{ code: "COST_NOT_MONEY", cell: valueCell(0), severity: "error", suggestion: undefined }]);
  expect(fs[0].message).toContain("是文字");
});

test("a bare number under 成本 is read in the table's unit (≤65 in a 万元 table with 预算数 24 → COST_OVER_BUDGET; ≤20 passes)", () => {
  const spec: TableSpec = { ...ts3, budget: "24.00", fiscal: "24.00", rows: [["产出指标", "成本指标", "项目建设成本", "项目建设成本", "≤65", "预算"]] };
  expect(run(spec, "COST_OVER_BUDGET").map((f) => f.code)).toEqual(["COST_OVER_BUDGET"]);
  expect(run(replaceValue(spec, "项目建设成本", "≤20"), "COST_OVER_BUDGET")).toEqual([]);
  expect(run(spec, "COST_NOT_MONEY")).toEqual([]);
});

describe("COST_RECONCILE: per-month and per-item costs", () => {
  const base: TableSpec = {
    ...ts3,
    budget: "24.00",
    fiscal: "24.00",
    rows: [
      ["产出指标", "数量指标", "购置办公设备数量", "购置办公设备数量", "=10台", "根据年初工作安排"],
      ["", "成本指标", "物业服务费", "物业服务费", "≤2万元/月", "物业服务合同"],
    ],
  };

  test("a per-month cost × 12 against the budget: 2万元/月 × 12 = 24万 passes; 1万元/月 alone → warning with 全年 12个月", () => {
    expect(run(base, "COST_RECONCILE")).toEqual([]);
    const low = replaceValue(base, "物业服务费", "≤1万元/月");
    // Beside the 10台 it does not price, 12万 of 24万 may be the 物业 part of the budget: not reported.
    expect(run(low, "COST_RECONCILE")).toEqual([]);
    const alone: TableSpec = { ...low, rows: low.rows.slice(1).map((r) => ["产出指标", ...r.slice(1)]) };
    const fs = run(alone, "COST_RECONCILE");
    expect(brief(fs)).toEqual([{ code: "COST_RECONCILE", cell: valueCell(0), severity: "warning", suggestion: undefined }]);
    expect(fs[0].message).toContain("全年 12个月");
    expect(fs[0].message).toContain("预算数中是否还有未写成指标的支出");
  });

  test("a per-person-month cost × headcount × 12 (121 桃源: 1130元/月/人 + 143元/月/人 × 250人 × 12 ≈ 380万 passes; without the months it read 8.4%)", () => {
    const wages: TableSpec = {
      ...ts3,
      budget: "12.00",
      fiscal: "12.00",
      rows: [
        ["产出指标", "数量指标", "聘用人员", "聘用人员", "=5人", "根据年初工作安排"],
        ["", "成本指标", "人员工资", "人员工资", "≤2000元/人·月", "劳务合同"],
      ],
    };
    expect(run(wages, "COST_RECONCILE")).toEqual([]);
    const fs = run(replaceValue(wages, "人员工资", "≤500元/人·月"), "COST_RECONCILE");
    expect(fs).toHaveLength(1);
    expect(fs[0].message).toContain("× 全年 12个月");
    // a per-person cost paid once is not multiplied: 2000元/人 × 5人 = 1万 against 12万 is reported
    expect(run(replaceValue(wages, "人员工资", "≤2000元/人"), "COST_RECONCILE")).toHaveLength(1);
  });

  test("a per-item cost × the 数量 row counted in that item (≤2.4万元/台 × 10台 = 24万 passes; ≤5000元/台 → warning); no count → nothing", () => {
    const perItem = replaceValue(base, "物业服务费", "≤2.4万元/台");
    expect(run(perItem, "COST_RECONCILE")).toEqual([]);
    const fs = run(replaceValue(base, "物业服务费", "≤5000元/台"), "COST_RECONCILE");
    expect(fs).toHaveLength(1);
    expect(fs[0].message).toContain("购置办公设备数量 10台");
    expect(run(replaceValue(base, "物业服务费", "≤5000元/套"), "COST_RECONCILE")).toEqual([]);
  });
});

test("COST_RECONCILE: a per-session headcount is multiplied by the session count (corrected 000 #4: 2次 × 45人 × 1天 × 400元 = 3.6万)", () => {
  const corrected: TableSpec = {
    ...ts4,
    rows: [
      ["产出指标", "数量指标", "召开会议次数", "全年召开执委会议、会员代表会议的次数", "=2次", "计划标准：2025年度工作计划"],
      ["", "", "每次参会人数", "每次会议实际参会人员数量", "≥45人", "计划标准：2025年度工作计划"],
      ["", "", "会期天数", "每次会议的会期", "=1天", "计划标准：2025年度工作计划"],
      ["", "成本指标", "参会人员人均每天费用", "会议住宿、伙食、场地等费用按人天计算", "≤400元/人·天", "预算支出标准：唐山市市级机关会议费管理办法"],
    ],
  };
  expect(run(corrected, "COST_RECONCILE")).toEqual([]);
  // without the session count the estimate is half the budget → reported
  expect(run({ ...corrected, rows: corrected.rows.slice(1).map((r, i) => (i === 0 ? ["产出指标", "数量指标", ...r.slice(2)] : r)) }, "COST_RECONCILE")).toHaveLength(1);
});

describe("COST_OVER_STANDARD", () => {
  test("002 #4 “人均培训成本 ≤500元/人天” under the hebei profile (唐山 450) → error, suggestion ≤450元/人·天", () => {
    const fs = run(tj4, "COST_OVER_STANDARD", profileNamed("hebei"));
    expect(brief(fs)).toEqual([{ code: "COST_OVER_STANDARD", cell: valueCell(5), severity: "error", suggestion: "≤450元/人·天" }]);
    expect(fs[0].message).toContain("唐山市市级机关培训费管理办法");
  });

  test("the same row passes under classic (central 三类 550)", () => {
    expect(run(tj4, "COST_OVER_STANDARD", profileNamed("classic"))).toEqual([]);
  });

  test("000 #1 ≤450元 (training) and 000 #4 ≤400元 (meeting) sit exactly at the 唐山 standards → pass", () => {
    for (const spec of [ts1, ts4]) expect(run(spec, "COST_OVER_STANDARD", profileNamed("hebei"))).toEqual([]);
  });

  test("000 #4 with 参会人均费用 ≤600元 → over 唐山 400 (hebei) and central 三类 550 (classic), not 二类 650 when named", () => {
    const spec = replaceValue(ts4, "参会人均费用\n", "≤600元");
    expect(brief(run(spec, "COST_OVER_STANDARD", profileNamed("hebei")))).toEqual([
      { code: "COST_OVER_STANDARD", cell: valueCell(2), severity: "error", suggestion: "≤400元/人·天" },
    ]);
    expect(run(spec, "COST_OVER_STANDARD")[0].suggestion).toBe("≤550元/人·天");
    const named = replaceValue(ts4, "参会人均费用\n", "≤600元", "二类会议参会人均费用");
    expect(run(named, "COST_OVER_STANDARD")).toEqual([]);
  });

  test("a per-person (元/人) value is divided by the 天数 indicator; without one it is not compared", () => {
    const perPerson = replaceValue(ts1, "人均培训成本", "≤1500元/人");
    expect(run(perPerson, "COST_OVER_STANDARD", profileNamed("hebei"))).toEqual([]);
    const withDays: TableSpec = { ...perPerson, rows: [...perPerson.rows, ["", "时效指标", "培训天数", "培训天数", "≤3天", ""]] };
    // 1500元/人 ÷ 3天 = 500元/人·天 > 唐山 450: the fix keeps the row's basis (450 × 3 = 1350元/人)
    const fs = run(withDays, "COST_OVER_STANDARD", profileNamed("hebei"));
    expect(brief(fs)).toEqual([{ code: "COST_OVER_STANDARD", cell: valueCell(2), severity: "error", suggestion: "≤1350元/人" }]);
    expect(fs[0].message).toContain("3 天");
    const fiveDays: TableSpec = { ...perPerson, rows: [...perPerson.rows, ["", "时效指标", "培训天数", "培训天数", "≤5天", ""]] };
    expect(run(fiveDays, "COST_OVER_STANDARD", profileNamed("hebei"))).toEqual([]); // 300元/人·天
  });
});

describe("COST_RESTATES_BUDGET", () => {
  test("000 #3 “90000元” = 9.00万 → info at E12", () => {
    const fs = run(ts3, "COST_RESTATES_BUDGET");
    expect(brief(fs)).toEqual([{ code: "COST_RESTATES_BUDGET", cell: valueCell(2), severity: "info", suggestion: undefined }]);
  });

  test("004 #5 ≤31.19万元 and 002 #1 ≤2.7万元 → info", () => {
    expect(run(cfd5, "COST_RESTATES_BUDGET").map((f) => f.cell)).toEqual([valueCell(3)]);
    expect(run(tj1, "COST_RESTATES_BUDGET").map((f) => f.cell)).toEqual([valueCell(5)]);
  });

  test("unit costs (000 #1) and several cost rows (002 #4: 人均 + 总成本 = 预算) pass", () => {
    expect(run(ts1, "COST_RESTATES_BUDGET")).toEqual([]);
    expect(run(tj4, "COST_RESTATES_BUDGET")).toEqual([]);
  });
});

describe("DESC_VALUE_CONFLICT", () => {
  test("004 #9 “项目总预算控制额不超158.69万元” vs ≤155.69 and 预算数 155.69 → error at the description", () => {
    const fs = run(cfd9, "DESC_VALUE_CONFLICT");
    expect(brief(fs)).toEqual([
      { code: "DESC_VALUE_CONFLICT", cell: "D13", severity: "error", suggestion: "项目总预算控制额不超155.69万元" },
    ]);
    expect(fs[0].message).toContain("158.69万元");
  });

  test("a percentage in the description that differs from the value → error with the corrected description", () => {
    const spec = replaceValue(ts1, "培训出勤率（%）", ">90%", "培训出勤率不低于95%");
    const fs = run(spec, "DESC_VALUE_CONFLICT");
    expect(brief(fs)).toEqual([{ code: "DESC_VALUE_CONFLICT", cell: "D11", severity: "error", suggestion: "培训出勤率不低于90%" }]);
  });

  test("a bare number against the description's percentage (028 宁德 覆盖率: 指标解释 90%(计划标准), 目标值 1) → error, no suggestion; 1 vs 100% passes", () => {
    const conflict = replaceValue(ts1, "培训出勤率（%）", "1", "90%(计划标准)");
    const fs = run(conflict, "DESC_VALUE_CONFLICT");
    expect(brief(fs)).toEqual([{ code: "DESC_VALUE_CONFLICT", cell: "D11", severity: "error", suggestion: undefined }]);
    expect(fs[0].message).toContain("即100%");
    expect(run(replaceValue(ts1, "培训出勤率（%）", "1", "100%(计划标准)"), "DESC_VALUE_CONFLICT")).toEqual([]);
    expect(run(replaceValue(ts1, "培训出勤率（%）", "0.9", "90%(计划标准)"), "DESC_VALUE_CONFLICT")).toEqual([]);
    expect(run(replaceValue(ts1, "培训出勤率（%）", "95", "95%"), "DESC_VALUE_CONFLICT")).toEqual([]);
  });

  test("formulas and goal tags pass: 000 #10 “…/当年购置设备数量*100%” with 100%, 002 #3 “（目标1）”", () => {
    const ts10: TableSpec = {
      ...ts3,
      budget: "0.70",
      fiscal: "0.70",
      rows: [
        ["产出指标", "质量指标", "验收合格率", "验收合格率=验收合格的设备数量/当年购置设备数量*100%", "100%", "根据年初工作安排"],
        ["", "成本指标", "办公设备购置费用\t", "办公设备购置费用\t", "7000元", "根据年初工作安排"],
      ],
    };
    expect(run(ts10, "DESC_VALUE_CONFLICT")).toEqual([]);
    expect(run(tj3, "DESC_VALUE_CONFLICT")).toEqual([]);
    expect(run(ts1, "DESC_VALUE_CONFLICT")).toEqual([]);
  });

  test("per-unit amounts are compared with unit costs only; compositions are not compared", () => {
    // 000 #1 description edited to state the per-person cost: 人均500元 vs ≤450元 → conflict
    const perUnit = replaceValue(ts1, "人均培训成本", "≤450元/人·天", "参训人员人均每天费用不超过500元");
    expect(brief(run(perUnit, "DESC_VALUE_CONFLICT"))).toEqual([
      { code: "DESC_VALUE_CONFLICT", cell: "D12", severity: "error", suggestion: "参训人员人均每天费用不超过450元" },
    ]);
    // a per-unit figure in a total row's description is not a contradiction of the total
    const total = replaceValue(ts3, "印刷成本", "90000元", "会刊6期，每期印刷费15000元");
    expect(run(total, "DESC_VALUE_CONFLICT")).toEqual([]);
    // "3期，每期50人" against ≥150人 is a composition, not a conflict
    const comp = replaceValue(ts1, "培训人数", "≥150人", "举办培训3期，每期50人");
    expect(run(comp, "DESC_VALUE_CONFLICT")).toEqual([]);
  });

  test("descNumbers ignores formulas, dates and unit-less numbers", () => {
    expect(descNumbers("验收合格率=验收合格的设备数量/当年购置设备数量*100%")).toEqual([]);
    expect(descNumbers("反映撰写研究报告（目标1）")).toEqual([]);
    expect(descNumbers("项目总预算控制额不超158.69万元").map((n) => [n.value, n.unit])).toEqual([[158.69, "万元"]]);
    expect(descNumbers("浏览量300万人次").map((n) => n.unit)).toEqual(["万人次"]);
  });
});

test("COST_RECONCILE: a standard with no basis and no count asks for the count it is paid per, not for a headcount", () => {
  const [f] = runRule(COST_RECONCILE, [["产出指标", "数量指标", "硬化公路里程", "", "≥4公里"], ["", "成本指标", "硬化水泥砼公路补助标准", "", "≤120万元"]], { columns: "noBasis", budget: "500" });
  expect(f.message).toContain("没有对应的数量指标");
  expect(f.message).not.toContain("培训人数");
  const [g] = runRule(COST_RECONCILE, [["产出指标", "成本指标", "人均培训成本", "", "≤450元/人·天"]], { columns: "noBasis", budget: "10" });
  expect(g.message).toContain("人数（人次）");
});

test("COST_RECONCILE: a per-item cost multiplies the count of its own item (514 湄潭: 彩超 × 购置彩超, not × 购置CT, both in 台)", () => {
  const rows = [
    ["产出指标", "数量指标", "购置64排螺旋CT", "", "=1台"],
    ["", "", "购置彩色多普勒超声诊断仪", "", "=2台"],
    ["", "成本指标", "64排螺旋CT购置单价", "", "≤860万元/台"],
    ["", "", "彩色多普勒超声诊断仪购置单价", "", "≤130万元/台"],
  ];
  // 860 + 130 × 2 = 1120万元: it reconciles; with 彩超 × the CT's 1台 it would be 990万元, 12% short.
  expect(runRule(COST_RECONCILE, rows, { columns: "noBasis", budget: "1120" })).toEqual([]);
  const [f] = runRule(COST_RECONCILE, rows, { columns: "noBasis", budget: "3000" });
  expect(f.message).toContain("彩色多普勒超声诊断仪购置单价 ≤130万元/台 × 购置彩色多普勒超声诊断仪 2台");
  // Two 台 counts neither of which the cost's name shares anything with: no guess.
  expect(runRule(COST_RECONCILE, [rows[0], rows[1], ["", "成本指标", "酒精检测仪采购单价", "", "≤0.5万元/台"]], { columns: "noBasis", budget: "3000" })).toEqual([]);
});

test("COST_RECONCILE: short of the budget beside outputs it does not price is the rest of the budget (972 婺源, 904 酉阳); over it is still reported", () => {
  const rows = [
    ["产出指标", "数量指标", "扶持代表性传承人人数", "", "=20人"],
    ["", "", "举办非遗展演活动", "", "≥6场"],
    ["", "成本指标", "代表性传承人传习补助标准", "", "=5000元/人·年"],
  ];
  // 5000 × 20 = 10万元 of 50万元: the 展演 are paid from the rest.
  expect(runRule(COST_RECONCILE, rows, { columns: "noBasis", budget: "50" })).toEqual([]);
  // Over the budget cannot be the rest of anything.
  expect(runRule(COST_RECONCILE, rows, { columns: "noBasis", budget: "5" }).map((f) => f.code)).toEqual(["COST_RECONCILE"]);
  // With every count priced, 10万 against 50万 is reported.
  expect(runRule(COST_RECONCILE, [rows[0], rows[2]], { columns: "noBasis", budget: "50" }).map((f) => f.code)).toEqual(["COST_RECONCILE"]);
  // A per-head cost with no period may lack its days: reported beside other outputs too (the seeds' 45人 × 450元).
  const training = [["产出指标", "数量指标", "培训人数", "", "≥45人"], ["", "", "编印培训教材", "", "≥50册"], ["", "成本指标", "人均培训成本", "", "≤450元/人·天"]];
  expect(runRule(COST_RECONCILE, training, { columns: "noBasis", budget: "40" }).map((f) => f.code)).toEqual(["COST_RECONCILE"]);
});

test("COST_RECONCILE: a standard with no basis is not paired with the only headcount unless its name says per head (996 大坝安全鉴定单价 × 管护人员)", () => {
  const rows = [
    ["产出指标", "数量指标", "落实专职巡查管护人员", "", "≥42人"],
    ["", "成本指标", "大坝安全鉴定单价", "", "≤3.6万元"],
  ];
  expect(runRule(COST_RECONCILE, rows, { columns: "noBasis", budget: "20" })).toEqual([]);
  // 人均 says it: 42 × 3.6万 = 151.2万 against 20万 is reported.
  const perHead = [rows[0], ["", "成本指标", "人均安全培训成本", "", "≤3.6万元"]];
  expect(runRule(COST_RECONCILE, perHead, { columns: "noBasis", budget: "20" }).map((f) => f.code)).toEqual(["COST_RECONCILE"]);
});

test("COST_RECONCILE: a subsidy per head is paid once (一次性创业补贴 1万元/人): short of the budget beside other outputs is no missing day", () => {
  const rows = [
    ["产出指标", "数量指标", "发放一次性创业补贴人数", "", "≥150人"],
    ["", "", "技能人才奖励人数", "", "≥80人"],
    ["", "成本指标", "一次性创业补贴标准", "", "=1万元/人"],
  ];
  expect(runRule(COST_RECONCILE, rows, { columns: "noBasis", budget: "452" })).toEqual([]);
  // A training's cost per head may lack its days: reported beside other outputs.
  const training = [rows[0], rows[1], ["", "成本指标", "人均培训成本", "", "≤1000元/人"]];
  expect(runRule(COST_RECONCILE, training.map((r, i) => (i === 0 ? ["产出指标", "数量指标", "培训人数", "", "≥150人"] : r)), { columns: "noBasis", budget: "452" }).map((f) => f.code)).toEqual(["COST_RECONCILE"]);
});
