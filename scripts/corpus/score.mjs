#!/usr/bin/env node
/* global console, process */
// `npm run corpus`: scores the engine against the reviewer labels of tests/fixtures/corpus/*.json (docs/corpus.md).
// Reads each generated .xlsx through the CLI's reader (lib/cli/readWorkbook.js → src/xlsx grid conversion) and
// checks it with the compiled engine, so the scored path is the real one. Flags: --json (one line), --heldback-detail, --synthetic-detail, --update-baseline.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { corpusLayout } from "./layout.mjs";
import { corpusJsonFiles } from "./make-corpus.mjs";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const args = process.argv.slice(2);
const asJson = args.includes("--json");
const heldbackDetail = args.includes("--heldback-detail");
const dir = path.join(root, "tests", "fixtures", "corpus");
/** The synthetic probe tables (written by helpers who did not run the engine; not published): scored apart. */
export const SYNTHETIC_DIR = path.join(root, "tests", "fixtures", "corpus-synthetic");

const engine = require(path.join(root, "lib", "engine", "index.js"));
const { readWorkbook } = require(path.join(root, "lib", "cli", "readWorkbook.js"));
/** The 0-based sheet row of an A1 address ("E12" → 11); null without a cell. */
export const rowOf = (cell) => (cell ? Number(/(\d+)$/.exec(cell)?.[1]) - 1 : null);

/**
 * The order of a table's categories: 产出's four, then 效益, then 满意度; forms of the 2021 central framework whose
 * first rows are the 一级 成本指标 (重庆 审批表, 湖南 2025) print 成本 first.
 */
const CLASSIC_ORDER = ["数量", "质量", "时效", "成本", "效益", "满意度"];
const COST_FIRST_ORDER = ["成本", "数量", "质量", "时效", "效益", "满意度"];
const categoryIndex = (name, order = CLASSIC_ORDER) => {
  const i = order.findIndex((c) => name.includes(c));
  return i < 0 ? Infinity : i;
};
const rowLevels = (row) => (Array.isArray(row) ? row.slice(0, 2).map((c) => String(c ?? "")) : []);
function categoryOrder(doc) {
  const first = rowLevels(doc.indicators[0] ?? []);
  return first[0]?.startsWith("成本") ? COST_FIRST_ORDER : CLASSIC_ORDER;
}
/** The furthest category in the table's order any transcribed row's first two cells name (-1 when none). */
function lastCategoryReached(doc, order) {
  let last = -1;
  for (const row of doc.indicators) {
    for (const c of rowLevels(row)) {
      const i = categoryIndex(c, order);
      if (i !== Infinity) last = Math.max(last, i);
    }
  }
  return last;
}

export async function scoreTable(jsonPath) {
  const doc = JSON.parse(fs.readFileSync(jsonPath, "utf8"));
  const xlsx = jsonPath.replace(/\.json$/, ".xlsx");
  if (!fs.existsSync(xlsx) || fs.statSync(xlsx).mtimeMs < fs.statSync(jsonPath).mtimeMs) {
    throw new Error(`${path.basename(xlsx)} is missing or older than its JSON: run npm run corpus:fixtures`);
  }
  const lay = corpusLayout(doc);
  const read = await readWorkbook(xlsx);
  if (!read.ok) throw new Error(`${xlsx}: ${read.reason}`);
  let findings = engine.checkWorkbook(read.grids, {}).flatMap((s) => s.tables.flatMap((t) => t.findings));
  // A partial transcription cannot be judged on what the whole table holds: its categories, its weights' total.
  // Only a missing category the transcribed part can show is judged: one that comes before the last category it reaches
  // (a cut after the 效益 rows still shows that 产出 had no 时效 row).
  if (doc.truncated) {
    const order = categoryOrder(doc);
    const reached = lastCategoryReached(doc, order);
    findings = findings.filter((f) => f.code !== "WEIGHT_SUM_NOT_100" && (f.code !== "MISSING_CATEGORY" || categoryIndex(/缺少“([^”]+)”/.exec(f.message)?.[1] ?? "", order) < reached));
  }
  const headerRows = new Set([...lay.headerRows, lay.titleRow, lay.unitRow].filter((r) => r != null));
  const matches = (d, f) => {
    if (f.code !== d.code) return false;
    const t = d.target;
    if (t.table) return true;
    if ("header" in t) return f.row == null || headerRows.has(rowOf(f.cell));
    return rowOf(f.cell) === lay.indicatorRows[t.indicator];
  };
  const defects = doc.labels.defects.map((d) => ({ ...d, caught: findings.some((f) => matches(d, f)) }));
  const tp = findings.map((f) => doc.labels.defects.some((d) => matches(d, f)));
  const falseErrors = doc.labels.accepted.flatMap((i) =>
    findings.filter((f) => f.severity === "error" && rowOf(f.cell) === lay.indicatorRows[i]).map((f) => ({ i, f })),
  );
  const acceptedWithError = new Set(falseErrors.map((e) => e.i)).size;
  return { doc, lay, findings, tp, defects, falseErrors, acceptedWithError };
}

const frac = (a, b) => (b ? a / b : null);
function summarize(results) {
  const perCode = {};
  const bump = (c, k) => ((perCode[c] ??= { labeled: 0, caught: 0, reported: 0, true_pos: 0 })[k] += 1);
  let labeled = 0, caught = 0, accepted = 0, acceptedErr = 0;
  for (const r of results) {
    for (const d of r.defects) {
      labeled++, bump(d.code, "labeled");
      if (d.caught) caught++, bump(d.code, "caught");
    }
    r.findings.forEach((f, k) => {
      bump(f.code, "reported");
      if (r.tp[k]) bump(f.code, "true_pos");
    });
    accepted += r.doc.labels.accepted.length;
    acceptedErr += r.acceptedWithError;
  }
  for (const v of Object.values(perCode)) Object.assign(v, { recall: frac(v.caught, v.labeled), precision: frac(v.true_pos, v.reported) });
  return { tables: results.length, labeled, caught, recall: frac(caught, labeled), accepted, accepted_with_error: acceptedErr, false_error_rate: frac(acceptedErr, accepted), perCode };
}

export async function scoreCorpus(dirs = [dir]) {
  const results = [];
  for (const d of dirs) for (const f of corpusJsonFiles(d)) results.push({ file: path.basename(f), ...(await scoreTable(f)) });
  return results;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const results = await scoreCorpus();
  const dev = results.filter((r) => r.doc.split !== "heldback");
  const held = results.filter((r) => r.doc.split === "heldback");
  const sd = summarize(dev), sh = summarize(held);
  const synthetic = await scoreCorpus([SYNTHETIC_DIR]);
  const ss = summarize(synthetic);
  if (args.includes("--update-baseline")) {
    const caughtOf = (rs) => rs.flatMap((r) => r.defects.filter((d) => d.caught).map((d) => ({ file: r.file, target: d.target, code: d.code })));
    fs.writeFileSync(path.join(dir, "caught.json"), JSON.stringify(caughtOf(results), null, 1) + "\n");
    fs.writeFileSync(path.join(SYNTHETIC_DIR, "caught.json"), JSON.stringify(caughtOf(synthetic), null, 1) + "\n");
  }
  if (asJson) {
    console.log(JSON.stringify({
      tables: results.length,
      issuers: new Set(results.map((r) => r.doc.issuer)).size,
      provinces: new Set(results.map((r) => r.doc.province)).size,
      recall: sd.recall, false_error_rate: sd.false_error_rate,
      heldback_recall: sh.recall, heldback_false_error_rate: sh.false_error_rate,
      dev: sd, heldback: { tables: sh.tables, labeled: sh.labeled, caught: sh.caught, accepted: sh.accepted, accepted_with_error: sh.accepted_with_error },
      synthetic: { tables: ss.tables, recall: ss.recall, false_error_rate: ss.false_error_rate, labeled: ss.labeled, caught: ss.caught, accepted: ss.accepted, accepted_with_error: ss.accepted_with_error },
    }));
  } else {
    const pct = (x) => (x == null ? "n/a" : (100 * x).toFixed(1) + "%");
    console.log(`tables ${results.length} (dev ${sd.tables}, heldback ${sh.tables})`);
    console.log(`dev: recall ${pct(sd.recall)} (${sd.caught}/${sd.labeled}), false_error_rate ${pct(sd.false_error_rate)} (${sd.accepted_with_error}/${sd.accepted})`);
    console.log(`heldback: recall ${pct(sh.recall)}, false_error_rate ${pct(sh.false_error_rate)}`);
    console.log(`synthetic probes (${ss.tables} tables, not published; docs/corpus.md): recall ${pct(ss.recall)} (${ss.caught}/${ss.labeled}), false_error_rate ${pct(ss.false_error_rate)} (${ss.accepted_with_error}/${ss.accepted})`);
    console.log("\ndev per code: labeled caught recall | reported true_pos precision");
    for (const [c, v] of Object.entries(sd.perCode).sort()) console.log(`  ${c.padEnd(28)} ${v.labeled} ${v.caught} ${pct(v.recall)} | ${v.reported} ${v.true_pos} ${pct(v.precision)}`);
    const detail = (rs, title) => {
      console.log(`\n${title} missed defects:`);
      for (const r of rs) for (const d of r.defects.filter((d) => !d.caught)) {
        const t = d.target;
        const where = t.table ? "table" : "header" in t ? `header ${t.header}` : `row ${lay1(r, t.indicator)}`;
        const value = "indicator" in t ? r.doc.indicators[t.indicator].join(" | ") : "";
        console.log(`  ${r.file} ${where} ${d.code} ${value}`);
      }
      console.log(`\n${title} false errors (error findings on accepted rows):`);
      for (const r of rs) for (const { i, f } of r.falseErrors) console.log(`  ${r.file} row ${lay1(r, i)} ${f.code} ${f.message}`);
    };
    const lay1 = (r, i) => r.lay.indicatorRows[i] + 1;
    detail(dev, "dev");
    if (heldbackDetail) detail(held, "heldback");
    if (args.includes("--synthetic-detail")) detail(synthetic, "synthetic");
  }
}
