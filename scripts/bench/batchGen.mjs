// The batch benchmark's inbox: `count` workbooks of real size, as a bureau receives them. Each holds 1–10 tables of
// 8–40 indicator rows (tableGen.mjs's 唐山-style tables with their share of defects), at most 4 tables a sheet, thin
// borders, a bold header row and column widths like the seed files, so a file is 10–60 KB as real ones are.
// Deterministic (file i always has the same cells), written once into a cache folder under the system temp dir that
// is keyed by the generators' source, so later bench runs reuse it and a changed generator writes a new one.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { perfTable, rng } from "./tableGen.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const THIN = { style: "thin", color: { argb: "FF000000" } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const WIDTHS = [14, 16, 22, 30, 16, 22];

/** The sheets of workbook `i`: its tables (1–10, 8–40 rows each) stacked with two blank rows, ≤ 4 a sheet. */
export function batchWorkbook(i) {
  const rand = rng(1_000_003 * (i + 1));
  const tables = 1 + Math.floor(rand() * 10);
  const sheets = [];
  for (let t = 0; t < tables; t++) {
    if (t % 4 === 0) sheets.push({ name: sheets.length === 0 ? "绩效目标表" : `绩效目标表${sheets.length + 1}`, cells: [], merges: [], tables: 0 });
    const s = sheets[sheets.length - 1];
    const { rows, merges } = perfTable(i * 10 + t, 8 + Math.floor(rand() * 33), i * 10 + t);
    const top = s.cells.length;
    s.cells.push(...rows, [], []);
    for (const m of merges) s.merges.push({ top: m.top + top, left: m.left, bottom: m.bottom + top, right: m.right });
    s.tables++;
  }
  return sheets;
}

async function writeStyled(ExcelJS, file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    ws.columns = WIDTHS.map((width) => ({ width }));
    s.cells.forEach((row, r) => {
      if (!row || row.length === 0) return;
      const xr = ws.getRow(r + 1);
      const header = row[0] === "一级指标";
      for (let c = 0; c < 6; c++) {
        const cell = xr.getCell(c + 1);
        const v = row[c];
        if (v !== "" && v !== null && v !== undefined) cell.value = v;
        cell.border = BORDER;
        cell.alignment = { vertical: "middle", wrapText: true };
        if (header) cell.font = { bold: true };
      }
    });
    for (const m of s.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  await wb.xlsx.writeFile(file);
}

/** The folder holding `count` generated workbooks (written on first use), and their paths in order. */
export async function ensureBatchInbox(ExcelJS, count) {
  const key = crypto.createHash("sha1");
  for (const f of ["batchGen.mjs", "tableGen.mjs"]) key.update(fs.readFileSync(path.join(here, f)));
  const dir = path.join(os.tmpdir(), "perfcheck-bench-cache", `inbox-${count}-${key.digest("hex").slice(0, 10)}`);
  const files = Array.from({ length: count }, (_, i) => path.join(dir, `部门${String(i + 1).padStart(4, "0")}.xlsx`));
  const done = path.join(dir, ".complete");
  const generated = !fs.existsSync(done);
  if (generated) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    for (let i = 0; i < count; i++) await writeStyled(ExcelJS, files[i], batchWorkbook(i));
    fs.writeFileSync(done, "");
  }
  return { dir, files, generated };
}

/** A large workbook kept in the same cache: the 100 000-row bench workbook costs ~20 s to write. */
export async function ensureCachedFile(name, write) {
  const key = crypto.createHash("sha1").update(fs.readFileSync(path.join(here, "tableGen.mjs"))).digest("hex").slice(0, 10);
  const dir = path.join(os.tmpdir(), "perfcheck-bench-cache");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${key}-${name}`);
  if (!fs.existsSync(file)) {
    const partial = `${file}.partial.xlsx`;
    await write(partial);
    fs.renameSync(partial, file);
  }
  return file;
}
