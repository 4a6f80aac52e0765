import type { Rule } from "./types";
/** Registry of table-level rules (header, categories, cost, spending plan). */
export const TABLE_RULES: Rule[] = [];
