import { defineRule } from "../defineRule";
import { costRows, cleanRowText, type CostRow } from "../shared/costRows";
import { rowFacts } from "../shared/rowFacts";
import { formatMoney } from "../shared/money";

const HEADCOUNT_UNIT = /^(人|人次|名|位|人员)$/;
const DAYS_NAME = /天数|会期|培训期|时长|周期/;
const DAYS_UNIT = /^(天|日)$/;
/** Sessions multiply a per-session headcount ("每次参会人数 ≥45人" × "召开会议次数 =2次"). */
const SESSION_UNIT = /^(次|期|场|班|批)$/;
const SESSION_NAME = /次数|期数|场次|班次|批次/;
const PER_SESSION_HEAD = /每(次|期|场|班|批)/;
/** Words that tie a unit cost to its headcount indicator (培训成本 ↔ 培训人数). */
const TOPICS = ["培训", "参训", "会议", "参会", "调研", "考察", "补助", "慰问", "体检", "接待"];

interface Quantity {
  name: string;
  value: number;
  unit: string;
}

function topicOf(text: string): string[] {
  return TOPICS.filter((t) => text.includes(t)).map((t) => t.replace(/^参/, ""));
}

/**
 * COST_RECONCILE — unit cost × headcount (× days, × sessions for a per-session headcount) far from 预算数 (R-COST-004), e.g. 人均培训成本 ≤450元 ×
 * 培训人数 45人 = 2.03万元 against 40万元. Tolerance: profile.cost.reconcileTolerance (relative).
 * A unit cost with no headcount indicator at all cannot be reconciled and is reported too.
 * Per-学时 costs (讲课费) are not reconciled: tables do not state 学时.
 */
export const rule = defineRule({
  meta: { code: "COST_RECONCILE", severity: "warning", title: "单位成本与预算数对不上", research: ["R-COST-004", "R-COST-010"] },
  check(ctx) {
    const budget = ctx.budgetYuan;
    if (budget === null || budget <= 0) return;
    const units = costRows(ctx).filter((c) => c.kind === "unit" && c.unitYuan !== null && c.basis !== "hour");
    if (units.length === 0) return;
    const unit = ctx.table.unit;
    const heads: Quantity[] = [];
    let days: Quantity | null = null;
    let sessions: Quantity | null = null;
    for (const f of rowFacts(ctx)) {
      const r = f.ind;
      const p = f.parsed;
      if (!p || (p.kind !== "quantity" && p.kind !== "duration") || p.number === null || p.number <= 0) continue;
      const cat = f.category;
      // Only 数量 and 时效 rows can be a headcount, a number of days or of sessions: skip the rest before any text work.
      if (cat !== "数量" && cat !== "时效") continue;
      const u = (p.normalizedUnit || p.unit).trim();
      const name = cleanRowText(r.level3.text);
      if (cat === "数量" && HEADCOUNT_UNIT.test(u)) heads.push({ name, value: p.number, unit: u });
      else if ((cat === "数量" || cat === "时效") && DAYS_UNIT.test(u) && DAYS_NAME.test(name) && !days) days = { name, value: p.number, unit: u };
      else if (cat === "数量" && SESSION_UNIT.test(u) && SESSION_NAME.test(name) && !sessions) sessions = { name, value: p.number, unit: u };
    }

    const pick = (c: CostRow): Quantity | null => {
      const topics = topicOf(c.text);
      return heads.find((h) => topicOf(h.name).some((t) => topics.includes(t))) ?? heads[0] ?? null;
    };

    if (heads.length === 0) {
      for (const c of units) {
        ctx.report({
          row: c.row.index,
          cell: c.row.value.cell,
          message: `单位成本“${c.name} ${c.parsed.raw}”没有对应的人数（人次）指标，无法与预算数 ${formatMoney(budget, unit)} 核对：请在数量指标中增加人数或人次（如“培训人数 ≥45人”）。`,
        });
      }
      return;
    }

    // Several unit costs share one budget: compare their combined estimate.
    let estimate = 0;
    const parts: string[] = [];
    for (const c of units) {
      const h = pick(c)!;
      const perDay = c.basis === "person-day" || c.basis === "none";
      const d: Quantity | null = perDay ? days : null;
      const n: Quantity | null = sessions && PER_SESSION_HEAD.test(h.name) ? sessions : null;
      const est = c.unitYuan! * h.value * (d ? d.value : 1) * (n ? n.value : 1);
      estimate += est;
      parts.push(`${c.name} ${c.parsed.raw} × ${h.name} ${h.value}${h.unit}${d ? ` × ${d.name} ${d.value}${d.unit}` : ""}${n ? ` × ${n.name} ${n.value}${n.unit}` : ""}`);
    }
    const tol = ctx.profile.cost.reconcileTolerance;
    const ratio = estimate / budget;
    if (Math.abs(ratio - 1) <= tol) return;
    const first = units[0];
    const pct = ratio < 0.095 ? (Math.round(ratio * 1000) / 10).toString() : Math.round(ratio * 100).toString();
    const hint =
      ratio < 1
        ? days
          ? "请核对人数、期数是否写全，或单位成本是否偏低"
          : "请核对是否漏了天数、期数（场次）等维度（可增加“培训天数”“培训期数”指标），或单位成本、人数是否偏低"
        : "请核对单位成本或人数是否偏高，或预算数是否不足";
    ctx.report({
      row: first.row.index,
      cell: first.row.value.cell,
      message: `${parts.join("；")} ≈ ${formatMoney(estimate, unit)}，约为预算数 ${formatMoney(budget, unit)} 的 ${pct}%，相差较大（允许 ±${Math.round(tol * 100)}%）：${hint}。`,
    });
  },
});
