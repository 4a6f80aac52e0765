/**
 * Per-row facts shared by every row rule, computed once per RuleContext (not once per rule): the
 * cleaned 三级 name, the row's category and normalised 一级/二级 labels, and the name heuristics of
 * indicatorKinds.ts. Keeps the whole row rule set O(rows) with one pass of regex work per row.
 */
import type { IndicatorRow } from "../../types";
import type { ParsedValue } from "../../values/types";
import type { RuleContext } from "../types";
import { categoryOf, normalizeLabel, type Category } from "../../framework";
import {
  cleanName,
  isNegativeName,
  isRateName,
  isSatisfactionName,
  isStrictRateName,
  isMoneyName,
  isPerCapitaCostName,
} from "./indicatorKinds";

export interface RowFacts {
  /** Index into table.indicators (= Finding.row). */
  index: number;
  ind: IndicatorRow;
  parsed: ParsedValue;
  /** 三级指标 without 任务N prefix and spaces; "" if blank. */
  name: string;
  /** Name for messages: 「…」 around the cleaned name (or the value cell when the name is blank). */
  label: string;
  l1: string;
  l2: string;
  category: Category | null;
  rate: boolean;
  strictRate: boolean;
  negative: boolean;
  satisfaction: boolean;
  money: boolean;
  perCapita: boolean;
}

/** Label → normalised label / category; labels repeat on every row, so memoise (bounded). */
const labelMemo = new Map<string, string>();
const categoryMemo = new Map<string, Category | null>();
const MEMO_LIMIT = 2000;

function normalized(text: string): string {
  let v = labelMemo.get(text);
  if (v === undefined) {
    if (labelMemo.size > MEMO_LIMIT) labelMemo.clear();
    v = normalizeLabel(text);
    labelMemo.set(text, v);
  }
  return v;
}

function category(l1: string, l2: string): Category | null {
  const key = `${l1}\u0001${l2}`;
  let v = categoryMemo.get(key);
  if (v === undefined) {
    if (categoryMemo.size > MEMO_LIMIT) categoryMemo.clear();
    v = categoryOf(l1, l2);
    categoryMemo.set(key, v);
  }
  return v;
}

const cache = new WeakMap<RuleContext, RowFacts[]>();

/** True when the row carries nothing to check: no 三级指标 and no 指标值 (ranges larger than the table). */
export function isBlankRow(ind: IndicatorRow): boolean {
  return !ind.level3.text.trim() && !ind.value.text.trim();
}

/** Facts for every non-blank indicator row of the context's table (blank rows are left out). */
export function rowFacts(ctx: RuleContext): RowFacts[] {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const out: RowFacts[] = [];
  const inds = ctx.table.indicators;
  for (let i = 0; i < inds.length; i++) {
    const ind = inds[i];
    if (isBlankRow(ind)) continue;
    const name = cleanName(ind.level3.text);
    const l1 = normalized(ind.level1.text);
    const l2 = normalized(ind.level2.text);
    const parsed = ctx.parsed[i];
    const cat = category(ind.level1.text, ind.level2.text);
    out.push({
      index: ind.index,
      ind,
      parsed,
      name,
      label: `「${name || ind.level3.text.trim() || "（未命名指标）"}」`,
      l1,
      l2,
      category: cat,
      rate: isRateName(name),
      strictRate: isStrictRateName(name),
      negative: isNegativeName(name),
      satisfaction: isSatisfactionName(name) || cat === "满意度",
      money: isMoneyName(name),
      perCapita: isPerCapitaCostName(name),
    });
  }
  cache.set(ctx, out);
  return out;
}
