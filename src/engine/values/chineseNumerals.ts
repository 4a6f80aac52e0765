/**
 * Chinese numerals as 公文 and forms write them: one table of digits, and the reading of a number up to 九十九 (十二,
 * 三十一, 两 for 二). Used by the date grammar (二季度, 二〇二六年十二月), the spending plan's month labels (十月底) and the
 * typo check's list numbering (一、 二、).
 */

/** Each numeral character and its value (〇 and 零 are the zeros of digit-by-digit years: 二〇二六). */
export const CN_DIGITS: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 十 → 10, 十二 → 12, 三十一 → 31, 五 → 5, digits as they are; null for anything else (a year is read digit by digit). */
export function cnNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === "十") return 10;
  const m = /^(十)?([一二两三四五六七八九])?$|^([一二两三四五六七八九])十([一二两三四五六七八九])?$/.exec(s);
  if (!m) return null;
  if (m[3]) return CN_DIGITS[m[3]] * 10 + (m[4] ? CN_DIGITS[m[4]] : 0);
  return (m[1] ? 10 : 0) + (m[2] ? CN_DIGITS[m[2]] : 0) || null;
}
