/**
 * The spending-plan engine (资金支出计划（%）, spec §4 SPEND_*, research §3 R-PLAN-001…006), shared by the SPEND_*
 * table rules and the `=PERF.SPENDCURVE` custom function: the plan is read once (reading.ts) and each SPEND_* rule
 * file decides its own findings from that reading. It never throws.
 */
import type { PlanReading } from "./reading";
import { readSpendPlan } from "./reading";
import type { SpendAnalysis, SpendFinding, SpendInput } from "./reading";
import { decide as spendNotPercent } from "../rules/table/SPEND_NOT_PERCENT";
import { decide as spendIncrements } from "../rules/table/SPEND_INCREMENTS";
import { decide as spendMissingPoint } from "../rules/table/SPEND_MISSING_POINT";
import { decide as spendNotMonotonic } from "../rules/table/SPEND_NOT_MONOTONIC";
import { decide as spendNot100 } from "../rules/table/SPEND_NOT_100";
import { decide as spendBehindPace } from "../rules/table/SPEND_BEHIND_PACE";
import { decide as spendBackloaded } from "../rules/table/SPEND_BACKLOADED";

export {
  formatPercent, isLumpSum, monthOfLabel, pointName, readSpendPlan,
  type PaceShortfall, type PlanCell, type PlanDecrease, type PlanReading,
  type SpendAnalysis, type SpendCode, type SpendFinding, type SpendInput, type SpendPointResult, type SpendReading,
} from "./reading";

/** The SPEND_* decisions in the order their findings are listed. */
const DECISIONS: ((r: PlanReading) => SpendFinding[])[] = [
  spendNotPercent, spendIncrements, spendMissingPoint, spendNotMonotonic, spendNot100, spendBehindPace, spendBackloaded,
];

/** Every SPEND_* finding of an already-read plan, with its curve. */
export function analysisOf(r: PlanReading): SpendAnalysis {
  try {
    const findings: SpendFinding[] = [];
    for (const decide of DECISIONS) for (const f of decide(r)) findings.push(clean(f));
    return { reading: r.reading, curve: r.curve, points: r.points, findings };
  } catch (e) {
    return failed(e instanceof Error ? e.message : String(e));
  }
}

/** Reads a plan and lists what is wrong with it (the findings of the seven SPEND_* rules). */
export function analyzeSpendPlan(input: SpendInput): SpendAnalysis {
  return analysisOf(readSpendPlan(input));
}

function failed(message: string): SpendAnalysis {
  return { reading: "empty", curve: null, points: [], findings: [{ code: "SPEND_MISSING_POINT", index: null, message: `支出计划无法读取：${message}` }] };
}

/** Drop undefined suggestions so callers can test `"suggestion" in f`. */
function clean(f: SpendFinding): SpendFinding {
  const out: SpendFinding = { code: f.code, message: f.message, index: f.index };
  if (f.suggestion !== undefined) out.suggestion = f.suggestion;
  if (f.severity !== undefined) out.severity = f.severity;
  return out;
}
