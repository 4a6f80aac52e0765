/**
 * The built WPS add-in folder (dist/wps, from `npm run build`) and the offline package
 * (`npm run package:wps`): well-formed XML, the manifest naming functions.json + PERF, the ribbon
 * wired to callbacks that exist, functions.json generated from the shared definitions, and a zip that
 * holds exactly the built files plus the install samples.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { execFileSync } from "child_process";
import JSZip from "jszip";
import { validateXML } from "xmllint-wasm";
import defs from "../../src/functions/function-defs.json";
import { FUNCTION_DEFS } from "../../src/functions";
import { ribbon } from "../../src/wps/index";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { wpsFunctionsJson } = require("../../config/webpack.wps.js");

const ROOT = path.resolve(__dirname, "..", "..");
const WPS = path.join(ROOT, "dist", "wps");

function built(file: string): string {
  const p = path.join(WPS, file);
  if (!fs.existsSync(p)) throw new Error(`${p} missing: run \`npm run build\` first (npm test does)`);
  return fs.readFileSync(p, "utf8");
}

async function wellFormed(name: string, xml: string): Promise<void> {
  // normalization: "format" makes xmllint parse (and so check well-formedness of) the document without a schema.
  const res = await validateXML({ xml: [{ fileName: name, contents: xml }], normalization: "format" });
  expect(res.errors.map((e) => e.message)).toEqual([]);
}

describe("dist/wps", () => {
  it("manifest.xml is a JsPlugin naming functions.json and the PERF namespace, with the package version", async () => {
    const xml = built("manifest.xml");
    await wellFormed("manifest.xml", xml);
    expect(xml).toMatch(/<JsPlugin>/);
    expect(xml).toMatch(/<Functions>\s*<Uri>functions\.json<\/Uri>\s*<Namespace>PERF<\/Namespace>\s*<\/Functions>/);
    const version = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
    expect(xml).toContain(`<Version>${version}</Version>`);
  });

  it("ribbon.xml has the 绩效目标 tab with the four buttons, wired to callbacks index.html defines", async () => {
    const xml = built("ribbon.xml");
    await wellFormed("ribbon.xml", xml);
    expect(xml).toMatch(/<customUI [^>]*onLoad="ribbon\.OnAddinLoad"/);
    expect(xml).toMatch(/<tab id="perfcheckTab" label="绩效目标">/);
    const buttons = [...xml.matchAll(/<button id="(\w+)" label="([^"]+)"[^>]*onAction="ribbon\.OnAction" getImage="ribbon\.GetImage"/g)].map((m) => [m[1], m[2]]);
    expect(buttons).toEqual([
      ["btnInsertTemplate", "插入模板"],
      ["btnCheckSheet", "检查本表"],
      ["btnClearMarks", "清除标记"],
      ["btnOpenPane", "打开面板"],
    ]);
    for (const [id] of buttons) {
      const image = ribbon.GetImage({ Id: id });
      expect(fs.existsSync(path.join(WPS, image))).toBe(true);
    }
    expect(typeof ribbon.OnAddinLoad).toBe("function");
  });

  it("functions.json is generated from function-defs.json: the same four functions and parameters Excel has", () => {
    const json = JSON.parse(built("functions.json"));
    expect(json).toEqual(wpsFunctionsJson(defs));
    expect(json.namespace).toBe("PERF");
    expect(json.functions.map((f: { name: string }) => f.name)).toEqual(FUNCTION_DEFS.map((d) => d.name));
    for (const f of json.functions) {
      expect(f.name).toMatch(/^[A-Z][A-Z0-9_]*$/);
      const def = FUNCTION_DEFS.find((d) => d.id === f.id)!;
      expect(f.parameters.map((p: { name: string }) => p.name)).toEqual(def.parameters.map((p) => p.name));
      expect(f.description).toContain(def.zhDescription);
      expect(f.result.type).toBe(def.result.type);
    }
  });

  it("the generator refuses non-ASCII names and a foreign namespace", () => {
    const bad = JSON.parse(JSON.stringify(defs));
    bad.functions[0].name = "检查";
    expect(() => wpsFunctionsJson(bad)).toThrow(/ASCII/);
    expect(() => wpsFunctionsJson({ ...defs, namespace: { en: "X" } })).toThrow(/PERF/);
  });

  it("pages load only their own local scripts and styles, under a CSP", () => {
    for (const page of ["index.html", "taskpane.html"]) {
      const html = built(page);
      expect(html).toContain("Content-Security-Policy");
      const urls = [...html.matchAll(/(?:src|href)=["']?([^"' >]+)/g)].map((m) => m[1]);
      expect(urls.filter((u) => /^(https?:)?\/\//.test(u))).toEqual([]);
    }
  });
});

describe("npm run package:wps", () => {
  it("zips the add-in folder with publish.xml / jsplugins.xml samples and install notes", async () => {
    built("manifest.xml");
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "perfcheck-wps-")), "pkg.zip");
    execFileSync(process.execPath, [path.join(ROOT, "scripts/package-wps.mjs"), "--out", out, "--dir", "D:/Tools/PerfCheck"], { cwd: ROOT });
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
    for (const f of ["manifest.xml", "ribbon.xml", "functions.json", "index.html", "wps.js", "taskpane.html"]) {
      expect(names).toContain(`perfcheck/${f}`);
      expect(await zip.file(`perfcheck/${f}`)!.async("string")).toBe(built(f));
    }
    for (const f of ["publish.xml", "jsplugins.xml", "oem.ini.sample", "安装说明.txt", "perfcheck-addin.zip"]) expect(names).toContain(f);
    const publish = await zip.file("publish.xml")!.async("string");
    await wellFormed("publish.xml", publish);
    expect(publish).toMatch(/<jspluginonline name="PerfCheck" type="et" url="file:\/\/\/D:\/Tools\/PerfCheck\/perfcheck\/"/);
    const jsplugins = await zip.file("jsplugins.xml")!.async("string");
    await wellFormed("jsplugins.xml", jsplugins);
    expect(jsplugins).toMatch(/<jsplugin name="PerfCheck" type="et" url="file:\/\/\/D:\/Tools\/PerfCheck\/perfcheck-addin\.zip"/);
    expect(await zip.file("安装说明.txt")!.async("string")).toContain("12.1.0.20540");
    // The package jsplugins.xml points to holds the add-in at its root.
    const inner = await JSZip.loadAsync(await zip.file("perfcheck-addin.zip")!.async("uint8array"));
    expect(await inner.file("manifest.xml")!.async("string")).toBe(built("manifest.xml"));
  });
});
