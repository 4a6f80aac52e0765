import * as fs from "fs";
import * as path from "path";
import { ALL_RULES } from "../../src/engine";
import { corpusProblems, corpusTableSchema } from "../helpers/corpusSchema";

const dirs = ["corpus", "corpus-sample", "corpus-synthetic"].map((d) => path.join(__dirname, "..", "fixtures", d));
const files = dirs.flatMap((d) => (fs.existsSync(d) ? fs.readdirSync(d).filter((f) => f.endsWith(".json") && f !== "caught.json").map((f) => path.join(d, f)) : []));
const proposedFile = path.join(dirs[0], "codes-proposed.md");
const proposed = fs.existsSync(proposedFile) ? fs.readFileSync(proposedFile, "utf8") : "";
const docsRules = fs.readFileSync(path.join(__dirname, "..", "..", "docs", "rules.md"), "utf8");
const known = new Set<string>([
  ...ALL_RULES.map((r) => r.code),
  ...[...proposed.matchAll(/^\|\s*([A-Z][A-Z0-9_]+)\s*\|/gm)].map((m) => m[1]),
  ...[...docsRules.matchAll(/`([A-Z][A-Z0-9_]{3,})`/g)].map((m) => m[1]),
]);

describe("corpus JSON", () => {
  it.each(files.map((f) => [path.basename(f), f]))("%s is a valid corpus table", (_name, file) => {
    const doc = corpusTableSchema.parse(JSON.parse(fs.readFileSync(file, "utf8")));
    expect(corpusProblems(doc, known)).toEqual([]);
  });
  it("rejects a row of the wrong width and an unknown code", () => {
    const doc = corpusTableSchema.parse(JSON.parse(fs.readFileSync(path.join(dirs[1], "900_synthetic_sample.json"), "utf8")));
    const bad = { ...doc, indicators: [[...doc.indicators[0], "x"], ...doc.indicators.slice(1)], labels: { ...doc.labels, defects: [{ target: { table: true as const }, code: "NO_SUCH_CODE", why: "x" }] } };
    expect(corpusProblems(bad, known).join("\n")).toMatch(/indicator 0 has .*\n?[\s\S]*unknown code NO_SUCH_CODE/);
  });
});
