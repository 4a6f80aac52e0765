/**
 * How forms title the budget and its sources beyond the label list: a grammar (项目预算, 年度预算, 申请金额, 本年度预算金额),
 * the total under a 合计 column title, fund parts of any level (市县资金), and a non-fiscal source printed under its own
 * name (自筹资金). Each of these once lost the budget or gave a false BUDGET_SUM_MISMATCH error.
 */
import { readTables } from "../../src/engine/reader";
import { checkTable } from "../../src/engine/check";
import type { CellValue } from "../../src/engine/types";

const IND: CellValue[][] = [
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "数量指标", "培训人次", "≥200人次"],
];
const table = (header: CellValue[][]) => readTables({ sheet: "S", cells: [["项目名称", "2024年培训经费"], ...header, ...IND] })[0];
const sumErrors = (header: CellValue[][]) => checkTable(table(header), { year: 2024 }).filter((f) => f.code === "BUDGET_SUM_MISMATCH");

describe("budget labels", () => {
  test.each([["项目预算（万元）"], ["年度预算"], ["申请金额（万元）"], ["本年度预算金额"], ["申请资金"], ["专项预算数"], ["申报金额"], ["项目总金额"]])("%s is the budget", (label) => {
    expect(table([[label, "10"]]).header.budget?.text).toBe("10");
  });

  test.each([["预算执行率"], ["预算单位"]])("%s is no budget", (label) => {
    expect(table([[label, "10"]]).header.budget).toBeUndefined();
  });

  test("a funds line with a note in brackets is still that line (其他资金（学校事业收入提取）); a unit in brackets stays a unit", () => {
    const t = table([["年度资金总额", "236.8"], ["其中：财政拨款（含中央资金）", "224"], ["其他资金（学校事业收入提取）", "12.8"]]);
    expect([t.header.budget?.text, t.header.fiscal?.text, t.header.other?.text]).toEqual(["236.8", "224", "12.8"]);
    expect(sumErrors([["年度资金总额", "236.8"], ["其中：财政拨款（含中央资金）", "224"], ["其他资金（学校事业收入提取）", "12.8"]])).toEqual([]);
    expect(table([["其他资金（万元）", "12.8"]]).header.other?.text).toBe("12.8");
  });

  test("项目金额（万元） | 年度资金总额 | amount (032 蒙城): the outer label is a group title; the budget is the inner one's", () => {
    const t = table([
      ["项目金额（万元）", "年度资金总额", "2279.048"],
      ["", "其中：财政拨款", "2279.048"],
      ["", "其他资金", ""],
    ]);
    expect([t.header.budget?.text, t.header.fiscal?.text]).toEqual(["2279.048", "2279.048"]);
    expect(checkTable(t, { year: 2024 }).filter((f) => f.code === "HEADER_MISSING_FIELD" && /预算数/.test(f.message))).toEqual([]);
  });

  test("年度预算数（万元） | 合计 | 财政拨款 | 其他资金 over a row of amounts: the budget is the amount under 合计", () => {
    const t = table([
      ["年度预算数（万元）", "合计", "财政拨款", "其他资金"],
      ["", "10", "10", "0"],
    ]);
    expect([t.header.budget?.text, t.header.fiscal?.text, t.header.other?.text]).toEqual(["10", "10", "0"]);
  });
});

describe("fund parts", () => {
  test("中央 5 + 省级 3 + 市县资金 2 = 10: no mismatch (市县资金 is a part); 市县资金 1 is one", () => {
    expect(sumErrors([["资金来源", "中央资金", "5", "省级资金", "3", "市县资金", "2"], ["预算数（万元）", "10"]])).toEqual([]);
    expect(sumErrors([["资金来源", "中央资金", "5", "省级资金", "3", "市县资金", "1"], ["预算数（万元）", "10"]])).toHaveLength(1);
  });

  test("财政资金 8 + 自筹资金 2 = 10 with no 其他资金 line: no mismatch; 自筹资金 1 is one", () => {
    expect(sumErrors([["本年度预算金额", "10", "其中：财政资金", "8", "自筹资金", "2"]])).toEqual([]);
    expect(sumErrors([["本年度预算金额", "10", "其中：财政资金", "8", "自筹资金", "1"]])).toHaveLength(1);
  });
});

describe("部门整体: a list of tasks with their amounts", () => {
  test("总额 | 财政拨款 | 其他资金 over the tasks: budget and parts are the list's 金额合计 row, not its first task", () => {
    const cells: CellValue[][] = [
      ["部门（单位）名称", "某县文化和旅游局", "", "", "", ""],
      ["年度主要任务", "任务名称", "主要内容", "预算金额（万元）", "", ""],
      ["", "", "", "总额", "财政拨款", "其他资金"],
      ["", "1.公共文化服务", "开展文化惠民活动", "50", "50", "0"],
      ["", "2.文物保护", "开展文物巡查和修缮", "30", "30", "0"],
      ["金额合计", "", "", "80", "80", "0"],
      ["年度总体目标", "开展文化惠民演出50场。", "", "", "", ""],
      ...IND,
    ];
    const t = readTables({ sheet: "S", cells, merges: [{ top: 1, left: 3, bottom: 1, right: 5 }] })[0];
    expect([t.header.budget?.text, t.header.budget?.cell, t.header.fiscal?.text, t.header.other?.text]).toEqual(["80", "D6", "80", "0"]);
    expect(checkTable(t, { year: 2024 }).filter((f) => f.code === "BUDGET_SUM_MISMATCH")).toEqual([]);
  });

  test("财政拨款 titling the list's last column (no 其他资金), the indicator block wider: read on the 金额合计 row, never blank", () => {
    const cells: CellValue[][] = [
      ["部门（单位）名称", "某镇人民政府", "", "", ""],
      ["年度主要任务", "任务名称", "主要内容", "预算金额（万元）", ""],
      ["", "", "", "总额", "财政拨款"],
      ["", "机关运行保障", "保障机关正常运转", "1268.4", "1268.4"],
      ["", "乡村道路养护", "村道日常养护", "63", "63"],
      ["", "金额合计", "", "1331.4", "1331.4"],
      ["年度总体目标", "保障机关正常运转，完成村道养护。", "", "", ""],
      ["一级指标", "二级指标", "三级指标", "", "指标值", "备注"],
      ["产出指标", "数量指标", "村道养护里程", "", "≥126公里", ""],
    ];
    for (const merges of [[{ top: 1, left: 3, bottom: 1, right: 4 }], [{ top: 1, left: 3, bottom: 1, right: 4 }, { top: 8, left: 2, bottom: 8, right: 3 }]]) {
      const t = readTables({ sheet: "S", cells, merges })[0];
      expect([t.header.budget?.text, t.header.fiscal?.text, t.header.fiscal?.cell]).toEqual(["1331.4", "1331.4", "E6"]);
      expect(checkTable(t, { year: 2025 }).filter((f) => f.code === "HEADER_MISSING_FIELD" || f.code === "BUDGET_SUM_MISMATCH")).toEqual([]);
    }
  });

  test("预算金额（万元） written out over both its columns (a host that fills every cell of a merge) is still one title", () => {
    const cells: CellValue[][] = [
      ["部门（单位）名称", "某县文化和旅游局", "", "", "", ""],
      ["年度主要任务", "任务名称", "主要内容", "预算金额（万元）", "预算金额（万元）", "预算金额（万元）"],
      ["年度主要任务", "任务名称", "主要内容", "总额", "财政拨款", "其他资金"],
      ["年度主要任务", "1.公共文化服务", "开展文化惠民活动", "50", "50", "0"],
      ["年度主要任务", "2.文物保护", "开展文物巡查和修缮", "30", "30", "0"],
      ["年度主要任务", "金额合计", "金额合计", "80", "80", "0"],
      ["年度总体目标", "开展文化惠民演出50场。", "开展文化惠民演出50场。", "开展文化惠民演出50场。", "开展文化惠民演出50场。", "开展文化惠民演出50场。"],
      ...IND,
    ];
    const t = readTables({ sheet: "S", cells })[0];
    expect([t.header.budget?.text, t.header.fiscal?.text, t.header.other?.text]).toEqual(["80", "80", "0"]);
  });

  test("预算金额（万元） after a column no label names (对应项目) still titles 总额 | 财政拨款; 基本支出 in that column is a task's project, no 其中 line", () => {
    const cells: CellValue[][] = [
      ["部门（单位）名称", "某县人力资源和社会保障局", "", "", "", ""],
      ["年度主要任务", "任务名称", "主要内容", "对应项目", "预算金额（万元）", ""],
      ["", "", "", "", "总额", "财政拨款"],
      ["", "机关运转保障", "保障在职人员工资福利", "基本支出", "386.52", "386.52"],
      ["", "职业技能培训", "开展职业技能培训", "职业技能提升培训补贴", "180", "180"],
      ["", "金额合计", "", "", "566.52", "546.52"],
      ["年度总体目标", "开展职业技能培训1200人次。", "", "", "", ""],
      ...IND,
    ];
    // Merged over its two columns, or written out into both (a host that fills every cell of a merge).
    const writtenOut = cells.map((row, r) => (r === 1 ? row.map((v, c) => (c === 5 ? "预算金额（万元）" : v)) : row));
    for (const grid of [{ sheet: "S", cells, merges: [{ top: 1, left: 4, bottom: 1, right: 5 }] }, { sheet: "S", cells: writtenOut }]) {
      const t = readTables(grid)[0];
      expect([t.header.budget?.text, t.header.fiscal?.text, t.header.fundParts]).toEqual(["566.52", "546.52", undefined]);
      const sums = checkTable(t, { year: 2026 }).filter((f) => f.code === "BUDGET_SUM_MISMATCH");
      expect(sums.map((f) => f.message)).toEqual([expect.stringContaining("财政资金 546.52万元 + 其他资金 0万元")]);
    }
  });

  test("a task list without its total: the budget is not guessed from the first task", () => {
    const cells: CellValue[][] = [
      ["部门（单位）名称", "某县文化和旅游局", "", ""],
      ["年度主要任务", "任务名称", "预算金额（万元）", ""],
      ["", "", "总额", ""],
      ["", "1.公共文化服务", "50", ""],
      ["", "2.文物保护", "30", ""],
      ...IND,
    ];
    const t = readTables({ sheet: "S", cells })[0];
    expect(t.header.budget?.text).not.toBe("50");
  });
});

describe("name and goal labels of other forms", () => {
  const head = (label: string, value: string) => readTables({ sheet: "S", cells: [[label, value], ...IND] })[0].header;
  test.each([["专项（项目）名称"], ["资金名称"], ["项目名"]])("%s names the project", (label) => {
    expect(head(label, "2024年培训经费").projectName?.text).toBe("2024年培训经费");
  });
  test.each([["项目年度绩效目标"], ["年度预期目标"], ["项目目标"], ["整体目标"]])("%s is the goal", (label) => {
    expect(head(label, "2024年培训200人次").goal?.text).toBe("2024年培训200人次");
  });
  test("年初预算数 stays a 自评表 column title, not the budget", () => {
    expect(head("年初预算数", "10").budget).toBeUndefined();
  });
});

describe("value column titles of other forms", () => {
  test.each([["本年度指标值"], ["拟达到的目标值"], ["标准值"], ["指标目标"]])("%s titles the value column", (title) => {
    const [t] = readTables({ sheet: "S", cells: [["项目名称", "2024年培训经费"], ["一级指标", "二级指标", "三级指标", title], ["产出指标", "数量指标", "培训人次", "≥200人次"]] });
    expect(t?.indicators[0].value.text).toBe("≥200人次");
  });
});

describe("a value column under a title the reader does not know", () => {
  const read = (title: string, values: string[]) =>
    readTables({ sheet: "S", cells: [["项目名称", "2024年培训经费"], ["一级指标", "二级指标", "三级指标", title], ...values.map((v, i) => ["产出指标", "数量指标", `指标${i}名称`, v])] })[0];
  test("考核值 / 年度任务 with something written below: read as the value column", () => {
    expect(read("考核值", ["≥200人次", "较好"])?.indicators.map((i) => i.value.text)).toEqual(["≥200人次", "较好"]);
    expect(read("年度任务", ["全年开展", "≥3次"])?.indicators[0].value.text).toBe("全年开展");
  });
  test("a note, an explanation or an actual column is never taken for it; an empty column gives no table", () => {
    for (const title of ["备注", "指标解释", "实际完成值"]) expect(read(title, ["≥200人次"])).toBeUndefined();
    expect(read("考核值", ["", ""])).toBeUndefined();
  });
});

describe("a 二级 column under a title the reader does not know", () => {
  test.each([["类别"], [""], ["指标细分"]])("一级指标 | %s | 三级指标 with 数量指标, 质量指标 below: the 二级 column", (title) => {
    const [t] = readTables({
      sheet: "S",
      cells: [["项目名称", "2024年培训经费"], ["一级指标", title, "三级指标", "指标值"], ["产出指标", "数量指标", "培训人次", "≥200人次"], ["产出指标", "质量指标", "培训合格率", "≥95%"]],
    });
    expect(t.indicators.map((i) => i.level2.text)).toEqual(["数量指标", "质量指标"]);
  });
});

test("自治区资金 and 区本级资金 are fund parts (their sum is checked against the total)", () => {
  expect(sumErrors([["年度资金总额", "380"], ["其中：中央资金", "260"], ["自治区资金", "90"], ["区本级资金", "20"]])).toHaveLength(1);
  expect(sumErrors([["年度资金总额", "370"], ["其中：中央资金", "260"], ["自治区资金", "90"], ["区本级资金", "20"]])).toEqual([]);
});
