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
  compareKey,
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
  /** compareKey(name): the name as compared with other names, descriptions and values. */
  nameKey: string;
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

/** Everything derived from the 三级 text alone; names repeat across rows and tables, so memoise (bounded). */
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
const nameMemo = new Map<string, NameInfo>();
const NAME_MEMO_LIMIT = 20000;

function nameInfo(level3: string): NameInfo {
  let v = nameMemo.get(level3);
  if (v === undefined) {
    if (nameMemo.size > NAME_MEMO_LIMIT) nameMemo.clear();
    const name = cleanName(level3);
    v = {
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
    nameMemo.set(level3, v);
  }
  return v;
}

const cache = new WeakMap<RuleContext, RowFacts[]>();

/** Blank text without allocating: CellText.text is trimmed already, so only short or space-led strings need a look. */
function isBlankText(t: string): boolean {
  if (t.length === 0) return true;
  const c = t.charCodeAt(0);
  return (c <= 32 || c === 0x3000 || c === 0xa0) && t.trim() === "";
}

/** True when the row carries nothing to check: no 三级指标 and no 指标值 (ranges larger than the table). */
export function isBlankRow(ind: IndicatorRow): boolean {
  return isBlankText(ind.level3.text) && isBlankText(ind.value.text);
}

/** Facts for every non-blank indicator row of the context's table (blank rows are left out). */
export function rowFacts(ctx: RuleContext): RowFacts[] {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const out: RowFacts[] = [];
  const inds = ctx.table.indicators;
  // Consecutive rows share their 一级/二级 labels: reuse the previous row's normalisation.
  let prev1: string | null = null;
  let prev2: string | null = null;
  let l1 = "";
  let l2 = "";
  let cat: Category | null = null;
  for (let i = 0; i < inds.length; i++) {
    const ind = inds[i];
    if (isBlankRow(ind)) continue;
    const n = nameInfo(ind.level3.text);
    const t1 = ind.level1.text;
    const t2 = ind.level2.text;
    if (t1 !== prev1 || t2 !== prev2) {
      prev1 = t1;
      prev2 = t2;
      l1 = normalized(t1);
      l2 = normalized(t2);
      cat = category(t1, t2);
    }
    out.push({
      index: ind.index,
      ind,
      parsed: ctx.parsed[i],
      name: n.name,
      label: n.label,
      nameKey: n.nameKey,
      l1,
      l2,
      category: cat,
      rate: n.rate,
      strictRate: n.strictRate,
      negative: n.negative,
      satisfaction: n.satisfactionName || cat === "满意度",
      money: n.money,
      perCapita: n.perCapita,
    });
  }
  cache.set(ctx, out);
  return out;
}
