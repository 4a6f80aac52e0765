/**
 * Indicator weights (data, not rules; WEIGHT_SUM_NOT_100). A table that gives its indicators weights or scores (权重 /
 * 分值 column, or 产出指标(50分) on the 一级) spreads 100 over them. Self-evaluation forms (财预〔2020〕10号 自评表) and
 * the 四川 一体化 export (预算执行率权重 field) keep 10 of the 100 for 预算执行率, so the indicators total 90 there.
 */
export const WEIGHT_TOTAL = 100;
/** The share kept for 预算执行率 where the form shows it (a 预算执行率权重 field, a 自评表 title). */
export const BUDGET_EXECUTION_SHARE = 10;
/** A sum within this of the expected total passes (weights printed with decimals: 33.3 + 33.3 + 33.4). */
export const WEIGHT_TOLERANCE = 0.5;
/** Titles of forms that keep the 预算执行率 share. */
export const RESERVING_TITLE = /自评/;
