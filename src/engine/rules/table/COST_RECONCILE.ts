import { defineRule } from "../defineRule";
import { costRows, cleanRowText, type CostRow } from "../shared/costRows";
import { rowFacts } from "../shared/rowFacts";
import { costItem, formatMoney, isPerPersonMonth } from "../shared/money";
import { cleanName } from "../shared/indicatorKinds";

/** Counts a per-head cost multiplies: people, and households for a payment per family (慰问 ≥500户, 补助 ≥120户). */
const HEADCOUNT_UNIT = /^(人|人次|名|位|人员|户|户次)$/;
const DAYS_NAME = /天数|会期|培训期|时长|周期/;
const DAYS_UNIT = /^(天|日)$/;
/** Sessions multiply a per-session headcount ("每次参会人数 ≥45人" × "召开会议次数 =2次"). */
const SESSION_UNIT = /^(次|期|场|班|批)$/;
const SESSION_NAME = /次数|期数|场次|班次|批次/;
const PER_SESSION_HEAD = /每(次|期|场|班|批)/;
/** A number of months: "服务期限 ≤10个月", "租赁月数 =12个月". */
const MONTHS_UNIT = /^(个月|月)$/;
/** Months in a year, for a per-month cost when no months indicator says otherwise (物业费 ≤2万元/月). */
const MONTHS_PER_YEAR = 12;
/** Bases counted by people: reconciled against the headcount (× days, × sessions). */
const PEOPLE_BASES = new Set(["person-day", "person", "person-time", "none"]);
/** A name that says a standard with no basis is paid per head (人均培训成本 ≤450元). */
const PER_HEAD_NAME = /人均|每人|生均/;
/** A per-head cost paid per year or month (元/人·年, 元/人/月): its period is stated, no dimension can be missing. */
const PERIOD_IN_UNIT = /年|月/;
/**
 * Costs that run by the day or the session (培训, 会议, 调研 …): per head with no period (人均培训成本 ≤450元, ≤1500元/人)
 * they may lack their days or sessions. A subsidy per head (一次性创业补贴 1万元/人) is paid once and lacks nothing.
 */
const DAY_COST_TOPIC = /培训|参训|会议|参会|调研|考察|接待|差旅|出差|住宿|伙食|活动/;
/** Words that tie a unit cost to its headcount indicator (培训成本 ↔ 培训人数). */
const TOPICS = ["培训", "参训", "会议", "参会", "调研", "考察", "补助", "慰问", "体检", "接待"];

/** Rounding slack for fixed figures (amounts in 万元 with two decimals). */
const EXACT_SLACK = 0.01;

interface Quantity {
  name: string;
  value: number;
  unit: string;
  /** Written with = (the count is fixed, not a floor or a ceiling). */
  exact?: boolean;
}

function topicOf(text: string): string[] {
  return TOPICS.filter((t) => text.includes(t)).map((t) => t.replace(/^参/, ""));
}

/** Pairs of adjacent characters (letters and digits as written): 农村低保 → 农村, 村低, 低保. */
function bigrams(text: string): Set<string> {
  const t = text.replace(/[^\p{L}\p{N}]+/gu, "");
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  return out;
}

/**
 * How much a count's name shares with a cost's (its bigrams and topics, taken once): a topic word counts as a pair of its
 * own. Names are compared without their marks (（核心指标）, numbering): a mark both carry is no shared subject.
 */
function affinity(costGrams: Set<string>, costTopics: string[], head: string): number {
  const name = cleanName(head);
  let n = 0;
  for (const b of bigrams(name)) if (costGrams.has(b)) n++;
  return n + (topicOf(name).some((t) => costTopics.includes(t)) ? 1 : 0);
}

/**
 * COST_RECONCILE — unit cost × headcount (× days, × sessions for a per-session headcount) far from 预算数 (R-COST-004), e.g. 人均培训成本 ≤450元 ×
 * 培训人数 45人 = 2.03万元 against 40万元. A per-month cost (≤2万元/月, and ≤2000元/人·月 beside its headcount) counts the
 * months (a months indicator, else 12), a per-item
 * cost (元/台, 万元/套) the 数量 row counted in that item. Tolerance: profile.cost.reconcileTolerance (relative).
 * A unit cost with no headcount indicator at all cannot be reconciled and is reported too. Short of the budget is only
 * reported where it cannot be the rest of the budget's outputs (see the check before the report).
 * Per-学时 costs (讲课费) are not reconciled: tables do not state 学时.
 */
export const rule = defineRule({
  meta: { code: "COST_RECONCILE", severity: "warning", title: "单位成本与预算数对不上", research: ["R-COST-004", "R-COST-010"] },
  check(ctx) {
    const budget = ctx.budgetYuan;
    if (budget === null || budget <= 0) return;
    const rows = costRows(ctx);
    const units = rows.filter((c) => c.kind === "unit" && c.unitYuan !== null && c.basis !== "hour");
    if (units.length === 0) return;
    const unit = ctx.table.unit;
    const heads: Quantity[] = [];
    /** Every 数量 row's count (台, 套, 亩, 人 …): per-item costs multiply one of these. */
    const counted: Quantity[] = [];
    let days: Quantity | null = null;
    let sessions: Quantity | null = null;
    let months: Quantity | null = null;
    for (const f of rowFacts(ctx)) {
      const r = f.ind;
      const p = f.parsed;
      if (!p || (p.kind !== "quantity" && p.kind !== "duration") || p.number === null || p.number <= 0) continue;
      const cat = f.category;
      // Only 数量 and 时效 rows can be a headcount, a number of days or of sessions: skip the rest before any text work.
      if (cat !== "数量" && cat !== "时效") continue;
      const u = (p.normalizedUnit || p.unit).trim();
      const q: Quantity = { name: cleanRowText(r.level3.text), value: p.number, unit: u, exact: p.operator === "=" };
      if (cat === "数量" && u) counted.push(q);
      if (cat === "数量" && HEADCOUNT_UNIT.test(u)) heads.push(q);
      else if ((cat === "数量" || cat === "时效") && DAYS_UNIT.test(u) && DAYS_NAME.test(q.name) && !days) days = q;
      else if (cat === "数量" && SESSION_UNIT.test(u) && SESSION_NAME.test(q.name) && !sessions) sessions = q;
      else if (MONTHS_UNIT.test(u) && !months) months = q;
    }

    // The months a per-month cost is paid for: a months indicator, else the year's 12.
    const paidMonths: Quantity = months ?? { name: "全年", value: MONTHS_PER_YEAR, unit: "个月" };
    // The count a cost multiplies: the one whose name shares most with the cost's (农村低保月人均补差 ↔ 农村低保保障人数,
    // not 城市低保保障人数; 彩超单价 ↔ 购置彩超 1台, not 购置CT 1台). With several counts and none sharing anything, which
    // one is meant is a guess: null. So is the only headcount for a standard with no basis (大坝安全鉴定单价 ≤3.6万元 ×
    // 巡查管护人员 42人) unless its name says it is per head.
    const closest = (c: CostRow, candidates: Quantity[]): Quantity | null => {
      let best: Quantity | null = null;
      let score = 0;
      const costName = cleanName(c.text);
      const grams = bigrams(costName);
      const topics = topicOf(costName);
      for (const q of candidates) {
        const s = affinity(grams, topics, q.name);
        if (s > score) [best, score] = [q, s];
      }
      if (best) return best;
      const onlyOne = candidates.length === 1 && (c.basis !== "none" || PER_HEAD_NAME.test(costName));
      return onlyOne ? candidates[0] : null;
    };

    // Per-month, per-year and per-item costs multiply their own count; one with no count cannot be reconciled.
    /** The counts the products use: a table whose 数量 rows are all used has no output the budget pays for besides. */
    const used = new Set<Quantity>();
    const byItem = (c: CostRow): { est: number; part: string; exact?: boolean } | null => {
      if (c.basis === "month") {
        used.add(paidMonths);
        return { est: c.unitYuan! * paidMonths.value, part: `${c.name} ${c.parsed.raw} × ${paidMonths.name} ${paidMonths.value}${paidMonths.unit}` };
      }
      if (c.basis === "year") return { est: c.unitYuan!, part: `${c.name} ${c.parsed.raw}` };
      // The canonical unit first (元/㎡ → 元/平方米), as the 数量 rows are keyed by theirs.
      const item = costItem(c.parsed.normalizedUnit || c.parsed.unit);
      const q = closest(c, counted.filter((n) => n.unit === item));
      if (q) used.add(q);
      return q ? { est: c.unitYuan! * q.value, part: `${c.name} ${c.parsed.raw} × ${q.name} ${q.value}${q.unit}`, exact: q.exact === true && c.parsed.operator === "=" } : null;
    };
    const people = units.filter((c) => PEOPLE_BASES.has(c.basis));
    if (heads.length === 0 && people.length > 0) {
      for (const c of people) {
        // A standard written with no basis (补助标准 ≤120万元: per 公里? per 户?) may be paid per anything, not only per head.
        const what = c.basis === "none" ? "数量" : "人数（人次）";
        const ask = c.basis === "none" ? "它对应的数量（人数、户数、公里数等，如“补助户数 ≥120户”），并在单位成本中写明计量单位（如“元/户”）" : "对应的人数或人次（如“培训人数 ≥45人”）";
        ctx.report({
          row: c.row.index,
          cell: c.row.value.cell,
          message: `单位成本“${c.name} ${c.parsed.raw}”没有对应的${what}指标，无法与预算数 ${formatMoney(budget, unit)} 核对：请在数量指标中增加${ask}。`,
        });
      }
      return;
    }

    // Several unit costs share one budget: compare their combined estimate.
    let estimate = 0;
    const parts: string[] = [];
    /** Every product is of fixed figures (=23万元/个 × =10个): its total is what will be spent, not an estimate. */
    let exact = true;
    /** Some per-head cost may lack its days or sessions (元/人·天, 元/人次, a training's 元/人 or bare 元). */
    let openEnded = false;
    for (const c of units) {
      if (!PEOPLE_BASES.has(c.basis)) {
        const e = byItem(c);
        if (!e) return;
        estimate += e.est;
        parts.push(e.part);
        exact &&= e.exact === true;
        continue;
      }
      exact = false;
      const h = closest(c, heads);
      if (!h) return;
      openEnded ||=
        c.basis === "person-day" || c.basis === "person-time" || (DAY_COST_TOPIC.test(c.name) && !PERIOD_IN_UNIT.test(c.parsed.normalizedUnit || c.parsed.unit));
      const perDay = c.basis === "person-day" || c.basis === "none";
      const d: Quantity | null = perDay ? days : null;
      const n: Quantity | null = sessions && PER_SESSION_HEAD.test(h.name) ? sessions : null;
      // 人员工资 ≤2000元/人·月 × 聘用人员 5人: paid monthly, so × the months (a months indicator, else the year's 12).
      const m: Quantity | null = isPerPersonMonth(c.parsed.normalizedUnit || c.parsed.unit) ? paidMonths : null;
      for (const q of [h, d, n, m]) if (q) used.add(q);
      const est = c.unitYuan! * h.value * (d ? d.value : 1) * (n ? n.value : 1) * (m ? m.value : 1);
      estimate += est;
      parts.push(
        `${c.name} ${c.parsed.raw} × ${h.name} ${h.value}${h.unit}${d ? ` × ${d.name} ${d.value}${d.unit}` : ""}${n ? ` × ${n.name} ${n.value}${n.unit}` : ""}${m ? ` × ${m.name} ${m.value}${m.unit}` : ""}`,
      );
    }
    const tol = ctx.profile.cost.reconcileTolerance;
    const ratio = estimate / budget;
    // Fixed figures whose product exceeds the budget (132: =23万元/个 × =10个 = 230万元 against 214.06万元) cannot all
    // hold: reported whatever the tolerance, which is for estimates.
    const overExact = exact && ratio > 1 + EXACT_SLACK;
    if (Math.abs(ratio - 1) <= tol && !overExact) return;
    // Short of the budget is a finding only where it cannot be the rest of the budget's outputs: a per-head cost that
    // may lack its days or sessions (the seeds' 45人 × 450元 against 40万元), or products that use every 数量 row. A
    // cost per 台, per 公里 or per 人·年 beside other outputs (购置CT 1台 and 彩超 1台, one of them priced) covers its part.
    const allCounted = counted.every((q) => used.has(q));
    if (ratio < 1 && !openEnded && !allCounted) return;
    // …and short of the budget beside cost rows in money (人代会会议费 ≤23.76万元, 师资讲课费 ≤12万元 next to the per-day
    // standard): the budget is broken down by those, which COST_COVERAGE_LOW and COST_OVER_BUDGET judge; the unit cost
    // is one line of it.
    if (ratio < 1 && rows.some((c) => c.kind === "total")) return;
    const first = units[0];
    const pct = ratio < 0.095 ? (Math.round(ratio * 1000) / 10).toString() : Math.round(ratio * 100).toString();
    const hint = overExact && ratio - 1 <= tol
      ? "单位成本和数量都写的是确定值，相乘超过了预算数，请核对单位成本、数量或预算数"
      : ratio < 1
        ? !openEnded
          ? "请核对单位成本、数量是否偏低，或预算数中是否还有未写成指标的支出"
          : days
            ? "请核对人数、期数是否写全，或单位成本是否偏低"
            : "请核对是否漏了天数、期数（场次）等维度（可增加“培训天数”“培训期数”指标），或单位成本、人数是否偏低"
        : "请核对单位成本或人数是否偏高，或预算数是否不足";
    ctx.report({
      row: first.row.index,
      cell: first.row.value.cell,
      message: overExact && ratio - 1 <= tol
        ? `${parts.join("；")} = ${formatMoney(estimate, unit)}，超过预算数 ${formatMoney(budget, unit)}（${pct}%）：${hint}。`
        : `${parts.join("；")} ≈ ${formatMoney(estimate, unit)}，约为预算数 ${formatMoney(budget, unit)} 的 ${pct}%，相差较大（允许 ±${Math.round(tol * 100)}%）：${hint}。`,
    });
  },
});
