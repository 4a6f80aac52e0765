import { z } from "zod";

/**
 * A profile is data: thresholds, expenditure standards and severity overrides (spec §5).
 * Rules read every number they compare against from here, never from code.
 */

export const severitySchema = z.enum(["error", "warning", "info"]);

export const checkpointSchema = z.object({
  /** Label as written in the table header, e.g. "6月底". */
  label: z.string().min(1),
  /** Month the checkpoint closes (1–12). */
  month: z.number().int().min(1).max(12),
});

/** One expenditure standard (预算支出标准), e.g. 会议费 三类 550 元/人·天. */
export const costStandardSchema = z.object({
  id: z.string().min(1),
  /** zh-CN name shown in messages, e.g. "中央和国家机关会议费（三类会议）". */
  label: z.string().min(1),
  /** Words in the 三级指标/描述 that make a row subject to this standard, e.g. ["会议"]. */
  keywords: z.array(z.string().min(1)).min(1),
  /** Ceiling in 元 per `basis`. */
  maxYuan: z.number().positive(),
  /** "元/人·天" | "元/人" | "元/人次" | "元/学时" */
  basis: z.string().min(1),
  /** Where the number comes from (document number), cited in messages. */
  source: z.string().min(1),
  /**
   * Standards sharing a group are alternative classes of one standard (会议费 一类/二类/三类): a row is
   * compared with one of them only. Without a group a standard is a group of its own. (Added by RULES-TABLE.)
   */
  group: z.string().min(1).optional(),
  /** Words in the row/project text that select this class, e.g. ["一类会议"]. */
  classKeywords: z.array(z.string().min(1)).optional(),
  /** The class used when a row names no class (e.g. 三类 550 for central meetings). */
  isDefault: z.boolean().optional(),
});

export const profileSchema = z.object({
  name: z.string().min(1),
  /** A user profile may extend a built-in one by name (resolved by loadProfile before validation). */
  extends: z.string().min(1).optional(),
  label: z.string().min(1),
  description: z.string().default(""),
  framework: z.enum(["classic", "central-2021", "auto"]).default("auto"),
  /** 二级 categories every project table needs (MISSING_CATEGORY): 数量 质量 时效 成本 效益 满意度. */
  requiredCategories: z.array(z.enum(["数量", "质量", "时效", "成本", "效益", "满意度"])).default(["数量", "质量", "时效", "成本", "效益", "满意度"]),
  /** 满意度 targets below this percentage get SATISFACTION_LOW. */
  satisfactionFloor: z.number().min(0).max(100).default(80),
  spend: z
    .object({
      checkpoints: z.array(checkpointSchema).min(1).default([
        { label: "3月底", month: 3 },
        { label: "6月底", month: 6 },
        { label: "10月底", month: 10 },
        { label: "12月底", month: 12 },
      ]),
      /** Percentage points a checkpoint may fall below 序时进度 (month/12×100) before SPEND_BEHIND_PACE. */
      paceTolerance: z.number().min(0).max(100).default(10),
      /** Percentage points planned in the last two months (10月底→12月底) that count as back-loaded. */
      backloadShare: z.number().min(0).max(100).default(50),
      /** Relative tolerance when deciding that plan values are amounts equal to 预算数. */
      amountTolerance: z.number().min(0).max(1).default(0.01),
      /** SPEND_BEHIND_PACE checks checkpoints from this month on (R-PLAN-005 names 6月底 and 10月底). */
      paceFromMonth: z.number().int().min(1).max(12).default(6),
      /**
       * Words in the project name that mark a lump-sum project (one-off purchase, award or subsidy paid after
       * assessment): SPEND_BEHIND_PACE and the all-blank SPEND_BACKLOADED drop to info (R-PLAN-005/006).
       */
      lumpSumKeywords: z.array(z.string().min(1)).default(["购置", "采购", "奖励", "奖补", "补助", "补贴", "抚恤", "结算"]),
    })
    .default({
      checkpoints: [
        { label: "3月底", month: 3 },
        { label: "6月底", month: 6 },
        { label: "10月底", month: 10 },
        { label: "12月底", month: 12 },
      ],
      paceTolerance: 10,
      backloadShare: 50,
      amountTolerance: 0.01,
      paceFromMonth: 6,
      lumpSumKeywords: ["购置", "采购", "奖励", "奖补", "补助", "补贴", "抚恤", "结算"],
    }),
  cost: z
    .object({
      /** Itemised total costs covering less than this share of 预算数 get COST_COVERAGE_LOW. */
      coverageMin: z.number().min(0).max(1).default(0.8),
      /** unit cost × quantity outside [budget×(1−t), budget×(1+t)] gets COST_RECONCILE. */
      reconcileTolerance: z.number().min(0).max(10).default(0.5),
    })
    .default({ coverageMin: 0.8, reconcileTolerance: 0.5 }),
  standards: z.array(costStandardSchema).default([]),
  /** Severity overrides by finding code; "off" disables a rule. */
  severity: z.record(z.string(), z.union([severitySchema, z.literal("off")])).default({}),
});

export type Profile = z.infer<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;
export type CostStandard = z.infer<typeof costStandardSchema>;
export type Checkpoint = z.infer<typeof checkpointSchema>;
