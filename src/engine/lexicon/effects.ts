/**
 * Words that say an indicator measures an improvement (a benefit), not a cost (data, not rules; CATEGORY_MISMATCH
 * under 社会成本 / 生态环境成本). A social or ecological cost is a burden the project causes — 噪音, 占地, 碳排放, 对周边
 * 居民的影响 — kept within a limit; “提升博物馆绿化水平 提升” or “对文物保护、文化传承影响 长远” describe what the project
 * improves and belong under 效益. 增加 is not one: a burden grows too (交通拥堵增加时长, 碳排放增加量).
 */
export const BENEFIT_WORDS = ["提升", "提高", "改善", "促进", "增强", "带动", "传承", "美化", "优化", "推动", "助力", "长远"];

/**
 * Money the project hands out or lends is its output (数量), not a cost: 创业担保贷款发放额 4000万元, 补助资金发放金额,
 * 奖补资金兑付额 (CATEGORY_MISMATCH leaves such names under 数量).
 */
export const DISBURSED_MONEY = /(发放|贷款|放款|放贷|拨付|兑付|兑现|补贴|补助|奖补|奖励|救助|资助|担保|融资|投放)[^，,。]{0,6}(额|金额|资金|总额|规模)/;
