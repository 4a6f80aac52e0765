/**
 * The committed fixture workbooks match their JSON transcriptions (cell texts, merges, sheet names),
 * so `npm run fixtures` output and the JSON the expected findings were computed from never drift apart.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import ExcelJS from "exceljs";

const FIX = join(__dirname, "..", "fixtures");

interface JsonDoc {
  sheets: { name: string; rows: string[][]; merges: string[] }[];
}

const cases: [string, string][] = [];
for (const f of readdirSync(join(FIX, "seeds")).filter((f) => /^\d{3}_.*\.json$/.test(f))) cases.push([join(FIX, "seeds", f), join(FIX, f.replace(".json", ".xlsx"))]);
for (const f of readdirSync(join(FIX, "corrected")).filter((f) => f.endsWith(".json"))) cases.push([join(FIX, "corrected", f), join(FIX, "corrected", f.replace(".json", ".xlsx"))]);

test("there are five seeds and five corrected copies", () => {
  expect(cases).toHaveLength(10);
});

test.each(cases.map(([j, x]) => [relative(FIX, j), j, x]))("%s matches its workbook", async (_name, jsonPath, xlsxPath) => {
  const doc = JSON.parse(readFileSync(jsonPath, "utf8")) as JsonDoc;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsxPath);
  expect(wb.worksheets.map((w) => w.name)).toEqual(doc.sheets.map((s) => s.name));
  doc.sheets.forEach((sheet, i) => {
    const ws = wb.worksheets[i];
    const merges = new Set((ws.model as unknown as { merges: string[] }).merges);
    expect(merges).toEqual(new Set(sheet.merges));
    const covered = new Set<string>();
    for (const m of sheet.merges) {
      const [a, b] = m.split(":").map((x) => ws.getCell(x));
      for (let r = Number(a.row); r <= Number(b.row); r++)
        for (let c = Number(a.col); c <= Number(b.col); c++) if (r !== Number(a.row) || c !== Number(a.col)) covered.add(`${r},${c}`);
    }
    const rows = Math.max(ws.rowCount, sheet.rows.length);
    for (let r = 1; r <= rows; r++) {
      const want = sheet.rows[r - 1] ?? [];
      const width = Math.max(want.length, ws.getRow(r).cellCount);
      for (let c = 1; c <= width; c++) {
        if (covered.has(`${r},${c}`)) continue;
        const v = ws.getCell(r, c).value;
        expect([r, c, v == null ? "" : String(v)]).toEqual([r, c, want[c - 1] ?? ""]);
      }
    }
  });
});
