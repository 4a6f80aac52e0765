/**
 * The BUILT web checker (dist/index.html) in Debian chromium, on the seed workbooks, served from
 * localhost AND opened from disk: upload, see tables and findings, filter, download the marked copy,
 * re-read it with ExcelJS in Node (every original value intact, 检查结果 present). Every request is
 * recorded: none may leave the machine. Screenshots go to artifacts/screenshots/.
 */
import * as fs from "fs";
import * as path from "path";
import { pathToFileURL } from "url";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { ROOT, isLocal, recordPage, screenshotPath, useDistInChromium, type PageLog } from "../checker/browserKit";
import { checkWorkbook } from "../../src/engine";
import { loadProfile } from "../../src/engine/profiles";
import { workbookToGrids } from "../../src/xlsx/xlsxGrid";
import { RESULT_SHEET } from "../../src/checker/mark";

const FIXTURES = path.join(ROOT, "tests", "fixtures");
const seeds = fs.readdirSync(FIXTURES).filter((f) => /^\d{3}_.*\.xlsx$/.test(f)).sort();

const dist = useDistInChromium("index.html", "checker.js");

async function open(via: "http" | "file"): Promise<{ page: Page; log: PageLog }> {
  const context = await dist.browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const log = recordPage(page);
  await page.goto(via === "http" ? `${dist.url}/` : pathToFileURL(path.join(ROOT, "dist", "index.html")).href);
  await page.waitForSelector('#status[data-done="1"]');
  return { page, log };
}

async function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

/** What Node says about a fixture: the page must show the same numbers. */
async function expected(file: string) {
  const reports = checkWorkbook(workbookToGrids(await load(fs.readFileSync(path.join(FIXTURES, file)))));
  const findings = reports.flatMap((s) => s.tables.flatMap((t) => t.findings));
  return { tables: reports.reduce((n, s) => n + s.tables.length, 0), findings };
}

async function downloadMarked(page: Page, file: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(`section.file[data-file="${file}"] button.download`)]);
  expect(download.suggestedFilename()).toBe(file.replace(/\.xlsx$/, "（已标注）.xlsx"));
  const saved = await download.path();
  return fs.readFileSync(saved);
}

/** Every cell value of every original sheet is in the copy, unchanged; the result sheet is added. */
async function expectIntact(originalFile: string, copy: Buffer, findings: number): Promise<void> {
  const before = await load(fs.readFileSync(path.join(FIXTURES, originalFile)));
  const after = await load(copy);
  expect(after.worksheets.map((w) => w.name)).toEqual([...before.worksheets.map((w) => w.name), RESULT_SHEET]);
  let cells = 0;
  for (const ws of before.worksheets) {
    const other = after.getWorksheet(ws.name)!;
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells++;
        expect({ at: `${ws.name}!${cell.address}`, v: other.getCell(cell.address).value }).toEqual({ at: `${ws.name}!${cell.address}`, v: cell.value });
      }),
    );
  }
  expect(cells).toBeGreaterThan(50);
  expect(after.getWorksheet(RESULT_SHEET)!.rowCount - 1).toBe(Math.max(1, findings));
}

function expectLocalOnly(log: PageLog): void {
  expect(log.requests.length).toBeGreaterThan(0);
  expect(log.requests.filter((u) => !isLocal(u))).toEqual([]);
}

it("served from localhost: several seed files at once, findings per table, filters, marked copies intact", async () => {
  const { page, log } = await open("http");
  await page.setInputFiles("#file-input", seeds.map((f) => path.join(FIXTURES, f)));
  await page.waitForSelector('#status[data-done="2"]');
  expect(await page.locator("section.file").count()).toBe(seeds.length);

  let total = 0;
  for (const file of seeds) {
    const exp = await expected(file);
    total += exp.findings.length;
    const section = page.locator(`section.file[data-file="${file}"]`);
    expect(await section.locator(".table-block").count()).toBe(exp.tables);
    expect(await section.locator(".findings tbody tr").count()).toBe(exp.findings.length);
    // The first finding of the first table, as the engine says it: code, cell and message.
    if (exp.findings.length) {
      const first = section.locator(".findings tbody tr").first();
      const f = exp.findings[0];
      expect(await first.locator(".code").textContent()).toBe(f.code);
      expect(await first.locator(".cell").textContent()).toBe(f.cell ?? "");
      expect(await first.locator("td").nth(3).textContent()).toBe(f.message);
    }
  }
  expect(await page.textContent("#shown")).toBe(`显示 ${total} / ${total} 条`);
  // Spend charts for the tables that have a plan (the 唐山/正定/曹妃甸 layouts do).
  expect(await page.locator(".chart svg polyline.plan").count()).toBeGreaterThan(0);
  await page.screenshot({ path: screenshotPath("checker-all.png"), fullPage: false });

  // Filter: errors only, then one code only.
  const all = (await Promise.all(seeds.map(expected))).flatMap((e) => e.findings);
  await page.uncheck('.sev-filter[value="warning"]');
  await page.uncheck('.sev-filter[value="info"]');
  const errors = all.filter((f) => f.severity === "error").length;
  expect(await page.locator(".findings tbody tr:not([hidden])").count()).toBe(errors);
  expect(await page.textContent("#shown")).toBe(`显示 ${errors} / ${total} 条`);
  await page.check('.sev-filter[value="warning"]');
  await page.check('.sev-filter[value="info"]');
  const code = all[0].code;
  await page.selectOption("#code-filter", code);
  expect(await page.locator(".findings tbody tr:not([hidden])").count()).toBe(all.filter((f) => f.code === code).length);
  expect(await page.locator(".findings tbody tr:not([hidden]) .code").allTextContents()).toEqual(all.filter((f) => f.code === code).map(() => code));
  await page.screenshot({ path: screenshotPath("checker-filtered.png"), fullPage: false });
  await page.selectOption("#code-filter", "");

  for (const file of [seeds[0], seeds[1]]) {
    const copy = await downloadMarked(page, file);
    await expectIntact(file, copy, (await expected(file)).findings.length);
  }
  expect(log.errors).toEqual([]);
  expectLocalOnly(log);
  await page.context().close();
});

it("dropping many files: a Web Worker reads and checks them while the page shows files done/total, the current file, elapsed time and the estimate", async () => {
  const { page, log } = await open("http");
  // Every text the progress display shows, and whether it is visible, as it changes.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    const box = document.getElementById("progress")!;
    new MutationObserver(() => seen.push(box.hidden ? "(hidden)" : (document.getElementById("progress-text")!.textContent ?? ""))).observe(box, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  const names = Array.from({ length: 10 }, (_, i) => `部门${String(i + 1).padStart(2, "0")}_${seeds[i % seeds.length]}`);
  const files = names.map((name, i) => ({ name, b64: fs.readFileSync(path.join(FIXTURES, seeds[i % seeds.length])).toString("base64") }));
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const { name, b64 } of list) {
      const bin = atob(b64);
      const arr = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) arr[i] = bin.charCodeAt(i);
      dt.items.add(new File([arr], name, { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
    }
    return dt;
  }, files);
  await page.dispatchEvent("#dropzone", "drop", { dataTransfer });
  await page.waitForSelector('#status[data-done="2"]');

  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  expect(seen[0]).toMatch(new RegExp(`^检查中 0/10 · ${names[0]} · 已用 0:\\d\\d$`));
  for (let done = 1; done < 10; done++) {
    // After each file: the count, the next file's name, and an estimate of the time left.
    expect(seen).toContainEqual(expect.stringMatching(new RegExp(`^检查中 ${done}/10 · ${names[done]} · 已用 \\d+:\\d\\d · 预计还需 \\d+:\\d\\d$`)));
  }
  expect(seen[seen.length - 1]).toBe("(hidden)");
  expect(await page.isHidden("#progress")).toBe(true);

  // The reading happened in the worker: it was started, the page never loaded the in-page fallback, and the page's
  // own script does not even contain ExcelJS.
  expect(page.workers().map((w) => w.url())).toEqual([expect.stringMatching(/\/checker-worker\.js$/)]);
  expect(log.requests.some((u) => u.includes("checker-inline"))).toBe(false);
  expect(fs.readFileSync(path.join(ROOT, "dist", "checker.js"), "utf8")).not.toContain("xl/workbook.xml");

  for (let i = 0; i < names.length; i++) {
    const exp = await expected(seeds[i % seeds.length]);
    const section = page.locator(`section.file[data-file="${names[i]}"]`);
    expect(await section.locator(".table-block").count()).toBe(exp.tables);
    expect(await section.locator(".findings tbody tr").count()).toBe(exp.findings.length);
  }
  expect(await page.locator("section.file").nth(0).getAttribute("data-file")).toBe(names[0]);
  await page.screenshot({ path: screenshotPath("checker-many.png"), fullPage: false });
  expect(log.errors).toEqual([]);
  expectLocalOnly(log);
  await page.context().close();
});

it("opened from disk (file://): drag-and-drop a file, see it checked, download the marked copy", async () => {
  const { page, log } = await open("file");
  const file = seeds[seeds.length - 1];
  const bytes = fs.readFileSync(path.join(FIXTURES, file)).toString("base64");
  // A real drop: a DataTransfer holding the file, dispatched on the drop zone.
  const dataTransfer = await page.evaluateHandle(
    ({ name, b64 }) => {
      const bin = atob(b64);
      const arr = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) arr[i] = bin.charCodeAt(i);
      const dt = new DataTransfer();
      dt.items.add(new File([arr], name, { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
      return dt;
    },
    { name: file, b64: bytes },
  );
  await page.dispatchEvent("#dropzone", "dragover", { dataTransfer });
  await page.dispatchEvent("#dropzone", "drop", { dataTransfer });
  await page.waitForSelector('#status[data-done="2"]');
  const exp = await expected(file);
  expect(await page.locator(`section.file[data-file="${file}"] .findings tbody tr`).count()).toBe(exp.findings.length);
  await page.screenshot({ path: screenshotPath("checker-file-url.png"), fullPage: false });
  const copy = await downloadMarked(page, file);
  await expectIntact(file, copy, exp.findings.length);
  expect(log.errors).toEqual([]);
  expectLocalOnly(log);
  expect(log.requests.every((u) => /^(file|blob|data):/.test(u))).toBe(true);
  // Chromium refuses a worker script to a page from disk: the page ran the same service itself (docs/checker.md).
  expect(page.workers()).toEqual([]);
  expect(log.requests.some((u) => u.endsWith("/checker-inline.js"))).toBe(true);
  await page.context().close();
});

it("a file that is not a workbook gets a sentence, and the page keeps working", async () => {
  const { page, log } = await open("http");
  await page.setInputFiles("#file-input", [
    { name: "假的.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("项目,预算\n培训,40\n") },
    { name: seeds[1], mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: fs.readFileSync(path.join(FIXTURES, seeds[1])) },
  ]);
  await page.waitForSelector('#status[data-done="2"]');
  expect(await page.textContent('section.file[data-file="假的.xlsx"] .file-error')).toMatch(/无法检查：.*CSV/);
  expect(await page.locator(`section.file[data-file="${seeds[1]}"] .table-block`).count()).toBe((await expected(seeds[1])).tables);
  expect(log.errors).toEqual([]);
  expectLocalOnly(log);
  await page.context().close();
});

it("a user's JSON profile: a malformed one is refused with a sentence naming the field, a good one re-checks every file", async () => {
  const { page, log } = await open("http");
  const file = seeds[0];
  await page.setInputFiles("#file-input", path.join(FIXTURES, file));
  await page.waitForSelector('#status[data-done="2"]');
  const rows = () => page.locator(`section.file[data-file="${file}"] .findings tbody tr`).count();
  const before = await rows();

  await page.setInputFiles("#profile-file", { name: "坏配置.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ name: "bad", satisfactionFloor: "很高" })) });
  await page.waitForSelector('#status[data-done="3"]');
  expect(await page.textContent("#status")).toMatch(/坏配置\.json.*satisfactionFloor/);
  expect(await page.inputValue("#profile")).toBe("classic");
  expect(await rows()).toBe(before);

  const strict = { name: "strict", label: "严格", satisfactionFloor: 99 };
  await page.setInputFiles("#profile-file", { name: "严格.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(strict)) });
  await page.waitForSelector('#status[data-done="4"]');
  expect(await page.inputValue("#profile")).toBe("__file");
  const loaded = loadProfile(JSON.stringify(strict));
  if (!loaded.ok) throw new Error(loaded.error);
  const reports = checkWorkbook(workbookToGrids(await load(fs.readFileSync(path.join(FIXTURES, file)))), { profile: loaded.profile });
  const expectedRows = reports.flatMap((s) => s.tables.flatMap((t) => t.findings));
  expect(await rows()).toBe(expectedRows.length);
  expect(await page.locator(`section.file[data-file="${file}"] .findings tbody tr[data-code="SATISFACTION_LOW"]`).count()).toBe(expectedRows.filter((f) => f.code === "SATISFACTION_LOW").length);
  expect(log.errors).toEqual([]);
  expectLocalOnly(log);
  await page.context().close();
});

it("a hostile whole-sheet merge is checked without freezing the page, and the marked copy is refused with a sentence", async () => {
  const { page, log } = await open("http");
  const file = "giant-merge.xlsx";
  await page.setInputFiles("#file-input", path.join(FIXTURES, "bad", file));
  await page.waitForSelector('#status[data-done="2"]', { timeout: 30000 });
  expect(await page.locator(`section.file[data-file="${file}"] .file-error`).count()).toBe(0);
  let downloads = 0;
  page.on("download", () => downloads++);
  await page.click(`section.file[data-file="${file}"] button.download`);
  await page.waitForSelector('#status[data-done="3"]');
  expect(await page.textContent("#status")).toMatch(/A1:XFD1048576.*无法安全生成标注副本/);
  expect(downloads).toBe(0);
  expect(log.errors).toEqual([]);
  expectLocalOnly(log);
  await page.context().close();
});
