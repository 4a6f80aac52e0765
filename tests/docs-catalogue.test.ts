import * as fs from "fs";
import * as path from "path";
import { ALL_RULES } from "../src/engine";

// docs/rules.md is the project's copy of spec §4: it must list exactly the engine's rules, with their default severities.
describe("docs/rules.md lists every rule the engine has", () => {
  const doc = fs.readFileSync(path.join(__dirname, "..", "docs", "rules.md"), "utf8");
  const catalogue = doc.slice(0, doc.indexOf("Codes beyond spec"));
  const rows = [...catalogue.matchAll(/^\| ([A-Z0-9_]+) \| (error|warning|info) \|/gm)].map((m) => [m[1], m[2]]);

  it("has one row per rule, same code and severity, same order", () => {
    expect(rows).toEqual(ALL_RULES.map((r) => [r.code, r.severity]));
  });

  it("codes are unique", () => {
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
  });
});
