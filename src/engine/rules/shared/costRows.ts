/**
 * The 成本 rows of a table, classified once per check (memoised) for the COST_* rules:
 * total costs (≤86万元), unit costs (≤450元/人·天, 人均培训成本 ≤450元) and non-money values.
 */
import type { IndicatorRow } from "../../types";
import type { ParsedValue } from "../../values/types";
import type { RuleContext } from "../types";
import { rowFacts } from "./rowFacts";
import { memoSlot, remembered } from "./contextMemo";
import { YUAN_PER, totalAmountYuan, unitBasis, unitCostYuan, type CostBasis } from "./money";

export interface CostRow {
  row: IndicatorRow;
  parsed: ParsedValue;
  /** 三级指标 without spaces/line breaks and 任务N prefixes. */
  name: string;
  /** 三级指标 + 绩效指标描述, for keyword matching. */
  text: string;
  kind: "total" | "unit" | "other";
  /** Total cost in 元 (kind total). */
  totalYuan: number | null;
  /** Money per unit in 元 (kind unit). */
  unitYuan: number | null;
  basis: CostBasis;
}

/**
 * Names that make a money value a per-unit cost even when the unit says only 元. 标准 as a thing bought or built
 * (标准物质, 标准气体, 标准化建设, 高标准农田) is no rate.
 */
export const PER_UNIT_NAME = /人均|每人|单价|单位成本|平均|生均|次均|场均|每(次|场|期|天|日|学时|课时|人次)|(?<!高)标准(?!物质|气体|溶液|样品|化|件)/;

/** 按…标准 (据实支付, 执行): the standard a total is paid by, not a rate the value states. */
const PAID_BY_STANDARD = /按[^，,。；;]{0,12}标准/g;
/** A description that calls the value a sum (4期合计, 全年总计): a total, whatever rate it also quotes. */
const SUM_NOTE = /合计|总计|共计|总额/;

/** Any character the first replace below would remove. */
const SPACE = /[\s\u3000]/;

export function cleanRowText(s: string | undefined): string {
  const t = String(s ?? "");
  // Fast path (most names): no space to remove and no 任务N prefix — the text itself, no regex replace, no new string.
  if (!SPACE.test(t) && !t.startsWith("任务")) return t;
  return t.replace(/[\s\u3000]+/g, "").replace(/^任务\s*[0-9０-９一二三四五六七八九十]+\s*[:：.、]\s*/, "");
}

/** The 成本 rows of the context's table, once per check (kept on the context, not by the table, which outlives it). */
export function costRows(ctx: RuleContext): CostRow[] {
  return remembered(ctx, COST_ROWS, readCostRows);
}

const COST_ROWS = memoSlot<CostRow[]>();

function readCostRows(ctx: RuleContext): CostRow[] {
  const rows: CostRow[] = [];
  // rowFacts already holds every non-blank row with its category and parsed value (computed once per check).
  for (const f of rowFacts(ctx)) {
    if (f.category !== "成本") continue;
    const parsed = f.parsed;
    if (!parsed) continue;
    const row = f.ind;
    const name = cleanRowText(row.level3.text);
    const text = name + cleanRowText(row.description?.text);
    // 按专家咨询费标准据实支付 in the description says what the total is paid by, not that the value is a rate.
    // 4期合计，讲课费按每学时不超过1000元执行: the description quotes a rate but says the value is the sum.
    const summed = !PER_UNIT_NAME.test(name) && SUM_NOTE.test(cleanRowText(row.description?.text));
    const perUnit = !summed && PER_UNIT_NAME.test(text) && PER_UNIT_NAME.test(text.replace(PAID_BY_STANDARD, ""));
    const unit = parsed.unit || parsed.normalizedUnit;
    let kind: CostRow["kind"] = "other";
    let totalYuan: number | null = null;
    let unitYuan: number | null = null;
    let basis: CostBasis = "none";
    if (parsed.kind === "quantity" && parsed.unitClass === "unit-cost") {
      kind = "unit";
      unitYuan = unitCostYuan(parsed);
      basis = unitBasis(unit);
    } else if (parsed.kind === "quantity" && parsed.unitClass === "none" && parsed.number !== null && !parsed.mixed && !f.rate && !perUnit) {
      // A bare number under 成本 (≤65 in a table headed 单位：万元) is an amount in the table's unit; VALUE_NO_UNIT asks for the unit.
      kind = "total";
      totalYuan = parsed.number * YUAN_PER[ctx.table.unit];
    } else if (parsed.kind === "quantity" && parsed.unitClass === "money") {
      if (perUnit) {
        kind = "unit";
        unitYuan = unitCostYuan(parsed);
      } else {
        kind = "total";
        totalYuan = totalAmountYuan(parsed);
      }
    }
    rows.push({ row, parsed, name, text, kind, totalYuan, unitYuan, basis });
  }
  return rows;
}
