/**
 * HIERARCHY_INVALID, CATEGORY_MISMATCH, DUPLICATE_INDICATOR, L3_EQUALS_DESC.
 * Failing cases quote real seed rows (../shared/seeds); rows start on sheet row 10 (A10…F10).
 */
import { runRule } from "../../helpers/rowsTable";
import { rule as HIERARCHY_INVALID } from "../../../src/engine/rules/row/HIERARCHY_INVALID";
import { rule as CATEGORY_MISMATCH } from "../../../src/engine/rules/row/CATEGORY_MISMATCH";
import { rule as DUPLICATE_INDICATOR } from "../../../src/engine/rules/row/DUPLICATE_INDICATOR";
import { rule as L3_EQUALS_DESC } from "../../../src/engine/rules/row/L3_EQUALS_DESC";

describe("HIERARCHY_INVALID", () => {
  it("flags 数量指标 in the 一级 column (seed 003 成都) on every row of the merged block", () => {
    // seed 003: "数量指标		任务1：平台开发数量	≥3个" then continuation rows "	任务2：换届参会人次	≥500人次"
    const f = runRule(
      HIERARCHY_INVALID,
      `数量指标 |  | 任务1：平台开发数量 | ≥3个
       |  | 任务2：换届参会人次 | ≥500人次
      产出指标 | 质量指标 | 任务1: 系统故障率 | $\\leq 0.01\\%$`,
      { columns: "noDescription" },
    );
    expect(f.map((x) => [x.row, x.cell])).toEqual([
      [0, "A10"],
      [1, "A11"],
    ]);
    expect(f[0]).toMatchObject({ code: "HIERARCHY_INVALID", severity: "error", suggestion: "产出指标" });
    expect(f[0].message).toContain("数量指标");
    expect(f[0].message).toContain("产出指标");
  });

  it("flags a 二级 under the wrong 一级 at the 二级 cell", () => {
    // seed 000 row "效益指标 | 社会效益指标 | 能力提升率 | … | ≥20%" with its 二级 moved under 产出
    const f = runRule(HIERARCHY_INVALID, `产出指标 | 社会效益指标 | 能力提升率 | 能力提升率 | ≥20% | 根据年初工作安排`);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: "B10", severity: "error", row: 0 });
    expect(f[0].message).toContain("效益指标");
  });

  it("suggests the only 二级 of 满意度指标 when 二级 is blank", () => {
    const f = runRule(HIERARCHY_INVALID, [["满意度指标", "", "参训人员满意度", "参训人员满意度", ">90%", "根据年初工作安排"]]);
    expect(f[0]).toMatchObject({ cell: "B10", suggestion: "服务对象满意度指标" });
  });

  it("passes the classic seed structure, spelling variants and 成本指标 under 产出", () => {
    const f = runRule(
      HIERARCHY_INVALID,
      `产出指标 | 数量指标 | 培训人数 | 培训人数 | ≥45人 | 根据年初工作安排
       | 成本指标 | 人均培训成本 | 参训人员人均费用支出 | ≤450元 | 唐山市市级机关培训管理办法
      效益指标 | 社会效益 | 能力提升率 | 能力提升率 | ≥20% | x
       | 社会效益指 标 | 社会影响力 | x | 得到广大民 营企业家的 充分认可 | 历史经验标准
      满意度指标 | 服务对象满 意度指标 | 满意度 | x | ≥95% | x`,
    );
    expect(f).toEqual([]);
  });

  it("accepts 成本指标 as 一级 (central-2021) and never flags one framework's structure under the other", () => {
    const rows = `产出指标 | 数量指标 | 培训人数 | 培训人数 | ≥45人 | x
    成本指标 | 经济成本指标 | 人均培训成本 | x | ≤450元/人·天 | x
    产出指标 | 成本指标 | 培训总成本 | x | ≤30万元 | x`;
    expect(runRule(HIERARCHY_INVALID, rows, { framework: "central-2021" })).toEqual([]);
    expect(runRule(HIERARCHY_INVALID, rows, { framework: "classic" })).toEqual([]);
    expect(runRule(HIERARCHY_INVALID, rows)).toEqual([]);
  });

  it("skips blank rows", () => {
    expect(runRule(HIERARCHY_INVALID, [["", "", "", "", "", ""], ["", "", "", "", "", ""]])).toEqual([]);
  });
});

describe("CATEGORY_MISMATCH", () => {
  it("flags a count under 质量 (seed 001 正定 #3 提交调研报告数量 ≥2次)", () => {
    const f = runRule(CATEGORY_MISMATCH, `产出指标 | 质量指标 | 提交调研报告数量 | 提交调研报告数量 | ≥2次 | 历史经验标准`);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: "CATEGORY_MISMATCH", severity: "warning", cell: "C10", row: 0 });
    expect(f[0].suggestion).toBeUndefined();
    expect(f[0].message).toContain("「提交调研报告数量」");
    expect(f[0].message).toContain("数量指标");
  });

  it("flags a rate under 数量 (seed 000 #3 印刷执行率（%） 100%)", () => {
    const f = runRule(CATEGORY_MISMATCH, `产出指标 | 数量指标 | 印刷执行率（%） | 印刷执行率（%） | 100% | 根据年初工作安排`);
    expect(f[0]).toMatchObject({ cell: "C10", severity: "warning" });
    expect(f[0].message).toContain("比率");
  });

  it("flags output counts under 效益 (seed 002 媒体宣传报道次数 1次, seed 003 服务直属商会组织数 ≥100个) but not 反向 event counts", () => {
    const f = runRule(
      CATEGORY_MISMATCH,
      `效益指标 | 社会效益指标 | 媒体宣传报道次数 | 活动媒体宣传报道次数（目标1） | 1次
       | 社会效益指标 | 任务3: 服务直属商会组织数 | x | ≥100个
       | 社会效益指标 | 因物业服务问题导致不能正常办公次数 | 反映因物业服务问题导致不能正常办公次数 | ≥0次`,
      { columns: "noBasis" },
    );
    expect(f.map((x) => x.cell)).toEqual(["C10", "C11"]);
  });

  it("flags non-ecological text under 生态效益 (seed 004 #9 困难家庭的补助工作按计划完成)", () => {
    const f = runRule(CATEGORY_MISMATCH, `效益指标 | 生态效益指标 | 困难家庭的补助工作按计划完成 | 困难家庭的补助工作按计划完成 | 1按计划完成工作 | 按计划完成工作`);
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain("生态");
  });

  it("flags money under 效益 (seed 004 #9 降低成本 ≤155.69按计划完成工作)", () => {
    const f = runRule(CATEGORY_MISMATCH, `效益指标 | 经济效益指标 | 降低成本 | 保障完成工作同时节约资金 | ≤155.69按计划完成工作 | 按计划完成工作`);
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain("成本指标");
  });

  it("reports budget-execution rates under 质量 as info (seed 004 #2 资金使用合规率 100%)", () => {
    const f = runRule(CATEGORY_MISMATCH, `产出指标 | 质量指标 | 资金使用合规率 | 资金使用合规率 | 100% | 按年初工作安排`);
    expect(f[0]).toMatchObject({ severity: "info", cell: "C10" });
  });

  it("passes well-placed rows", () => {
    const f = runRule(
      CATEGORY_MISMATCH,
      `产出指标 | 数量指标 | 培训人数 | 培训人数 | ≥45人 | x
       | 质量指标 | 培训出勤率（%） | x | >90% | x
       | 时效指标 | 补助资金发放及时率 | x | ≥90% | x
      效益指标 | 生态效益指标 | 办公用纸节约率 | x | ≥5% | x
       | 社会效益指标 | 能力提升率 | x | ≥20% | x
       | 社会效益指标 | 带动就业人数 | x | ≥100人 | x`,
    );
    expect(f).toEqual([]);
  });
});

describe("DUPLICATE_INDICATOR", () => {
  it("flags the second occurrence of a 三级指标 (seed 000 tables 2 and 6 share 开展调研次数 ≥1次), pointing at the first", () => {
    const f = runRule(
      DUPLICATE_INDICATOR,
      `产出指标 | 数量指标 | 开展调研次数 | 开展调研次数 | ≥1次 | 根据年初工作安排
       | 质量指标 | 调研报告转化为政协提案的转化率 | x | ≥10% | x
       | 数量指标 | 开展调研 次数 | 开展调研次数 | ≥1次 | 根据年初工作安排`,
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: "DUPLICATE_INDICATOR", severity: "warning", row: 2, cell: "C12" });
    expect(f[0].suggestion).toBeUndefined();
    expect(f[0].message).toContain("C10");
  });

  it("ignores 任务N prefixes when comparing, and passes distinct names", () => {
    const dup = runRule(DUPLICATE_INDICATOR, `数量指标 |  | 任务4：培训人次 | ≥180人\n |  | 任务5: 培训人次 | ≥10人次`, { columns: "noDescription" });
    expect(dup).toHaveLength(1);
    const ok = runRule(DUPLICATE_INDICATOR, `产出指标 | 数量指标 | 培训人数 | x | ≥45人 | x\n | 数量指标 | 培训天数 | x | ≥2天 | x`);
    expect(ok).toEqual([]);
  });
});

describe("L3_EQUALS_DESC", () => {
  it("flags a description that copies the name (seed 000 #1 培训人数 | 培训人数)", () => {
    const f = runRule(L3_EQUALS_DESC, `产出指标 | 数量指标 | 培训人数 | 培训人数 | ≥45人 | 根据年初工作安排`);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: "L3_EQUALS_DESC", severity: "info", row: 0, cell: "D10" });
    expect(f[0].suggestion).toBeUndefined();
    expect(f[0].message).toContain("「培训人数」");
  });

  it("gives a formula example for rates (seed 000 #1 培训出勤率（%）)", () => {
    const f = runRule(L3_EQUALS_DESC, ` | 质量指标 | 培训出勤率（%） | 培训出勤率（%） | >90% | 根据年初工作安排`);
    expect(f[0].message).toContain("×100%");
  });

  it("passes a real description (seed 000 #10 验收合格率=验收合格的设备数量/当年购置设备数量*100%) and tables without the column", () => {
    expect(runRule(L3_EQUALS_DESC, `产出指标 | 质量指标 | 验收合格率 | 验收合格率=验收合格的设备数量/当年购置设备数量*100% | 100% | 根据年初工作安排`)).toEqual([]);
    expect(runRule(L3_EQUALS_DESC, `数量指标 |  | 任务1：平台开发数量 | ≥3个`, { columns: "noDescription" })).toEqual([]);
  });
});

describe("DUPLICATE_INDICATOR on large tables", () => {
  it("finds the same duplicates with the map path as with the pairwise path", () => {
    const rows = Array.from({ length: 60 }, (_, i) => ["产出指标", "数量指标", i % 25 === 0 ? "开展调研次数" : `指标${i}`, "x", "≥1次", "x"]);
    const f = runRule(DUPLICATE_INDICATOR, rows);
    expect(f.map((x) => [x.row, x.cell])).toEqual([
      [25, "C35"],
      [50, "C60"],
    ]);
    expect(f[0].message).toContain("C10");
  });
});
