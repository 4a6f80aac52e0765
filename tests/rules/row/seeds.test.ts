/**
 * The row rules against the seed fixtures' ground truth (tests/fixtures/seeds/expected.json): every
 * expected finding of a row-rule code is reported, and every reported finding is expected or allowed.
 * Tables are built from the fixtures' JSON without the reader (tests/helpers/fixtureTables.ts).
 */
import { checkTable } from "../../../src/engine/check";
import { ROW_RULES } from "../../../src/engine/rules";
import { expectedTables, fixtureTables, seedNames } from "../../helpers/fixtureTables";

const MY_CODES = new Set(ROW_RULES.map((r) => r.code));
const key = (f: { code: string; cell: string | null }) => `${f.code}@${f.cell}`;

describe.each(seedNames())("seed %s", (seed) => {
  const tables = fixtureTables(seed);
  const truth = expectedTables(seed);
  it("has ground truth for every table", () => {
    expect(tables.map((t) => `${t.sheet}!${t.table.range}`)).toEqual(truth.map((t) => `${t.sheet}!${t.range}`));
  });
  it.each(tables.map((t, i) => [t.table.header.projectName?.text ?? t.table.range, i] as const))("%s: expected row findings reported, nothing unexpected", (_name, i) => {
    const findings = checkTable(tables[i].table, { rules: ROW_RULES });
    const got = new Set(findings.map(key));
    const expected = truth[i].expected.filter((e) => MY_CODES.has(e.code)).map(key);
    const allowed = new Set([...expected, ...truth[i].allowed.filter((e) => MY_CODES.has(e.code)).map(key)]);
    expect(expected.filter((e) => !got.has(e))).toEqual([]);
    expect([...got].filter((g) => !allowed.has(g))).toEqual([]);
    expect(findings.filter((f) => f.code === "INTERNAL_RULE_ERROR")).toEqual([]);
  });
});

describe.each(seedNames())("corrected seed %s", (seed) => {
  it("has no row finding above info (every defect fixed)", () => {
    const out: string[] = [];
    for (const { table } of fixtureTables(seed, "corrected")) {
      for (const f of checkTable(table, { rules: ROW_RULES })) if (f.severity !== "info") out.push(`${f.code}@${f.cell} ${f.message}`);
    }
    expect(out).toEqual([]);
  });
});
