/**
 * Runs the spending-plan engine once per check of a table (memoised) and turns its findings into rule hits
 * that point at the plan's cells. Each SPEND_* rule file is one call to `spendRule`.
 */
import type { CellValue, Severity } from "../../types";
import type { Rule, RuleContext, RuleHit } from "../types";
import { memoOf } from "./contextMemo";
import { analyzeSpendPlan, formatPercent, isLumpSum, type SpendAnalysis, type SpendCode } from "../../spend";


/** The value a plan cell contributes: its text as shown ("25%"), or the raw number when the text is empty. */
function planCellValue(text: string, raw: CellValue): CellValue {
  if (text.trim()) return text;
  return typeof raw === "number" ? raw : null;
}

export function planAnalysis(ctx: RuleContext): SpendAnalysis | null {
  const plan = ctx.table.plan;
  if (!plan) return null;
  // Once per check, shared by the ten SPEND_* rules (kept on the context, not by the table, which outlives its check).
  const memo = memoOf(ctx);
  if (memo.plan) return memo.plan;
  const result = analyzeSpendPlan({
    values: plan.points.map((p) => planCellValue(p.value.text, p.value.raw)),
    labels: plan.points.map((p) => p.label.text),
    months: plan.points.map((p) => p.month ?? null),
    budgetYuan: ctx.budgetYuan,
    unit: ctx.table.unit,
    profile: ctx.profile,
    lumpSum: isLumpSum(ctx.table.header.projectName?.text ?? ctx.table.header.title?.text, ctx.profile),
  });
  memo.plan = result;
  return result;
}

/** Hits for one code. Whole-row suggestions become one hit per cell that changes, each with its own value. */
export function spendHits(ctx: RuleContext, code: SpendCode): RuleHit[] {
  const plan = ctx.table.plan;
  const a = planAnalysis(ctx);
  if (!plan || !a) return [];
  const hits: RuleHit[] = [];
  for (const f of a.findings) {
    if (f.code !== code) continue;
    const rowWide = (code === "SPEND_NOT_PERCENT" || code === "SPEND_INCREMENTS") && f.suggestion !== undefined && a.curve;
    if (rowWide && a.curve) {
      plan.points.forEach((p, i) => {
        const w = a.points[i]?.written;
        const target = formatPercent(a.curve![i]);
        const changes = code === "SPEND_NOT_PERCENT" ? w === "number" : w !== "blank" && target !== p.value.text.trim();
        if (!changes) return;
        hits.push({ row: null, cell: p.value.cell, message: f.message, suggestion: target, ...(f.severity ? { severity: f.severity as Severity } : {}) });
      });
      continue;
    }
    const point = f.index !== null ? plan.points[f.index] : undefined;
    const hit: RuleHit = { row: null, cell: point ? point.value.cell : plan.labelCell.cell, message: f.message };
    // A suggestion is a value for the cell: never offer one for the 资金支出计划 label cell.
    if (point && f.suggestion !== undefined) hit.suggestion = f.suggestion;
    if (f.severity) hit.severity = f.severity;
    hits.push(hit);
  }
  return hits;
}

export function spendRule(code: SpendCode, severity: Severity, title: string, research: string[]): Rule {
  return { code, severity, title, research, check: (ctx) => spendHits(ctx, code) };
}
