/**
 * dist/wps/functions.json against wpsjs's own generator. wpsjs (Kingsoft's WPS add-in tool) writes functions.json
 * from JSDoc `@customfunction` functions; its generator (vendored unmodified in tests/fixtures/wpsjs) runs here on
 * a JSDoc stub of the same function list (src/functions/function-defs.json), and every field of its output must
 * equal the file our build ships.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import defs from "../../src/functions/function-defs.json";

// wpsjs's module imports fs-extra for its copy plugin only; the generator does not use it.
jest.mock("fs-extra", () => ({}), { virtual: true });
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { TsParser } = require("../fixtures/wpsjs/vite_plugins.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { wpsFunctionsJson } = require("../../config/webpack.wps.js");

const ROOT = path.resolve(__dirname, "..", "..");

interface Def {
  name: string;
  description: string;
  zhDescription: string;
  parameters: { name: string; zhName: string; zhDescription: string; type: string; dimensionality: string; optional?: boolean }[];
  result: { type: string; dimensionality: string };
}

/** The JSDoc a wpsjs project would write for our functions: the type as a JS type, brackets for optional. */
function jsdocStub(list: Def[]): string {
  const jsType = (type: string, dim: string) => (dim === "matrix" ? `${type}[][]` : type);
  return list
    .map((d) => {
      const params = d.parameters.map((p) => {
        const name = p.optional ? `[${p.name}]` : p.name;
        return ` * @param {${jsType(p.type, p.dimensionality)}} ${name} - ${p.zhName}：${p.zhDescription}`;
      });
      return [
        "/**",
        ` * ${d.zhDescription} ${d.description}`,
        " * @customfunction",
        ...params,
        ` * @returns {${jsType(d.result.type, d.result.dimensionality)}}`,
        " */",
        `function ${d.name}(${d.parameters.map((p) => p.name).join(", ")}) {`,
        "  return [[\"\"]];",
        "}",
        "",
      ].join("\n");
    })
    .join("\n");
}

function wpsjsOutput(list: Def[]): { functions: Record<string, unknown>[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perfcheck-wpsjs-"));
  const file = path.join(dir, "functions.js");
  fs.writeFileSync(file, jsdocStub(list));
  return new TsParser(file).generateFunctionsJson();
}

const shipped = () => {
  const p = path.join(ROOT, "dist", "wps", "functions.json");
  if (!fs.existsSync(p)) throw new Error(`${p} missing: run \`npm run build\` first (npm test does)`);
  return JSON.parse(fs.readFileSync(p, "utf8"));
};

describe("WPS functions.json in wpsjs's format", () => {
  const reference = wpsjsOutput(defs.functions as Def[]);

  it("wpsjs's generator reads the stub: four functions, 2-D ranges as any[][], optional arguments with ?", () => {
    expect(reference.functions.map((f) => f.name)).toEqual(["CHECK", "SPENDCURVE", "PARSE", "SUMMARY"]);
    const check = reference.functions[0] as { parameters: { name: string; type: string }[]; result: { type: string } };
    expect(check.parameters.map((p) => [p.name, p.type])).toEqual([
      ["rows", "any[][]"],
      ["budget", "any?"],
      ["year", "any?"],
      ["profile", "any?"],
    ]);
    expect(check.result.type).toBe("string[][]");
  });

  it("the shipped file equals wpsjs's output field by field", () => {
    const ours = shipped();
    expect(Object.keys(ours)).toEqual(Object.keys(reference));
    expect(ours.functions).toHaveLength(reference.functions.length);
    reference.functions.forEach((ref, i) => {
      const f = ours.functions[i];
      expect(Object.keys(f)).toEqual(Object.keys(ref));
      expect(f.name).toBe(ref.name);
      expect(f.description).toBe(ref.description);
      expect(f.result).toEqual(ref.result);
      const refParams = ref.parameters as Record<string, unknown>[];
      expect(f.parameters).toHaveLength(refParams.length);
      refParams.forEach((rp, j) => {
        expect(Object.keys(f.parameters[j])).toEqual(Object.keys(rp));
        for (const key of Object.keys(rp)) expect([f.name, j, key, f.parameters[j][key]]).toEqual([f.name, j, key, rp[key]]);
      });
    });
    expect(JSON.stringify(ours)).toBe(JSON.stringify(reference));
  });

  it("the comparison can fail: a changed type or a dropped optional mark differs from wpsjs", () => {
    const changed = JSON.parse(JSON.stringify(defs));
    changed.functions[0].parameters[1].optional = false;
    expect(wpsFunctionsJson(changed)).not.toEqual(reference);
    const scalar = JSON.parse(JSON.stringify(defs));
    scalar.functions[0].parameters[0].dimensionality = "scalar";
    expect(wpsjsOutput(scalar.functions).functions[0]).toEqual(wpsFunctionsJson(scalar).functions[0]);
    expect(wpsFunctionsJson(scalar).functions[0]).not.toEqual(reference.functions[0]);
  });
});
