import { defineRule } from "../defineRule";
import type { RowFacts } from "../shared/rowFacts";
import { rowFacts } from "../shared/rowFacts";
import { formatNumber, formatValue, quoteValue, writtenUnit } from "../shared/messages";
import { hasNumber } from "../shared/valueFacts";
import { correctedValue, unitMismatch } from "../shared/unitFix";
import { dimensionOf, fitsCue, isTimelinessName, nameCueOf, namesItsCount } from "../shared/unitLexicon";
import { CHANGE_VERBS } from "../shared/vague";
import { parseValue } from "../../values";
import { matchUnit } from "../../values/units";
import { normalizeWidth } from "../../values/normalize";
import type { ParsedValue } from "../../values/types";
import type { CellText } from "../../types";

interface Hit {
  message: string;
  suggestion?: string;
}

/** The units that fit a dimension, for messages. */
const UNITS_OF: Partial<Record<string, string>> = { area: "“亩”“平方米”或“公顷”", length: "“米”或“公里”", weight: "“吨”或“千克”", item: "“套”“件”“台”等物品的单位" };

/** Dimensions that count things: a timeliness name (按时发放) with one of them counts instead of measuring timeliness. */
const COUNTS = new Set(["person", "person-times", "household", "times", "item"]);

/** The unit of a 度量单位 appended to a value that already had one ("28.8万元" + "%"), else null. */
function secondUnit(p: ParsedValue): ParsedValue | null {
  if (!p.mixed || p.number === null || !p.unit || p.extraText.length > 6) return null;
  // Only words after the value can be an appended 度量单位; a lead word before the number (增加5万元) is not one.
  if (!p.raw.trim().endsWith(p.extraText.trim())) return null;
  // Only a unit of the vocabulary is an appended 度量单位: 100%到位, 100%覆盖, 100%准确 end in a word, not a unit.
  const extra = normalizeWidth(p.extraText.trim());
  const u = matchUnit(extra, 0);
  if (!u || u.end !== extra.length) return null;
  const q = parseValue(`1${p.extraText.trim()}`);
  return q.kind === "quantity" && !q.mixed && q.unit ? q : null;
}

/**
 * The 度量单位 cell of a finance-system export (the row's value parts); the composed value may have dropped it when
 * the 指标值 cell carries a unit of its own.
 */
function unitColumn(f: RowFacts): CellText | null {
  const unit = f.ind.parts?.unit;
  return unit && unit.text.trim() ? unit : null;
}

/** A 度量单位 column that contradicts the value: a unit on a 定性 answer, or a second unit of another dimension. */
function unitColumnCase(f: RowFacts, col: CellText): (Hit & { cell: string }) | null {
  const p = f.parsed;
  const unit = col.text.trim();
  if (p.kind === "text") {
    if (f.rate || f.satisfaction || f.category === "成本" || !/^[%％]$/.test(unit)) return null;
    return { cell: col.cell, message: `${f.label}的指标值${quoteValue(p)}是定性描述，度量单位却填了“${unit}”。定性指标不填计量单位，请删去；要考核比例，请写成“≥N%”并写明统计口径。` };
  }
  if (!hasNumber(p) || !p.unit || p.unit.endsWith(unit)) return null;
  const q = parseValue(`1${unit}`);
  const own = dimensionOf(p);
  if (q.kind !== "quantity" || !q.unit || q.mixed || dimensionOf(q) === own) return null;
  const cue = nameCueOf(f.name);
  const fitsOwn = cue ? fitsCue(cue, own ?? "other", p.normalizedUnit) : false;
  return {
    cell: col.cell,
    message: `${f.label}的指标值写的是${quoteValue(p)}，度量单位却是“${unit}”，两个单位互相矛盾。请只保留与指标相符的一个单位${fitsOwn ? `，度量单位写“${writtenUnit(p)}”` : ""}。`,
    ...(fitsOwn ? { suggestion: writtenUnit(p) } : {}),
  };
}

const MONEY_CHANGE = new RegExp(CHANGE_VERBS);

/** The value's case beyond the unit-for-unit corrections of unitFix (which every suggestion shares). */
function valueCase(f: RowFacts): Hit | null {
  const p = f.parsed;
  const name = f.label;
  if (p.kind === "text") {
    // A 定性 answer with a 度量单位 ("应保尽保" + "%"): the unit measures nothing. Rates and costs have their own codes.
    if (f.rate || f.satisfaction || f.category === "成本") return null;
    const m = /^(\D{2,}?)\s*[%％]$/.exec(p.raw);
    if (!m || /[≥≤><=]/.test(m[1])) return null;
    return { message: `${name}的指标值${quoteValue(p)}是定性描述，却带了计量单位“%”。定性指标不填计量单位；要考核比例，请写成“≥N%”并写明统计口径。`, suggestion: m[1] };
  }
  if (!hasNumber(p)) return null;
  const second = secondUnit(p);
  if (second) {
    const cue = nameCueOf(f.name);
    const own = formatValue(p.operator, p.number, writtenUnit(p));
    const fitsOwn = cue ? fitsCue(cue, dimensionOf(p) ?? "other", p.normalizedUnit) : false;
    return {
      message: `${name}的指标值写的是“${own}”，度量单位却是“${second.unit}”，两个单位互相矛盾。请只保留与指标相符的一个单位${fitsOwn ? `，写成“${own}”` : ""}。`,
      ...(fitsOwn ? { suggestion: own } : {}),
    };
  }
  if (p.mixed) return null;
  const dim = dimensionOf(p);
  if (!dim) return null;
  if (isTimelinessName(f.name) && COUNTS.has(dim)) {
    return {
      message: `${name}考核的是是否按时，指标值${quoteValue(p)}却是以“${writtenUnit(p) || p.normalizedUnit}”计的数量，不能反映按时情况。请把指标改为“${f.name}率”，指标值写“=100%”，或改写完成时间。`,
      suggestion: "=100%",
    };
  }
  const cue = nameCueOf(f.name);
  // A thing the name counts in so many words (宣传折页印制数量, 购置设备台数) is never a sum of money, though the thing
  // alone (宣传折页 ≤2万元) may be priced.
  const countedInMoney = dim === "money" && namesItsCount(f.name);
  // Cues whose unit depends on the table or the thing (金额 in 万元 or 元, 面积 in 亩 or 平方米), and a percentage or an
  // amount under a count name (培训人数 ≥95%): a message without suggestion, since the number itself may be another.
  if (!cue || (fitsCue(cue, dim, p.normalizedUnit) && !countedInMoney) || f.rate || f.satisfaction) return null;
  const written = writtenUnit(p) || p.normalizedUnit;
  if (cue.unit) {
    if (dim !== "percent" && dim !== "money") return null;
    return {
      message: `${name}是${cue.says}指标，指标值${quoteValue(p)}却是${dim === "percent" ? "百分比" : "金额"}。请写${cue.says}（单位“${cue.unit}”），或把指标改为与指标值相符的名称（如“…率”“…金额”）。`,
    };
  }
  if (cue.dimension === "money") {
    if (f.category === "成本" || f.category === "时效") return null;
    // 增加村集体收入 ≥5%, 降低运行费用 ≥10%: a change of an amount is measured in per cent of it.
    if (dim === "percent" && MONEY_CHANGE.test(f.name)) return null;
    return { message: `${name}是金额指标，指标值${quoteValue(p)}的单位却是“${written}”。金额请以“万元”或“元”计，如“≤9万元”。` };
  }
  return { message: `${name}是${cue.says}指标，指标值${quoteValue(p)}的单位却是“${written}”。请用${cue.unitsHint ?? UNITS_OF[cue.dimension] ?? "相应的计量单位"}。` };
}

/** A total under 成本 (物料费, 印刷费用, 运维成本), not a rate per person or per item (单价, 标准, 人均, 补助). */
const TOTAL_COST_NAME = /(?<!培训|会议|住宿|伙食)(费|费用|成本|支出|经费)$/;
/** Below this a total in 元 is no total any project spends: the 万 was left out (≤3.8元 of a 38.6万元 project). */
const TOTAL_FLOOR_YUAN = 100;

/** A total cost in 元 too small to be one while the same number in 万元 fits the budget: the 万 left out. */
function wanLeftOut(f: RowFacts, budgetYuan: number | null): Hit | null {
  const p = f.parsed;
  if (f.category !== "成本" || f.perCapita || budgetYuan === null || !hasNumber(p) || p.mixed || p.unitClass !== "money") return null;
  if (p.amountYuan === null || p.amountYuan <= 0 || p.amountYuan >= TOTAL_FLOOR_YUAN || !/^元$/.test(writtenUnit(p))) return null;
  if (!TOTAL_COST_NAME.test(f.name) || p.amountYuan * 1e4 > budgetYuan) return null;
  const s = formatValue(p.operator ?? "<=", p.number, "万元");
  return { message: `${f.label}是总额，指标值${quoteValue(p)}却只有${formatNumber(p.number)}元，不可能是这项支出的金额，疑似把“万元”写成了“元”：请写成“${s}”。`, suggestion: s };
}

/**
 * UNIT_MISMATCH — the unit does not fit the name (R-UNIT-001/002/005, R-VAL-003 "the unit must fit the indicator"):
 * - the name says 人次 but the unit is 人 (`全年累计培训（参会）人次 ≥600人` → `≥600人次`);
 * - 点击量/浏览量 counted in 人/万人/人次 (`系统主页点击量 ≥300万人` → `≥300万次`);
 * - reports (报告/文章/稿件) counted in 次/个 → 篇, and 培训班次 in 个 → 期: **info**, as the research
 *   rates R-UNIT-005 (a style point rather than a wrong number);
 * - the unit lexicon (shared/unitLexicon.ts): a unit that contradicts the number written in the name
 *   (`村组干部230人 ≥230个` → `≥230人`), a 户数 in 人/次, a 人数 in 个, a 金额 in % or 个, a timeliness name
 *   (按时发放) with a count, a 定性 answer with %, a value whose unit contradicts its 度量单位 (`28.8万元` + `%`),
 *   and nonstandard spellings (平方 → 平方米, info);
 * - a total cost in 元 too small to be one (宣传活动物料费 ≤3.8元 of 38.6万元) whose number in 万元 fits the budget.
 * The suggestion is the fully corrected value (a missing operator is added too).
 */
export const rule = defineRule({
  meta: { code: "UNIT_MISMATCH", severity: "warning", title: "单位与指标不符", research: ["R-UNIT-001", "R-UNIT-002", "R-UNIT-005", "R-VAL-003"] },
  check(ctx) {
    for (const f of rowFacts(ctx)) {
      const p = f.parsed;
      const fix = hasNumber(p) && !p.mixed ? unitMismatch(f, writtenUnit(p)) : null;
      if (fix) {
        const s = correctedValue(f) ?? "";
        ctx.report({
          row: f.index,
          cell: f.ind.value.cell,
          message: `${f.label}的指标值${quoteValue(p)}单位不符：${fix.why}。请写成“${s}”。`,
          suggestion: s,
          ...(fix.severity ? { severity: fix.severity } : {}),
        });
        continue;
      }
      const col = unitColumn(f);
      const colHit = col ? unitColumnCase(f, col) : null;
      if (colHit) {
        ctx.report({ row: f.index, ...colHit });
        continue;
      }
      const hit = p.kind === "text" || hasNumber(p) ? (wanLeftOut(f, ctx.budgetYuan) ?? valueCase(f)) : null;
      if (hit) ctx.report({ row: f.index, cell: f.ind.value.cell, ...hit });
    }
  },
});
