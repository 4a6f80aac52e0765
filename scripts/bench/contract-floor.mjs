// Child process of scripts/bench.mjs: the cost of the engine's data contract alone, with no reading logic and no rule.
//
// Every indicator row the reader returns is one IndicatorRow holding six CellText objects — the shape
// src/engine/types.ts fixes for every shell, built with the reader's own constructors (lib/engine/reader/cells.js:
// IndicatorRecord, SheetCell; since PERF-3 the A1 address is computed on demand, not stored). This child builds
// exactly those objects from the bench's own generated cells and keeps them alive (as a report does), nothing else:
//   floor_100k_ms  CPU ms to build them for the 100 000-row workbook (min of 3 runs after a warm-up)
//   floor_1000_ms  CPU ms per call to build them for 1 000 rows and drop them (mean of 40 after 100 warm-ups),
//                  the allocation part of one =PERF.CHECK recalc
// Whatever the engine does on top (finding tables, forward fill, parsing, 43 rules, messages) can only add to these, so
// 100 000 / floor_100k_ms is an upper bound on engine_rows_per_s for this contract on this machine.
// Prints one JSON line.
import process from "node:process";
import { performance } from "node:perf_hooks";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { perfTable, workbookOfTables } from "./tableGen.mjs";
import { cpuNow } from "./cpu.mjs";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const { IndicatorRecord, SheetCell } = require(path.join(root, "lib", "engine", "reader", "cells.js"));


/** The contract's objects for every indicator row (from a 一级指标 header row to the next empty row), in one array. */
function contractObjects(sheets) {
  const out = [];
  for (const s of sheets) {
    const cells = s.cells;
    let inBlock = false;
    for (let r = 0; r < cells.length; r++) {
      const line = cells[r];
      if (line[0] === "一级指标") {
        inBlock = true;
        continue;
      }
      if (line.length === 0) inBlock = false;
      if (!inBlock) continue;
      const cell = (c) => new SheetCell(line[c], line[c], r, c);
      out.push(new IndicatorRecord(out.length, cell(0), cell(1), cell(2), cell(4), cell(3), cell(5)));
    }
  }
  return out;
}

// First, in a fresh heap: after the 100 000-row part this figure would pay for collecting its garbage.
const { rows: one } = perfTable(0, 1000);
const sheet1000 = [{ cells: one }];
for (let i = 0; i < 100; i++) contractObjects(sheet1000);
const c1 = cpuNow();
for (let i = 0; i < 40; i++) contractObjects(sheet1000);
const per1000 = (cpuNow() - c1) / 40;

const big = workbookOfTables(100000);
contractObjects(workbookOfTables(1000));
const runs = [];
let rows = 0;
for (let i = 0; i < 3; i++) {
  const c0 = cpuNow();
  const w0 = performance.now();
  // Kept until the run is timed, as a report keeps them; the previous run's objects are garbage by then.
  const kept = contractObjects(big);
  runs.push({ cpu: cpuNow() - c0, wall: performance.now() - w0 });
  rows = kept.length;
}
const best = runs.reduce((a, b) => (b.cpu < a.cpu ? b : a));

process.stdout.write(JSON.stringify({ rows, floor_100k_ms: best.cpu, floor_100k_wall_ms: best.wall, floor_1000_ms: per1000 }) + "\n");
