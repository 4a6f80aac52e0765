/**
 * UNIT_MISMATCH, MONEY_UNIT_INCOMPLETE, UNIT_COST_BASIS_MISSING, DEADLINE_NO_YEAR, DEADLINE_OUTSIDE_YEAR,
 * DEADLINE_NOT_DATE. Failing cases quote real seed rows; the 指标值 cell is E10 (D10 in the 成都 layout).
 */
import { rowsOf, rowsTable, runRule, runRules } from "../../helpers/rowsTable";
import { buildContext, checkTable } from "../../../src/engine/check";
import { rule as UNIT_MISMATCH } from "../../../src/engine/rules/row/UNIT_MISMATCH";
import { rule as MONEY_UNIT_INCOMPLETE } from "../../../src/engine/rules/row/MONEY_UNIT_INCOMPLETE";
import { rule as UNIT_COST_BASIS_MISSING } from "../../../src/engine/rules/row/UNIT_COST_BASIS_MISSING";
import { rule as DEADLINE_NO_YEAR } from "../../../src/engine/rules/row/DEADLINE_NO_YEAR";
import { rule as DEADLINE_OUTSIDE_YEAR } from "../../../src/engine/rules/row/DEADLINE_OUTSIDE_YEAR";
import { rule as DEADLINE_NOT_DATE } from "../../../src/engine/rules/row/DEADLINE_NOT_DATE";
import { ROW_RULES } from "../../../src/engine/rules";

describe("UNIT_MISMATCH", () => {
  it("flags 人 for a 人次 name (seed 002 #4 全年累计培训（参会）人次 ≥600人) → ≥600人次", () => {
    const f = runRule(UNIT_MISMATCH, `产出指标 | 数量指标 | 全年累计培训（参会）人次 | 反映全年累计培训（参会）人次 | ≥600人`, { columns: "noBasis" });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: "UNIT_MISMATCH", severity: "warning", row: 0, cell: "E10", suggestion: "≥600人次" });
    expect(f[0].message).toContain("「全年累计培训（参会）人次」");
  });

  it("flags clicks counted in people (seed 003 系统主页点击量 ≥ 300 万人, 宣传报道浏览量 ≥300万人次)", () => {
    const f = runRule(UNIT_MISMATCH, `产出指标 | 成本指标 | 任务1: 系统主页点击量 | ≥ 300 万人\n效益指标 | 社会效益指标 | 任务5: 宣传报道浏览量 | ≥300万人次`, { columns: "noDescription" });
    expect(f.map((x) => [x.cell, x.suggestion])).toEqual([
      ["D10", "≥300万次"],
      ["D11", "≥300万次"],
    ]);
  });

  it("reports 报告 in 个/次 and 培训班次 in 个 as info (seed 002 #3 撰写研究报告 1个; seed 002 #4 开展培训班次数量 ≥3个)", () => {
    const f = runRule(UNIT_MISMATCH, ` | 数量指标 | 撰写研究报告 | 反映撰写研究报告（目标1） | 1个\n | 数量指标 | 开展培训班次数量 | 反映开展培训班次数量 | ≥3个`, { columns: "noBasis" });
    expect(f.map((x) => [x.cell, x.severity, x.suggestion])).toEqual([
      ["E10", "info", "≥1篇"],
      ["E11", "info", "≥3期"],
    ]);
  });

  it("passes fitting units (seed 003 任务2：换届参会人次 ≥500人次, 任务6：形成调研课题报告 ≥8篇)", () => {
    expect(runRule(UNIT_MISMATCH, `数量指标 |  | 任务2：换届参会人次 | ≥500人次\n |  | 任务6：形成调研课题报告 | ≥8篇`, { columns: "noDescription" })).toEqual([]);
  });
});

describe("MONEY_UNIT_INCOMPLETE", () => {
  it("flags 万 without 元 (seed 003 任务5: 宣传费用控制成本 ≤ 160 万) → ≤160万元", () => {
    const f = runRule(MONEY_UNIT_INCOMPLETE, `产出指标 | 成本指标 | 任务5: 宣传费用控制成本 | ≤ 160 万`, { columns: "noDescription" });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: "MONEY_UNIT_INCOMPLETE", severity: "warning", cell: "D10", suggestion: "≤160万元" });
  });

  it("flags 万/年 without 元 (the corpus's 万/年 form) → ≥3万元/年", () => {
    const f = runRule(MONEY_UNIT_INCOMPLETE, `产出指标 | 成本指标 | 村干部补贴标准 | ≥3万/年`, { columns: "noDescription" });
    expect(f.map((x) => x.suggestion)).toEqual(["≥3万元/年"]);
  });

  it("hints 元 amounts in a 万元 table as info (seed 000 #5 完成工作需要的资金 ≤109000元)", () => {
    const f = runRule(MONEY_UNIT_INCOMPLETE, ` | 成本指标 | 完成工作需要的资金 | 完成工作需要的资金 | ≤109000元 | 根据年初工作安排`);
    expect(f[0]).toMatchObject({ severity: "info", suggestion: "≤10.9万元" });
  });

  it("passes complete units, per-capita 元 and counts in 万 (seed 003 ≤ 170 万元; seed 000 ≤450元; 点击量 ≥ 300 万人)", () => {
    const f = runRule(
      MONEY_UNIT_INCOMPLETE,
      `产出指标 | 成本指标 | 任务1: 维护成本控制 | ≤ 170 万元\n |  | 人均培训成本 | ≤450元\n |  | 任务1: 系统主页点击量 | ≥ 300 万人`,
      { columns: "noDescription" },
    );
    expect(f).toEqual([]);
  });
});

describe("UNIT_COST_BASIS_MISSING", () => {
  it("flags ≤450元 on 人均培训成本 (seed 000 #1) → ≤450元/人·天", () => {
    const f = runRule(UNIT_COST_BASIS_MISSING, ` | 成本指标 | 人均培训成本 | 参训人员人均费用支出 | ≤450元 | 唐山市市级机关培训管理办法`);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: "UNIT_COST_BASIS_MISSING", severity: "warning", cell: "E10", suggestion: "≤450元/人·天" });
    expect(f[0].message).toContain("「人均培训成本」");
  });

  it("uses /人 outside training and meetings (seed 000 #2 人均调研成本 ≤1万元)", () => {
    const f = runRule(UNIT_COST_BASIS_MISSING, ` | 成本指标 | 人均调研成本 | 人均调研成本 | ≤1万元 | 根据年初工作安排`);
    expect(f[0].suggestion).toBe("≤1万元/人");
  });

  it("passes costs with a basis (seed 002 #4 人均培训成本 ≤500元/人天) and total costs", () => {
    const f = runRule(UNIT_COST_BASIS_MISSING, ` | 成本指标 | 人均培训成本 | 人均培训成本 | ≤500元/人天 | x\n | 成本指标 | 培训项目总成本 | 反映培训项目总成本 | ≤30万元 | x`);
    expect(f).toEqual([]);
  });
});

describe("DEADLINE_NO_YEAR", () => {
  it("adds the budget year (seed 004 #2 资金支付完成时限 12月31日前) → 2025年12月31日前", () => {
    const f = runRule(DEADLINE_NO_YEAR, ` | 时效指标 | 资金支付完成时限 | 资金支付最晚时间 | 12月31日前 | 按年初工作安排`, { year: 2025 });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: "DEADLINE_NO_YEAR", severity: "warning", cell: "E10", suggestion: "2025年12月31日前" });
  });

  it("handles 12月31日 (adds 前), 12月底之前 and ≤ 12 月 (seeds 004 #1, 002 #5, 003)", () => {
    const f = runRule(
      DEADLINE_NO_YEAR,
      ` | 时效指标 | 发放时限 | x | 12月31日 | x\n | 时效指标 | 报告完成时间 | x | 12月底之前 | x\n | 时效指标 | 任务5: 完成日期 | x | ≤ 12 月 | x`,
      { year: 2024 },
    );
    expect(f.map((x) => x.suggestion)).toEqual(["2024年12月31日前", "2024年12月底前", "2024年12月31日前"]);
    // 12月31日 has no 前 either: one finding (this one), not also VALUE_NO_OPERATOR
    const all = runRules(ROW_RULES, ` | 时效指标 | 发放时限 | x | 12月31日 | x`, { year: 2024 });
    expect(all.filter((x) => x.cell === "E10").map((x) => x.code)).toEqual(["DEADLINE_NO_YEAR"]);
  });

  it("gives no suggestion when the year is unknown, and passes dated deadlines", () => {
    const f = runRule(DEADLINE_NO_YEAR, ` | 时效指标 | 资金拨付完成时限 | x | 12月31日前 | x`, { year: null });
    expect(f[0].suggestion).toBeUndefined();
    expect(runRule(DEADLINE_NO_YEAR, ` | 时效指标 | 支付企业时限 | x | 2025年12月31日前 | x`, { year: 2025 })).toEqual([]);
  });
});

describe("DEADLINE_OUTSIDE_YEAR", () => {
  it("flags a deadline in another year (seed 002 #1 补助发放完成时间 2024年12月底前, checked as a 2025 budget)", () => {
    const f = runRule(DEADLINE_OUTSIDE_YEAR, ` | 时效指标 | 补助发放完成时间 | 反映补助资金发放时间情况 | 2024年12月底前`, { columns: "noBasis", year: 2025 });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: "DEADLINE_OUTSIDE_YEAR", severity: "error", cell: "E10", suggestion: "2025年12月底前" });
    expect(f[0].message).toContain("2025");
  });

  it("passes deadlines in the budget year and skips when the year is unknown", () => {
    const rows = ` | 时效指标 | 补助发放完成时间 | x | 2024年12月底前`;
    expect(runRule(DEADLINE_OUTSIDE_YEAR, rows, { columns: "noBasis", year: 2024 })).toEqual([]);
    // year unknown: the runner would infer 2024 from the deadline itself, so build the context by hand
    const ctx = { ...buildContext(rowsTable(rowsOf(rows), { columns: "noBasis" })), year: null };
    expect(DEADLINE_OUTSIDE_YEAR.check(ctx)).toEqual([]);
    expect(DEADLINE_OUTSIDE_YEAR.check({ ...ctx, year: 2026 })).toHaveLength(1);
  });
});

describe("DEADLINE_NOT_DATE", () => {
  it("flags a 时效 percentage that is not a timeliness rate (seed 001 #1 服务完成度 ≥95%)", () => {
    const f = runRule(DEADLINE_NOT_DATE, ` | 时效指标 | 服务完成度 | 服务完成度 | ≥95% | 历史经验标准`, { year: 2023 });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: "DEADLINE_NOT_DATE", severity: "warning", cell: "E10" });
    expect(f[0].suggestion).toBeUndefined();
    expect(f[0].message).toContain("2023年12月31日前");
  });

  it("flags text under 时效, and only this code on the cell (seed 001 #3 按期完成率 | 定期及时开展活动数量)", () => {
    const f = runRules(ROW_RULES, ` | 时效指标 | 按期完成率 | 定期及时开展活动情况 | 定期及时开展活动数量 | 历史经验标准`);
    expect(f.filter((x) => x.cell === "E10").map((x) => x.code)).toEqual(["DEADLINE_NOT_DATE"]);
  });

  it("passes dates, durations and timeliness rates (seeds 002, 003)", () => {
    const f = runRule(
      DEADLINE_NOT_DATE,
      ` | 时效指标 | 补助资金发放及时率 | x | ≥90% | x
       | 时效指标 | 培训按时开展率 | x | ≥90% | x
       | 时效指标 | 任务4: 培训计划按期完成率 | x | $\\geq 95\\%$ | x
       | 时效指标 | 资金保障时限 | x | ≤1年 | x
       | 时效指标 | 任务1: 系统故障修复处理时间 | x | ≤ 24 小时 | x
       | 时效指标 | 撰写研究报告时间 | x | 2024年9月底前 | x`,
    );
    expect(f).toEqual([]);
  });
});

describe("UNIT_MISMATCH: the unit lexicon (corpus rows)", () => {
  const run = (rows: string) => runRule(UNIT_MISMATCH, rows, { columns: "noBasis" });

  it("flags a unit that contradicts the number in the name (017 村组干部230人 ≥230个) → ≥230人", () => {
    const f = run(`产出指标 | 数量指标 | 村组干部230人 |  | ≥230个`);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", cell: "E10", suggestion: "≥230人" });
    expect(f[0].message).toContain("“230人”");
  });

  it("flags a 户数 written 人/次 (026 年度申请就学补助户数 >=101人/次) → ≥101户", () => {
    expect(run(`产出指标 | 数量指标 | 年度申请就学补助户数 |  | >=101人/次`).map((x) => x.suggestion)).toEqual(["≥101户"]);
  });

  it("flags a 人数 in 个 and people counted in 件 → 人", () => {
    expect(run(`产出指标 | 数量指标 | 参训人数 |  | ≥50个\n | 数量指标 | 慰问困难群众 |  | ≥20件`).map((x) => x.suggestion)).toEqual(["≥50人", "≥20人"]);
  });

  it("flags a timeliness name with a count (017 按时发放 ≥1人/年) → =100%", () => {
    const f = run(`产出指标 | 质量指标 | 按时发放 |  | ≥1人/年`);
    expect(f).toHaveLength(1);
    expect(f[0].suggestion).toBe("=100%");
    expect(f[0].message).toContain("按时发放率");
  });

  it("flags a 金额 with % or 个 (019 业务工作支出安排金额 28.8万元 with 计量单位 %; a fee counted in 个)", () => {
    const f = run(`产出指标 | 数量指标 | 业务工作支出安排金额 |  | 28.8万元%\n | 数量指标 | 宣传资料印刷费 |  | ≥3个`);
    expect(f.map((x) => [x.cell, x.suggestion])).toEqual([
      ["E10", "28.8万元"],
      ["E11", undefined],
    ]);
    expect(f[0].message).toContain("两个单位");
  });

  it("flags a 定性 answer with % (019 保证单位正常运转 应保尽保 with 计量单位 %) → 应保尽保", () => {
    expect(run(`效益指标 | 社会效益指标 | 保证单位正常运转 |  | 应保尽保%`).map((x) => x.suggestion)).toEqual(["应保尽保"]);
  });

  it("flags counts of sessions, days and enterprises in people, and areas and lengths in counts", () => {
    const f = run(
      [`产出指标 | 数量指标 | 开展培训次数 |  | ≥50人`, ` | 数量指标 | 培训天数 |  | ≥45人`, ` | 数量指标 | 扶持企业数量 |  | ≥5人`, ` | 数量指标 | 改造面积 |  | ≥3个`, ` | 数量指标 | 新建道路长度 |  | ≥2个`, ` | 数量指标 | 受益农户 |  | ≥50人`].join("\n"),
    );
    expect(f.map((x) => x.suggestion)).toEqual(["≥50次", "≥45天", "≥5家", undefined, undefined, "≥50户"]);
    expect(f[3].message).toContain("平方米");
  });

  it("says a percentage or an amount under a count name is wrong without inventing a count (培训人数 ≥95%, 慰问户数 ≥2万元); 人次 in 次 → 人次", () => {
    const f = run(`产出指标 | 数量指标 | 培训人数 |  | ≥95%\n | 数量指标 | 慰问户数 |  | ≥2万元\n | 数量指标 | 培训人次 |  | ≥500次`);
    expect(f.map((x) => [x.cell, x.suggestion])).toEqual([
      ["E10", undefined],
      ["E11", undefined],
      ["E12", "≥500人次"],
    ]);
    expect(f[0].message).toContain("百分比");
  });

  it("hints Latin symbols as info with the Chinese unit (020 雾炮车风炮射程 ≥80M → ≥80米; ≥5kg → ≥5千克)", () => {
    const f = run(`产出指标 | 数量指标 | 雾炮车风炮射程 |  | ≥80M\n | 数量指标 | 发放化肥重量 |  | ≥5kg`);
    expect(f.map((x) => [x.severity, x.suggestion])).toEqual([
      ["info", "≥80米"],
      ["info", "≥5千克"],
    ]);
  });

  it("reads a separate 度量单位 cell when the reader gives the value parts (019: 28.8万元 with 计量单位 %, 应保尽保 with %)", () => {
    const t = rowsTable(rowsOf(`产出指标 | 数量指标 | 业务工作支出安排金额 |  | 28.8万元\n效益指标 | 社会效益指标 | 保证单位正常运转 |  | 应保尽保\n产出指标 | 数量指标 | 培训人数 |  | 45人`), { columns: "noBasis" });
    const unitCell = (text: string, row: number) => ({ text, raw: text, cell: `F${row + 1}`, row, col: 5 });
    t.indicators.forEach((ind, i) => Object.assign(ind, { parts: { value: ind.value, unit: unitCell(i === 2 ? "人" : "%", ind.value.row) } }));
    const f = checkTable(t, { rules: [UNIT_MISMATCH] });
    expect(f.map((x) => [x.cell, x.suggestion])).toEqual([
      ["F10", "万元"],
      ["F11", undefined],
    ]);
    expect(f[1].message).toContain("删去");
  });

  it("hints 平方 for 平方米 as info", () => {
    const f = run(`产出指标 | 数量指标 | 改造面积 |  | ≥200平方`);
    expect(f.map((x) => [x.severity, x.suggestion])).toEqual([["info", "≥200平方米"]]);
  });

  it("passes fitting units (027 学生受资助人数 ≧735人次; 025 外训批次 6次; 企业户数 ≥50家; 培训干部 ≥3次; 023 受益人口数量 90人)", () => {
    const f = run(
      [
        `产出指标 | 数量指标 | 学生受资助人数 |  | ≧735人次`,
        ` | 数量指标 | 情景教学或外训批次 |  | 6次`,
        ` | 数量指标 | 扶持企业户数 |  | ≥50家`,
        ` | 数量指标 | 培训村组干部 |  | ≥3次`,
        `效益指标 | 社会效益指标 | 受益人口数量 |  | 90人`,
        `产出指标 | 时效指标 | 按时发放率 |  | =100%`,
        ` | 成本指标 | 项目总成本 |  | ≤1000万元`,
        `效益指标 | 经济效益指标 | 全年实现会展业综合收入 |  | ≥280亿元`,
      ].join("\n"),
    );
    expect(f).toEqual([]);
  });
});
