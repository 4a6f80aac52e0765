/**
 * End to end on the seed workbooks: tests/fixtures/<seed>.xlsx → reader → table rules, compared with the
 * ground truth tests/fixtures/seeds/expected.json (per table: findings that must be reported, and
 * findings that may be). For the table codes: every expected finding is reported (recall) and every
 * reported finding is expected or allowed (precision). Depends on the reader (src/engine/reader) and
 * the values parser.
 */
import { readFileSync } from "fs";
import { loadXlsxGrids } from "../../helpers/xlsxGrid";
import { readTables } from "../../../src/engine/reader";
import { checkTable } from "../../../src/engine/check";
import { TABLE_RULES } from "../../../src/engine/rules";
import type { PerfTable } from "../../../src/engine/types";

interface Item {
  code: string;
  cell: string;
}
interface GtTable {
  sheet: string;
  project: string;
  range: string;
  expected: Item[];
  allowed: Item[];
}
const GT = JSON.parse(readFileSync("tests/fixtures/seeds/expected.json", "utf8")) as { seeds: Record<string, { file: string; tables: GtTable[] }> };
const CODES = new Set(TABLE_RULES.map((r) => r.code));
const key = (f: { code: string; cell: string | null }) => `${f.code}@${f.cell}`;

describe.each(Object.entries(GT.seeds))("%s", (_seed, s) => {
  let tables: PerfTable[] = [];
  beforeAll(async () => {
    tables = (await loadXlsxGrids(s.file)).flatMap((g) => readTables(g));
  });

  test.each(s.tables.map((t) => [t.project || t.range, t] as const))("%s", (_name, t) => {
    const table = tables.find((x) => x.sheet === t.sheet && x.range === t.range);
    expect(table).toBeDefined();
    const got = checkTable(table!, { rules: TABLE_RULES }).map(key);
    const expected = t.expected.filter((e) => CODES.has(e.code)).map(key);
    const allowed = new Set([...t.expected, ...t.allowed].map(key));
    expect({ missing: expected.filter((e) => !got.includes(e)), unexpected: got.filter((g) => !allowed.has(g)) }).toEqual({ missing: [], unexpected: [] });
  });
});
