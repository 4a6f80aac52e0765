// How much of a 100 000-row checkWorkbook is garbage collection, and how fast the engine's own work is without it
// (docs/performance.md, PERF-4). Runs itself in a child with --single-threaded-gc, so that every collection happens on
// the main thread and its pauses (PerformanceObserver "gc" entries) add up to the collector's whole cost; wall time
// minus those pauses is the JavaScript work. Three runs after two warm-up runs; prints one JSON line per run.
// Run after `npm run build:node`: node scripts/bench/gc-share.mjs
import path from "node:path";
import process from "node:process";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { performance, PerformanceObserver } from "node:perf_hooks";
import { workbookGrids } from "./tableGen.mjs";
/* global console, setTimeout */

const self = fileURLToPath(import.meta.url);
if (!process.execArgv.includes("--single-threaded-gc")) {
  const child = spawnSync(process.execPath, ["--single-threaded-gc", self], { stdio: "inherit" });
  process.exit(child.status ?? 1);
}

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(self), "..", "..");
const engine = require(path.join(root, "lib", "engine", "index.js"));
const grids = workbookGrids(100000);
engine.checkWorkbook(grids, {});
engine.checkWorkbook(grids, {});
let gcMs = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcMs += entry.duration;
}).observe({ entryTypes: ["gc"] });
for (let i = 0; i < 3; i++) {
  gcMs = 0;
  const t0 = performance.now();
  engine.checkWorkbook(grids, {});
  const wall = performance.now() - t0;
  await new Promise((done) => setTimeout(done, 50)); // let the observer deliver the run's last entries
  const work = wall - gcMs;
  console.log(JSON.stringify({ wall_ms: Math.round(wall), gc_ms: Math.round(gcMs), gc_share: +(gcMs / wall).toFixed(2), work_ms: Math.round(work), rows_per_s_without_gc: Math.round(100000 / (work / 1000)) }));
}
