#!/usr/bin/env node
// PerfCheck benchmarks: what users wait for. `npm run bench` prints a table; `npm run bench -- --json` prints ONE JSON
// line; `--quick` is a smaller run (200 inbox files, no 100 000-row workbook) for a change's first look.
//   batch_files_per_s        files per second of `perfcheck check <inbox>` (a real CLI process, default jobs) over
//                            1 000 generated real-size workbooks (scripts/bench/batchGen.mjs, cached in the temp dir)
//   batch_jobs1_files_per_s  the same run with --jobs 1; batch_speedup = the two's ratio (target ≥ 1.6 on 2 cores)
//   batch_vs_read_ratio      the batch's wall time ÷ reading the same files with ExcelJS alone in one process
//                            (scripts/bench/read-child.mjs), both in this run (target ≤ 0.7)
//   cpu_parallel_ceiling     a fixed CPU loop run once per core at once vs alone: the best speed-up this machine gives
//   cli_one_file_ms          a cold `perfcheck check <one seed workbook> --format json`, process start to exit,
//                            median of 7 (target ≤ 350)
//   peak_rss_mb_100k         peak RSS of `perfcheck check` on the 100 000-row workbook (target ≤ 250)
//   check_1000_rows_ms       what =PERF.CHECK does over 1 000 rows of ONE table, CPU ms per call in a fresh child
//                            (scripts/bench/check-child.mjs; target ≤ 3)
//   functions_bundle_kb      dist/functions.js (minified, office.js not included) in KB, "n/a" when not built (≤ 150)
//   engine_rows_per_s        indicator rows per CPU second through checkWorkbook, SheetGrid in memory (a figure)
//   load_1m                  the machine's 1-minute load average at the start and at the end (2 cores, shared)
// Runs the compiled lib/ (rebuilt with `npm run build:node` first when older than src/). See docs/performance.md.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import process from "node:process";
import { performance } from "node:perf_hooks";
import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { workbookGrids, workbookOfTables, writeXlsxStream } from "./bench/tableGen.mjs";
import { ensureBatchInbox, ensureCachedFile } from "./bench/batchGen.mjs";
import { cpuNow } from "./bench/cpu.mjs";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const asJson = process.argv.includes("--json");
const quick = process.argv.includes("--quick");
const loadStart = os.loadavg()[0];
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
const SIZES = quick ? [1000, 10000] : [1000, 10000, 100000];
const BIG = SIZES[SIZES.length - 1];
const INBOX_FILES = quick ? 200 : 1000;
const countIndicators = (reports) => reports.reduce((n, s) => n + s.tables.reduce((m, t) => m + t.table.indicators.length, 0), 0);
const cliBin = path.join(root, "bin", "perfcheck.js");

/** Wall ms of one child process, start to exit, stdout to /dev/null; its stderr is returned (the RSS child's line). */
function timedRun(args) {
  const devNull = fs.openSync(os.devNull, "w");
  try {
    const t0 = now();
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: ["ignore", devNull, "pipe"], encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    const ms = now() - t0;
    if (r.status === null || r.status > 1) throw new Error(`${args.join(" ")}: exit ${r.status} ${r.stderr}`);
    return { ms, stderr: r.stderr };
  } finally {
    fs.closeSync(devNull);
  }
}
const lastJson = (text) => JSON.parse(text.trim().split("\n").pop());

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

// ------------------------------------------------------------------ 2. one large table file: ExcelJS read vs check (a figure)
// In-process, best of 3 each; how much checking adds to merely opening the file, on 1 000 and 10 000 rows.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "perfcheck-bench-"));
const cli = {};
try {
  for (const n of [1000, 10000]) {
    const file = path.join(tmp, `rows-${n}.xlsx`);
    await writeXlsxStream(ExcelJS, file, workbookOfTables(n));
    const reads = [];
    const checks = [];
    let findings = 0;
    for (let i = 0; i < 3; i++) {
      const t0 = cpuNow();
      const r = await readWorkbook(file);
      const t1 = cpuNow();
      if (!r.ok) throw new Error(`${file}: ${r.reason}`);
      const reports = engine.checkWorkbook(r.grids, {});
      checks.push(cpuNow() - t1);
      reads.push(t1 - t0);
      findings = reports.reduce((k, s) => k + s.tables.reduce((m, t) => m + t.findings.length, 0), 0);
    }
    cli[n] = { bytes: fs.statSync(file).size, readMs: Math.min(...reads), checkMs: Math.min(...checks), findings };
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}

// ------------------------------------------------------------------ 3. peak RSS of the CLI on the large workbook
const bigFile = await ensureCachedFile(`rows-${BIG}.xlsx`, (f) => writeXlsxStream(ExcelJS, f, workbookOfTables(BIG)));
const rssRun = timedRun([path.join(root, "scripts", "bench", "cli-rss-child.mjs"), "check", bigFile, "--format", "json", "--quiet"]);
const rss = { file: bigFile, bytes: fs.statSync(bigFile).size, ms: rssRun.ms, ...lastJson(rssRun.stderr) };

// ------------------------------------------------------------------ 4a. what the machine's cores give at best
// The same fixed CPU loop in one process, then in one process per core at once: the speed-up a perfectly parallel
// job could reach here (on shared or hyper-threaded virtual cores it is well below the core count).
const SPIN = "let x = 0; for (let i = 0; i < 2e8; i++) x = (x + i * 7) % 1000003; if (x < 0) console.log(x);";
const spinOnce = () => timedRun(["-e", SPIN]).ms;
const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
async function spinParallel(n) {
  const t0 = now();
  await Promise.all(Array.from({ length: n }, () => new Promise((resolve) => spawn(process.execPath, ["-e", SPIN], { stdio: "ignore" }).on("exit", resolve))));
  return now() - t0;
}
const spinAlone = Math.min(spinOnce(), spinOnce());
const spinAll = Math.min(await spinParallel(cores), await spinParallel(cores));
const cpuCeiling = (cores * spinAlone) / spinAll;

// ------------------------------------------------------------------ 4. the batch: a bureau's inbox through the CLI
// Both jobs settings and the read-only baseline run in this process's turn, interleaved over the rounds, so the three
// see the same neighbours on a shared machine; the best round of each counts.
const inbox = await ensureBatchInbox(ExcelJS, INBOX_FILES);
const batch = { defaultJobs: [], oneJob: [], read: [], readLoop: [] };
const rounds = quick ? 1 : 2;
for (let r = 0; r < rounds; r++) {
  const read = timedRun([path.join(root, "scripts", "bench", "read-child.mjs"), inbox.dir]);
  batch.read.push(read.ms);
  batch.defaultJobs.push(timedRun([cliBin, "check", inbox.dir, "--format", "json", "--quiet"]).ms);
  batch.oneJob.push(timedRun([cliBin, "check", inbox.dir, "--format", "json", "--quiet", "--jobs", "1"]).ms);
}
{
  const r = spawnSync(process.execPath, [path.join(root, "scripts", "bench", "read-child.mjs"), inbox.dir], { encoding: "utf8" });
  batch.readLoop.push(lastJson(r.stdout).loop_ms);
}
const inboxBytes = inbox.files.reduce((n, f) => n + fs.statSync(f).size, 0);

// ------------------------------------------------------------------ 5. one file, cold process (what a user waits for)
const oneFile = path.join(root, "tests", "fixtures", "004_caofeidian.xlsx");
timedRun([cliBin, "check", oneFile, "--format", "json"]); // the file and node itself into the OS cache
const oneFileRuns = Array.from({ length: 7 }, () => timedRun([cliBin, "check", oneFile, "--format", "json"]).ms);
const nodeBare = median(Array.from({ length: 5 }, () => timedRun(["-e", "0"]).ms));

// ------------------------------------------------------------------ 6. =PERF.CHECK over 1 000 rows
// The reported figure: a fresh child process (no garbage of the runs above), one table's 1 000 rows, verdicts built.
const checkChild = spawnSync(process.execPath, [path.join(root, "scripts", "bench", "check-child.mjs")], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
if (checkChild.status !== 0) throw new Error(`check-child: ${checkChild.stderr || checkChild.stdout}`);
const check1000 = lastJson(checkChild.stdout);
const bundle = path.join(root, "dist", "functions.js");
let bundleKb = "n/a";
if (fs.existsSync(bundle)) {
  bundleKb = Math.round((fs.statSync(bundle).size / 1024) * 10) / 10;
  if (check1000.built_error) log(`(dist/functions.js could not be loaded outside Excel: ${check1000.built_error})`);
}

// ------------------------------------------------------------------ output
const round = (x, d = 2) => (x === null || x === undefined ? null : Math.round(x * 10 ** d) / 10 ** d);
const best = (xs) => Math.min(...xs);
const result = {
  batch_files_per_s: round(INBOX_FILES / (best(batch.defaultJobs) / 1000), 1),
  batch_jobs1_files_per_s: round(INBOX_FILES / (best(batch.oneJob) / 1000), 1),
  batch_speedup: round(best(batch.oneJob) / best(batch.defaultJobs), 2),
  batch_vs_read_ratio: round(best(batch.defaultJobs) / best(batch.read), 3),
  cpu_parallel_ceiling: round(cpuCeiling, 2),
  cli_one_file_ms: round(median(oneFileRuns), 0),
  peak_rss_mb_100k: quick ? null : round(rss.max_rss_mb, 1),
  check_1000_rows_ms: round(check1000.api_ms, 2),
  functions_bundle_kb: bundleKb,
  engine_rows_per_s: Math.round(engineRows[BIG].rowsPerS),
  load_1m: [round(loadStart, 2), round(os.loadavg()[0], 2)],
  ...(quick ? { quick: true } : {}),
};

if (asJson) {
  process.stdout.write(JSON.stringify(result) + "\n");
} else {
  const fmt = (x) => (typeof x === "number" ? x.toLocaleString("en-US", { maximumFractionDigits: 2 }) : String(x));
  const col = (s, w = 14) => String(s).padStart(w);
  const jobs = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  log(`PerfCheck benchmarks — node ${process.version}, ${os.cpus().length} CPU, ${os.cpus()[0]?.model ?? ""}; load ${fmt(result.load_1m[0])} → ${fmt(result.load_1m[1])}${quick ? " (--quick)" : ""}`);
  log("");
  log(`batch: ${INBOX_FILES} generated workbooks (${fmt(Math.round(inboxBytes / INBOX_FILES / 1024))} KB each on average, ${inbox.dir}${inbox.generated ? ", written in this run" : ""})`);
  log(`  perfcheck check <folder> --format json, default jobs (${jobs}): ${batch.defaultJobs.map((x) => fmt(round(x / 1000, 2))).join(" / ")} s → ${fmt(result.batch_files_per_s)} files/s`);
  log(`  the same with --jobs 1:                  ${batch.oneJob.map((x) => fmt(round(x / 1000, 2))).join(" / ")} s → ${fmt(result.batch_jobs1_files_per_s)} files/s (speed-up ×${fmt(result.batch_speedup)})`);
  log(`  ExcelJS alone reading them in one process: ${batch.read.map((x) => fmt(round(x / 1000, 2))).join(" / ")} s (its loop alone ${fmt(round(batch.readLoop[0] / 1000, 2))} s) → batch ÷ read ${fmt(result.batch_vs_read_ratio)}`);
  log(`  the machine's own ceiling: a fixed CPU loop ${fmt(Math.round(spinAlone))} ms alone, ${fmt(Math.round(spinAll))} ms for ${cores} at once → at most ×${fmt(result.cpu_parallel_ceiling)} from ${cores} cores`);
  log(`one seed workbook (${path.basename(oneFile)}), cold process: median ${fmt(result.cli_one_file_ms)} ms of ${oneFileRuns.map((x) => fmt(Math.round(x))).join(", ")}; bare \`node -e 0\` ${fmt(Math.round(nodeBare))} ms`);
  if (!quick) log(`${fmt(BIG)}-row workbook (${fmt(Math.round(rss.bytes / 1048576))} MB) through perfcheck check: peak RSS ${fmt(round(rss.max_rss_mb, 0))} MB, ${fmt(round(rss.ms / 1000, 1))} s`);
  log("");
  log(`${"indicator rows".padEnd(40)}${SIZES.map((n) => col(fmt(n))).join("")}`);
  log(`${"engine: check from SheetGrid (CPU ms)".padEnd(40)}${SIZES.map((n) => col(fmt(round(engineRows[n].ms, 1)))).join("")}`);
  log(`${"engine: same, wall ms (shared machine)".padEnd(40)}${SIZES.map((n) => col(fmt(round(engineRows[n].wallMs, 1)))).join("")}`);
  log(`${"engine: rows/s".padEnd(40)}${SIZES.map((n) => col(fmt(Math.round(engineRows[n].rowsPerS)))).join("")}`);
  const inProc = [1000, 10000];
  log(`${"one table file: ExcelJS read + grid (CPU ms)".padEnd(40)}${inProc.map((n) => col(fmt(round(cli[n].readMs, 0)))).join("")}`);
  log(`${"one table file: engine check (CPU ms)".padEnd(40)}${inProc.map((n) => col(fmt(round(cli[n].checkMs, 0)))).join("")}`);
  log(`${"one table file: check ÷ read".padEnd(40)}${inProc.map((n) => col(fmt(round(cli[n].checkMs / cli[n].readMs, 3)))).join("")}`);
  log("");
  log(
    `=PERF.CHECK over 1 000 rows of one table, fresh process: ${fmt(round(check1000.api_ms, 2))} CPU ms per call via checkRowsMatrix` +
      `${check1000.built_ms === null ? "" : `, ${fmt(round(check1000.built_ms, 2))} via the built dist/functions.js CHECK`}` +
      `; median wall ${fmt(round(check1000.api_wall_ms, 2))} ms, cold first call ${fmt(round(check1000.api_first_ms, 2))} ms`,
  );
  log(`functions bundle (dist/functions.js, minified, without office.js): ${fmt(bundleKb)}${bundleKb === "n/a" ? " (not built)" : " KB"}`);
  log("");
  const verdict = (ok) => (ok === null ? "n/a" : ok ? "ok  " : "MISS");
  const line = (key, target, value, ok) => log(`${key.padEnd(24)}${target.padEnd(18)}${col(fmt(value), 12)}      ${verdict(ok)}`);
  log("target                                   measured          verdict");
  line("batch_speedup", "≥ 1.6", result.batch_speedup, result.batch_speedup >= 1.6);
  line("batch_vs_read_ratio", "≤ 0.7", result.batch_vs_read_ratio, result.batch_vs_read_ratio <= 0.7);
  line("cli_one_file_ms", "≤ 350", result.cli_one_file_ms, result.cli_one_file_ms <= 350);
  line("peak_rss_mb_100k", "≤ 250", result.peak_rss_mb_100k, quick ? null : result.peak_rss_mb_100k <= 250);
  line("check_1000_rows_ms", "≤ 3", result.check_1000_rows_ms, result.check_1000_rows_ms <= 3);
  line("functions_bundle_kb", "≤ 150", result.functions_bundle_kb, bundleKb === "n/a" ? null : bundleKb <= 150);
  line("batch_files_per_s", "(figure)", result.batch_files_per_s, null);
  line("engine_rows_per_s", "(figure)", result.engine_rows_per_s, null);
  log("");
  log(JSON.stringify(result));
}
