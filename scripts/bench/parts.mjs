// Where the engine's time goes on the bench's 100 000-row workbook (docs/performance.md, PERF-3): reading the tables,
// building the rule contexts, each of the 43 rules alone over every table, and checkTable as a whole. Wall ms of the
// last of 4 rounds (the first ones warm the JIT). Run after `npm run build:node`: node scripts/bench/parts.mjs
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { workbookGrids } from "./tableGen.mjs";
/* global console */

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const engine = require(path.join(root, "lib", "engine", "index.js"));
engine.checkWorkbook(workbookGrids(1000), {});
const grids = workbookGrids(100000);
const time = (fn) => {
  const t0 = performance.now();
  const r = fn();
  return [performance.now() - t0, r];
};
let last = null;
for (let round = 0; round < 4; round++) {
  const [readMs, tables] = time(() => grids.flatMap((g) => engine.readTables(g)));
  const [ctxMs, ctxs] = time(() => tables.map((t) => engine.buildContext(t, {})));
  const perRule = engine.ALL_RULES.map((rule) => {
    const [ms, n] = time(() => ctxs.reduce((k, ctx) => k + rule.check(ctx).length, 0));
    return { code: rule.code, ms, hits: n };
  });
  const [checkMs, findings] = time(() => tables.reduce((k, t) => k + engine.checkTable(t, {}).length, 0));
  last = { readMs, ctxMs, checkMs, findings, perRule };
}
const f = (x) => x.toFixed(1).padStart(8);
console.log(`readTables ${f(last.readMs)} ms   buildContext ${f(last.ctxMs)} ms   checkTable (all rules, sorted) ${f(last.checkMs)} ms   findings ${last.findings}`);
console.log("each rule alone over every table (the first rule to ask for shared facts — rowFacts, costRows, the plan analysis — pays for them):");
for (const r of last.perRule.sort((a, b) => b.ms - a.ms)) console.log(`  ${r.code.padEnd(26)}${f(r.ms)} ms ${String(r.hits).padStart(7)} hits`);
