/**
 * The WPS add-in as the per-PC offline package installs it: the folder PerfCheck_<version>/ unpacked from
 * dist/wps-install/PerfCheck-WPS-<version>-离线安装.zip, every page opened from file:// in Debian chromium with the
 * stand-in ET object model injected as `window.wps` (as WPS injects its own). Each page runs under the CSP it
 * ships: no violation is reported, nothing is requested outside the folder, and an inline script is refused
 * (so the CSP is in force, not just present).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";
import { transformSync } from "@swc/core";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { ROOT, recordPage, useDistInChromium, type PageLog } from "../checker/browserKit";
import { TANGSHAN_SHEET } from "../wps/sampleTable";

const VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
const FOLDER = `PerfCheck_${VERSION}`;
const PACKAGE = path.join(ROOT, "dist", "wps-install", `PerfCheck-WPS-${VERSION}-离线安装.zip`);

const fakeSource = transformSync(fs.readFileSync(path.join(ROOT, "tests/wps/fakeWps.ts"), "utf8"), {
  filename: "fakeWps.ts",
  jsc: { parser: { syntax: "typescript" }, target: "es2020" },
  module: { type: "commonjs" },
}).code;

const dist = useDistInChromium("wps/index.html", `wps-install/PerfCheck-WPS-${VERSION}-离线安装.zip`);
let addin = "";

beforeAll(async () => {
  const zip = await JSZip.loadAsync(fs.readFileSync(PACKAGE));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perfcheck-wps-offline-"));
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir || !name.startsWith(`${FOLDER}/`)) continue;
    const target = path.join(dir, name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, await entry.async("nodebuffer"));
  }
  addin = path.join(dir, FOLDER);
});

async function open(file: string): Promise<{ page: Page; log: PageLog; violations: () => Promise<string[]> }> {
  const page = await dist.browser.newPage({ viewport: { width: 420, height: 700 } });
  const log = recordPage(page);
  await page.addInitScript({
    content: `(function () {
      window.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", function (e) { window.__cspViolations.push(e.violatedDirective + " " + e.blockedURI); });
      var exports = {}; var module = { exports: exports };
      ${fakeSource}
      window.__fake = exports.createFakeWps(${JSON.stringify({ sheets: [TANGSHAN_SHEET] })});
      window.wps = window.__fake.wps;
    })();`,
  });
  await page.goto(pathToFileURL(path.join(addin, file)).href);
  return { page, log, violations: () => page.evaluate(() => (window as any).__cspViolations as string[]) };
}

/** The CSP in the page is in force: an inline script added now does not run and is reported. */
async function expectInlineScriptRefused(page: Page): Promise<void> {
  const ran = await page.evaluate(async () => {
    (window as any).__inlineRan = false;
    const s = document.createElement("script");
    s.textContent = "window.__inlineRan = true;";
    document.head.append(s);
    await new Promise((r) => setTimeout(r, 50));
    return (window as any).__inlineRan;
  });
  expect(ran).toBe(false);
  expect((await page.evaluate(() => (window as any).__cspViolations as string[])).some((v) => /^script-src/.test(v))).toBe(true);
}

function expectInsideFolder(log: PageLog): void {
  expect(log.requests.length).toBeGreaterThan(1);
  const outside = log.requests.filter((u) => !(u.startsWith(pathToFileURL(addin).href + "/") || /^(data|about|blob):/.test(u)));
  expect(outside).toEqual([]);
}

describe("WPS pages from the unpacked offline package, file://, under their shipped CSP", () => {
  it("every page carries a CSP that allows only its own folder", async () => {
    for (const file of ["index.html", "taskpane.html", "publish.html"]) {
      const { page } = await open(file);
      const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "");
      await page.close();
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    }
  });

  it("index.html registers the PERF functions and the ribbon callbacks", async () => {
    const { page, log, violations } = await open("index.html");
    await page.waitForSelector('#functions-status[data-state="ok"]');
    expect(await page.evaluate(() => [...(window as any).__fake.registered.keys()].sort())).toEqual(["PERF.CHECK", "PERF.PARSE", "PERF.SPENDCURVE", "PERF.SUMMARY"]);
    expect(await page.evaluate(() => typeof (window as any).ribbon.OnAction)).toBe("function");
    expect(await violations()).toEqual([]);
    await expectInlineScriptRefused(page);
    expect(log.errors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
    expectInsideFolder(log);
    await page.close();
  });

  it("taskpane.html mounts the shared pane and checks the sheet", async () => {
    const { page, log, violations } = await open("taskpane.html");
    await page.waitForSelector("#check");
    await page.click("#check");
    await page.waitForFunction(() => /检查完成/.test(document.querySelector("#status")?.textContent ?? ""));
    expect(await page.locator(".table-group").count()).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
    await expectInlineScriptRefused(page);
    expect(log.errors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
    expectInsideFolder(log);
    await page.close();
  });

  it("publish.html shows the publish.xml entry for the folder it was opened from", async () => {
    const { page, log, violations } = await open("publish.html");
    await page.waitForFunction(() => (document.getElementById("publish-xml")?.textContent ?? "").includes("jspluginonline"));
    expect(await page.textContent("#publish-xml")).toContain(`url="${pathToFileURL(addin).href}/"`);
    expect(await violations()).toEqual([]);
    expect(log.errors).toEqual([]);
    expectInsideFolder(log);
    await page.close();
  });
});
