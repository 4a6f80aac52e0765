import { spendRule } from "../shared/spendPlan";

/** SPEND_NOT_MONOTONIC — 支出计划累计进度下降 (R-PLAN-003). The plan is read by the spending-plan engine (src/engine/spend). */
export const rule = spendRule("SPEND_NOT_MONOTONIC", "error", "支出计划累计进度下降", ["R-PLAN-003"]);
