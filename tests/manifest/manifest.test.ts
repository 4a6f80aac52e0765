/**
 * manifest.xml checked offline (office-addin-manifest's validator needs the network): well-formed XML
 * and a schema subset via xmllint-wasm, then the shared-runtime structure, ids, URLs, icons and the
 * per-locale function metadata against the BUILT dist/.
 */
import * as fs from "fs";
import * as path from "path";
import { validateXML } from "xmllint-wasm";
import { DIST, ROOT, ensureExcelBuild } from "../functions/excelBuild";

const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const SCHEMA = [{ fileName: "officeapp-subset.xsd", contents: fs.readFileSync(path.join(__dirname, "officeapp-subset.xsd"), "utf8") }];

beforeAll(() => ensureExcelBuild(), 300_000);

async function validate(xml: string) {
  return validateXML({ xml: [{ fileName: "manifest.xml", contents: xml }], schema: SCHEMA });
}

/** Attributes of every `<tag …>` (after xmllint has said the XML is well-formed, a regex reads it reliably). */
function tags(xml: string, tag: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const m of xml.replace(/<!--[\s\S]*?-->/g, "").matchAll(new RegExp(`<${tag.replace(":", "\\:")}\\b([^>]*)>`, "g"))) {
    const attrs: Record<string, string> = {};
    for (const a of m[1].matchAll(/([\w:]+)="([^"]*)"/g)) attrs[a[1]] = a[2];
    out.push(attrs);
  }
  return out;
}

/** The text content of an element `<tag …>text</tag>`. */
function inner(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, "g"))].map((m) => m[1]);
}

/** resid → DefaultValue, for every bt:Image / bt:Url / bt:String. */
function resources(xml: string): Map<string, { kind: string; value: string; overrides: Record<string, string> }> {
  const map = new Map<string, { kind: string; value: string; overrides: Record<string, string> }>();
  for (const m of xml.matchAll(/<bt:(Image|Url|String)\s+id="([^"]+)"\s+DefaultValue="([^"]*)"\s*(\/>|>([\s\S]*?)<\/bt:\1>)/g)) {
    const overrides: Record<string, string> = {};
    for (const o of (m[5] ?? "").matchAll(/<bt:Override\s+Locale="([^"]+)"\s+Value="([^"]*)"/g)) overrides[o[1]] = o[2];
    map.set(m[2], { kind: m[1], value: m[3], overrides });
  }
  return map;
}

const res = resources(MANIFEST);
const url = (id: string) => res.get(id)?.value;

describe("manifest.xml against the schema subset", () => {
  it("is well-formed and valid", async () => {
    const r = await validate(MANIFEST);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.valid).toBe(true);
  });

  it("the check can fail: a broken id, permission or http URL is rejected", async () => {
    for (const broken of [MANIFEST.replace(/<Id>[^<]+<\/Id>/, "<Id>not-a-guid</Id>"), MANIFEST.replace("ReadWriteDocument", "Everything"), MANIFEST.replace('<IconUrl DefaultValue="https:', '<IconUrl DefaultValue="http:'), MANIFEST.replace("</OfficeApp>", "")]) {
      expect((await validate(broken)).valid).toBe(false);
    }
  });
});

describe("manifest.xml structure", () => {
  it("has a GUID id, a four-part version, en-US default with zh-CN overrides", () => {
    expect(inner(MANIFEST, "Id")[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(inner(MANIFEST, "Version")[0]).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(inner(MANIFEST, "DefaultLocale")[0]).toBe("en-US");
    expect(tags(MANIFEST, "Override").some((o) => o.Locale === "zh-CN" && o.Value === "绩效目标表助手")).toBe(true);
  });

  it("runs functions and task pane in one shared runtime (taskpane.html)", () => {
    expect(tags(MANIFEST, "Set").map((s) => s.Name)).toContain("SharedRuntime");
    expect(tags(MANIFEST, "Runtime")).toEqual([{ resid: "Taskpane.Url", lifetime: "long" }]);
    const cf = /<ExtensionPoint xsi:type="CustomFunctions">([\s\S]*?)<\/ExtensionPoint>/.exec(MANIFEST)?.[1] ?? "";
    expect(/<Script>\s*<SourceLocation resid="Functions.Script.Url"\s*\/>/.test(cf)).toBe(true);
    expect(/<Page>\s*<SourceLocation resid="Taskpane.Url"\s*\/>/.test(cf)).toBe(true);
    expect(/<Metadata>\s*<SourceLocation resid="Functions.Metadata.Url"\s*\/>/.test(cf)).toBe(true);
    expect(/<Namespace resid="Functions.Namespace"\s*\/>/.test(cf)).toBe(true);
    expect(tags(MANIFEST, "FunctionFile")).toEqual([{ resid: "Taskpane.Url" }]);
    expect(url("Taskpane.Url")).toBe("https://localhost:3000/taskpane.html");
    expect(url("Functions.Script.Url")).toBe("https://localhost:3000/functions.js");
  });

  it("names the functions PERF, 绩效 in zh-CN, with per-locale metadata", () => {
    expect(res.get("Functions.Namespace")).toEqual({ kind: "String", value: "PERF", overrides: { "zh-CN": "绩效" } });
    expect(res.get("Functions.Metadata.Url")).toEqual({
      kind: "Url",
      value: "https://localhost:3000/functions.json",
      overrides: { "zh-CN": "https://localhost:3000/functions.zh-CN.json" },
    });
  });

  it("has a 绩效目标 ribbon tab whose button shows the task pane", () => {
    expect(/<CustomTab id="PerfCheck.Tab">[\s\S]*<Action xsi:type="ShowTaskpane">\s*<TaskpaneId>[^<]+<\/TaskpaneId>\s*<SourceLocation resid="Taskpane.Url"\s*\/>/.test(MANIFEST)).toBe(true);
    expect(res.get("PerfCheck.Tab.Label")?.overrides["zh-CN"]).toBe("绩效目标");
  });

  it("defines every resid it uses, with string lengths Office accepts", () => {
    const used = new Set([...MANIFEST.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
    for (const id of used) expect(res.has(id) ? id : `missing ${id}`).toBe(id);
    for (const m of MANIFEST.matchAll(/<bt:ShortStrings>([\s\S]*?)<\/bt:ShortStrings>/g)) for (const v of m[1].matchAll(/(?:DefaultValue|Value)="([^"]*)"/g)) expect(v[1].length).toBeLessThanOrEqual(125);
    for (const m of MANIFEST.matchAll(/<bt:LongStrings>([\s\S]*?)<\/bt:LongStrings>/g)) for (const v of m[1].matchAll(/(?:DefaultValue|Value)="([^"]*)"/g)) expect(v[1].length).toBeLessThanOrEqual(250);
  });

  it("points every URL at https://localhost:3000/ and at a file the build produced", () => {
    const urls = [...MANIFEST.matchAll(/(?:DefaultValue|Value)="(https?:[^"]*)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(10);
    for (const u of urls) {
      expect(u).toMatch(/^https:\/\/localhost:3000\//);
      const file = decodeURIComponent(new URL(u).pathname).slice(1);
      // index.html is the web checker's page (its own build); every other file comes from the excel build.
      if (file !== "index.html") expect(fs.existsSync(path.join(DIST, file)) ? file : `dist/${file} missing`).toBe(file);
    }
  });
});

describe("icons", () => {
  /** Width and height from a PNG's IHDR chunk, after checking the signature. */
  function pngSize(file: string): [number, number] {
    const b = fs.readFileSync(file);
    expect(b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    expect(b.subarray(12, 16).toString("ascii")).toBe("IHDR");
    return [b.readUInt32BE(16), b.readUInt32BE(20)];
  }

  it("are real PNGs of the size each reference says (16/32/64/80)", () => {
    const sized = [...MANIFEST.matchAll(/icon-(\d+)\.png/g)].map((m) => Number(m[1]));
    expect(new Set(sized)).toEqual(new Set([16, 32, 64, 80]));
    for (const size of sized) {
      expect(pngSize(path.join(ROOT, "assets", `icon-${size}.png`))).toEqual([size, size]);
      expect(pngSize(path.join(DIST, "assets", `icon-${size}.png`))).toEqual([size, size]);
    }
    for (const img of tags(MANIFEST, "bt:Image").filter((t) => t.size)) expect(img.resid).toBe(`Icon.${img.size}x${img.size}`);
  });
});

describe("dist/ as served", () => {
  it("copies manifest.xml unchanged and ships office.js locally (no CDN)", () => {
    expect(fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8")).toBe(MANIFEST);
    for (const f of ["office.js", "o15apptofilemappingtable.js"]) {
      expect(fs.readFileSync(path.join(DIST, f)).equals(fs.readFileSync(path.join(ROOT, "node_modules/@microsoft/office-js/dist", f)))).toBe(true);
    }
  });

  it("taskpane.html loads office.js first, then functions.js (and the pane's bundle when it exists), nothing remote", () => {
    const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]);
    expect(scripts[0]).toBe("office.js");
    expect(scripts.indexOf("functions.js")).toBeGreaterThan(0);
    if (fs.existsSync(path.join(ROOT, "src/taskpane/taskpane.ts"))) expect(scripts.indexOf("taskpane.js")).toBeGreaterThan(scripts.indexOf("functions.js"));
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
  });

  it("serves the zh-CN metadata beside the English one", () => {
    const zh = JSON.parse(fs.readFileSync(path.join(DIST, "functions.zh-CN.json"), "utf8"));
    expect(zh.functions.map((f: { name: string }) => f.name).sort()).toEqual(["支出计划", "汇总检查", "解析指标值", "逐行检查"].sort());
  });
});

describe("manifest-taskpane.xml (older Excel: the task pane alone)", () => {
  const PANE = fs.readFileSync(path.join(ROOT, "manifest-taskpane.xml"), "utf8");
  const paneRes = resources(PANE);

  it("is valid against the schema subset and copied into dist with the same origin rewrite as manifest.xml", async () => {
    const r = await validate(PANE);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(fs.readFileSync(path.join(DIST, "manifest-taskpane.xml"), "utf8")).toBe(PANE);
  });

  it("has its own GUID, no shared runtime, no custom functions, and requires ExcelApi 1.1 only", () => {
    const id = inner(PANE, "Id")[0];
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(id).not.toBe(inner(MANIFEST, "Id")[0]);
    expect(inner(PANE, "Version")[0]).toBe(inner(MANIFEST, "Version")[0]);
    expect(tags(PANE, "Set")).toEqual([{ Name: "ExcelApi", MinVersion: "1.1" }]);
    expect(tags(PANE, "Runtime")).toEqual([]);
    expect(PANE.replace(/<!--[\s\S]*?-->/g, "")).not.toMatch(/CustomFunctions|SharedRuntime|functions\.js|functions\.json/);
  });

  it("opens taskpane.html marked as running without the PERF functions, from the ribbon and from 我的加载项", () => {
    expect(paneRes.get("Taskpane.Url")?.value).toBe("https://localhost:3000/taskpane.html?functions=none");
    expect(tags(PANE, "SourceLocation")[0]).toEqual({ DefaultValue: "https://localhost:3000/taskpane.html?functions=none" });
    expect(/<Action xsi:type="ShowTaskpane">\s*<TaskpaneId>[^<]+<\/TaskpaneId>\s*<SourceLocation resid="Taskpane.Url"\s*\/>/.test(PANE)).toBe(true);
    const used = new Set([...PANE.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
    for (const id of used) expect(paneRes.has(id) ? id : `missing ${id}`).toBe(id);
  });

  it("declares in the full manifest the sets its code needs unguarded: SharedRuntime 1.1 and ExcelApi 1.1", () => {
    expect(tags(MANIFEST, "Set")).toEqual([
      { Name: "SharedRuntime", MinVersion: "1.1" },
      { Name: "ExcelApi", MinVersion: "1.1" },
    ]);
  });
});
