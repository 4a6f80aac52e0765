/**
 * A rule is added by its file (src/engine/rules/{row,table}/CODE.ts) and its test: the rule list and the catalogue
 * table of docs/rules.md are generated from the rule files (`npm run rules:index`) and must not be stale.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { ALL_RULES, ROW_RULES, TABLE_RULES } from "../../src/engine/rules";

const root = path.join(__dirname, "..", "..");
const rulesDir = path.join(root, "src", "engine", "rules");

test("src/engine/rules/index.ts and docs/rules.md are what `npm run rules:index` writes", () => {
  let output = "";
  let status = 0;
  try {
    execFileSync(process.execPath, [path.join(root, "scripts", "rules-index.mjs"), "--check"], { encoding: "utf8", stdio: "pipe" });
  } catch (e) {
    const err = e as { status: number; stderr: string };
    status = err.status;
    output = err.stderr;
  }
  expect(output).toBe("");
  expect(status).toBe(0);
});

test.each(["row", "table"])("every %s/ file is named by the code of the rule it exports, and is listed", (scope) => {
  const listed = scope === "row" ? ROW_RULES : TABLE_RULES;
  const files = fs.readdirSync(path.join(rulesDir, scope)).filter((f) => f.endsWith(".ts"));
  expect(files.every((f) => /^[A-Z0-9_]+\.ts$/.test(f))).toBe(true);
  expect(files.map((f) => f.slice(0, -3)).sort()).toEqual(listed.map((r) => r.code).sort());
  for (const f of files) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(rulesDir, scope, f)) as { rule: { code: string; meta?: { code: string } } };
    expect(mod.rule.code).toBe(f.slice(0, -3));
    expect(mod.rule.meta?.code).toBe(f.slice(0, -3));
  }
});

test("ALL_RULES is the row rules then the table rules, one per code", () => {
  expect(ALL_RULES).toEqual([...ROW_RULES, ...TABLE_RULES]);
  expect(new Set(ALL_RULES.map((r) => r.code)).size).toBe(ALL_RULES.length);
});
