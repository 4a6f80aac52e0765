/**
 * `perfcheck report`: the summary workbook read back with ExcelJS — its sheets, headers, counts against the JSON of
 * `perfcheck check` on the same inputs, frozen header and auto-filter, links to the marked copies, text that starts
 * with = + - @ kept as text; the HTML page; inputs never written.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { ROOT, reportSchema, runCli, sha256 } from "./helpers";
import { summarize } from "../../src/cli/summary";
import { buildSummaryWorkbook, SHEETS } from "../../src/cli/summaryXlsx";
import { summaryHtml } from "../../src/cli/summaryHtml";
import type { FileOutcome } from "../../src/cli/checkFile";

const FIXTURES = path.join(ROOT, "tests", "fixtures");
let tmp = "";
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "perfcheck-report-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const text = (v: ExcelJS.CellValue): string => (v && typeof v === "object" && "text" in v ? String((v as { text: unknown }).text) : v == null ? "" : String(v));

test("report tests/fixtures/ -o 汇总.xlsx: the sheets, and counts equal to check --format json on the same folder", async () => {
  const out = path.join(tmp, "汇总.xlsx");
  const html = path.join(tmp, "汇总.html");
  const marked = path.join(tmp, "marked");
  const seeds = fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(FIXTURES, f));
  const before = seeds.map(sha256);
  const r = await runCli(["report", FIXTURES, "-o", out, "--html", html, "--marked", marked]);
  const j = await runCli(["check", FIXTURES, "--format", "json"]);
  expect(r.code).toBe(j.code);
  expect(r.out).toMatch(/^已写入 /);
  const report = reportSchema.parse(JSON.parse(j.out));

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.worksheets.map((w) => w.name)).toEqual([SHEETS.overview, SHEETS.findings, SHEETS.codes, SHEETS.about]);
  const ov = wb.getWorksheet(SHEETS.overview)!;
  expect((ov.getRow(1).values as unknown[]).slice(1)).toEqual(["文件", "工作表", "表格范围", "项目", "错误", "警告", "提示", "结论", "说明", "标注副本"]);
  const rows = ov.getSheetValues().slice(2).filter(Boolean) as unknown[][];

  // One overview row per table, plus one per file without a table and one per unreadable file.
  const tables = report.files.flatMap((f) => f.tables.map((t) => ({ f, t })));
  const noTable = report.files.filter((f) => !f.error && f.tables.length === 0).length;
  const unreadable = report.files.filter((f) => f.error).length;
  expect(rows).toHaveLength(tables.length + noTable + unreadable);
  for (const { f, t } of tables) {
    const row = rows.find((x) => x[1] === f.file && x[2] === t.sheet && x[3] === t.range)!;
    expect(row).toBeDefined();
    const n = (s: string) => t.findings.filter((x) => x.severity === s).length;
    expect([row[5], row[6], row[7]]).toEqual([n("error"), n("warning"), n("info")]);
    expect(row[8]).toBe(n("error") ? "需修改" : "可提交");
  }
  for (const f of report.files.filter((x) => x.error)) expect(rows.find((x) => x[1] === f.file)![8]).toBe("无法读取");

  const fd = wb.getWorksheet(SHEETS.findings)!;
  const findings = report.files.flatMap((f) => f.tables.flatMap((t) => t.findings));
  expect(fd.rowCount - 1).toBe(findings.length);
  const cd = wb.getWorksheet(SHEETS.codes)!;
  const counts = new Map<string, number>();
  for (const x of findings) counts.set(x.code, (counts.get(x.code) ?? 0) + 1);
  const codeRows = (cd.getSheetValues().slice(2).filter(Boolean) as unknown[][]).map((x) => [x[1], x[3]]);
  expect(new Map(codeRows as [string, number][])).toEqual(counts);
  // Most frequent first.
  const freq = codeRows.map((x) => x[1] as number);
  expect(freq).toEqual([...freq].sort((a, b) => b - a));

  for (const ws of [ov, fd, cd]) {
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.getColumn(1).width).toBeGreaterThan(10);
  }

  // Links: a finding's cell points into its marked copy, which exists next to the summary.
  const linked = fd.getRow(2).getCell(4).value as { text: string; hyperlink: string };
  expect(linked.hyperlink).toMatch(/（已标注）\.xlsx#'.+'!\$?[A-Z]+\d+$/);
  const copy = path.resolve(tmp, decodeURI(linked.hyperlink.split("#")[0]));
  expect(fs.existsSync(copy)).toBe(true);
  expect(fs.readdirSync(marked).length).toBeGreaterThanOrEqual(seeds.length);

  const page = fs.readFileSync(html, "utf8");
  expect(page).toContain("<h2>汇总</h2>");
  expect(page).not.toMatch(/<script|src=|https?:/);
  expect((page.match(/<tr/g) ?? []).length).toBe(3 + rows.length + findings.length + counts.size);
  expect(seeds.map(sha256)).toEqual(before);
});

test("text starting with = + - @ is stored as text in the summary, never a formula; the page escapes it", async () => {
  const hostile = ["=HYPERLINK(\"http://x\")", "+1+2", "-按合同", "@SUM(A1)", "<b>x</b>"];
  const outcome: FileOutcome = {
    file: "=a.xlsx",
    ok: true,
    sheets: [{ sheet: "+表", tables: [{ range: "A1:F9", project: hostile[0], findings: hostile.map((m, i) => ({ code: "TYPO", severity: "warning", row: i, cell: `E${i + 2}`, message: m, suggestion: m })) }] }],
  };
  const wb = buildSummaryWorkbook(ExcelJS.Workbook, summarize([outcome], () => "m/=a（已标注）.xlsx"), [["@", "-"]]);
  const file = path.join(tmp, "escape.xlsx");
  await wb.xlsx.writeFile(file);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(file);
  const cells: ExcelJS.Cell[] = [];
  for (const ws of back.worksheets) ws.eachRow((row) => row.eachCell((c) => void cells.push(c)));
  const starting = cells.filter((c) => /^[=+\-@]/.test(text(c.value)));
  expect(starting.length).toBeGreaterThanOrEqual(hostile.length * 2);
  for (const c of cells) {
    expect(c.formula).toBeUndefined();
    expect(c.type === ExcelJS.ValueType.Formula).toBe(false);
  }
  const page = summaryHtml(summarize([outcome]), "t");
  expect(page).not.toContain("<b>x</b>");
  expect(page).toContain("&lt;b&gt;x&lt;/b&gt;");
});

test("report refuses to write over an input, and needs -o", async () => {
  const input = path.join(tmp, "in.xlsx");
  fs.copyFileSync(path.join(FIXTURES, "000_tangshan.xlsx"), input);
  const hash = sha256(input);
  const r = await runCli(["report", input, "-o", input]);
  expect(r.code).toBe(2);
  expect(r.err).toContain("不会覆盖");
  expect(sha256(input)).toBe(hash);
  const n = await runCli(["report", input]);
  expect(n.code).toBe(2);
  expect(n.err).toContain("-o");
});
