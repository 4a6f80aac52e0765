/**
 * End to end from the seed workbooks: tests/fixtures/<seed>.xlsx → ExcelJS grid → the real reader
 * (readTables) → the row rules, compared with tests/fixtures/seeds/expected.json (every expected row
 * finding reported, nothing outside expected ∪ allowed), and the corrected workbooks give no row finding
 * above info. Depends on the reader and the values parser.
 */
import { loadXlsxGrids } from "../../helpers/xlsxGrid";
import { readTables } from "../../../src/engine/reader";
import { checkTable } from "../../../src/engine/check";
import { ROW_RULES } from "../../../src/engine/rules";
import { expectedTables, seedNames } from "../../helpers/fixtureTables";

const MY_CODES = new Set(ROW_RULES.map((r) => r.code));
const key = (f: { code: string; cell: string | null }) => `${f.code}@${f.cell}`;

test.each(seedNames())("%s.xlsx through the reader matches the ground truth", async (seed) => {
  const grids = await loadXlsxGrids(`tests/fixtures/${seed}.xlsx`);
  const truth = expectedTables(seed);
  const problems: string[] = [];
  let tables = 0;
  for (const g of grids) {
    for (const t of readTables(g)) {
      tables++;
      const tr = truth.find((x) => x.sheet === g.sheet && x.range === t.range);
      if (!tr) {
        problems.push(`no ground truth for ${g.sheet}!${t.range}`);
        continue;
      }
      const got = new Set(checkTable(t, { rules: ROW_RULES }).map(key));
      const expected = tr.expected.filter((e) => MY_CODES.has(e.code)).map(key);
      const allowed = new Set([...expected, ...tr.allowed.filter((e) => MY_CODES.has(e.code)).map(key)]);
      for (const e of expected) if (!got.has(e)) problems.push(`${t.range} missing ${e}`);
      for (const g2 of got) if (!allowed.has(g2)) problems.push(`${t.range} unexpected ${g2}`);
    }
  }
  expect(tables).toBe(truth.length);
  expect(problems).toEqual([]);
});

test.each(seedNames())("corrected %s.xlsx gives no row finding above info", async (seed) => {
  const grids = await loadXlsxGrids(`tests/fixtures/corrected/${seed}.xlsx`);
  const found: string[] = [];
  for (const g of grids) for (const t of readTables(g)) for (const f of checkTable(t, { rules: ROW_RULES })) if (f.severity !== "info") found.push(`${f.code}@${f.cell} ${f.message}`);
  expect(found).toEqual([]);
});
