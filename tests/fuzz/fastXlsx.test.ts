/**
 * Property test of the lean .xlsx reader (src/cli/fastXlsx.ts) below the zip layer: a real workbook whose XML parts
 * (worksheet, shared strings, workbook, styles) are edited at random — characters that matter to XML (< > & " ' / =,
 * digits, letters of cell references) inserted, deleted or replaced — and zipped again, so the damage reaches the
 * scanners instead of failing in inflate. Whatever the XML, readXlsxFast returns grids or null (the caller then reads
 * the file with ExcelJS) and never throws; readXlsxSheets reports ok or not, never throws; worksheetBytes gives a
 * number or null. fuzzRuns(400).
 */
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import JSZip from "jszip";
import { readXlsxFast, readXlsxSheets, worksheetBytes } from "../../src/cli/fastXlsx";
import { checkWorkbook } from "../../src/engine";
import { fuzzRuns } from "../helpers/fuzz";

const RUNS = fuzzRuns(400);
const FIXTURES = ["000_tangshan.xlsx", "002_tianjin.xlsx"].map((f) => path.join(__dirname, "..", "fixtures", f));
const PARTS = ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml", "xl/styles.xml", "xl/_rels/workbook.xml.rels"];
const ALPHABET = ["<", ">", "&", '"', "'", "/", "=", " ", "0", "9", "A", "r", "c", "v", "t", "s", "x", ":", "&amp;", "&#", "<c", "</c>", "<v>", "</row>", "<mergeCell ref=\"A1:", "\u0000", "绩"];

interface Part {
  name: string;
  text: string;
}

async function partsOf(file: string): Promise<{ zip: JSZip; parts: Part[] }> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const parts: Part[] = [];
  for (const name of PARTS) {
    const f = zip.file(name);
    if (f) parts.push({ name, text: await f.async("string") });
  }
  return { zip, parts };
}

const edit = fc.record({
  part: fc.nat(),
  at: fc.nat(),
  kind: fc.constantFrom("insert", "delete", "replace"),
  text: fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 4 }).map((a) => a.join("")),
  len: fc.integer({ min: 1, max: 40 }),
});

function apply(parts: Part[], edits: { part: number; at: number; kind: string; text: string; len: number }[]): Map<string, string> {
  const out = new Map(parts.map((p) => [p.name, p.text]));
  for (const e of edits) {
    const name = parts[e.part % parts.length].name;
    const s = out.get(name)!;
    const at = e.at % (s.length + 1);
    const next =
      e.kind === "insert" ? s.slice(0, at) + e.text + s.slice(at)
      : e.kind === "delete" ? s.slice(0, at) + s.slice(at + e.len)
      : s.slice(0, at) + e.text + s.slice(at + e.text.length);
    out.set(name, next);
  }
  return out;
}

test("edited XML parts: grids or null, never a throw", async () => {
  const bases = await Promise.all(FIXTURES.map(partsOf));
  // The unedited workbooks are read (so the property is about the scanners, not a reader that declines everything).
  for (const file of FIXTURES) expect(readXlsxFast(fs.readFileSync(file))).not.toBeNull();
  let declined = 0;
  let read = 0;
  await fc.assert(
    fc.asyncProperty(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 5 }), async (which, edits) => {
      const base = bases[which % bases.length];
      const zip = new JSZip();
      const edited = apply(base.parts, edits);
      for (const [name, f] of Object.entries(base.zip.files)) {
        if (f.dir) continue;
        zip.file(name, edited.get(name) ?? (await f.async("uint8array")));
      }
      const buf = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
      const grids = readXlsxFast(buf);
      if (grids === null) declined++;
      else {
        read++;
        expect(Array.isArray(grids)).toBe(true);
        for (const g of grids) expect([typeof g.sheet, Array.isArray(g.cells)]).toEqual(["string", true]);
        // What it reads is something the engine can check.
        expect(() => checkWorkbook(grids, {})).not.toThrow();
      }
      const sheets = readXlsxSheets(buf, () => {});
      expect(typeof sheets.ok).toBe("boolean");
      const bytes = worksheetBytes(buf);
      expect(bytes === null || typeof bytes === "number").toBe(true);
    }),
    { numRuns: RUNS },
  );
  // Both outcomes happen: the damage is seen (declined) and harmless edits (inside text) still read.
  expect(declined).toBeGreaterThan(0);
  expect(read).toBeGreaterThan(0);
}, 120_000);
