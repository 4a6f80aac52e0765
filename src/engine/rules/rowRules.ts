import type { Rule } from "./types";
/** Registry of indicator-row rules (value, unit, direction, time, satisfaction, text, hierarchy). */
export const ROW_RULES: Rule[] = [];
