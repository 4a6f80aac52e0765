/**
 * Real seed tables for the table-rule tests, derived from the seed fixtures (tests/fixtures/seeds/*.json:
 * file and table number in each doc comment) by tests/helpers/seedFixtures.ts. Tests mutate copies only
 * where a seed has no failing case, and say so.
 */
import type { TableSpec } from "../../helpers/tableBuilder";
import { seedPlan, seedTableSpec } from "../../helpers/seedFixtures";

/** 000 #1 “领潮计划”专项培训 (唐山, 40.00万). */
export const ts1 = seedTableSpec("000_tangshan", 1);

/** 000 #2 工商联调研经费 (9.40万). */
export const ts2 = seedTableSpec("000_tangshan", 2);

/** 000 #3 工商联会刊专项印刷费 (9.00万). */
export const ts3 = seedTableSpec("000_tangshan", 3);

/** 000 #4 工商联会议费 (3.60万). The cost cells hold stray line breaks in the seed. */
export const ts4 = seedTableSpec("000_tangshan", 4);

/** 000 #5 工商联联谊交流活动经费 (10.90万). */
export const ts5 = seedTableSpec("000_tangshan", 5);

/** 000 #7 工商联民营企业家培训 (5.20万): 000 #1's indicators, its cost basis 唐山市市级机关培训费管理办法. */
export const ts7 = seedTableSpec("000_tangshan", 7);

/** 000 #6 工商联民营企业调研经费 (5.30万): plan blank/54%/93%/100%. */
export const ts6Plan = seedPlan("000_tangshan", 6)!.values;
/** 000 #8 工商联民营企业宣传经费 (21.12万): plan blank/blank/100%/100%. */
export const ts8Plan = seedPlan("000_tangshan", 8)!.values;
/** 000 #9 工商联专项培训经费 (4.20万): plan blank/25%/67%/100%. */
export const ts9Plan = seedPlan("000_tangshan", 9)!.values;

/** 000 #8 工商联民营企业宣传经费 (21.12万). Its goal ends in four tabs in the seed. */
export const ts8 = seedTableSpec("000_tangshan", 8);

/** 001 #1 非公经济人士理想信念教育、培训座谈会经费 (正定, 0.67万): no 12月底 column. */
export const zd1 = seedTableSpec("001_zhengding", 1);

/** 001 #2 工商联机关综合保障经费 (1.33万): plan 0.33/0.66/0.99/0.34. */
export const zd2 = seedTableSpec("001_zhengding", 2);

/** 001 #3 开展友好商会交流学习和会员考察活动经费 (2.20万): plan 0.55/1.10/1.65/2.20. */
export const zd3 = seedTableSpec("001_zhengding", 3);

/** 002 #1 2024年工商界生活互助金 (天津, 2.70万; no 编码, plan or 依据). */
export const tj1 = seedTableSpec("002_tianjin", 1);

/** 002 #2 2024年履职能力提升项目 (95.00万): costs 86 + 5.1 + 3.9 = 95. */
export const tj2 = seedTableSpec("002_tianjin", 2);

/** 002 #3 2024年民营经济发展项目经费 (85.00万): costs 15 + 10 + 2 = 27. Printed without a title line. */
export const tj3 = seedTableSpec("002_tianjin", 3);

/** 002 #4 2024年专项培训费 (30.00万): 600 人次 × ≤500元/人天 = 30万. */
export const tj4 = seedTableSpec("002_tianjin", 4);

/** 004 #5 2024年市级出口信用保险专项资金 (曹妃甸, 31.19万), in the 2025 document. */
export const cfd5 = seedTableSpec("004_caofeidian", 5);

/** 004 #9 2025企业改制保障经费 (155.69万, unit 322003): the worst table. */
export const cfd9 = seedTableSpec("004_caofeidian", 9);

/** 004 #8 2025年吸引外商投资奖励资金 (1000.00万): explicit-year deadline, linear plan. */
export const cfd8 = seedTableSpec("004_caofeidian", 8);

/** The first row of each 一级/二级 block, and every row of the 成本指标 block. */
function blockHeadsAndCost(rows: string[][]): string[][] {
  let level2 = "";
  return rows.filter(([l1, l2]) => {
    if (l2.trim()) level2 = l2.trim();
    return !!(l1.trim() || l2.trim()) || level2 === "成本指标";
  });
}

const chengdu = seedTableSpec("003_chengdu", 1);
/** 003 成都 部门整体 (2022年度, 2,550.87万): the 成本指标 block, and the first row of every other block. */
export const cd: TableSpec = { ...chengdu, rows: blockHeadsAndCost(chengdu.rows) };
