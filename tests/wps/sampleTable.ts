/**
 * Seed tables shared by the WPS tests, derived from the seed fixtures (tests/fixtures/seeds/*.json) by
 * tests/helpers/seedFixtures.ts and typed the way ET stores what an accountant typed: a blank cell is
 * null, an amount typed as "40.00" is the number 40, a percentage typed as "10%" is 0.1 with a percent
 * number format; all other text is kept as transcribed. A cell holding only spaces counts as blank: the
 * seed's empty 其他资金 is a lone " " (H5 here), and kept it would widen TANGSHAN_SHEET's used range from
 * B:G to B:H, which the merge-walk bound in wpsHost.test.ts is written for.
 *
 * - `TANGSHAN_SHEET`: seed 000 table 1 (唐山 “领潮计划”专项培训), laid out as the published sheet is:
 *   label/value pairs in the header, the plan's month labels with the cumulative % below, 一级 cells
 *   merged over their rows. Starts at B2 so origins are exercised.
 * - `ZHENGDING_ROWS`: seed 001 tables 1–2 (正定), indicator rows only, in template column order
 *   (一级, 二级, 三级, 描述, 指标值, 依据), with 一级 left blank on continuation rows as printed.
 *   They carry the seeds' real defects (≥1 个 with a space, 成本 written as a percentage or prose,
 *   历史惊讶标准, qualitative 社会效益).
 */
import { toA1 } from "../../src/engine/address";
import { seedIndicatorRows, seedPlan, seedRange, seedTableSpec } from "../helpers/seedFixtures";
import type { FakeSheetSpec, FakeValue } from "./fakeWps";

const PERCENT = /^\d+(\.\d+)?%$/;

/** A transcribed cell as ET holds it once typed: blank → null, "40.00" → 40, "10%" → 0.1 (shown through a percent format). */
function typed(text: string): FakeValue {
  if (text.trim() === "") return null;
  if (PERCENT.test(text)) return Number(text.slice(0, -1)) / 100;
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

/** Table `n` of a seed as sheet cells with its top-left cell at `origin` (0-based), and the percent formats it needs. */
function seedSheetCells(seed: string, n: number, origin: { row: number; col: number }): Pick<FakeSheetSpec, "cells" | "numberFormats"> {
  const numberFormats: Record<string, string> = {};
  const rows = seedRange(seed, n).map((row, r) =>
    row.map((text, c) => {
      if (PERCENT.test(text)) numberFormats[toA1(origin.row + r, origin.col + c)] = "0%";
      return typed(text);
    }),
  );
  const cells: FakeValue[][] = [...Array.from({ length: origin.row }, () => []), ...rows.map((row) => [...Array(origin.col).fill(null), ...row])];
  return { cells, numberFormats };
}

/** The sheet starts at B2: the table's first row (its title) is sheet row 2. */
export const TANGSHAN_SHEET: FakeSheetSpec = {
  name: "领潮计划",
  ...seedSheetCells("000_tangshan", 1, { row: 1, col: 1 }),
  // Merges are not in the fixture: 一级 产出指标 spans the four output rows (sheet rows 11–14, column B),
  // 资金支出计划（%） spans its two rows (7–8) and 预算规模及资金用途 its two (5–6: 预算数 and 资金用途).
  merges: ["B11:B14", "B7:B8", "B5:B6"],
};

const zhengding2 = seedIndicatorRows("001_zhengding", 2);
export const ZHENGDING_ROWS: FakeValue[][] = [
  ...seedIndicatorRows("001_zhengding", 1),
  zhengding2.find((r) => r[2] === "购买办公用品数量")!,
  zhengding2.find((r) => r[1] === "成本指标")!,
].map((row) => row.map(typed));

const QUARTERS = ["3月底", "6月底", "10月底", "12月底"];

/** The 正定 spending plans as printed (fractions, and amounts equal to 预算数 2.20), null for a quarter not printed. */
export const ZHENGDING_PLANS: { plan: FakeValue[]; budget: number }[] = [1, 2, 3].map((n) => {
  const { labels, values } = seedPlan("001_zhengding", n)!;
  const plan = QUARTERS.map((q) => (labels.includes(q) ? typed(values[labels.indexOf(q)]) : null));
  return { plan, budget: Number(seedTableSpec("001_zhengding", n).budget) };
});
