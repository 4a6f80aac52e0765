/**
 * Template → BlockSpec for a host (Excel or WPS): values, formats, merges, borders, and optionally the
 * live functions beside the table (=PERF.CHECK beside the indicator rows, =PERF.SPENDCURVE beside the
 * plan) so the table checks itself while it is filled. Pure: no host calls here.
 */
import type { TemplateGrid } from "../engine";
import type { BlockSpec } from "../hosts/types";

/** Column (relative to the block) of the live formulas: the column right of the 7-column table. */
export const FORMULA_COL = 7;

/** "R[-3]C[-5]" — a relative R1C1 reference from (fromRow, fromCol) to (row, col). */
function rel(fromRow: number, fromCol: number, row: number, col: number): string {
  const dr = row - fromRow;
  const dc = col - fromCol;
  return `R${dr ? `[${dr}]` : ""}C${dc ? `[${dc}]` : ""}`;
}

export function blockFromTemplate(grid: TemplateGrid, opts: { formulas?: boolean } = {}): BlockSpec {
  const L = grid.layout;
  const cells: (string | number)[][] = grid.cells.map((r) => [...r]);
  const numberCells: BlockSpec["numberCells"] = [];
  for (const c of [L.budgetCell, L.fiscalCell, L.otherCell]) {
    numberCells.push({ row: c.row, col: c.col, format: "0.00" });
    const t = cells[c.row][c.col];
    if (t !== "") cells[c.row][c.col] = Number(t);
  }
  // The plan is stored the way Excel stores a typed "25%": 0.25 with a percent format.
  for (let c = L.planCols[0]; c <= L.planCols[1]; c++) {
    numberCells.push({ row: L.planValueRow, col: c, format: "0%" });
    const t = String(cells[L.planValueRow][c]);
    if (/^\d+(\.\d+)?%$/.test(t)) cells[L.planValueRow][c] = Number(t.slice(0, -1)) / 100;
  }
  const width = grid.columnWidths.length;
  const block: BlockSpec = {
    cells,
    merges: grid.merges,
    columnWidths: grid.columnWidths,
    headerRows: grid.headerRows,
    labelCells: grid.labelCells,
    bordered: { top: L.unitCell.row + 1, left: 0, bottom: L.lastIndicatorRow, right: width - 1 },
    numberCells,
  };
  if (opts.formulas) {
    const fc = FORMULA_COL;
    const r0 = L.firstIndicatorRow;
    const r1 = L.lastIndicatorRow;
    const year = grid.year;
    for (const row of cells) while (row.length <= fc) row.push("");
    cells[L.indicatorHeaderRow][fc] = "逐行检查（=PERF.CHECK）";
    // Nothing goes into the plan's LABEL row: a reader takes every labelled cell right of
    // 资金支出计划（%） as a checkpoint. The caption sits under the formula instead.
    cells[L.goalRow][fc] = "↑ 支出计划检查（=PERF.SPENDCURVE）";
    const budget = rel(r0, fc, L.budgetCell.row, L.budgetCell.col);
    block.formulas = [
      {
        row: r0,
        col: fc,
        r1c1: true,
        formula: `=PERF.CHECK(${rel(r0, fc, r0, L.indicatorCols[0])}:${rel(r0, fc, r1, L.indicatorCols[5])},${budget},${year})`,
      },
      {
        row: L.planValueRow,
        col: fc,
        r1c1: true,
        formula: `=PERF.SPENDCURVE(${rel(L.planValueRow, fc, L.planValueRow, L.planCols[0])}:${rel(L.planValueRow, fc, L.planValueRow, L.planCols[1])},${rel(L.planValueRow, fc, L.budgetCell.row, L.budgetCell.col)},${rel(L.planValueRow, fc, L.planLabelRow, L.planCols[0])}:${rel(L.planValueRow, fc, L.planLabelRow, L.planCols[1])})`,
      },
    ];
    block.columnWidths = [...grid.columnWidths, 28];
  }
  return block;
}
