/**
 * Per-row facts shared by every row rule, computed once per RuleContext (not once per rule): the
 * cleaned 三级 name, the row's category and normalised 一级/二级 labels, and the name heuristics of
 * indicatorKinds.ts. Keeps the whole row rule set O(rows) with one pass of regex work per row.
 */
import type { IndicatorRow } from "../../types";
import type { ParsedValue } from "../../values/types";
import type { RuleContext } from "../types";
import { FRAMEWORKS, categoryOf, combinedLevelsOf, normalizeLabel, type Category } from "../../framework";
import { textMemo, textPairMemo } from "../../memo";
import { memoSlot, remembered } from "./contextMemo";
import {
  cleanName,
  compareKey,
  isNegativeName,
  isRateName,
  isSatisfactionName,
  isStrictRateName,
  isMoneyName,
  isPerCapitaCostName,
} from "./indicatorKinds";

/**
 * The facts of one row. A class over the memoised name and label records (shared by every row with the
 * same 三级 / 一级+二级 text), so building a row's facts allocates one small object.
 */
export class RowFacts {
  constructor(
    /** Index into table.indicators (= Finding.row). */
    readonly index: number,
    readonly ind: IndicatorRow,
    readonly parsed: ParsedValue,
    private readonly n: NameInfo,
    private readonly labels: LabelInfo,
  ) {}
  /** 三级指标 without 任务N prefix and spaces; "" if blank. */
  get name(): string {
    return this.n.name;
  }
  /** Name for messages: 「…」 around the cleaned name. */
  get label(): string {
    return this.n.label;
  }
  /** compareKey(name): the name as compared with other names, descriptions and values. */
  get nameKey(): string {
    return this.n.nameKey;
  }
  get l1(): string {
    return this.labels.l1;
  }
  get l2(): string {
    return this.labels.l2;
  }
  get category(): Category | null {
    return this.labels.category;
  }
  get rate(): boolean {
    return this.n.rate;
  }
  get strictRate(): boolean {
    return this.n.strictRate;
  }
  get negative(): boolean {
    return this.n.negative;
  }
  /**
   * A 满意度 row: the name says 满意度/满意率, or the row sits under the 满意度 category — unless it names a rate of
   * something else (12345热线投诉办结率 | ≥95 under 满意度): that is judged as the rate it is.
   */
  get satisfaction(): boolean {
    return this.n.satisfactionName || (this.labels.category === "满意度" && !this.n.strictRate);
  }
  get money(): boolean {
    return this.n.money;
  }
  get perCapita(): boolean {
    return this.n.perCapita;
  }
  /** The row's 定性/定量 column says 定性: its value is judged as a qualitative standard, not a number. */
  get qualitative(): boolean {
    return this.ind.nature === "定性";
  }
}

/** (一级 text, 二级 text) → normalised labels and category. Labels repeat on every row: memoised by the pair (memo.ts). */
interface LabelInfo {
  l1: string;
  l2: string;
  category: Category | null;
}
const labelInfo = textPairMemo(2000, (t1, t2): LabelInfo => ({ l1: normalizeLabel(t1), l2: normalizeLabel(t2), category: categoryOf(t1, t2) }));

/** Everything derived from the 三级 text alone; names repeat across rows and tables, so memoised (memo.ts). */
interface NameInfo {
  name: string;
  label: string;
  nameKey: string;
  rate: boolean;
  strictRate: boolean;
  negative: boolean;
  satisfactionName: boolean;
  money: boolean;
  perCapita: boolean;
}
const nameInfo = textMemo(20000, (level3): NameInfo => {
  const name = cleanName(level3);
  return {
    name,
    label: `「${name || level3.trim() || "（未命名指标）"}」`,
    nameKey: compareKey(name),
    rate: isRateName(name),
    strictRate: isStrictRateName(name),
    negative: isNegativeName(name),
    satisfactionName: isSatisfactionName(name),
    money: isMoneyName(name),
    perCapita: isPerCapitaCostName(name),
  };
});


/** Exactly `t.trim() === ""`, without trimming (which allocates) unless `t` starts with a character trim removes. */
export function isBlankText(t: string): boolean {
  if (t.length === 0) return true;
  const c = t.charCodeAt(0);
  const trimmable = c <= 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
  return trimmable && t.trim() === "";
}

/** True when the row carries nothing to check: no 三级指标 and no 指标值 (ranges larger than the table). */
export function isBlankRow(ind: IndicatorRow): boolean {
  return isBlankText(ind.level3.text) && isBlankText(ind.value.text);
}

/** A 三级 cell that holds a level name (数量指标, 社会效益指标, 服务对象或受益者满意度指标) rather than an indicator. */
const LEVEL_NAMES = new Set<string>();
for (const fw of Object.values(FRAMEWORKS)) for (const [l1, l2s] of Object.entries(fw.levels)) for (const l of [l1, ...l2s]) LEVEL_NAMES.add(l);
const isLevelName = textMemo(2000, (t: string): boolean => LEVEL_NAMES.has(normalizeLabel(t)));

/** Facts for every non-blank indicator row of the context's table (blank rows are left out). */
export function rowFacts(ctx: RuleContext): RowFacts[] {
  return remembered(ctx, ROW_FACTS, readRowFacts);
}

const ROW_FACTS = memoSlot<RowFacts[]>();

function readRowFacts(ctx: RuleContext): RowFacts[] {
  const out: RowFacts[] = [];
  const inds = ctx.table.indicators;
  // Consecutive rows share their 一级/二级 labels: reuse the previous row's normalisation.
  let prev1: string | null = null;
  let prev2: string | null = null;
  let labels: LabelInfo = { l1: "", l2: "", category: null };
  const levelLess = ctx.table.layout.levelColumns !== undefined;
  for (let i = 0; i < inds.length; i++) {
    const ind = inds[i];
    if (isBlankRow(ind)) continue;
    const n = nameInfo(ind.level3.text);
    let t1 = ind.level1.text;
    // A form without a 二级 column whose name column holds 二级 names (指标类型 | 指标名称: 产出指标 | 数量指标): the
    // name is the row's 二级, so its category is known.
    let t2 = levelLess && isBlankText(ind.level2.text) && isLevelName(ind.level3.text) ? ind.level3.text : ind.level2.text;
    // …or whose 一级 column holds both levels in one cell (产出指标-数量指标 | 培训人次).
    if (levelLess && isBlankText(ind.level2.text)) {
      const both = combinedLevelsOf(t1);
      if (both) {
        t1 = both.l1;
        t2 = both.l2;
      }
    }
    if (t1 !== prev1 || t2 !== prev2) {
      prev1 = t1;
      prev2 = t2;
      labels = labelInfo(t1, t2);
    }
    out.push(new RowFacts(ind.index, ind, ctx.parsed[i], n, labels));
  }
  return out;
}
