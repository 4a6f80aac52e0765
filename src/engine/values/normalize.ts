/**
 * Text normalisation for the 指标值 parser.
 *
 * `normalizeWidth` maps every character to exactly ONE character (same string length), so an index found in the
 * normalised text is also an index into the text as written. That lets the parser report the operator and leftover
 * prose in the user's own spelling (＞, ≧, 不少于 …) while matching against a small half-width grammar.
 */

// Characters that normalizeWidth changes. Checked first so most cells (already half-width) skip the replace.
const WIDTH_CHARS = /[\uFF01-\uFF0B\uFF0D-\uFF5E\u3000\u00A0\u2000-\u200B\u202F\u205F\uFEFF\u2212\u2013\u2014\u2015\u2267\u2266\u2A7E\u2A7D\u226E\u226F\u2022\u30FB\u2027\uFF65\u2219\u22C5\u2550\t\n\r\v\f]/;
const WIDTH_CHARS_G = new RegExp(WIDTH_CHARS.source, "g");

function mapChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0); // full-width ASCII (not ，, see below)
  switch (c) {
    case 0x2212: // − minus sign
    case 0x2013: // – en dash
    case 0x2014: // — em dash
    case 0x2015: // ― horizontal bar
      return "-";
    case 0x2267: // ≧
    case 0x2a7e: // ⩾
    case 0x226e: // ≮ "not less than"
      return "≥";
    case 0x2266: // ≦
    case 0x2a7d: // ⩽
    case 0x226f: // ≯ "not greater than"
      return "≤";
    case 0x2550: // ═ (box-drawing double line, typed for = in some published tables)
      return "=";
    case 0x2022: // •
    case 0x30fb: // ・
    case 0x2027: // ‧
    case 0xff65: // ･
    case 0x2219: // ∙
    case 0x22c5: // ⋅
      return "·";
    default:
      return " "; // ideographic / no-break / zero-width spaces, tabs and line breaks
  }
}

/**
 * Full-width → half-width (digits, ％, ＞, ＝, ．, ／ …), dash and middle-dot variants unified, exotic spaces to " ".
 * The full-width comma "，" is kept: in Chinese text it separates clauses, it is not a thousands separator.
 */
export function normalizeWidth(s: string): string {
  return WIDTH_CHARS.test(s) ? s.replace(WIDTH_CHARS_G, mapChar) : s;
}

const HAS_LATEX = /[\\$]/;
const LATEX_OPERATOR = /\\(geqslant|leqslant|geq|leq|ge|le|gt|lt)(?![A-Za-z])/;

export interface Delatexed {
  text: string;
  /** The LaTeX operator as written, e.g. "$\geq$", for messages; null if none. */
  operatorText: string | null;
}

/**
 * Strip the LaTeX that PDF/Word conversions leave in values (`$\geq 100\%$`, `$= 100\%$`, `\leq`).
 * Returns the text unchanged (same object) when there is no backslash or dollar sign.
 */
export function delatex(s: string): Delatexed {
  if (!HAS_LATEX.test(s)) return { text: s, operatorText: null };
  const op = LATEX_OPERATOR.exec(s);
  const dollar = s.includes("$");
  const text = s
    .replace(/\\(?:text|mathrm|textrm|mbox|rm|mathit)\s*\{([^{}]*)\}/g, "$1")
    .replace(/\\(?:geqslant|geq|ge)(?![A-Za-z])/g, "≥")
    .replace(/\\(?:leqslant|leq|le)(?![A-Za-z])/g, "≤")
    .replace(/\\gt(?![A-Za-z])/g, ">")
    .replace(/\\lt(?![A-Za-z])/g, "<")
    .replace(/\\(?:cdot|bullet)(?![A-Za-z])/g, "·")
    .replace(/\\times(?![A-Za-z])/g, "×")
    .replace(/\\%/g, "%")
    .replace(/\\[,;:! ]/g, " ")
    .replace(/\\(?:quad|qquad)(?![A-Za-z])/g, " ")
    .replace(/[${}]/g, "")
    .trim();
  return { text, operatorText: op ? (dollar ? `$\\${op[1]}$` : `\\${op[1]}`) : null };
}
