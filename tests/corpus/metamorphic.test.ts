/**
 * Layout invariance on the real corpus and the synthetic probe tables (scripts/corpus/metamorphic.mjs): every table re-checked after a change of form
 * another issuer's table may show (full-width digits, 三级指标（必填）, （核心指标） after names, numbering, the table moved,
 * merged labels written out, two columns swapped …) gives the same findings, code and row, as the table as published.
 * Runs the compiled lib/ (built by `npm test` before jest), through the CLI's reader.
 */
import { execFileSync } from "child_process";
import * as path from "path";

const root = path.join(__dirname, "..", "..");
const script = path.join(root, "scripts", "corpus", "metamorphic.mjs");

const run = (...args: string[]) => JSON.parse(execFileSync(process.execPath, [script, ...args], { cwd: root, encoding: "utf8" }).trim().split("\n").pop()!);

describe("corpus layout invariance", () => {
  it("gives the same findings for every table under every transform", () => {
    expect(run("all")).toEqual([]);
  });

  it("gives the same findings for every synthetic probe table (tests/fixtures/corpus-synthetic) under every transform", () => {
    expect(run("all", "--synthetic")).toEqual([]);
  });

  it("sees a difference when one is made: dropping every % sign changes the findings of table 001", () => {
    const diffs = run("001_", "percentDropped") as { file: string; transform: string; lost: string[]; added: string[] }[];
    expect(diffs).toHaveLength(1);
    expect(diffs[0]).toMatchObject({ file: "001_wuhai_gongxiao.json", transform: "percentDropped" });
    expect(diffs[0].lost.length + diffs[0].added.length).toBeGreaterThan(0);
  });
});
