import type { CellText, FundPart, MoneyUnit } from "../../types";
import { defineRule } from "../defineRule";
import { cellAmountYuan, formatAmount, formatMoney, round2, YUAN_PER } from "../shared/money";

/** Half a unit of the last printed digit (0.01万元 = 100元, or 0.01元). */
const slackOf = (unit: MoneyUnit): number => (unit === "万元" ? 50 : 0.005);

/** A part's amount in 元: blank and "-" (nothing from that source) count as 0; null when unreadable. */
function partYuan(c: CellText | undefined, unit: MoneyUnit): number | null {
  const t = String(c?.text ?? "").trim();
  if (t === "" || /^[-—－/无]$/.test(t)) return 0;
  return cellAmountYuan(c, unit);
}

/** "资金总额: 250 一、预算资金:250 二、自有资金:0 三、其他:0" — a total and its parts in one cell (湖南 申报表). */
const INLINE_PART = /[一二三四五六七八九][、.．]\s*([^:：\d\s]{1,10})\s*[:：]\s*(\d[\d,]*(?:\.\d+)?)/g;
function inlineBreakdown(text: string, unit: MoneyUnit): { total: number; parts: { label: string; yuan: number }[] } | null {
  const s = text.normalize("NFKC");
  const head = /^(?:[^\d:：]{0,8}[:：])?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|元)?/.exec(s);
  if (!head) return null;
  const parts = [...s.matchAll(INLINE_PART)].map((m) => ({ label: m[1], yuan: round2(Number(m[2].replace(/,/g, "")) * YUAN_PER[unit]) }));
  if (parts.length < 2) return null;
  return { total: round2(Number(head[1].replace(/,/g, "")) * YUAN_PER[head[2] === "元" ? "元" : head[2] ? "万元" : unit]), parts };
}

/** 其中 lines that are sources of the fiscal money (中央/省级/市级 …), as opposed to 自有/其他 or 项目/基本支出. */
// 地方政府专项债券 is a bond, not the 地方 level of fiscal money.
const FISCAL_LEVEL = /^(?!.*专项债)(?:其中[：:]?)?(?:\d{1,2}[.、．]|[一二三四五六][、.．])?(中央|(?:省|市|区|县|乡|镇|州|盟|旗|市县|县区|区县|市区|县市|乡镇)级?|本级|上级|地方)(?!自)/;

/**
 * BUDGET_SUM_MISMATCH — 预算数 ≠ the sum of its 其中 lines (R-HDR-002): 财政资金 + 其他资金 (a blank 其他资金 counts as
 * 0), or the lines other forms print — 中央/省级/市级/区级资金 and 其他资金, 项目支出 + 基本支出, the parts written in
 * the total's own cell ("资金总额: 250 一、预算资金:250 二、自有资金:0"). When the level lines break down 财政资金
 * (中央 + 省级 + … = 财政资金, beside 其他资金), that reading is accepted too. A line printed twice with two amounts
 * (基本支出 in the header and again in a 履职目标 block) is reported as the clash it is.
 */
export const rule = defineRule({
  meta: { code: "BUDGET_SUM_MISMATCH", severity: "error", title: "预算数与资金来源合计不符", research: ["R-HDR-002"] },
  check(ctx) {
    const { header, unit } = ctx.table;
    if (!header.budget) return;
    const slack = slackOf(unit);
    const inline = inlineBreakdown(header.budget.text, unit);
    if (inline) {
      const sum = round2(inline.parts.reduce((a, p) => a + p.yuan, 0));
      if (Math.abs(inline.total - sum) > slack) {
        ctx.report({
          row: null,
          cell: header.budget.cell,
          message: `资金总额 ${formatMoney(inline.total, unit)} 不等于其中各项之和 ${inline.parts.map((p) => `${p.label} ${formatMoney(p.yuan, unit)}`).join(" + ")} = ${formatMoney(sum, unit)}：请核对各项金额，总额应等于各项之和。`,
        });
      }
      return;
    }
    const budget = cellAmountYuan(header.budget, unit);
    if (budget === null) return;
    const read = readParts(header.fundParts ?? [], unit);
    // The same 其中 line printed twice with two amounts (a 履职目标 block repeating 基本支出): the amounts disagree.
    const clash = read && findClash(read);
    if (clash) {
      ctx.report({
        row: null,
        cell: clash.second.cell,
        message: `“${clash.label}”的金额前后不一致：${clash.first.cell} 为 ${formatMoney(clash.firstYuan, unit)}，${clash.second.cell} 为 ${formatMoney(clash.secondYuan, unit)}。请核对并统一为同一金额，各项之和应等于预算数 ${formatMoney(budget, unit)}。`,
        suggestion: formatAmount(clash.firstYuan, unit),
      });
      return;
    }
    const parts = read && dedupe(read);
    // Every 其中 line blank (a form's 中央 / 市级 / 区级 lines left unfilled): the lines claim nothing, so there is no sum
    // to compare.
    if (parts && parts.length >= 2 && parts.some((p) => String(p.cell.text ?? "").trim() !== "")) {
      const sum = round2(parts.reduce((a, p) => a + p.yuan, 0));
      if (Math.abs(budget - sum) <= slack) return;
      if (levelsBreakDownFiscal(parts, header.fiscal, header.other, budget, unit)) return;
      // 财政拨款 / 其他资金 printed beside sources that are not their breakdown (专项债券资金, 单位自筹资金: 514;
      // 一般公共预算 | 政府性基金 | 其他资金: 523): lines of their own. The lines alone (above) may also be the reading.
      // Level lines (中央, 省级 …) break 财政资金 down, so it is no line beside them (971).
      const levels = parts.some((p) => FISCAL_LEVEL.test(p.label));
      const all = [...parts, ...(levels ? [] : besideParts(header.fiscal, "财政资金", unit)), ...besideParts(header.other, "其他资金", unit)];
      const allSum = round2(all.reduce((a, p) => a + p.yuan, 0));
      if (all.length > parts.length && Math.abs(budget - allSum) <= slack) return;
      ctx.report({
        row: null,
        cell: header.budget.cell,
        message: `预算数 ${formatMoney(budget, unit)} 不等于其中各项之和 ${all.map((p) => `${p.label} ${formatMoney(p.yuan, unit)}`).join(" + ")} = ${formatMoney(allSum, unit)}：请核对各项金额，预算数应等于各项之和。`,
        suggestion: formatAmount(allSum, unit),
      });
      return;
    }
    if (!header.fiscal) return;
    const fiscal = cellAmountYuan(header.fiscal, unit);
    if (fiscal === null) return;
    const otherText = String(header.other?.text ?? "").trim();
    let other = otherText ? cellAmountYuan(header.other, unit) : 0;
    if (other === null) return;
    // No 其他资金 line, but a non-fiscal source printed under its own name (自筹资金, 单位自有资金, 社会资金): the other money.
    if (!otherText && read) other = round2(read.filter((p) => !FISCAL_LEVEL.test(p.label)).reduce((a, p) => a + p.yuan, 0));
    // 上年结转 / 结余 printed beside 财政拨款 and 其他资金: a third source of the year's money.
    const carried = otherText && read ? read.filter((p) => CARRIED_OVER.test(p.label)) : [];
    const sum = round2(fiscal + other + carried.reduce((a, p) => a + p.yuan, 0));
    if (Math.abs(budget - sum) <= slack) return;
    const terms = [`财政资金 ${formatMoney(fiscal, unit)}`, `其他资金 ${formatMoney(other, unit)}`, ...carried.map((p) => `${p.label} ${formatMoney(p.yuan, unit)}`)];
    ctx.report({
      row: null,
      cell: header.budget.cell,
      message: `预算数 ${formatMoney(budget, unit)} 不等于${terms.join(" + ")} = ${formatMoney(sum, unit)}：请核对各项金额，预算数应等于${terms.length === 2 ? "两者" : "各项"}之和。`,
      suggestion: formatAmount(sum, unit),
    });
  },
});

/** Money carried over from last year (上年结转, 结余): a source of its own beside 财政拨款 and 其他资金. */
const CARRIED_OVER = /结转|结余/;

interface Part {
  label: string;
  yuan: number;
  cell: CellText;
}

/** The printed 其中 lines with their amounts; null when one is unreadable (then nothing is judged). */
function readParts(fundParts: FundPart[], unit: MoneyUnit): Part[] | null {
  const out: Part[] = [];
  for (const p of fundParts) {
    if (!p.value) continue;
    const yuan = partYuan(p.value, unit);
    if (yuan === null) return null;
    out.push({ label: p.label.replace(/^其中[：:]?/, "").replace(/^(?:\d{1,2}[.、．]|[一二三四五六][、.．])/, ""), yuan, cell: p.value });
  }
  return out;
}

function findClash(parts: Part[]): { label: string; first: CellText; second: CellText; firstYuan: number; secondYuan: number } | null {
  for (let i = 1; i < parts.length; i++) {
    for (let j = 0; j < i; j++) {
      if (parts[j].label === parts[i].label && parts[j].yuan !== parts[i].yuan) {
        return { label: parts[i].label, first: parts[j].cell, second: parts[i].cell, firstYuan: parts[j].yuan, secondYuan: parts[i].yuan };
      }
    }
  }
  return null;
}

/** 财政资金 or 其他资金 as one more line beside the 其中 lines, when it holds an amount (blank or 0: none). */
function besideParts(cell: CellText | undefined, label: string, unit: MoneyUnit): Part[] {
  if (!cell || String(cell.text ?? "").trim() === "") return [];
  const yuan = partYuan(cell, unit);
  return yuan === null || yuan === 0 ? [] : [{ label, yuan, cell }];
}

/** A line printed twice with the same amount counts once. */
function dedupe(parts: Part[]): Part[] {
  return parts.filter((p, i) => parts.findIndex((q) => q.label === p.label) === i);
}

/** 中央 + 省级 + … = 财政资金 and 财政资金 + 其他资金 = 预算数: the level lines break down the fiscal part. */
function levelsBreakDownFiscal(parts: Part[], fiscalCell: CellText | undefined, otherCell: CellText | undefined, budget: number, unit: MoneyUnit): boolean {
  const fiscal = fiscalCell ? cellAmountYuan(fiscalCell, unit) : null;
  if (fiscal === null) return false;
  const other = partYuan(otherCell, unit) ?? 0;
  const levels = parts.filter((p) => FISCAL_LEVEL.test(p.label));
  const slack = slackOf(unit);
  return levels.length > 0 && Math.abs(levels.reduce((a, p) => a + p.yuan, 0) - fiscal) <= slack && Math.abs(fiscal + other - budget) <= slack;
}
