// zod/mini, not classic zod: the same validation core with a functional API that tree-shakes, so the Excel
// functions bundle carries only the validators profiles use. Mini loads no locale, so issue messages are a bare
// "Invalid input"; the loader words every issue itself from its code.
import * as z from "zod/mini";

/**
 * A profile is data: thresholds, expenditure standards and severity overrides (spec §5).
 * Rules read every number they compare against from here, never from code.
 */

import { CATEGORIES, DEFAULT_CATEGORIES, DEFAULT_CHECKPOINTS, DEFAULT_LUMP_SUM_KEYWORDS, DEFAULT_SPEND } from "./defaults";

export const severitySchema = z.enum(["error", "warning", "info"]);

export const checkpointSchema = z.object({
  /** Label as written in the table header, e.g. "6月底". */
  label: z.string().check(z.minLength(1)),
  /** Month the checkpoint closes (1–12). */
  month: z.number().check(z.refine(Number.isInteger), z.minimum(1), z.maximum(12)),
});

/** One expenditure standard (预算支出标准), e.g. 会议费 三类 550 元/人·天. */
export const costStandardSchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** zh-CN name shown in messages, e.g. "中央和国家机关会议费（三类会议）". */
  label: z.string().check(z.minLength(1)),
  /** Words in the 三级指标/描述 that make a row subject to this standard, e.g. ["会议"]. */
  keywords: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  /** Ceiling in 元 per `basis`. */
  maxYuan: z.number().check(z.positive()),
  /** "元/人·天" | "元/人" | "元/人次" | "元/学时" */
  basis: z.string().check(z.minLength(1)),
  /** Where the number comes from (document number), cited in messages. */
  source: z.string().check(z.minLength(1)),
  /**
   * Standards sharing a group are alternative classes of one standard (会议费 一类/二类/三类): a row is
   * compared with one of them only. Without a group a standard is a group of its own. (Added by RULES-TABLE.)
   */
  group: z.optional(z.string().check(z.minLength(1))),
  /** Words in the row/project text that select this class, e.g. ["一类会议"]. */
  classKeywords: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** The class used when a row names no class (e.g. 三类 550 for central meetings). */
  isDefault: z.optional(z.boolean()),
});

export const profileSchema = z.object({
  name: z.string().check(z.minLength(1)),
  /** A user profile may extend a built-in one by name (resolved by loadProfile before validation). */
  extends: z.optional(z.string().check(z.minLength(1))),
  label: z.string().check(z.minLength(1)),
  description: z._default(z.string(), ""),
  framework: z._default(z.enum(["classic", "central-2021", "auto"]), "auto"),
  /** 二级 categories every project table needs (MISSING_CATEGORY): 数量 质量 时效 成本 效益 满意度. */
  requiredCategories: z._default(z.array(z.enum(CATEGORIES)), DEFAULT_CATEGORIES),
  /** 满意度 targets below this percentage get SATISFACTION_LOW. */
  satisfactionFloor: z._default(z.number().check(z.minimum(0), z.maximum(100)), 80),
  /**
   * Graded 定性 answers (好/较好/一般/差, 优/良/中/差, 合格, 达到国家标准, 是/否 on 是否… names) are accepted as targets.
   * false: under 效益 they get VALUE_NOT_QUANTIFIED too (a bureau that wants every 效益 target quantified).
   */
  gradedQualitative: z._default(z.boolean(), true),
  /**
   * VALUE_NO_OPERATOR stays quiet in a table where fewer than this share of the numbers carry ≥/≤/= (0–1): such a
   * table writes bare targets by convention. 0 reports every bare value.
   */
  noOperatorConventionShare: z._default(z.number().check(z.minimum(0), z.maximum(1)), 0.1),
  spend: z._default(
    z.object({
      checkpoints: z._default(z.array(checkpointSchema).check(z.minLength(1)), DEFAULT_CHECKPOINTS),
      /** Percentage points a checkpoint may fall below 序时进度 (month/12×100) before SPEND_BEHIND_PACE. */
      paceTolerance: z._default(z.number().check(z.minimum(0), z.maximum(100)), 10),
      /** Percentage points planned in the last two months (10月底→12月底) that count as back-loaded. */
      backloadShare: z._default(z.number().check(z.minimum(0), z.maximum(100)), 50),
      /** Relative tolerance when deciding that plan values are amounts equal to 预算数. */
      amountTolerance: z._default(z.number().check(z.minimum(0), z.maximum(1)), 0.01),
      /** SPEND_BEHIND_PACE checks checkpoints from this month on (R-PLAN-005 names 6月底 and 10月底). */
      paceFromMonth: z._default(z.number().check(z.refine(Number.isInteger), z.minimum(1), z.maximum(12)), 6),
      /**
       * Words in the project name that mark a lump-sum project (one-off purchase, award or subsidy paid after
       * assessment): SPEND_BEHIND_PACE and the all-blank SPEND_BACKLOADED drop to info (R-PLAN-005/006).
       */
      lumpSumKeywords: z._default(z.array(z.string().check(z.minLength(1))), DEFAULT_LUMP_SUM_KEYWORDS),
    }),
    DEFAULT_SPEND,
  ),
  cost: z._default(
    z.object({
      /** Itemised total costs covering less than this share of 预算数 get COST_COVERAGE_LOW. */
      coverageMin: z._default(z.number().check(z.minimum(0), z.maximum(1)), 0.8),
      /** unit cost × quantity outside [budget×(1−t), budget×(1+t)] gets COST_RECONCILE. */
      reconcileTolerance: z._default(z.number().check(z.minimum(0), z.maximum(10)), 0.5),
      /**
       * Pay to a person in a role (护路员劳务补助 ≤1500元), and a 培训费 / 会议费 within the day-rate standards, below this
       * share of 预算数 is one person's (day) rate written without its basis (UNIT_COST_BASIS_MISSING); above it, the
       * line's total.
       */
      personPayShareMax: z._default(z.number().check(z.minimum(0), z.maximum(1)), 0.05),
    }),
    { coverageMin: 0.8, reconcileTolerance: 0.5, personPayShareMax: 0.05 },
  ),
  standards: z._default(z.array(costStandardSchema), []),
  /**
   * Severity overrides by finding code; "off" disables a rule. An object whose every key is validated by the
   * catchall, not z.record: the same keys and values pass without zod's record schema in functions.js, and a
   * non-object reads "应为对象（{…}）" like spend/cost.
   */
  severity: z._default(z.catchall(z.object({}), z.enum(["error", "warning", "info", "off"])), {}),
});

export type Profile = z.infer<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;
export type CostStandard = z.infer<typeof costStandardSchema>;
export type Checkpoint = z.infer<typeof checkpointSchema>;
