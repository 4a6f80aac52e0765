// Child process of scripts/bench.mjs: reads one workbook the way `perfcheck check` does (compiled lib/),
// checks it, renders the JSON report, and prints timings plus this process's peak RSS as one JSON line.
// Run in its own process so that maxRSS belongs to this workbook alone.
import path from "node:path";
import process from "node:process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { cpuNow as cpu } from "./cpu.mjs";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const { readWorkbook } = require(path.join(root, "lib", "cli", "readWorkbook.js"));
const { toJson } = require(path.join(root, "lib", "cli", "report.js"));
const { checkWorkbook } = require(path.join(root, "lib", "engine", "index.js"));

const file = process.argv[2];
const t0 = cpu();
const r = await readWorkbook(file);
const t1 = cpu();
if (!r.ok) {
  process.stdout.write(JSON.stringify({ error: r.reason }) + "\n");
  process.exit(2);
}
const sheets = checkWorkbook(r.grids, {});
const t2 = cpu();
const json = JSON.stringify(toJson([{ file, ok: true, sheets }]));
const t3 = cpu();
let tables = 0, indicators = 0, findings = 0;
for (const s of sheets) for (const t of s.tables) { tables++; indicators += t.table.indicators.length; findings += t.findings.length; }
process.stdout.write(JSON.stringify({
  read_ms: t1 - t0, check_ms: t2 - t1, report_ms: t3 - t2, json_bytes: json.length,
  tables, indicators, findings, max_rss_mb: process.resourceUsage().maxRSS / 1024,
}) + "\n");
