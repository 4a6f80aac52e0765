/**
 * Standard templates (spec §6) are engine DATA: a header block and typical indicator rows per
 * project type. Pure: no host, no DOM, no Node. The task pane, the WPS pane and the CLI all lay
 * them out through `templateGrid`.
 */
import type { MergedArea } from "../types";

/** One indicator row of a template. `{year}` in any text is replaced by the budget year. */
export interface TemplateIndicator {
  level1: string;
  level2: string;
  level3: string;
  /** 绩效指标描述: defines the indicator (formula or 统计口径), never a copy of the name. */
  description: string;
  /** What the blank template shows in 指标值: operator + "__" + unit, e.g. "≥__人". */
  pattern: string;
  /** A correct example value for the example-filled template, e.g. "≥45人". */
  example: string;
  /** 指标值确定依据. */
  basis: string;
}

export interface TemplateExampleHeader {
  /** Project name without the year prefix; the grid writes "{year}年" + name. */
  projectName: string;
  /** Last 12 characters of a 河北-style code (6-digit region + 2-digit year + "P" + these). */
  codeTail: string;
  /** 预算数 in 万元; fiscal + other = budget. */
  budget: number;
  fiscal: number;
  other: number;
  purpose: string;
  /** Cumulative plan in % at the checkpoints (3月底, 6月底, 10月底, 12月底). */
  plan: number[];
  goal: string;
}

export interface TemplateDef {
  /** ASCII key used by the CLI and the pane: "training". */
  key: string;
  /** zh-CN type name: "培训类". */
  name: string;
  /** One line saying what projects the type is for. */
  summary: string;
  /** Hints written into the blank template's 资金用途 and 绩效目标 cells. */
  purposeHint: string;
  goalHint: string;
  example: TemplateExampleHeader;
  indicators: TemplateIndicator[];
}

export interface TemplateGridOptions {
  /** Budget year (default: the current year). */
  year?: number;
  /** Fill the example values instead of the patterns and blanks. */
  example?: boolean;
}

/**
 * The template as a grid in the seed layout (the one `readTables` reads), plus where things are, so
 * shells can format it and put live formulas beside it. All coordinates are 0-based and relative to
 * the grid's top-left cell.
 */
export interface TemplateGrid {
  key: string;
  name: string;
  year: number;
  cells: string[][];
  merges: MergedArea[];
  /** Width of each column in characters. */
  columnWidths: number[];
  /** Rows that are label rows (title, indicator header). */
  headerRows: number[];
  /** Cells that are labels (bold/shaded in a sheet). */
  labelCells: { row: number; col: number }[];
  /** Where the pieces are. */
  layout: {
    titleRow: number;
    unitCell: { row: number; col: number };
    budgetCell: { row: number; col: number };
    fiscalCell: { row: number; col: number };
    otherCell: { row: number; col: number };
    planLabelRow: number;
    planValueRow: number;
    /** First and last column of the plan points. */
    planCols: [number, number];
    goalRow: number;
    indicatorHeaderRow: number;
    firstIndicatorRow: number;
    lastIndicatorRow: number;
    /** Columns of 一级, 二级, 三级, 描述, 指标值, 依据. */
    indicatorCols: [number, number, number, number, number, number];
  };
}
