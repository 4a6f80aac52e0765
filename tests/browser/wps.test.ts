/**
 * The BUILT WPS add-in (dist/wps) in Debian chromium, with the stand-in ET object model
 * (tests/wps/fakeWps.ts) injected as `window.wps` before the bundle runs — as WPS injects its own.
 *
 * Proves: index.html registers all PERF functions through wps.AddCustomFunction; a registered
 * function answers exactly what the shared adapters answer in Node for the same cells; the ribbon's
 * 检查本表 reads the sheet, checks it with the engine, marks the finding cells and opens the pane,
 * 清除标记 gives the user's fills back; an old WPS without AddCustomFunction gets the zh-CN message
 * in the page and in the pane instead of a crash; nothing is requested from outside the machine.
 */
import * as fs from "fs";
import * as path from "path";
import { pathToFileURL } from "url";
import { transformSync } from "@swc/core";
import type { Page } from "playwright-core";
import { ROOT, isLocal, recordPage, screenshotPath, useDistInChromium, type PageLog } from "../checker/browserKit";
import { createFakeWps, type FakeWpsOptions } from "../wps/fakeWps";
import { TANGSHAN_SHEET, ZHENGDING_ROWS } from "../wps/sampleTable";
import { FUNCTION_IMPLS } from "../../src/functions";
import { NO_CUSTOM_FUNCTIONS_MESSAGE } from "../../src/wps/functions";
import { checkActiveSheet } from "../../src/wps/commands";
import { WpsHost } from "../../src/hosts/wps";
import { HIGHLIGHT_COLORS } from "../../src/hosts/wpsSheet";
import type { WpsGlobal } from "../../src/hosts/wpsOm";

const fakeSource = transformSync(fs.readFileSync(path.join(ROOT, "tests/wps/fakeWps.ts"), "utf8"), {
  filename: "fakeWps.ts",
  jsc: { parser: { syntax: "typescript" }, target: "es2020" },
  module: { type: "commonjs" },
}).code;

/** The stand-in, built in the page before any of its scripts, from the same source the jest tests use. */
function injection(options: FakeWpsOptions): string {
  return `(function () {
    var exports = {}; var module = { exports: exports };
    ${fakeSource}
    window.__fake = exports.createFakeWps(${JSON.stringify(options)});
    window.wps = window.__fake.wps;
  })();`;
}

const SHEETS: FakeWpsOptions["sheets"] = [TANGSHAN_SHEET, { name: "正定", cells: ZHENGDING_ROWS }];

const dist = useDistInChromium("wps/index.html");

async function open(file: string, options: FakeWpsOptions, via: "http" | "file" = "http"): Promise<{ page: Page; log: PageLog }> {
  const page = await dist.browser.newPage({ viewport: { width: 420, height: 700 } });
  const log = recordPage(page);
  await page.addInitScript({ content: injection(options) });
  const url = via === "http" ? `${dist.url}/wps/${file}` : pathToFileURL(path.join(ROOT, "dist/wps", file)).href;
  await page.goto(url);
  return { page, log };
}

function expectLocalOnly(log: PageLog): void {
  expect(log.requests.length).toBeGreaterThan(0);
  expect(log.requests.filter((u) => !isLocal(u))).toEqual([]);
}

it("registers all four PERF functions when index.html loads, and lists them", async () => {
  const { page, log } = await open("index.html", { sheets: SHEETS });
  await page.waitForSelector('#functions-status[data-state="ok"]');
  const registered = await page.evaluate(() => [...(window as any).__fake.registered.keys()].sort());
  expect(registered).toEqual(["PERF.CHECK", "PERF.PARSE", "PERF.SPENDCURVE", "PERF.SUMMARY"]);
  expect(await page.locator("#functions-list li").allTextContents()).toEqual(expect.arrayContaining(registered));
  // The ribbon callbacks WPS looks up by the names in ribbon.xml.
  expect(await page.evaluate(() => typeof (window as any).ribbon.OnAddinLoad + typeof (window as any).ribbon.OnAction)).toBe("functionfunction");
  expect(await page.evaluate(() => (window as any).ribbon.GetImage({ Id: "btnCheckSheet" }))).toBe("images/check.svg");
  await page.screenshot({ path: screenshotPath("wps-index.png") });
  expect(log.errors).toEqual([]);
  expectLocalOnly(log);
  await page.close();
});

it("a registered function answers what the shared adapters answer in Node, for the same sheet cells", async () => {
  const { page, log } = await open("index.html", { sheets: SHEETS });
  await page.waitForSelector('#functions-status[data-state="ok"]');
  const inPage = await page.evaluate(() => {
    const f = (window as any).__fake;
    const rows = f.app.ActiveWorkbook.Sheets.Item("正定").Range("A1:F8").Value2;
    return {
      check: f.registered.get("PERF.CHECK")(rows, 0.67, 2023),
      checkRange: f.registered.get("PERF.CHECK")(f.app.ActiveWorkbook.Sheets.Item("正定").Range("A1:F8"), 0.67, 2023),
      parse: f.registered.get("PERF.PARSE")(f.app.ActiveWorkbook.Sheets.Item("正定").Range("E1:E8").Value2),
      spend: f.registered.get("PERF.SPENDCURVE")([[0.55, 1.1, 1.65, 2.2]], 2.2),
    };
  });
  const rows = ZHENGDING_ROWS.map((r) => Array.from({ length: 6 }, (_, i) => r[i] ?? null));
  const safe = (fn: () => unknown) => {
    try {
      return fn();
    } catch (e) {
      return [[(e as Error).message]];
    }
  };
  expect(inPage.check).toEqual(safe(() => FUNCTION_IMPLS.CHECK(rows, 0.67, 2023, null)));
  expect(inPage.checkRange).toEqual(inPage.check);
  expect(inPage.check).toHaveLength(ZHENGDING_ROWS.length);
  expect(inPage.parse).toEqual(safe(() => FUNCTION_IMPLS.PARSE(rows.map((r) => [r[4]]))));
  expect(inPage.spend).toEqual(safe(() => FUNCTION_IMPLS.SPENDCURVE([[0.55, 1.1, 1.65, 2.2]], 2.2, null, null)));
  expect(log.errors).toEqual([]);
  await page.close();
});

it("检查本表 from the ribbon: reads, checks, marks, opens the pane; 清除标记 gives the user's fills back", async () => {
  const userFill = 65535; // yellow, applied by the user before the check
  const sheet = { ...TANGSHAN_SHEET, fills: { F11: userFill } };
  // What the engine says about the same sheet, computed in Node through the same host adapter.
  const nodeFake = createFakeWps({ sheets: [sheet] });
  const expected = await checkActiveSheet(new WpsHost(nodeFake.wps as unknown as WpsGlobal));

  const { page, log } = await open("index.html", { sheets: [sheet] });
  await page.waitForSelector('#functions-status[data-state="ok"]');
  await page.evaluate(() => (window as any).ribbon.OnAction({ Id: "btnCheckSheet" }));
  await page.waitForSelector('#last-action[data-count="1"]');
  const after = await page.evaluate(() => {
    const f = (window as any).__fake;
    const s = f.sheets[0];
    const marked: Record<string, number> = {};
    for (const [k, c] of s.cells) if (c.colorIndex !== -4142 && k) marked[k] = c.color;
    return {
      summary: JSON.parse(f.storage.get("perfcheck.lastCheck")),
      message: document.querySelector("#last-action")!.textContent,
      panes: f.taskPanes.map((p: any) => ({ url: p.url, visible: p.Visible })),
      value2Get: f.calls.value2Get,
      marked,
    };
  });
  expect(after.summary).toEqual(JSON.parse(JSON.stringify(expected)));
  expect(after.message).toBe(expected.message);
  expect(after.value2Get).toBe(1); // the whole used range in one read
  expect(after.panes).toHaveLength(1);
  expect(after.panes[0].url).toMatch(/\/wps\/taskpane\.html#results$/);
  expect(after.panes[0].visible).toBe(true);
  // Marked cells = the user's own fill + one per distinct finding cell (same count as in Node).
  const nodeMarked = [...nodeFake.sheets[0].cells.values()].filter((c) => c.colorIndex !== -4142).length;
  expect(Object.keys(after.marked)).toHaveLength(nodeMarked);

  await page.evaluate(() => (window as any).ribbon.OnAction({ Id: "btnClearMarks" }));
  await page.waitForSelector('#last-action[data-count="2"]');
  const cleared = await page.evaluate(() => {
    const s = (window as any).__fake.sheets[0];
    const filled: Record<string, number> = {};
    for (const [k, c] of s.cells) if (c.colorIndex !== -4142) filled[k] = c.color;
    return filled;
  });
  expect(cleared).toEqual({ "10,5": userFill }); // F11 keeps the user's yellow, every mark is gone
  expect(log.errors).toEqual([]);
  expectLocalOnly(log);
  await page.close();
});

it("the pane (the Excel pane's UI over the WPS host), opened from disk: template insert that never overwrites, check, mark, clear", async () => {
  const { page, log } = await open("taskpane.html", { sheets: [{ name: "Sheet1", cells: [["已有内容"]] }] }, "file");
  await page.waitForSelector('#functions-status[data-state="ok"]');
  await page.waitForSelector("#insert");
  expect(await page.locator("#template option").count()).toBeGreaterThanOrEqual(10);
  expect(await page.textContent("header .host")).toContain("WPS 表格");
  // At the selection (A1, not empty): refused, nothing written.
  await page.click("#insert");
  await page.waitForSelector("#conflict:not([hidden]) #insert-new-sheet");
  expect(await page.textContent("#conflict")).toContain("A1");
  expect(await page.evaluate(() => (window as any).__fake.calls.value2Set)).toBe(0);
  // Into a new sheet, with example values and the live check formulas beside the rows.
  await page.check("#example");
  await page.check("#formulas");
  await page.click("#insert-new-sheet");
  await page.waitForFunction(() => /已插入/.test(document.querySelector("#status")?.textContent ?? ""));
  const written = await page.evaluate(() => {
    const f = (window as any).__fake;
    const s = f.app.ActiveSheet;
    const formulas: string[] = [];
    for (const c of s.cells.values()) if (c.formula) formulas.push(c.formula);
    return { sets: f.calls.value2Set, sheet: s.Name, a9: s.get("A9").value, a1: f.sheets.find((x: any) => x.Name === "Sheet1").get("A1").value, formulas };
  });
  expect(written.sets).toBe(1); // the whole block in one Value2 write
  expect(written.a9).toBe("一级指标");
  expect(written.a1).toBe("已有内容");
  expect(written.formulas.some((f) => /^=PERF\.CHECK\(/.test(f))).toBe(true);
  // The accountant fills in a value without a unit; the shared pane checks, marks and clears through WpsHost.
  await page.evaluate(() => ((window as any).__fake.app.ActiveSheet.Range("E10").Value2 = "≥60"));
  await page.click("#check");
  await page.waitForFunction(() => /检查完成/.test(document.querySelector("#status")?.textContent ?? ""));
  expect(await page.textContent("#status")).toMatch(/找到 1 张表/);
  const markColors = Object.values(HIGHLIGHT_COLORS);
  const countMarks = () =>
    page.evaluate((colors) => [...(window as any).__fake.app.ActiveSheet.cells.values()].filter((c: any) => c.colorIndex !== -4142 && colors.includes(c.color)).length, markColors);
  await page.click("#mark");
  await page.waitForFunction(() => /已标记/.test(document.querySelector("#status")?.textContent ?? ""));
  expect(await page.evaluate(() => (window as any).__fake.app.ActiveSheet.get("E10").color)).toBe(HIGHLIGHT_COLORS.error);
  expect(await countMarks()).toBeGreaterThan(0);
  await page.click("#clear");
  await page.waitForFunction(() => /已清除/.test(document.querySelector("#status")?.textContent ?? ""));
  // Label cells keep the template's grey shade; no cell keeps a finding mark.
  expect(await countMarks()).toBe(0);
  await page.screenshot({ path: screenshotPath("wps-taskpane.png"), fullPage: true });
  expect(log.errors).toEqual([]);
  expectLocalOnly(log);
  await page.close();
});

it("an old WPS without AddCustomFunction gets the zh-CN message in the page and in the pane, not a crash", async () => {
  for (const file of ["index.html", "taskpane.html"]) {
    const { page, log } = await open(file, { sheets: SHEETS, customFunctions: false });
    await page.waitForSelector('#functions-status[data-state="warn"]');
    expect(await page.textContent("#functions-status")).toBe(NO_CUSTOM_FUNCTIONS_MESSAGE);
    expect(NO_CUSTOM_FUNCTIONS_MESSAGE).toContain("12.1.0.20540");
    expect(log.errors).toEqual([]);
    if (file === "taskpane.html") {
      // The template's live PERF formulas are not offered where PERF.* cannot exist.
      expect(await page.isDisabled("#formulas")).toBe(true);
      await page.screenshot({ path: screenshotPath("wps-old-version.png") });
    }
    // The rest still works: the ribbon's buttons answer.
    if (file === "index.html") {
      await page.evaluate(() => (window as any).ribbon.OnAction({ Id: "btnOpenPane" }));
      await page.waitForSelector('#last-action[data-count="1"]');
      expect(await page.evaluate(() => (window as any).__fake.taskPanes.length)).toBe(1);
    }
    await page.close();
  }
});

it("publish.html (the install page `npm start` prints) shows the publish.xml entry for the server it came from", async () => {
  const page = await dist.browser.newPage();
  const log = recordPage(page);
  await page.goto(`${dist.url}/wps/publish.html`);
  const xml = await page.textContent("#publish-xml");
  expect(xml).toContain(`<jspluginonline name="PerfCheck" type="et" url="${dist.url}/wps/"`);
  expect(log.errors).toEqual([]);
  expectLocalOnly(log);
  await page.close();
});

it("index.html opened in an ordinary browser (no wps object) says so instead of failing", async () => {
  const page = await dist.browser.newPage();
  const log = recordPage(page);
  await page.goto(`${dist.url}/wps/index.html`);
  await page.waitForSelector('#functions-status[data-state="warn"]');
  expect(await page.textContent("#functions-status")).toMatch(/未检测到 WPS 表格/);
  expect(log.errors).toEqual([]);
  await page.close();
});
