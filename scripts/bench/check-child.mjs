// Child process of scripts/bench.mjs: times what =PERF.CHECK does over 1 000 rows, in a fresh process so that
// the figure does not pay for the garbage of the bench's 100 000-row runs and ExcelJS loads.
//
// Input (see docs/performance.md): the indicator rows of ONE generated table of 1 000 rows
// (`perfTable(0, 1000)`), i.e. the rows an accountant selects for =PERF.CHECK: template order, 一级 blank on
// continuation rows, seed-like values with the generator's share of defects, distinct 三级 names (the
// generator numbers them), so DUPLICATE_INDICATOR does not dominate as it did with 50 tables stacked.
//
// Timed work per call: `checkRowsMatrix` of src/functions/check.ts (compiled into lib/ by `npm run build:node`),
// which is the body of =PERF.CHECK — argument normalisation, tableFromRows, checkTable and the per-row verdict
// strings — without Excel's CustomFunctions wrapper. When dist/functions.js is built, its registered CHECK is timed
// the same way (the bundle loaded in this realm, see functionsBundle.mjs). Both CPU time (the JSON figure, like every
// other bench figure) and the median wall time of one call are reported. Prints one JSON line.
import fs from "node:fs";
import path from "node:path";
import process from "node:process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { perfTable } from "./tableGen.mjs";
import { cpuNow } from "./cpu.mjs";
import { loadBuiltFunctions } from "./functionsBundle.mjs";
/* global performance */

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const { checkRowsMatrix } = require(path.join(root, "lib", "functions", "check.js"));


export function rowsOfOneTable(n = 1000) {
  const { rows } = perfTable(0, n);
  const h = rows.findIndex((r) => r[0] === "一级指标");
  return rows.slice(h + 1).map((r) => [...r, "", "", "", "", "", ""].slice(0, 6));
}

/**
 * CPU ms of the first call (cold: interpreted rules, fresh heap) and per call in the steady state: total CPU over
 * `reps` calls after `warm` calls ÷ reps. 100 warm-up calls: with 5, the mean still carried JIT tiering
 * (14–19 ms vs 4.5–6 ms after 100 on the same input); a worksheet that recalculates PERF.CHECK reaches the
 * steady state after its first edits, and the cold first call is printed beside it.
 */
function timeCalls(fn, warm = 100, reps = 40) {
  const c0 = cpuNow();
  fn();
  const first = cpuNow() - c0;
  for (let i = 1; i < warm; i++) fn();
  const walls = [];
  const c1 = cpuNow();
  for (let i = 0; i < reps; i++) {
    const w0 = performance.now();
    fn();
    walls.push(performance.now() - w0);
  }
  const mean = (cpuNow() - c1) / reps;
  walls.sort((x, y) => x - y);
  return { first, mean, wallMedian: walls[reps >> 1] };
}

const rows = rowsOfOneTable(1000);
let last = null;
const api = timeCalls(() => {
  last = checkRowsMatrix(rows);
});
// What the verdicts say: findings per code, read back from the "[CODE]" each finding text ends with.
const byCode = {};
let findings = 0;
for (const [v] of last) {
  for (const m of v.matchAll(/\[([A-Z0-9_]+)\](?=；|$)/g)) {
    byCode[m[1]] = (byCode[m[1]] ?? 0) + 1;
    findings++;
  }
}

let built = null;
let builtError = null;
const bundle = path.join(root, "dist", "functions.js");
if (fs.existsSync(bundle)) {
  try {
    const fns = loadBuiltFunctions(bundle);
    if (typeof fns.CHECK === "function") built = timeCalls(() => fns.CHECK(rows, null, null, null));
  } catch (e) {
    builtError = e instanceof Error ? e.message : String(e);
  }
}
process.stdout.write(
  JSON.stringify({
    api_ms: api.mean,
    api_wall_ms: api.wallMedian,
    api_first_ms: api.first,
    built_ms: built?.mean ?? null,
    built_wall_ms: built?.wallMedian ?? null,
    built_first_ms: built?.first ?? null,
    built_error: builtError,
    rows: rows.length,
    flagged_rows: last.filter((v) => v[0] !== "✓").length,
    findings,
    by_code: byCode,
  }) + "\n",
);
