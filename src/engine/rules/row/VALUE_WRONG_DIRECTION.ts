import { defineRule } from "../defineRule";
import { rowFacts, type RowFacts } from "../shared/rowFacts";
import { formatValue, quoteValue, writtenUnit } from "../shared/messages";
import { isCeiling, isCleanQuantity, isFloor, isMoney, isPercent } from "../shared/valueFacts";
import { isTrivialTarget } from "../shared/suggest";
import { isGrowthName, isMeetingLengthName } from "../shared/indicatorKinds";

/**
 * VALUE_WRONG_DIRECTION — a 反向 indicator (故障, 事故, 投诉, 问题次数, 不能正常办公次数, 响应时间, costs)
 * written with ≥/>, or a 正向 rate (合格率, 覆盖率, 满意度…) written with ≤/< where a floor is meant
 * (R-DIR-001). `≥0` on a 反向 indicator (`因物业服务问题导致不能正常办公次数 ≥0次`) is VALUE_TRIVIAL's
 * primary case; this code reports it too, with the same suggestion `=0次`, because the seed fixtures
 * and the research (R-DIR-001 / R-DIR-002) list both defects for that cell;
 * ceilings on 数量 counts are QUANTITY_CEILING_ONLY (a warning, since a cap may be intended).
 * Meeting length with ≥ (`换届会议天数 ≥2天`, meeting rules cap 会期) is reported as info, as the
 * research rates that case (inferred, not read in a rule).
 */
/** Payment standards owed per head: 补助标准, 资助标准, 救助标准, 生均公用经费, 定额 … */
const PER_HEAD_STANDARD = /标准|定额|生均|人均补助|户均补助|人均补贴/;
/** Their basis: per person, household or student (元/人·年, 元/生, 元/户). */
const PER_HEAD_BASIS = /\/(?:人|户|生|学生|名)/;

/**
 * A 指标方向 column that contradicts the row (664: 差错率 marked 正向 over ≤1%; 合格率 marked 反向 over ≥95%): the
 * system scores the row by that column, so the mark is what is wrong, not the value. A warning on the direction cell.
 */
function directionColumnContradicts(f: RowFacts): "正向" | "反向" | null {
  const mark = f.ind.parts?.direction?.text ?? "";
  const p = f.parsed;
  if (/正向/.test(mark) && f.negative && (isCeiling(p) || p.operator === "=")) return "反向";
  if (/反向/.test(mark) && !f.negative && (f.rate || f.satisfaction) && isPercent(p) && isFloor(p) && !isGrowthName(f.name)) return "正向";
  return null;
}

export const rule = defineRule({
  meta: { code: "VALUE_WRONG_DIRECTION", severity: "error", title: "指标方向写反", research: ["R-DIR-001", "R-COST-006"] },
  check(ctx) {
    for (const f of rowFacts(ctx)) {
      const p = f.parsed;
      if (!isCleanQuantity(p)) continue;
      const should = directionColumnContradicts(f);
      const directionCell = f.ind.parts?.direction;
      if (should && directionCell) {
        ctx.report({
          row: f.index,
          cell: directionCell.cell,
          severity: "warning",
          message: `${f.label}${should === "反向" ? "越少越好" : "越高越好"}，指标值${quoteValue(p)}也是这样写的，指标方向却标为“${directionCell.text.trim()}”，年终会按相反方向打分。请把指标方向改为“${should}”。`,
          suggestion: should,
        });
      }
      if (isTrivialTarget(p) && !(f.negative && p.operator === ">=")) continue;
      const unit = writtenUnit(p) || p.normalizedUnit;
      // A payment standard per beneficiary (补助标准 ≥3000元/人·年, 生均公用经费 ≥800元/生): policy sets it as a floor the
      // beneficiary is owed, so ≥ is a reading, not a slip; the cost row still wants the standard itself (=).
      if (isFloor(p) && !f.negative && f.category === "成本" && p.unitClass === "unit-cost" && p.number > 0 && PER_HEAD_STANDARD.test(f.name) && PER_HEAD_BASIS.test(unit)) {
        const s = formatValue("=", p.number, unit);
        ctx.report({
          row: f.index,
          cell: f.ind.value.cell,
          severity: "warning",
          message: `${f.label}是按人（户、生）核定的支出标准，成本指标写政策标准本身，写成下限${quoteValue(p)}看不出支出上限。请写成“${s}”（或控制上限“≤”）。`,
          suggestion: s,
        });
        continue;
      }
      if (isFloor(p) && (f.negative || (f.category === "成本" && isMoney(p)))) {
        // A floor of 100% on a rate of bad events (逾期发放率 ≥100%) is no ceiling to keep: the target is none of them.
        const s = isPercent(p) && p.number >= 100 ? "=0%" : formatValue(p.number === 0 ? "=" : "<=", p.number, unit);
        const what = f.negative ? "是反向指标（越少越好）" : "是成本指标（应控制上限）";
        ctx.report({
          row: f.index,
          cell: f.ind.value.cell,
          message: `${f.label}${what}，指标值${quoteValue(p)}却写成了下限${p.number === 0 ? "（≥0 永远达标）" : ""}。请写成“${s}”${f.negative && p.number !== 0 ? "，目标为不发生时写“=0”" : ""}。`,
          suggestion: s,
        });
        continue;
      }
      if (isFloor(p) && p.number > 0 && isMeetingLengthName(f.name)) {
        const s = formatValue("<=", p.number, unit);
        ctx.report({
          row: f.index,
          cell: f.ind.value.cell,
          message: `${f.label}写成${quoteValue(p)}是下限，但会议费管理办法对会期设的是上限（会期越短越节约）。请写成“${s}”。`,
          suggestion: s,
          severity: "info",
        });
        continue;
      }
      if (isCeiling(p) && isPercent(p) && (f.rate || f.satisfaction) && !f.negative && !isGrowthName(f.name)) {
        if (p.number >= 100) continue;
        const s = formatValue(">=", p.number, unit);
        ctx.report({
          row: f.index,
          cell: f.ind.value.cell,
          message: `${f.label}是正向指标（越高越好），指标值${quoteValue(p)}却写成了上限，达不到也算完成。请写成“${s}”。`,
          suggestion: s,
        });
      }
    }
  },
});
