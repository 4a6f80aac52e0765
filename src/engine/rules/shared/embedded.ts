/**
 * Quantities buried in prose (R-VAL-004): `对学校2400平米体育场馆补贴5万元。`, `严格按照预算标准1000元/人给补助对象兑付补助`,
 * `补助资金及时到位100%`. The parser leaves such a value as text (no operator or lead word opens the number); the
 * value rules ask here whether the text holds a number with a unit, i.e. a target written inside a sentence.
 * Dates (2021年, 12月, 3日), ordinals (第3批), document numbers (〔2020〕5号) and standard codes (GB 50300) are no
 * quantities.
 */
import { textMemo } from "../../memo";
import { matchUnit } from "../../values/units";
import { normalizeWidth } from "../../values/normalize";

export interface EmbeddedQuantity {
  number: number;
  /** The unit as written (平米, 万元, 元/人, %). */
  unit: string;
}

const NUMBER = /\d+(?:\.\d+)?/g;
/** Units that make the number a date or a time of day, not a quantity in prose. */
const DATE_UNIT = /^(年|月|日|号|时|点|分)/;

/** A frequency (每季度1次, 每月2次): a count per period written the other way round, not prose. */
const FREQUENCY = /^每(?:个)?(?:年|年度|半年|季度|季|月|周|星期|天|日|学期)/;
/** Prose worth the name: at least this many CJK characters besides the quantities. */
const MIN_PROSE = 5;

/** The quantities (number + unit) written inside a text value, in order; [] when there is none. */
export const embeddedQuantities = textMemo(5000, (raw: string): readonly EmbeddedQuantity[] => {
  const t = normalizeWidth(raw);
  if (FREQUENCY.test(t.trim())) return [];
  const out: EmbeddedQuantity[] = [];
  NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER.exec(t))) {
    const at = m.index;
    const before = t.charAt(at - 1);
    // GB50300, 〔2020〕5号, 第3批: a code or an ordinal.
    if (/[A-Za-z第〔[(（/\-.]/.test(before)) continue;
    const end = at + m[0].length;
    const rest = t.slice(end);
    if (DATE_UNIT.test(rest.trimStart())) continue;
    const u = matchUnit(t, end);
    if (!u) continue;
    out.push({ number: Number(m[0]), unit: t.slice(end, u.end) });
    NUMBER.lastIndex = u.end;
  }
  if (!out.length) return out;
  let rest = t;
  for (const q of out) rest = rest.replace(`${q.number}${q.unit}`, "");
  return (rest.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= MIN_PROSE ? out : [];
});
