/**
 * Facts that several rules of one check share (row facts, cost rows, the plan analysis), computed by the first rule
 * that asks and kept on the check's context itself.
 *
 * Why not a `WeakMap<RuleContext, …>`: that is what they were until PERF-4, and the weak maps cost more than the
 * facts. A module-level WeakMap lives in the old generation while every check's context is young, so each entry is
 * an ephemeron the young-generation collector must trace and clear; =PERF.CHECK makes a context per recalc, and the
 * three maps together doubled a 1 000-row recalc (docs/performance.md, PERF-4: 2.8–4.1 → 1.5–1.9 CPU ms).
 *
 * The memo records its owner: a context copied with a spread (`{ ...ctx, year: null }`, as some tests do) gets a
 * fresh memo instead of facts computed for the original.
 */
import type { RuleContext } from "../types";
import type { SpendAnalysis } from "../../spend";
import type { RowFacts } from "./rowFacts";
import type { CostRow } from "./costRows";

export class ContextMemo {
  rowFacts: RowFacts[] | undefined = undefined;
  costRows: CostRow[] | undefined = undefined;
  plan: SpendAnalysis | undefined = undefined;
  constructor(readonly owner: RuleContext) {}
}

/** The shared-facts memo of this context (created on first use; a copied context's memo is not reused). */
export function memoOf(ctx: RuleContext): ContextMemo {
  const m = ctx.memo;
  if (m !== undefined && m.owner === ctx) return m;
  const fresh = new ContextMemo(ctx);
  ctx.memo = fresh;
  return fresh;
}
