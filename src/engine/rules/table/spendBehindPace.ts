import { spendRule } from "../shared/spendPlan";

/** SPEND_BEHIND_PACE — 支出计划落后序时进度 (R-PLAN-005). The plan is read by the spending-plan engine (src/engine/spend). */
export const rule = spendRule("SPEND_BEHIND_PACE", "warning", "支出计划落后序时进度", ["R-PLAN-005"]);
