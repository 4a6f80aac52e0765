// Child process of scripts/bench.mjs: the baseline of the batch figures. Reads every .xlsx of the folder given, in
// name order, one after another with ExcelJS alone (its package entry, `new Workbook().xlsx.readFile`), as a script
// that only opens the files would; no checking, no report. Prints one JSON line: files read and the loop's wall ms.
import fs from "node:fs";
import path from "node:path";
import process from "node:process";
import ExcelJS from "exceljs";
/* global performance */

const dir = process.argv[2];
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".xlsx")).sort().map((f) => path.join(dir, f));
const t0 = performance.now();
let sheets = 0;
for (const f of files) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  sheets += wb.worksheets.length;
}
process.stdout.write(JSON.stringify({ files: files.length, sheets, loop_ms: performance.now() - t0 }) + "\n");
