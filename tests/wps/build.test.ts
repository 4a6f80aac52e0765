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
    expect(Object.keys(json)).toEqual(["functions"]);
    expect(json.functions.map((f: { name: string }) => f.name)).toEqual(FUNCTION_DEFS.map((d) => d.name));
    for (const f of json.functions) {
      expect(f.name).toMatch(/^[A-Z][A-Z0-9_]*$/);
      const def = FUNCTION_DEFS.find((d) => d.name === f.name)!;
      expect(f.parameters.map((p: { name: string }) => p.name)).toEqual(def.parameters.map((p) => p.name));
      // Ranges are 2-D arrays, optional parameters end in "?": WPS passes the cells and lets the argument be left out.
      expect(f.parameters.map((p: { type: string }) => p.type)).toEqual(def.parameters.map((p) => `${p.type}${p.dimensionality === "matrix" ? "[][]" : ""}${p.optional ? "?" : ""}`));
      expect(f.description).toContain(def.zhDescription);
      expect(f.result.type).toBe(`${def.result.type}[][]`);
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

describe("npm run package:wps (the wpsjs layout)", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "perfcheck-wps-"));
  const install = path.join(out, "wps-install");
  const version = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
  const folder = `PerfCheck_${version}`;

  beforeAll(() => {
    built("manifest.xml");
    // The packer reads <out>/wps: point it at the built folder without copying it.
    fs.symlinkSync(WPS, path.join(out, "wps"), "dir");
    execFileSync(process.execPath, [path.join(ROOT, "scripts/package-wps.mjs"), "--out", out, "--base-url", "https://intranet.example/perfcheck"], { cwd: ROOT });
  });

  it("PerfCheck.7z holds the add-in under PerfCheck_<version>/, byte for byte (7-Zip WASM reads it back)", async () => {
    const buf = fs.readFileSync(path.join(install, "PerfCheck.7z"));
    expect(buf.subarray(0, 6).equals(Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]))).toBe(true);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const SevenZip = require("7z-wasm");
    const sz = await SevenZip({ print: () => undefined, printErr: () => undefined });
    sz.FS.writeFile("/p.7z", buf);
    sz.FS.mkdir("/x");
    expect(sz.callMain(["x", "/p.7z", "-o/x", "-bd"])).toBe(0);
    expect(sz.FS.readdir("/x").filter((n: string) => !n.startsWith("."))).toEqual([folder]);
    for (const f of ["manifest.xml", "ribbon.xml", "functions.json", "index.html", "wps.js", "taskpane.html", "taskpane.js", "images/check.svg"]) {
      expect(Buffer.from(sz.FS.readFile(`/x/${folder}/${f}`)).equals(fs.readFileSync(path.join(WPS, f)))).toBe(true);
    }
  });

  it("jsplugins.xml, oem.ini and the online publish.xml point at the base URL", async () => {
    const jsplugins = fs.readFileSync(path.join(install, "jsplugins.xml"), "utf8");
    await wellFormed("jsplugins.xml", jsplugins);
    expect(jsplugins).toContain(`<jsplugin name="PerfCheck" type="et" url="https://intranet.example/perfcheck/wps-install/PerfCheck.7z" version="${version}" enable="true"/>`);
    const oem = fs.readFileSync(path.join(install, "oem.ini"), "utf8");
    expect(oem).toMatch(/\[Support\]\r\n(;[^\r]*\r\n)*JsApiPlugin=true\r\n/);
    expect(oem).toMatch(/\[Server\]\r\n(;[^\r]*\r\n)*JSPluginsServer=https:\/\/intranet\.example\/perfcheck\/wps-install\/jsplugins\.xml\r\n/);
    const publish = fs.readFileSync(path.join(install, "publish.xml"), "utf8");
    await wellFormed("publish.xml", publish);
    expect(publish).toMatch(/<jspluginonline name="PerfCheck" type="et" url="https:\/\/intranet\.example\/perfcheck\/wps\/"/);
  });

  it("the per-PC zip has wpsjs's installer layout: the folder, publish.xml with the jsplugin entry, scripts, notes", async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(install, `PerfCheck-WPS-${version}-离线安装.zip`)));
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
    for (const f of ["manifest.xml", "ribbon.xml", "functions.json", "index.html", "wps.js", "taskpane.html"]) {
      expect(await zip.file(`${folder}/${f}`)!.async("string")).toBe(built(f));
    }
    for (const f of ["publish.xml", "install.bat", "install.ps1", "install.sh", "README.txt"]) expect(names).toContain(f);
    const publish = await zip.file("publish.xml")!.async("string");
    await wellFormed("publish.xml", publish);
    expect(publish).toContain(`<jsplugin name="PerfCheck" type="et" url="${folder}" version="${version}" enable="enable_dev" install="null" customDomain=""/>`);
    expect(await zip.file("README.txt")!.async("string")).toContain("12.1.0.20540");
    const bat = await zip.file("install.bat")!.async("string");
    expect(bat).toContain(`install.ps1" -Folder "${folder}"`);
    // cmd reads a batch file in the console's code page: the launcher stays ASCII, the zh-CN messages live in the
    // .ps1, which carries a UTF-8 BOM so every PowerShell reads it as UTF-8.
    expect([...bat].every((ch) => ch.charCodeAt(0) < 0x80)).toBe(true);
    const ps1 = await zip.file("install.ps1")!.async("uint8array");
    expect([...ps1.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(names.filter((n) => !/^[\x20-\x7e]*$/.test(n))).toEqual([]);
  });

  it("install.sh installs into jsaddons, keeps other add-ins' entries and replaces our old one", async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(install, `PerfCheck-WPS-${version}-离线安装.zip`)));
    const unpacked = fs.mkdtempSync(path.join(os.tmpdir(), "perfcheck-wps-unpacked-"));
    for (const [name, entry] of Object.entries(zip.files)) {
      const target = path.join(unpacked, name);
      if (entry.dir) fs.mkdirSync(target, { recursive: true });
      else {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, await entry.async("nodebuffer"));
      }
    }
    const jsaddons = fs.mkdtempSync(path.join(os.tmpdir(), "perfcheck-jsaddons-"));
    fs.mkdirSync(path.join(jsaddons, "PerfCheck_0.0.1"));
    fs.writeFileSync(
      path.join(jsaddons, "publish.xml"),
      '<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jspluginonline name="Other" type="wps" url="http://oa.example/addin/"/>\n  <jspluginonline name="PerfCheck" type="et" url="file:///C:/PerfCheck/perfcheck/" enable="enable_dev" install="null" version="0.0.1"/>\n</jsplugins>\n',
    );
    const run = () => execFileSync("sh", [path.join(unpacked, "install.sh")], { env: { ...process.env, WPS_JSADDONS_DIR: jsaddons } });
    run();
    run(); // a second install leaves one entry
    expect(fs.readdirSync(jsaddons).sort()).toEqual([folder, "publish.xml"]);
    expect(fs.readFileSync(path.join(jsaddons, folder, "manifest.xml"), "utf8")).toBe(built("manifest.xml"));
    const publish = fs.readFileSync(path.join(jsaddons, "publish.xml"), "utf8");
    await wellFormed("publish.xml", publish);
    expect(publish).toContain('<jspluginonline name="Other" type="wps" url="http://oa.example/addin/"/>');
    expect([...publish.matchAll(/name="PerfCheck"/g)]).toHaveLength(1);
    expect(publish).toContain(`<jsplugin name="PerfCheck" type="et" url="${folder}" version="${version}" enable="enable_dev" install="null" customDomain=""/>`);
    // Without a publish.xml the script writes one.
    fs.rmSync(path.join(jsaddons, "publish.xml"));
    run();
    await wellFormed("publish.xml", fs.readFileSync(path.join(jsaddons, "publish.xml"), "utf8"));
  });
});
