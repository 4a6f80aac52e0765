#!/usr/bin/env node
// PerfCheck benchmarks (issue 7). `npm run bench` prints a table; `npm run bench -- --json` prints ONE JSON line:
//   engine_rows_per_s     indicator rows per second through checkWorkbook (reader + every rule), SheetGrid in memory,
//                         measured on the 100 000-row workbook (targets: ≥ 300 000)
//   cli_check_read_ratio  engine check time ÷ ExcelJS read time for the same 10 000-row .xlsx (target ≤ 0.10)
//   check_1000_rows_ms    what =PERF.CHECK does over 1 000 rows of ONE table: the real checkRowsMatrix of
//                         src/functions/check.ts (arguments, the engine's checkRows, per-row verdicts), mean CPU ms
//                         per call after 100 warm-up calls in a fresh child process (scripts/bench/check-child.mjs; target
//                         ≤ 3); the built bundle's CHECK, the median wall time and the cold first call are printed beside it.
//   functions_bundle_kb   dist/functions.js (minified, office.js not included) in KB, "n/a" when not built (target ≤ 150)
//   peak_rss_mb_100k      peak RSS of a child process running the CLI path on the 100 000-row .xlsx
// Runs the compiled lib/ (rebuilt with `npm run build:node` first when older than src/). See docs/performance.md.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import process from "node:process";
/* global console, setTimeout, clearTimeout */
import { performance } from "node:perf_hooks";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { workbookGrids, workbookOfTables, writeXlsxStream } from "./bench/tableGen.mjs";
import { cpuNow } from "./bench/cpu.mjs";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const asJson = process.argv.includes("--json");
const log = (s) => {
  if (!asJson) process.stdout.write(s + "\n");
};

// ------------------------------------------------------------------ build lib/ if stale
function newest(dir) {
  let m = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    m = Math.max(m, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return m;
}
function ensureBuild() {
  const out = [path.join(root, "lib", "cli", "main.js"), path.join(root, "lib", "engine", "index.js"), path.join(root, "lib", "functions", "index.js")];
  const src = Math.max(...["engine", "xlsx", "cli", "functions"].map((d) => newest(path.join(root, "src", d))));
  if (out.every((f) => fs.existsSync(f) && fs.statSync(f).mtimeMs >= src)) return;
  log("lib/ is older than src/: npm run build:node …");
  const r = spawnSync(process.execPath, [path.join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.node.json"], { cwd: root, encoding: "utf8" });
  if (!out.every((f) => fs.existsSync(f))) {
    process.stderr.write(r.stdout + r.stderr);
    process.exit(1);
  }
}
ensureBuild();
const engine = require(path.join(root, "lib", "engine", "index.js"));
const { readWorkbook } = require(path.join(root, "lib", "cli", "readWorkbook.js"));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
// Timings are process CPU time (scripts/bench/cpu.mjs), not wall time; wall time is printed beside it.
const now = () => performance.now();
const SIZES = [1000, 10000, 100000];
const countIndicators = (reports) => reports.reduce((n, s) => n + s.tables.reduce((m, t) => m + t.table.indicators.length, 0), 0);

// ------------------------------------------------------------------ 1. engine throughput (SheetGrid in memory)
const engineRows = {};
{
  engine.checkWorkbook(workbookGrids(1000), {}); // warm-up (JIT)
  for (const n of SIZES) {
    const grids = workbookGrids(n);
    const reps = n <= 1000 ? 15 : n <= 10000 ? 5 : 2;
    const times = [];
    const walls = [];
    let found = 0;
    for (let i = 0; i < reps; i++) {
      const c0 = cpuNow();
      const t0 = now();
      const reports = engine.checkWorkbook(grids, {});
      walls.push(now() - t0);
      times.push(cpuNow() - c0);
      found = countIndicators(reports);
    }
    const ms = median(times);
    engineRows[n] = { ms, wallMs: median(walls), found, rowsPerS: n / (ms / 1000) };
  }
}

// ------------------------------------------------------------------ 2. CLI: ExcelJS read vs engine check, same file; 3. peak RSS
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "perfcheck-bench-"));
const cli = {};
try {
  for (const n of SIZES) {
    const file = path.join(tmp, `rows-${n}.xlsx`);
    await writeXlsxStream(ExcelJS, file, workbookOfTables(n));
    const bytes = fs.statSync(file).size;
    if (n < 100000) {
      // In-process, best of 3 each (the read dominates; GC noise is large on a shared machine).
      const reads = [];
      const checks = [];
      for (let i = 0; i < 3; i++) {
        const t0 = cpuNow();
        const r = await readWorkbook(file);
        const t1 = cpuNow();
        if (!r.ok) throw new Error(`${file}: ${r.reason}`);
        engine.checkWorkbook(r.grids, {});
        checks.push(cpuNow() - t1);
        reads.push(t1 - t0);
      }
      cli[n] = { bytes, readMs: Math.min(...reads), checkMs: Math.min(...checks) };
    }
    // Each size also in a child process: its peak RSS is the CLI's for that file alone.
    const child = spawnSync(process.execPath, [path.join(root, "scripts", "bench", "cli-child.mjs"), file], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    if (child.status !== 0) throw new Error(`cli-child ${file}: ${child.stderr || child.stdout}`);
    const c = JSON.parse(child.stdout.trim().split("\n").pop());
    cli[n] = { bytes, readMs: cli[n]?.readMs ?? c.read_ms, checkMs: cli[n]?.checkMs ?? c.check_ms, rssMb: c.max_rss_mb, childReadMs: c.read_ms, childCheckMs: c.check_ms, tables: c.tables, indicators: c.indicators, findings: c.findings };
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}

// ------------------------------------------------------------------ 4. =PERF.CHECK over 1 000 rows
// The reported figure: a fresh child process (no garbage of the runs above), one table's 1 000 rows, verdicts built.
const checkChild = spawnSync(process.execPath, [path.join(root, "scripts", "bench", "check-child.mjs")], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
if (checkChild.status !== 0) throw new Error(`check-child: ${checkChild.stderr || checkChild.stdout}`);
const check1000 = JSON.parse(checkChild.stdout.trim().split("\n").pop());
// The data contract's own cost (objects only, no reading, no rules): an upper bound for the engine figures.
const floorChild = spawnSync(process.execPath, [path.join(root, "scripts", "bench", "contract-floor.mjs")], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
if (floorChild.status !== 0) throw new Error(`contract-floor: ${floorChild.stderr || floorChild.stdout}`);
const floor = JSON.parse(floorChild.stdout.trim().split("\n").pop());
const bundle = path.join(root, "dist", "functions.js");
let bundleKb = "n/a";
if (fs.existsSync(bundle)) {
  bundleKb = Math.round((fs.statSync(bundle).size / 1024) * 10) / 10;
  if (check1000.built_error) log(`(dist/functions.js could not be loaded outside Excel: ${check1000.built_error})`);
}

// ------------------------------------------------------------------ output
const round = (x, d = 2) => (x === null || x === undefined ? null : Math.round(x * 10 ** d) / 10 ** d);
const result = {
  engine_rows_per_s: Math.round(engineRows[100000].rowsPerS),
  cli_check_read_ratio: round(cli[10000].checkMs / cli[10000].readMs, 3),
  check_1000_rows_ms: round(check1000.api_ms, 2),
  functions_bundle_kb: bundleKb,
  peak_rss_mb_100k: round(cli[100000].rssMb, 1),
};

if (asJson) {
  process.stdout.write(JSON.stringify(result) + "\n");
} else {
  const fmt = (x) => (typeof x === "number" ? x.toLocaleString("en-US", { maximumFractionDigits: 2 }) : String(x));
  const col = (s, w = 14) => String(s).padStart(w);
  log(`PerfCheck benchmarks — node ${process.version}, ${os.cpus().length} CPU, ${os.cpus()[0]?.model ?? ""}`);
  log("");
  log(`${"indicator rows".padEnd(40)}${SIZES.map((n) => col(fmt(n))).join("")}`);
  log(`${"tables found / indicators read".padEnd(40)}${SIZES.map((n) => col(`${cli[n].tables}/${fmt(engineRows[n].found)}`)).join("")}`);
  log(`${"engine: check from SheetGrid (CPU ms)".padEnd(40)}${SIZES.map((n) => col(fmt(round(engineRows[n].ms, 1)))).join("")}`);
  log(`${"engine: same, wall ms (shared machine)".padEnd(40)}${SIZES.map((n) => col(fmt(round(engineRows[n].wallMs, 1)))).join("")}`);
  log(`${"engine: rows/s".padEnd(40)}${SIZES.map((n) => col(fmt(Math.round(engineRows[n].rowsPerS)))).join("")}`);
  log(`${".xlsx size (KB)".padEnd(40)}${SIZES.map((n) => col(fmt(Math.round(cli[n].bytes / 1024)))).join("")}`);
  log(`${"CLI: ExcelJS read + grid (CPU ms)".padEnd(40)}${SIZES.map((n) => col(fmt(round(cli[n].readMs, 0)))).join("")}`);
  log(`${"CLI: engine check (CPU ms)".padEnd(40)}${SIZES.map((n) => col(fmt(round(cli[n].checkMs, 0)))).join("")}`);
  log(`${"CLI: check ÷ read".padEnd(40)}${SIZES.map((n) => col(fmt(round(cli[n].checkMs / cli[n].readMs, 3)))).join("")}`);
  log(`${"CLI: peak RSS, own process (MB)".padEnd(40)}${SIZES.map((n) => col(fmt(round(cli[n].rssMb, 0)))).join("")}`);
  log(`${"CLI: findings".padEnd(40)}${SIZES.map((n) => col(fmt(cli[n].findings))).join("")}`);
  log("");
  log(
    `=PERF.CHECK over 1 000 rows of one table, fresh process: ${fmt(round(check1000.api_ms, 2))} CPU ms per call via checkRowsMatrix (lib/functions/check.js)` +
      `${check1000.built_ms === null ? "" : `, ${fmt(round(check1000.built_ms, 2))} CPU ms via the built dist/functions.js CHECK`}` +
      ` (${check1000.findings} findings on ${check1000.flagged_rows} of ${check1000.rows} rows; mean of 40 calls after 100 warm-ups)`,
  );
  log(
    `  median wall time of one call (what the user waits; CPU time above also counts V8's GC threads on the other core): ${fmt(round(check1000.api_wall_ms, 2))} ms` +
      `${check1000.built_wall_ms === null ? "" : `, ${fmt(round(check1000.built_wall_ms, 2))} ms via dist/functions.js CHECK`}`,
  );
  log(
    `  first (cold) call in that process: ${fmt(round(check1000.api_first_ms, 2))} CPU ms via checkRowsMatrix` +
      `${check1000.built_first_ms === null ? "" : `, ${fmt(round(check1000.built_first_ms, 2))} ms via dist/functions.js CHECK`}`,
  );
  log(
    `contract floor (scripts/bench/contract-floor.mjs): only building and keeping the 6 CellText + 1 IndicatorRow per row that ` +
      `src/engine/types.ts fixes costs ${fmt(round(floor.floor_100k_ms, 0))} CPU ms (${fmt(round(floor.floor_100k_wall_ms, 0))} wall) for 100 000 rows, ` +
      `i.e. at most ${fmt(Math.round(100000 / (floor.floor_100k_ms / 1000)))} rows/s before any reading or rule; ${fmt(round(floor.floor_1000_ms, 2))} CPU ms per 1 000-row call when not kept`,
  );
  log(`functions bundle (dist/functions.js, minified, without office.js): ${fmt(bundleKb)}${bundleKb === "n/a" ? " (not built)" : " KB"}`);
  log("");
  const verdict = (ok) => (ok ? "ok  " : "MISS");
  log("target                                   measured          verdict");
  log(`engine_rows_per_s      ≥ 300 000         ${col(fmt(result.engine_rows_per_s), 12)}      ${verdict(result.engine_rows_per_s >= 300000)}`);
  log(`cli_check_read_ratio   ≤ 0.10            ${col(fmt(result.cli_check_read_ratio), 12)}      ${verdict(result.cli_check_read_ratio <= 0.1)}`);
  log(`check_1000_rows_ms     ≤ 3               ${col(fmt(result.check_1000_rows_ms), 12)}      ${verdict(result.check_1000_rows_ms <= 3)}`);
  log(`functions_bundle_kb    ≤ 150             ${col(fmt(result.functions_bundle_kb), 12)}      ${bundleKb === "n/a" ? "n/a" : verdict(bundleKb <= 150)}`);
  log(`peak_rss_mb_100k       (reported)        ${col(fmt(result.peak_rss_mb_100k), 12)}`);
  log("");
  log(JSON.stringify(result));
}
