import type { CostStandard } from "../../profiles/schema";
import type { RuleContext } from "../types";
import { defineRule } from "../defineRule";
import { costRows, cleanRowText, type CostRow } from "../shared/costRows";
import { rowFacts } from "../shared/rowFacts";
import { unitBasis, type CostBasis } from "../shared/money";

/** The basis a standard is written in ("元/人·天" → person-day). */
function standardBasis(s: CostStandard): CostBasis {
  const b = unitBasis(s.basis);
  return b === "none" ? "person" : b;
}

/**
 * The standard a row is held to: the first group (会议费, 培训费, 讲课费…) with a keyword in the row's
 * own text, else in the project name; within the group the class the text names ("一类会议"), else the
 * class marked isDefault, else the most lenient one (never flag on a guessed strict class).
 */
export function selectStandard(standards: readonly CostStandard[], rowText: string, contextText: string): CostStandard | null {
  const matches = (s: CostStandard, text: string) => s.keywords.some((k) => text.includes(k));
  const first = standards.find((s) => matches(s, rowText)) ?? standards.find((s) => matches(s, contextText));
  if (!first) return null;
  const groupKey = first.group ?? first.id;
  const group = standards.filter((s) => (s.group ?? s.id) === groupKey);
  const all = rowText + contextText;
  return (
    group.find((s) => (s.classKeywords ?? []).some((k) => all.includes(k))) ??
    group.find((s) => s.isDefault) ??
    [...group].sort((a, b) => b.maxYuan - a.maxYuan)[0]
  );
}

function daysOf(ctx: RuleContext): number | null {
  for (const f of rowFacts(ctx)) {
    const r = f.ind;
    const p = f.parsed;
    if (!p || (p.kind !== "quantity" && p.kind !== "duration") || p.number === null || p.number <= 0) continue;
    const cat = f.category;
    if ((cat === "数量" || cat === "时效") && /^(天|日)$/.test((p.normalizedUnit || p.unit).trim()) && /天数|会期|培训期/.test(cleanRowText(r.level3.text))) return p.number;
  }
  return null;
}

/**
 * COST_OVER_STANDARD — a unit cost above the selected 预算支出标准 (R-COST-005; standards from the profile).
 *
 * Basis: per-人·天 standards are compared with 元/人·天 values and with bare per-capita values ("≤450元",
 * read as per 人·天 as the seeds' cited standards are); 元/人 or 元/人次 values are divided by a 天数
 * indicator when the table has one and skipped otherwise (a per-person total may cover several days).
 * Per-学时 standards are compared with 元/学时 values only.
 */
export const rule = defineRule({
  meta: { code: "COST_OVER_STANDARD", severity: "error", title: "单位成本超过支出标准", research: ["R-COST-005", "R-UNIT-004"] },
  check(ctx) {
    const standards = ctx.profile.standards;
    if (!standards.length) return;
    const contextText = cleanRowText(ctx.table.header.projectName?.text ?? ctx.table.header.title?.text ?? "");
    let days: number | null | undefined;
    for (const c of costRows(ctx) as CostRow[]) {
      if (c.kind !== "unit" || c.unitYuan === null) continue;
      const std = selectStandard(standards, c.text, contextText + cleanRowText(c.row.basis?.text));
      if (!std) continue;
      const sb = standardBasis(std);
      let perBasis: number | null = null;
      let note = "";
      let fix = `≤${std.maxYuan}${std.basis}`;
      if (sb === "person-day") {
        if (c.basis === "person-day") perBasis = c.unitYuan;
        else if (c.basis === "none") {
          perBasis = c.unitYuan;
          note = "（指标值未写计量单位，按“元/人·天”理解）";
        } else if (c.basis === "person" || c.basis === "person-time") {
          if (days === undefined) days = daysOf(ctx);
          if (days) {
            perBasis = c.unitYuan / days;
            note = `（按 ${days} 天折算为每人每天 ${Math.round(perBasis)} 元）`;
            // keep the row's own basis in the fix: 450元/人·天 × 3天 = ≤1350元/人
            fix = `≤${Number((std.maxYuan * days).toFixed(2))}${c.parsed.unit || c.parsed.normalizedUnit}`;
          }
        }
      } else if (sb === "hour") {
        if (c.basis === "hour") perBasis = c.unitYuan;
      } else if (c.basis === sb || c.basis === "none") {
        perBasis = c.unitYuan;
      }
      if (perBasis === null || perBasis <= std.maxYuan + 1e-6) continue;
      ctx.report({
        row: c.row.index,
        cell: c.row.value.cell,
        message: `“${c.name}”${c.parsed.raw}${note}超过支出标准“${std.label}”${std.maxYuan}${std.basis}（${std.source}）：请按标准调整指标值，并在指标值确定依据中写明所依据的标准；如适用其他类别标准，请在描述中注明类别（如“一类会议”）。`,
        suggestion: fix,
      });
    }
  },
});
