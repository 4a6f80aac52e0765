/**
 * The lean reader (src/cli/fastXlsx.ts) against ExcelJS's full reader + xlsxGrid.ts: for every fixture, the corpus
 * and the bad corpus it gives exactly ExcelJS's grids or declines (null: the caller reads with ExcelJS), and it never
 * reads a file ExcelJS rejects. A workbook written here holds the value kinds the tables never do (rich text, dates,
 * percent and date formats, formula results of every type, booleans, errors, entities, _x000D_ escapes, styled empty
 * cells) so each branch is compared, and the cases it leaves to ExcelJS are checked to decline.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { readWorkbookSheets } from "../../src/cli/readWorkbook";
import { readXlsxFast } from "../../src/cli/fastXlsx";
import type { SheetGrid } from "../../src/engine";
import { ROOT } from "./helpers";

function workbooks(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) workbooks(p, out);
    else if (/\.xls[xm]$/i.test(e.name)) out.push(p);
  }
  return out.sort();
}

async function viaExcelJS(file: string): Promise<SheetGrid[] | string> {
  const grids: SheetGrid[] = [];
  const r = await readWorkbookSheets(file, (g) => void grids.push(...g), undefined, false);
  return r.ok ? grids : r.reason;
}

const files = workbooks(path.join(ROOT, "tests", "fixtures"));

test("every fixture: the lean reader's grids are ExcelJS's, or it declines; it never reads a file ExcelJS rejects", async () => {
  let read = 0;
  for (const file of files) {
    const slow = await viaExcelJS(file);
    const fast = readXlsxFast(fs.readFileSync(file));
    if (fast === null) continue;
    read++;
    expect([file, fast]).toEqual([file, slow]);
  }
  // It is the path real tables take, not one that declines everything.
  expect(read).toBeGreaterThanOrEqual(60);
});

describe("value kinds, against ExcelJS", () => {
  let tmp = "";
  beforeAll(() => void (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "perfcheck-lean-"))));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  async function write(name: string, fill: (wb: ExcelJS.Workbook) => void): Promise<string> {
    const wb = new ExcelJS.Workbook();
    fill(wb);
    const file = path.join(tmp, name);
    await wb.xlsx.writeFile(file);
    return file;
  }

  test("text, numbers, percent and date formats, formulas, booleans, errors, rich text, merges, styled blanks", async () => {
    const file = await write("kinds.xlsx", (wb) => {
      const ws = wb.addWorksheet("表 & <一>");
      ws.getCell("A1").value = "绩效目标 \"引号\" & <尖括号> 'apos'";
      ws.getCell("B1").value = "行一\n行二\r\n行三";
      ws.getCell("C1").value = "  前后空格  ";
      ws.getCell("D1").value = "_x000D_ 与 _x0041_";
      ws.getCell("A2").value = 0.255;
      ws.getCell("A2").numFmt = "0.0%";
      ws.getCell("B2").value = 0.5;
      ws.getCell("B2").numFmt = "0%";
      ws.getCell("C2").value = new Date(Date.UTC(2025, 5, 30));
      ws.getCell("D2").value = 45000.5;
      ws.getCell("D2").numFmt = "yyyy\"年\"m\"月\"d\"日\"";
      ws.getCell("E2").value = -12.5e-3;
      ws.getCell("A3").value = { formula: "B2*2", result: 1 };
      ws.getCell("A3").numFmt = "0.00%";
      ws.getCell("B3").value = { formula: "\"a\"&\"<b>\"", result: "a<b> &amp;" };
      ws.getCell("C3").value = { formula: "1=1", result: true };
      ws.getCell("D3").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      ws.getCell("E3").value = { formula: "TODAY()", result: 45100 };
      ws.getCell("E3").numFmt = "yyyy-mm-dd";
      ws.getCell("F3").value = { formula: "NA()" };
      ws.getCell("A4").value = true;
      ws.getCell("B4").value = false;
      ws.getCell("C4").value = { error: "#N/A" };
      ws.getCell("D4").value = { richText: [{ text: "富", font: { bold: true } }, { text: "文本" }] };
      ws.getCell("E4").value = "";
      ws.getCell("A6").border = { top: { style: "thin" } };
      ws.getCell("B8").value = "合并";
      ws.mergeCells("B8:D9");
      ws.getCell("C8").value = "被覆盖";
      ws.getCell("A12").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
      const hidden = wb.addWorksheet("隐藏");
      hidden.state = "hidden";
      hidden.getCell("A1").value = 1;
      wb.addWorksheet("空表");
    });
    const fast = readXlsxFast(fs.readFileSync(file));
    expect(fast).not.toBeNull();
    expect(fast).toEqual(await viaExcelJS(file));
    expect(fast![0].cells[1][0]).toBe("25.5%");
  });

  test("inline strings (as ExcelJS's streaming writer writes them) read as ExcelJS's full reader reads them", async () => {
    const file = path.join(tmp, "inline.xlsx");
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
    const ws = wb.addWorksheet("内联");
    ws.addRow(["一级指标", "二级指标", "三级指标", "指标值"]).commit();
    ws.addRow(["产出指标", "数量指标", "培训人次 & <次数>", 120]).commit();
    ws.addRow(["", " 前后空格 ", "a\nb", 0.5]).commit();
    await ws.commit();
    await wb.commit();
    expect(fs.readFileSync(file).length).toBeGreaterThan(0);
    const fast = readXlsxFast(fs.readFileSync(file));
    expect(fast).not.toBeNull();
    expect(fast).toEqual(await viaExcelJS(file));
  });

  test("a large workbook the lean reader declines part-way: ExcelJS's streaming reader reads the sheets it had not handed on", async () => {
    const file = await write("declined-later.xlsx", (wb) => {
      wb.addWorksheet("第一").getCell("A1").value = "一";
      wb.addWorksheet("第二").getCell("A1").value = { text: "链接", hyperlink: "https://example.org" };
      wb.addWorksheet("第三").getCell("B2").value = 3;
    });
    const handed: string[] = [];
    const grids: SheetGrid[] = [];
    const r = await readWorkbookSheets(file, (g) => void (handed.push(...g.map((x) => x.sheet)), grids.push(...g)), 0);
    expect(r).toEqual({ ok: true, sheets: ["第一", "第二", "第三"] });
    // Each sheet handed on exactly once, in workbook order, with ExcelJS's values.
    expect(handed).toEqual(["第一", "第二", "第三"]);
    expect(grids).toEqual(await viaExcelJS(file));
  });

  test("what it leaves to ExcelJS: hyperlinks, inline strings, the 1904 date system, a damaged zip", async () => {
    const link = await write("link.xlsx", (wb) => {
      wb.addWorksheet("a").getCell("A1").value = { text: "链接", hyperlink: "https://example.org" };
    });
    expect(readXlsxFast(fs.readFileSync(link))).toBeNull();
    const d1904 = await write("1904.xlsx", (wb) => {
      wb.properties.date1904 = true;
      wb.addWorksheet("a").getCell("A1").value = new Date(Date.UTC(2025, 0, 1));
    });
    expect(readXlsxFast(fs.readFileSync(d1904))).toBeNull();
    const ok = fs.readFileSync(files.find((f) => f.endsWith("000_tangshan.xlsx"))!);
    expect(readXlsxFast(ok)).not.toBeNull();
    expect(readXlsxFast(ok.subarray(0, ok.length - 10))).toBeNull();
    const flipped = Buffer.from(ok);
    for (let i = 200; i < flipped.length - 200; i += 97) flipped[i] ^= 0x55;
    expect(readXlsxFast(flipped)).toBeNull();
  });
});
