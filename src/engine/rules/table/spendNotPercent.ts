import { spendRule } from "../shared/spendPlan";

/** SPEND_NOT_PERCENT — 支出计划不是百分比 (R-PLAN-001). The plan is read by the spending-plan engine (src/engine/spend). */
export const rule = spendRule("SPEND_NOT_PERCENT", "error", "支出计划不是百分比", ["R-PLAN-001"]);
