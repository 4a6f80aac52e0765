/**
 * Indicator rows and plans of the seeds, in template column order, as a custom function receives them
 * from Excel: blanks as "", continuation 一级 left blank as printed. Derived from the seed fixtures
 * (tests/fixtures/seeds/*.json) by tests/helpers/seedFixtures.ts; cells keep the seed's raw text.
 */
import { seedIndicatorRows, seedPlan, seedTableSpec } from "../helpers/seedFixtures";

/** Seed 002 table 2 (天津 2024年履职能力提升项目: 物业, 租赁, 会议费): 5 columns (no 依据); 预算数 95.00 万元. */
export const TIANJIN_ROWS = seedIndicatorRows("002_tianjin", 2);
/** Index of "因物业服务问题导致不能正常办公次数 ≥0次". */
export const TIANJIN_TRIVIAL_ROW = TIANJIN_ROWS.findIndex((r) => r[2] === "因物业服务问题导致不能正常办公次数");

/** Seed 001 table 1 (正定 2023 座谈会经费): 6 columns; 预算数 0.67 万元. Cells keep the seed's wrap spaces (“举办座谈会 次数”). */
export const ZHENGDING_ROWS = seedIndicatorRows("001_zhengding", 1);
/** Index of 成本指标 "合理使用经 费 ≥95%". */
export const ZHENGDING_COST_ROW = ZHENGDING_ROWS.findIndex((r) => r[1] === "成本指标");
/** Index of the 满意度 row whose 依据 is the typo 历史惊讶标准. */
export const ZHENGDING_TYPO_ROW = ZHENGDING_ROWS.findIndex((r) => r[5] === "历史惊讶标准");

/** Seed 000 table 1 (唐山 “领潮计划”专项培训 2025): all six categories present. */
export const TANGSHAN_ROWS = seedIndicatorRows("000_tangshan", 1);

const planValues = (seed: string, n: number): string[] => seedPlan(seed, n)!.values;

/** Seed plans (资金支出计划（%）, 3月底/6月底/10月底/12月底). */
export const PLANS = {
  /** 001 #3 正定: amounts in 万元 equal to 预算数 2.20. */
  zhengdingAmounts: planValues("001_zhengding", 3).map(Number),
  zhengdingBudget: Number(seedTableSpec("001_zhengding", 3).budget),
  /** 004 #9 曹妃甸: per-quarter increments written instead of cumulative. */
  increments: planValues("004_caofeidian", 9),
  /** 004 #8 曹妃甸: 25% / 50% / 75% / 100%. */
  linear: planValues("004_caofeidian", 8),
};
