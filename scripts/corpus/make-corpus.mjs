#!/usr/bin/env node
/* global console, process */
// Turns each corpus table (tests/fixtures/corpus/<name>.json, shape in its README.md) into <name>.xlsx beside it, in
// its published layout (scripts/corpus/layout.mjs), formatted like the seed fixtures (scripts/fixtures/make-fixtures.mjs):
// borders around the table body, bold labels and column heads, wrapped text, widths. Cell values are text exactly as
// transcribed. Entry dates and workbook dates are fixed so regenerating gives byte-identical files.
// `npm run corpus:fixtures` (all), or `node scripts/corpus/make-corpus.mjs <dir>`.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, dirname, basename } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { corpusLayout } from "./layout.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
export const CORPUS_DIRS = ["corpus", "corpus-sample", "corpus-synthetic"].map((d) => join(root, "tests", "fixtures", d));

const thin = { style: "thin", color: { argb: "FF000000" } };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
const FIXED = new Date(Date.UTC(2025, 0, 1));
const squash = (s) => String(s ?? "").replace(/\s+/g, "");

export async function buildCorpusXlsx(jsonPath, xlsxPath) {
  const doc = JSON.parse(readFileSync(jsonPath, "utf8"));
  const lay = corpusLayout(doc);
  const labels = new Set(Object.keys(doc.header ?? {}).map(squash));
  const wb = new ExcelJS.Workbook();
  wb.creator = "PerfCheck corpus";
  wb.created = FIXED;
  wb.modified = FIXED;
  const ws = wb.addWorksheet("Sheet1");
  for (let c = 0; c < lay.width; c++) {
    const longest = Math.max(4, ...lay.rows.map((r) => String(r[c] ?? "").length));
    ws.getColumn(c + 1).width = Math.min(40, Math.max(10, longest * 1.6));
  }
  const bodyTop = lay.headerRows[0] ?? lay.columnsRow;
  lay.rows.forEach((row, r) => {
    row.forEach((v, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      if (v !== "") cell.value = String(v);
      const bold = r === lay.columnsRow || (lay.headerRows.includes(r) && labels.has(squash(v)));
      cell.alignment = { wrapText: true, vertical: "middle", ...(bold ? { horizontal: "center" } : {}) };
      if (bold) cell.font = { bold: true };
      if (r >= bodyTop) cell.border = BORDER;
    });
  });
  if (lay.titleRow != null) {
    const t = ws.getCell(lay.titleRow + 1, 1);
    t.font = { bold: true, size: 14 };
    t.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    ws.getRow(lay.titleRow + 1).height = 28;
  }
  for (const m of lay.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const out = new JSZip();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (entry.dir) continue;
    out.file(name, await entry.async("uint8array"), { date: FIXED, createFolders: false });
  }
  writeFileSync(xlsxPath, await out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } }));
}

export function corpusJsonFiles(dir) {
  let names = [];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((f) => /\.json$/.test(f) && f !== "caught.json").sort().map((f) => join(dir, f));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dirs = process.argv.length > 2 ? process.argv.slice(2) : CORPUS_DIRS;
  for (const dir of dirs) {
    for (const json of corpusJsonFiles(dir)) {
      const xlsx = join(dirname(json), basename(json, ".json") + ".xlsx");
      await buildCorpusXlsx(json, xlsx);
      console.log("wrote", xlsx.slice(root.length + 1));
    }
  }
}
