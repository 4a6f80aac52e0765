/**
 * The web checker's non-DOM path on the bad-input corpus (tests/fixtures/bad, shared with the CLI):
 * every file gives either one zh-CN sentence or normal findings — never an exception — and a readable
 * one can still be marked and written.
 */
import * as fs from "fs";
import * as path from "path";
import { parseA1 } from "../../src/engine";
import { MAX_MERGE_CELLS_FOR_COPY, checkFile, loadWorkbook } from "../../src/checker/workbook";
import { markWorkbook } from "../../src/checker/mark";

const BAD = path.resolve(__dirname, "..", "fixtures", "bad");
const files = fs.existsSync(BAD) ? fs.readdirSync(BAD).filter((f) => /\.xlsx?$/i.test(f) && fs.statSync(path.join(BAD, f)).isFile()) : [];

it("has the bad-input corpus", () => {
  expect(files.length).toBeGreaterThanOrEqual(20);
});

describe.each(files)("%s", (file) => {
  it("gives a zh-CN sentence or normal findings, and a readable file can be marked", async () => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(BAD, file)));
    const res = await checkFile(file, bytes);
    if (!res.ok) {
      expect(res.reason).toMatch(/[\u4e00-\u9fff]/);
      expect(res.reason).not.toMatch(/\n\s+at /); // no stack trace
      return;
    }
    for (const f of res.sheets.flatMap((s) => s.tables.flatMap((t) => t.findings))) {
      expect(f.code).toMatch(/^[A-Z0-9_]+$/);
      expect(["error", "warning", "info"]).toContain(f.severity);
      if (f.cell !== null) expect(parseA1(f.cell)).not.toBeNull();
    }
    // A hostile merge (A1:XFD1048576) is checked but not copied: ExcelJS would touch every covered cell.
    if (res.largestMerge && res.largestMerge.cells > MAX_MERGE_CELLS_FOR_COPY) {
      expect(file).toBe("giant-merge.xlsx");
      return;
    }
    const wb = await loadWorkbook(bytes);
    markWorkbook(wb, res.sheets, file);
    expect((await wb.xlsx.writeBuffer()).byteLength).toBeGreaterThan(0);
  });
});
