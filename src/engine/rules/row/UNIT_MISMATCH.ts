import type { Rule, RuleHit } from "../types";
import type { Severity } from "../../types";
import { rowFacts } from "../shared/rowFacts";
import { formatValue, quoteValue, writtenUnit } from "../shared/messages";
import { hasNumber } from "../shared/valueFacts";
import { isClassSessionName, isClickName, isReportName, saysPersonTimes } from "../shared/indicatorKinds";

/**
 * UNIT_MISMATCH — the unit does not fit the name (R-UNIT-001/002/005):
 * - the name says 人次 but the unit is 人 (`全年累计培训（参会）人次 ≥600人` → `≥600人次`);
 * - 点击量/浏览量 counted in 人/万人/人次 (`系统主页点击量 ≥300万人` → `≥300万次`);
 * - reports (报告/文章/稿件) counted in 次/个 → 篇, and 培训班次 in 个 → 期: **info**, as the research
 *   rates R-UNIT-005 (a style point rather than a wrong number).
 */
export const UNIT_MISMATCH: Rule = {
  code: "UNIT_MISMATCH",
  severity: "warning",
  title: "单位与指标不符",
  research: ["R-UNIT-001", "R-UNIT-002", "R-UNIT-005"],
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const f of rowFacts(ctx)) {
      const p = f.parsed;
      if (!hasNumber(p) || p.mixed || f.perCapita) continue;
      const unit = writtenUnit(p);
      if (!unit) continue;
      let fixed: string | null = null;
      let why = "";
      let severity: Severity | undefined;
      if (isClickName(f.name) && /人/.test(unit)) {
        fixed = unit.replace(/人次|人/, "次");
        why = "点击量、浏览量按次数统计，不是人数";
      } else if (saysPersonTimes(f.name) && /人$/.test(unit)) {
        fixed = `${unit}次`;
        why = "指标名称是“人次”，单位却是“人”";
      } else if (isReportName(f.name) && /^(次|个)$/.test(unit)) {
        fixed = "篇";
        why = "报告、文章等文字成果应按“篇”或“份”计";
        severity = "info";
      } else if (isClassSessionName(f.name) && unit === "个") {
        fixed = "期";
        why = "培训班次应按“期”“班”或“次”计";
        severity = "info";
      }
      if (!fixed) continue;
      const s = formatValue(p.operator, p.number, fixed);
      hits.push({
        row: f.index,
        cell: f.ind.value.cell,
        message: `${f.label}的指标值${quoteValue(p)}单位不符：${why}。请写成“${s}”。`,
        suggestion: s,
        ...(severity ? { severity } : {}),
      });
    }
    return hits;
  },
};
