/**
 * Typo detection for cell text (R-TXT-001): a dictionary of known near-misses, a small table of
 * traditional characters that slip into simplified documents, doubled words, unbalanced paired
 * punctuation and English words or quotes inside Chinese text.
 *
 * `findTypos` is exported for reuse (e.g. header-field checks). It never throws and allocates
 * nothing for clean text beyond the regex tests.
 */
import { textMemo } from "../../memo";
import { CONFUSABLES } from "./confusables";
import { CN_DIGITS } from "../../values/chineseNumerals";

/** Known near-misses seen in the seeds and their corrections (exact substrings). */
export const TYPO_DICTIONARY: ReadonlyArray<readonly [wrong: string, right: string]> = [
  ["历史惊讶标准", "历史经验标准"],
  ["历史经研标准", "历史经验标准"],
  ["计划惊讶标准", "计划标准"],
  ["行业惊讶标准", "行业标准"],
  ["意见意见", "意见"],
  ["绩效指票", "绩效指标"],
  ["指标植", "指标值"],
  ["满意读", "满意度"],

  ["按时完城", "按时完成"],
  ["工商连", "工商联"],
  ["营商坏境", "营商环境"],
  ["预箅", "预算"],
];

/**
 * Traditional characters that have a single simplified form and are never correct in simplified
 * text. Characters that are also valid simplified characters (著, 乾, 於 in names, 麽…) are left out on purpose.
 */
export const TRADITIONAL_CHARS: Readonly<Record<string, string>> = {
  務: "务", 會: "会", 資: "资", 費: "费", 際: "际", 經: "经", 濟: "济", 發: "发", 產: "产", 質: "质",
  時: "时", 標: "标", 準: "准", 據: "据", 設: "设", 備: "备", 額: "额", 數: "数", 項: "项", 計: "计",
  劃: "划", 調: "调", 報: "报", 規: "规", 範: "范", 為: "为", 與: "与", 對: "对", 進: "进", 開: "开",
  關: "关", 門: "门", 機: "机", 構: "构", 總: "总", 體: "体", 實: "实", 現: "现", 這: "这", 們: "们",
  個: "个", 員: "员", 層: "层", 營: "营", 業: "业", 單: "单", 導: "导", 傳: "传", 價: "价", 點: "点",
  擊: "击", 覽: "览", 網: "网", 絡: "络", 線: "线", 維: "维", 護: "护", 運: "运", 轉: "转", 優: "优",
  滿: "满", 訓: "训", 練: "练", 議: "议", 協: "协", 區: "区", 縣: "县", 鎮: "镇", 農: "农", 電: "电",
  購: "购", 買: "买", 賣: "卖", 處: "处", 辦: "办", 決: "决", 問: "问", 題: "题", 應: "应", 當: "当",
  從: "从", 後: "后", 並: "并", 將: "将", 還: "还", 過: "过", 達: "达", 蓋: "盖", 級: "级", 環: "环",
  態: "态", 綠: "绿", 節: "节", 約: "约", 減: "减", 續: "续", 響: "响", 獲: "获", 認: "认", 證: "证",
  書: "书", 稱: "称", 歷: "历", 驗: "验", 驚: "惊", 學: "学", 習: "习", 結: "结", 織: "织", 組: "组",
  黨: "党", 統: "统", 戰: "战", 聯: "联", 請: "请", 論: "论", 講: "讲", 課: "课", 場: "场",
  種: "种", 類: "类", 號: "号", 寫: "写", 閱: "阅", 讀: "读", 視: "视", 頻: "频", 廣: "广", 傑: "杰",
  執: "执", 檢: "检", 測: "测", 評: "评", 
  嚴: "严", 風: "风", 險: "险", 異: "异", 樣: "样", 錢: "钱", 銀: "银", 財: "财", 貸: "贷", 稅: "税",
};

const TRAD_CLASS = new RegExp(`[${Object.keys(TRADITIONAL_CHARS).join("")}]`, "g");

const DICT_RE = new RegExp(TYPO_DICTIONARY.map(([w]) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
const DICT_MAP = new Map(TYPO_DICTIONARY.map(([w, r]) => [w, r] as const));

/** A doubled word or fragment of 2–8 characters, "意见意见", "服务中心服务中心" (words outside the dictionary). */
const DOUBLED_WORD = /([\u4e00-\u9fff]{2,8})\1/g;
/** Characters that make a two-character word a longer one (企业 → 企业家, 管理 → 管理者, 服务 → 服务员). */
/**
 * Words for an area that also end the names of places (樊城区 + 城区, 幸福社区 + 社区服务, 高新区 + 新区): doubled after a
 * name, the first copy closes the name. 乡村乡村 or 意见意见 stay doubled.
 */
const AREA_WORD = /^[城市镇新园景社山林矿库片郊]区$/;
const WORD_SUFFIX = new Set([..."家者员人们化性界所部站局会区户群点费金类型式库网端"]);
/** Reduplications that are correct Chinese. */
const DOUBLED_OK = new Set(["研究研究", "讨论讨论", "商量商量", "学习学习", "了解了解", "考虑考虑", "整理整理", "打扫打扫"]);

/** The English word "and" between Chinese words ("会员服务 and 党建工作"). */
const ENGLISH_AND = /([\u4e00-\u9fff）)])\s*(\b(?:and|And|AND)\b|&)\s*(?=[\u4e00-\u9fff（(])/g;
/** ASCII double quotes around Chinese text: "万家民营企业评营商环境". */
const ASCII_QUOTES = /"([^"\n]*[\u4e00-\u9fff][^"\n]*)"/g;

export type TypoKind =
  | "dictionary"
  | "confusable"
  | "traditional"
  | "doubled"
  | "unbalanced"
  | "english-and"
  | "ascii-quotes"
  | "numbering"
  | "date"
  | "percent"
  | "place";

export interface Typo {
  kind: TypoKind;
  /** The text found, e.g. "历史惊讶标准". */
  found: string;
  /** What it should be ("" when only a hint can be given, e.g. an unbalanced quote). */
  replacement: string;
  /** Why, when the correction needs a word of explanation (confusables, numbering). */
  note?: string;
}

export interface TypoReport {
  readonly typos: readonly Typo[];
  /** The text with every fixable typo corrected (equal to the input when nothing could be fixed). */
  fixed: string;
}

const QUICK_CHECK = /[“”《》"&]|and|AND|And/;

function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/**
 * One cheap pass that every typo needs to pass first, without regexes or allocation: a typed-array flag
 * per character code marks traditional characters, paired punctuation, ASCII quotes and "&" (flag 1:
 * suspicious at once) and the first characters of dictionary words and of "and" (flag 2: confirmed with
 * startsWith); a doubled two-character CJK word is checked in the same loop. Clean cells (nearly all of
 * them) stop here.
 */
const FLAG = new Uint8Array(65536);
const WORDS_AT = new Map<number, string[]>();
for (const ch of Object.keys(TRADITIONAL_CHARS)) FLAG[ch.charCodeAt(0)] = 1;
for (const ch of "“”《》\"&（）()【】〔〕‘’") FLAG[ch.charCodeAt(0)] = 1;
for (const w of [...TYPO_DICTIONARY.map(([wrong]) => wrong), ...CONFUSABLES.map((c) => c.core), "and", "And", "AND"]) {
  const c = w.charCodeAt(0);
  if (FLAG[c] !== 1) FLAG[c] = 2;
  const list = WORDS_AT.get(c) ?? [];
  list.push(w);
  WORDS_AT.set(c, list);
}

/** True when `text` may hold a typo (no false negatives: findTypos finds nothing when this is false). */
export function mayHaveTypos(text: string): boolean {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const flag = FLAG[c];
    if (flag === 1) return true;
    if (flag === 2) {
      for (const w of WORDS_AT.get(c)!) if (text.startsWith(w, i)) return true;
    }
    if (c >= 0x4e00 && c <= 0x9fff) {
      // A Chinese list number ("一、" "二、"): the numbering check needs the full scan.
      if (text.charCodeAt(i + 1) === 0x3001 && CHINESE_NUMERALS.includes(text[i])) return true;
      // A doubled word or fragment (ABAB, ABCABC … up to 8 characters; CJK only).
      for (let k = 2; k <= 8 && i + 2 * k <= n; k++) if (text.charCodeAt(i + k) === c && repeatsAt(text, i, k)) return true;
    } else if (DOUBLE_PUNCT.includes(text[i]) && text.charCodeAt(i + 1) === c) {
      return true;
    } else if (c >= 0x30 && c <= 0x39) {
      // A list number ("2." "3、") or a run of five digits (a date written without separators).
      const next = text.charCodeAt(i + 1);
      if ((next === 0x2e || next === 0x3001 || next === 0xff0e) && !isDigitCode(text.charCodeAt(i + 2))) return true;
      // A per cent sign between digits ("9%0得10分"): the sign slipped into the number.
      if ((next === 0x25 || next === 0xff05) && isDigitCode(text.charCodeAt(i + 2))) return true;
      // Amounts such as 10000 are common: only a run that a period separator follows or precedes is a date candidate.
      if (i + 4 < n && isDigitCode(next) && isDigitCode(text.charCodeAt(i + 2)) && isDigitCode(text.charCodeAt(i + 3)) && isDigitCode(text.charCodeAt(i + 4)) && PERIOD_SEP.test(text)) return true;
    }
  }
  return false;
}

const PERIOD_SEP = /[-~～—至到]/;
const CHINESE_NUMERALS = "一二三四五六七八九十";
/** Sentence punctuation that is never doubled ("，，", "。。"). */
const DOUBLE_PUNCT = "，。；、：";
const DOUBLED_PUNCT_RE = /([，。；、：])\1+/g;

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** text[i, i+k) is CJK and is repeated at i+k. */
function repeatsAt(text: string, i: number, k: number): boolean {
  for (let j = 0; j < k; j++) {
    const a = text.charCodeAt(i + j);
    if (a < 0x4e00 || a > 0x9fff || a !== text.charCodeAt(i + k + j)) return false;
  }
  return true;
}

/** Cell texts repeat (依据 "根据年初工作安排" on every row): results memoised (memo.ts), frozen since they are shared. */
const NO_TYPOS: readonly Typo[] = Object.freeze([]);
const typoReport = textMemo(20000, (key): TypoReport => {
  const r = scan(key);
  Object.freeze(r.typos);
  return Object.freeze(r);
});

/** Every typo in `text`, and the corrected text. Returns an empty list for clean text. The result is shared: do not mutate. */
export function findTypos(text: string): TypoReport {
  const key = String(text ?? "");
  if (!mayHaveTypos(key)) return { typos: NO_TYPOS, fixed: key };
  return typoReport(key);
}

/** The full scan without the pre-scan and the memo (exported for the property test that the pre-scan misses nothing). */
export function scanTypos(text: string): TypoReport {
  return scan(text);
}

function scan(text: string): TypoReport {
  const typos: Typo[] = [];
  let fixed = String(text ?? "");
  if (!fixed) return { typos, fixed };

  DICT_RE.lastIndex = 0;
  if (DICT_RE.test(fixed)) {
    fixed = fixed.replace(DICT_RE, (w) => {
      const r = DICT_MAP.get(w) ?? w;
      typos.push({ kind: "dictionary", found: w, replacement: r });
      return r;
    });
  }
  for (const c of CONFUSABLE_RES) {
    if (!fixed.includes(c.core)) continue;
    c.re.lastIndex = 0;
    if (!c.re.test(fixed)) continue;
    c.re.lastIndex = 0;
    fixed = fixed.replace(c.re, (w) => {
      typos.push({ kind: "confusable", found: w, replacement: c.right, ...(c.note ? { note: c.note } : {}) });
      return c.right;
    });
  }
  DOUBLED_WORD.lastIndex = 0;
  if (DOUBLED_WORD.test(fixed)) {
    fixed = fixed.replace(DOUBLED_WORD, (w: string, word: string, at: number, whole: string) => {
      if (DOUBLED_OK.has(w)) return w;
      // 民营企业企业家, 服务服务员: the second copy starts a longer word (企业家), so nothing is doubled.
      if (word.length === 2 && WORD_SUFFIX.has(whole.charAt(at + w.length))) return w;
      // 樊城区城区, 西城区城区: the first copy closes a place name (樊城区), the second is a word of its own (城区, the
      // urban area), so nothing is doubled.
      if (AREA_WORD.test(word) && at > 0 && /[\u4e00-\u9fff]/.test(whole.charAt(at - 1))) return w;
      typos.push({ kind: "doubled", found: w, replacement: word });
      return word;
    });
  }
  TRAD_CLASS.lastIndex = 0;
  if (TRAD_CLASS.test(fixed)) {
    const seen = new Set<string>();
    fixed = fixed.replace(TRAD_CLASS, (ch) => {
      const s = TRADITIONAL_CHARS[ch] ?? ch;
      if (!seen.has(ch)) {
        seen.add(ch);
        typos.push({ kind: "traditional", found: ch, replacement: s });
      }
      return s;
    });
  }
  if (QUICK_CHECK.test(fixed)) {
    ENGLISH_AND.lastIndex = 0;
    if (ENGLISH_AND.test(fixed)) {
      ENGLISH_AND.lastIndex = 0;
      fixed = fixed.replace(ENGLISH_AND, (_m: string, before: string, word: string) => {
        typos.push({ kind: "english-and", found: word, replacement: "和" });
        return `${before}和`;
      });
    }
    ASCII_QUOTES.lastIndex = 0;
    if (ASCII_QUOTES.test(fixed)) {
      ASCII_QUOTES.lastIndex = 0;
      fixed = fixed.replace(ASCII_QUOTES, (m: string, inner: string) => {
        typos.push({ kind: "ascii-quotes", found: m, replacement: `“${inner}”` });
        return `“${inner}”`;
      });
    }
    const open = countChar(fixed, "“");
    const close = countChar(fixed, "”");
    if (open !== close) typos.push({ kind: "unbalanced", found: open > close ? "“" : "”", replacement: "" });
    const bOpen = countChar(fixed, "《");
    const bClose = countChar(fixed, "》");
    if (bOpen !== bClose) typos.push({ kind: "unbalanced", found: bOpen > bClose ? "《" : "》", replacement: "" });
  }
  DOUBLED_PUNCT_RE.lastIndex = 0;
  if (DOUBLED_PUNCT_RE.test(fixed)) {
    fixed = fixed.replace(DOUBLED_PUNCT_RE, (w: string, p: string) => {
      typos.push({ kind: "doubled", found: w, replacement: p });
      return p;
    });
  }
  if (BRACKET_CHECK.test(fixed)) unbalancedBrackets(fixed, typos);
  if (LIST_CHECK.test(fixed)) brokenNumbering(fixed, typos);
  if (DIGIT_RUN.test(fixed)) unseparatedDates(fixed, typos);
  for (const m of fixed.matchAll(PERCENT_INSIDE)) typos.push({ kind: "percent", found: m[0], replacement: "" });
  return { typos, fixed };
}

const CONFUSABLE_RES = CONFUSABLES.map((c) => ({ ...c, re: new RegExp(c.pattern, "g") }));

const BRACKET_CHECK = /[（）()【】〔〕]/;
/** List markers that close a bracket without opening one: "1）", "(2)" is balanced; "一)" too. */
const LIST_CLOSE = /(^|[\s；;。，,：:、])[0-9一二三四五六七八九十]{1,2}[)）]/g;
const BRACKET_PAIRS: ReadonlyArray<readonly [open: string, close: string, name: string]> = [
  ["（(", "）)", "括号（）"],
  ["【", "】", "方括号【】"],
  ["〔", "〕", "六角括号〔〕"],
];

function countAny(text: string, chars: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (chars.includes(text[i])) n++;
  return n;
}

/** Brackets opened and not closed (or closed and not opened), list markers such as "1）" set aside. */
function unbalancedBrackets(text: string, typos: Typo[]): void {
  const t = text.replace(LIST_CLOSE, "$1");
  for (const [open, close, name] of BRACKET_PAIRS) {
    const o = countAny(t, open);
    const c = countAny(t, close);
    if (o !== c) typos.push({ kind: "unbalanced", found: o > c ? open[0] : close[0], replacement: "", note: name });
  }
}

const LIST_CHECK = /\d[.、．](?!\d)|[一二三四五六七八九十][、）)]/;
/** "1." "2、" at the start or after a separator (not 1.5, not 目标1). */
const ARABIC_MARKER = /(?:^|[\s；;。，,：:！!？?])(\d{1,2})\s*[.、．](?!\d)/g;
/** "一、" at the start or after a separator, "（一）" anywhere. */
const CHINESE_MARKER = /(?:(?:^|[\s；;。，,：:])([一二三四五六七八九十])、|[（(]([一二三四五六七八九十])[）)])/g;

/** A list numbered 1. 2. 4. (a gap) or 1. 2. 2. (a repeat): the first break of each numbering style. */
function brokenNumbering(text: string, typos: Typo[]): void {
  const check = (nums: { n: number; text: string }[]): void => {
    if (nums.length < 2 || nums[0].n !== 1) return;
    for (let k = 1; k < nums.length; k++) {
      if (nums[k].n === k + 1) continue;
      const prev = nums[k - 1].text;
      typos.push({ kind: "numbering", found: nums[k].text, replacement: "", note: `“${prev}”之后是“${nums[k].text}”` });
      return;
    }
  };
  check([...text.matchAll(ARABIC_MARKER)].map((m) => ({ n: Number(m[1]), text: m[0].replace(/^[\s；;。，,：:！!？?]/, "").trim() })));
  check(
    [...text.matchAll(CHINESE_MARKER)].map((m) => ({ n: CN_DIGITS[m[1] ?? m[2]], text: m[0].replace(/^[\s；;。，,：:]/, "").trim() })),
  );
}

const DIGIT_RUN = /\d{5}/;
/**
 * A per cent sign inside a number ("9%0得10分" for 90%): digits on both sides, and the digits after it are no second
 * percentage of their own ("10%20%" is two values run together, not this slip).
 */
const PERCENT_INSIDE = /(?<![\d.])\d+(?:\.\d+)?[%％]\d+(?![\d.]*[%％\d])/g;
/** Two dates of a period written as bare digits, one of which is no yyyymm / yyyymmdd: "20246-202516". */
const UNSEPARATED_PERIOD = /(?<!\d)((?:19|20)\d{3,6})\s*[-~～—至到]\s*((?:19|20)\d{3,6})(?!\d)/g;

function validCompactDate(d: string): boolean {
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(4, 6));
  if (d.length === 6) return m >= 1 && m <= 12;
  if (d.length === 8) {
    const day = Number(d.slice(6, 8));
    return m >= 1 && m <= 12 && day >= 1 && day <= new Date(Date.UTC(y, m, 0)).getUTCDate();
  }
  return false;
}

function unseparatedDates(text: string, typos: Typo[]): void {
  for (const m of text.matchAll(UNSEPARATED_PERIOD)) {
    if (validCompactDate(m[1]) && validCompactDate(m[2])) continue;
    typos.push({ kind: "date", found: m[0], replacement: "" });
  }
}

/** Place names of a project name: 大青冈村, 古昌镇, 城关街道 (2–4 characters and the kind of place). */
const PLACE = /[\u4e00-\u9fff]{2,4}?(?:村|镇|乡|社区|街道)/g;

/**
 * Place names in `text` that differ by one character from a place of the project name (大青杠村 in the 项目概况 of
 * the project 大青冈村…): the same place misspelt in one of the two. The project name's spelling is suggested.
 */
export function placeNameSlips(text: string, projectName: string): Typo[] {
  if (!text || !projectName) return [];
  const out: Typo[] = [];
  for (const m of projectName.matchAll(PLACE)) {
    const place = m[0];
    const suffix = /(?:社区|街道|村|镇|乡)$/.exec(place)?.[0] ?? "";
    const len = place.length;
    for (let j = text.indexOf(suffix); j >= 0; j = text.indexOf(suffix, j + 1)) {
      const start = j + suffix.length - len;
      if (start < 0) continue;
      const cand = text.slice(start, start + len);
      if (cand === place || !/^[\u4e00-\u9fff]+$/.test(cand)) continue;
      let diff = 0;
      for (let k = 0; k < len - suffix.length; k++) if (cand[k] !== place[k]) diff++;
      // One character apart, and not the first one alone (古昌镇 vs 新昌镇 are two places).
      if (diff === 1 && cand[0] === place[0] && !out.some((t) => t.found === cand)) {
        out.push({ kind: "place", found: cand, replacement: place });
      }
    }
  }
  return out;
}

/** One zh-CN phrase per typo, for messages: “历史惊讶标准”应为“历史经验标准”. */
export function describeTypo(t: Typo): string {
  switch (t.kind) {
    case "dictionary":
      return `“${t.found}”应为“${t.replacement}”`;
    case "doubled":
      return `“${t.found}”重复，应为“${t.replacement}”`;
    case "traditional":
      return `繁体字“${t.found}”应为“${t.replacement}”`;
    case "english-and":
      return `中文中夹有英文“${t.found}”，应为“和”`;
    case "ascii-quotes":
      return `英文引号${t.found}应改为中文引号${t.replacement}`;
    case "unbalanced":
      if (t.note) return `${t.note}不成对（多了“${t.found}”），请补全或删除`;
      return t.found === "“" || t.found === "”" ? `引号“”不成对（多了“${t.found}”），请补全或删除` : `书名号《》不成对（多了“${t.found}”），请补全或删除`;
    case "confusable":
      return `“${t.found}”应为“${t.replacement}”${t.note ? `（${t.note}）` : ""}`;
    case "numbering":
      return `编号不连续：${t.note ?? `“${t.found}”`}，请按顺序重新编号`;
    case "place":
      return `地名“${t.found}”与项目名称中的“${t.replacement}”不一致，请核对并统一`;
    case "percent":
      return `“${t.found}”中百分号的位置不对，请核对数字，写成如“90%”的形式`;
    case "date":
      return `日期“${t.found}”缺少年、月分隔，无法识读，请写成“2024年6月至2025年1月”这样的形式`;
  }
}
