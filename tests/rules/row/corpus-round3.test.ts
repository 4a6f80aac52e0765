/**
 * Classes the dev corpus showed in the third round (issue 13), each with the rows of the table it came from:
 * a 三级 column titled in its own words (053 青山 指标内容), the budget year's goal chosen over the period's and its
 * numbered lines joined (026 南岳), 财政资金 given by its parts (026), text under a burden cost (055 南县), a bare
 * change verb as a value (053), 政策满意度 (053).
 */
import type { CellValue } from "../../../src/engine/types";
import { checkGrid as check, findingsOf as codes, readGrid as read } from "../../helpers/gridCheck";

describe("reader", () => {
  test("053 青山: 一级指标 | 二级指标 | 指标内容 | 指标值 | 备 注 is a table; 指标内容 is the 三级 column", () => {
    const ts = read([
      ["项目名称", "科学技术研究与开发资金"],
      ["一级指标", "二级指标", "指标内容", "指标值", "备 注"],
      ["产出指标", "数量指标", "新增高新技术企业", "15", ""],
      ["", "质量指标", "扶持标准达标率", "100%", ""],
    ]);
    expect(ts).toHaveLength(1);
    expect(ts[0].indicators.map((r) => [r.level2.text, r.level3.text, r.value.text])).toEqual([
      ["数量指标", "新增高新技术企业", "15"],
      ["质量指标", "扶持标准达标率", "100%"],
    ]);
  });

  test("a column between 二级 and the value that names no indicator is not taken for the 三级 column", () => {
    expect(read([["一级指标", "二级指标", "说明", "指标值"], ["产出指标", "数量指标", "x", "1次"]])).toEqual([]);
  });

  test("026 南岳: 本年度绩效目标 is read over 中长期绩效目标, its numbered lines joined", () => {
    const [t] = read([
      ["专项名称", "2023年雨露计划就学补助项目"],
      ["中长期绩效目标", "1.就读中等职业学校的本省脱贫家庭子女。"],
      ["", "2.补助标准。每生 1500 元/学期。"],
      ["本年度绩效目标", "1.对提供就读学籍证明的学生了放就学补助;"],
      ["", "2.补助标准为:每生 1500 元/学期。"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "补助人数", "≥101人"],
    ]);
    expect(t.header.goal?.cell).toBe("B4");
    expect(t.header.goal?.text).toBe("1.对提供就读学籍证明的学生了放就学补助;\n2.补助标准为:每生 1500 元/学期。");
  });

  test("the lines under a goal are joined only when they are numbered items of it", () => {
    const [t] = read([
      ["项目名称", "某项目"],
      ["年度绩效目标", "完成培训3期。"],
      ["", "另:本表金额单位为万元"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "培训期数", "≥3期"],
    ]);
    expect(t.header.goal?.text).toBe("完成培训3期。");
  });
});

describe("rules", () => {
  test("026: a typo in the joined goal is reported at the goal's first cell, with no suggestion (it spans two cells)", () => {
    const fs = codes(
      [
        ["项目名称", "2023年雨露计划就学补助项目"],
        ["本年度绩效目标", "1.对提供就读学籍证明的学生了放就学补助;"],
        ["", "2.补助标准为:每生 1500 元/学期。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "补助人数", "≥101人"],
      ],
      "TYPO",
    );
    expect(fs.map((f) => [f.cell, f.suggestion])).toEqual([["B2", undefined]]);
    expect(fs[0].message).toContain("“了放”应为“发放”");
  });

  test("026: 财政资金(万元) printed over 中央 | 省级 | 市级资金 | 本级 with the amounts below is filled in", () => {
    const grid: CellValue[][] = [
      ["专项名称", "2023年雨露计划就学补助项目", "", "", "", ""],
      ["专项资金情况", "本年度预计投入(万元)", "财政资金(万元)", "", "", ""],
      ["", "", "中央", "省级", "市级资金", "本级"],
      ["", "7", "0", "7", "0", "0"],
      ["一级指标", "二级指标", "三级指标", "指标值", "", ""],
      ["产出指标", "数量指标", "补助人数", "≥101人", "", ""],
    ];
    expect(codes(grid, "HEADER_MISSING_FIELD").map((f) => f.message)).not.toContainEqual(expect.stringContaining("财政资金"));
    // The same form with no amount in any part: the 财政资金 amount is missing.
    const blank = grid.map((r, i) => (i === 3 ? ["", "7", "", "", "", ""] : r));
    expect(codes(blank, "HEADER_MISSING_FIELD").map((f) => f.message)).toContainEqual(expect.stringContaining("财政资金"));
  });

  const burden = (value: string): CellValue[][] => [
    ["项目名称", "突发公共卫生事件应急处置"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "培训人次", "≥100人次"],
    ["成本指标", "社会成本指标", "实施项目对社会产生的不利影响", value],
  ];
  test("055 南县: text under 社会成本指标 is an unquantified burden (warning), not a cost written as text (error)", () => {
    const fs = check(burden("减少")).filter((f) => f.cell === "D4");
    expect(fs.map((f) => [f.code, f.severity])).toEqual([["VALUE_NOT_QUANTIFIED", "warning"]]);
    // A burden in its own unit stays accepted; money-only 二级 still want money.
    expect(check(burden("≤55分贝")).filter((f) => f.cell === "D4" && f.severity !== "info")).toEqual([]);
    const economic = burden("减少").map((r, i) => (i === 3 ? ["成本指标", "经济成本指标", "培训成本", "减少"] : r));
    expect(check(economic).filter((f) => f.cell === "D4").map((f) => f.code)).toContain("COST_NOT_MONEY");
  });

  const effect = (name: string, value: string): CellValue[][] => [
    ["项目名称", "科学技术研究与开发资金"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "新增高新技术企业", "≥15家"],
    ["效益指标", "社会效益指标", name, value],
  ];
  test("053: a bare change verb (优化, 减少, 扩大) is vague; 落实 answering a 落实 question is not", () => {
    for (const v of ["优化", "减少", "扩大"]) expect(codes(effect("优化创新创业环境", v), "VALUE_NOT_QUANTIFIED")).toHaveLength(1);
    expect(codes(effect("政策落实情况", "落实"), "VALUE_NOT_QUANTIFIED")).toEqual([]);
  });

  test("053: 政策满意度 rates the policy: no INDICATOR_IRRELEVANT", () => {
    const grid = effect("受益企业数", "≥15家").concat([["满意度指标", "服务对象满意度指标", "政策满意度", "≥90%"]]);
    expect(codes(grid, "INDICATOR_IRRELEVANT")).toEqual([]);
  });

  const evaluation: CellValue[][] = [
    ["2019年度宁晋县高中助学金项目绩效评价指标表"],
    ["评价指标", "评价内容", "指标名称", "指标说明", "目标值", "分值"],
    ["项目年度绩效目标(定量指标)", "制度指标", "规章制度建立与否", "", "", "20"],
    ["项目年度绩效目标(定量指标)", "产出数量指标", "享受资助人数", "达到预计值", "2100人", "10"],
    ["项目年度绩效目标(定量指标)", "产出数量指标", "资金支出率", "达到目标值", "95%", "10"],
    ["项目年度绩效目标(定量指标)", "质量指标", "资助对象满意度", "达到目标值", "95%以上", "10"],
    ["项目年度绩效目标(定量指标)", "时效指标", "及时发放率", "达到目标值", "100%", "20"],
  ];
  test("051 宁晋 评价表: 评价指标 | 评价内容 | 指标名称 are the three levels; the heading in the 一级 column is one hint", () => {
    const [t] = read(evaluation);
    expect(t.layout.levelColumns).toBeUndefined();
    expect(t.indicators.map((r) => r.level2.text)).toEqual(["制度指标", "产出数量指标", "产出数量指标", "质量指标", "时效指标"]);
    const h = codes(evaluation, "HIERARCHY_INVALID");
    // 制度指标 places the row nowhere: an error on its 二级; the heading itself: one hint for its run, not an error per row.
    expect(h.map((f) => [f.cell, f.severity])).toEqual([
      ["B3", "error"],
      ["A4", "info"],
    ]);
  });

  test("051: a satisfaction rating under 质量指标 is misplaced; a count of surveys there is not", () => {
    expect(codes(evaluation, "CATEGORY_MISMATCH").map((f) => f.cell)).toContain("C6");
    const survey = evaluation.map((r, i) => (i === 5 ? ["项目年度绩效目标(定量指标)", "数量指标", "满意度调查次数", "", "2次", "10"] : r));
    expect(codes(survey, "CATEGORY_MISMATCH").map((f) => f.cell)).not.toContain("C6");
  });

  test("051: 资金支出率 95% with no operator is proposed as ≥95% (a share paid out is reached, not capped)", () => {
    const f = codes(evaluation, "VALUE_NO_OPERATOR").find((x) => x.cell === "E5");
    expect(f?.suggestion).toBe("≥95%");
  });

  const rows = (...body: CellValue[][]): CellValue[][] => [["项目名称", "某专项"], ["一级指标", "二级指标", "三级指标", "指标值"], ...body];

  test("052: 得 before a noun of measure is 的 (伙食得满意度); 获得 / 取得 / 得分 stay", () => {
    const typo = (name: string) => codes(rows(["满意度指标", "服务对象满意度指标", name, "≥95%"]), "TYPO");
    expect(typo("学生对学校伙食得满意度").map((f) => f.suggestion)).toEqual(["学生对学校伙食的满意度"]);
    for (const ok of ["群众获得满意度", "考核得分满意度", "学生满意度"]) expect(typo(ok)).toEqual([]);
  });

  test("052: a per cent sign inside a number (9%0得10分) is a typo without a guessed correction; 10%20% is not", () => {
    const typo = (desc: string) => codes([["项目名称", "某专项"], ["一级指标", "二级指标", "三级指标", "指标值", "绩效指标描述"], ["产出指标", "质量指标", "伙食补助发放率", "≥90%", desc]], "TYPO");
    const fs = typo("9%0得10分,每减少1%扣1分");
    expect(fs).toHaveLength(1);
    expect(fs[0].message).toContain("“9%0”中百分号的位置不对");
    expect(fs[0].suggestion).toBeUndefined();
    expect(typo("95%以上得10分,每降低1%扣1分")).toEqual([]);
  });

  test("057: a dimension of one item under 数量 (水标尺宽度 ≥50厘米) is a specification; a length of output is not", () => {
    expect(codes(rows(["产出指标", "数量指标", "水标尺宽度", "≥50厘米"]), "CATEGORY_MISMATCH")).toHaveLength(1);
    expect(codes(rows(["产出指标", "数量指标", "道路长度", "≥5公里"]), "CATEGORY_MISMATCH")).toEqual([]);
    expect(codes(rows(["产出指标", "质量指标", "水标尺宽度", "≥50厘米"]), "CATEGORY_MISMATCH")).toEqual([]);
  });

  test("058: a percentage of an assessment's result (大厅业务日常考核结果 100%) measures nothing; 检测结果合格率 does", () => {
    expect(codes(rows(["产出指标", "质量指标", "大厅业务日常考核结果", "100%"]), "INDICATOR_NOT_MEASURABLE")).toHaveLength(1);
    expect(codes(rows(["产出指标", "质量指标", "检测结果合格率", "≥95%"]), "INDICATOR_NOT_MEASURABLE")).toEqual([]);
  });

  test("061: 已完成 as the target of a piece of work is no target; it answers a 完成 / 是否 question", () => {
    expect(codes(rows(["产出指标", "质量指标", "指标1:食品安全监管人员培训", "已完成"]), "VALUE_NOT_QUANTIFIED")).toHaveLength(1);
    expect(codes(rows(["产出指标", "质量指标", "年度任务完成情况", "已完成"]), "VALUE_NOT_QUANTIFIED")).toEqual([]);
    expect(codes(rows(["产出指标", "质量指标", "是否按时开展培训", "已完成"]), "VALUE_NOT_QUANTIFIED")).toEqual([]);
  });

  test("012 霍邱 自评表: 年度总体目标 | 预期目标 | 实际完成情况 over the texts: the goal is the 预期目标 text", () => {
    const [t] = read([
      ["项目名称", "科技特派员创业", "", "", "", ""],
      ["年度总体目标", "预期目标", "", "", "实际完成情况", ""],
      ["", "发挥科技特派员创业带头人作用。", "", "", "已发挥作用。", ""],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分"],
      ["产出指标", "数量指标", "科技特派员人数", "≥10人", "12人", "10"],
    ]);
    expect(t.header.goal?.text).toBe("发挥科技特派员创业带头人作用。");
    expect(t.indicators[0].value.text).toBe("≥10人");
  });

  // The 财政部 申报表 as 068 六安 and 018 东莞 print it: 中期 and 年度 side by side in money, goals and indicators.
  const central: CellValue[][] = [
    ["项目名称", "农村公路养护", "", "", "", "", "", ""],
    ["项目资金（万元）", "", "中期资金总额：", "300", "", "年度资金总额：", "100", ""],
    ["", "", "其中：财政拨款", "300", "", "其中：财政拨款", "100", ""],
    ["", "", "其他资金", "0", "", "其他资金", "0", ""],
    ["总体目标", "中期目标（2024年—2026年）", "", "", "", "年度目标", "", ""],
    ["", "完成农村公路养护600公里。", "", "", "", "完成农村公路养护200公里。", "", ""],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"],
    ["", "产出指标", "数量指标", "养护里程", "≥600公里", "数量指标", "养护里程", "≥200公里"],
    ["", "", "时效指标", "完成时间", "2026年12月底前", "时效指标", "完成时间", "2024年12月底前"],
    ["", "", "成本指标", "养护成本", "≤300万元", "成本指标", "养护成本", "≤100万元"],
    ["", "满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "服务对象满意度指标", "沿线群众满意度", "≥90%"],
  ];
  test("068/018 central form: the 年度 goal, money and indicator block are read, not the 中期 ones", () => {
    const [t] = read(central);
    expect(t.header.goal?.text).toBe("完成农村公路养护200公里。");
    expect([t.header.budget?.text, t.header.fiscal?.text, t.header.other?.text]).toEqual(["100", "100", "0"]);
    expect(t.indicators.map((r) => [r.level1.text, r.level2.text, r.value.cell, r.value.text])).toEqual([
      ["产出指标", "数量指标", "H8", "≥200公里"],
      ["产出指标", "时效指标", "H9", "2024年12月底前"],
      ["产出指标", "成本指标", "H10", "≤100万元"],
      ["满意度指标", "服务对象满意度指标", "H11", "≥90%"],
    ]);
    const errors = check(central).filter((f) => f.severity === "error");
    expect(errors).toEqual([]);
  });

  test("044 浮梁: *年度绩效总目标 is a goal label; a goal that only keeps the office running is boilerplate (warning)", () => {
    const goal = (text: string) =>
      codes(
        [
          ["部门名称:", "浮梁县林业局"],
          ["年度绩效目标", ""],
          ["*年度绩效总目标", text],
          ["一级指标", "二级指标", "三级指标", "指标值"],
          ["产出指标", "数量指标", "造林面积", "≥500亩"],
        ],
        "GOAL_PLACEHOLDER",
      );
    expect(goal("保证林业局职能实现,保障人员经费。").map((f) => [f.cell, f.severity])).toEqual([["B3", "warning"]]);
    expect(goal("推进科技事业发展")).toHaveLength(1);
    expect(goal("完成人工造林500亩，保障人员经费。")).toEqual([]);
  });

  test("058: a rate of something running under 经济效益 (大厅运行正常率) is misplaced; income, output, jobs and fees are not", () => {
    expect(codes(rows(["效益指标", "经济效益指标", "大厅运行正常率", "100%"]), "CATEGORY_MISMATCH")).toHaveLength(1);
    for (const name of ["带动农户增收", "年增粮食", "带动就业人数", "节约资金", "清算物业费"])
      expect(codes(rows(["效益指标", "经济效益指标", name, "≥10%"]), "CATEGORY_MISMATCH")).toEqual([]);
  });

  test("053: a time limit longer than a year under 时效 (高企资格有效 3年) is a warning, the year read from 项目起止时间", () => {
    const limit = (value: string) =>
      codes(
        [
          ["项目名称", "科学技术研究与开发资金"],
          ["项目起止时间", "2021.1-2021.12"],
          ["一级指标", "二级指标", "三级指标", "指标值"],
          ["产出指标", "时效指标", "高企资格有效", value],
        ],
        "DEADLINE_OUTSIDE_YEAR",
      ).map((f) => f.severity);
    expect(limit("3年")).toEqual(["warning"]);
    expect(limit("≤30个工作日")).toEqual([]);
    expect(limit("≥3年")).toEqual([]);
    // A dated deadline outranks the period for the budget year (a copied period is the likelier slip): the period
    // is then the one reported, by YEAR_MISMATCH.
    expect(limit("2022年6月30日前")).toEqual([]);
  });
});
