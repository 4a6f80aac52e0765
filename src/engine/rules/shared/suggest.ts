/**
 * The operator a corrected value should carry, from what the row measures (R-DIR-001, R-VAL-006):
 * =100% for full completion, ≤ for 反向 indicators and costs, ≥ otherwise.
 */
import type { Operator, ParsedValue } from "../../values/types";
import type { RowFacts } from "./rowFacts";
import { isMoney, isPercent, percentOf } from "./valueFacts";

export function intendedOperator(f: RowFacts, p: ParsedValue = f.parsed, n: number | null = p.number): Operator {
  if (isPercent(p) && n === 100) return f.negative ? "<=" : "=";
  if (f.negative) return "<=";
  // A time span under 时效 (办结时间 24小时, 保障时限 1年) is a limit.
  if (p.unitClass === "time" && f.category === "时效") return "<=";
  // A share of money paid out (资金支出率, 资金到位率 95%) is reached, not capped; a cap ratio (控制率) is capped.
  if (isPercent(p) && f.category !== "成本" && !CAP_RATIO.test(f.name)) return ">=";
  if (f.category === "成本" || isMoney(p) || (f.money && f.category !== "效益")) return "<=";
  // 编外人员数量 | 153 described as 严格控制全院编外人员数量 (202): a number held down is capped.
  if (HELD_DOWN.test(f.name) || HELD_DOWN.test(f.ind.description?.text ?? "")) return "<=";
  return ">=";
}

/** Words that hold a number down (严格控制…数量, 压减, 不超过): its target is a ceiling. */
const HELD_DOWN = /严格控制|控制在|压减|压缩|精简|不得超过|不超过|控制.{0,12}(?:数量|人数|规模|总量|编制)/;

/** Ratios of spending to a cap, which exceed 100% when the cap is overrun. */
const CAP_RATIO = /控制率|执行偏差|超支率/;

/** ≥0…, and ≤100% / ≤N% with N ≥ 100: targets that always pass (R-DIR-002). */
export function isTrivialTarget(p: ParsedValue, name = ""): boolean {
  if (p.number === null || p.mixed) return false;
  // 控制率 (actual ÷ cap, 三公经费控制率 ≤100%) can exceed 100%: the ceiling is a real one.
  if (CAP_RATIO.test(name) && (p.operator === "<=" || p.operator === "<")) return false;
  if (p.operator === ">=" && p.number === 0) return true;
  const share = percentOf(p);
  if ((p.operator === "<=" || p.operator === "<") && share !== null && share >= 100) return p.operator === "<=" || share > 100;
  return false;
}
