/**
 * PerfTables built straight from the seed fixtures' JSON transcription (tests/fixtures/seeds/*.json),
 * without the reader: the indicator header row named by the fixture gives the columns, the rows below
 * it (up to `indicatorRows` non-blank ones) become indicators with 一级/二级 filled forward, and the
 * header fields rules need (项目名称, 项目编码, 预算数) are looked up by label inside the table's range.
 * Lets row rules be checked against tests/fixtures/seeds/expected.json while the reader is a stub.
 */
import * as fs from "fs";
import * as path from "path";
import { parseA1, parseRangeA1, toA1 } from "../../src/engine/address";
import type { CellText, IndicatorRow, PerfTable, TableVariant } from "../../src/engine/types";

export interface FixtureTable {
  project: string;
  variant: TableVariant;
  range: string;
  indicatorHeader: string;
  indicatorRows: number;
  budget?: string;
}
export interface FixtureSheet {
  name: string;
  rows: string[][];
  tables: FixtureTable[];
}
/** One fixture document: a seed as published ("seeds") or with every defect fixed ("corrected"). */
export interface FixtureDoc {
  seed: string;
  title: string;
  sheets: FixtureSheet[];
}
export interface Expected {
  code: string;
  cell: string;
}
export interface ExpectedTable {
  sheet: string;
  project: string;
  range: string;
  expected: Expected[];
  allowed: Expected[];
}

const FIXTURES = path.join(__dirname, "..", "fixtures", "seeds");

export function seedNames(): string[] {
  return fs
    .readdirSync(FIXTURES)
    .filter((f) => /^\d{3}_.*\.json$/.test(f))
    .map((f) => f.replace(/\.json$/, ""));
}

export function expectedTables(seed: string): ExpectedTable[] {
  const all = JSON.parse(fs.readFileSync(path.join(FIXTURES, "expected.json"), "utf8"));
  return all.seeds[seed].tables;
}

function text(rows: string[][], r: number, c: number): string {
  return String(rows[r]?.[c] ?? "").trim();
}

function cellText(rows: string[][], r: number, c: number): CellText {
  const raw = rows[r]?.[c] ?? "";
  return { text: String(raw).trim(), raw, cell: toA1(r, c), row: r, col: c };
}

/** The value right of a label inside the range (next non-empty cell in the same row). */
function labelled(rows: string[][], top: number, bottom: number, label: RegExp): CellText | undefined {
  for (let r = top; r <= bottom; r++) {
    const row = rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      if (!label.test(text(rows, r, c))) continue;
      for (let k = c + 1; k < row.length; k++) if (text(rows, r, k)) return cellText(rows, r, k);
    }
  }
  return undefined;
}

/** A fixture document. `dir`: "seeds" (the documents as published) or "corrected" (every defect fixed). */
export function readFixture(seed: string, dir: "seeds" | "corrected" = "seeds"): FixtureDoc {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, "..", dir, `${seed}.json`), "utf8"));
}

/** Columns of an indicator header row, found by their headings (描述 and 依据 only where printed). */
export interface IndicatorColumns {
  l1: number;
  l2: number;
  l3: number;
  value: number;
  desc?: number;
  basis?: number;
}

export function indicatorColumns(headerRow: string[]): IndicatorColumns {
  const cols: Partial<IndicatorColumns> = {};
  headerRow.forEach((h, c) => {
    const s = String(h).replace(/\s+/g, "");
    if (s === "一级指标") cols.l1 = c;
    else if (s === "二级指标") cols.l2 = c;
    else if (s === "三级指标") cols.l3 = c;
    else if (s.startsWith("绩效指标描述")) cols.desc = c;
    else if (s.startsWith("指标值确定")) cols.basis = c;
    else if (s.startsWith("指标值")) cols.value = c;
  });
  return cols as IndicatorColumns;
}

/** The 0-based sheet rows of a fixture table's indicators: below its header row, blank rows skipped, `indicatorRows` of them. */
export function indicatorRowNumbers(rows: string[][], t: FixtureTable, cols: IndicatorColumns): number[] {
  const range = parseRangeA1(t.range)!;
  const head = parseA1(t.indicatorHeader)!;
  const out: number[] = [];
  for (let r = head.row + 1; r <= range.bottom && out.length < t.indicatorRows; r++) {
    const cells = [cols.l1, cols.l2, cols.l3, cols.value].map((c) => text(rows, r, c));
    if (cells.some((x) => x)) out.push(r);
  }
  return out;
}

export function fixtureTables(seed: string, dir: "seeds" | "corrected" = "seeds"): { sheet: string; table: PerfTable }[] {
  const doc = readFixture(seed, dir);
  const out: { sheet: string; table: PerfTable }[] = [];
  for (const sheet of doc.sheets) {
    for (const t of sheet.tables) {
      const rows = sheet.rows;
      const range = parseRangeA1(t.range)!;
      const head = parseA1(t.indicatorHeader)!;
      const cols = indicatorColumns(rows[head.row] ?? []);
      const indicators: IndicatorRow[] = [];
      let l1: CellText | null = null;
      let l2: CellText | null = null;
      for (const r of indicatorRowNumbers(rows, t, cols)) {
        const own1 = cellText(rows, r, cols.l1);
        const own2 = cellText(rows, r, cols.l2);
        if (own1.text) {
          l1 = own1;
          l2 = own2.text ? own2 : null;
        } else if (own2.text) l2 = own2;
        const level1 = own1.text || !l1 ? own1 : { ...own1, text: l1.text, raw: l1.raw, filled: true };
        const level2 = own2.text || !l2 || own1.text ? own2 : { ...own2, text: l2.text, raw: l2.raw, filled: true };
        const ind: IndicatorRow = { index: indicators.length, level1, level2, level3: cellText(rows, r, cols.l3), value: cellText(rows, r, cols.value) };
        if (cols.desc !== undefined) ind.description = cellText(rows, r, cols.desc);
        if (cols.basis !== undefined) ind.basis = cellText(rows, r, cols.basis);
        indicators.push(ind);
      }
      const header: PerfTable["header"] = {};
      const name = labelled(rows, range.top, head.row, /^项目名称$/);
      header.projectName = name ?? { text: t.project, raw: t.project, cell: toA1(range.top, 0), row: range.top, col: 0 };
      const code = labelled(rows, range.top, head.row, /^项目编码$/);
      if (code) header.projectCode = code;
      const budget = labelled(rows, range.top, head.row, /^预算数$/);
      if (budget) header.budget = budget;
      const docYear = rows.slice(0, head.row).map((r) => /(20\d{2})年度/.exec(r.join(""))).find(Boolean);
      const table: PerfTable = {
        sheet: sheet.name,
        range: t.range,
        variant: t.variant,
        unit: "万元",
        header,
        layout: {
          hasCode: !!code,
          hasPlan: t.variant === "hebei",
          hasBasis: cols.basis !== undefined,
          hasDescription: cols.desc !== undefined,
          hasPurpose: t.variant !== "chengdu",
          hasFunds: t.variant !== "chengdu",
        },
        indicators,
      };
      if (docYear) table.documentYear = Number(docYear[1]);
      out.push({ sheet: sheet.name, table });
    }
  }
  return out;
}
