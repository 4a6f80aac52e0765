/**
 * The web checker's marked copy (src/checker/mark.ts), in Node on the seed workbooks: offending cells
 * get a fill and a note, a 检查结果 sheet lists every finding, and NOTHING else changes — every cell
 * value, formula, merge and the untouched cells' styles survive the round trip. Text that looks like a
 * formula stays text.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { checkWorkbook, type SheetReport } from "../../src/engine";
import { workbookToGrids } from "../../src/xlsx/xlsxGrid";
import { MARK_FILL, RESULT_SHEET, markWorkbook, markedFileName } from "../../src/checker/mark";
import { checkFile, sniff } from "../../src/checker/workbook";

const FIXTURES = path.resolve(__dirname, "..", "fixtures");
const seeds = fs.readdirSync(FIXTURES).filter((f) => /^\d{3}_.*\.xlsx$/.test(f));

async function load(buf: Buffer | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as ArrayBuffer);
  return wb;
}

/** Every cell of every sheet: value (as JSON), style fill and note, keyed "Sheet!A1". */
function snapshot(wb: ExcelJS.Workbook): Map<string, { value: string; fill: string; note: string }> {
  const out = new Map<string, { value: string; fill: string; note: string }>();
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        out.set(`${ws.name}!${cell.address}`, { value: JSON.stringify(cell.value), fill: JSON.stringify(cell.fill ?? null), note: JSON.stringify(cell.note ?? null) });
      }),
    );
  }
  return out;
}

function mergesOf(wb: ExcelJS.Workbook): Record<string, string[]> {
  return Object.fromEntries(wb.worksheets.map((ws) => [ws.name, [...((ws.model as unknown as { merges?: string[] }).merges ?? [])].sort()]));
}

it("has the seed fixtures to test on", () => {
  expect(seeds.length).toBeGreaterThanOrEqual(5);
});

describe.each(seeds)("%s", (file) => {
  it("marked copy: fills + notes on finding cells, a 检查结果 sheet, every other cell and merge unchanged", async () => {
    const original = fs.readFileSync(path.join(FIXTURES, file));
    const before = await load(original);
    const reports = checkWorkbook(workbookToGrids(before));
    const findings = reports.flatMap((s) => s.tables.flatMap((t) => t.findings));
    const beforeCells = snapshot(before);
    const beforeMerges = mergesOf(before);
    const sheetNames = before.worksheets.map((w) => w.name);

    const summary = markWorkbook(before, reports, file);
    const after = await load(Buffer.from(await before.xlsx.writeBuffer()));

    expect(after.worksheets.map((w) => w.name)).toEqual([...sheetNames, RESULT_SHEET]);
    expect(mergesOf(after)).toEqual({ ...beforeMerges, [RESULT_SHEET]: [] });
    const markedAt = new Set(findings.filter((f) => f.cell).map((f) => `${reports.find((s) => s.tables.some((t) => t.findings.includes(f)))!.sheet}!${f.cell}`));
    expect(summary.markedCells).toBe(markedAt.size);
    const afterCells = snapshot(after);
    for (const [key, b] of beforeCells) {
      const a = afterCells.get(key);
      expect({ key, value: a?.value }).toEqual({ key, value: b.value });
      if (!markedAt.has(key)) expect({ key, fill: a?.fill, note: a?.note }).toEqual({ key, fill: b.fill, note: b.note });
    }
    for (const key of markedAt) {
      const [sheet, address] = key.split("!");
      const cell = after.getWorksheet(sheet)!.getCell(address);
      const target = cell.isMerged ? cell.master : cell;
      expect(Object.values(MARK_FILL)).toContain((target.fill as ExcelJS.FillPattern).fgColor?.argb);
      expect(JSON.stringify(target.note)).toContain("PerfCheck");
    }
    const result = after.getWorksheet(RESULT_SHEET)!;
    expect(result.getRow(1).values).toEqual([undefined, "工作表", "表格范围", "项目", "单元格", "级别", "代码", "问题说明", "建议"]);
    expect(result.rowCount - 1).toBe(Math.max(1, findings.length));
    const codes = new Set<string>();
    result.eachRow((row, n) => {
      if (n > 1) codes.add(String(row.getCell(6).value ?? ""));
    });
    for (const f of findings) expect(codes).toContain(f.code);
  });
});

describe("marking details", () => {
  function report(sheet: string, findings: SheetReport["tables"][number]["findings"]): SheetReport[] {
    return [{ sheet, tables: [{ table: { sheet, range: "A1:F9", header: { projectName: { text: "=项目" } } } as never, findings }] }];
  }

  it("text that starts with = + - @ is written as text, never as a formula", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").getCell("B2").value = "x";
    markWorkbook(wb, report("S", [{ code: "@CODE", severity: "error", row: 0, cell: "B2", message: "=SUM(A1:A9)", suggestion: "-按合同约定" }, { code: "X", severity: "info", row: 1, cell: "B3", message: "+1", suggestion: "@提及" }]));
    const back = await load(Buffer.from(await wb.xlsx.writeBuffer()));
    const ws = back.getWorksheet(RESULT_SHEET)!;
    const texts = [ws.getCell("C2"), ws.getCell("F2"), ws.getCell("G2"), ws.getCell("H2"), ws.getCell("G3"), ws.getCell("H3")];
    expect(texts.map((c) => c.value)).toEqual(["=项目", "@CODE", "=SUM(A1:A9)", "-按合同约定", "+1", "@提及"]);
    for (const c of texts) {
      expect(c.type).toBe(ExcelJS.ValueType.String);
      expect(c.formula).toBeUndefined();
    }
  });

  it("keeps the user's own note and adds ours after it; a merged cell is marked on its master", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = "产出指标";
    ws.mergeCells("A1:A3");
    ws.getCell("C1").value = "≥60";
    ws.getCell("C1").note = "财务科：请核对";
    markWorkbook(wb, report("S", [{ code: "VALUE_NO_UNIT", severity: "error", row: 0, cell: "C1", message: "缺少单位" }, { code: "HIERARCHY_INVALID", severity: "warning", row: 1, cell: "A2", message: "层级" }]));
    const back = await load(Buffer.from(await wb.xlsx.writeBuffer()));
    const s = back.getWorksheet("S")!;
    const note = JSON.stringify(s.getCell("C1").note);
    expect(note.indexOf("财务科：请核对")).toBeGreaterThanOrEqual(0);
    expect(note.indexOf("PerfCheck")).toBeGreaterThan(note.indexOf("财务科"));
    expect((s.getCell("C1").fill as ExcelJS.FillPattern).fgColor?.argb).toBe(MARK_FILL.error);
    expect((s.getCell("A1").fill as ExcelJS.FillPattern).fgColor?.argb).toBe(MARK_FILL.warning);
    expect(s.getCell("C1").value).toBe("≥60");
  });

  it("an existing 检查结果 sheet is left alone; ours gets the next free name", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet(RESULT_SHEET).getCell("A1").value = "用户自己的表";
    const res = markWorkbook(wb, []);
    expect(res.resultSheet).toBe(`${RESULT_SHEET}2`);
    expect(wb.getWorksheet(RESULT_SHEET)!.getCell("A1").value).toBe("用户自己的表");
  });

  it("names the copy and refuses non-xlsx bytes with a sentence", async () => {
    expect(markedFileName("预算.XLSX")).toBe("预算（已标注）.xlsx");
    expect(sniff(new Uint8Array())).toMatch(/为空/);
    expect(sniff(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toMatch(/\.xls/);
    expect(sniff(new TextEncoder().encode("项目,预算\n培训,40"))).toMatch(/CSV/);
    const truncated = fs.readFileSync(path.join(FIXTURES, seeds[0])).subarray(0, 2000);
    const res = await checkFile("坏.xlsx", new Uint8Array(truncated));
    expect(res.ok).toBe(false);
  });

  it("the page's checkFile gives the same findings as the CLI path (ExcelJS → xlsxGrid → engine)", async () => {
    for (const file of seeds) {
      const buf = fs.readFileSync(path.join(FIXTURES, file));
      const res = await checkFile(file, new Uint8Array(buf));
      expect(res.ok).toBe(true);
      if (res.ok) expect(res.sheets).toEqual(checkWorkbook(workbookToGrids(await load(buf))));
    }
  });
});
