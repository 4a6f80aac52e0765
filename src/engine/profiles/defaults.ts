/**
 * Profile defaults (spec §5) without zod: the built-in profiles and every rule read them at start-up, while the zod
 * schema that validates a user's profile (schema.ts) is loaded only where a profile is loaded (profiles/index.ts).
 */
// Each default is written once (here) and reused by the outer `spend` default and the built-ins' BASE:
// the bundle carries every literal as text, so a repeated list is repeated bytes.
export const CATEGORIES = ["数量", "质量", "时效", "成本", "效益", "满意度"] as const;
export const DEFAULT_CATEGORIES: (typeof CATEGORIES)[number][] = [...CATEGORIES];
export const DEFAULT_CHECKPOINTS = [
  { label: "3月底", month: 3 },
  { label: "6月底", month: 6 },
  { label: "10月底", month: 10 },
  { label: "12月底", month: 12 },
];
export const DEFAULT_LUMP_SUM_KEYWORDS = ["购置", "采购", "奖励", "奖补", "补助", "补贴", "抚恤", "结算"];
/** The `spend` block a profile gets when it has none (also the built-ins' spend block). */
export const DEFAULT_SPEND = {
  checkpoints: DEFAULT_CHECKPOINTS,
  paceTolerance: 10,
  backloadShare: 50,
  amountTolerance: 0.01,
  paceFromMonth: 6,
  lumpSumKeywords: DEFAULT_LUMP_SUM_KEYWORDS,
};
/** The 二级 categories a profile requires when it names none (also the built-ins' list). */
export const DEFAULT_REQUIRED_CATEGORIES: readonly (typeof CATEGORIES)[number][] = DEFAULT_CATEGORIES;
