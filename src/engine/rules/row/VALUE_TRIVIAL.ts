import { defineRule } from "../defineRule";
import { rowFacts } from "../shared/rowFacts";
import { formatValue, quoteValue, writtenUnit } from "../shared/messages";
import { isPercent } from "../shared/valueFacts";
import { isTrivialTarget } from "../shared/suggest";
import { impliedUnit } from "../shared/indicatorKinds";

/**
 * VALUE_TRIVIAL — a target that always passes: `≥0次`, `≥0%`, `≤100%` (R-DIR-002). On a 反向
 * indicator (`因物业服务问题导致不能正常办公次数 ≥0次`) the suggestion is `=0次`; a 正向 rate capped at
 * `≤100%` gets `=100%`; other cases get a message only (the real floor is the author's to set).
 * This is the primary code for `≥0` on 反向 indicators (VALUE_WRONG_DIRECTION skips it).
 */
export const rule = defineRule({
  meta: { code: "VALUE_TRIVIAL", severity: "error", title: "指标值形同虚设", research: ["R-DIR-002"] },
  check(ctx) {
    for (const f of rowFacts(ctx)) {
      const p = f.parsed;
      if (!isTrivialTarget(p) || p.number === null) continue;
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
