/**
 * ExcelJS → SheetGrid: the values the engine gets are what the user sees (cached formula results, rich text
 * joined, hyperlink text, error text, percent-formatted numbers as "25%"), merges are clipped to the data.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import type { SheetGrid } from "../../src/engine";
import { readWorkbook } from "../../src/cli/readWorkbook";
import { applyMerges, formatPercent, isPercentFormat, plainValue } from "../../src/xlsx/xlsxGrid";
import { BAD_DIR } from "./helpers";

async function grids(file: string): Promise<SheetGrid[]> {
  const r = await readWorkbook(path.join(BAD_DIR, file));
  if (!r.ok) throw new Error(`${file}: ${r.reason}`);
  return r.grids;
}

/** Row index of the 一级指标 header row. */
function headerRow(g: SheetGrid): number {
  return g.cells.findIndex((r) => r[0] === "一级指标");
}

describe("cell values", () => {
  test("percent formats give the displayed text, quoted % does not scale", () => {
    expect(isPercentFormat("0%")).toBe(true);
    expect(isPercentFormat("0.00%;[Red]-0.00%")).toBe(true);
    expect(isPercentFormat('0"%"')).toBe(false);
    expect(isPercentFormat("General")).toBe(false);
    expect(isPercentFormat(undefined)).toBe(false);
    expect(formatPercent(0.25, "0%")).toBe("25%");
    expect(formatPercent(1, "0%")).toBe("100%");
    expect(formatPercent(0.125, "0.0%")).toBe("12.5%");
    expect(formatPercent(0.145, "0.0%")).toBe("14.5%");
    expect(formatPercent(0.0001, "0.00%")).toBe("0.01%");
    expect(formatPercent(-0.5, "0%")).toBe("-50%");
  });

  test("plainValue: rich text, hyperlinks, errors, formulas, dates", () => {
    expect(plainValue({ richText: [{ text: "培训" }, { text: "人数" }] })).toBe("培训人数");
    expect(plainValue({ text: "依据", hyperlink: "https://x.invalid" })).toBe("依据");
    expect(plainValue({ text: { richText: [{ text: "a" }, { text: "b" }] }, hyperlink: "h" })).toBe("ab");
    expect(plainValue({ error: "#N/A" })).toBe("#N/A");
    expect(plainValue({ formula: "1/0", result: { error: "#DIV/0!" } })).toBe("#DIV/0!");
    expect(plainValue({ sharedFormula: "B7", result: 0.5 })).toBe(0.5);
    expect(plainValue({ formula: "A1" })).toBeNull();
    const d = new Date(Date.UTC(2025, 11, 31));
    expect(plainValue(d)).toBe(d);
    expect(plainValue(new Date(NaN))).toBeNull();
    expect(plainValue(undefined)).toBeNull();
  });

  test("percent-formatted numbers and shared formulas in a real file", async () => {
    const [g] = await grids("shared-formulas-percent.xlsx");
    expect(g.cells[6].slice(1, 5)).toEqual(["25%", "50%", "75%", "100%"]);
  });

  test("cached formula errors become their text; a formula without a cached value is blank", async () => {
    const [g] = await grids("formula-errors.xlsx");
    const h = headerRow(g);
    expect(g.cells[h + 1][4]).toBe("#DIV/0!");
    expect(g.cells[h + 2][4]).toBe("#N/A");
    expect(g.cells[h + 3][4]).toBe("≥10人");
    expect(g.cells[h + 4][4]).toBeNull();
    expect(g.cells[3][2]).toBe("#REF!");
  });

  test("rich text, hyperlinks, dates, booleans and extreme numbers", async () => {
    const [g] = await grids("rich-text-hyperlinks-dates.xlsx");
    const h = headerRow(g);
    expect(g.cells[h + 1][2]).toBe("培训人数");
    expect(g.cells[h + 2][5]).toBe("按最新上级文件要求");
    const d = g.cells[h + 3][4];
    expect(d).toBeInstanceOf(Date);
    expect((d as Date).toISOString()).toBe("2025-12-31T00:00:00.000Z");
    expect(g.cells[h + 4][4]).toBe(true);
    expect(g.cells[h + 5][4]).toBe(1e308);
  });

  test("32 767-character cells arrive whole", async () => {
    const [g] = await grids("long-cells-32767.xlsx");
    const lengths = g.cells.flat().filter((v): v is string => typeof v === "string").map((s) => s.length);
    expect(Math.max(...lengths)).toBe(32767);
    expect(lengths.filter((n) => n === 32767).length).toBe(3);
  });
});

describe("sheets and merges", () => {
  test("every sheet, hidden and very hidden included, with emoji names intact", async () => {
    expect((await grids("hidden-sheets.xlsx")).map((g) => g.sheet)).toEqual(["封面", "隐藏表", "深度隐藏"]);
    expect((await grids("emoji-sheet-name.xlsx")).map((g) => g.sheet)).toEqual(["📊绩效目标🎯"]);
  });

  test("merged areas: listed 0-based, covered cells blank, the top-left keeps the value", async () => {
    const [g] = await grids("merged-everywhere.xlsx");
    expect(g.merges!.length).toBeGreaterThan(10);
    expect(g.merges).toContainEqual({ top: 0, left: 0, bottom: 1, right: 1 });
    expect(g.cells[0][0]).toMatch(/绩效目标表$/);
    for (const m of g.merges!)
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) expect(g.cells[r]?.[c] ?? null).toBeNull();
  });

  test("a merge over the whole sheet is kept as written (the reader clamps it) and blanks the data; 1×1 and malformed refs are dropped", async () => {
    const [g] = await grids("giant-merge.xlsx");
    expect(g.merges).toEqual([
      { top: 0, left: 0, bottom: 1048575, right: 16383 },
      { top: 0, left: 0, bottom: 1, right: 1 },
    ]);
    expect(g.cells[0][0]).toMatch(/绩效目标表$/);
    expect(g.cells.flat().filter((v) => v !== null && v !== undefined)).toHaveLength(1);
  });

  test("applyMerges work is bounded by the data, not the merge area", () => {
    const cells = [["a", "b"], ["c", "d"]];
    // 2 000 whole-sheet merges over 4 cells: walking the areas (17 billion cells each) would time the test out.
    const m = applyMerges(cells, Array.from({ length: 2000 }, () => "A1:XFD1048576"));
    expect(m).toEqual([{ top: 0, left: 0, bottom: 1048575, right: 16383 }]);
    expect(cells).toEqual([["a", null], [null, null]]);
  });

  test("a value in XFD1048576 gives a ragged grid, not a dense 17-billion-cell one", async () => {
    const [g] = await grids("far-corner-cell.xlsx");
    expect(g.cells).toHaveLength(1048576);
    expect(g.cells[1048575]).toHaveLength(16384);
    expect(g.cells[1048575][16383]).toBe("最后一个单元格");
    expect(g.cells[5]).toEqual([]);
  });

  test("ExcelJS's own merges (no load patch) are read the same way", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = "x";
    ws.getCell("B2").value = "y";
    ws.mergeCells("A1:B1");
    const { workbookToGrids } = await import("../../src/xlsx/xlsxGrid");
    const [g] = workbookToGrids(wb);
    expect(g.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(g.cells[0]).toEqual(["x"]);
    expect(g.cells[1]).toEqual([null, "y"]);
  });
});
