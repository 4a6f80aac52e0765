/**
 * The large-workbook path (ExcelJS's streaming worksheet reader, merges from the sheet XML) against the full reader
 * every xlsxGrid.ts detail is tested on: the same grids for the seed workbooks and the readable bad corpus; and the
 * lean reader's sheet-by-sheet path (fastXlsx.ts, the first choice for a large workbook) likewise. Forced by a zero
 * size threshold, so small files take the paths a 100 000-row workbook takes.
 */
import * as fs from "fs";
import * as path from "path";
import { readWorkbookSheets } from "../../src/cli/readWorkbook";
import type { SheetGrid } from "../../src/engine";
import { BAD_DIR, ROOT, readManifest } from "./helpers";

const FIXTURES = path.join(ROOT, "tests", "fixtures");
const files = [
  ...fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(FIXTURES, f)),
  ...readManifest(BAD_DIR).filter((m) => m.expect === "readable").map((m) => path.join(BAD_DIR, m.file)),
];

async function grids(file: string, threshold?: number, lean = false): Promise<{ order: string[]; grids: SheetGrid[] }> {
  const out: SheetGrid[] = [];
  const r = await readWorkbookSheets(file, (g) => void out.push(...g), threshold, lean);
  if (!r.ok) throw new Error(r.reason);
  return { order: r.sheets, grids: out.filter((g) => g.cells.length > 0) };
}

test.each(files.map((f) => [path.basename(f), f]))("%s: streaming path = full path, and the lean reader's sheet-by-sheet path too", async (_n, file) => {
  const full = await grids(file);
  const streamed = await grids(file, 0);
  expect(streamed.order).toEqual(full.order);
  expect(streamed.grids).toEqual(full.grids);
  const lean = await grids(file, 0, true);
  expect(lean.order).toEqual(full.order);
  expect(lean.grids).toEqual(full.grids);
});
