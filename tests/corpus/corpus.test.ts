/**
 * Every defect the engine caught when the baseline was written (tests/fixtures/corpus/caught.json, from
 * `npm run corpus -- --update-baseline`) is still caught. Runs the scorer's own path (scripts/corpus/score.mjs: the
 * generated .xlsx through the CLI reader and the compiled engine in lib/, built by `npm test` before jest).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const root = path.join(__dirname, "..", "..");
const baselineFile = path.join(root, "tests", "fixtures", "corpus", "caught.json");
const key = (d: { file: string; target: unknown; code: string }) => `${d.file} ${JSON.stringify(d.target)} ${d.code}`;

describe("corpus regression", () => {
  const baseline: { file: string; target: unknown; code: string }[] = JSON.parse(fs.readFileSync(baselineFile, "utf8"));

  it("names only tables that are in the corpus, and is not empty", () => {
    expect(baseline.length).toBeGreaterThan(0);
    const missing = [...new Set(baseline.map((d) => d.file))].filter((f) => !fs.existsSync(path.join(root, "tests", "fixtures", "corpus", f)));
    expect(missing).toEqual([]);
  });

  it("keeps every baseline defect caught", () => {
    const script = `import { scoreCorpus } from ${JSON.stringify(path.join(root, "scripts", "corpus", "score.mjs"))};
      const rs = await scoreCorpus();
      console.log(JSON.stringify(rs.flatMap((r) => r.defects.filter((d) => d.caught).map((d) => ({ file: r.file, target: d.target, code: d.code })))));`;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" });
    const caught = new Set((JSON.parse(out.trim().split("\n").pop()!) as typeof baseline).map(key));
    const lost = baseline.filter((d) => !caught.has(key(d))).map(key);
    expect(lost).toEqual([]);
  });
});
