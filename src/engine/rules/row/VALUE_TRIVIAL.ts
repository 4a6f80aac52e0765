import { defineRule } from "../defineRule";
import { rowFacts, type RowFacts } from "../shared/rowFacts";
import { formatValue, quoteValue, writtenUnit } from "../shared/messages";
import { isCount, isMoney, isPercent } from "../shared/valueFacts";
import { isTrivialTarget } from "../shared/suggest";
import { impliedUnit } from "../shared/indicatorKinds";

/** A line the project spends on (出差单位成本, 办公费总成本, 培训支出): zero there measures nothing. */
const SPEND_LINE = /成本|费|支出|开支/;
/**
 * Money that should not arise at all, where zero is the real cap (超预算金额 =0万元, 三公经费增长 ≤0万元, 新增政府债务
 * =0万元, 挪用资金 =0元).
 */
const CAPPED_EXCESS = /超|增长|增加|新增|增幅|挪用|截留|挤占|套取|债务|欠/;

/** The direction column says 反向 (a count of bad events, where 0 is the target). */
function markedNegative(f: RowFacts): boolean {
  const parts = f.ind.parts;
  return /反向/.test(parts?.direction?.text ?? "") || /反向/.test(parts?.operator?.text ?? "");
}

/**
 * A zero target (`=0万元`, `0万元/人`, `=0人`) on a cost or on a count of what the project delivers: the row measures
 * nothing (001 乌海 出差单位成本 =0万元/人, 办公费总成本 =0万元). Zero stays a real target on 反向 indicators (投诉次数 =0次).
 */
function isZeroTarget(f: RowFacts): boolean {
  const p = f.parsed;
  if (p.number !== 0 || p.mixed || p.kind !== "quantity" || p.range || (p.operator !== "=" && p.operator !== "<=" && p.operator !== null)) return false;
  if (f.negative) return false;
  if (isMoney(p) && (f.category === "成本" || f.category === "数量" || f.category === null)) return SPEND_LINE.test(f.name) && !CAPPED_EXCESS.test(f.name);
  return f.category === "数量" && isCount(p) && !markedNegative(f);
}

/**
 * VALUE_TRIVIAL — a target that always passes: `≥0次`, `≥0%`, `≤100%` (R-DIR-002). On a 反向
 * indicator (`因物业服务问题导致不能正常办公次数 ≥0次`) the suggestion is `=0次`; a 正向 rate capped at
 * `≤100%` gets `=100%`; other cases get a message only (the real floor is the author's to set).
 * This is the primary code for `≥0` on 反向 indicators (VALUE_WRONG_DIRECTION skips it). A zero cost or a zero count
 * of deliverables (`=0万元`) is trivial too: there is nothing to check.
 */
export const rule = defineRule({
  meta: { code: "VALUE_TRIVIAL", severity: "error", title: "指标值形同虚设", research: ["R-DIR-002"] },
  check(ctx) {
    for (const f of rowFacts(ctx)) {
      const p = f.parsed;
      if (isZeroTarget(f)) {
        const money = isMoney(p) || f.category === "成本";
        ctx.report({
          row: f.index,
          cell: f.ind.value.cell,
          message: money
            ? `${f.label}的指标值${quoteValue(p)}为0，成本为零的指标起不到考核作用。金额太小时请改用“元”填写实际控制数（如“≤500元”），没有这项支出时请删除该指标。`
            : `${f.label}的指标值${quoteValue(p)}为0，数量目标为零起不到考核作用。请填写实际要完成的数量，没有这项任务时请删除该指标。`,
        });
        continue;
      }
      if (!isTrivialTarget(p, f.name) || p.number === null) continue;
      const unit = writtenUnit(p) || p.normalizedUnit || impliedUnit(f.name, ctx.table.unit);
      let s: string | undefined;
      let how: string;
      if (p.operator === ">=") {
        if (f.negative) {
          s = formatValue("=", 0, unit);
          how = `这是反向指标，目标为不发生时请写“${s}”，或写可接受的上限（如“≤2${unit}”）。`;
        } else how = `请填写实际要达到的下限，如“≥10${unit}”。`;
      } else if (isPercent(p) && !f.negative) {
        s = "=100%";
        how = "目标是全部完成时请写“=100%”，否则写实际要达到的下限，如“≥95%”。";
      } else how = "请填写实际要控制的上限，如“≤1%”。";
      ctx.report({
        row: f.index,
        cell: f.ind.value.cell,
        message: `${f.label}的指标值${quoteValue(p)}无论结果如何都算达标，起不到考核作用。${how}`,
        ...(s ? { suggestion: s } : {}),
      });
    }
  },
});
