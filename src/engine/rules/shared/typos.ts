/**
 * Typo detection for cell text (R-TXT-001): a dictionary of known near-misses, a small table of
 * traditional characters that slip into simplified documents, doubled words, unbalanced paired
 * punctuation and English words or quotes inside Chinese text.
 *
 * `findTypos` is exported for reuse (e.g. header-field checks). It never throws and allocates
 * nothing for clean text beyond the regex tests.
 */
import { textMemo } from "../../memo";

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
  ["合格律", "合格率"],
  ["覆盖律", "覆盖率"],
  ["完成律", "完成率"],
  ["及时律", "及时率"],
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

/** A doubled two-character word, "意见意见" (words outside the dictionary). */
const DOUBLED_WORD = /([\u4e00-\u9fff]{2})\1/g;
/** Reduplications that are correct Chinese. */
const DOUBLED_OK = new Set(["研究研究", "讨论讨论", "商量商量", "学习学习", "了解了解", "考虑考虑", "整理整理", "打扫打扫"]);

/** The English word "and" between Chinese words ("会员服务 and 党建工作"). */
const ENGLISH_AND = /([\u4e00-\u9fff）)])\s*(\b(?:and|And|AND)\b|&)\s*(?=[\u4e00-\u9fff（(])/g;
/** ASCII double quotes around Chinese text: "万家民营企业评营商环境". */
const ASCII_QUOTES = /"([^"\n]*[\u4e00-\u9fff][^"\n]*)"/g;

export type TypoKind = "dictionary" | "traditional" | "doubled" | "unbalanced" | "english-and" | "ascii-quotes";

export interface Typo {
  kind: TypoKind;
  /** The text found, e.g. "历史惊讶标准". */
  found: string;
  /** What it should be ("" when only a hint can be given, e.g. an unbalanced quote). */
  replacement: string;
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
for (const ch of "“”《》\"&") FLAG[ch.charCodeAt(0)] = 1;
for (const w of [...TYPO_DICTIONARY.map(([wrong]) => wrong), "and", "And", "AND"]) {
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
    // ABAB: a doubled two-character word (CJK only)
    if (c >= 0x4e00 && c <= 0x9fff && i + 3 < n && text.charCodeAt(i + 2) === c && text.charCodeAt(i + 1) === text.charCodeAt(i + 3)) {
      const c1 = text.charCodeAt(i + 1);
      if (c1 >= 0x4e00 && c1 <= 0x9fff) return true;
    }
  }
  return false;
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
  DOUBLED_WORD.lastIndex = 0;
  if (DOUBLED_WORD.test(fixed)) {
    fixed = fixed.replace(DOUBLED_WORD, (w: string, word: string) => {
      if (DOUBLED_OK.has(w)) return w;
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
  return { typos, fixed };
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
      return t.found === "“" || t.found === "”" ? `引号“”不成对（多了“${t.found}”），请补全或删除` : `书名号《》不成对（多了“${t.found}”），请补全或删除`;
  }
}
