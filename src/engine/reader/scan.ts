import type { CellText, IndicatorRow, MoneyUnit, PerfTable, SheetGrid, SpendPlan, SpendPoint, TableHeader, TableLayout, TableVariant, UnitSource, ValueParts, FundPart } from "../types";
import { parseRangeA1, rangeA1 } from "../address";
import { normalizeLabel, outlineLevelOf } from "../framework";
import { GridView } from "./grid";
import { IndicatorRecord, PlanPoint, SheetCell, copyCell } from "./cells";
import { FUND_PART_FIRST, LABEL_FIRST, formKey, fundPartOf, headerRole, indicatorHeaderKey, isOperatorTitle, isPeriodGoal, labelKind, looksLikeLevelLabel, monthOf, operatorOf, valueKindOf, type HeaderPeriod, type HeaderRole, type LabelKind } from "./labels";
import { cleanString, halfWidthAlnum, labelKey, rawValue } from "./text";

/**
 * Finds every 绩效目标表 in a grid (docs/reader.md):
 * 1. one linear pass marks anchor cells: form labels (项目名称, 预算数, 资金支出计划（%）…), titles
 *    ending in 绩效目标表, 单位：万元 lines and "(2022年度)" lines;
 * 2. every row holding 一级指标 + 二级指标 + 三级指标 + 指标值… starts a table; its columns get their
 *    roles from the header texts;
 * 3. indicator rows run down from the header until an anchor row, a row that is not an indicator row,
 *    or more than two blank rows;
 * 4. the header fields are read from the anchors between the previous table and this header.
 */

type AnchorKind = LabelKind | "title" | "unit" | "year" | "moneyUnit";

/** A labelled cell. Built by `new`, not as an object literal, for the reason given in cells.ts. */
class Anchor {
  constructor(
    readonly r: number,
    readonly c: number,
    readonly kind: AnchorKind,
    readonly key: string,
    readonly unit: MoneyUnit | undefined = undefined,
    readonly year: number | undefined = undefined,
    /** "项目名称：某项目" — a label and its value in one cell. */
    readonly inline: string | undefined = undefined,
  ) {}
}

/**
 * The anchors of each grid row, as index ranges into the row-ordered anchor list: row r's anchors are
 * anchors[start[r]] … anchors[start[r + 1] - 1]. One typed array per sheet instead of an array per anchored row: a
 * sheet of tables has an anchored row every few rows, and those tens of thousands of small arrays — kept for the
 * whole scan, so pretenured by V8 and written with young anchors — cost more than the anchors themselves.
 */
class AnchorsByRow {
  private readonly start: Int32Array;
  constructor(
    readonly anchors: readonly Anchor[],
    nRows: number,
  ) {
    const start = new Int32Array(nRows + 1);
    for (const a of anchors) start[a.r + 1]++;
    for (let r = 0; r < nRows; r++) start[r + 1] += start[r];
    this.start = start;
  }
  /** True when any anchor on row r passes the test. */
  some(r: number, test: (a: Anchor) => boolean): boolean {
    if (r < 0 || r + 1 >= this.start.length) return false;
    for (let i = this.start[r]; i < this.start[r + 1]; i++) if (test(this.anchors[i])) return true;
    return false;
  }
  /** Row r's anchors (a new array; for the few rows that need the list). */
  list(r: number): Anchor[] {
    if (r < 0 || r + 1 >= this.start.length) return [];
    return this.anchors.slice(this.start[r], this.start[r + 1]);
  }
  has(r: number): boolean {
    return r >= 0 && r + 1 < this.start.length && this.start[r + 1] > this.start[r];
  }
}

/** Labels that may carry their value in the same cell after a colon. */
const INLINE_KINDS = new Set<AnchorKind>(["code", "name", "dept", "budget", "periodBudget", "fiscal", "other", "purpose", "goal", "supervisor", "implementer", "attribute", "procurement", "projectBasis", "period", "overview"]);

/** Anchor kinds that never end an indicator block (header words and the 年度绩效指标 side label). */
const NON_STOP = new Set<AnchorKind>(["skip", "l2", "l3", "lname", "desc", "value", "basis", "fundPart", "moneyUnit"]);
/** Anchors that belong to a table's header part (everything but title/unit/year/skip and the indicator header words). */
const BODY = new Set<AnchorKind>(["code", "name", "dept", "budgetGroup", "budget", "periodBudget", "fiscal", "other", "purpose", "plan", "goal", "misc", "supervisor", "implementer", "attribute", "procurement", "projectBasis", "period", "overview", "rateWeight"]);

const YEAR_LINE = /^[（(]\s*(\d{4})\s*年度?\s*[)）]$/;
/** A title ending in 绩效目标(申报|批复|审批|自评)表 or 绩效自评表, with an optional "(2023年度)" after it. */
const TITLE = /绩效(?:目标)?[\u4e00-\u9fff]{0,4}表\s*(?:[（(]?\s*(\d{4})\s*年度?\s*[)）]?)?$/;
/** A title naming the project's goals without 表: “…项目绩效目标”, “…经费绩效目标设定的公示”. */
const NOTICE_TITLE = /(?:项目|经费|资金|专项)绩效目标(?:设定|申报|批复)?(?:的)?(?:公示|公告)?$/;
const UNIT_IN_TEXT = /单位\s*[:：]\s*(万元|元)/;
/** A header label of a per-unit amount (人均补助标准, 单价, 每亩补助): its money unit declares nothing for the table. */
const PER_UNIT_LABEL = /标准|单价|人均|生均|户均|亩均|每/;

interface HeaderSpec {
  /** The indicator and its target written in one cell (一级指标 | 年度绩效总目标: “开展文物安全巡查频次8次”). */
  combined?: boolean;
  r: number;
  c1: number; // 一级指标 column (the first role column of a table without one)
  right: number; // last header column incl. its merge
  /** l1 / l2 are -1 when the form prints no such column (NO_LEVEL). */
  cols: { l1: number; l2: number; l3: number; value: number } & Partial<Record<HeaderRole, number>>;
  valueKey: string;
  /** Header rows (2 when the value column's title spans sub-titles in the row below: 计算符号 | 数值 | 计量单位). */
  height?: number;
  /** The column of the 年度 block's 指标值 when that block was left blank and the 中期 block is read instead. */
  annualBlockEmpty?: number;
}

/** Rows a side-by-side block is looked at for content (a table's indicator block is rarely longer). */
const BLOCK_LOOK_ROWS = 60;

/** The 三级 and 指标值 columns of one of two blocks printed side by side. */
interface Block {
  l3: number;
  value: number;
}

/** Whether `block` is blank on every row below the header row `r` (up to BLOCK_LOOK_ROWS or the table's end). */
function blockBlank(g: GridView, r: number, block: Block, beside: Block): boolean {
  const last = Math.min(g.nRows - 1, r + BLOCK_LOOK_ROWS);
  let gap = 0;
  for (let i = r + 1; i <= last; i++) {
    if (g.text(i, block.l3) !== "" || g.text(i, block.value) !== "") return false;
    // Two rows blank in both blocks end the table: what follows (the next project's table on the sheet) is not this
    // block's content.
    gap = g.text(i, beside.l3) === "" && g.text(i, beside.value) === "" ? gap + 1 : 0;
    if (gap >= 2) break;
  }
  return true;
}

/**
 * The columns 指标值 stands over: its merge, or — the merge lost or written out, as exports and copies do — the cells
 * right of it that are blank or repeat its title.
 */
function valueTitleSpan(g: GridView, r: number, c: number): { left: number; right: number } {
  const m = g.mergeAt(r, c);
  if (m) return { left: m.left, right: m.right };
  const title = g.text(r, c);
  // A title row's trailing blanks may not be stored: the row below, where the sub-titles are, bounds the span too.
  const end = Math.max(g.rowLength(r), r + 1 < g.nRows ? g.rowLength(r + 1) : 0);
  let right = c;
  while (right + 1 < end && (g.text(r, right + 1) === "" || g.text(r, right + 1) === title)) right++;
  return { left: c, right };
}

/**
 * 指标值 over sub-titles in the row below (计算符号 | 数值 | 计量单位, 符号 | 目标值 | 单位): the sub-columns take the
 * roles their titles name — the value is the one titled as a value — and the header is two rows high.
 */
function splitValueHeader(g: GridView, h: HeaderSpec): void {
  const m = valueTitleSpan(g, h.r, h.cols.value);
  const below = h.r + 1;
  if (m.right === m.left || below >= g.nRows) return;
  const sub: Partial<Record<HeaderRole, number>> = {};
  for (let c = m.left; c <= m.right; c++) {
    const t = g.text(below, c);
    const role = t ? headerRole(labelKey(t)) : null;
    if (role === "value" || role === "op" || role === "unit" || role === "kind" || role === "direction") sub[role] ??= c;
  }
  if (sub.value === undefined || Object.keys(sub).length < 2) return;
  for (const [role, c] of Object.entries(sub) as [HeaderRole, number][]) h.cols[role] = c;
  h.right = Math.max(h.right, m.right);
  h.height = 2;
}

/** Whether `a` lies in the lower row of the two-row header `h`. */
function inLowerHeaderRow(h: HeaderSpec, a: Anchor): boolean {
  return h.height === 2 && h.r === a.r - 1 && a.c >= h.c1 && a.c <= h.right;
}

/** A level column the form does not print. */
const NO_LEVEL = -1;

function isSpaceCode(code: number): boolean {
  return code <= 32 || code === 0x3000 || code === 0xa0 || code === 0xfeff;
}

/** The anchor this cell text makes at (r, c), or null for any other text. */
function classifyString(s: string, r: number, c: number): Anchor | null {
  const n = s.length;
  if (n === 0 || n > 200) return null;
  let i = 0;
  while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
  if (i === n) return null;
  let j = n - 1;
  while (j > i && isSpaceCode(s.charCodeAt(j))) j--;
  const ch = s.charCodeAt(i);
  // Title line "1.“领潮计划”专项培训绩效目标表" (表 = U+8868), also "…绩效目标申报表 (2023年度)", "…绩效自评表".
  if (s.charCodeAt(j) === 0x8868 && j - i >= 4 && s.slice(j - 4, j + 1) === "绩效目标表") return new Anchor(r, c, "title", s.slice(i, j + 1));
  if (n <= 120 && s.indexOf("绩效") >= 0) {
    const t = TITLE.exec(s.slice(i, j + 1));
    if (t) return new Anchor(r, c, "title", s.slice(i, j + 1), undefined, t[1] ? Number(t[1]) : undefined);
    // A notice's title without 表 (…种植项目绩效目标设定的公示, 表1:…工作经费项目绩效目标): long, and never a form label.
    if (j - i >= 9 && NOTICE_TITLE.test(s.slice(i, j + 1)) && !labelKind(labelKey(s))) return new Anchor(r, c, "title", s.slice(i, j + 1));
  }
  if (n <= 60 && s.indexOf("单位") >= 0) {
    const m = UNIT_IN_TEXT.exec(s);
    if (m) return new Anchor(r, c, "unit", m[0], m[1] as MoneyUnit);
  }
  if ((ch === 0x28 || ch === 0xff08) && n <= 30) {
    const m = YEAR_LINE.exec(s.slice(i, j + 1));
    if (m) return new Anchor(r, c, "year", m[0], undefined, Number(m[1]));
  }
  if (n <= 40 && LABEL_FIRST.has(ch)) {
    const key = labelKey(s);
    const kind = labelKind(key);
    if (kind) return new Anchor(r, c, kind, key);
    if (key.startsWith("指标值")) return new Anchor(r, c, key.includes("依据") ? "basis" : "value", key);
    // "预算数（万元）", "资金总额（元）": the label with its unit in brackets.
    const u = /^(.+)（(万元|元)）$/.exec(key);
    if (u) {
      const k2 = labelKind(u[1]);
      if (k2 === "budget" || k2 === "fiscal" || k2 === "other" || k2 === "budgetGroup") return new Anchor(r, c, k2, u[1], u[2] as MoneyUnit);
    }
  }
  // Any other short header text with a money unit in brackets ("投入目标（万元）", "年初安排金额(万元)", "年度预算申请
  // (万元)"): a declaration of the unit (HEADER_UNIT_CONFLICT), never a label and never the end of a block.
  if (n <= 30) {
    const last = s.charCodeAt(j);
    if (last === 0xff09 || last === 0x29) {
      // A label, not an amount written with its unit in brackets ("36（万元）" stays a value); a score may follow the
      // unit (预算执行情况(万元) (20分), a 自评 form's section title).
      const u = /^[\u4e00-\u9fff][^\d]*[（(]\s*(万元|元)\s*[）)](?:\s*[（(]\s*\d{1,3}\s*分\s*[）)])?$/.exec(s.slice(i, j + 1));
      // A rate per head or per item (人均补助标准（元）, 单价（元）) is counted in its own unit, not the table's.
      if (u && !PER_UNIT_LABEL.test(u[0])) return new Anchor(r, c, "moneyUnit", labelKey(s), u[1] as MoneyUnit);
    }
  }
  // "2.市级资金", "中央", "项目支出": a 其中 line of the funds block (never ends an indicator block: NON_STOP).
  if (n <= 16 && FUND_PART_FIRST.has(ch)) {
    const key = labelKey(s);
    if (fundPartOf(key)) return new Anchor(r, c, "fundPart", key);
  }
  if (LABEL_FIRST.has(ch)) {
    // "项目名称：某项目" (label and value in one cell).
    let colon = -1;
    for (let k = i + 1; k < Math.min(n, i + 14); k++) {
      const code = s.charCodeAt(k);
      if (code === 0xff1a || code === 0x3a) {
        colon = k;
        break;
      }
    }
    if (colon > 0) {
      const key = labelKey(s.slice(i, colon));
      const kind = labelKind(key);
      const rest = cleanString(s.slice(colon + 1));
      if (kind && INLINE_KINDS.has(kind) && rest !== "") return new Anchor(r, c, kind, key, undefined, undefined, rest);
    }
  }
  return null;
}

export function scanTables(grid: SheetGrid): PerfTable[] {
  const g = new GridView(grid);
  if (g.nRows === 0 || g.nCols === 0) return [];

  // ---- 1. anchors -------------------------------------------------------------------------
  // In row order (the pass walks rows top-down): AnchorsByRow indexes them by row afterwards.
  const anchors: Anchor[] = [];
  const years: Anchor[] = [];
  const l1Cells: Anchor[] = [];
  const nameCells: Anchor[] = [];
  for (let r = 0; r < g.nRows; r++) {
    const row = g.rows[r];
    const len = Math.min(row.length, g.nCols);
    for (let c = 0; c < len; c++) {
      const v = row[c];
      if (typeof v !== "string") continue;
      const a = classifyString(halfWidthAlnum(v), r, c);
      if (!a) continue;
      anchors.push(a);
      if (a.kind === "year") years.push(a);
      if (a.kind === "l1") l1Cells.push(a);
      // 三级指标 with a value column and no 一级/二级 on its row (序号 | 三级指标 | 年度指标值, 071) is a name column too.
      if (a.kind === "lname" || a.kind === "l3") nameCells.push(a);
    }
  }
  if (l1Cells.length === 0 && nameCells.length === 0) return [];
  const anchorsByRow = new AnchorsByRow(anchors, g.nRows);

  // ---- 2. indicator header rows -------------------------------------------------------------
  const headers: HeaderSpec[] = [];
  for (const a of l1Cells) {
    // The lower row of a two-row header that writes the level titles out again (一级指标 | … | 运算符 | 数值 | 单位
    // under 一级指标 | … | 指标值 written out over its three columns) is part of the header above, not one of its own.
    // Headers are pushed in row order here, so only the last ones (the row above) can hold it.
    let lower = false;
    for (let i = headers.length - 1; i >= 0 && headers[i].r >= a.r - 1 && !lower; i--) lower = inLowerHeaderRow(headers[i], a);
    if (lower) continue;
    const rowAnchors = anchorsByRow.list(a.r);
    // The header runs from this 一级指标 to the next 一级指标 on the same row (side-by-side tables).
    let end = g.rowLength(a.r) - 1;
    for (const b of rowAnchors) if (b.kind === "l1" && b.c > a.c && b.c - 1 < end) end = b.c - 1;
    const cols: Partial<Record<HeaderRole, number>> = {};
    const periods: Partial<Record<HeaderRole, HeaderPeriod>> = {};
    let right = a.c;
    let valueKey = "";
    // Roles printed a second time with no period mark (the central form's 中期 | 年度 blocks under one 一级).
    const later: Partial<Record<HeaderRole, number>> = {};
    let laterValueKey = "";
    for (let c = a.c; c <= end; c++) {
      const t = g.text(a.r, c);
      if (!t) continue;
      const key = labelKey(t);
      const role = headerRole(key);
      if (!role) continue;
      // Two blocks side by side (长期 | 年度, as 湖北 and 广东 print them): the first column of a role, unless a
      // later one is marked 年度 — the budget year's targets are what the table is checked for.
      const period = indicatorHeaderKey(key).period;
      if (cols[role] !== undefined && period === null && periods[role] === null && later[role] === undefined) {
        later[role] = c;
        if (role === "value") laterValueKey = key;
      }
      if (cols[role] !== undefined && !(period === "annual" && periods[role] !== "annual")) continue;
      cols[role] = c;
      periods[role] = period;
      if (role === "value") valueKey = key;
      const m = g.mergeAt(a.r, c);
      right = Math.max(right, m ? m.right : c);
    }
    operatorBesideNature(g, a.r, a.c, end, cols);
    // Unmarked blocks side by side: the forms that print them (财政部 申报表 and its provincial copies, 018 东莞, 068
    // 六安) put 中期 first and 年度 second, so the later block holds the budget year's targets.
    // …unless the 年度 block was left blank (its 三级 and 指标值 empty under the header) while the first one is filled
    // (190 太**: only the 中期 block written): the first block is then read, and the table says the 年度 one is empty.
    let annualBlockEmpty = false;
    if (later.l3 !== undefined && later.value !== undefined && cols.l3 !== undefined && cols.value !== undefined) {
      const first: Block = { l3: cols.l3, value: cols.value };
      const second: Block = { l3: later.l3, value: later.value };
      annualBlockEmpty = blockBlank(g, a.r, second, first) && !blockBlank(g, a.r, first, second);
    }
    if (later.l3 !== undefined && later.value !== undefined && !annualBlockEmpty) {
      for (const [role, c] of Object.entries(later) as [HeaderRole, number][]) {
        cols[role] = c;
        const m = g.mergeAt(a.r, c);
        right = Math.max(right, m ? m.right : c);
      }
      valueKey = laterValueKey;
    }
    // A header on two rows: 绩效指标 merged over 一级 | 二级 | 三级 in the row below, 指标值 / 依据 … merged down both
    // rows (or written in the upper row only). The columns this row leaves blank take their title from the row above.
    if (cols.value === undefined && cols.l1 !== undefined && cols.l2 !== undefined && a.r > 0) {
      for (let c = a.c; c <= end; c++) {
        if (g.text(a.r, c) !== "" || Object.values(cols).includes(c)) continue;
        const t = g.text(a.r - 1, c);
        if (!t) continue;
        const key = labelKey(t);
        const role = headerRole(key);
        if (!role || role === "l1" || role === "l2" || role === "l3" || cols[role] !== undefined) continue;
        cols[role] = c;
        periods[role] = indicatorHeaderKey(key).period;
        if (role === "value") valueKey = key;
        const m = g.mergeAt(a.r - 1, c);
        right = Math.max(right, m ? m.right : c);
      }
    }
    // Three level columns and no title this reader knows for the value (指标值 under a name of its own: 考核值, 年度
    // 任务): the first column right of 三级 with no role and no note's title is the value column when something is
    // written below it.
    if (cols.value === undefined && cols.l1 !== undefined && cols.l2 !== undefined && cols.l3 !== undefined) {
      const c = valueColumnByContent(g, a.r, cols.l3, end);
      if (c !== null) {
        cols.value = c;
        valueKey = labelKey(g.text(a.r, c));
        const m = g.mergeAt(a.r, c);
        right = Math.max(right, m ? m.right : c);
      }
    }
    // 一级 and 三级 found, the column between them titled in a way this reader does not know (指标分类): it is the 二级
    // when its cells are level names (数量指标, 质量指标 …).
    if (cols.l2 === undefined && cols.l1 !== undefined && cols.l3 !== undefined && cols.l3 - cols.l1 >= 2) {
      const c = level2ColumnByContent(g, a.r, cols.l1, cols.l3);
      if (c !== null) cols.l2 = c;
    }
    if (cols.l3 === undefined && cols.l2 !== undefined && cols.value !== undefined) {
      const name = nameColumnBetween(g, a.r, cols.l2, cols.value);
      if (name !== null) cols.l3 = name;
    }
    // 一级指标 | 二级指标 | … | 指标值 and no 三级 (湖北 市直 form, 240): the 二级 column holds the indicators' names,
    // and the 一级 column the categories — 二级 ones (数量指标, 质量指标 …) or 一级 ones.
    if (cols.l3 === undefined && cols.l1 !== undefined && cols.l2 !== undefined && cols.value !== undefined && cols.l2 < cols.value) {
      const shifted = levelsOfTwoLevelHeader(g, a.r, cols.l1, cols.l2);
      if (shifted) Object.assign(cols, shifted);
    }
    if (cols.l1 === undefined || cols.l2 === undefined || cols.l3 === undefined || cols.value === undefined) {
      const combined = cols.l2 === undefined && cols.l3 === undefined && cols.value === undefined ? combinedHeader(g, a, end) : null;
      if (combined) headers.push(combined);
      continue;
    }
    const spec: HeaderSpec = { r: a.r, c1: a.c, right, cols: cols as HeaderSpec["cols"], valueKey };
    if (annualBlockEmpty) spec.annualBlockEmpty = later.value;
    splitValueHeader(g, spec);
    headers.push(spec);
  }
  // Forms without the three level columns: a row with a name column (指标名称 / 指标) and a value column, and no
  // full header already found on it; an 一级指标 / 指标类型 column left of the name is the 一级.
  for (const a of nameCells) {
    // A 绩效指标 cell over the level columns of a two-row header is that header's top row, not a name column.
    if (headers.some((h) => h.r === a.r || (h.r === a.r + 1 && a.c >= h.c1 && a.c <= h.right) || inLowerHeaderRow(h, a))) continue;
    const levelLess = levelLessHeader(g, a);
    if (levelLess) headers.push(levelLess);
  }
  headers.sort((x, y) => x.r - y.r || x.c1 - y.c1);

  // ---- 3./4. tables -----------------------------------------------------------------------------
  const done: { bottom: number; wl: number; wr: number }[] = [];
  const tables: PerfTable[] = [];
  // A header row repeated inside a block (page-break copies in exported sheets) continues that block.
  const repeated = new Set<HeaderSpec>();
  const headersByRow = new Map<number, HeaderSpec[]>();
  for (const h of headers) {
    let list = headersByRow.get(h.r);
    if (!list) headersByRow.set(h.r, (list = []));
    list.push(h);
  }
  for (let hi = 0; hi < headers.length; hi++) {
    const h = headers[hi];
    if (repeated.has(h)) continue;
    const wl = Math.max(0, h.c1 - 1);
    // A table to the right (header within 60 rows) bounds this table's window. Headers are sorted by row,
    // so only neighbours in that row band are looked at (no quadratic scan over thousands of tables).
    let wr = g.nCols - 1;
    for (let k = hi - 1; k >= 0 && h.r - headers[k].r <= 60; k--) if (headers[k].c1 > h.right) wr = Math.min(wr, headers[k].c1 - 2);
    for (let k = hi + 1; k < headers.length && headers[k].r - h.r <= 60; k++) if (headers[k].c1 > h.right) wr = Math.min(wr, headers[k].c1 - 2);
    wr = Math.max(wr, h.right);
    // The header part starts below the last table above it in overlapping columns (the most recent 64
    // tables are enough: more side-by-side columns than that do not occur in these forms).
    let zoneTop = 0;
    for (let k = done.length - 1; k >= 0 && k >= done.length - 64; k--) {
      const d = done[k];
      if (d.bottom < h.r && d.wl <= wr && d.wr >= wl) zoneTop = Math.max(zoneTop, d.bottom + 1);
    }
    const table = buildTable(g, h, wl, wr, zoneTop, anchors, anchorsByRow, years, headersByRow, repeated);
    done.push({ bottom: table.bottom, wl, wr });
    tables.push(table.table);
  }
  // Sort keys parsed once per table, not in every comparison (a sheet can hold thousands of tables).
  const keyed = tables.map((t, i) => ({ t, i, top: rangeTop(t), left: rangeLeft(t) }));
  keyed.sort((x, y) => x.top - y.top || x.left - y.left || x.i - y.i);
  return keyed.map((k) => k.t);
}

/**
 * The 三级 column of a header that titles it in its own words (湖北 青山 一级指标 | 二级指标 | 指标内容 | 指标值, 具体指标,
 * 考核指标, 绩效指标名称): the first titled column right of 二级 and left of the value whose title names an indicator
 * and is no other role. Its place between the two levels it belongs to says what it is.
 */
const NAME_COLUMN_TITLE = /指标|考核内容|考核项目/;
function nameColumnBetween(g: GridView, r: number, l2: number, value: number): number | null {
  for (let c = l2 + 1; c < value; c++) {
    const t = g.text(r, c);
    if (!t) continue;
    const key = labelKey(t);
    if (headerRole(key) === null && NAME_COLUMN_TITLE.test(key) && !/指标值/.test(key)) return c;
    return null;
  }
  return null;
}

/** A column holding indicators with their targets in one text (湖北 荆门: 一级指标 | 年度绩效总目标). */
const COMBINED_COLUMN = /^(?:年度|本年度)?(?:绩效)?(?:总体?)?目标$|^年度绩效总目标$|^(?:绩效)?指标(?:及|和)?(?:指标值|目标值)$|^(?:绩效)?指标内容$/;

/**
 * 一级指标 followed by one such column and nothing else of an indicator header: the indicators are the lines of that
 * column, each name and target in one cell (split by splitCombined when read).
 */
function combinedHeader(g: GridView, a: Anchor, end: number): HeaderSpec | null {
  let col = -1;
  for (let c = a.c + 1; c <= end; c++) {
    const t = g.text(a.r, c);
    if (!t) continue;
    if (col >= 0 || !COMBINED_COLUMN.test(indicatorHeaderKey(labelKey(t)).key)) return null;
    col = c;
  }
  if (col < 0) return null;
  const m = g.mergeAt(a.r, col);
  return { combined: true, r: a.r, c1: a.c, right: m ? m.right : col, cols: { l1: a.c, l2: NO_LEVEL, l3: col, value: col }, valueKey: "" };
}

/** The target at the end of a combined cell: “频次8次” → 8次, “合格率≥86%。” → ≥86%; null when there is none. */
const TRAILING_TARGET = /(?:≥|≤|>=|<=|＞=|＜=|[><=＞＜＝≧≦]|不低于|不少于|不高于|不超过|达到)?\s*\d[\d,，]*(?:\.\d+)?\s*[%％\u4e00-\u9fff/·]{0,5}$/;
export function splitCombined(text: string): { name: string; value: string } {
  const t = text.replace(/[。；;，,\s]+$/, "");
  const m = TRAILING_TARGET.exec(t);
  if (!m || m.index === 0) return { name: t, value: t };
  return { name: t.slice(0, m.index).trim(), value: m[0].trim() };
}

/** A titled header cell that is no column role the reader knows (a level column titled in the form's own words). */
function untitledRole(g: GridView, r: number, c: number): boolean {
  const t = g.text(r, c);
  return t !== "" && headerRole(labelKey(t)) === null && labelKind(labelKey(t)) === undefined;
}

/** The header of a table without the three level columns, from its name-column anchor; null when it is none. */
function levelLessHeader(g: GridView, a: Anchor): HeaderSpec | null {
  const cols: Partial<Record<HeaderRole, number>> = { l3: a.c };
  let l1 = NO_LEVEL;
  let l2 = NO_LEVEL;
  let left = a.c;
  let right = a.c;
  let valueKey = "";
  const n = g.rowLength(a.r);
  for (let c = 0; c < n; c++) {
    if (c === a.c) continue;
    const t = g.text(a.r, c);
    if (!t) continue;
    const key = labelKey(t);
    const k = indicatorHeaderKey(key).key;
    // 指标类型 / 指标类别 left of the name is the 一级 (产出指标 / 效益指标 …), not the 定性/定量 kind.
    if (c < a.c && (k === "一级指标" || k === "一级" || k === "指标类型" || k === "指标类别")) {
      l1 = c;
      left = Math.min(left, c);
      continue;
    }
    const role = headerRole(key);
    // 中期目标 | 年度目标: a second value column marked for the budget year is the one read.
    const annualValue = role === "value" && indicatorHeaderKey(key).period === "annual" && indicatorHeaderKey(valueKey).period !== "annual";
    if (!role || role === "l3" || (cols[role] !== undefined && !annualValue)) continue;
    if (role === "l1") l1 = c;
    else if (role === "l2") l2 = c;
    else cols[role] = c;
    if (role === "value") valueKey = key;
    left = Math.min(left, c);
    const m = g.mergeAt(a.r, c);
    right = Math.max(right, m ? m.right : c);
  }
  if (cols.value === undefined) return null;
  operatorBesideNature(g, a.r, 0, n - 1, cols);
  // An evaluation form (评价指标 | 评价内容 | 指标名称, 051 宁晋): two titled columns of no other role right before the
  // name column, the nearer one holding a level name (制度指标, 产出数量指标) in the first row, are the 一级 and 二级.
  if (l1 === NO_LEVEL && l2 === NO_LEVEL && a.c >= 2 && untitledRole(g, a.r, a.c - 1) && untitledRole(g, a.r, a.c - 2) && looksLikeLevelLabel(g.text(a.r + 1, a.c - 1))) {
    l1 = a.c - 2;
    l2 = a.c - 1;
    left = Math.min(left, l1);
  }
  return { r: a.r, c1: left, right, cols: { ...cols, l1, l2, l3: a.c, value: cols.value }, valueKey };
}

function rangeTop(t: PerfTable): number {
  return parseRangeA1(t.range)?.top ?? 0;
}
function rangeLeft(t: PerfTable): number {
  return parseRangeA1(t.range)?.left ?? 0;
}

/** Index of the first anchor on or after row r (anchors are in row order). */
function firstAnchorFrom(anchors: Anchor[], r: number): number {
  let lo = 0;
  let hi = anchors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (anchors[mid].r < r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function buildTable(
  g: GridView,
  h: HeaderSpec,
  wl: number,
  wr: number,
  zoneTop: number,
  anchors: Anchor[],
  anchorsByRow: AnchorsByRow,
  years: Anchor[],
  headersByRow: Map<number, HeaderSpec[]>,
  repeated: Set<HeaderSpec>,
): { table: PerfTable; bottom: number } {
  // ---- indicator rows
  const roleCols = [h.cols.l1, h.cols.l2, h.cols.l3, h.cols.value, h.cols.desc, h.cols.basis].filter((c): c is number => c !== undefined && c !== NO_LEVEL);
  const indicatorRows: number[] = [];
  let blanks = 0;
  for (let r = h.r + (h.height ?? 1); r < g.nRows; r++) {
    if (anchorsByRow.has(r) && anchorsByRow.some(r, (a) => a.c >= wl && a.c <= wr && !NON_STOP.has(a.kind) && !isLabelWordInIndicator(g, r, a, h))) {
      const rowAnchors = anchorsByRow.list(r);
      // The same indicator header again, right after indicator rows, with nothing but the header on the row.
      const again = indicatorRows.length > 0 && blanks === 0 ? headersByRow.get(r)?.find((o) => o.c1 === h.c1 && sameColumns(o, h)) : undefined;
      if (again && rowAnchors.every((a) => a.c < wl || a.c > wr || a.kind === "l1" || NON_STOP.has(a.kind))) {
        repeated.add(again);
        continue;
      }
      break;
    }
    const kind = classifyRow(g, r, wl, wr, h, roleCols);
    if (kind === "blank") {
      if (++blanks > 2) break;
      continue;
    }
    if (kind === "other") break;
    // After a blank line, a row with neither 三级 nor 指标值 (a goal sentence of the next project's table on the same
    // sheet, printed without its label) does not continue the block.
    if (blanks > 0 && g.text(r, h.cols.l3) === "" && (h.cols.value === undefined || g.text(r, h.cols.value) === "")) break;
    // A blank line is only inside the block when indicator rows follow it.
    blanks = 0;
    indicatorRows.push(r);
  }
  const bottom = indicatorRows.length ? indicatorRows[indicatorRows.length - 1] : h.r;
  const { indicators, outline } = readIndicators(g, h, indicatorRows);

  // ---- header part: anchors between the previous table and this header, inside the window
  const zone: Anchor[] = [];
  for (let i = firstAnchorFrom(anchors, zoneTop); i < anchors.length; i++) {
    const a = anchors[i];
    if (a.r >= h.r) break;
    if (a.c >= wl && a.c <= wr) zone.push(a);
  }
  let bodyTop = h.r;
  for (const a of zone) if (BODY.has(a.kind)) bodyTop = Math.min(bodyTop, a.r);
  let titleAnchor: Anchor | undefined;
  for (const a of zone) if (a.kind === "title" && a.r <= bodyTop) titleAnchor = a;
  let top = titleAnchor ? titleAnchor.r : bodyTop;
  let unit: MoneyUnit = "万元";
  let unitFound = false;
  for (const a of zone) {
    if (a.kind === "unit" && !unitFound && a.r >= top - 2) {
      unit = a.unit ?? "万元";
      unitFound = true;
      if (a.r < top) top = a.r;
    }
  }
  // Every declaration of the money unit in the header part (HEADER_UNIT_CONFLICT, MONEY_UNIT_INCOMPLETE).
  const unitSources: UnitSource[] = [];
  for (const a of zone) {
    if (a.unit === undefined || a.r < top) continue;
    if (a.kind === "unit" || a.kind === "budget" || a.kind === "fiscal" || a.kind === "other" || a.kind === "budgetGroup" || a.kind === "moneyUnit") {
      unitSources.push({ unit: a.unit, kind: a.kind === "unit" ? "line" : "label", text: g.text(a.r, a.c), cell: g.addr(a.r, a.c) });
    }
  }
  const first = new Map<AnchorKind, Anchor>();
  for (const a of zone) if (a.r >= top && !first.has(a.kind)) first.set(a.kind, a);
  // A label whose next cell is a label of the same field is a group title over it (项目金额（万元） | 年度资金总额 |
  // 2279.048, 032 蒙城): the field's value is the inner label's.
  for (const [kind, a] of first) {
    const inner = nextLabelOfKind(g, a, zone, wr);
    if (inner) first.set(kind, inner);
  }
  // No 单位 line: a unit written on the budget label ("预算数（万元）") decides.
  if (!unitFound) {
    const withUnit = first.get("budget")?.unit ?? first.get("budgetGroup")?.unit ?? first.get("fiscal")?.unit ?? first.get("moneyUnit")?.unit;
    if (withUnit) unit = withUnit;
  }
  const isAnchorAt = (r: number, c: number): boolean => anchorsByRow.some(r, (a) => a.c === c && a.kind !== "skip");
  // Header values are looked for up to the header part's own right edge, not the indicator block's (which may be wider).
  const hr = headerRight(g, top, h.r, wl, wr);

  const v = (kind: AnchorKind): CellText | undefined => {
    const a = first.get(kind);
    return a ? valueOf(g, a, wr, isAnchorAt, hr) : undefined;
  };
  const title = titleAnchor ? g.cell(titleAnchor.r, titleAnchor.c) : undefined;
  const projectCode = v("code");
  let projectName = v("name");
  if (!projectName || projectName.text === "") {
    const dept = v("dept");
    if (dept && dept.text) projectName = dept;
    else if (title) {
      const name = nameFromTitle(title.text);
      if (name) projectName = copyCell(title, name, title.raw);
    }
  }
  let budget = v("budget");
  // 项目资金（万元） | 86.4 | 其中：自治区资金 | 60: the group label with an amount right beside it is the budget line.
  if (!budget) {
    const group = v("budgetGroup");
    if (group && /^\d[\d,]*(?:\.\d+)?$/.test(group.text.trim())) budget = group;
  }
  // 年度预算数（万元） | 合计 | 财政拨款 | 其他资金 over a row of amounts: the total is under 合计.
  // The row of a list's 合计 the budget was read from: the fund parts printed beside it are read on that row too.
  let listTotalRow = -1;
  if (budget && TOTAL_WORD.test(budget.text)) {
    const total = totalUnder(g, budget, h.r);
    if (total && total.row > budget.row + 1) listTotalRow = total.row;
    budget = total ?? budget;
  }
  // 中期资金总额 | 年度资金总额 side by side, each over its own 其中：财政拨款 / 其他资金 (the central form): the parts of the
  // column the budget was read from.
  const budgetAt = first.get("budget");
  // …or titles over the columns of a funds matrix, its rows 资金总额 / 其中：财政拨款 / 其他资金: the budget is the amount
  // under 年度资金总额 on the 资金总额 row, and each part is on its own row in that column.
  let matrixCol = -1;
  if (budgetAt && zone.some((a) => a.kind === "budget" && a.r === budgetAt.r + 1 && a.c < budgetAt.c)) {
    const under = g.cell(budgetAt.r + 1, budgetAt.c);
    const readUnder = budget && budget.row === under.row && budget.col === under.col;
    if (readUnder || ((!budget || budget.text === "") && AMOUNT_ONLY.test(under.text.trim()))) {
      budget = under;
      matrixCol = budgetAt.c;
    }
  }
  const partOfBudget = (kind: AnchorKind): CellText | undefined => {
    if (matrixCol >= 0) {
      const row = zone.find((a) => a.kind === kind && a.r > budgetAt!.r && a.c < matrixCol);
      if (row) return g.cell(row.r, matrixCol);
    }
    let best = first.get(kind);
    if (!best || !budgetAt) return v(kind);
    for (const a of zone) if (a.kind === kind && a.r >= top && Math.abs(a.c - budgetAt.c) < Math.abs(best.c - budgetAt.c)) best = a;
    const value = valueOf(g, best, wr, isAnchorAt, hr);
    // 财政拨款 | 其他资金 titles over a list of tasks: the part is on the list's 合计 row, not on its first task.
    if (value && listTotalRow > value.row && value.row > best.r) return g.cell(listTotalRow, value.col);
    // …and a title with nothing written beside or under it in the header part (the list's last column) has it there
    // too: its blank neighbour is the next column of the sheet, not the part's value.
    if ((!value || value.text === "") && listTotalRow > best.r && g.text(listTotalRow, best.c) !== "") return g.cell(listTotalRow, best.c);
    return value;
  };
  const fiscal = partOfBudget("fiscal");
  const other = partOfBudget("other");
  // Tables print several goals (总体目标 | 中期目标 | 年度目标, 中长期绩效目标 over 本年度绩效目标): the budget year's
  // goal when it is filled in (the table is checked for that year), else the first one filled in. A goal label with
  // nothing on its right has its text in the row below (003 清涧 "总 | 年度目标"; 自评表 年度总体目标 | 预期目标 over the
  // target text, 012 霍邱; the central form's 中期目标（2024年—2026年） | 年度目标 over the two texts).
  let goal = v("goal");
  let goalAnchor = first.get("goal");
  const filledGoals: { a: Anchor; cell: CellText }[] = [];
  for (const a of zone) {
    if (a.kind !== "goal" || a.r < top) continue;
    let cell = a === goalAnchor ? goal : valueOf(g, a, wr, isAnchorAt, hr);
    if (!cell || cell.text === "") cell = textBelow(g, a, wr, isAnchorAt);
    if (cell && cell.text !== "") filledGoals.push({ a, cell });
  }
  const chosen = filledGoals.find((x) => ANNUAL_GOAL.test(x.a.key)) ?? filledGoals[0];
  // 中期目标 filled beside a blank 年度目标 (190): the year's goal is missing, whatever the period's says; the period's
  // goal is kept with the other goals.
  const blankAnnual = chosen && !ANNUAL_GOAL.test(chosen.a.key) && isPeriodGoal(chosen.a.key)
    ? zone.find((a) => a.kind === "goal" && a.r >= top && ANNUAL_GOAL.test(a.key) && !filledGoals.some((x) => x.a === a))
    : undefined;
  if (blankAnnual) {
    const at = g.cell(blankAnnual.r + 1, blankAnnual.c);
    goal = new SheetCell("", at.raw, at.row, at.col);
    goalAnchor = blankAnnual;
  } else if (chosen) {
    goal = chosen.cell;
    goalAnchor = chosen.a;
  }
  // The goals not chosen (中期目标 beside 年度目标): kept so that a boilerplate one is still seen.
  const otherGoals = filledGoals.filter((x) => (blankAnnual || x !== chosen) && x.cell.cell !== goal?.cell).map((x) => x.cell);
  // A goal written as a numbered list, one item per row under its label (026 南岳: “1.对…发放就学补助；” then
  // “2.补助标准为…” with the label cell blank): the items are one goal.
  if (goal && goal.text !== "" && goalAnchor) goal = withNumberedLines(g, goalAnchor, goal, h.r, isAnchorAt);
  const supervisor = v("supervisor");
  const implementer = v("implementer");
  const attribute = v("attribute");
  const procurement = v("procurement");
  const projectBasis = v("projectBasis");
  const period = v("period");
  const overview = v("overview");
  const periodBudget = v("periodBudget");
  const fundParts: FundPart[] = [];
  // A part's word inside a list of tasks whose 合计 is the budget (对应项目 | 基本支出 on a task's row) is that task's
  // content, not a 其中 line of the budget.
  const budgetTitleRow = first.get("budget")?.r ?? top;
  const inTaskList = (a: Anchor) => listTotalRow >= 0 && a.r > budgetTitleRow && a.r < listTotalRow;
  for (const a of zone) if (a.kind === "fundPart" && a.r >= top && !inTaskList(a)) fundParts.push({ label: a.key, value: valueOf(g, a, wr, isAnchorAt, hr) });
  const purpose = v("purpose") ?? purposeUnder(g, first.get("budgetGroup"), wr, isAnchorAt);
  // Only the fields found, added in the order they always had (title, code, name, budget, fiscal, other, goal,
  // purpose). Deleting undefined keys afterwards turned every header into a slow dictionary-mode object.
  const header: TableHeader = {};
  if (title) header.title = title;
  if (projectCode) header.projectCode = projectCode;
  if (projectName) header.projectName = projectName;
  if (budget) header.budget = budget;
  if (fiscal) header.fiscal = fiscal;
  if (other) header.other = other;
  if (goal) header.goal = goal;
  if (purpose) header.purpose = purpose;
  if (supervisor) header.supervisor = supervisor;
  if (implementer) header.implementer = implementer;
  if (attribute) header.attribute = attribute;
  if (procurement) header.procurement = procurement;
  if (projectBasis) header.projectBasis = projectBasis;
  if (period) header.period = period;
  if (overview) header.overview = overview;
  if (periodBudget) header.periodBudget = periodBudget;
  if (otherGoals.length) header.otherGoals = otherGoals;
  if (fundParts.length) header.fundParts = fundParts;

  const planAnchor = first.get("plan");
  const plan = planAnchor ? readPlan(g, planAnchor, wr, h.r) : undefined;

  const layout: TableLayout = {
    hasCode: first.has("code"),
    hasPlan: !!planAnchor,
    hasBasis: h.cols.basis !== undefined,
    hasDescription: h.cols.desc !== undefined,
    // 预算规模及资金用途 asks for the purpose; 项目资金 / 资金情况 groups only hold the amounts.
    hasPurpose: first.has("purpose") || (first.get("budgetGroup")?.key.includes("用途") ?? false),
    hasFunds: first.has("fiscal"),
  };
  if (first.has("rateWeight")) layout.hasBudgetRateWeight = true;
  if (h.annualBlockEmpty !== undefined) layout.annualBlockEmptyCell = g.cell(h.r, h.annualBlockEmpty).cell;
  const levels = (h.cols.l1 === NO_LEVEL && !outline.l1 ? 0 : 1) + (h.cols.l2 === NO_LEVEL && !outline.l2 ? 0 : 1) + 1;
  if (levels === 1 || levels === 2) layout.levelColumns = levels;
  const chengdu = h.valueKey.includes("包含") || first.has("dept") || first.has("misc");
  const variant: TableVariant = chengdu ? "chengdu" : layout.hasCode || layout.hasPlan || layout.hasBasis ? "hebei" : "tianjin";

  let documentYear: number | undefined;
  for (const y of years) if (y.r < h.r && y.year !== undefined) documentYear = y.year;
  if (documentYear === undefined && titleAnchor?.year !== undefined) documentYear = titleAnchor.year;

  // ---- range: every non-blank cell and merge of the table's rows inside the window
  let left = h.c1;
  let right = h.right;
  for (let r = top; r <= bottom; r++) {
    const len = Math.min(g.rowLength(r), wr + 1);
    for (let c = wl; c < len; c++) {
      const raw = g.raw(r, c);
      if (raw == null || raw === "") continue;
      if (c < left) left = c;
      if (c > right) right = c;
    }
  }
  for (const m of g.mergesStartingIn(top, bottom)) {
    if (m.left > wr || m.right < wl) continue;
    if (m.left >= wl && m.left < left) left = m.left;
    if (m.right <= wr && m.right > right) right = m.right;
  }

  const table: PerfTable = {
    sheet: g.sheet,
    range: rangeA1(g.originRow + top, g.originCol + left, g.originRow + bottom, g.originCol + right),
    variant,
    unit,
    header,
    layout,
    indicatorHeaderCell: g.addr(h.r, h.c1),
    indicators,
  };
  table.unitSources = unitSources;
  if (plan) table.plan = plan;
  if (documentYear !== undefined) table.documentYear = documentYear;
  return { table, bottom };
}

function sameColumns(a: HeaderSpec, b: HeaderSpec): boolean {
  const x = a.cols;
  const y = b.cols;
  return x.l1 === y.l1 && x.l2 === y.l2 && x.l3 === y.l3 && x.value === y.value && x.desc === y.desc && x.basis === y.basis;
}

/** A sign-off line of a form (填报人：, 联系电话：, 单位负责人：, 填报日期：, 单位（盖章）). */
const SIGN_OFF = /^\s*(?:填报人|填表人|制表人|审核人|审批人|经办人|联系人|联系电话|电话|单位负责人|财务负责人|项目负责人|部门负责人|主要领导签字|负责人|填报日期|填表日期|填报时间|单位[（(]盖章[)）]|单位盖章|盖章)\s*[：:]/;

function classifyRow(g: GridView, r: number, wl: number, wr: number, h: HeaderSpec, roleCols: number[]): "blank" | "indicator" | "other" {
  const len = Math.min(g.rowLength(r), wr + 1);
  let any = false;
  for (let c = wl; c < len; c++) {
    // The 年度绩效指标 side label counts as blank (hosts that repeat a merged value put it on every row).
    // One text conversion per cell (g.isBlank then g.text converted it twice).
    const t = g.text(r, c);
    if (t !== "" && !isSideLabel(t)) {
      any = true;
      break;
    }
  }
  if (!any) return "blank";
  // 填报人：张三 | 联系电话：… — the form's sign-off line under the table ends the block.
  for (let c = wl; c < len; c++) if (SIGN_OFF.test(g.text(r, c))) return "other";
  for (const c of roleCols) {
    if (c === h.cols.l1 || g.isBlank(r, c)) continue;
    if (c === h.cols.l2 && isSideLabel(g.text(r, c))) continue;
    return "indicator";
  }
  const l1 = h.cols.l1 === NO_LEVEL ? "" : g.text(r, h.cols.l1);
  if (l1 !== "" && looksLikeLevelLabel(labelKey(l1))) return "indicator";
  return "other";
}

/**
 * A label word inside an indicator row, not the start of another header block: on a row whose 二级 cell holds a level
 * name, any cell beside the levels (项目金额 as the 三级 name under 成本指标, 046 淮北); on a row whose 一级 holds one,
 * the name, the value (a grade 一级 / 三级) or the description.
 */
function isLabelWordInIndicator(g: GridView, r: number, a: Anchor, h: HeaderSpec): boolean {
  if (a.c === h.cols.l1 || a.c === h.cols.l2) return false;
  if (holdsLevelName(g, r, h.cols.l2)) return true;
  if ((a.c === h.cols.l3 || a.c === h.cols.value || a.c === h.cols.desc) && holdsLevelName(g, r, h.cols.l1)) return true;
  // A basis or description that reads like a label (国家…项目绩效目标) beside a written name and value is that
  // indicator's text, not the next table's header — also where no level cell says so (the outline form, merged levels).
  const named = g.text(r, h.cols.l3) !== "" && !classifyString(g.text(r, h.cols.l3), r, h.cols.l3);
  return named && (a.c === h.cols.basis || a.c === h.cols.desc) && g.text(r, h.cols.value) !== "";
}

/** The cell of a level column holds a level name (a column the form does not print holds none). */
function holdsLevelName(g: GridView, r: number, c: number): boolean {
  if (c === NO_LEVEL) return false;
  const t = g.text(r, c);
  return t !== "" && looksLikeLevelLabel(labelKey(t));
}

/** 年度绩效指标: the 成都 form's side label (checked by first character before building a key). */
function isSideLabel(text: string): boolean {
  return text.charCodeAt(0) === 0x5e74 /* 年 */ && labelKey(text) === "年度绩效指标";
}

/**
 * The indicator rows, and which levels the form gives only as outline headings: a form without a 一级 (or 二级)
 * column that writes 一、产出指标 / （一）数量指标 on rows of their own above the indicators (指标 | 指标值). Such a
 * heading row, with nothing else on it, is no indicator: the rows under it take it as their level.
 */
function readIndicators(g: GridView, h: HeaderSpec, rows: number[]): { indicators: IndicatorRow[]; outline: { l1: boolean; l2: boolean } } {
  const out: IndicatorRow[] = [];
  let prev1: CellText | null = null;
  let prev2: CellText | null = null;
  const outline = { l1: false, l2: false };
  let heading1: CellText | null = null;
  let heading2: CellText | null = null;
  const levelLess = h.cols.l1 === NO_LEVEL || h.cols.l2 === NO_LEVEL;
  let rowsUnderHeading = 0;
  /** The empty indicator row of a heading with nothing under it, on the heading's own row. */
  const pushEmpty = (at: CellText): void => {
    const blank = (c: number): CellText => new SheetCell("", null, at.row, g.originCol + (c === NO_LEVEL ? h.cols.l3 : c));
    const l1 = heading1 && h.cols.l1 === NO_LEVEL ? heading1 : blank(h.cols.l1);
    const l2 = heading2 ?? blank(h.cols.l2);
    out.push(new IndicatorRecord(out.length, l1, l2, blank(h.cols.l3), blank(h.cols.value), undefined, undefined));
  };
  // 年度绩效指标 is a side label of the 成都 form, never a 一级/二级 value.
  const clearSkip = (ct: CellText, r: number, c: number): CellText => (isSideLabel(ct.text) ? new SheetCell("", rawValue(g.raw(r, c)), ct.row, ct.col) : ct);
  const hasParts = PART_ROLES.some((role) => h.cols[role] !== undefined);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const level3 = g.resolved(r, h.cols.l3);
    // A level the form does not print: an empty cell at the name cell (findings on it point at the indicator).
    const none = (): CellText => new SheetCell("", null, level3.row, level3.col);
    let l1 = h.cols.l1 === NO_LEVEL ? none() : clearSkip(g.resolved(r, h.cols.l1), r, h.cols.l1);
    if (l1.text === "" && h.cols.l1 !== NO_LEVEL && prev1 !== null && prev1.text !== "") l1 = g.filledCell(r, h.cols.l1, prev1.text, prev1.raw);
    let l2 = h.cols.l2 === NO_LEVEL ? none() : clearSkip(g.resolved(r, h.cols.l2), r, h.cols.l2);
    const sameGroup = prev1 !== null && l1.text === prev1.text;
    if (l2.text === "" && h.cols.l2 !== NO_LEVEL && sameGroup && prev2 !== null && prev2.text !== "") l2 = g.filledCell(r, h.cols.l2, prev2.text, prev2.raw);
    const parts = hasParts ? readParts(g, r, h) : undefined;
    let value = parts ? composeValue(parts) : g.resolved(r, h.cols.value);
    if (levelLess && !h.combined && value.text === "" && level3.text !== "" && isBareName(g, r, h)) {
      let level = outlineLevelOf(level3.text, heading1?.text ?? null);
      // 满意度指标 right under 满意度指标: the 二级 of the same name.
      if (level === 1 && heading1 && !heading2 && !rowsUnderHeading && normalizeLabel(heading1.text) === normalizeLabel(level3.text)) level = 2;
      // An unnumbered 满意度指标 inside an effect 一级 that has its 二级 headings, with an indicator right under it (四川's
      // old 项目效益指标 | 满意度指标): that 一级's 二级, as the column form reads it.
      if (level === 1 && heading2 && /效益/.test(heading1?.text ?? "") && normalizeLabel(level3.text) === "满意度指标" && level3.text.trim() === "满意度指标" && i + 1 < rows.length && g.text(rows[i + 1], h.cols.value) !== "") level = 2;
      if ((level === 1 && h.cols.l1 === NO_LEVEL) || (level === 2 && h.cols.l2 === NO_LEVEL)) {
        // 成本指标 right over 经济成本指标: the central framework's 一级, not the classic 二级 it was taken for.
        if (level === 2 && heading2 && !rowsUnderHeading && outlineLevelOf(heading2.text, null) === 1) [heading1, heading2, outline.l1] = [heading2, null, true];
        // A heading with no indicator under it (a 二级 left empty, as 数量指标 | blank in the column form) is one empty row.
        if (!rowsUnderHeading && (heading2 || (heading1 && level === 1))) pushEmpty(heading2 ?? heading1!);
        if (level === 1) [heading1, heading2, outline.l1] = [level3, null, true];
        else [heading2, outline.l2] = [level3, true];
        rowsUnderHeading = 0;
        continue;
      }
    }
    if (heading1 && h.cols.l1 === NO_LEVEL) l1 = g.filledCell(r, h.cols.l3, heading1.text, heading1.raw);
    if (heading2 && h.cols.l2 === NO_LEVEL) l2 = g.filledCell(r, h.cols.l3, heading2.text, heading2.raw);
    let name = level3;
    if (h.combined) {
      const split = splitCombined(level3.text);
      name = copyCell(level3, split.name, level3.raw);
      value = copyCell(level3, split.value, split.value);
    }
    const description = h.cols.desc !== undefined ? g.resolved(r, h.cols.desc) : undefined;
    const basis = h.cols.basis !== undefined ? g.resolved(r, h.cols.basis) : undefined;
    const rec = new IndicatorRecord(out.length, l1, l2, name, value, description, basis, parts);
    const nature = parts ? partsKind(parts) : null;
    if (nature) rec.nature = nature;
    out.push(rec);
    rowsUnderHeading++;
    prev1 = l1;
    prev2 = l2;
  }
  if (!rowsUnderHeading && (heading2 || heading1)) pushEmpty(heading2 ?? heading1!);
  return { indicators: out, outline };
}

/**
 * 指标性质 beside a column titled as the operator (指标性质 | 运算符 | 指标值 …), in either order: the operator is the one
 * so titled, and 指标性质 holds 定性 / 定量, the kind (it holds ≥ ≤ = only in exports without an operator column).
 */
function operatorBesideNature(g: GridView, r: number, c0: number, end: number, cols: Partial<Record<HeaderRole, number>>): void {
  const operatorTitled = columnTitled(g, r, c0, end, isOperatorTitle);
  const natureTitled = operatorTitled === null ? null : columnTitled(g, r, c0, end, (key) => key === "指标性质");
  if (operatorTitled === null || natureTitled === null) return;
  cols.op = operatorTitled;
  if (cols.kind === undefined) cols.kind = natureTitled;
}

/** The first column of header row `r` (columns c0 … end) whose title passes `test`, or null. */
function columnTitled(g: GridView, r: number, c0: number, end: number, test: (key: string) => boolean): number | null {
  for (let c = c0; c <= end; c++) {
    const t = g.text(r, c);
    if (t && test(indicatorHeaderKey(labelKey(t)).key)) return c;
  }
  return null;
}

/** Nothing on the row but its name: no description, basis or value part. */
function isBareName(g: GridView, r: number, h: HeaderSpec): boolean {
  for (const c of [h.cols.desc, h.cols.basis, ...PART_ROLES.map((role) => h.cols[role])]) if (c !== undefined && g.text(r, c) !== "") return false;
  return true;
}

/** The value columns of finance-system exports besides 指标值 (ValueParts). */
const PART_ROLES = ["op", "unit", "kind", "direction", "weight", "note", "standard"] as const;
const PART_NAMES = { op: "operator", unit: "unit", kind: "kind", direction: "direction", weight: "weight", note: "note", standard: "standard" } as const;

function readParts(g: GridView, r: number, h: HeaderSpec): ValueParts {
  const parts: ValueParts = { value: g.resolved(r, h.cols.value) };
  for (const role of PART_ROLES) {
    const c = h.cols[role];
    if (c !== undefined) parts[PART_NAMES[role]] = g.resolved(r, c);
  }
  return parts;
}

/** 定性/定量 from the row's own kind column, else from an 指标性质 column that holds it; null when neither says. */
function partsKind(parts: ValueParts): "定性" | "定量" | null {
  return valueKindOf(parts.kind?.text ?? "") ?? valueKindOf(parts.operator?.text ?? "");
}

/** What exports print in the 度量单位 column for "none": -, —, /, 无, N/A. */
const NO_UNIT_MARK = /^(?:[-—–－―/／\\]+|无|N\/?A)$/i;
/** Operators written as words (不少于600, 不高于5), longest first: 大于等于 before 大于. */
const OPERATOR_WORDS = "不少于|不低于|不小于|不多于|不高于|不超过|不大于|大于等于|小于等于|大于|小于|等于|达到";
/** A magnitude written after the number (1.5万 | 册): it scales the number, the 度量单位 column still names the unit. */
const MAGNITUDE = /[万亿千]/;
/**
 * A number as the 指标值 column of an export holds it: "95", "3,500", "0.5", "1.5万", "≥95", "不少于95" (the operator
 * already written). With a word operator the unit of the 度量单位 column still belongs after the number.
 */
const BARE_NUMBER = new RegExp(`^(?:[≥≤><=＞＜＝≧≦]|>=|<=|${OPERATOR_WORDS})?\\s*[+-]?\\d[\\d,，]*(?:\\.\\d+)?${MAGNITUDE.source}?$`);
/** A value that already starts with an operator, as a sign (═, ±) or a word: the operator column adds none. */
const HAS_OPERATOR = new RegExp(`^(?:[≥≤><=＞＜＝≧≦═±]|>=|<=|${OPERATOR_WORDS})`);

/** 正向 / 反向 (and 正/反向指标): a direction, which only implies ≥ / ≤ where no operator is written. */
function isDirectionWord(text: string): boolean {
  return /^\s*(正向|反向)/.test(text);
}

/**
 * The one value rules read, from an export's parts: operator + 指标值 + 度量单位 ("≧", 100, "%" → "≥100%").
 * The operator comes from 指标性质 (or, without one, 指标方向性 正向/反向) and is written only before a number; the
 * unit only after a bare number (a value that brings its own unit, "28.8万元", keeps it: the conflicting 度量单位
 * stays in `parts` for the unit rules). A 定性 value gets neither. The composed text is also the raw value (the
 * parser reads raw first); the cell stays the 指标值 cell.
 */
export function composeValue(parts: ValueParts): CellText {
  const value = parts.value;
  const text = value.text;
  // A dash or 无 in the 度量单位 column is "no unit" (exports print it on 定性 rows and unused lines), never a unit.
  const unitText = parts.unit?.text.replace(/\s+/g, "") ?? "";
  const unit = NO_UNIT_MARK.test(unitText) ? "" : unitText;
  // A symbol or word written in either column (=, ≥, 不低于) beats a direction word (正向 / 反向) in the other: exports
  // that swap the columns (指标性质 正向 | 指标方向 =) still mean "= 100%", not "≥ 100%".
  const fromOp = parts.operator ? operatorOf(parts.operator.text) : "";
  const fromDir = parts.direction ? operatorOf(parts.direction.text) : "";
  const swapped = fromOp !== "" && isDirectionWord(parts.operator?.text ?? "") && fromDir !== "" && !isDirectionWord(parts.direction?.text ?? "");
  const written = swapped ? fromDir : fromOp;
  if (text === "") {
    // No number but a unit written for the row ("≧ | | %", " | | 公里"): the half-filled value is kept, so the rules
    // see a value that is only a unit (VALUE_PLACEHOLDER), not an empty cell.
    return unit === "" ? value : copyCell(value, written + unit, written + unit);
  }
  if (partsKind(parts) === "定性") return value;
  let op = written || fromDir;
  const numeric = BARE_NUMBER.test(text);
  // 正向 | 100 | %: a direction only says higher is better; at the ceiling of a share the target is reaching it (=),
  // not exceeding it (a written ≥100% stays as written).
  const opSource = written ? (swapped ? parts.direction?.text : parts.operator?.text) : parts.direction?.text;
  if (op === "≥" && isDirectionWord(opSource ?? "") && /^[%％]$/.test(unit) && /^\s*100(?:\.0+)?\s*$/.test(text)) op = "=";
  if (!numeric || (!op && !unit)) return value;
  // 1.5万 | 万元: the magnitude is written in both columns once.
  const unitAfter = unit && MAGNITUDE.test(text.slice(-1)) && unit.startsWith(text.slice(-1)) ? unit.slice(1) : unit;
  const composed = (op && !HAS_OPERATOR.test(text) ? op : "") + text + (unitAfter && !text.endsWith(unit) ? unitAfter : "");
  return composed === text ? value : copyCell(value, composed, composed);
}

/** The column between 一级 and 三级 whose title has no role and whose filled cells (up to eight) are mostly level names. */
function level2ColumnByContent(g: GridView, r: number, l1: number, l3: number): number | null {
  for (let c = l1 + 1; c < l3; c++) {
    const t = g.text(r, c);
    if (t && headerRole(labelKey(t))) continue;
    const cells = cellsBelow(g, r, c);
    if (cells.length >= 1 && levelNameCount(cells) * 2 > cells.length) return c;
  }
  return null;
}

/** How many of the cells are level names (数量指标, 产出 …). */
function levelNameCount(cells: readonly string[]): number {
  return cells.filter((t) => looksLikeLevelLabel(formKey(labelKey(t)))).length;
}

/** The first (at most 8) written cells below the header in column c. */
function cellsBelow(g: GridView, r: number, c: number): string[] {
  const out: string[] = [];
  for (let rr = r + 1; rr < g.nRows && out.length < 8; rr++) {
    const v = g.text(rr, c);
    if (v) out.push(v);
  }
  return out;
}

/**
 * A header titled 一级 | 二级 with no 三级, whose 二级 column holds names rather than level names: the 二级 column is
 * the name column, and the 一级 column is the 二级 when its cells are 二级 names (数量指标 …), else the 一级. Null when
 * the 二级 column holds level names (a form whose 三级 is simply missing).
 */
function levelsOfTwoLevelHeader(g: GridView, r: number, l1: number, l2: number): { l1: number; l2: number; l3: number } | null {
  const names = cellsBelow(g, r, l2);
  if (names.length < 2 || levelNameCount(names) * 2 >= names.length) return null;
  const groups = cellsBelow(g, r, l1);
  const second = groups.filter((t) => outlineLevelOf(t, "产出指标") === 2).length;
  const first = groups.filter((t) => outlineLevelOf(t, null) === 1 && outlineLevelOf(t, "产出指标") !== 2).length;
  return second > 0 && first === 0 ? { l1: NO_LEVEL, l2: l1, l3: l2 } : { l1, l2: NO_LEVEL, l3: l2 };
}

/** Column titles that are never the value even when unknown to headerRole (notes, explanations, sources, results). */
const NOT_VALUE_TITLE = /说明|备注|解释|释义|依据|来源|方法|口径|描述|内容|名称|分值|权重|得分|完成|实际|原因|偏差|措施|序号|类型|性质|单位|方向/;

/**
 * The value column of a header whose value title is unknown (考核值, 年度任务): the first titled column right of 三级
 * whose title has no role and is no note, with something written below it. Null otherwise.
 */
function valueColumnByContent(g: GridView, r: number, l3: number, end: number): number | null {
  for (let c = l3 + 1; c <= end; c++) {
    const t = g.text(r, c);
    if (!t) continue;
    const key = labelKey(t);
    if (headerRole(key) || NOT_VALUE_TITLE.test(key)) continue;
    for (let rr = r + 1; rr < Math.min(g.nRows, r + 40); rr++) if (g.text(rr, c) !== "") return c;
    return null;
  }
  return null;
}

/** The label of the same field in the first written cell right of `a` (outside its merge, within the window), if any. */
function nextLabelOfKind(g: GridView, a: Anchor, zone: readonly Anchor[], wr: number): Anchor | undefined {
  if (a.inline !== undefined) return undefined;
  const m = g.mergeAt(a.r, a.c);
  const own = g.text(a.r, a.c);
  for (let c = (m ? m.right : a.c) + 1; c <= Math.min(wr, g.nCols - 1); c++) {
    // The same title again is the label's merge written out (hosts that fill every cell of a merge), not a title under it.
    if (g.text(a.r, c) === "" || g.text(a.r, c) === own) continue;
    return zone.find((b) => b.r === a.r && b.c === c && b.kind === a.kind);
  }
  return undefined;
}

/**
 * The right edge of the header part (rows top … bottom − 1, columns wl … wr): its rightmost written cell or merge. A
 * label merged up to that edge has no value cell beside it — 资金来源 | 资金总额 titles over a column of amounts (048) —
 * however wide the indicator block below is (a 三级 column two cells wide, a band column).
 */
function headerRight(g: GridView, top: number, bottom: number, wl: number, wr: number): number {
  let right = wl;
  for (let r = top; r < bottom; r++) {
    for (let c = wr; c > right; c--) {
      const m = g.mergeAt(r, c);
      if (g.text(r, c) !== "" || m) {
        right = m ? Math.max(c, Math.min(m.right, wr)) : c;
        break;
      }
    }
  }
  return right;
}

/**
 * A label's value: the next non-empty cell to its right outside the label's own merge. When that
 * cell is another label (a row of labels, as in 成都's 资金总额/财政拨款/其他资金) the value is the
 * cell below. A blank value is an empty CellText at the first cell right of the label.
 */
function valueOf(g: GridView, a: Anchor, wr: number, isAnchorAt: (r: number, c: number) => boolean, headerEdge = wr): CellText | undefined {
  if (a.inline !== undefined) {
    const own = g.cell(a.r, a.c);
    return copyCell(own, a.inline, own.raw);
  }
  const m = g.mergeAt(a.r, a.c);
  const start = (m ? m.right : a.c) + 1;
  // A label merged across columns up to the header part's right edge has no value cell beside it (a title over a
  // column, 048); a one-cell label's blank value may lie beyond what the header part wrote (080: 实施单位 | blank).
  const limit = Math.min(m && m.right > m.left ? headerEdge : wr, g.nCols - 1);
  let rightIsLabel = false;
  // The next written cell right of the label is another label, past blank cells (titles spaced out over a row of
  // amounts: 中央资金 | blank | 省级资金).
  let labelPastBlanks = false;
  let first = start;
  const own = g.text(a.r, a.c);
  // A horizontally merged label repeated in its neighbours (hosts that fill every cell of a merge).
  while (first <= limit && g.text(a.r, first) === own) first++;
  for (let c = first; c <= limit; c++) {
    if (g.text(a.r, c) === "") continue;
    if (isAnchorAt(a.r, c)) {
      rightIsLabel = c === first;
      labelPastBlanks = !rightIsLabel;
      break;
    }
    return g.cell(a.r, c);
  }
  // The label on the left titles a row of labels (成都's 资金总额 | 财政拨款 | 其他资金 over their amounts); one repeated
  // from the row above is a merged row title written into every cell (项目资金（万元） over 总额 / 其中 / 其他资金), as
  // hosts that fill merges do, and titles nothing here: its merged form has no label on this row either.
  const leftCol = (m ? m.left : a.c) - 1;
  const leftIsLabel = leftCol >= 0 && isAnchorAt(a.r, leftCol) && !repeatsAbove(g, a.r, leftCol);
  // A label merged over columns (or written out into them) with nothing right of it (预算金额（万元） over 总额 | 财政拨款)
  // titles the columns below.
  const titlesColumns = ((m !== null && m !== undefined && m.right > m.left) || first > start) && first > limit;
  // Titles spaced out by blank columns over a row of amounts: a label with a label past the blanks on either side
  // and an amount under it titles that amount (its blank neighbour is spacing, not the field left blank).
  const spacedTitle = (labelPastBlanks || labelLeftPastBlanks(g, a.r, (m ? m.left : a.c) - 1, isAnchorAt)) && AMOUNT_ONLY.test(g.text((m ? m.bottom : a.r) + 1, a.c).trim());
  if (rightIsLabel || leftIsLabel || titlesColumns || spacedTitle) {
    const below = (m ? m.bottom : a.r) + 1;
    if (below < g.nRows) {
      const bm = g.mergeAt(below, a.c);
      const ownLeft = m ? m.left : a.c;
      const ownRight = m ? m.right : a.c;
      const spansWider = bm && (bm.left < ownLeft || bm.right > ownRight);
      if (!spansWider && g.text(below, a.c) !== "" && !isAnchorAt(below, a.c)) return g.cell(below, a.c);
      // A column table (四川 exports: 单位名称 | 项目名称 | 预算数 | 年度目标) prints a subtotal row first and the
      // project's own row under it: a blank cell below, then the project's value.
      const next = below + 1;
      if (!spansWider && g.text(below, a.c) === "" && next < g.nRows && rowHasText(g, below, a.c, limit) && !isAnchorAt(next, a.c) && !g.mergeAt(next, a.c)) {
        if (g.text(next, a.c) !== "" && !anchorRow(g, next, isAnchorAt, limit)) return g.cell(next, a.c);
      }
    }
  }
  // A label with nothing written right of it over an amount alone on its row (016: 基本支出 over 220.45, the 按支出性质分
  // column of a 部门整体 form): the label titles that amount.
  if (!rightIsLabel && !labelPastBlanks) {
    const below = (m ? m.bottom : a.r) + 1;
    if (below < g.nRows && AMOUNT_ONLY.test(g.text(below, a.c).trim()) && aloneOnRow(g, below, a.c, limit)) return g.cell(below, a.c);
  }
  if (first <= limit) {
    // The next cell is another label: the field is blank there, never the label's text.
    const at = g.cell(a.r, first);
    return isAnchorAt(a.r, first) ? new SheetCell("", at.raw, at.row, at.col) : at;
  }
  return undefined;
}

/** Whether the nearest written cell at or left of column c on row r is a label (past blank spacing columns). */
function labelLeftPastBlanks(g: GridView, r: number, c: number, isAnchorAt: (r: number, c: number) => boolean): boolean {
  let k = c;
  while (k >= 0 && g.text(r, k) === "") k--;
  return k >= 0 && k < c && isAnchorAt(r, k) && !repeatsAbove(g, r, k);
}

/** A column title of a funds block that holds the total (合计, 小计, 总计) rather than the amount itself. */
const TOTAL_WORD = /^(?:合计|小计|总计|总额|金额)$/;
/** An amount alone in a cell (1580, 1,580.00, 86.4万元). */
const AMOUNT_ONLY = /^\d[\d,]*(?:\.\d+)?\s*(?:万元|元|万)?$/;
/** The row label of a list's total: 合计, 金额合计, 总计. */
const TOTAL_ROW = /^(?:金额|资金|预算)?(?:合计|总计)$/;

/**
 * The amount under a 合计/总额 column title: the one row of amounts right under it, or — over a list of tasks with their
 * amounts (部门整体: 任务名称 | 主要内容 | 总额) — the list's 合计 row. Undefined when neither is there (a list without its
 * total: the budget is not guessed from its first line).
 */
function totalUnder(g: GridView, title: CellText, headerRow: number): CellText | undefined {
  const c = title.col;
  const first = title.row + 1;
  if (first >= headerRow || g.text(first, c) === "") return undefined;
  const next = first + 1;
  // A row of amounts under the first one makes a list; a goal text with numbers in it (约3300人) does not.
  if (next >= headerRow || !AMOUNT_ONLY.test(g.text(next, c).trim())) return g.cell(first, c);
  for (let r = first; r < headerRow; r++) {
    for (let k = 0; k < c; k++) if (TOTAL_ROW.test(g.text(r, k).replace(/\s+/g, ""))) return g.text(r, c) !== "" ? g.cell(r, c) : undefined;
  }
  return undefined;
}

/** The cell repeats the one above it: a merged title written into every cell of its merge, as some hosts save it. */
function repeatsAbove(g: GridView, r: number, c: number): boolean {
  return r > 0 && g.text(r - 1, c) === g.text(r, c);
}

/** A goal label of the budget year (本年度绩效目标, 年度目标, 当年绩效目标), not of the whole period (中长期, 实施期). */
const ANNUAL_GOAL = /^(?!.*(?:中长期|长期|中期|实施期)).*(?:年度|当年).*目标/;
/** A numbered item: 2. / 2、 / （二） / ② at the start of a line. */
const NUMBERED_ITEM = /^\s*(?:\d{1,2}\s*[.、．)）]|[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十][、.．]|[②③④⑤⑥⑦⑧⑨⑩])/;

/**
 * The goal cell with the numbered items written in the rows under it appended, one per line: each such row has a
 * blank label cell (no anchor) and its text in the goal's column, and the goal cell itself starts with item 1.
 */
function withNumberedLines(g: GridView, a: Anchor, goal: CellText, headerRow: number, isAnchorAt: (r: number, c: number) => boolean): CellText {
  if (!NUMBERED_ITEM.test(goal.text)) return goal;
  const m = g.mergeAt(a.r, a.c);
  const lines = [goal.text];
  for (let r = Math.max(goal.row, m ? m.bottom : a.r) + 1; r < headerRow; r++) {
    // The label column stays blank beside the items; a goal written under its label (年度目标 over its text) has the
    // items in the label's own column.
    if (a.c !== goal.col && g.text(r, a.c) !== "" && !(m && r <= m.bottom)) break;
    // A label repeated from the row above (总体目标 written into every cell of its merge) starts no new field.
    if (anchorRow(g, r, (rr, c) => isAnchorAt(rr, c) && !repeatsAbove(g, rr, c), goal.col)) break;
    const t = g.text(r, goal.col);
    if (!NUMBERED_ITEM.test(t)) break;
    lines.push(t);
  }
  if (lines.length === 1) return goal;
  const joined = copyCell(goal, lines.join("\n"), goal.raw);
  joined.partial = true;
  return joined;
}

/** The text of the row under a label that has nothing on its right (not a label itself), else undefined. */
function textBelow(g: GridView, a: Anchor, wr: number, isAnchorAt: (r: number, c: number) => boolean): CellText | undefined {
  const m = g.mergeAt(a.r, a.c);
  const below = (m ? m.bottom : a.r) + 1;
  if (below >= g.nRows) return undefined;
  const limit = Math.min(wr, g.nCols - 1);
  for (let c = (m ? m.right : a.c) + 1; c <= limit; c++) if (g.text(a.r, c) !== "") return undefined;
  if (anchorRow(g, below, isAnchorAt, limit)) return undefined;
  for (let c = m ? m.left : a.c; c <= limit; c++) if (g.text(below, c) !== "") return g.cell(below, c);
  return undefined;
}

/** True when row r has text in some column other than c (up to `limit`). */
function rowHasText(g: GridView, r: number, c: number, limit: number): boolean {
  for (let k = 0; k <= limit; k++) if (k !== c && g.text(r, k) !== "") return true;
  return false;
}

/** Whether row r holds nothing but column c's text up to `limit`, besides merged titles written into each cell. */
function aloneOnRow(g: GridView, r: number, c: number, limit: number): boolean {
  for (let k = 0; k <= limit; k++) if (k !== c && g.text(r, k) !== "" && !repeatsAbove(g, r, k)) return false;
  return true;
}

/** True when row r holds a label anywhere up to `limit`. */
function anchorRow(g: GridView, r: number, isAnchorAt: (r: number, c: number) => boolean, limit: number): boolean {
  for (let k = 0; k <= limit; k++) if (isAnchorAt(r, k)) return true;
  return false;
}

/** 资金用途 text under 预算规模及资金用途: first non-label cell right of the label in the rows below the amounts row. */
function purposeUnder(g: GridView, a: Anchor | undefined, wr: number, isAnchorAt: (r: number, c: number) => boolean): CellText | undefined {
  if (!a) return undefined;
  const m = g.mergeAt(a.r, a.c);
  const lastRow = m ? m.bottom : a.r + 1;
  const from = (m ? m.right : a.c) + 1;
  const limit = Math.min(wr, g.nCols - 1);
  for (let r = a.r + 1; r <= lastRow && r < g.nRows; r++) {
    let hasLabel = false;
    for (let c = from; c <= limit; c++) if (isAnchorAt(r, c)) hasLabel = true;
    if (hasLabel) continue;
    for (let c = from; c <= limit; c++) if (g.text(r, c) !== "") return g.cell(r, c);
    if (from <= limit) return g.cell(r, from);
  }
  return undefined;
}

function readPlan(g: GridView, a: Anchor, wr: number, headerRow: number): SpendPlan {
  const m = g.mergeAt(a.r, a.c);
  const start = (m ? m.right : a.c) + 1;
  const limit = Math.min(wr, g.nCols - 1);
  const points: SpendPoint[] = [];
  let prevCol = -2;
  let prevText = "";
  const planText = g.text(a.r, a.c);
  const vertical = verticalPlan(g, a, start, limit, headerRow);
  if (vertical) return { labelCell: g.cell(a.r, a.c), points: vertical };
  for (let c = start; c <= limit; c++) {
    const label = g.cell(a.r, c);
    if (label.text === "") continue;
    // The whole plan written in one cell: 3月底25%，6月底50%，10月底80%，12月底100%.
    const inline = inlinePoints(label);
    if (inline) return { labelCell: g.cell(a.r, a.c), points: inline };
    // A merged month label repeated in its neighbour (hosts that fill every cell of a merge) is one point.
    const repeat = (c === prevCol + 1 && label.text === prevText) || label.text === planText;
    prevCol = c;
    prevText = label.text;
    if (repeat) continue;
    // One point per cell, its label and percentage together: 3月底：10% | 6月底：50% | ….
    const own = ownPoint(label);
    if (own) {
      points.push(own);
      continue;
    }
    const lm = g.mergeAt(a.r, c);
    const vr = (lm ? lm.bottom : a.r) + 1;
    let value: CellText;
    if (vr < g.nRows && vr < headerRow) {
      value = g.cell(vr, c);
      if (value.text === "") {
        const vm = g.mergeAt(vr, c);
        if (vm && vm.top === vr && vm.left !== c) {
          const from = g.cell(vm.top, vm.left);
          value = new SheetCell(from.text, from.raw, value.row, value.col);
        }
      }
    } else {
      value = new SheetCell("", null, label.row, label.col);
    }
    points.push(new PlanPoint(label, monthOf(label.text), value));
  }
  return { labelCell: g.cell(a.r, a.c), points };
}

/**
 * The grammar of a plan's points, one source for the three forms that read them (several in one cell, one per cell
 * with its label, a label alone down a column): a month point (3月底, 6月末, 12月份), or 年底, 第一季度, 上半年 …
 */
const MONTH_POINT = String.raw`\d{1,2}\s*月(?:底|末|份)?`;
const OTHER_POINTS = String.raw`年底|年末|第?[一二三四1-4]季度(?:末)?|[上下]半年`;
/** A point and its percentage: label (group 1), an optional 前 / colon / verb, then the share (group 2). */
const POINT_AND_SHARE = String.raw`((?:${MONTH_POINT}|${OTHER_POINTS}))\s*(?:前)?\s*[:：]?\s*(?:支出|累计支出|完成|达到)?\s*(\d{1,3}(?:\.\d+)?\s*[%％])`;
/** One point of a plan written in one cell. */
const INLINE_POINT = new RegExp(POINT_AND_SHARE, "g");
/** A cell that is one whole point, "3月底：10%" or "6月底 50%". */
const OWN_POINT = new RegExp(String.raw`^\s*${POINT_AND_SHARE}\s*$`);
/** A point label alone in its cell: 3月底, 6月末, 12月份, 第一季度, 年底. */
const POINT_LABEL = new RegExp(String.raw`^\s*(?:${MONTH_POINT}(?:前)?|${OTHER_POINTS})\s*$`);

/** The point a POINT_AND_SHARE match makes: label and value are parts of the one cell. */
function pointOfMatch(cell: CellText, m: RegExpMatchArray | RegExpExecArray): SpendPoint {
  const label = copyCell(cell, m[1].replace(/\s+/g, ""), m[1]);
  const value = copyCell(cell, m[2].replace(/\s+/g, ""), m[2]);
  label.partial = true;
  value.partial = true;
  return new PlanPoint(label, monthOf(label.text), value);
}

/** The points of a plan written in one cell (at least two), each a part of that cell; null otherwise. */
function inlinePoints(cell: CellText): SpendPoint[] | null {
  if (cell.text.length < 8) return null;
  const found = [...cell.text.matchAll(INLINE_POINT)];
  if (found.length < 2) return null;
  return found.map((m) => pointOfMatch(cell, m));
}

/**
 * A plan written down a column: 资金支出计划 | 3月底 | 20% on its own row, then 6月底 | 50%, 10月底 | 80% … on the rows
 * below with the label column blank (or merged down). Read only when the first row holds one label and one value and the
 * row below starts another label in the same column; otherwise null (the row form).
 */
function verticalPlan(g: GridView, a: Anchor, start: number, limit: number, headerRow: number): SpendPoint[] | null {
  let c0 = start;
  while (c0 <= limit && g.text(a.r, c0) === "") c0++;
  if (c0 + 1 > limit || !POINT_LABEL.test(g.text(a.r, c0))) return null;
  // Its value is in the cell right of the month, or the one after a blank column (layout); nothing else follows but
  // the value again (its merge written out into every cell).
  let vc = c0 + 1;
  if (vc < limit && g.text(a.r, vc) === "" && g.text(a.r, vc + 1) !== "") vc++;
  for (let c = vc + 1; c <= limit; c++) if (g.text(a.r, c) !== "" && g.text(a.r, c) !== g.text(a.r, vc)) return null;
  const below = a.r + 1;
  if (below >= headerRow || below >= g.nRows || !POINT_LABEL.test(g.text(below, c0))) return null;
  const m = g.mergeAt(a.r, a.c);
  // The plan's label column is blank beside its points, or merged down over them, or the label repeated on each row (a
  // host that writes a merged value into every cell of the merge).
  const own = g.text(a.r, a.c);
  const labelFree = (r: number) => g.text(r, a.c) === "" || g.text(r, a.c) === own || (m !== undefined && m !== null && r <= m.bottom);
  const points: SpendPoint[] = [];
  for (let r = a.r; r < headerRow && r < g.nRows && (r === a.r || labelFree(r)) && POINT_LABEL.test(g.text(r, c0)); r++) {
    const label = g.cell(r, c0);
    points.push(new PlanPoint(label, monthOf(label.text), g.cell(r, vc)));
  }
  return points.length >= 2 ? points : null;
}

/** A cell that is one whole point (3月底：10%): its label and its value; null otherwise. */
function ownPoint(cell: CellText): SpendPoint | null {
  const m = OWN_POINT.exec(cell.text);
  return m ? pointOfMatch(cell, m) : null;
}

/** "1.“领潮计划”专项培训绩效目标表" → "“领潮计划”专项培训"; "…项目支出绩效目标表" → "…项目". */
export function nameFromTitle(title: string): string {
  return cleanString(title)
    .replace(/^\s*(?:\d{1,3}\s*[.、．]\s*)+/, "")
    .replace(/^\s*(?:表|附表|附件)\s*\d{0,3}\s*[:：]?\s*/, "")
    .replace(/^关于/, "")
    .replace(/绩效目标(?:设定|申报|批复)?(?:的)?(?:公示|公告)\s*$/, "")
    .replace(/绩效目标表?\s*$/, "")
    .replace(/项目支出$/, "项目")
    .trim();
}
