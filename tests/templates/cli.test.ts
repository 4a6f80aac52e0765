/** `perfcheck templates` / `perfcheck template …` run in-process; the written workbook is read back with ExcelJS. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runTemplate, runTemplates } from "../../src/cli/templateCommand";
import { run } from "../../src/cli/main";
import { workbookToGrids } from "../../src/xlsx/xlsxGrid";
import { listTemplates, templateGrid } from "../../src/engine/templates";
import { checkTable, readTables } from "../../src/engine";

function collector() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, out: () => out.join(""), err: () => err.join("") };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "perfcheck-tpl-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("perfcheck templates", () => {
  it("prints one type a line, key first then the zh-CN name", async () => {
    const c = collector();
    expect(await runTemplates([], c.io)).toBe(0);
    const lines = c.out().trim().split("\n");
    expect(lines).toHaveLength(listTemplates().length);
    expect(lines[0].split("\t").slice(0, 2)).toEqual(["training", "培训类"]);
    for (const [i, t] of listTemplates().entries()) expect(lines[i].startsWith(`${t.key}\t${t.name}`)).toBe(true);
  });

  it("is reachable through the main dispatcher", async () => {
    const c = collector();
    expect(await run(["templates"], c.io)).toBe(0);
    expect(c.out()).toContain("meeting\t会议类");
  });
});

describe("perfcheck template <key>", () => {
  it("writes a formatted workbook: merges, borders, widths, values as laid out", async () => {
    const file = path.join(tmp, "training.xlsx");
    const c = collector();
    expect(await runTemplate(["training", "--year", "2025", "--example", "-o", file], c.io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe("培训类");
    const g = templateGrid("training", { year: 2025, example: true });
    // Merged 一级 group (产出指标 spans several rows) and merged title.
    const first = g.layout.firstIndicatorRow + 1;
    expect(ws.getCell(`A${first}`).value).toBe("产出指标");
    expect(ws.getCell(`A${first + 1}`).isMerged).toBe(true);
    expect(ws.getCell(`A${first + 1}`).master.address).toBe(`A${first}`);
    expect(ws.getCell("B1").master.address).toBe("A1");
    // Borders on table cells, widths as the grid says.
    expect(ws.getCell(`E${first}`).border?.top?.style).toBe("thin");
    expect(ws.getColumn(4).width).toBe(g.columnWidths[3]);
    // Numbers stay numbers (budget) and the plan is a percent-formatted number as Excel would store it.
    expect(ws.getCell("C4").value).toBe(13.5);
    expect(ws.getCell("B7").value).toBeCloseTo(0.25);
    expect(ws.getCell("B7").numFmt).toBe("0%");
  });

  it("the written example reads back (CLI reader) as one table with no error", async () => {
    const file = path.join(tmp, "meeting.xlsx");
    expect(await runTemplate(["meeting", "--year=2025", "--example", "-o", file], collector().io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const grids = workbookToGrids(wb);
    const tables = readTables(grids[0]);
    expect(tables).toHaveLength(1);
    expect(checkTable(tables[0], { year: 2025 }).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("never overwrites an existing file", async () => {
    const file = path.join(tmp, "exists.xlsx");
    fs.writeFileSync(file, "mine");
    const c = collector();
    expect(await runTemplate(["general", "-o", file], c.io)).toBe(2);
    expect(c.err()).toContain("文件已存在");
    expect(fs.readFileSync(file, "utf8")).toBe("mine");
  });

  it.each([
    [["nope", "-o", "x.xlsx"], "未知的模板类型"],
    [["training"], "-o"],
    [[], "请指定模板类型"],
    [["training", "--year", "25", "-o", "x.xlsx"], "四位年份"],
    [["training", "-o", "x.csv"], ".xlsx"],
    [["training", "--bogus", "-o", "x.xlsx"], "未知选项"],
  ])("bad usage %j → exit 2 with a clear zh-CN message", async (args, msg) => {
    const c = collector();
    expect(await runTemplate(args as string[], c.io)).toBe(2);
    expect(c.err()).toContain(msg);
    expect(c.out()).toBe("");
  });

  it("accepts the zh-CN name as the type", async () => {
    const file = path.join(tmp, "subsidy.xlsx");
    const c = collector();
    expect(await runTemplate(["补助奖励类", "-o", file], c.io)).toBe(0);
    expect(fs.existsSync(file)).toBe(true);
  });
});
