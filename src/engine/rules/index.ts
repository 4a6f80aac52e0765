import type { Rule } from "./types";
import { ROW_RULES } from "./rowRules";
import { TABLE_RULES } from "./tableRules";

export * from "./types";

/** Every rule, one per finding code (spec §4). */
export const ALL_RULES: Rule[] = [...ROW_RULES, ...TABLE_RULES];
