import { spendRule } from "../shared/spendPlan";

/** SPEND_BACKLOADED — 资金集中在年末支出 (R-PLAN-006). The plan is read by the spending-plan engine (src/engine/spend). */
export const rule = spendRule("SPEND_BACKLOADED", "info", "资金集中在年末支出", ["R-PLAN-006"]);
