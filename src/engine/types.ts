/**
 * The engine's shared vocabulary. Pure data types: no Office, WPS, DOM or Node.
 *
 * Every shell (custom functions, task pane, WPS, CLI, web checker) turns its host's cells
 * into a `SheetGrid`, asks the engine for `PerfTable`s and `Finding`s, and turns those back
 * into cells. Addresses are always A1-style sheet addresses so findings point to cells.
 */

/** A raw cell value as any host can give it (Excel `values`, WPS `Value2`, ExcelJS cell results). */
export type CellValue = string | number | boolean | Date | null | undefined;

/** A merged area, 0-based, inclusive, in grid coordinates (before `origin` offset). */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A rectangular block of one sheet. `cells[r][c]` is the value at sheet row `origin.row + r`,
 * column `origin.col + c` (both 0-based; origin defaults to A1). Rows may be ragged.
 */
export interface SheetGrid {
  sheet: string;
  cells: CellValue[][];
  merges?: MergedArea[];
  origin?: { row: number; col: number };
}

/** A value read from the sheet, with the A1 address of the cell it came from. */
export interface CellText {
  /** Trimmed display text ("" for blank). */
  text: string;
  /** The raw value as the host gave it (number, Date, string…). */
  raw: CellValue;
  /** A1 address on the sheet, e.g. "E12" (always the address of `row`/`col`). */
  readonly cell: string;
  /** 0-based sheet row and column. */
  row: number;
  col: number;
  /** True when the text was filled forward from a row above (blank or merged 一级/二级). */
  filled?: boolean;
  /**
   * `text` is not the cell's own whole content: the rows below joined into it (a goal written one numbered item per
   * row), or one part of an inline list (“3月底25%，6月底50%…” read as plan points). A correction of such text is not
   * a value for the cell, so no rule proposes it as the cell's suggestion.
   */
  partial?: boolean;
}

/** Layout variants seen in the seeds (spec §1). */
export type TableVariant =
  | "hebei" // 唐山/曹妃甸/正定: 编码, 支出计划, 依据
  | "tianjin" // no 编码, no plan, no 依据
  | "chengdu" // department-level: 任务 prefixes, 指标值 column "指标值（包含数字及文字描述）"
  | "rows"; // bare indicator rows (custom functions), no header

export type MoneyUnit = "万元" | "元";

export interface TableHeader {
  projectName?: CellText;
  projectCode?: CellText;
  budget?: CellText;
  fiscal?: CellText;
  other?: CellText;
  purpose?: CellText;
  goal?: CellText;
  /** Title line such as "1.“领潮计划”专项培训绩效目标表". */
  title?: CellText;
  /** 主管部门 (主管部门及代码, 业务主管部门 …). */
  supervisor?: CellText;
  /** 实施单位. */
  implementer?: CellText;
  /** 项目属性 / 项目类型 / 项目类别 / 项目分类 (新增/延续, 专项业务类 …). */
  attribute?: CellText;
  /** 是否政府采购. */
  procurement?: CellText;
  /** 立项依据. */
  projectBasis?: CellText;
  /** 项目起止时间 / 实施期限 / 建设周期 / 项目期. */
  period?: CellText;
  /** 项目概况. */
  overview?: CellText;
  /** 中期资金总额 / 实施期资金总额: the whole period's funds, printed beside the year's (the central form). */
  periodBudget?: CellText;
  /** The other goals the table prints besides `goal` (中期目标 / 实施期目标 beside 年度目标). */
  otherGoals?: CellText[];
  /** The 其中 lines that break the total down by source or kind (中央/省级/市级资金, 自有资金, 项目支出/基本支出 …). */
  fundParts?: FundPart[];
}

/** One 其中 line of the funds block: its label as printed (key) and its amount cell (undefined when none is printed). */
export interface FundPart {
  label: string;
  value: CellText | undefined;
}

/** Which header fields / columns this table's layout has (so absent ones are not flagged). */
export interface TableLayout {
  hasCode: boolean;
  hasPlan: boolean;
  hasBasis: boolean;
  hasDescription: boolean;
  hasPurpose: boolean;
  hasFunds: boolean;
  /** The header prints a 预算执行率权重 field (四川 一体化 export): the indicator weights total 100 minus that share. */
  hasBudgetRateWeight?: boolean;
  /**
   * The 中期 | 年度 form with its 年度 indicator block left blank: the 中期 block is read instead, and this is the cell
   * of the blank block's 指标值 title (VALUE_EMPTY says the budget year's targets are missing).
   */
  annualBlockEmptyCell?: string;
  /**
   * How many of the three level columns (一级 / 二级 / 三级) the form prints, when fewer than three: 1 = a name column
   * only, 2 = an 一级 (or 二级) column and the name. Absent for the standard three-level layout.
   */
  levelColumns?: 1 | 2;
}

export interface SpendPoint {
  /** Month label as written ("3月底"), and the month number it means (3), if recognisable. */
  label: CellText;
  month: number | null;
  value: CellText;
}

export interface SpendPlan {
  labelCell: CellText; // the 资金支出计划（%） label
  points: SpendPoint[];
}

/**
 * The columns a finance-system export splits an indicator's value into, as read. Present on a row only when its
 * table has at least one such column; each part only when the table has that column.
 */
export interface ValueParts {
  /** The 指标值 cell as published (often the bare number). */
  value: CellText;
  /** 指标性质 / 计算符号: ≥ ≤ = (any width), sometimes 正向/反向 or 定性. */
  operator?: CellText;
  /** 度量单位 / 计量单位. */
  unit?: CellText;
  /** 指标值类型: 定性 / 定量. */
  kind?: CellText;
  /** 指标方向性: 正向 / 反向. */
  direction?: CellText;
  /** 权重 / 分值. */
  weight?: CellText;
  /** 备注. */
  note?: CellText;
  /** 绩效标准: 计划标准, 历史标准 … */
  standard?: CellText;
}

export interface IndicatorRow {
  /** 0-based index of the row within its table's indicator block. */
  index: number;
  level1: CellText;
  level2: CellText;
  level3: CellText;
  description?: CellText;
  /**
   * The value every rule reads: the 指标值 cell, or — in tables with operator/unit columns — operator + value + unit
   * composed into one text at the 指标值 cell's address ("≧", 100, "%" → "≥100%").
   */
  value: CellText;
  basis?: CellText;
  /** What the row's 定性/定量 column says, when the table has one; rules judge a 定性 row as qualitative. */
  nature?: "定性" | "定量";
  /** The separate value columns of finance-system exports, when the table has any. */
  parts?: ValueParts;
}

/** A declaration of the header's money unit: the 单位 line or a money label with its unit in brackets. */
export interface UnitSource {
  unit: MoneyUnit;
  kind: "line" | "label";
  /** The label or line as written. */
  text: string;
  cell: string;
}

export interface PerfTable {
  sheet: string;
  /** A1 range the table occupies, e.g. "A3:G24". */
  range: string;
  variant: TableVariant;
  /** Money unit of the sheet (单位：万元 / 单位：元); 万元 by default. */
  unit: MoneyUnit;
  /**
   * Where the header declares a money unit: the 单位 line and each money label written with one (“资金情况（万元）”),
   * in sheet order; empty when the header declares none (then `unit` is the default). Absent for tables not read from a
   * sheet (bare rows, built tables), whose header was never seen.
   */
  unitSources?: UnitSource[];
  header: TableHeader;
  layout: TableLayout;
  plan?: SpendPlan;
  /** The 一级指标 header row's cells, for findings about the indicator block as a whole. */
  indicatorHeaderCell?: string;
  indicators: IndicatorRow[];
  /** Years seen in the document around the table (e.g. "(2022年度)"), if any. */
  documentYear?: number;
}

export type Severity = "error" | "warning" | "info";

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface Finding {
  code: string;
  severity: Severity;
  /** 0-based indicator row within the table, or null for header/plan/table findings. */
  row: number | null;
  /** Sheet address of the offending cell (null only when no cell exists, e.g. a missing category in bare rows). */
  cell: string | null;
  /** zh-CN: what is wrong and how to fix it. */
  message: string;
  /** A corrected value to write into `cell`, where one can be proposed. */
  suggestion?: string;
}

export type Framework = "classic" | "central-2021";
export type FrameworkChoice = Framework | "auto";
