import { spendRule } from "../shared/spendPlan";

/** SPEND_INCREMENTS — 支出计划按期填写而非累计 (R-PLAN-003). The plan is read by the spending-plan engine (src/engine/spend). */
export const rule = spendRule("SPEND_INCREMENTS", "error", "支出计划按期填写而非累计", ["R-PLAN-003"]);
