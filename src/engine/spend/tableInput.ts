/** The spending-plan input of a table: what the SPEND_* rules, the pane's chart and the web checker read. */
import type { CellValue, PerfTable } from "../types";
import type { Profile } from "../profiles/schema";
import { budgetInYuan } from "../budget";
import { isLumpSum, type SpendInput } from "./reading";

/** A plan label that titles amounts: 资金支出计划（万元）, 支出计划(元). */
const MONEY_IN_LABEL = /[（(](?:单位[：:]?)?(?:万元|元)[)）]/;

/** The value a plan cell contributes: its text as shown ("25%"), or the raw number when the text is empty. */
function planCellValue(text: string, raw: CellValue): CellValue {
  if (text.trim()) return text;
  return typeof raw === "number" ? raw : null;
}

/**
 * The table's plan as the spending-plan engine reads it, null when the table has no plan. `budgetYuan` defaults to
 * the table's 预算数; a check passes the one its context already holds.
 */
export function tableSpendInput(table: PerfTable, profile: Profile, budgetYuan: number | null = budgetInYuan(table)): SpendInput | null {
  const plan = table.plan;
  if (!plan) return null;
  return {
    values: plan.points.map((p) => planCellValue(p.value.text, p.value.raw)),
    labels: plan.points.map((p) => p.label.text),
    months: plan.points.map((p) => p.month ?? null),
    budgetYuan,
    amountsAsked: MONEY_IN_LABEL.test(plan.labelCell.text),
    unit: table.unit,
    profile,
    lumpSum: isLumpSum(table.header.projectName?.text ?? table.header.title?.text, profile),
  };
}
