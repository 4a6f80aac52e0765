/**
 * Indicator header rows of other forms (issue 13): bare level headers (一级 | 二级 | 三级) and the value column titled
 * 年度数值 / 指标目标值 / 预期达到目标. Rows are the dev corpus tables' own (014 临邑, 046 淮北, 047 嘉峪关, 016 澧县).
 */
import { readTables } from "../../src/engine/reader";
import { headerRole } from "../../src/engine/reader/labels";
import { checkTable } from "../../src/engine/check";
import type { CellValue } from "../../src/engine/types";

const read = (cells: CellValue[][]) => readTables({ sheet: "S", cells });

describe("indicator header forms", () => {
  test("014 临邑: 一级 | 二级 | 三级 | 年度数值 | 备注", () => {
    const [t] = read([
      ["项目名称", "小学教育公用经费"],
      ["一级", "二级", "三级", "年度数值", "备注"],
      ["产出值", "数量值", "小学就读人数", "<=6962人", ""],
      ["", "成本值", "义务教育小学生均公用经费", "780元/生/年", ""],
    ]);
    expect(t.indicators.map((r) => [r.level1.text, r.level2.text, r.value.text])).toEqual([
      ["产出值", "数量值", "<=6962人"],
      ["产出值", "成本值", "780元/生/年"],
    ]);
  });

  test("046 淮北 (一级 printed on two lines), 047 嘉峪关 指标目标值, 016 澧县 预期达到目标", () => {
    expect(read([["一级", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "场馆开放天数", "≥300天"]])).toHaveLength(1);
    const [t47] = read([["一级指标", "二级指标", "三级指标", "指标目标值"], ["产出指标", "数量指标", "免费开放天数", "=300天"]]);
    expect(t47.indicators[0].value.text).toBe("=300天");
    const [t16] = read([
      ["一级指标", "二级指标", "三级指标", "指标解释", "指标说明及公式", "预期达到目标"],
      ["产出指标", "数量指标", "研究培育食用菌品种数量", "研究培育食用菌品种数量", "", "2种"],
    ]);
    expect(t16.indicators[0].value.text).toBe("2种");
  });

  test("value-header titles; the basis and description columns keep their roles", () => {
    for (const k of ["指标值", "年度指标值", "目标值", "指标目标值", "年度数值", "预期达到目标", "预期目标值", "年度计划值", "预期值"]) expect(headerRole(k)).toBe("value");
    expect(headerRole("指标名称")).toBe("l3");
    expect(headerRole("指标值确定依据")).toBe("basis");
    expect(headerRole("指标值说明")).toBe("desc");
    expect(headerRole("一级")).toBe("l1");
    expect(headerRole("三级")).toBe("l3");
  });

  test("a row with 一级 but no value column is no header", () => {
    expect(read([["一级", "二级", "三级", "说明"], ["产出指标", "数量指标", "x", "y"]])).toEqual([]);
  });
});

describe("forms without the three level columns", () => {
  test("008 潼南: a single 指标 column with weight, unit, operator and value columns", () => {
    const [t] = read([
      ["专项资金名称", "在职村村干部补助"],
      ["当年预算", "9.31"],
      ["指标", "指标权重", "计量单位", "指标性质", "指标值"],
      ["按月发放", "20", "次", "=", "1"],
      ["促进经济发展", "20", "", "定性", ""],
    ]);
    expect(t.layout.levelColumns).toBe(1);
    expect(t.header.projectName?.text).toBe("在职村村干部补助");
    expect(t.header.budget?.text).toBe("9.31");
    expect(t.indicators.map((r) => [r.level1.text, r.level2.text, r.level3.text, r.value.text])).toEqual([
      ["", "", "按月发放", "=1次"],
      ["", "", "促进经济发展", ""],
    ]);
    // A level the form does not print sits at the name cell.
    expect(t.indicators[0].level1.cell).toBe("A4");
    expect(t.indicators[0].parts?.weight?.text).toBe("20");
  });

  test("009 临海: 指标类型 (the 一级) | 指标名称 | 指标值 | 指标描述", () => {
    const [t] = read([
      ["项目名称:", "绿化养护经费"],
      ["指标类型", "指标名称", "指标值", "指标描述"],
      ["产出指标", "数量指标", "375万平方米", "完成全市375万平方米的绿地养护、维护等"],
      ["", "质量指标", "100%", "达到绿化绿地全覆盖"],
    ]);
    expect(t.layout.levelColumns).toBe(2);
    expect(t.indicators.map((r) => [r.level1.text, r.level3.text, r.value.text, r.description?.text])).toEqual([
      ["产出指标", "数量指标", "375万平方米", "完成全市375万平方米的绿地养护、维护等"],
      ["产出指标", "质量指标", "100%", "达到绿化绿地全覆盖"],
    ]);
  });

  test("240 鄂州: 一级指标 | 二级指标 | 绩效标准 | 当年预期实现值 with names in the 二级 column and 二级 names in the 一级 column", () => {
    const [t] = read([
      ["项目名称", "办公大楼运行保障"],
      ["一级指标", "二级指标", "绩效标准", "当年预期实现值", "保障绩效目标实现措施"],
      ["数量指标", "办公大楼日常维修维护次数", "反映办公大楼全年维修维护情况", "2280次"],
      ["", "大楼安检巡察次数", "反映大楼保卫巡检情况", "200次"],
      ["质量指标", "验收合格率", "反映维修维护质量情况", ">92%"],
      ["成本指标", "成本控制率", "", "不超预算"],
    ]);
    expect(t.layout.levelColumns).toBe(2);
    expect(t.indicators.map((r) => [r.level1.text, r.level2.text, r.level3.text, r.value.text])).toEqual([
      ["", "数量指标", "办公大楼日常维修维护次数", "2280次"],
      ["", "数量指标", "大楼安检巡察次数", "200次"],
      ["", "质量指标", "验收合格率", ">92%"],
      ["", "成本指标", "成本控制率", "不超预算"],
    ]);
    expect(headerRole("当年预期实现值")).toBe("value");
    expect(headerRole("实际实现值")).toBeNull();
  });

  test("一级指标 | 二级指标 | 指标值 with 一级 names in the 一级 column: the 二级 column is the name, the 二级 is missing", () => {
    const [t] = read([
      ["一级指标", "二级指标", "指标值"],
      ["产出指标", "培训人数", "≥100人"],
      ["", "培训天数", "≥3天"],
      ["满意度指标", "参训人员满意度", "≥90%"],
    ]);
    expect(t.indicators.map((r) => [r.level1.text, r.level2.text, r.level3.text])).toEqual([
      ["产出指标", "", "培训人数"],
      ["产出指标", "", "培训天数"],
      ["满意度指标", "", "参训人员满意度"],
    ]);
    // Level names in the 二级 column: the 三级 is what is missing, and the form is not shifted.
    const levelNamesOnly = read([["一级指标", "二级指标", "指标值"], ["产出指标", "数量指标", "≥100人"], ["", "质量指标", "≥90%"]]);
    expect(levelNamesOnly.flatMap((x) => x.indicators).some((r) => r.level3.text === "数量指标")).toBe(false);
  });

  test("a 指标 cell without a value column beside it starts no table; the standard header keeps levelColumns unset", () => {
    expect(read([["指标", "说明"], ["按月发放", "x"]])).toEqual([]);
    const [t] = read([["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "培训人数", "≥45人"]]);
    expect(t.layout.levelColumns).toBeUndefined();
  });
});

describe("an outline form: 一级 and 二级 as heading rows in the name column (指标名称 | 指标值)", () => {
  const HEAD: CellValue[][] = [["项目名称", "2026年干部培训经费"], ["预算数（万元）", "10"], ["年度绩效目标", "2026年举办培训班3期，培训干部100人。"], ["指标名称", "指标值"]];
  const levels = (t: ReturnType<typeof read>[number]) => t.indicators.map((r) => [r.level1.text, r.level2.text, r.level3.text, r.value.text]);

  test("the headings are the levels of the rows under them, no indicators themselves; the table has its levels", () => {
    const [t] = read([
      ...HEAD,
      ["一、产出指标", ""], ["（一）数量指标", ""], ["1.培训人数", "≥100人"], ["2.培训期数", "≥3期"], ["（二）时效指标", ""], ["1.完成时间", "2026年12月底前"],
      ["二、满意度指标", ""], ["满意度指标", ""], ["参训人员满意度", "≥90%"],
    ]);
    expect(levels(t)).toEqual([
      ["一、产出指标", "（一）数量指标", "1.培训人数", "≥100人"],
      ["一、产出指标", "（一）数量指标", "2.培训期数", "≥3期"],
      ["一、产出指标", "（二）时效指标", "1.完成时间", "2026年12月底前"],
      // 满意度指标 right under 满意度指标 is its 二级 of the same name.
      ["二、满意度指标", "满意度指标", "参训人员满意度", "≥90%"],
    ]);
    expect(t.layout.levelColumns).toBeUndefined();
    const findings = checkTable(t, { year: 2026 });
    expect(findings.filter((f) => (f.code === "VALUE_EMPTY" || f.code === "HIERARCHY_INVALID") && f.severity !== "info")).toEqual([]);
  });

  test("a heading with nothing under it is one empty row; 成本指标 over 经济成本指标 is the central framework's 一级", () => {
    const [t] = read([
      ...HEAD,
      ["产出指标", ""], ["数量指标", ""], ["质量指标", ""], ["培训合格率", "≥95%"],
      ["成本指标", ""], ["经济成本指标", ""], ["培训成本", "≤10万元"],
    ]);
    expect(levels(t)).toEqual([
      ["产出指标", "数量指标", "", ""],
      ["产出指标", "质量指标", "培训合格率", "≥95%"],
      ["成本指标", "经济成本指标", "培训成本", "≤10万元"],
    ]);
    expect(checkTable(t, { year: 2026 }).filter((f) => f.code === "TEMPLATE_PLACEHOLDER_ROW").map((f) => f.cell)).toEqual(["A6"]);
  });

  test("a basis that reads like a goal label (国家…项目绩效目标) beside a name and a value does not end the block", () => {
    const [t] = read([
      ["项目名称", "2024年基本公共卫生服务"], ["预算数（万元）", "1286.5"], ["指标名称", "指标值", "指标值确定依据"],
      ["效益指标", "", ""], ["社会效益指标", "", ""], ["城乡居民公共卫生差距", "不断缩小", "国家基本公共卫生服务项目绩效目标"],
      ["满意度指标", "", ""], ["服务对象满意度指标", "", ""], ["居民满意度", "≥85%", "上年调查结果"],
    ]);
    expect(levels(t).map((r) => r[2])).toEqual(["城乡居民公共卫生差距", "居民满意度"]);
  });

  test("a level name with a value is an indicator (009 临海's 数量指标 | 375万平方米), not a heading", () => {
    const [t] = read([...HEAD, ["产出指标", ""], ["数量指标", "375万平方米"]]);
    expect(levels(t)).toEqual([["产出指标", "", "数量指标", "375万平方米"]]);
  });
});

describe("one column holding each indicator with its target (015 荆门: 一级指标 | 年度绩效总目标)", () => {
  test("the lines are split into name and target; a line without a number keeps its text as both", () => {
    const [t] = read([
      ["项目名称", "全市文物保护专项经费"],
      ["一级指标", "年度绩效总目标"],
      ["产出指标", "开展文物安全巡查频次8次"],
      ["", "文物保护项目验收合格率≥86%"],
      ["效益指标", "文物保护宣传覆盖人次≥20万人次"],
      ["", "文物保护名录和数据库基本健全"],
      ["", "文物保护修缮个数≥5个。"],
    ]);
    expect(t.layout.levelColumns).toBe(2);
    expect(t.indicators.map((r) => [r.level1.text, r.level3.text, r.value.text])).toEqual([
      ["产出指标", "开展文物安全巡查频次", "8次"],
      ["产出指标", "文物保护项目验收合格率", "≥86%"],
      ["效益指标", "文物保护宣传覆盖人次", "≥20万人次"],
      ["效益指标", "文物保护名录和数据库基本健全", "文物保护名录和数据库基本健全"],
      ["效益指标", "文物保护修缮个数", "≥5个"],
    ]);
    expect(t.indicators[0].value.cell).toBe("B3");
  });

  test("046 淮北: a 三级 name that is a form label (项目金额) under a level name does not end the block", () => {
    const [t] = read([
      ["项目名称", "农村文化建设配套补助经费"],
      ["一级", "二级指标", "三级指标", "指标值"],
      ["产出指标", "时效指标", "项目完成时限", "2025年12月"],
      ["产出指标", "成本指标", "项目金额", "5万元"],
      ["满意度指标", "满意度指标", "项目受益人满意程度", "≥90%"],
    ]);
    expect(t.indicators.map((r) => r.level3.text)).toEqual(["项目完成时限", "项目金额", "项目受益人满意程度"]);
  });
});

describe("money-unit declarations in header texts", () => {
  test("a label ending in (万元) declares the unit; an amount written “36（万元）” stays the value", () => {
    const rows = (budget: string): CellValue[][] => [
      ["项目名称", "x"],
      ["年初安排金额(元)", budget],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "培训人数", "≥45人"],
    ];
    const [t] = read(rows("360000"));
    expect(t.unitSources?.map((u) => [u.unit, u.kind, u.cell])).toEqual([["元", "label", "A2"]]);
    expect(t.unit).toBe("元");
    const [t2] = read([["项目名称", "x"], ["预算数", "36（万元）"], ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "培训人数", "≥45人"]]);
    expect(t2.header.budget?.text).toBe("36（万元）");
  });
});

test("一级指标 | 二级指标 | 指标名称 | 指标值: the name column titled 指标名称 is the 三级 (a standard three-level table)", () => {
  const [t] = read([
    ["项目名称", "x"],
    ["一级指标", "二级指标", "指标名称", "指标值"],
    ["产出指标", "数量指标", "培训人数", "≥45人"],
  ]);
  expect(t.layout.levelColumns).toBeUndefined();
  expect(t.indicators[0].level3.text).toBe("培训人数");
  expect(t.indicators[0].level2.text).toBe("数量指标");
});

describe("headers on two rows", () => {
  const body: CellValue[][] = [
    ["产出指标", "数量指标", "培训人次", "≥200人次", "计划"],
    ["", "质量指标", "培训合格率", "≥95%", "计划"],
  ];
  test("绩效指标 over 一级 | 二级 | 三级 in the row below, 指标值 and 依据 merged down both rows", () => {
    const cells: CellValue[][] = [["项目名称", "2024年培训经费"], ["绩效指标", "", "", "指标值", "指标值确定依据"], ["一级指标", "二级指标", "三级指标", "", ""], ...body];
    const merges = [
      { top: 1, left: 0, bottom: 1, right: 2 },
      { top: 1, left: 3, bottom: 2, right: 3 },
      { top: 1, left: 4, bottom: 2, right: 4 },
    ];
    for (const grid of [{ sheet: "S", cells }, { sheet: "S", cells, merges }]) {
      const ts = readTables(grid);
      expect(ts).toHaveLength(1);
      expect(ts[0].indicators.map((r) => [r.level3.text, r.value.text, r.basis?.text])).toEqual([
        ["培训人次", "≥200人次", "计划"],
        ["培训合格率", "≥95%", "计划"],
      ]);
    }
  });

  test("指标值 merged over 计算符号 | 数值 | 计量单位 in the row below: the three are read as one value", () => {
    const cells: CellValue[][] = [
      ["项目名称", "2024年培训经费", "", "", "", ""],
      ["一级指标", "二级指标", "三级指标", "指标值", "", ""],
      ["", "", "", "计算符号", "数值", "计量单位"],
      ["产出指标", "数量指标", "培训人次", "≥", "200", "人次"],
      ["", "质量指标", "培训合格率", "≥", "95", "%"],
    ];
    const merges = [
      { top: 1, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 2, right: 2 },
      { top: 1, left: 3, bottom: 1, right: 5 },
    ];
    const [t] = readTables({ sheet: "S", cells, merges });
    expect(t.indicators.map((r) => [r.level3.text, r.value.text])).toEqual([
      ["培训人次", "≥200人次"],
      ["培训合格率", "≥95%"],
    ]);
  });

  test("the same header with its merges lost, or written out in every cell (一级指标 again in the row below), reads the same", () => {
    const body: CellValue[][] = [
      ["产出指标", "数量指标", "专网线路租赁条数", "=", "17", "条"],
      ["产出指标", "质量指标", "系统正常运行率", "≥", "99", "%"],
    ];
    const mergesLost: CellValue[][] = [["项目名称", "社保信息系统运维"], ["一级指标", "二级指标", "三级指标", "指标值"], ["", "", "", "运算符", "数值", "单位"], ...body];
    const writtenOut: CellValue[][] = [
      ["项目名称", "社保信息系统运维"],
      ["一级指标", "二级指标", "三级指标", "指标值", "指标值", "指标值"],
      ["一级指标", "二级指标", "三级指标", "运算符", "数值", "单位"],
      ...body,
    ];
    for (const cells of [mergesLost, writtenOut]) {
      const ts = readTables({ sheet: "S", cells });
      expect(ts).toHaveLength(1);
      expect(ts[0].indicators.map((r) => [r.level3.text, r.value.text])).toEqual([
        ["专网线路租赁条数", "=17条"],
        ["系统正常运行率", "≥99%"],
      ]);
    }
  });
});


describe("the end of the indicator block", () => {
  test("a sign-off line under the table (填报人：… | 联系电话：…) ends the block; it is no indicator", () => {
    const [t] = readTables({
      sheet: "S",
      cells: [
        ["项目名称", "2024年培训经费"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "培训人次", "≥200人次"],
        ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"],
        ["填报人：张三", "联系电话：12345678", "", ""],
      ],
    });
    expect(t.indicators.map((r) => r.level3.text)).toEqual(["培训人次", "参训人员满意度"]);
  });
});

describe("both levels in one cell of a form without a 二级 column", () => {
  test("指标类型 | 指标名称 | 指标值 with 产出指标-数量指标 …: rows placed, classic framework, no missing category", () => {
    const cells: CellValue[][] = [
      ["项目名称", "2024年培训经费"],
      ["指标类型", "指标名称", "指标值"],
      ["产出指标-数量指标", "培训人次", "≥200人次"],
      ["产出指标-质量指标", "培训合格率", "≥95%"],
      ["产出指标-时效指标", "完成时间", "2024年11月底前"],
      ["产出指标-成本指标", "人均成本", "≤450元/人·天"],
      ["效益指标-社会效益指标", "技能提升率", "≥80%"],
      ["满意度指标-服务对象满意度指标", "参训人员满意度", "≥90%"],
    ];
    const [t] = readTables({ sheet: "S", cells });
    const fs = checkTable(t, { year: 2024 });
    expect(fs.filter((f) => f.severity !== "info").map((f) => f.code)).toEqual([]);
    // The same form with a 二级 name only in the 一级 column still lacks its levels: one warning, as before.
    const bare = cells.map((r, i) => (i >= 2 ? [String(r[0]).replace(/^.*-/, ""), r[1], r[2]] : r));
    expect(checkTable(readTables({ sheet: "S", cells: bare })[0], { year: 2024 }).filter((f) => f.code === "HIERARCHY_INVALID")).not.toEqual([]);
  });
});
