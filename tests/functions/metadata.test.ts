/**
 * The GENERATED custom-function metadata in dist/ (custom-functions-metadata-plugin from the JSDoc in
 * src/functions/functions.ts, then the zh-CN file derived from it at build time).
 */
import * as fs from "fs";
import * as path from "path";
import { DIST, ensureExcelBuild } from "./excelBuild";
import { FUNCTION_DEFS } from "../../src/functions";

interface MetaParam {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
interface MetaFunction {
  id: string;
  name: string;
  description: string;
  parameters: MetaParam[];
  result: { type?: string; dimensionality?: string };
  options?: Record<string, unknown>;
}
interface Meta {
  allowErrorForDataTypeAny?: boolean;
  allowCustomDataForDataTypeAny?: boolean;
  functions: MetaFunction[];
}

let en: Meta;
let zh: Meta;

beforeAll(() => {
  ensureExcelBuild();
  en = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8"));
  zh = JSON.parse(fs.readFileSync(path.join(DIST, "functions.zh-CN.json"), "utf8"));
}, 300_000);

const byId = (m: Meta, id: string) => {
  const f = m.functions.find((x) => x.id === id);
  if (!f) throw new Error(`${id} missing from metadata`);
  return f;
};

describe("dist/functions.json (generated)", () => {
  it("has the four PERF ids, named as their ids", () => {
    expect(en.functions.map((f) => f.id).sort()).toEqual(["CHECK", "PARSE", "SPENDCURVE", "SUMMARY"]);
    for (const f of en.functions) expect(f.name).toBe(f.id);
  });

  it("declares parameters as written in the JSDoc: types, matrix/scalar, optional flags", () => {
    const shape = (id: string) => byId(en, id).parameters.map((p) => [p.name, p.type, p.dimensionality ?? "scalar", !!p.optional]);
    expect(shape("CHECK")).toEqual([
      ["rows", "any", "matrix", false],
      ["budget", "any", "scalar", true],
      ["year", "any", "scalar", true],
      ["profile", "any", "scalar", true],
    ]);
    expect(shape("SPENDCURVE")).toEqual([
      ["plan", "any", "matrix", false],
      ["budget", "any", "scalar", true],
      ["labels", "any", "matrix", true],
      ["profile", "any", "scalar", true],
    ]);
    expect(shape("PARSE")).toEqual([["value", "any", "matrix", false]]);
    expect(shape("SUMMARY")).toEqual([
      ["rows", "any", "matrix", false],
      ["budget", "any", "scalar", true],
      ["plan", "any", "matrix", true],
      ["profile", "any", "scalar", true],
    ]);
  });

  it("spills: every result is a matrix; CHECK/SUMMARY are text", () => {
    for (const f of en.functions) expect(f.result.dimensionality).toBe("matrix");
    expect(byId(en, "CHECK").result.type).toBe("string");
    expect(byId(en, "SUMMARY").result.type).toBe("string");
  });

  it("lets error values reach the functions (per-row #N/A messages) and keeps them synchronous", () => {
    expect(en.allowErrorForDataTypeAny).toBe(true);
    // Entities and formatted numbers arrive as data-type objects, which the functions read as the value they show.
    expect(en.allowCustomDataForDataTypeAny).toBe(true);
    for (const f of en.functions) {
      expect(f.options?.stream ?? false).toBe(false);
      expect(f.options?.volatile ?? false).toBe(false);
    }
  });

  it("agrees with FUNCTION_DEFS (the list WPS registers from), descriptions included", () => {
    expect(FUNCTION_DEFS.map((d) => d.id).sort()).toEqual(en.functions.map((f) => f.id).sort());
    for (const def of FUNCTION_DEFS) {
      const f = byId(en, def.id);
      expect(f.description).toBe(def.description);
      expect(f.result.dimensionality).toBe(def.result.dimensionality);
      expect(f.parameters.map((p) => [p.name, p.description, p.type, p.dimensionality ?? "scalar", !!p.optional])).toEqual(
        def.parameters.map((p) => [p.name, p.description, p.type, p.dimensionality, p.optional]),
      );
    }
  });
});

describe("dist/functions.zh-CN.json (derived)", () => {
  it("keeps ids, types, dimensionality and flags; only names and descriptions change", () => {
    const strip = (m: Meta) => JSON.stringify(m.functions.map((f) => ({ ...f, name: "", description: "", parameters: f.parameters.map((p) => ({ ...p, name: "", description: "" })) })));
    expect(strip(zh)).toBe(strip(en));
    expect(zh.allowErrorForDataTypeAny).toBe(true);
    expect(zh.allowCustomDataForDataTypeAny).toBe(true);
  });

  it("uses the zh-CN names: 逐行检查, 支出计划, 解析指标值, 汇总检查 with zh-CN parameter names", () => {
    expect(Object.fromEntries(zh.functions.map((f) => [f.id, f.name]))).toEqual({ CHECK: "逐行检查", SPENDCURVE: "支出计划", PARSE: "解析指标值", SUMMARY: "汇总检查" });
    expect(byId(zh, "CHECK").parameters.map((p) => p.name)).toEqual(["指标行", "预算数", "年度", "配置"]);
    for (const f of zh.functions) {
      expect(f.description).toMatch(/[\u4e00-\u9fff]/);
      for (const p of f.parameters) expect(p.description).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("follows Excel's naming rule: a letter first, at least three characters, letters/digits/_/. only", () => {
    for (const m of [en, zh]) {
      for (const f of m.functions) {
        expect(f.name).toMatch(/^\p{L}[\p{L}\p{N}_.]{2,}$/u);
        expect(f.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
      }
    }
  });
});
