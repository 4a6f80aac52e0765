import { defineRule } from "../defineRule";
import { firstCellOf } from "../shared/tableCells";
import { BUDGET_EXECUTION_SHARE, RESERVING_TITLE, WEIGHT_TOLERANCE, WEIGHT_TOTAL } from "../../lexicon/weights";
import type { IndicatorRow, PerfTable } from "../../types";
import { levelScore, weightOf } from "../shared/weights";

interface Weights {
  total: number;
  /** Sum over rows without a 三级 (group subtotal rows), and over rows with one, when the table mixes them. */
  groups: number;
  items: number;
  cell: string;
  how: string;
  /** Scores printed on the 一级 labels rather than a weight column. */
  onLevels?: boolean;
}

/** The weights of the 权重/分值 column (merged continuation cells counted once), or null when the column is blank. */
function columnWeights(rows: IndicatorRow[]): Weights | null {
  let total = 0;
  let groups = 0;
  let items = 0;
  let n = 0;
  let cell = "";
  for (const r of rows) {
    const w = r.parts?.weight;
    if (!w || w.filled) continue;
    const v = weightOf(w.text);
    if (v === null) continue;
    n++;
    if (!cell) cell = w.cell;
    total += v;
    if (r.level3.text.trim() === "") groups += v;
    else items += v;
  }
  return n > 0 ? { total, groups, items, cell, how: "各指标权重" } : null;
}

/** The fixed scores on the 一级 labels, when every 一级 group carries one. */
function levelWeights(rows: IndicatorRow[]): Weights | null {
  const seen = new Map<string, number>();
  let cell = "";
  for (const r of rows) {
    const label = r.level1.text.trim();
    if (!label || seen.has(label)) continue;
    const s = levelScore(label);
    if (s === null) return null;
    seen.set(label, s);
    if (!cell) cell = r.level1.cell;
  }
  if (seen.size < 2) return null;
  const total = [...seen.values()].reduce((a, b) => a + b, 0);
  return { total, groups: 0, items: total, cell, onLevels: true, how: `一级指标分值（${[...seen.keys()].map((k) => k.replace(/\s+/g, "")).join("、")}）` };
}

function reservesBudgetRate(t: PerfTable): boolean {
  return !!t.layout.hasBudgetRateWeight || RESERVING_TITLE.test(t.header.title?.text ?? "");
}

/**
 * WEIGHT_SUM_NOT_100 — the indicators' weights or scores (权重 / 分值 column, or 产出指标(50分) on the 一级) do not
 * total 100 (corpus 008 潼南: 20+10+20+20+20 = 90). A form that keeps 10 for 预算执行率 (a 自评表, a 预算执行率权重 field:
 * lexicon/weights.ts) totals 90, and so may scores on the 一级 labels, which are that scheme's. Blank weight cells are skipped and a blank column is not judged; a table whose group
 * rows (no 三级) carry subtotals of their item rows passes when either level totals 100. One warning at the first
 * weight, no suggestion: which weight to change is the applicant's choice.
 */
export const rule = defineRule({
  meta: { code: "WEIGHT_SUM_NOT_100", severity: "warning", title: "指标权重合计不是100", research: [] },
  check(ctx) {
    const rows = ctx.table.indicators;
    const w = columnWeights(rows) ?? levelWeights(rows);
    if (!w) return;
    const expected = reservesBudgetRate(ctx.table) ? WEIGHT_TOTAL - BUDGET_EXECUTION_SHARE : WEIGHT_TOTAL;
    // Weights written as fractions (0.2 + 0.3 + … = 1) total 100 per cent as well.
    const ok = (x: number) => Math.abs(x - expected) <= WEIGHT_TOLERANCE || Math.abs(x * 100 - expected) <= WEIGHT_TOLERANCE;
    // Scores on the 一级 labels are the 自评 scheme's own (产出50 效益30 满意度10): a set totalling 90 leaves the
    // scheme's 10 to 预算执行率 even on a target table that does not print it.
    const keptForBudgetRate = w.onLevels && Math.abs(w.total - (WEIGHT_TOTAL - BUDGET_EXECUTION_SHARE)) <= WEIGHT_TOLERANCE;
    if (ok(w.total) || keptForBudgetRate || (w.groups > 0 && w.items > 0 && (ok(w.groups) || ok(w.items)))) return;
    const fmt = (x: number) => String(Math.round(x * 100) / 100);
    const reserved = expected !== WEIGHT_TOTAL ? `（另${BUDGET_EXECUTION_SHARE}分为预算执行率）` : "";
    ctx.report({
      row: null,
      cell: w.cell || ctx.table.indicatorHeaderCell || firstCellOf(ctx.table),
      message: `${w.how}合计为${fmt(w.total)}，应为${expected}${reserved}：请调整各指标的权重，使合计为${expected}。`,
    });
  },
});
