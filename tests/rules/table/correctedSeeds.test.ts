/**
 * The corrected copies of the seed tables (tests/fixtures/corrected/*.xlsx: same projects and budgets,
 * every defect fixed the way a reviewer wants it) must pass every table rule under the default profile:
 * a guard against false positives. Depends on the reader and the values parser.
 */
import { readdirSync } from "fs";
import { loadXlsxGrids } from "../../helpers/xlsxGrid";
import { readTables } from "../../../src/engine/reader";
import { checkTable } from "../../../src/engine/check";
import { TABLE_RULES } from "../../../src/engine/rules";

const files = readdirSync("tests/fixtures/corrected").filter((f) => f.endsWith(".xlsx")).sort();

test.each(files)("%s: no table-rule finding", async (file) => {
  const tables = (await loadXlsxGrids(`tests/fixtures/corrected/${file}`)).flatMap((g) => readTables(g));
  expect(tables.length).toBeGreaterThan(0);
  const found = tables.flatMap((t) => checkTable(t, { rules: TABLE_RULES }).map((f) => `${t.header.projectName?.text ?? t.range}: ${f.code}@${f.cell} ${f.message}`));
  expect(found).toEqual([]);
});
