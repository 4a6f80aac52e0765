import { defineRule } from "../defineRule";
import type { CellText, MoneyUnit, UnitSource } from "../../types";

/** The money unit a header amount writes itself ("36万元", "2,000元"), or null for a bare number or text. */
function ownUnit(value: CellText | undefined): MoneyUnit | null {
  const m = value ? /^\s*[\d,，.]+\s*(万元|元)\s*$/.exec(value.text) : null;
  return m ? (m[1] as MoneyUnit) : null;
}

const quote = (s: UnitSource) => `“${s.text.replace(/\s+/g, "")}”`;

/**
 * HEADER_UNIT_CONFLICT — the header declares two money units (corpus 011 汉阴: the 单位 line says “单位：元” while the
 * funds label says “资金情况（万元）”, so “年度金额 112” is 112 元 or 112 万元): any two of the 单位 line, the money labels
 * written with a unit (预算数（万元）, 资金总额（元）…) and an amount written with its own unit that disagree. One warning
 * at the second declaration; no suggestion (which unit is meant only the applicant knows).
 */
export const rule = defineRule({
  meta: { code: "HEADER_UNIT_CONFLICT", severity: "warning", title: "表头金额单位自相矛盾", research: [] },
  check(ctx) {
    const t = ctx.table;
    const sources = [...(t.unitSources ?? [])];
    const budget = t.header.budget;
    const own = ownUnit(budget);
    if (budget && own) sources.push({ unit: own, kind: "label", text: budget.text, cell: budget.cell });
    const firstOf = sources[0];
    const clash = sources.find((s) => s.unit !== firstOf?.unit);
    if (!firstOf || !clash) return;
    const amount = budget && !own && budget.text ? `，金额“${budget.text}”是${budget.text}${firstOf.unit}还是${budget.text}${clash.unit}无法确定` : "";
    ctx.report({
      row: null,
      cell: clash.cell,
      message: `表头金额单位不一致：${quote(firstOf)}为${firstOf.unit}，${quote(clash)}为${clash.unit}${amount}。请统一金额单位（单位行与各资金栏一致）。`,
    });
  },
});
