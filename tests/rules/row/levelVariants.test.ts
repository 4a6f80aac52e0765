/**
 * HIERARCHY_INVALID on the 一级/二级 names of other frameworks and older years (lexicon/levelNames.ts) and on
 * formatting variants. Rows are dev corpus rows (tests/fixtures/corpus); they start on sheet row 10 (A10…).
 */
import { runRule } from "../../helpers/rowsTable";
import { rule as HIERARCHY_INVALID } from "../../../src/engine/rules/row/HIERARCHY_INVALID";
import fc from "fast-check";
import { categoryOf, levelFormKey, normalizeLabel } from "../../../src/engine/framework";
import { fuzzRuns } from "../../helpers/fuzz";

describe("HIERARCHY_INVALID: recognisable nonstandard names are read as the standard level", () => {
  it("018 东莞 (2019 批复表): another form's printed names are info, once per run of the same name", () => {
    const f = runRule(
      HIERARCHY_INVALID,
      [
        ["预期产出指标", "数量指标(或建筑规模指标)", "镇街补助款完成结算项目数", "", "3"],
        ["预期产出指标", "预算(或投资规模)控制指标", "年度预算执行率", "", "≥90%"],
        ["效果指标", "社会、经济、生态效益指标", "补助款结算争议率", "", "0%"],
      ],
      { columns: "noBasis" },
    );
    expect(f.map((x) => [x.cell, x.severity, x.suggestion])).toEqual([
      ["A10", "info", "产出指标"],
      ["B11", "info", "成本指标"],
      ["A12", "info", "效益指标"],
      ["B12", "info", undefined],
    ]);
    expect(f[0].message).toContain("预期产出指标");
    expect(f[3].message).toContain("社会效益指标");
  });

  it("041/042 昭化 (四川 form) and 049 温泉: 项目完成指标 / 项目效益指标 / 项目完成 are info, never an error", () => {
    const f = runRule(
      HIERARCHY_INVALID,
      [
        ["项目完成指标", "数量指标", "每年春节慰问麻风村休养员、村外康复者和现症病人", "", "32人"],
        ["项目完成指标", "时效指标", "项目实施时间", "", "2021年1月-12月"],
        ["项目效益指标", "可持续影响指标", "项目实施情况", "", "良好"],
        ["项目完成", "数量指标", "基本医疗保险参保人数", "", "43230人"],
      ],
      { columns: "noBasis" },
    );
    expect(f.map((x) => [x.cell, x.severity, x.suggestion])).toEqual([
      ["A10", "info", "产出指标"],
      ["A12", "info", "效益指标"],
      ["A13", "info", "产出指标"],
    ]);
  });

  it("014 临邑: 产出值 / 数量值 / 效益值 / 经济效益值 are warnings (they name a value, not a category)", () => {
    const f = runRule(HIERARCHY_INVALID, [
      ["产出值", "数量值", "小学就读人数", "", "<=6962人"],
      ["产出值", "质量值", "教学条件改善、办学水平提高", "", "=100%"],
      ["效益值", "经济效益值", "经费有效使用情况", "", "=100%"],
    ]);
    expect(f.map((x) => [x.cell, x.severity, x.suggestion])).toEqual([
      ["A10", "warning", "产出指标"],
      ["B10", "warning", "数量指标"],
      ["B11", "warning", "质量指标"],
      ["A12", "warning", "效益指标"],
      ["B12", "warning", "经济效益指标"],
    ]);
    expect(f[0].message).toContain("产出值");
  });

  it("010 同心: 社会效益目标 is a warning with 社会效益指标 (was an error)", () => {
    const f = runRule(HIERARCHY_INVALID, [["效益指标", "社会效益目标", "受益脱贫户、监测户人口数", "", "≥10户"]]);
    expect(f).toEqual([expect.objectContaining({ cell: "B10", severity: "warning", suggestion: "社会效益指标" })]);
  });

  it("005 宝坻 (发展改革委 form): 实施效果指标 over 产出指标 / 效益指标 passes silently", () => {
    const rows = [
      ["实施效果指标", "产出指标", "竣工验收合格率", "", "100%"],
      ["实施效果指标", "效益指标", "完工项目县畜禽粪污综合利用率", "", "≥90%"],
    ];
    expect(runRule(HIERARCHY_INVALID, rows)).toEqual([]);
    expect(categoryOf("实施效果指标", "效益指标")).toBe("效益");
    // The form's 过程管理指标 block, whatever its 二级.
    expect(runRule(HIERARCHY_INVALID, [["过程管理指标", "资金管理指标", "资金到位率", "", "=100%"]])).toEqual([]);
  });

  it("上海 (产出 / 效果 / 影响力): 影响力指标 blocks and 效果指标 over the satisfaction 二级 pass; 经济成本指标 under 产出 is info", () => {
    const rows = [
      ["效果指标", "社会公众或服务对象满意度指标", "市民满意度", "", "≥90%"],
      ["影响力指标", "长效管理", "制度健全性", "", "健全"],
      ["影响力指标", "人力资源", "专业人员到岗率", "", "=100%"],
    ];
    expect(runRule(HIERARCHY_INVALID, rows).filter((f) => f.cell !== "A10")).toEqual([]);
    const f = runRule(HIERARCHY_INVALID, [["产出指标", "经济成本指标", "设备购置成本", "", "≤20万元"]]);
    expect(f).toEqual([expect.objectContaining({ cell: "B10", severity: "info", suggestion: "成本指标" })]);
    // Under the 一级 成本指标 the same names are the standard ones.
    expect(runRule(HIERARCHY_INVALID, [["成本指标", "经济成本指标", "设备购置成本", "", "≤20万元"]])).toEqual([]);
    expect(categoryOf("成本指标", "社会成本指标")).toBe("成本");
  });

  it("020/021 湘潭: a satisfaction label spanning the 一级 and 二级 columns is one info", () => {
    const f = runRule(HIERARCHY_INVALID, [
      ["社会公众或服务对象满意度指标", "社会公众或服务对象满意度指标", "市民满意度", "", "≥90%"],
      ["服务对象满意度指标", "服务对象满意度指标", "满意度", "", "90%"],
    ]);
    expect(f.map((x) => [x.cell, x.severity, x.suggestion])).toEqual([
      ["A10", "info", "满意度指标"],
      ["A11", "info", "满意度指标"],
    ]);
  });

  it("022 金安: 满意度指标 as its own 二级 → info, suggestion 服务对象满意度指标", () => {
    const f = runRule(HIERARCHY_INVALID, [["满意度指标", "满意度指标", "群众满意度", "", "≥95%"]]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: "B10", severity: "info", suggestion: "服务对象满意度指标" });
  });

  it("wording of the served group or of sustainability is accepted (009 临海)", () => {
    const rows = [
      ["效益指标", "可持续性发展影响指标", "绿化系统", "", "形成"],
      ["满意度指标", "服务对象或受益者满意度指标", "市民满意度", "", "≥95%"],
      ["满意度指标", "群众满意度指标", "群众满意度", "", "≥95%"],
    ];
    expect(runRule(HIERARCHY_INVALID, rows)).toEqual([]);
  });

  it("一级 and 二级 written in one 二级 cell (产出指标—数量指标) is info with the 二级 name", () => {
    const f = runRule(HIERARCHY_INVALID, [["产出指标", "产出指标—数量指标", "培训人数", "", "≥45人"]]);
    expect(f).toEqual([expect.objectContaining({ cell: "B10", severity: "info", suggestion: "数量指标" })]);
    expect(categoryOf("产出指标", "产出指标—数量指标")).toBe("数量");
  });

  it("formatting variants pass silently: 027 服务对象满意度指标等, 030 成本指标(0-20)分, numbering, marks, width", () => {
    const rows = [
      ["满意度指标", "服务对象满意度指标等", "学生满意度", "", "≥95%"],
      ["成本指标(0-20)分", "经济成本指标", "项目建设成本", "", "≤65万元"],
      ["1.产出指标", "（一）数量指标", "开展运动种类", "", "1种"],
      ["产出指标*", "① 质量指标", "经费支出合规率", "", "100%"],
      ["效益指标", "社会效益指标（选填）", "政策知晓率", "", "=100%"],
      ["效益指标", "可持续影响指标（核心指标）", "长效机制", "", "建立"],
    ];
    expect(runRule(HIERARCHY_INVALID, rows)).toEqual([]);
  });

  it("a name the lexicon does not know stays an error", () => {
    const f = runRule(HIERARCHY_INVALID, [["工作指标", "数量指标", "开展运动种类", "", "1种"]]);
    expect(f[0]).toMatchObject({ severity: "error", cell: "A10" });
  });
});

describe("level names as the category rules read them", () => {
  it("variants are read under the standard name", () => {
    expect(normalizeLabel("预期产出指标")).toBe("产出指标");
    expect(normalizeLabel("效果指标")).toBe("效益指标");
    expect(categoryOf("预期产出指标", "时效指标(工期指标)")).toBe("时效");
    expect(categoryOf("效果指标", "社会、经济、生态效益指标")).toBe("效益");
    expect(categoryOf("成本指标(0-20)分", "经济成本指标")).toBe("成本");
    // 预算(或投资规模)控制指标 also holds budget-execution rates: not read as 成本.
    expect(categoryOf("预期产出指标", "预算(或投资规模)控制指标")).toBeNull();
    expect(levelFormKey("２．满意度指标 ")).toBe("满意度指标");
    expect(normalizeLabel("项目完成指标")).toBe("产出指标");
    expect(normalizeLabel("项目效益指标")).toBe("效益指标");
    expect(normalizeLabel("产出值")).toBe("产出指标");
    expect(categoryOf("产出值", "数量值")).toBe("数量");
    expect(categoryOf("效益值", "生态效益值")).toBe("效益");
    expect(categoryOf("项目完成指标", "成本指标")).toBe("成本");
    expect(normalizeLabel("可持续性发展影响指标")).toBe("可持续影响指标");
    expect(normalizeLabel("社会效果")).toBe("社会效益指标");
    expect(normalizeLabel("服务对象或受益者满意度指标")).toBe("服务对象满意度指标");
  });
});

describe("levelFormKey (fuzz)", () => {
  it("never throws and leaves no whitespace", () => {
    const piece = fc.constantFrom("产出", "指标", "（", "）", "(", ")", "①", "1.", "（一）", "等", "*", " ", "　", "分", "0-20", "满意度");
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 8 }), (parts) => {
        const k = levelFormKey(parts.join(""));
        expect(typeof k).toBe("string");
        expect(/\s/.test(k)).toBe(false);
        expect(typeof normalizeLabel(parts.join(""))).toBe("string");
      }),
      { numRuns: fuzzRuns(3000) },
    );
  });
});

describe("HIERARCHY_INVALID: a blank 一级 over 二级 names that place the rows", () => {
  it("059 遂宁 (the 一级 of a merged 产出 block lost): one warning per run with the 一级 to fill in, not an error a row", () => {
    const f = runRule(
      HIERARCHY_INVALID,
      [
        ["", "质量指标", "指标1.药品抽检完成率", "", "≥90%"],
        ["", "质量指标", "指标2.化妆品抽验完成率", "", "≥90%"],
        ["", "时效指标", "任务完成时间", "", "2021年12月31日前"],
        ["", "成本指标", "指标1.培训成本", "", "≤400元/人·天"],
        ["效益指标", "社会效益指标", "群众用药安全感", "", "≥90%"],
      ],
      { columns: "noBasis" },
    );
    expect(f.map((x) => [x.cell, x.severity, x.suggestion])).toEqual([["A10", "warning", "产出指标"]]);
    expect(f[0].message).toContain("请在一级指标列填写“产出指标”");
  });

  it("both levels blank: an error on each such row (nothing says what the row is)", () => {
    const f = runRule(
      HIERARCHY_INVALID,
      [
        ["", "", "办公设备采购数量", "", "≥5台"],
        ["", "", "设备验收合格率", "", "=100%"],
      ],
      { columns: "noBasis" },
    );
    expect(f.map((x) => [x.cell, x.severity])).toEqual([
      ["A10", "error"],
      ["A11", "error"],
    ]);
  });
});

describe("HIERARCHY_INVALID: names the grammar recognises beyond the core table", () => {
  const levels = (l1: string, l2: string) =>
    runRule(HIERARCHY_INVALID, [[l1, l2, "某指标", "", "≥90%"]], { columns: "noBasis" }).map((x) => [x.severity, x.suggestion ?? null]);

  it("a qualified output core (服务质量指标, 实施进度指标, 完成时效) is a warning with the standard name", () => {
    expect(levels("产出指标", "服务质量指标")).toEqual([["warning", "质量指标"]]);
    expect(levels("产出指标", "实施进度指标")).toEqual([["warning", "时效指标"]]);
    expect(levels("产出指标", "完成时效")).toEqual([["warning", "时效指标"]]);
  });

  it("an effect of no framework name (示范效益, 社会影响指标) or several in one (社会效益、经济效益): a warning, no suggestion", () => {
    expect(levels("效益指标", "示范效益")).toEqual([["warning", null]]);
    expect(levels("效益指标", "社会影响指标")).toEqual([["warning", null]]);
    expect(levels("效益指标", "社会效益、经济效益")).toEqual([["warning", null]]);
  });

  it("accepted spellings stay silent (环境效益指标), and an unknown name stays an error (道路指标)", () => {
    expect(levels("效益指标", "环境效益指标")).toEqual([]);
    expect(levels("效益指标", "生态环境效益指标")).toEqual([]);
    expect(levels("产出指标", "道路指标")).toEqual([["error", null]]);
  });

  it("one 二级 name written across both columns (社会效益指标 | 社会效益指标) is one hint naming the 一级", () => {
    const f = runRule(
      HIERARCHY_INVALID,
      [
        ["社会效益指标", "社会效益指标", "受益人数", "", "≥100人"],
        ["社会效益指标", "社会效益指标", "知晓率", "", "≥90%"],
      ],
      { columns: "noBasis" },
    );
    expect(f.map((x) => [x.cell, x.severity, x.suggestion])).toEqual([["A10", "info", "效益指标"]]);
  });
});
