/**
 * Template placeholder rows: the "……" (or "×××", "XX指标") rows a blank form carries under each 二级 so the filler
 * can add indicators, published without being filled in or deleted. Several rules need to know a row is one: it
 * gets TEMPLATE_PLACEHOLDER_ROW, not VALUE_EMPTY or DUPLICATE_INDICATOR.
 */
import type { RowFacts } from "./rowFacts";
import { cleanName } from "./indicatorKinds";
import { FILL_NOTE_WORDS } from "./placeholders";

/** Only dots, ellipses, crosses, X's or dashes, optionally followed by 指标 ("……", "...", "×××", "XX指标"). */
const PLACEHOLDER_NAME = /^[\s.…。·•‥⋯xX×＊*？?—－\-_]+(?:指标)?$/;

/** A form's fill-in note standing where the name belongs: （选填）, （必填）, 请填写. */
const FILL_NOTE = new RegExp(`^[（(]?(?:${FILL_NOTE_WORDS})[）)]?$`);

export function isPlaceholderText(text: string): boolean {
  const t = text.trim();
  return t !== "" && ((PLACEHOLDER_NAME.test(t) && !/^[-—－_]$/.test(t)) || FILL_NOTE.test(t));
}

/** A template's numbered slot with nothing in it: 指标1, 指标2, 三级指标3, 指标一 (101 廊坊's 指标2 rows). */
const NUMBERED_SLOT = /^(?:三级)?指标\s*[0-9０-９一二三四五六七八九十]{1,2}\s*[:：.、]?$/;

export function isNumberedSlot(text: string): boolean {
  return NUMBERED_SLOT.test(text.trim());
}

/** A list number before a name: 1. / 2、 / (3) / ④. */
const LEADING_NUMBER = /^\s*(?:\d{1,2}\s*[.、．)）]|[（(]\d{1,2}[)）]|[①-⑳])\s*/;

/** A row whose 三级 is a template placeholder (or a numbered slot, 指标2) and whose value is empty or a placeholder too. */
export function isPlaceholderRow(f: RowFacts): boolean {
  // The name first: it rejects nearly every row (a real indicator's name is no placeholder).
  const l3 = f.ind.level3.text;
  // A slot numbered like the real rows around it (②指标2, 3.指标3) is still an empty slot.
  const slot = isNumberedSlot(l3) || isNumberedSlot(cleanName(l3));
  // 1.（选填）, （选填）（核心指标）: the fill-in note numbered or noted like the real names around it.
  if (!slot && !isPlaceholderText(l3) && !isPlaceholderText(cleanName(l3.replace(LEADING_NUMBER, "")))) return false;
  const v = f.ind.value.text.trim();
  // A lone dash says "not applicable" on a real row, but on a numbered slot (指标2 | -) nothing was filled in.
  return v === "" || isPlaceholderText(v) || (slot && /^[-—－_]$/.test(v));
}
