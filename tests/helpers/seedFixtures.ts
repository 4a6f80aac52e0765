/**
 * The seed tables as test data, derived from the seed fixtures' JSON transcription
 * (tests/fixtures/seeds/*.json, the single source of truth) instead of being typed out again.
 *
 * A table is named by its seed file and its number in the document (1-based, across sheets, as the
 * titles number them): `seedTableSpec("000_tangshan", 1)` is “1.“领潮计划”专项培训绩效目标表”.
 * Header fields are found by their printed labels inside the fixture table's `range` (above its
 * indicator header row), never by row numbers; cells keep their raw text (stray spaces, tabs and line
 * breaks included), as the builder and the engine trim what they read.
 */
import { parseA1, parseRangeA1 } from "../../src/engine/address";
import { indicatorColumns, indicatorRowNumbers, readFixture, type FixtureDoc, type FixtureTable } from "./fixtureTables";
import type { TableSpec } from "./tableBuilder";

export interface SeedTable {
  /** The whole sheet the table is on, as transcribed. */
  rows: string[][];
  table: FixtureTable;
  /** The table's range, 0-based and inclusive. */
  range: { top: number; left: number; bottom: number; right: number };
  /** 0-based sheet row of the 一级指标 header row. */
  headerRow: number;
  /** The year of the document the table is published in (from the fixture's document title). */
  documentYear?: number;
}

const docs = new Map<string, FixtureDoc>();

/** Table `n` (1-based, in document order across sheets) of a seed fixture. */
export function seedTable(seed: string, n: number): SeedTable {
  let doc = docs.get(seed);
  if (!doc) docs.set(seed, (doc = readFixture(seed)));
  const all = doc.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ rows: sheet.rows, table })));
  const hit = all[n - 1];
  if (!hit) throw new Error(`seed ${seed} has no table ${n} (it has ${all.length})`);
  const year = /(20\d{2})\s*年/.exec(doc.title);
  return {
    ...hit,
    range: parseRangeA1(hit.table.range)!,
    headerRow: parseA1(hit.table.indicatorHeader)!.row,
    ...(year ? { documentYear: Number(year[1]) } : {}),
  };
}

const squash = (s: string | undefined): string => String(s ?? "").replace(/\s+/g, "");

/** Where a label is printed above the indicator header (its text compared without whitespace). */
function labelAt(t: SeedTable, label: string): { r: number; c: number } | undefined {
  for (let r = t.range.top; r < t.headerRow; r++) {
    for (let c = t.range.left; c <= t.range.right; c++) if (squash(t.rows[r]?.[c]) === label) return { r, c };
  }
  return undefined;
}

/** The raw cell right of a label ("" when the row ends at the label), undefined when the label is absent. */
function rightOf(t: SeedTable, label: string): string | undefined {
  const at = labelAt(t, label);
  return at ? (t.rows[at.r][at.c + 1] ?? "") : undefined;
}

/** The raw cell under a label (成都 prints its amounts under column heads). */
function below(t: SeedTable, label: string): string | undefined {
  const at = labelAt(t, label);
  return at ? (t.rows[at.r + 1]?.[at.c] ?? "") : undefined;
}

/** The title line (“1.…绩效目标表”), when the table has one inside its range. */
function titleOf(t: SeedTable): string | undefined {
  for (let r = t.range.top; r < t.headerRow; r++) {
    const cell = (t.rows[r] ?? []).find((x) => /绩效目标表$/.test(x.trim()));
    if (cell) return cell;
  }
  return undefined;
}

/** The table's cells as laid out on its sheet: the rows of its `range`, cut to its columns (raw text, "" for blank). */
export function seedRange(seed: string, n: number): string[][] {
  const { rows, range } = seedTable(seed, n);
  const out: string[][] = [];
  for (let r = range.top; r <= range.bottom; r++) out.push((rows[r] ?? []).slice(range.left, range.right + 1));
  return out;
}

/**
 * The 资金支出计划（%） block: the month labels printed right of the label, and the raw values printed
 * under them in the next row (the 正定 tables leave blank columns between labels). Null when no plan.
 */
export function seedPlan(seed: string, n: number): { labels: string[]; values: string[] } | null {
  const t = seedTable(seed, n);
  const at = labelAt(t, "资金支出计划（%）");
  if (!at) return null;
  const labelRow = t.rows[at.r];
  const cols = labelRow.map((_, c) => c).filter((c) => c > at.c && labelRow[c].trim());
  return { labels: cols.map((c) => labelRow[c].trim()), values: cols.map((c) => t.rows[at.r + 1]?.[c] ?? "") };
}

/**
 * Indicator rows in the builder's / template's column order [一级, 二级, 三级, 描述, 指标值, 依据]: raw text,
 * blanks as printed (continuation 一级/二级 ""), 描述 "" where the table has no such column (成都), no
 * 依据 where it has none (天津, 成都).
 */
export function seedIndicatorRows(seed: string, n: number): string[][] {
  const t = seedTable(seed, n);
  const cols = indicatorColumns(t.rows[t.headerRow] ?? []);
  const cell = (r: number, c: number | undefined): string => (c === undefined ? "" : (t.rows[r]?.[c] ?? ""));
  return indicatorRowNumbers(t.rows, t.table, cols).map((r) => [
    cell(r, cols.l1),
    cell(r, cols.l2),
    cell(r, cols.l3),
    cell(r, cols.desc),
    cell(r, cols.value),
    ...(cols.basis === undefined ? [] : [cell(r, cols.basis)]),
  ]);
}

/**
 * The builder's TableSpec for table `n` of a seed: title, 项目编码, 项目名称 (成都: 部门名称), 预算数 /
 * 财政资金 / 其他资金 (成都: 资金总额 / 财政拨款 / 其他资金, under their heads), 资金用途 (the cell under
 * 预算数), the plan, 绩效目标 (成都: 年度总体目标), the document's year and the indicator rows. A field the
 * table does not print is left out (天津: no 编码 or plan; 成都: no 资金用途 or plan).
 */
export function seedTableSpec(seed: string, n: number): TableSpec {
  const t = seedTable(seed, n);
  const chengdu = t.table.variant === "chengdu";
  const fund = chengdu ? below : rightOf;
  const fields: Partial<TableSpec> = {
    title: titleOf(t),
    code: rightOf(t, "项目编码"),
    name: rightOf(t, "项目名称") ?? rightOf(t, "部门名称"),
    budget: fund(t, chengdu ? "资金总额" : "预算数"),
    fiscal: fund(t, chengdu ? "财政拨款" : "其中：财政资金"),
    other: fund(t, "其他资金"),
    purpose: chengdu ? undefined : below(t, "预算数"),
    plan: seedPlan(seed, n) ?? undefined,
    goal: rightOf(t, "绩效目标") ?? rightOf(t, "年度总体目标"),
    documentYear: t.documentYear,
  };
  const spec: TableSpec = { variant: t.table.variant, rows: seedIndicatorRows(seed, n) };
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) Object.assign(spec, { [k]: v });
  return spec;
}
