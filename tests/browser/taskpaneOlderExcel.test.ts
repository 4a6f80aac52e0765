/**
 * The BUILT pane as the task-pane-only manifest opens it (taskpane.html?functions=none), in Debian chromium over
 * the Excel stand-in with every ExcelApi set above the one dist/manifest-taskpane.xml declares switched off: the
 * stand-in's isSetSupported says no, and each newer API throws "ApiNotFound" when called anyway, so a call the
 * pane does not guard fails the test. Also ExcelApi 1.6 (Excel 2019): marks work, and 清除标记 works without
 * ConditionalFormatCollection.getItemOrNullObject (1.14).
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { ROOT, isLocal, recordPage, screenshotPath, useDistInChromium, type PageLog } from "../checker/browserKit";

const FAKE = fs.readFileSync(path.join(ROOT, "tests/browser/fakeExcel.js"), "utf8");
const SEED = JSON.parse(fs.readFileSync(path.join(ROOT, "tests/fixtures/seeds/000_tangshan.json"), "utf8")) as { sheets: { name: string; rows: string[][]; merges: string[] }[] };

const dist = useDistInChromium("taskpane.html", "taskpane.js", "manifest-taskpane.xml");

/** The ExcelApi version the task-pane-only manifest requires, read from the built manifest. */
function declaredExcelApi(): string {
  const xml = fs.readFileSync(path.join(ROOT, "dist", "manifest-taskpane.xml"), "utf8");
  const sets = [...xml.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"/g)].map((m) => [m[1], m[2]]);
  expect(sets.map((s) => s[0])).toEqual(["ExcelApi"]);
  return sets[0][1];
}

async function open(workbook: Record<string, unknown>): Promise<{ page: Page; log: PageLog }> {
  const page = await dist.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const log = recordPage(page);
  await page.addInitScript({ content: `window.__FAKE_WORKBOOK__ = ${JSON.stringify(workbook)};` });
  await page.route("**/office.js", (route) => route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: FAKE }));
  // The URL the task-pane-only manifest names.
  const manifest = fs.readFileSync(path.join(ROOT, "dist", "manifest-taskpane.xml"), "utf8");
  const paneUrl = /<bt:Url id="Taskpane.Url" DefaultValue="https:\/\/[^/]+\/([^"]+)"/.exec(manifest)![1];
  await page.goto(`${dist.url}/${paneUrl}`);
  await page.waitForSelector("#check");
  return { page, log };
}

const wb = (page: Page, fn: string) => page.evaluate(`(() => { const wb = window.__fakeExcel; ${fn} })()`);

function expectClean(log: PageLog): void {
  expect(log.requests.filter((u) => !isLocal(u))).toEqual([]);
  expect(log.errors).toEqual([]);
}

describe("task-pane-only manifest, ExcelApi sets above its declaration switched off", () => {
  const api = declaredExcelApi();

  it("declares ExcelApi 1.1 (Excel 2016) and opens the pane without the PERF functions", async () => {
    expect(api).toBe("1.1");
    const { page, log } = await open({ excelApi: api, sheets: [{ name: "Sheet1" }], selection: "B2" });
    expect(await wb(page, `return Office.context.requirements.isSetSupported("ExcelApi", "1.2")`)).toBe(false);
    expect(await page.textContent("header .host")).toContain("任务窗格版");
    expect(await page.isDisabled("#formulas")).toBe(true);
    expectClean(log);
  });

  it("inserts a template at the selection (no getActiveCell, getResizedRange, merge or widths), and it checks clean", async () => {
    const { page, log } = await open({ excelApi: api, sheets: [{ name: "Sheet1" }], selection: "B2" });
    await page.selectOption("#template", "training");
    await page.fill("#year", "2025");
    await page.check("#example");
    await page.click("#insert");
    await page.waitForSelector(".status.ok");
    expect(await page.textContent("#status")).toContain("已插入培训类模板：Sheet1!B2:");
    expect(await wb(page, `return wb.get(wb.sheets[0], 1, 1).v`)).toBe("2025年民营企业家专题培训绩效目标表");
    expect(await wb(page, `return wb.get(wb.sheets[0], 9, 1).v`)).toBe("一级指标");
    expect(await wb(page, `return wb.sheets[0].merges.length`)).toBe(0);
    await page.click("#check");
    await page.waitForSelector(".table-group");
    expect(await page.locator(".table-group").count()).toBe(1);
    expect(await page.locator(".finding.sev-error").count()).toBe(0);
    expect(await wb(page, `return wb.apiRefused || []`)).toEqual([]);
    await page.screenshot({ path: screenshotPath("taskpane-excel2016-insert.png") });
    expectClean(log);
  });

  it("checks a seed sheet and fixes/undoes a cell; 标记 and 清除标记 say in zh-CN what this Excel cannot do", async () => {
    const seed = SEED.sheets[0];
    const { page, log } = await open({ excelApi: api, sheets: [{ name: seed.name, cells: seed.rows, merges: seed.merges }] });
    await page.click("#check");
    await page.waitForSelector(".table-group");
    expect(await page.locator(".table-group").count()).toBe(10);
    expect(await page.locator(".finding").count()).toBeGreaterThan(20);

    await page.click("#mark");
    await page.waitForSelector(".status.error");
    expect(await page.textContent("#status")).toMatch(/不支持用条件格式标记[\s\S]*ExcelApi 1\.6[\s\S]*点击问题定位单元格/);
    expect(await wb(page, `return wb.sheets[0].cfs.length`)).toBe(0);
    await page.click("#clear");
    await page.waitForFunction(() => /不能清除 PerfCheck 的标记/.test(document.getElementById("status")!.textContent || ""));
    await page.screenshot({ path: screenshotPath("taskpane-excel2016-marks.png") });

    const fixable = page.locator(".finding:has(button.fix)").first();
    const fixCell = (await fixable.getAttribute("data-cell"))!;
    const m = /^([A-Z]+)(\d+)$/.exec(fixCell)!;
    const [r, c] = [Number(m[2]) - 1, m[1].charCodeAt(0) - 65];
    const before = await wb(page, `const x = wb.get(wb.sheets[0], ${r}, ${c}); return x ? JSON.stringify({v: x.v, f: x.f, fmt: x.fmt}) : null`);
    await fixable.locator("button.fix").click();
    await page.waitForSelector("#undo:not([hidden])");
    await page.click("#undo");
    await page.waitForSelector("#undo[hidden]", { state: "attached" });
    expect(await wb(page, `const x = wb.get(wb.sheets[0], ${r}, ${c}); return x ? JSON.stringify({v: x.v, f: x.f, fmt: x.fmt}) : null`)).toBe(before);
    // Only the refused 标记/清除标记 reached a newer API, and they were stopped before calling it.
    expect(await wb(page, `return wb.apiRefused || []`)).toEqual([]);
    expectClean(log);
  });
});

describe("ExcelApi 1.6 (Excel 2019): marks, and 清除标记 without getItemOrNullObject", () => {
  it("marks the findings and clears only ours by listing each cell's formats", async () => {
    const seed = SEED.sheets[0];
    const { page, log } = await open({ excelApi: "1.6", sheets: [{ name: seed.name, cells: seed.rows, merges: seed.merges, cfs: [{ id: "{user-cf}", address: "A1:A2", fill: "#00FF00" }] }] });
    await page.click("#check");
    await page.waitForSelector(".table-group");
    await page.click("#mark");
    await page.waitForSelector(".status.ok");
    expect((await wb(page, `return wb.sheets[0].cfs.length`)) as number).toBeGreaterThan(10);
    await page.click("#clear");
    await page.waitForFunction(() => (window as any).__fakeExcel.sheets[0].cfs.length === 1);
    expect(await wb(page, `return wb.sheets[0].cfs[0].id`)).toBe("{user-cf}");
    expect(await wb(page, `return wb.apiRefused || []`)).toEqual([]);
    expectClean(log);
  });
});
