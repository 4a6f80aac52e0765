/**
 * The reader on hand-built grids: offsets, several tables per sheet, merged vs blank 一级,
 * label→value rules, block ends, odd cell types.
 */
import { readTables, tableFromRows } from "../../src/engine/reader";
import type { CellValue, MergedArea, SheetGrid } from "../../src/engine/types";

type Rows = CellValue[][];

/** Put `rows` into `cells` with their top-left at (r, c). */
function place(cells: Rows, r: number, c: number, rows: Rows): void {
  rows.forEach((row, i) => {
    const target = (cells[r + i] ??= []);
    row.forEach((v, j) => {
      while (target.length < c + j) target.push(null);
      target[c + j] = v;
    });
  });
  for (let i = 0; i < cells.length; i++) cells[i] ??= [];
}

function hebei(title: string, name: string, budget: CellValue, indicators: Rows): Rows {
  return [
    [title],
    ["402001唐山市工商业联合会本级", null, null, null, null, "单位：万元"],
    ["项目编码", "13020025P00751110003T", null, "项目名称", name],
    ["预算规模及资金用途", "预算数", budget, "其中：财政资金", budget, "其他资金", null],
    [null, "用于培训场地和食宿"],
    ["资金支出计划（%）", "3月底", "6月底", "10月底", "12月底"],
    [null, "25%", "50%", "75%", "100%"],
    ["绩效目标", "1.培训45人"],
    ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"],
    ...indicators,
  ];
}

const ROWS: Rows = [
  ["产出指标", "数量指标", "培训人数", "参训人数", "≥45人", "计划"],
  [null, "质量指标", "出勤率", "出勤率", "≥95%", "历史"],
  [null, "成本指标", "人均培训成本", "每人每天", "≤450元/人·天", "标准"],
  ["效益指标", "社会效益指标", "能力提升率", "提升率", "≥20%", "历史"],
  ["满意度指标", "服务对象满意度指标", "参训人员满意度", "满意度", "≥90%", "问卷"],
];

describe("readTables on synthetic grids", () => {
  test("a table anywhere in the grid, with the grid origin added to every address", () => {
    const cells: Rows = [];
    place(cells, 3, 2, hebei("1.测试培训绩效目标表", "测试培训", "40.00", ROWS));
    const grid: SheetGrid = { sheet: "S", cells, origin: { row: 10, col: 1 } };
    const [t] = readTables(grid);
    // Table at grid (3,2) + origin (10,1) → sheet row 14 (1-based), column D.
    expect(t.range).toBe("D14:I27");
    expect(t.header.title?.cell).toBe("D14");
    expect(t.header.budget).toMatchObject({ text: "40.00", cell: "F17", row: 16, col: 5 });
    expect(t.indicatorHeaderCell).toBe("D22");
    expect(t.indicators[0].value.cell).toBe("H23");
    expect(t.indicators[4].level1).toMatchObject({ text: "满意度指标", cell: "D27" });
    expect(t.plan?.points[3].value).toMatchObject({ text: "100%", cell: "H20" });
    expect(t.header.purpose).toMatchObject({ text: "用于培训场地和食宿", cell: "E18" });
  });

  test("two tables one under the other, a single blank line inside the first block, prose around them", () => {
    const cells: Rows = [["第二部分"], ["预算项目绩效目标"], []];
    const first = hebei("1.甲项目绩效目标表", "甲项目", "10.00", [...ROWS.slice(0, 3), [], ...ROWS.slice(3)]);
    place(cells, 3, 0, first);
    const next = cells.length + 2;
    place(cells, next, 0, hebei("2.乙项目绩效目标表", "乙项目", "20.00", ROWS.slice(0, 2)));
    place(cells, cells.length + 2, 0, [["注：以上项目绩效目标随部门预算公开。"]]);
    const tables = readTables({ sheet: "S", cells });
    expect(tables.map((t) => t.header.projectName?.text)).toEqual(["甲项目", "乙项目"]);
    expect(tables[0].indicators).toHaveLength(5);
    expect(tables[0].indicators.map((r) => r.index)).toEqual([0, 1, 2, 3, 4]);
    // The blank line (sheet row 16) sits between 成本 (row 15) and 效益 (row 17).
    expect(tables[0].indicators[3].level3).toMatchObject({ text: "能力提升率", cell: "C17" });
    expect(tables[0].range).toBe("A4:F18");
    expect(tables[1].indicators).toHaveLength(2);
    expect(tables[1].header.budget?.text).toBe("20.00");
    // The closing note after two blank rows is not an indicator row.
    expect(tables[1].indicators.every((r) => !r.level1.text.startsWith("注"))).toBe(true);
  });

  test("a blank line followed by prose (not indicator rows) ends the block", () => {
    const cells: Rows = [];
    place(cells, 0, 0, hebei("1.甲项目绩效目标表", "甲项目", "10.00", [...ROWS.slice(0, 2), [], ["说明：本表由财务科填报。"]]));
    const [t] = readTables({ sheet: "S", cells });
    expect(t.indicators).toHaveLength(2);
    expect(t.range).toBe("A1:F11");
  });

  test("merged 一级 cells and blank 一级 cells read the same, filled forward and marked", () => {
    const rows: Rows = [
      ["产出指标", "数量指标", "培训人数", "", "≥45人", "计划"],
      [null, null, "培训天数", "", "=3天", "计划"],
      [null, "质量指标", "出勤率", "", "≥95%", "历史"],
      ["效益指标", "社会效益指标", "能力提升率", "", "≥20%", "历史"],
    ];
    const blankGrid: SheetGrid = { sheet: "S", cells: [["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"], ...rows] };
    const merges: MergedArea[] = [
      { top: 1, left: 0, bottom: 3, right: 0 },
      { top: 1, left: 1, bottom: 2, right: 1 },
    ];
    const mergedGrid: SheetGrid = { ...blankGrid, merges };
    const [a] = readTables(blankGrid);
    const [b] = readTables(mergedGrid);
    const view = (t: typeof a) => t.indicators.map((r) => [r.level1.text, r.level1.filled ?? false, r.level1.cell, r.level2.text, r.level2.filled ?? false]);
    expect(view(a)).toEqual([
      ["产出指标", false, "A2", "数量指标", false],
      ["产出指标", true, "A3", "数量指标", true],
      ["产出指标", true, "A4", "质量指标", false],
      ["效益指标", false, "A5", "社会效益指标", false],
    ]);
    expect(view(b)).toEqual(view(a));
    // A new 一级 never inherits the previous group's 二级.
    const c = readTables({ sheet: "S", cells: [blankGrid.cells[0], ["产出指标", "数量指标", "x", "", "1次", ""], ["效益指标", null, "y", "", "≥1%", ""]] })[0];
    expect(c.indicators[1].level2.text).toBe("");
  });

  test("two tables side by side share rows but not cells", () => {
    const left = hebei("1.左项目绩效目标表", "左项目", "1.00", ROWS.slice(0, 2));
    const right = hebei("2.右项目绩效目标表", "右项目", "2.00", ROWS.slice(0, 3));
    const cells: Rows = [];
    place(cells, 0, 0, left);
    place(cells, 0, 9, right);
    const tables = readTables({ sheet: "S", cells });
    expect(tables.map((t) => [t.header.projectName?.text, t.header.budget?.cell, t.indicators.length, t.range])).toEqual([
      ["左项目", "C4", 2, "A1:F11"],
      ["右项目", "L4", 3, "J1:O12"],
    ]);
  });

  test("成都-style rows of labels take their values from the cell below", () => {
    const cells: Rows = [
      ["部门整体支出绩效目标表"],
      ["(2023年度)"],
      [null, null, null, "单位：元"],
      ["部门名称", "某某部门"],
      [null, "年度部门整体支出预算", "资金总额", "财政拨款", "其他资金"],
      [null, null, 1200000, 1000000, 200000],
      [null, "一级指标", "二级指标", "三级指标", "指标值（包含数字及文字描述）"],
      ["年度绩效指标", "产出指标", "数量指标", "任务1：培训人次", "≥100人次"],
      [null, null, null, "任务1：培训天数", "≥2天"],
    ];
    const [t] = readTables({ sheet: "S", cells });
    expect(t.variant).toBe("chengdu");
    expect(t.unit).toBe("元");
    expect(t.documentYear).toBe(2023);
    expect(t.header.projectName?.text).toBe("某某部门");
    expect(t.header.budget).toMatchObject({ text: "1200000", raw: 1200000, cell: "C6" });
    expect(t.header.other).toMatchObject({ text: "200000", cell: "E6" });
    expect(t.indicators.map((r) => [r.level1.text, r.level2.text, r.level3.text])).toEqual([
      ["产出指标", "数量指标", "任务1：培训人次"],
      ["产出指标", "数量指标", "任务1：培训天数"],
    ]);
  });

  test("project name from the title line only; numbers and dates become display text", () => {
    const cells: Rows = [
      ["3、2025年设备购置项目绩效目标表"],
      ["预算规模及资金用途", "预算数", 12.5, "其中：财政资金", 12.5, "其他资金", 0],
      ["绩效目标", "购置设备"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "时效指标", "完成时间", new Date(Date.UTC(2025, 11, 31))],
      [null, "质量指标", "合格率", 1],
      [null, "成本指标", "购置费", true],
    ];
    const [t] = readTables({ sheet: "S", cells });
    expect(t.header.projectName).toMatchObject({ text: "2025年设备购置项目", cell: "A1" });
    expect(t.header.budget).toMatchObject({ text: "12.5", raw: 12.5 });
    expect(t.header.other).toMatchObject({ text: "0", raw: 0 });
    expect(t.variant).toBe("tianjin");
    expect(t.layout).toMatchObject({ hasDescription: false, hasBasis: false, hasCode: false, hasPlan: false });
    expect(t.indicators[0].value.text).toBe("2025年12月31日");
    expect(t.indicators[0].value.raw).toBeInstanceOf(Date);
    expect(t.indicators[1].value).toMatchObject({ text: "1", raw: 1 });
    expect(t.indicators[2].value.text).toBe("TRUE");
  });

  test("an 一级指标 header alone is a table; a sheet without one has none", () => {
    expect(readTables({ sheet: "S", cells: [["项目名称", "x"], ["预算数", "1"]] })).toEqual([]);
    expect(readTables({ sheet: "S", cells: [] })).toEqual([]);
    const [t] = readTables({ sheet: "S", cells: [["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "a", "1次"]] });
    expect(t.range).toBe("A1:D2");
    expect(t.header).toEqual({});
    expect(t.indicators).toHaveLength(1);
  });

  test("a label and its value in one cell (项目名称：…)", () => {
    const cells: Rows = [
      ["项目名称：2025年档案数字化项目", null, "项目编码：", "13020025P00751110003T"],
      ["预算数：12.00", "单位：万元"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "数字化卷数", "≥2000卷"],
    ];
    const [t] = readTables({ sheet: "S", cells });
    expect(t.header.projectName).toMatchObject({ text: "2025年档案数字化项目", cell: "A1", raw: "项目名称：2025年档案数字化项目" });
    expect(t.header.projectCode).toMatchObject({ text: "13020025P00751110003T", cell: "D1" });
    expect(t.header.budget).toMatchObject({ text: "12.00", cell: "A2" });
    expect(t.range).toBe("A1:D4");
  });

  test("finance-system exports: 指标性质 and 度量单位 columns are folded into the value", () => {
    const cells: Rows = [
      ["项目名称", "某项目"],
      ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "指标值确定依据"],
      ["产出指标", "数量指标", "培训人数", "正向", 45, "人", "计划标准"],
      [null, "成本指标", "人均培训费", "反向", "450", "元/人·天", "预算支出标准"],
      [null, "质量指标", "合格率", "≥", "95", "%", "历史标准"],
      ["效益指标", "社会效益指标", "影响", "定性", "有所提升", "", "其他"],
    ];
    const [t] = readTables({ sheet: "S", cells });
    expect(t.indicators.map((r) => [r.value.text, r.value.raw, r.value.cell])).toEqual([
      ["≥45人", "≥45人", "E3"],
      ["≤450元/人·天", "≤450元/人·天", "E4"],
      ["≥95%", "≥95%", "E5"],
      ["有所提升", "有所提升", "E6"],
    ]);
    expect(t.indicators[0].basis?.text).toBe("计划标准");
  });

  test("a header row repeated inside the block (page-break copy) continues the block", () => {
    const header = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"];
    const cells: Rows = [["项目名称", "长表项目"], header, ...ROWS.slice(0, 3), header, ...ROWS.slice(3)];
    const tables = readTables({ sheet: "S", cells });
    expect(tables).toHaveLength(1);
    expect(tables[0].indicators.map((r) => r.level3.text)).toEqual(["培训人数", "出勤率", "人均培训成本", "能力提升率", "参训人员满意度"]);
    expect(tables[0].indicators[3].level3.cell).toBe("C7");
    // After a blank line, the same header starts a new table.
    const two = readTables({ sheet: "S", cells: [["项目名称", "甲"], header, ...ROWS.slice(0, 2), [], ["项目名称", "乙"], header, ...ROWS.slice(0, 1)] });
    expect(two.map((t) => [t.header.projectName?.text, t.indicators.length])).toEqual([["甲", 2], ["乙", 1]]);
    const bare = readTables({ sheet: "S", cells: [header, ...ROWS.slice(0, 2), [], header, ...ROWS.slice(0, 1)] });
    expect(bare.map((t) => t.indicators.length)).toEqual([2, 1]);
  });

  test("a unit written on the budget label (预算数（元）) when there is no 单位 line", () => {
    const cells: Rows = [
      ["项目名称", "某项目"],
      ["预算数（元）", "120000", "其中：财政资金（元）", "120000"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "a", "1次"],
    ];
    const [t] = readTables({ sheet: "S", cells });
    expect(t.unit).toBe("元");
    expect(t.header.budget).toMatchObject({ text: "120000", cell: "B2" });
    expect(t.header.fiscal).toMatchObject({ text: "120000", cell: "D2" });
  });

  test("labels merged across columns and repeated in every cell (hosts without merge info)", () => {
    const cells: Rows = [
      ["项目名称", "项目名称", "某项目"],
      ["资金支出计划（%）", "资金支出计划（%）", "3月底", "6月底", "10月底", "12月底"],
      [null, null, "25%", "50%", "75%", "100%"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "a", "1次"],
    ];
    const [t] = readTables({ sheet: "S", cells });
    expect(t.header.projectName).toMatchObject({ text: "某项目", cell: "C1" });
    expect(t.plan?.points.map((p) => [p.label.text, p.value.text])).toEqual([
      ["3月底", "25%"],
      ["6月底", "50%"],
      ["10月底", "75%"],
      ["12月底", "100%"],
    ]);
  });

  test("a header row needs 一级/二级/三级 and a 指标值 column", () => {
    expect(readTables({ sheet: "S", cells: [["一级指标", "二级指标", "三级指标"], ["产出指标", "数量指标", "a"]] })).toEqual([]);
  });

  test("an empty value under a label is an empty CellText at the next cell, not the following label", () => {
    const cells: Rows = [
      ["项目编码", null, null, "项目名称", "某项目"],
      ["预算规模及资金用途", "预算数", null, "其中：财政资金", "3.00", "其他资金"],
      [null, null],
      ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"],
      ["产出指标", "数量指标", "a", "b", "1次", "c"],
    ];
    const [t] = readTables({ sheet: "S", cells });
    expect(t.header.projectCode).toMatchObject({ text: "", cell: "B1" });
    expect(t.header.budget).toMatchObject({ text: "", cell: "C2" });
    expect(t.header.fiscal?.text).toBe("3.00");
  });
});

describe("tableFromRows", () => {
  test("six columns in template order, forward fill, blank rows kept and aligned", () => {
    const t = tableFromRows(
      [
        ["产出指标", "数量指标", "培训人数", "参训人数", "≥45人", "计划"],
        [null, null, "培训天数", "", "=3天", "计划"],
        [],
        ["", "质量指标", "出勤率", "", "≥95%", ""],
        ["效益指标", "", "能力提升率", "", "≥20%", ""],
      ],
      { sheet: "表1", origin: { row: 4, col: 2 } },
    );
    expect(t.variant).toBe("rows");
    expect(t.sheet).toBe("表1");
    expect(t.range).toBe("C5:H9");
    expect(t.layout).toMatchObject({ hasBasis: true, hasDescription: true });
    expect(t.indicators.map((r) => [r.index, r.level1.text, r.level1.filled ?? false, r.level2.text, r.level3.text, r.value.text, r.value.cell])).toEqual([
      [0, "产出指标", false, "数量指标", "培训人数", "≥45人", "G5"],
      [1, "产出指标", true, "数量指标", "培训天数", "=3天", "G6"],
      [2, "", false, "", "", "", "G7"],
      [3, "产出指标", true, "质量指标", "出勤率", "≥95%", "G8"],
      [4, "效益指标", false, "", "能力提升率", "≥20%", "G9"],
    ]);
    expect(t.indicators[0].basis?.cell).toBe("H5");
  });

  test("a leading header row is skipped and decides the columns", () => {
    const t = tableFromRows([
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "a", "1次"],
    ]);
    expect(t.indicators).toHaveLength(1);
    expect(t.indicators[0]).toMatchObject({ index: 0, level3: { text: "a", cell: "C2" }, value: { text: "1次", cell: "D2" } });
    expect(t.indicators[0].description).toBeUndefined();
    expect(t.layout.hasBasis).toBe(false);
  });

  test.each([
    [5, { l1: "A", l2: "B", l3: "C", desc: "D", value: "E" }],
    [4, { l1: "A", l2: "B", l3: "C", value: "D" }],
    [3, { l2: "A", l3: "B", value: "C" }],
    [2, { l3: "A", value: "B" }],
    [1, { value: "A" }],
  ])("%i columns map to fixed roles", (n, roles) => {
    const row = ["v1", "v2", "v3", "v4", "v5"].slice(0, n);
    const t = tableFromRows([row]);
    const r = t.indicators[0];
    const at = (col?: string) => (col ? row[col.charCodeAt(0) - 65] : "");
    expect(r.value).toMatchObject({ text: at(roles.value), cell: `${roles.value}1` });
    expect(r.level3.text).toBe(at((roles as { l3?: string }).l3));
    expect(r.level2.text).toBe(at((roles as { l2?: string }).l2));
    expect(r.level1.text).toBe(at((roles as { l1?: string }).l1));
    expect(r.description?.text).toBe((roles as { desc?: string }).desc ? at((roles as { desc?: string }).desc) : undefined);
  });

  test("garbage in, a table out", () => {
    expect(tableFromRows(null as unknown as CellValue[][]).indicators).toEqual([]);
    const t = tableFromRows([["产出指标", 5, null, undefined, new Date(NaN), Number.NaN]] as unknown as CellValue[][]);
    expect(t.indicators[0].level2.text).toBe("5");
    expect(t.indicators[0].value.text).toBe("");
  });
});
