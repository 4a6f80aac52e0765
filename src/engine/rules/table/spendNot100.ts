import { spendRule } from "../shared/spendPlan";

/** SPEND_NOT_100 — 支出计划年末不是100% (R-PLAN-004). The plan is read by the spending-plan engine (src/engine/spend). */
export const rule = spendRule("SPEND_NOT_100", "error", "支出计划年末不是100%", ["R-PLAN-004"]);
