/**
 * Build a whole PerfTable (header, spending plan, indicator block) for table-rule tests, without the
 * reader. The sheet layout mirrors the 唐山 seed tables (hebei variant), so cell addresses are fixed:
 *
 *   row 1  A1 title                     row 6  A6 资金支出计划（%）  B6..E6 month labels
 *   row 2  A2 unit line                 row 7  B7..E7 plan values
 *   row 3  A3 项目编码  B3 code  D3 项目名称  E3 name     row 8  A8 绩效目标  B8 goal
 *   row 4  B4 预算数  C4 budget  E4 财政资金  G4 其他资金   row 9  A9 一级指标 … header row
 *   row 5  B5 资金用途                   row 10+ indicators: A 一级 B 二级 C 三级 D 描述 E 指标值 F 依据
 */
import { toA1 } from "../../src/engine/address";
import type { CellText, CellValue, IndicatorRow, MoneyUnit, PerfTable, SpendPoint, TableHeader, TableLayout, TableVariant } from "../../src/engine/types";

export interface TableSpec {
  sheet?: string;
  variant?: TableVariant;
  unit?: MoneyUnit;
  title?: string;
  code?: string | null;
  name?: string | null;
  budget?: string | null;
  fiscal?: string | null;
  other?: string | null;
  purpose?: string | null;
  goal?: string | null;
  /** Month labels and values of the plan (values as typed: "25%", 0.25, "" for blank). */
  plan?: { labels: string[]; values: CellValue[] } | null;
  /** [一级, 二级, 三级, 描述, 指标值, 依据]; blank 一级/二级 are filled forward. */
  rows: string[][];
  layout?: Partial<TableLayout>;
  documentYear?: number;
}

function cell(value: CellValue, row: number, col: number, filled = false): CellText {
  const text = value == null ? "" : String(value).trim();
  const c: CellText = { text, raw: value, cell: toA1(row, col), row, col };
  if (filled) c.filled = true;
  return c;
}

const MONTHS: Record<string, number> = {};
for (let m = 1; m <= 12; m++) MONTHS[`${m}月底`] = m;

export const INDICATOR_FIRST_ROW = 10; // 1-based sheet row of the first indicator

export function buildTable(spec: TableSpec): PerfTable {
  const variant = spec.variant ?? "hebei";
  const header: TableHeader = {};
  if (spec.title) header.title = cell(spec.title, 0, 0);
  if (spec.code !== null && spec.code !== undefined) header.projectCode = cell(spec.code, 2, 1);
  if (spec.name !== null && spec.name !== undefined) header.projectName = cell(spec.name, 2, 4);
  if (spec.budget !== null && spec.budget !== undefined) header.budget = cell(spec.budget, 3, 2);
  if (spec.fiscal !== null && spec.fiscal !== undefined) header.fiscal = cell(spec.fiscal, 3, 4);
  if (spec.other !== null && spec.other !== undefined) header.other = cell(spec.other, 3, 6);
  if (spec.purpose !== null && spec.purpose !== undefined) header.purpose = cell(spec.purpose, 4, 1);
  if (spec.goal !== null && spec.goal !== undefined) header.goal = cell(spec.goal, 7, 1);

  const hebei = variant === "hebei";
  const layout: TableLayout = {
    hasCode: hebei,
    hasPlan: hebei,
    hasBasis: hebei,
    hasDescription: variant !== "chengdu",
    hasPurpose: variant !== "chengdu",
    hasFunds: variant !== "chengdu",
    ...spec.layout,
  };

  let plan: PerfTable["plan"];
  if (spec.plan) {
    const points: SpendPoint[] = spec.plan.labels.map((label, i) => ({
      label: cell(label, 5, 1 + i),
      month: MONTHS[label.replace(/\s+/g, "")] ?? null,
      value: cell(spec.plan!.values[i] ?? null, 6, 1 + i),
    }));
    plan = { labelCell: cell("资金支出计划（%）", 5, 0), points };
  }

  const first0 = INDICATOR_FIRST_ROW - 1;
  let l1 = "";
  let l2 = "";
  const indicators: IndicatorRow[] = spec.rows.map((r, i) => {
    const row = first0 + i;
    const [a = "", b = "", c = "", d = "", e = "", f = ""] = r;
    const l1Filled = !a.trim() && !!l1;
    const l2Filled = !b.trim() && !!l2;
    if (a.trim()) l1 = a;
    if (b.trim()) l2 = b;
    const ind: IndicatorRow = {
      index: i,
      level1: cell(l1, row, 0, l1Filled),
      level2: cell(l2, row, 1, l2Filled),
      level3: cell(c, row, 2),
      value: cell(e, row, 4),
    };
    if (layout.hasDescription) ind.description = cell(d, row, 3);
    if (layout.hasBasis) ind.basis = cell(f, row, 5);
    return ind;
  });

  const table: PerfTable = {
    sheet: spec.sheet ?? "Sheet1",
    range: `A1:G${first0 + spec.rows.length}`,
    variant,
    unit: spec.unit ?? "万元",
    header,
    layout,
    indicatorHeaderCell: `A${INDICATOR_FIRST_ROW - 1}`,
    indicators,
  };
  if (plan) table.plan = plan;
  if (spec.documentYear !== undefined) table.documentYear = spec.documentYear;
  return table;
}

/** Address of the 指标值 cell of indicator row i (0-based). */
export function valueCell(i: number): string {
  return `E${INDICATOR_FIRST_ROW + i}`;
}
/** Address of the 描述 cell of indicator row i (0-based). */
export function descCell(i: number): string {
  return `D${INDICATOR_FIRST_ROW + i}`;
}
/** Address of plan value i (0-based): B7, C7, D7, E7. */
export function planCell(i: number): string {
  return `${String.fromCharCode(66 + i)}7`;
}
