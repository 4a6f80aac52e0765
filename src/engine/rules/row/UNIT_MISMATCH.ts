import { defineRule } from "../defineRule";
import { rowFacts } from "../shared/rowFacts";
import { quoteValue, writtenUnit } from "../shared/messages";
import { hasNumber } from "../shared/valueFacts";
import { correctedValue, unitMismatch } from "../shared/unitFix";

/**
 * UNIT_MISMATCH — the unit does not fit the name (R-UNIT-001/002/005):
 * - the name says 人次 but the unit is 人 (`全年累计培训（参会）人次 ≥600人` → `≥600人次`);
 * - 点击量/浏览量 counted in 人/万人/人次 (`系统主页点击量 ≥300万人` → `≥300万次`);
 * - reports (报告/文章/稿件) counted in 次/个 → 篇, and 培训班次 in 个 → 期: **info**, as the research
 *   rates R-UNIT-005 (a style point rather than a wrong number).
 * The suggestion is the fully corrected value (a missing operator is added too).
 */
export const rule = defineRule({
  meta: { code: "UNIT_MISMATCH", severity: "warning", title: "单位与指标不符", research: ["R-UNIT-001", "R-UNIT-002", "R-UNIT-005"] },
  check(ctx) {
    for (const f of rowFacts(ctx)) {
      const p = f.parsed;
      if (!hasNumber(p) || p.mixed) continue;
      const fix = unitMismatch(f, writtenUnit(p));
      if (!fix) continue;
      const s = correctedValue(f) ?? "";
      ctx.report({
        row: f.index,
        cell: f.ind.value.cell,
        message: `${f.label}的指标值${quoteValue(p)}单位不符：${fix.why}。请写成“${s}”。`,
        suggestion: s,
        ...(fix.severity ? { severity: fix.severity } : {}),
      });
    }
  },
});
