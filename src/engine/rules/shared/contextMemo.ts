/**
 * Facts that several rules of one check share (row facts, cost rows, the plan reading), computed by the first rule
 * that asks and kept on the check's context itself. Each facts module owns one slot (`memoSlot`), so this module
 * knows none of their types.
 *
 * Why on the context and not in a module-level `WeakMap<RuleContext, …>`: a checker makes a context per recalc, and
 * weak-map entries from a long-lived map to short-lived contexts are ephemerons the young-generation collector has
 * to trace and clear, which costs more than the facts themselves.
 *
 * The memo records its owner: a context copied with a spread (`{ ...ctx, year: null }`, as some tests do) gets a
 * fresh memo instead of facts computed for the original.
 */
import type { RuleContext } from "../types";

/** The place of one kind of fact in a context's memo; `T` is the fact's type. */
export interface MemoSlot<T> {
  readonly index: number;
  /** Never set: carries `T` for `remembered`. */
  readonly fact?: T;
}

let slotCount = 0;

/** A new slot; each facts module makes one at load time. */
export function memoSlot<T>(): MemoSlot<T> {
  return { index: slotCount++ };
}

class ContextMemo {
  readonly facts: unknown[] = [];
  constructor(readonly owner: RuleContext) {}
}

/** The fact of `slot` for this context: `compute(ctx)` on first use, the same object afterwards. */
export function remembered<T>(ctx: RuleContext, slot: MemoSlot<T>, compute: (ctx: RuleContext) => T): T {
  let memo = ctx.memo;
  if (!(memo instanceof ContextMemo) || memo.owner !== ctx) {
    memo = new ContextMemo(ctx);
    ctx.memo = memo;
  }
  const facts = (memo as ContextMemo).facts;
  const known = facts[slot.index];
  if (known !== undefined) return known as T;
  const fact = compute(ctx);
  facts[slot.index] = fact;
  return fact;
}
