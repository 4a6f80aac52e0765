/** The spending-plan analysis of a table (curve and every SPEND_* finding), from the reading shared by its check. */
import type { RuleContext } from "../types";
import { analysisOf, type SpendAnalysis } from "../../spend";
import { memoSlot, remembered } from "./contextMemo";
import { planReading } from "./spendPlan";

const PLAN_ANALYSIS = memoSlot<SpendAnalysis | null>();

function analyse(ctx: RuleContext): SpendAnalysis | null {
  const r = planReading(ctx);
  return r ? analysisOf(r) : null;
}

/** Null when the table has no plan. */
export function planAnalysis(ctx: RuleContext): SpendAnalysis | null {
  return ctx.table.plan ? remembered(ctx, PLAN_ANALYSIS, analyse) : null;
}
