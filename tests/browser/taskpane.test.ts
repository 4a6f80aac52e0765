/**
 * The BUILT Excel task pane (dist/taskpane.html, built by `npx webpack --config-name excel`) in Debian
 * chromium. office.js is replaced (page.route) by the in-memory Excel stand-in tests/browser/fakeExcel.js,
 * so the real bundle — ExcelHost, engine, view — runs against Excel.run / load / sync as in Excel.
 * The stand-in also draws the active sheet to the right of the pane, so screenshots show the workbook.
 *
 * Proves: a template is inserted at the selection (and its live =PERF.CHECK is evaluated by the
 * functions the bundle associated); never-overwrite + 新工作表; a seed sheet is checked (every table,
 * findings list, chart); clicking a finding selects its cell; 标记/清除标记; 一键修正 and 撤销修正;
 * a bad profile file keeps the current profile; nothing is requested outside localhost.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { ROOT, isLocal, recordPage, screenshotPath, useDistInChromium, type PageLog } from "../checker/browserKit";

const FAKE = fs.readFileSync(path.join(ROOT, "tests/browser/fakeExcel.js"), "utf8");
const SEED = JSON.parse(fs.readFileSync(path.join(ROOT, "tests/fixtures/seeds/000_tangshan.json"), "utf8")) as { sheets: { name: string; rows: string[][]; merges: string[] }[] };

const dist = useDistInChromium("taskpane.html", "taskpane.js");

async function open(workbook: unknown): Promise<{ page: Page; log: PageLog }> {
  const page = await dist.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const log = recordPage(page);
  await page.addInitScript({ content: `window.__FAKE_WORKBOOK__ = ${JSON.stringify(workbook)};` });
  // The stand-in replaces Office.js BEFORE the bundles run (office.js is the first script of the page).
  await page.route("**/office.js", (route) => route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: FAKE }));
  await page.goto(`${dist.url}/taskpane.html`);
  await page.waitForSelector("#check");
  return { page, log };
}

const wb = (page: Page, fn: string) => page.evaluate(`(() => { const wb = window.__fakeExcel; ${fn} })()`);

function expectClean(log: PageLog): void {
  expect(log.requests.length).toBeGreaterThan(0);
  expect(log.requests.filter((u) => !isLocal(u))).toEqual([]);
  expect(log.errors).toEqual([]);
}

it("inserts a template at the selected cell, with live checks, and the inserted example checks clean", async () => {
  const { page, log } = await open({ sheets: [{ name: "Sheet1" }], selection: "B2" });
  await page.selectOption("#template", "training");
  await page.fill("#year", "2025");
  await page.check("#example");
  await page.check("#formulas");
  await page.click("#insert");
  await page.waitForSelector(".status.ok");
  expect(await page.textContent("#status")).toContain("已插入培训类模板：Sheet1!B2:I");
  expect(await wb(page, `return wb.get(wb.sheets[0], 1, 1).v`)).toBe("2025年民营企业家专题培训绩效目标表");
  expect(await wb(page, `return wb.get(wb.sheets[0], 9, 1).v`)).toBe("一级指标");
  // The live formula beside the rows was evaluated by the PERF.CHECK the bundle associated.
  expect(await wb(page, `return Object.keys(wb.functions).sort().join(",")`)).toContain("CHECK");
  expect(await wb(page, `return wb.get(wb.sheets[0], 10, 8).f`)).toMatch(/^=PERF\.CHECK\(B11:G19,D5,2025\)$/);
  await page.waitForFunction(() => {
    const w = (window as any).__fakeExcel;
    const c = w.get(w.sheets[0], 10, 8);
    return c && typeof c.v === "string";
  });
  expect(await wb(page, `return wb.get(wb.sheets[0], 10, 8).v`)).toBe("✓");

  await page.click("#check");
  await page.waitForSelector(".table-group");
  expect(await page.locator(".table-group").count()).toBe(1);
  expect(await page.locator(".finding.sev-error").count()).toBe(0);
  expect(await page.locator("#chart svg .plan").count()).toBe(1);
  await page.screenshot({ path: screenshotPath("taskpane-insert-template.png") });
  expectClean(log);
});

it("never overwrites: a busy area is refused with its cells named, and 插入到新工作表 works", async () => {
  const { page, log } = await open({ sheets: [{ name: "Sheet1", cells: [[], [], ["", "", "", "已有数据"]] }], selection: "A1" });
  await page.selectOption("#template", "meeting");
  await page.click("#insert");
  await page.waitForSelector("#conflict:not([hidden])");
  expect(await page.textContent("#conflict")).toContain("D3");
  expect(await wb(page, `return wb.get(wb.sheets[0], 2, 3).v`)).toBe("已有数据");
  expect(await wb(page, `return wb.sheets[0].cells.size`)).toBe(1);
  await page.screenshot({ path: screenshotPath("taskpane-conflict.png") });
  await page.click("#insert-new-sheet");
  await page.waitForSelector("#conflict[hidden]", { state: "attached" });
  expect(await wb(page, `return wb.sheets.map(s => s.name).join(",")`)).toBe("Sheet1,会议类模板");
  expectClean(log);
});

it("checks a seed sheet: every table, findings grouped by table, chart, click selects the cell, marks, fix and undo", async () => {
  const seed = SEED.sheets[0];
  const { page, log } = await open({ sheets: [{ name: seed.name, cells: seed.rows, merges: seed.merges, cfs: [{ id: "{user-cf}", address: "A1:A2", fill: "#00FF00" }] }] });
  await page.click("#check");
  await page.waitForSelector(".table-group");
  const groups = await page.locator(".table-group").count();
  expect(groups).toBe(10);
  expect(await page.locator(".finding").count()).toBeGreaterThan(20);
  expect(await page.locator("#chart svg .plan").count()).toBe(1);
  expect(await page.locator("#chart svg .point.behind").count()).toBeGreaterThan(0); // 领潮计划: 25% at 6月底

  // Click a finding → its cell is selected in the workbook.
  const first = page.locator(".finding[data-cell]:not([data-cell=''])").first();
  const cell = await first.getAttribute("data-cell");
  await first.click();
  const at = /^([A-Z])(\d+)$/.exec(cell!)!;
  await page.waitForFunction(
    ([row, col]) => {
      const r = (window as any).__fakeExcel.selection.range;
      return r.top === row && r.left === col && r.bottom === row && r.right === col;
    },
    [Number(at[2]) - 1, at[1].charCodeAt(0) - 65],
  );
  expect(await first.getAttribute("class")).toContain("active");

  // Filter: hide info and warnings.
  await page.uncheck("#filter-info");
  await page.uncheck("#filter-warning");
  expect(await page.locator(".finding.sev-info").count()).toBe(0);
  expect(await page.locator(".finding.sev-warning").count()).toBe(0);
  await page.check("#filter-warning");
  await page.check("#filter-info");

  // 标记 → our conditional formats; 清除标记 removes only ours.
  await page.click("#mark");
  await page.waitForSelector(".status.ok");
  const marked = (await wb(page, `return wb.sheets[0].cfs.length`)) as number;
  expect(marked).toBeGreaterThan(10);
  await page.screenshot({ path: screenshotPath("taskpane-seed-check.png") });
  await page.click("#clear");
  await page.waitForFunction(() => (window as any).__fakeExcel.sheets[0].cfs.length === 1);
  expect(await wb(page, `return wb.sheets[0].cfs[0].id`)).toBe("{user-cf}");

  // 一键修正 on the first finding that carries a suggestion, then 撤销修正 restores the exact value.
  const fixable = page.locator(".finding:has(button.fix)").first();
  const fixCell = (await fixable.getAttribute("data-cell"))!;
  const code = await fixable.getAttribute("data-code");
  const m = /^([A-Z]+)(\d+)$/.exec(fixCell)!;
  const [r, c] = [Number(m[2]) - 1, m[1].charCodeAt(0) - 65];
  const before = await wb(page, `const x = wb.get(wb.sheets[0], ${r}, ${c}); return x ? JSON.stringify({v: x.v, f: x.f, fmt: x.fmt}) : null`);
  const suggestion = await fixable.locator(".suggestion strong").textContent();
  await fixable.locator("button.fix").click();
  await page.waitForSelector("#undo:not([hidden])");
  // Shown as the suggestion (Excel stores a typed "50%" as 0.5 with a percent format).
  expect(await wb(page, `return wb.display(wb.sheets[0], ${r}, ${c})`)).toBe(suggestion);
  // The same finding is gone at that cell after the automatic re-check.
  expect(await page.locator(`.finding[data-cell="${fixCell}"][data-code="${code}"]`).count()).toBe(0);
  await page.screenshot({ path: screenshotPath("taskpane-fix.png") });
  await page.click("#undo");
  await page.waitForSelector("#undo[hidden]", { state: "attached" });
  expect(await wb(page, `const x = wb.get(wb.sheets[0], ${r}, ${c}); return x ? JSON.stringify({v: x.v, f: x.f, fmt: x.fmt}) : null`)).toBe(before);
  expect(await page.locator(`.finding[data-cell="${fixCell}"][data-code="${code}"]`).count()).toBe(1);
  expectClean(log);
});

it("a bad profile file gets a clear message and the current profile stays; a good one is used", async () => {
  const { page, log } = await open({ sheets: [{ name: "Sheet1" }] });
  await page.selectOption("#profile", "hebei");
  await page.setInputFiles("#profile-file", { name: "坏配置.json", mimeType: "application/json", buffer: Buffer.from('{"satisfactionFloor": 150}') });
  await page.waitForSelector("#profile-note.error");
  expect(await page.textContent("#profile-note")).toMatch(/坏配置\.json[\s\S]*satisfactionFloor[\s\S]*当前配置未改变/);
  expect(await page.inputValue("#profile")).toBe("hebei");
  await page.screenshot({ path: screenshotPath("taskpane-bad-profile.png") });
  await page.setInputFiles("#profile-file", { name: "mine.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ name: "mine", label: "我的配置", satisfactionFloor: 85 })) });
  await page.waitForSelector("#profile-note.ok");
  expect(await page.inputValue("#profile")).toBe("__file");
  expectClean(log);
});

it("a sheet with errors (曹妃甸 seed, 企管中心): errors listed, one-click fix of an error removes it, undo brings it back", async () => {
  const seed = (JSON.parse(fs.readFileSync(path.join(ROOT, "tests/fixtures/seeds/004_caofeidian.json"), "utf8")) as typeof SEED).sheets[1];
  const { page, log } = await open({ sheets: [{ name: seed.name, cells: seed.rows, merges: seed.merges }] });
  await page.click("#check");
  await page.waitForSelector(".table-group");
  const errors = await page.locator(".finding.sev-error").count();
  expect(errors).toBeGreaterThan(3);
  await page.uncheck("#filter-info");
  await page.click("#mark");
  await page.waitForSelector(".status.ok");
  await page.screenshot({ path: screenshotPath("taskpane-errors-marked.png") });
  const fixable = page.locator(".finding.sev-error:has(button.fix)").first();
  expect(await fixable.count()).toBe(1);
  await fixable.locator("button.fix").click();
  await page.waitForSelector("#undo:not([hidden])");
  expect(await page.locator(".finding.sev-error").count()).toBeLessThan(errors);
  await page.click("#undo");
  await page.waitForSelector("#undo[hidden]", { state: "attached" });
  expect(await page.locator(".finding.sev-error").count()).toBe(errors);
  await page.click("#clear");
  await page.waitForFunction(() => (window as any).__fakeExcel.sheets[0].cfs.length === 0);
  expectClean(log);
});
