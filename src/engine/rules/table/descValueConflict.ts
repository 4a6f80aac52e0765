import type { Rule, RuleHit } from "../types";
import type { ParsedValue } from "../../values/types";
import { categoryOf } from "../../framework";
import { cleanRowText, hasContent } from "../shared/costRows";
import { YUAN_PER, formatMoney, sameAmount } from "../shared/money";

interface DescNumber {
  text: string;
  value: number;
  unit: "%" | "元" | "万元" | string;
}

/**
 * Numbers with a unit in a 绩效指标描述. Numbers inside formulas ("…*100%", "/当年…") and dates
 * ("2025年12月") are ignored, as are unit-less numbers ("（目标1）").
 */
export function descNumbers(desc: string): DescNumber[] {
  const s = desc.normalize("NFKC").replace(/[,，](?=\d{3})/g, "");
  const out: DescNumber[] = [];
  const re = /(\d+(?:\.\d+)?)\s*(%|万元|万人次|万人|万次|元|万|人次|人|次|个|篇|份|家|期|场|天|册|台|套|项|名)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const before = s.slice(Math.max(0, m.index - 1), m.index);
    if (/[*×x/÷]/.test(before)) continue;
    const unit = m[2] === "万" ? "万元" : m[2];
    out.push({ text: m[0], value: Number(m[1]), unit });
  }
  return out;
}

function valueYuan(p: ParsedValue, rowIsCost: boolean, tableUnit: "万元" | "元"): number | null {
  if (p.kind !== "quantity" || p.number === null) return null;
  if (p.amountYuan !== null && p.unitClass === "money") return p.amountYuan;
  if (p.unitClass === "money") {
    const u = p.normalizedUnit || p.unit;
    return p.number * (/万/.test(u) ? 10000 : 1);
  }
  // "≤155.69按计划完成工作" under 成本 in a 万元 table: a unit-less number is read in the table unit.
  if (rowIsCost && p.unitClass === "none") return p.number * YUAN_PER[tableUnit];
  return null;
}

/**
 * DESC_VALUE_CONFLICT — numbers in 绩效指标描述 contradict 指标值 or 预算数 (R-COST-008), e.g. the
 * description "项目总预算控制额不超158.69万元" with 指标值 ≤155.69 and 预算数 155.69. Money in the
 * description must equal the value or 预算数; a percentage or count must equal the value's number when
 * the value has the same unit. The suggestion is the description with the number corrected.
 */
export const rule: Rule = {
  code: "DESC_VALUE_CONFLICT",
  severity: "error",
  title: "描述中的数字与指标值或预算数矛盾",
  research: ["R-COST-008"],
  check(ctx) {
    const hits: RuleHit[] = [];
    const unit = ctx.table.unit;
    ctx.table.indicators.forEach((r, i) => {
      const desc = r.description;
      const p = ctx.parsed[i];
      if (!desc || !desc.text.trim() || !hasContent(r) || !p || p.kind !== "quantity" || p.number === null) return;
      const nums = descNumbers(desc.text);
      if (!nums.length) return;
      const isCost = categoryOf(r.level1.text, r.level2.text) === "成本";
      const name = cleanRowText(r.level3.text);
      const money = nums.filter((n) => n.unit === "元" || n.unit === "万元");
      const vYuan = valueYuan(p, isCost, unit);
      if (money.length && (vYuan !== null || (isCost && ctx.budgetYuan !== null))) {
        const refs = [vYuan, isCost ? ctx.budgetYuan : null].filter((x): x is number => x !== null);
        const wrong = money.filter((n) => !refs.some((ref) => sameAmount(n.value * YUAN_PER[n.unit as "元" | "万元"], ref, 0.0005)));
        if (wrong.length && wrong.length === money.length) {
          const n = wrong[0];
          const target = vYuan ?? refs[0];
          const fixed = (target / YUAN_PER[n.unit as "元" | "万元"]).toFixed(2).replace(/\.?0+$/, "");
          const fixedDesc = desc.text.replace(n.text, n.text.replace(String(n.text.match(/\d+(?:\.\d+)?/)?.[0]), fixed));
          const against = [vYuan !== null ? `指标值 ${formatMoney(vYuan, unit)}` : "", isCost && ctx.budgetYuan !== null ? `预算数 ${formatMoney(ctx.budgetYuan, unit)}` : ""].filter(Boolean).join("、");
          hits.push({
            row: r.index,
            cell: desc.cell,
            message: `“${name}”的描述写的是 ${n.text}，与${against}不一致：请统一描述、指标值和预算数中的金额。`,
            suggestion: fixedDesc,
          });
          return;
        }
      }
      const vUnit = (p.normalizedUnit || p.unit).trim();
      if (!vUnit || p.unitClass === "money") return;
      const same = nums.filter((n) => n.unit === vUnit || (n.unit === "%" && p.unitClass === "percent"));
      if (!same.length || same.some((n) => Math.abs(n.value - p.number!) < 1e-9)) return;
      const n = same[0];
      const fixedNum = String(p.number);
      hits.push({
        row: r.index,
        cell: desc.cell,
        message: `“${name}”的描述写的是 ${n.text}，与指标值“${p.raw}”不一致：请统一描述和指标值中的数字。`,
        suggestion: desc.text.replace(n.text, n.text.replace(String(n.text.match(/\d+(?:\.\d+)?/)?.[0]), fixedNum)),
      });
    });
    return hits;
  },
};
