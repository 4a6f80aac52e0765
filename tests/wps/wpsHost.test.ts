/**
 * The WPS host adapter (src/hosts/wps.ts) driven through the stand-in ET object model.
 */
import { createFakeWps } from "./fakeWps";
import { TANGSHAN_SHEET } from "./sampleTable";
import { WpsHost } from "../../src/hosts/wps";
import { HIGHLIGHT_COLORS, readMerges, valuesOf } from "../../src/hosts/wpsSheet";
import { bgr, XL_COLOR_INDEX_NONE, type WpsGlobal } from "../../src/hosts/wpsOm";

const s0 = (fake: ReturnType<typeof createFakeWps>) => fake.sheets[0];

function hostOver(fake: ReturnType<typeof createFakeWps>): WpsHost {
  return new WpsHost(fake.wps as unknown as WpsGlobal);
}

describe("reading a sheet", () => {
  it("reads the used range with one Value2 and one Formula read, anchored where the table starts", async () => {
    const fake = createFakeWps({ sheets: [TANGSHAN_SHEET] });
    const { grid, formulas } = await hostOver(fake).readUsedRange();
    expect(fake.calls.value2Get).toBe(1);
    expect(fake.calls.formulaGet).toBe(1);
    expect(grid.sheet).toBe("领潮计划");
    expect(grid.origin).toEqual({ row: 1, col: 1 }); // B2
    expect(grid.cells[0][0]).toBe("1.“领潮计划”专项培训绩效目标表");
    expect(grid.cells[3][2]).toBe(40); // 预算数 stays a number (General format)
    expect(grid.cells[9][4]).toBe("≥45人");
    expect(grid.cells[10][0]).toBeNull(); // the merged 一级 continuation reads blank, as ET gives it
    expect(formulas?.[9][4]).toBe("≥45人");
  });

  it("gives percent-formatted numbers as the text the accountant typed, asking only numeric cells for Text", async () => {
    const fake = createFakeWps({ sheets: [TANGSHAN_SHEET] });
    const { grid } = await hostOver(fake).readUsedRange();
    expect(grid.cells[6].slice(1, 5)).toEqual(["10%", "25%", "50%", "100%"]);
    // numeric cells in the sheet: 40, 40 and the four plan points
    expect(fake.calls.textGet).toBe(6);
  });

  it("finds merged areas relative to the block, walking only rows that contain merges", async () => {
    const fake = createFakeWps({ sheets: [TANGSHAN_SHEET] });
    const { grid } = await hostOver(fake).readUsedRange();
    const merges = [...(grid.merges ?? [])].sort((a, b) => a.top - b.top);
    expect(merges).toEqual([
      { top: 3, left: 0, bottom: 4, right: 0 }, // B5:B6
      { top: 5, left: 0, bottom: 6, right: 0 }, // B7:B8
      { top: 9, left: 0, bottom: 12, right: 0 }, // B11:B14
    ]);
    // MergeArea is asked only in rows that have merges — 8 of the block's 15 rows (5–8, 11–14) × its 6 columns at
    // most — never per sheet cell.
    expect(fake.calls.mergeArea).toBeLessThanOrEqual(8 * 6);
  });

  it("asks nothing per cell when the block has no merge", () => {
    const fake = createFakeWps({ sheets: [{ name: "S", cells: [["a", "b"], ["c", "d"]] }] });
    const merges = readMerges(fake.sheets[0] as never, { top: 0, left: 0, bottom: 1, right: 1 });
    expect(merges).toEqual([]);
    expect(fake.calls.mergeArea).toBe(0);
    expect(fake.calls.mergeCells).toBe(1);
  });

  it("turns a single-cell Value2 into a 1×1 block and blanks into null", () => {
    expect(valuesOf("x")).toEqual([["x"]]);
    expect(valuesOf(undefined)).toEqual([[null]]);
    expect(valuesOf([[1, undefined], [null, "a"]])).toEqual([[1, null], [null, "a"]]);
  });

  it("says clearly when there is no WPS at all", async () => {
    await expect(new WpsHost(undefined).readUsedRange()).rejects.toThrow(/WPS 表格/);
  });
});

describe("writing a template block", () => {
  const block = {
    cells: [
      ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"],
      ["产出指标", "质量指标", "验收合格率", "", "=100%", "-按合同约定"],
      ["", "", "@提及", "", 9, "+1"],
    ],
    merges: [{ top: 1, left: 0, bottom: 2, right: 0 }],
    headerRows: [0],
    labelCells: [{ row: 1, col: 0 }],
    bordered: { top: 0, left: 0, bottom: 2, right: 5 },
    columnWidths: [10, 12],
    numberCells: [{ row: 2, col: 4, format: "0.00" }],
    formulas: [{ row: 1, col: 6, formula: "=PERF.CHECK(RC[-6]:R[1]C[-1])", r1c1: true }],
  };

  it("writes the block in one Value2 write at the selected cell; = + - @ stay text", async () => {
    const fake = createFakeWps();
    fake.select("C3");
    const res = await hostOver(fake).writeBlock(block);
    expect(res).toEqual({ ok: true, sheet: "Sheet1", address: "C3:H5" });
    expect(fake.calls.value2Set).toBe(1);
    expect(s0(fake).get("I4").formula).toBe("=PERF.CHECK(RC[-6]:R[1]C[-1])"); // through FormulaR1C1, beside the block
    expect(s0(fake).Range("C3:H5").Borders.LineStyle).toBe(1);
    expect(s0(fake).Range("C4").Font.Bold).toBe(true);
    const s = fake.sheets[0];
    expect(s.get("C3").value).toBe("一级指标");
    expect(s.get("G4")).toMatchObject({ value: "=100%" });
    expect(s.get("G4").formula).toBeUndefined();
    expect(s.get("H4").value).toBe("-按合同约定");
    expect(s.get("E5").value).toBe("@提及");
    expect(s.get("H5").value).toBe("+1");
    expect(s.get("H5").formula).toBeUndefined();
    expect(s.get("G5").value).toBe(9);
    expect(s.merges).toEqual([{ top: 3, left: 2, bottom: 4, right: 2 }]);
    expect(s.Range("C3:H3").Font.Bold).toBe(true);
    expect(s.columnWidths.get(2)).toBe(10);
  });

  it("refuses, writing nothing, when any target cell holds a value or a formula", async () => {
    const fake = createFakeWps({ sheets: [{ name: "S", cells: [[], [], [null, null, null, null, null, "备注"]] }] });
    fake.sheets[0].Range("D5").Formula = "=SUM(A1:A2)";
    fake.select("C3");
    const before = fake.calls.value2Set;
    const res = await hostOver(fake).writeBlock(block);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.conflicts.sort()).toEqual(["D5", "F3"]);
    // The formula cell beside the block is part of the check too.
    const beside = createFakeWps({ sheets: [{ name: "S", cells: [[], [], [], [null, null, null, null, null, null, null, null, "x"]] }] });
    beside.select("C3");
    const res2 = await hostOver(beside).writeBlock(block);
    expect(res2.ok).toBe(false);
    if (!res2.ok) expect(res2.conflicts).toEqual(["I4"]);
    expect(fake.calls.value2Set).toBe(before);
    expect(fake.sheets[0].get("C3").value).toBeUndefined();
  });

  it("writes into a new, uniquely named sheet at A1", async () => {
    const fake = createFakeWps({ sheets: [{ name: "培训类" }] });
    const res = await hostOver(fake).writeBlock(block, { newSheet: "培训类" });
    expect(res).toMatchObject({ ok: true, sheet: "培训类 (2)", address: "A1:F3" });
    expect(fake.app.ActiveWorkbook.Sheets.Item("培训类 (2)").get("A1").value).toBe("一级指标");
  });
});

describe("highlights", () => {
  const userYellow = bgr(255, 255, 0);

  it("marks finding cells by severity and gives back the user's own fill (or no fill) when cleared", async () => {
    const fake = createFakeWps({ sheets: [{ name: "S", cells: [["a", "b", "c"]], fills: { B1: userYellow } }] });
    const host = hostOver(fake);
    const ids = await host.addHighlights([
      { cell: "A1", severity: "warning" },
      { cell: "A1", severity: "error" },
      { cell: "B1", severity: "info" },
    ]);
    expect(ids.sort()).toEqual(["S!A1", "S!B1"]);
    const s = fake.sheets[0];
    expect(s.get("A1").color).toBe(HIGHLIGHT_COLORS.error); // the most severe wins
    expect(s.get("B1").color).toBe(HIGHLIGHT_COLORS.info);
    expect(await host.clearHighlights()).toBe(2);
    expect(s.get("A1").colorIndex).toBe(XL_COLOR_INDEX_NONE);
    expect(s.get("B1").color).toBe(userYellow);
    expect(s.get("C1").colorIndex).toBe(XL_COLOR_INDEX_NONE);
  });

  it("marking twice keeps the ORIGINAL fill, and a cell the user refilled meanwhile keeps the user's fill", async () => {
    const fake = createFakeWps({ sheets: [{ name: "S", cells: [["a", "b"]], fills: { A1: userYellow } }] });
    const host = hostOver(fake);
    await host.addHighlights([{ cell: "A1", severity: "info" }, { cell: "B1", severity: "info" }]);
    await host.addHighlights([{ cell: "A1", severity: "error" }]);
    const green = bgr(0, 176, 80);
    fake.sheets[0].Range("B1").Interior.Color = green; // the user paints B1 after our check
    await host.clearHighlights();
    expect(fake.sheets[0].get("A1").color).toBe(userYellow);
    expect(fake.sheets[0].get("B1").color).toBe(green);
  });

  it("another page of the add-in (the ribbon) can clear what the pane marked, through PluginStorage", async () => {
    const fake = createFakeWps({ sheets: [{ name: "S", cells: [["a"]] }] });
    await hostOver(fake).addHighlights([{ cell: "A1", severity: "error" }]);
    expect(fake.storage.get("perfcheck.highlights")).toContain("A1");
    expect(await hostOver(fake).clearHighlights()).toBe(1);
    expect(fake.sheets[0].get("A1").colorIndex).toBe(XL_COLOR_INDEX_NONE);
  });

  it("ignores findings without a usable cell", async () => {
    const fake = createFakeWps();
    expect(await hostOver(fake).addHighlights([{ cell: "", severity: "error" }, { cell: "not a cell", severity: "info" }])).toEqual([]);
    expect(fake.calls.interiorSet).toBe(0);
  });
});

describe("selection and exact cell snapshots", () => {
  it("reports and moves the selection", async () => {
    const fake = createFakeWps({ sheets: [{ name: "A" }, { name: "B" }] });
    const host = hostOver(fake);
    fake.select("C5:F9");
    expect(await host.readSelection()).toEqual({ sheet: "A", address: "C5:F9" });
    await host.selectCell("E7", "B");
    expect(await host.readSelection()).toEqual({ sheet: "B", address: "E7" });
  });

  it("reads and writes back formulas and text exactly", async () => {
    const fake = createFakeWps({ sheets: [{ name: "S", cells: [[1, 2, "=文字"]] }] });
    fake.sheets[0].Range("D1").Formula = "=A1+B1";
    const host = hostOver(fake);
    const snap = await host.readCells(["C1", "D1"]);
    expect(snap).toEqual([
      { address: "C1", sheet: "S", formula: null, value: "=文字", numberFormat: "General" },
      { address: "D1", sheet: "S", formula: "=A1+B1", value: null, numberFormat: "General" },
    ]);
    fake.sheets[0].Range("C1:D1").Value2 = [["x", "y"]];
    await host.writeCells([...snap, { address: "E1", sheet: "S", formula: null, value: "25%", numberFormat: "@" }]);
    expect(fake.sheets[0].get("C1")).toMatchObject({ value: "=文字", formula: undefined });
    expect(fake.sheets[0].get("D1").formula).toBe("=A1+B1");
    expect(fake.sheets[0].Range("E1").Text).toBe("25%"); // literal text, not 0.25
    expect(fake.sheets[0].get("E1").value).toBe("25%");
  });
});
