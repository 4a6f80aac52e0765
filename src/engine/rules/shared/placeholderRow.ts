/**
 * Template placeholder rows: the "……" (or "×××", "XX指标") rows a blank form carries under each 二级 so the filler
 * can add indicators, published without being filled in or deleted. Several rules need to know a row is one: it
 * gets TEMPLATE_PLACEHOLDER_ROW, not VALUE_EMPTY or DUPLICATE_INDICATOR.
 */
import type { RowFacts } from "./rowFacts";

/** Only dots, ellipses, crosses, X's or dashes, optionally followed by 指标 ("……", "...", "×××", "XX指标"). */
const PLACEHOLDER_NAME = /^[\s.…。·•‥⋯xX×＊*？?—－\-_]+(?:指标)?$/;

export function isPlaceholderText(text: string): boolean {
  const t = text.trim();
  return t !== "" && PLACEHOLDER_NAME.test(t) && !/^[-—－_]$/.test(t);
}

/** A row whose 三级 is a template placeholder and whose value is empty or a placeholder too. */
export function isPlaceholderRow(f: RowFacts): boolean {
  if (!isPlaceholderText(f.ind.level3.text)) return false;
  const v = f.ind.value.text.trim();
  return v === "" || isPlaceholderText(v);
}
