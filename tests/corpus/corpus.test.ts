/**
 * Every defect the engine caught when the baseline was written (tests/fixtures/corpus/caught.json and
 * corpus-synthetic/caught.json, from `npm run corpus -- --update-baseline`) is still caught. Runs the scorer's own path (scripts/corpus/score.mjs: the
 * generated .xlsx through the CLI reader and the compiled engine in lib/, built by `npm test` before jest).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const root = path.join(__dirname, "..", "..");
const key = (d: { file: string; target: unknown; code: string }) => `${d.file} ${JSON.stringify(d.target)} ${d.code}`;
type Caught = { file: string; target: unknown; code: string };

/** The scorer's results for one fixtures folder: the caught defects and the error findings on accepted rows. */
function score(dir: string): { caught: Caught[]; falseErrors: string[] } {
  const script = `import { scoreCorpus } from ${JSON.stringify(path.join(root, "scripts", "corpus", "score.mjs"))};
    const rs = await scoreCorpus([${JSON.stringify(dir)}]);
    console.log(JSON.stringify({
      caught: rs.flatMap((r) => r.defects.filter((d) => d.caught).map((d) => ({ file: r.file, target: d.target, code: d.code }))),
      falseErrors: rs.flatMap((r) => r.falseErrors.map((e) => r.file + " " + e.f.cell + " " + e.f.code)),
    }));`;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").pop()!);
}

// The published corpus, and the synthetic probe tables (docs/corpus.md) — scored apart, held to the same baseline.
describe.each([
  ["corpus", "published tables"],
  ["corpus-synthetic", "synthetic probe tables"],
])("%s regression (%s)", (folder) => {
  const dir = path.join(root, "tests", "fixtures", folder);
  const baseline: Caught[] = JSON.parse(fs.readFileSync(path.join(dir, "caught.json"), "utf8"));
  let result: ReturnType<typeof score>;
  beforeAll(() => {
    result = score(dir);
  });

  it("names only tables that are in the folder, and is not empty", () => {
    expect(baseline.length).toBeGreaterThan(0);
    const missing = [...new Set(baseline.map((d) => d.file))].filter((f) => !fs.existsSync(path.join(dir, f)));
    expect(missing).toEqual([]);
  });

  it("keeps every baseline defect caught", () => {
    const caught = new Set(result.caught.map(key));
    expect(baseline.filter((d) => !caught.has(key(d))).map(key)).toEqual([]);
  });

  if (folder === "corpus-synthetic") {
    // No error-severity finding on a row the probes' labelers accepted (the corpus keeps two disputed ones, docs/corpus.md).
    it("gives no error on an accepted row", () => {
      expect(result.falseErrors).toEqual([]);
    });
  }
});
