/**
 * A deployment build: `npm run build -- --base-url https://perfcheck.example.gov.cn/addin/` (here with --skip-node
 * and --out into a temporary folder, one build for the whole file). Every shipped manifest, page, install file and
 * archive entry must point at the base URL and nowhere at localhost; every manifest URL names a file the build wrote.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { validateXML } from "xmllint-wasm";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { normalizeBaseUrl, rebase, DEV_BASE_URL } = require("../../config/deploy.js");

const ROOT = path.resolve(__dirname, "..", "..");
const BASE = "https://perfcheck.example.gov.cn/addin/";
const VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
/** Microsoft's Office.js files, copied byte for byte: their code names localhost for Office's own dev tooling, no URL of ours. */
const MICROSOFT_FILES = /^(office\.js|o15apptofilemappingtable\.js|custom-functions-runtime\.js|excel-(win32|web|mac)-[\d.]+(-core)?\.js|[a-z]{2}-[a-z]{2}\/office_strings\.js)$/;
const TEXT = /\.(xml|html|json|js|css|ini|txt|bat|ps1|sh|svg)$/;
const LOCAL = /localhost|127\.0\.0\.1|\[::1\]/i;

let out = "";

function listFiles(dir: string): string[] {
  const files: string[] = [];
  (function walk(d: string) {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files.push(path.relative(dir, p).split(path.sep).join("/"));
    }
  })(dir);
  return files.sort();
}

const read = (f: string) => fs.readFileSync(path.join(out, f), "utf8");

/** A URL under BASE → the file it names in the output folder (query dropped). */
function fileOf(url: string): string {
  expect(url.startsWith(BASE) ? "under base" : url).toBe("under base");
  return decodeURIComponent(new URL(url).pathname.slice(new URL(BASE).pathname.length));
}

beforeAll(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), "perfcheck-deploy-"));
  execFileSync(process.execPath, [path.join(ROOT, "scripts/build.mjs"), "--skip-node", "--base-url", BASE, "--out", out], { cwd: ROOT, stdio: "pipe", timeout: 280_000 });
}, 300_000);

afterAll(() => {
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

describe("npm run build -- --base-url", () => {
  it("ships no localhost in any manifest, page, install file or bundle of ours", () => {
    const files = listFiles(out);
    expect(files).toEqual(expect.arrayContaining(["manifest.xml", "manifest-taskpane.xml", "taskpane.html", "index.html", "wps/manifest.xml", "wps/index.html", "wps/taskpane.html", "wps/publish.html", "wps-install/jsplugins.xml", "wps-install/oem.ini", "wps-install/publish.xml", "wps-install/PerfCheck.7z"]));
    const checked = files.filter((f) => TEXT.test(f) && !MICROSOFT_FILES.test(f));
    expect(checked.length).toBeGreaterThan(25);
    expect(checked.filter((f) => LOCAL.test(read(f)))).toEqual([]);
    // The Microsoft files are the only ones left out, and they are Microsoft's bytes.
    for (const f of files.filter((x) => MICROSOFT_FILES.test(x))) {
      expect(fs.readFileSync(path.join(out, f)).equals(fs.readFileSync(path.join(ROOT, "node_modules/@microsoft/office-js/dist", f)))).toBe(true);
    }
  });

  it("rewrites only the origin of both Excel manifests, and every URL names a file the build wrote", async () => {
    for (const name of ["manifest.xml", "manifest-taskpane.xml"]) {
      const source = fs.readFileSync(path.join(ROOT, name), "utf8");
      const built = read(name);
      expect(source).toContain(DEV_BASE_URL);
      expect(built).toBe(source.split(DEV_BASE_URL).join(BASE));
      const res = await validateXML({ xml: [{ fileName: name, contents: built }], schema: [{ fileName: "officeapp-subset.xsd", contents: fs.readFileSync(path.join(ROOT, "tests/manifest/officeapp-subset.xsd"), "utf8") }] });
      expect(res.errors.map((e) => e.message)).toEqual([]);
      const urls = [...built.matchAll(/(?:DefaultValue|Value)="(https?:[^"]*)"/g)].map((m) => m[1]);
      expect(urls.length).toBeGreaterThan(5);
      for (const u of urls) {
        const file = fileOf(u);
        expect(fs.existsSync(path.join(out, file)) ? file : `missing ${file}`).toBe(file);
      }
    }
  });

  it("points the WPS install files at the base URL, at files that exist there", () => {
    const jsplugins = read("wps-install/jsplugins.xml");
    const pkg = /<jsplugin name="PerfCheck" type="et" url="([^"]+)" version="([^"]+)"/.exec(jsplugins)!;
    expect(fileOf(pkg[1])).toBe("wps-install/PerfCheck.7z");
    expect(pkg[2]).toBe(VERSION);
    const server = /^JSPluginsServer=(.+?)\r?$/m.exec(read("wps-install/oem.ini"))![1];
    expect(fileOf(server)).toBe("wps-install/jsplugins.xml");
    const online = /<jspluginonline name="PerfCheck" type="et" url="([^"]+)"/.exec(read("wps-install/publish.xml"))![1];
    expect(fileOf(online)).toBe("wps/");
    for (const f of ["ribbon.xml", "index.html", "manifest.xml", "functions.json"]) expect(fs.existsSync(path.join(out, "wps", f))).toBe(true);
  });

  it("the per-PC WPS package has no localhost either, and its install notes name the base URL", async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(out, "wps-install", `PerfCheck-WPS-${VERSION}-离线安装.zip`)));
    const texts = Object.keys(zip.files).filter((n) => !zip.files[n].dir && TEXT.test(n));
    expect(texts.length).toBeGreaterThan(10);
    const local: string[] = [];
    for (const n of texts) if (LOCAL.test(await zip.file(n)!.async("string"))) local.push(n);
    expect(local).toEqual([]);
    expect(await zip.file("README.txt")!.async("string")).toContain(`JSPluginsServer=${BASE}wps-install/jsplugins.xml`);
  });

  it("refuses a base URL Office cannot load, before building anything", () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, "scripts/build.mjs"), "--skip-node", "--base-url", "http://perfcheck.example.gov.cn/addin/", "--out", path.join(out, "never")], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("https://");
    expect(fs.existsSync(path.join(out, "never"))).toBe(false);
  });
});

describe("config/deploy.js", () => {
  it("normalizes the base URL: https only, no query, a trailing slash", () => {
    expect(normalizeBaseUrl("https://perfcheck.example.gov.cn/addin")).toBe(BASE);
    expect(normalizeBaseUrl(" https://PerfCheck.example.gov.cn/addin/ ")).toBe(BASE);
    for (const bad of ["http://x/", "ftp://x/", "perfcheck.example.gov.cn/addin/", "https://x/?a=1", "https://u:p@x/", ""]) expect(() => normalizeBaseUrl(bad)).toThrow();
  });

  it("rebase is the identity for the development URL, so npm start keeps localhost", () => {
    const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    expect(rebase(manifest, DEV_BASE_URL)).toBe(manifest);
    expect(rebase(manifest, BASE)).not.toContain("localhost:3000/");
  });
});
