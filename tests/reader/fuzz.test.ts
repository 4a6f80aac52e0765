/**
 * Property tests: the reader never throws, whatever the grid, and every address it returns lies
 * inside the grid (rows of `cells`, columns up to the widest row or merge) with the origin added.
 * Runs: fuzzRuns (default 30 000) for scanTables; a quarter of that for tableFromRows, whose input space
 * (rows in template order, no labels or merges to find) is much smaller.
 */
import fc from "fast-check";
import { scanTables, tableFromRows } from "../../src/engine/reader";
import { parseRangeA1, toA1 } from "../../src/engine/address";
import type { CellText, CellValue, PerfTable, SheetGrid } from "../../src/engine/types";
import { fuzzRuns } from "../helpers/fuzz";

const RUNS = fuzzRuns(30000);

const WORDS = [
  "一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据", "绩效指标描述", "指标值（包含数字及文字描述）",
  "项目名称", "项目编码", "部门名称", "预算规模及资金用途", "预算数", "其中：财政资金", "其他资金", "资金总额", "财政拨款",
  "资金支出计划（%）", "3月底", "6月底", "12月底", "绩效目标", "年度总体目标", "年度绩效指标", "年度主要任务",
  "单位：万元", "单位：元", "(2022年度)", "1.某项目绩效目标表", "绩效目标表", "产出指标", "数量指标", "效益指标",
  "满意度指标", "≥45人", "100%", "2025年12月31日", " ", "", "\n", " 一级 指标 ", "指标值\n",
  // export column sets and other provinces' labels
  "指标性质", "度量单位", "指标值类型", "指标方向性", "权重", "备注", "一级指标*", "二级指标(年度)", "三级指标(长期)",
  "≧", "═", "正向指标", "定性", "%", "人", "主管部门", "立项依据", "项目起止时间", "年度目标", "2.市级资金", "项目支出", "其他",
];

const cellArb: fc.Arbitrary<CellValue | object> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constantFrom(null, undefined) },
  { weight: 1, arbitrary: fc.date() },
  { weight: 1, arbitrary: fc.constantFrom(new Date(NaN), { richText: [{ text: "项目名称" }] }, { result: 5 }, {}, [] as unknown as object) },
);

// Rarely, a huge cell (kept rare: it dominates the run time, not the coverage).
const hugeArb = fc.constantFrom("项".repeat(5000), "1.".repeat(3000) + "绩效目标表", "\n".repeat(2000) + "指标值");
const anyCellArb = fc.oneof({ weight: 200, arbitrary: cellArb }, { weight: 1, arbitrary: hugeArb });

const mergeArb = fc.oneof(
  fc.record({ top: fc.integer({ min: -3, max: 16 }), left: fc.integer({ min: -3, max: 11 }), bottom: fc.integer({ min: -3, max: 16 }), right: fc.integer({ min: -3, max: 11 }) }),
  fc.record({ top: fc.constantFrom(NaN, Infinity, 0), left: fc.constantFrom(0, NaN), bottom: fc.constantFrom(1e9, 2), right: fc.constantFrom(1e9, 1) }),
  fc.constantFrom(null, "A1:B2", 7),
);

const randomGridArb: fc.Arbitrary<SheetGrid> = fc.record({
  sheet: fc.string({ maxLength: 4 }),
  cells: fc.array(fc.oneof({ weight: 9, arbitrary: fc.array(anyCellArb, { maxLength: 9 }) }, { weight: 1, arbitrary: fc.constantFrom(null, undefined, "x") }), { maxLength: 16 }),
  merges: fc.option(fc.array(mergeArb, { maxLength: 6 }), { nil: undefined }),
  origin: fc.option(fc.record({ row: fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.constant(NaN), fc.constant(-5)), col: fc.integer({ min: 0, max: 16000 }) }), { nil: undefined }),
}) as unknown as fc.Arbitrary<SheetGrid>;

const HEADER = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"];
/** An export's header (operator, unit, kind, weight columns), planted instead of the template's in some grids. */
const EXPORT_HEADER = ["一级指标*", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "指标值类型", "权重"];

/** A random grid with an indicator header row (a random prefix of the template's columns) planted in it. */
const plantedGridArb: fc.Arbitrary<SheetGrid> = fc
  .tuple(randomGridArb, fc.nat({ max: 15 }), fc.nat({ max: 5 }), fc.integer({ min: 4, max: 6 }), fc.boolean(), fc.boolean())
  .map(([grid, r, c, n, spaced, exported]) => {
    const cells = (Array.isArray(grid.cells) ? grid.cells : []).map((row) => (Array.isArray(row) ? [...row] : []));
    while (cells.length <= r) cells.push([]);
    const header = (exported ? EXPORT_HEADER.slice(0, n + 2) : HEADER.slice(0, n)).map((h) => (spaced ? ` ${h}\n` : h));
    if (n === 4 && !exported) header[3] = "指标值";
    header.forEach((h, i) => {
      while (cells[r].length < c + i) cells[r].push(null);
      cells[r][c + i] = h;
    });
    return { ...grid, cells };
  });

const gridArb = fc.oneof(randomGridArb, plantedGridArb);

function bounds(grid: SheetGrid) {
  const rows = Array.isArray(grid.cells) ? grid.cells : [];
  let width = 0;
  for (const r of rows) if (Array.isArray(r) && r.length > width) width = r.length;
  for (const m of (Array.isArray(grid.merges) ? grid.merges : []) as unknown[]) {
    const mm = (m ?? {}) as { left?: unknown; right?: unknown };
    for (const v of [mm.left, mm.right]) if (typeof v === "number" && Number.isFinite(v) && v + 1 > width) width = Math.floor(v) + 1;
  }
  const o = grid.origin ?? { row: 0, col: 0 };
  const oRow = Number.isFinite(o.row) && o.row > 0 ? Math.floor(o.row) : 0;
  const oCol = Number.isFinite(o.col) && o.col > 0 ? Math.floor(o.col) : 0;
  return { top: oRow, left: oCol, bottom: oRow + rows.length - 1, right: oCol + Math.max(width, 1) - 1 };
}

function cellsOf(t: PerfTable): CellText[] {
  const out: CellText[] = [];
  const { fundParts, otherGoals, ...fields } = t.header;
  for (const v of Object.values(fields)) if (v) out.push(v);
  for (const p of fundParts ?? []) if (p.value) out.push(p.value);
  for (const g of otherGoals ?? []) out.push(g);
  if (t.plan) {
    out.push(t.plan.labelCell);
    for (const p of t.plan.points) out.push(p.label, p.value);
  }
  for (const r of t.indicators) {
    out.push(r.level1, r.level2, r.level3, r.value);
    if (r.description) out.push(r.description);
    if (r.basis) out.push(r.basis);
    if (r.parts) for (const p of Object.values(r.parts)) if (p) out.push(p);
  }
  return out;
}

describe("reader fuzz", () => {
  test(`scanTables never throws and stays inside the grid (${RUNS} runs)`, () => {
    let withTables = 0;
    fc.assert(
      fc.property(gridArb, (grid) => {
        const tables = scanTables(grid);
        const b = bounds(grid);
        const inside = (row: number, col: number) => row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;
        if (tables.length) withTables++;
        for (const t of tables) {
          const r = parseRangeA1(t.range);
          if (!r || !inside(r.top, r.left) || !inside(r.bottom, r.right)) return false;
          if (!t.indicatorHeaderCell) return false;
          const h = parseRangeA1(t.indicatorHeaderCell);
          if (!h || !inside(h.top, h.left)) return false;
          for (const c of cellsOf(t)) {
            if (!inside(c.row, c.col) || c.cell !== toA1(c.row, c.col) || typeof c.text !== "string") return false;
          }
          if (t.indicators.some((row, i) => row.index !== i)) return false;
        }
        return true;
      }),
      { numRuns: RUNS },
    );
    // The generator must actually produce tables, or the property proves little.
    expect(withTables).toBeGreaterThan(RUNS / 100);
  });

  const ROW_RUNS = Math.max(1, Math.ceil(RUNS / 4));
  test(`tableFromRows never throws, one row per input row (${ROW_RUNS} runs)`, () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(anyCellArb, { maxLength: 8 }), { maxLength: 12 }),
        fc.record({ row: fc.integer({ min: 0, max: 1_000_000 }), col: fc.integer({ min: 0, max: 16000 }) }),
        (rows, origin) => {
          const t = tableFromRows(rows as CellValue[][], { sheet: "S", origin });
          const header = rows.length > 0 && rows[0].some((v) => typeof v === "string" && v.replace(/\s/g, "") === "一级指标") ? 1 : 0;
          if (t.indicators.length !== rows.length - header) return false;
          const width = Math.max(1, ...rows.map((r) => r.length));
          return cellsOf(t).every(
            (c) => c.row >= origin.row && c.row < origin.row + Math.max(rows.length, 1) && c.col >= origin.col && c.col < origin.col + width && c.cell === toA1(c.row, c.col),
          );
        },
      ),
      { numRuns: ROW_RUNS },
    );
  });
});
