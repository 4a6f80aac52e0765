import { defineRule } from "../defineRule";
import type { ParsedValue } from "../../values/types";
import { cleanRowText } from "../shared/costRows";
import { rowFacts } from "../shared/rowFacts";
import { YUAN_PER, formatMoney, sameAmount } from "../shared/money";

export interface DescNumber {
  text: string;
  value: number;
  unit: "%" | "元" | "万元" | string;
  /** A per-unit number: "每人每天450元", "人均500元", "450元/人". */
  perUnit: boolean;
}

/**
 * Numbers with a unit in a 绩效指标描述. Numbers inside formulas ("…*100%", "/当年…") and dates
 * ("2025年12月") are ignored, as are unit-less numbers ("（目标1）").
 */
export function descNumbers(desc: string): DescNumber[] {
  if (!mayHoldDigit(desc)) return [];
  const s = desc.normalize("NFKC").replace(/[,，](?=\d{3})/g, "");
  const out: DescNumber[] = [];
  const re = /(\d+(?:\.\d+)?)\s*(%|万元|万人次|万人|万次|元|万|人次|人|次|个|篇|份|家|期|场|天|册|台|套|项|名)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const before = s.slice(Math.max(0, m.index - 1), m.index);
    if (/[*×x/÷]/.test(before)) continue;
    const unit = m[2] === "万" ? "万元" : m[2];
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 1);
    const lead = s.slice(Math.max(0, m.index - 8), m.index);
    const perUnit = after === "/" || /每|人均|单价|平均/.test(lead);
    out.push({ text: m[0], value: Number(m[1]), unit, perUnit });
  }
  return out;
}

/**
 * False only when no character can be (or become, under NFKC: ①, ¹, full-width ０…) a digit: every character is a
 * CJK ideograph, ASCII other than 0–9, or common CJK punctuation. Most descriptions ("参训人员考核合格率") have no
 * number, and NFKC plus a regex scan per row was most of this rule's cost.
 */
function mayHoldDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) continue;
    if (c < 0x80 && (c < 0x30 || c > 0x39)) continue;
    if (c === 0x3001 || c === 0x3002 || c === 0x201c || c === 0x201d || c === 0xff0c || c === 0xff08 || c === 0xff09 || c === 0xff1a || c === 0xff1b) continue;
    return true;
  }
  return false;
}

/** Descriptions that break a target into parts ("3期，每期50人", "春季、秋季各开展1次", "其中…") are not compared number by number. */
const COMPOSITION = /每|各|×|\*|乘|合计|共计|其中|分别|累计|以上|以下|之间|至/;

/**
 * A description that states where things stand now (上年为53.2%, 目前, 基期, 2024年为88.6%, 近三年平均): the target is
 * meant to differ from it.
 */
const BASELINE = /上年|去年|上一年|往年|基期|基数|现状|目前|当前|现有|现为|原为|\d{4}年度?(?:为|是|已|实际|达到|完成)|实际完成|近[一二三两\d]年|历年/;

/** The value's money: a total in 元, or a unit cost in 元 per unit (perUnit). */
function valueMoney(p: ParsedValue, rowIsCost: boolean, tableUnit: "万元" | "元"): { yuan: number; perUnit: boolean } | null {
  if (p.kind !== "quantity" || p.number === null) return null;
  const u = (p.unit || p.normalizedUnit).normalize("NFKC");
  const head = u.split(/[/／]/)[0];
  const factor = /亿/.test(head) ? 1e8 : /万/.test(head) ? 1e4 : 1;
  if (p.unitClass === "unit-cost") return { yuan: p.number * factor, perUnit: true };
  if (p.unitClass === "money") return { yuan: p.amountYuan ?? p.number * factor, perUnit: false };
  // "≤155.69按计划完成工作" under 成本 in a 万元 table: a unit-less number is read in the table unit.
  if (rowIsCost && p.unitClass === "none") return { yuan: p.number * YUAN_PER[tableUnit], perUnit: false };
  return null;
}

function replaceNumber(desc: string, n: DescNumber, to: string): string {
  const digits = /\d+(?:\.\d+)?/.exec(n.text)?.[0] ?? "";
  return desc.replace(n.text, n.text.replace(digits, to));
}

/**
 * DESC_VALUE_CONFLICT — numbers in 绩效指标描述 contradict 指标值 or 预算数 (R-COST-008), e.g. the
 * description "项目总预算控制额不超158.69万元" with 指标值 ≤155.69 and 预算数 155.69.
 * - Money: a total in the description must equal the value's total or (cost rows) 预算数; a per-unit amount
 *   ("人均500元") must equal a unit-cost value. Totals and per-unit amounts are never compared with each other.
 * - Percentages and counts: compared only when the description states one number of the value's unit and
 *   does not break the target into parts ("每期50人", "合计", "其中"…).
 * The suggestion is the description with the number corrected.
 */
export const rule = defineRule({
  meta: { code: "DESC_VALUE_CONFLICT", severity: "error", title: "描述中的数字与指标值或预算数矛盾", research: ["R-COST-008"] },
  check(ctx) {
    const unit = ctx.table.unit;
    for (const f of rowFacts(ctx)) {
      const r = f.ind;
      const desc = r.description;
      const p = f.parsed;
      if (!desc || !desc.text.trim() || !p || p.kind !== "quantity" || p.number === null) continue;
      const nums = descNumbers(desc.text);
      if (!nums.length) continue;
      const isCost = f.category === "成本";
      const name = cleanRowText(r.level3.text);

      const vm = valueMoney(p, isCost, unit);
      const money = nums.filter((n) => (n.unit === "元" || n.unit === "万元") && n.perUnit === (vm?.perUnit ?? false));
      if (money.length && (vm !== null || (isCost && ctx.budgetYuan !== null))) {
        const refs = [vm?.yuan ?? null, isCost && !vm?.perUnit ? ctx.budgetYuan : null].filter((x): x is number => x !== null);
        const wrong = money.filter((n) => !refs.some((ref) => sameAmount(n.value * YUAN_PER[n.unit as "元" | "万元"], ref, 0.0005)));
        if (refs.length && wrong.length && wrong.length === money.length) {
          const n = wrong[0];
          const target = refs[0];
          const fixed = String(Number((target / YUAN_PER[n.unit as "元" | "万元"]).toFixed(2)));
          const against = [
            vm ? `指标值 ${vm.perUnit ? `${Number(vm.yuan.toFixed(2))}元/单位` : formatMoney(vm.yuan, unit)}` : "",
            isCost && !vm?.perUnit && ctx.budgetYuan !== null ? `预算数 ${formatMoney(ctx.budgetYuan, unit)}` : "",
          ]
            .filter(Boolean)
            .join("、");
          ctx.report({
            row: r.index,
            cell: desc.cell,
            message: `“${name}”的描述写的是 ${n.text}，与${against}不一致：请统一描述、指标值和预算数中的金额。`,
            suggestion: replaceNumber(desc.text, n, fixed),
          });
          continue;
        }
      }

      const vUnit = (p.normalizedUnit || p.unit).trim();
      if (COMPOSITION.test(desc.text) || BASELINE.test(desc.text)) continue;
      if (!vUnit && p.unitClass === "none" && !isCost) {
        // A bare number against one percentage in the description (描述 90%, 指标值 1): 1 reads as 100%, 90 as 90%.
        const pct = nums.filter((n) => n.unit === "%");
        const asPercent = p.number <= 1 ? Math.round(p.number * 1e8) / 1e6 : p.number;
        if (pct.length === 1 && Math.abs(pct[0].value - asPercent) > 1e-9) {
          ctx.report({
            row: r.index,
            cell: desc.cell,
            message: `“${name}”的描述写的是 ${pct[0].text}，指标值却是“${p.raw}”（即${asPercent}%）：请统一描述和指标值，指标值写成百分比（如“≥${pct[0].value}%”）。`,
          });
        }
        continue;
      }
      if (!vUnit || p.unitClass === "money" || p.unitClass === "unit-cost") continue;
      // 含社区长者食堂3家、老年助餐点6个 for ≥9个: counts that add up to the value are its parts, whatever they are counted in.
      const counts = nums.filter((n) => n.unit !== "%" && n.unit !== "元" && n.unit !== "万元");
      if (counts.length > 1 && Math.abs(counts.reduce((sum, n) => sum + n.value, 0) - p.number) < 1e-9) continue;
      const same = nums.filter((n) => n.unit === vUnit || (n.unit === "%" && p.unitClass === "percent"));
      if (same.length !== 1 || Math.abs(same[0].value - p.number) < 1e-9) continue;
      const n = same[0];
      ctx.report({
        row: r.index,
        cell: desc.cell,
        message: `“${name}”的描述写的是 ${n.text}，与指标值“${p.raw}”不一致：请统一描述和指标值中的数字。`,
        suggestion: replaceNumber(desc.text, n, String(p.number)),
      });
    }
  },
});
