import type { CellValue } from "../types";

/**
 * Cell value → display text the rules compare. Trimmed; line breaks that only wrap a cell
 * ("参会人均费用\n", "得到广大民营企业家的充\n分认可") are removed, while a break before a numbered
 * item ("…一名。\n2.为保障…") is kept so multi-goal cells stay readable. Never throws.
 */
export function cellText(v: unknown): string {
  if (v == null) return "";
  if (typeof v === "string") return cleanString(v);
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) {
    const t = v.getTime();
    if (Number.isNaN(t)) return "";
    // Dates from xlsx readers are UTC midnights; write them the way the forms do.
    return `${v.getUTCFullYear()}年${v.getUTCMonth() + 1}月${v.getUTCDate()}日`;
  }
  if (typeof v === "object") {
    // Rich text / formula results some readers hand over (ExcelJS): use what they display.
    const o = v as { text?: unknown; result?: unknown; richText?: unknown };
    try {
      if (typeof o.text === "string") return cleanString(o.text);
      if (Array.isArray(o.richText)) return cleanString(o.richText.map((p: { text?: unknown }) => (typeof p?.text === "string" ? p.text : "")).join(""));
      if (o.result !== undefined && o.result !== v) return cellText(o.result);
    } catch {
      return "";
    }
  }
  return "";
}

const NUMBERED = /^(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)/;

function isSpace(code: number): boolean {
  return code <= 32 || code === 0x3000 || code === 0xa0 || code === 0xfeff;
}

/**
 * Full-width digits, Latin letters and ％ (typed with a Chinese input method in full-width mode, or left by a PDF
 * conversion: “≥９５％”, “１２月底”, “ｋｍ”) are the same numbers and units as their half-width forms; every rule reads
 * them half-width. A full-width ．or ／ between two digits is a decimal point or a fraction bar. Chinese punctuation
 * (，（）：；) is left as written: it is ordinary typography there, not a width slip.
 */
const FULL_WIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF05]/;
const FULL_WIDTH_ALNUM_G = new RegExp(FULL_WIDTH_ALNUM.source, "g");

/** The character codes FULL_WIDTH_ALNUM matches, for the fast path of cleanString (no regex per cell). */
function isFullWidthAlnum(c: number): boolean {
  return (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) || c === 0xff05;
}
const FULL_WIDTH_POINT = /(\d)[\uFF0E\uFF0F](?=\d)/g;

export function halfWidthAlnum(s: string): string {
  if (!FULL_WIDTH_ALNUM.test(s)) return s;
  return s.replace(FULL_WIDTH_ALNUM_G, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(FULL_WIDTH_POINT, (_, d: string) => d + (_.charCodeAt(1) === 0xff0e ? "." : "/"));
}

export function cleanString(s: string): string {
  const n = s.length;
  if (n === 0) return "";
  // Fast path: no control characters (line breaks, tabs), no full-width letters or digits, and nothing to trim.
  if (!isSpace(s.charCodeAt(0)) && !isSpace(s.charCodeAt(n - 1))) {
    let plain = true;
    for (let k = 0; k < n; k++) {
      const c = s.charCodeAt(k);
      if ((c < 32 && k > 0 && k < n - 1) || isFullWidthAlnum(c)) {
        plain = false;
        break;
      }
    }
    if (plain) return s;
  }
  s = halfWidthAlnum(s);
  if (s.indexOf("\n") < 0 && s.indexOf("\r") < 0) return trimAll(s.replace(/\t/g, " "));
  const lines = s.split(/\r\n|\r|\n/);
  let out = "";
  for (const raw of lines) {
    const line = trimAll(raw.replace(/\t/g, " "));
    if (!line) continue;
    out = out ? out + (NUMBERED.test(line) ? "\n" : "") + line : line;
  }
  return out;
}

function trimAll(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isSpace(s.charCodeAt(a))) a++;
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** Label key: no whitespace at all, full-width brackets and colon, no trailing colon ("项目编码："), NFKC-free (fast). */
export function labelKey(text: string): string {
  // Fast path (most cells): nothing the replaces below would change, so the text itself — no regex, no new strings.
  // Conservative: any character that might be whitespace for \s, a bracket or colon, or a trailing "：" takes the slow path.
  const n = text.length;
  let plain = n === 0 || text.charCodeAt(n - 1) !== 0xff1a;
  for (let i = 0; plain && i < n; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 0x28 || c === 0x29 || c === 0x3a || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) plain = false;
  }
  if (plain) return text;
  return text.replace(/[\s\u3000\u00a0]+/g, "").replace(/\(/g, "（").replace(/\)/g, "）").replace(/:/g, "：").replace(/：+$/, "");
}

/** Raw value as kept in CellText.raw: the host's value, with non-CellValue objects reduced to text. */
export function rawValue(v: unknown): CellValue {
  // A string keeps its own spacing and line breaks, but its full-width digits and letters read half-width as in `text`.
  if (typeof v === "string") return halfWidthAlnum(v);
  if (v == null || typeof v === "number" || typeof v === "boolean" || v instanceof Date) return v as CellValue;
  return cellText(v);
}
