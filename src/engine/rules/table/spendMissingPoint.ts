import { spendRule } from "../shared/spendPlan";

/** SPEND_MISSING_POINT — 支出计划缺少时间点 (R-PLAN-002). The plan is read by the spending-plan engine (src/engine/spend). */
export const rule = spendRule("SPEND_MISSING_POINT", "error", "支出计划缺少时间点", ["R-PLAN-002"]);
