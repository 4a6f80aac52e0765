// Child process of scripts/bench.mjs: times what =PERF.CHECK does over 1 000 rows, in a fresh process so that
// the figure does not pay for the garbage of the bench's 100 000-row runs and ExcelJS loads.
//
// Input (see docs/performance.md): the indicator rows of ONE generated table of 1 000 rows
// (`perfTable(0, 1000)`), i.e. the rows an accountant selects for =PERF.CHECK: template order, 一级 blank on
// continuation rows, seed-like values with the generator's share of defects, distinct 三级 names (the
// generator numbers them), so DUPLICATE_INDICATOR does not dominate as it did with 50 tables stacked.
//
// Timed work per call: tableFromRows + checkTable + turning the findings into one verdict string per row
// (grouped by row, most severe first, "错误：…（建议：…）[CODE]" joined by "；" — the shape of
// src/functions/adapters.ts verdictText). When dist/functions.js is built, its CHECK is timed as well (in a vm
// context with a CustomFunctions stand-in), which is the real function including argument normalisation.
// Prints one JSON line.
import fs from "node:fs";
import path from "node:path";
import process from "node:process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { perfTable } from "./tableGen.mjs";
import { loadBuiltFunctions } from "./functionsBundle.mjs";
/* global console, setTimeout, clearTimeout */

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const engine = require(path.join(root, "lib", "engine", "index.js"));

const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export function rowsOfOneTable(n = 1000) {
  const { rows } = perfTable(0, n);
  const h = rows.findIndex((r) => r[0] === "一级指标");
  return rows.slice(h + 1).map((r) => [...r, "", "", "", "", "", ""].slice(0, 6));
}

const RANK = { error: 0, warning: 1, info: 2 };
const LABEL = { error: "错误", warning: "警告", info: "提示" };
/** Findings → one verdict string per input row (origin A1, so a finding's cell row is the input row). */
function verdicts(table, findings, n) {
  const byRow = Array.from({ length: n }, () => []);
  const byIndex = new Map(table.indicators.map((ind) => [ind.index, ind]));
  for (const f of findings) {
    const ind = f.row === null ? undefined : byIndex.get(f.row);
    const r = ind ? (ind.value.row >= 0 ? ind.value.row : ind.level3.row) : f.cell ? engine.parseA1(f.cell)?.row ?? -1 : -1;
    if (r >= 0 && r < n) byRow[r].push(f);
  }
  return byRow.map((list) => {
    if (!list.length) return ["✓"];
    list.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
    return [
      list
        .map((f) => {
          const msg = f.message.trim().replace(/[。；;]+$/, "");
          const sug = f.suggestion && !msg.includes(f.suggestion) ? `（建议：${f.suggestion}）` : "";
          return `${LABEL[f.severity]}：${msg}${sug} [${f.code}]`;
        })
        .join("；"),
    ];
  });
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
  const c1 = cpuNow();
  for (let i = 0; i < reps; i++) fn();
  return { first, mean: (cpuNow() - c1) / reps };
}

const rows = rowsOfOneTable(1000);
let last = null;
const api = timeCalls(() => {
  const table = engine.tableFromRows(rows, { sheet: "Sheet1", origin: { row: 0, col: 0 } });
  const findings = engine.checkTable(table, {});
  last = { findings, out: verdicts(table, findings, rows.length) };
});
const byCode = {};
for (const f of last.findings) byCode[f.code] = (byCode[f.code] ?? 0) + 1;

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
    api_first_ms: api.first,
    built_ms: built?.mean ?? null,
    built_first_ms: built?.first ?? null,
    built_error: builtError,
    rows: rows.length,
    flagged_rows: last.out.filter((v) => v[0] !== "✓").length,
    findings: last.findings.length,
    by_code: byCode,
  }) + "\n",
);
