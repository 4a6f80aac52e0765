/**
 * Standard templates (spec §6): list them and lay one out as a grid in the seed layout.
 *
 * Layout (7 columns A–G, like the 河北 form the seeds come from):
 *
 *   row 0   title "{year}年…绩效目标表"                                   (merged A:G)
 *   row 1   G: 单位：万元
 *   row 2   项目编码 | code (B:C) | 项目名称 | name (E:G)
 *   row 3   预算规模及资金用途 (A3:A4) | 预算数 | n | 其中：财政资金 | n | 其他资金 | n
 *   row 4   (merged)  | purpose (B:G)
 *   row 5   资金支出计划（%） (A5:A6) | 3月底 | 6月底 | 10月底 | 12月底
 *   row 6   (merged)  | 25% | 50% | 85% | 100%
 *   row 7   绩效目标 | goal (B:G)
 *   row 8   一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 | 指标值确定依据 (F:G)
 *   row 9…  indicator rows; 一级/二级 merged down their group, 依据 merged F:G
 */
import type { MergedArea } from "../types";
import { TEMPLATES } from "./catalog";
import type { TemplateDef, TemplateGrid, TemplateGridOptions } from "./types";

export * from "./types";
export { TEMPLATES } from "./catalog";

/** Checkpoint labels written in the template's 资金支出计划 row (the 河北 form). */
export const TEMPLATE_PLAN_LABELS = ["3月底", "6月底", "10月底", "12月底"];

/** Region code used in example project codes (唐山市, as in seed 000). */
const EXAMPLE_REGION = "130200";

/** Every template, in catalogue order: key and zh-CN name. */
export function listTemplates(): { key: string; name: string; summary: string }[] {
  return TEMPLATES.map((t) => ({ key: t.key, name: t.name, summary: t.summary }));
}

/** A template by key ("training") or zh-CN name ("培训类"); null when unknown. */
export function getTemplate(keyOrName: string): TemplateDef | null {
  const k = String(keyOrName ?? "").trim();
  return TEMPLATES.find((t) => t.key === k.toLowerCase() || t.name === k) ?? null;
}

/** 40 → "40.00" (万元, two decimals as in the seeds). */
function money(n: number): string {
  return n.toFixed(2);
}

const WIDTH = 7;

/**
 * The template laid out as a grid of strings (the seed layout) with its merges. The example-filled grid
 * is a complete, correct table; the blank one has patterns such as "≥__人" in 指标值 and hints in the
 * free-text header cells.
 */
export function templateGrid(keyOrName: string, opts: TemplateGridOptions = {}): TemplateGrid {
  const t = getTemplate(keyOrName);
  if (!t) throw new Error(`未知的模板类型：${keyOrName}`);
  const year = opts.year && Number.isInteger(opts.year) ? opts.year : new Date().getFullYear();
  const example = opts.example === true;
  const y = (s: string) => s.replace(/\{year\}/g, String(year));
  const ex = t.example;

  const cells: string[][] = [];
  const merges: MergedArea[] = [];
  const labelCells: { row: number; col: number }[] = [];
  const put = (r: number, c: number, v: string) => {
    while (cells.length <= r) cells.push(Array(WIDTH).fill(""));
    cells[r][c] = v;
  };
  const label = (r: number, c: number, v: string) => {
    put(r, c, v);
    labelCells.push({ row: r, col: c });
  };
  const merge = (top: number, left: number, bottom: number, right: number) => {
    if (bottom > top || right > left) merges.push({ top, left, bottom, right });
  };

  const projectName = example ? `${year}年${ex.projectName}` : "";
  // Row 0: title; row 1: money unit.
  put(0, 0, example ? `${projectName}绩效目标表` : `${year}年项目支出绩效目标表（${t.name}）`);
  merge(0, 0, 0, WIDTH - 1);
  put(1, WIDTH - 1, "单位：万元");
  // Row 2: code and name.
  label(2, 0, "项目编码");
  put(2, 1, example ? `${EXAMPLE_REGION}${String(year % 100).padStart(2, "0")}P${ex.codeTail}` : "");
  merge(2, 1, 2, 2);
  label(2, 3, "项目名称");
  put(2, 4, projectName);
  merge(2, 4, 2, WIDTH - 1);
  // Rows 3–4: budget and purpose.
  label(3, 0, "预算规模及资金用途");
  merge(3, 0, 4, 0);
  label(3, 1, "预算数");
  put(3, 2, example ? money(ex.budget) : "");
  label(3, 3, "其中：财政资金");
  put(3, 4, example ? money(ex.fiscal) : "");
  label(3, 5, "其他资金");
  put(3, 6, example ? money(ex.other) : "");
  put(4, 1, example ? y(ex.purpose) : t.purposeHint);
  merge(4, 1, 4, WIDTH - 1);
  // Rows 5–6: spending plan.
  label(5, 0, "资金支出计划（%）");
  merge(5, 0, 6, 0);
  TEMPLATE_PLAN_LABELS.forEach((l, i) => {
    label(5, 1 + i, l);
    put(6, 1 + i, example ? `${ex.plan[i]}%` : "");
  });
  put(6, WIDTH - 1, "");
  // Row 7: goal.
  label(7, 0, "绩效目标");
  put(7, 1, example ? y(ex.goal) : t.goalHint);
  merge(7, 1, 7, WIDTH - 1);
  // Row 8: indicator header.
  const headerRow = 8;
  ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"].forEach((l, i) => label(headerRow, i, l));
  merge(headerRow, 5, headerRow, 6);
  // Indicator rows: 一级/二级 written once per group and merged down (the seeds' shape).
  const first = headerRow + 1;
  let g1 = first;
  let g2 = first;
  t.indicators.forEach((ind, i) => {
    const r = first + i;
    const prev = i > 0 ? t.indicators[i - 1] : null;
    const new1 = !prev || prev.level1 !== ind.level1;
    const new2 = new1 || !prev || prev.level2 !== ind.level2;
    if (new1) {
      if (i > 0) merge(g1, 0, r - 1, 0);
      g1 = r;
      put(r, 0, ind.level1);
    } else put(r, 0, "");
    if (new2) {
      if (i > 0) merge(g2, 1, r - 1, 1);
      g2 = r;
      put(r, 1, ind.level2);
    } else put(r, 1, "");
    put(r, 2, ind.level3);
    put(r, 3, y(ind.description));
    put(r, 4, y(example ? ind.example : ind.pattern));
    put(r, 5, y(ind.basis));
    merge(r, 5, r, 6);
  });
  const last = first + t.indicators.length - 1;
  merge(g1, 0, last, 0);
  merge(g2, 1, last, 1);

  return {
    key: t.key,
    name: t.name,
    year,
    cells,
    merges,
    columnWidths: [14, 16, 24, 34, 16, 22, 12],
    headerRows: [headerRow],
    labelCells,
    layout: {
      titleRow: 0,
      unitCell: { row: 1, col: WIDTH - 1 },
      budgetCell: { row: 3, col: 2 },
      fiscalCell: { row: 3, col: 4 },
      otherCell: { row: 3, col: 6 },
      planLabelRow: 5,
      planValueRow: 6,
      planCols: [1, TEMPLATE_PLAN_LABELS.length],
      goalRow: 7,
      indicatorHeaderRow: headerRow,
      firstIndicatorRow: first,
      lastIndicatorRow: last,
      indicatorCols: [0, 1, 2, 3, 4, 5],
    },
  };
}
