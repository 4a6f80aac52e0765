/**
 * The spend curve: a plan's cumulative % per point, with each point's label and month, and the plan's findings. The
 * task pane chart, the web checker and =PERF.SPENDCURVE all draw this one curve.
 */
import type { Finding, PerfTable, Severity } from "../types";
import type { Profile } from "../profiles/schema";
import { ALL_RULES } from "../rules";
import { bySeverity } from "../findingText";
import { analyzeSpendPlan, type SpendAnalysis, type SpendFinding, type SpendInput } from "./index";
import { tableSpendInput } from "./tableInput";

export { tableSpendInput };

export interface CurvePoint {
  /** Checkpoint label: as written, else the profile's checkpoint, else the month ("6月底"). */
  label: string;
  /** Month the checkpoint closes (1–12); points without a month are not drawn. */
  month: number | null;
  /** Cumulative percentage at the checkpoint (0–100+), null when blank or unreadable. */
  value: number | null;
}

export interface PlanCurve {
  analysis: SpendAnalysis;
  /** One point per plan value. */
  points: CurvePoint[];
  /**
   * The SPEND_* findings, most severe first, with the severity a table check gives them (the rule's, the case's or
   * the profile's); codes the profile turns off are left out. A plan off the sheet has no cells: `cell` is null.
   */
  findings: Finding[];
}

/** Each SPEND_* code's default severity, from its rule's meta. */
function ruleSeverity(code: string): Severity {
  return ALL_RULES.find((r) => r.code === code)?.severity ?? "error";
}

function asFinding(f: SpendFinding, profile: Profile): Finding | null {
  const override = profile.severity[f.code];
  if (override === "off") return null;
  const severity = override ?? f.severity ?? ruleSeverity(f.code);
  return f.suggestion !== undefined
    ? { code: f.code, severity, row: null, cell: null, message: f.message, suggestion: f.suggestion }
    : { code: f.code, severity, row: null, cell: null, message: f.message };
}

/**
 * A plan analysed, and its curve point by point. Without labels a point is named by the profile's checkpoint
 * at its position, else by its month ("6月底"), else by its position ("第3点").
 */
export function planCurve(input: SpendInput): PlanCurve {
  const analysis = analyzeSpendPlan(input);
  const labels = input.labels;
  const checkpoints = input.profile.spend.checkpoints;
  const points = input.values.map((_, i): CurvePoint => {
    const month = analysis.points[i]?.month ?? input.months?.[i] ?? null;
    const label = labels ? String(labels[i] ?? "") : (checkpoints[i]?.label ?? (analysis.points[i]?.month ? `${analysis.points[i].month}月底` : `第${i + 1}点`));
    // Blank leading points read as 0% (the engine's reading); an unreadable plan gives no values at all.
    const v = analysis.curve ? analysis.curve[i] : undefined;
    return { label, month, value: typeof v === "number" ? v : null };
  });
  const findings: Finding[] = [];
  for (const f of analysis.findings) {
    const finding = asFinding(f, input.profile);
    if (finding) findings.push(finding);
  }
  return { analysis, points, findings: bySeverity(findings) };
}

/** The spend curve of a table, null when it has no plan or its plan no point. */
export function tablePlanCurve(table: PerfTable, profile: Profile): PlanCurve | null {
  const input = tableSpendInput(table, profile);
  return input && input.values.length ? planCurve(input) : null;
}
