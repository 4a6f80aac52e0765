/**
 * Round-trips are the cost: the Excel adapter must read a whole sheet in ONE context.sync and insert a
 * template in at most two, whatever the sheet's size. Counted on office-addin-mock contexts.
 */
import { OfficeMockObject } from "office-addin-mock";
import { ExcelHost } from "../../src/hosts/excel";
import { templateGrid } from "../../src/engine/templates";
import { blockFromTemplate } from "../../src/taskpane/insert";

type Ctx = OfficeMockObject & Record<string, any>;

function sheetRows(n: number): (string | number)[][] {
  const rows: (string | number)[][] = [["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据", ""]];
  for (let i = 1; i < n; i++) rows.push(["产出指标", "数量指标", `指标${i}`, "描述", i % 2 ? "≥45人" : 0.25, "依据", ""]);
  return rows;
}

/** A mock workbook whose active sheet's used range is `rows` at B3, with B3:B12 merged; the active cell is far below. */
function makeContext(rows: (string | number)[][], userCell?: { r: number; c: number; v: string }): { ctx: Ctx; written: Record<string, any> } {
  const targetValues = Array.from({ length: 18 }, () => Array(8).fill(""));
  if (userCell) targetValues[userCell.r][userCell.c] = userCell.v;
  const text = rows.map((r) => r.map((v) => (typeof v === "number" ? `${v * 100}%` : v)));
  const ctx = new OfficeMockObject({
    workbook: {
      worksheets: {
        active: {
          name: "Sheet1",
          id: "{sheet-1}",
          used: { values: rows, text, formulas: rows, rowIndex: 2, columnIndex: 1, address: "Sheet1!B3:H99", merged: { address: "Sheet1!B3:B12,Sheet1!C4:C5" } },
          target: {
            address: "Sheet1!B20005:I20022",
            values: targetValues,
            formulas: Array.from({ length: 18 }, () => Array(8).fill("")),
            rowIndex: 20004,
            columnIndex: 1,
            col: { format: { columnWidth: 48 } },
          },
        },
      },
    },
  }) as Ctx;
  const ws = ctx.workbook.worksheets.active;
  const written: Record<string, any> = { merges: 0, cellWrites: 0 };
  ctx.workbook.worksheets.getActiveWorksheet = () => ws;
  ws.getUsedRange = () => ws.used;
  ws.used.getMergedAreasOrNullObject = () => ws.used.merged;
  const anchor = { getResizedRange: () => ws.target };
  ctx.workbook.getActiveCell = () => anchor;
  const cellProxy = (): any => {
    const p: any = {
      format: { font: {}, fill: {}, borders: { getItem: () => ({}) } },
      merge: () => void written.merges++,
      set formulas(f: any) {
        written.formula = (written.formula ?? []).concat(f);
      },
      set formulasR1C1(f: any) {
        written.formula = (written.formula ?? []).concat(f);
      },
    };
    p.getResizedRange = () => p;
    return p;
  };
  ws.target.getColumn = () => ws.target.col;
  ws.target.getCell = () => {
    written.cellWrites++;
    return cellProxy();
  };
  ws.target.format = { borders: { getItem: () => ({}) } };
  return { ctx, written };
}

function hostFor(ctx: Ctx) {
  return new ExcelHost(((batch: any) => batch(ctx)) as any);
}

describe("Excel adapter round-trips (office-addin-mock)", () => {
  it.each([10, 10000])("readUsedRange of a %i-row sheet: one context.sync, whole grid, merges relative to the used range", async (n) => {
    const { ctx } = makeContext(sheetRows(n));
    const sync = jest.spyOn(ctx, "sync");
    const read = await hostFor(ctx).readUsedRange();
    expect(sync).toHaveBeenCalledTimes(1);
    expect(read.grid.cells).toHaveLength(n);
    expect(read.grid.origin).toEqual({ row: 2, col: 1 });
    expect(read.grid.merges).toEqual([
      { top: 0, left: 0, bottom: 9, right: 0 },
      { top: 1, left: 1, bottom: 2, right: 1 },
    ]);
    if (n > 2) expect(read.grid.cells[2][4]).toBe("25%"); // percent-formatted number passed as the text the user sees
  });

  it.each([10, 10000])("inserting a template beside a %i-row sheet: at most two context.sync calls", async (n) => {
    const { ctx, written } = makeContext(sheetRows(n));
    const sync = jest.spyOn(ctx, "sync");
    const block = blockFromTemplate(templateGrid("training", { year: 2025, example: true }), { formulas: true });
    const res = await hostFor(ctx).writeBlock(block);
    expect(res.ok).toBe(true);
    expect(sync.mock.calls.length).toBeLessThanOrEqual(2);
    const ws = ctx.workbook.worksheets.active;
    // Written in one batch: values, formats, merges and the live formulas.
    expect(ws.target.values[0][0]).toContain("绩效目标表");
    expect(ws.target.numberFormat[9][4]).toBe("@");
    expect(written.merges).toBe(block.merges!.length);
    expect(JSON.stringify(written.formula)).toContain("=PERF.CHECK(RC[-7]:R[8]C[-2],R[-6]C[-5],2025)");
    expect(JSON.stringify(written.formula)).toContain("=PERF.SPENDCURVE(RC[-6]:RC[-3],R[-3]C[-5],R[-1]C[-6]:R[-1]C[-3])");
  });

  it("without ExcelApi 1.13 the sheet is read without merged areas, still in one sync", async () => {
    const { ctx } = makeContext(sheetRows(10));
    const sync = jest.spyOn(ctx, "sync");
    const read = await new ExcelHost(((batch: any) => batch(ctx)) as any, false).readUsedRange();
    expect(sync).toHaveBeenCalledTimes(1);
    expect(read.grid.merges).toEqual([]);
    expect(read.grid.cells).toHaveLength(10);
  });

  it("a non-empty target is reported after ONE sync and nothing is written", async () => {
    const { ctx } = makeContext(sheetRows(10), { r: 3, c: 2, v: "用户的数据" });
    const ws = ctx.workbook.worksheets.active;
    const sync = jest.spyOn(ctx, "sync");
    const block = blockFromTemplate(templateGrid("meeting", { year: 2025 }), { formulas: false });
    const res = await hostFor(ctx).writeBlock(block);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(res).toMatchObject({ ok: false, reason: "not-empty", conflicts: ["D20008"] });
    expect(ws.target.numberFormat).toBeUndefined();
  });
});
