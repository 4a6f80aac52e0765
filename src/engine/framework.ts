import type { Framework } from "./types";
import { textMemo, textPairMemo } from "./memo";
import { combinedLevels, level1VariantOf, level2VariantOf, variantCanonical, type LevelVariant } from "./lexicon/levelNames";

/**
 * Indicator frameworks (spec §2) and the label normaliser every rule uses to compare
 * 一级/二级 labels: spelling variants such as 社会效益 / 社会效益指标, brackets, spaces.
 */

export type Category = "数量" | "质量" | "时效" | "成本" | "效益" | "满意度";

export interface FrameworkDef {
  id: Framework;
  /** 一级 → allowed 二级 (canonical names, with the 指标 suffix). */
  levels: Record<string, string[]>;
}

export const FRAMEWORKS: Record<Framework, FrameworkDef> = {
  classic: {
    id: "classic",
    levels: {
      产出指标: ["数量指标", "质量指标", "时效指标", "成本指标"],
      效益指标: ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
      满意度指标: ["服务对象满意度指标"],
    },
  },
  "central-2021": {
    id: "central-2021",
    levels: {
      产出指标: ["数量指标", "质量指标", "时效指标"],
      成本指标: ["经济成本指标", "社会成本指标", "生态环境成本指标"],
      效益指标: ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
      满意度指标: ["服务对象满意度指标"],
    },
  },
};

/** Accepted spellings → canonical 二级/一级 name (after formatting normalisation); silent, not a nonstandard name. */
const ALIASES: Record<string, string> = {
  环境效益指标: "生态效益指标",
  生态环境效益指标: "生态效益指标",
  社会公众或服务对象满意度指标: "服务对象满意度指标",
  满意度: "满意度指标",
  服务对象满意度: "服务对象满意度指标",
};

/**
 * Wording of the served group or of sustainability, accepted as written: 服务对象或受益者满意度指标, 群众满意度指标,
 * 受益对象满意度指标 are the 服务对象满意度指标; 可持续性发展影响指标, 可持续发展影响指标 the 可持续影响指标.
 */
const SATISFACTION_WORDING = /^[\u4e00-\u9fff、或和及与]{1,14}满意度指标$/;
const SUSTAINABILITY_WORDING = /^可持续(?:性)?(?:发展)?影响指标$/;

/**
 * normalizeLabel is called for the same few 一级/二级 labels thousands of times per workbook (every rule asks
 * categoryOf); NFKC + a few regexes per call made it the engine's top self-time function. Results are memoised
 * per input string (memo.ts).
 */
const normalizedLabel = textMemo(4096, (key) => normalizeLabelUncached(key));
const formedLabel = textMemo(4096, (key) => levelFormKeyUncached(key));

/** The canonical 一级/二级 name: formatting normalised (levelFormKey), accepted spellings and known variants mapped. */
export function normalizeLabel(text: string): string {
  return normalizedLabel(String(text ?? ""));
}

/**
 * A 一级/二级 label with its formatting differences removed, nothing renamed: NFKC (full-/half-width), no spaces or
 * line breaks, no required-field marks (*, ★), no numbering before the name (1. （一） ① 一、), no bracketed score or
 * explanation ("成本指标(0-20)分", "数量指标(或建筑规模指标)", "（选填）"), no trailing 等, and the 指标 suffix where
 * it was left off ("社会效益" → "社会效益指标").
 */
export function levelFormKey(text: string): string {
  return formedLabel(String(text ?? ""));
}

const NUMBERING = /^(?:\d{1,2}[.、．]|\(?[一二三四五六七八九十]{1,3}[)、.]|\(\d{1,2}\))/;

function levelFormKeyUncached(text: string): string {
  // Circled numbers first: NFKC would turn ① into a plain 1.
  let s = String(text ?? "")
    .replace(/^[\s\u3000]*[①-⑳]/, "")
    .normalize("NFKC")
    .replace(/[\s\u3000]+/g, "")
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .replace(/^[*★☆]+|[*]+$/g, "");
  if (!s) return "";
  s = s.replace(NUMBERING, "");
  // A bracketed score, choice or explanation is formatting unless it is the whole label.
  // A score whose opening bracket was lost (效益指标30分), the scanned 230's) is a score too.
  const unbracketed = s.replace(/\([^()]*\)分?/g, "").replace(/\(?\d+(?:-\d+)?分?\)?$/, "").replace(/\d+(?:-\d+)?分$/, "");
  if (unbracketed) s = unbracketed;
  if (s.length > 2 && s.endsWith("等")) s = s.slice(0, -1);
  if (!s.endsWith("指标") && /(产出|效益|满意度|数量|质量|时效|成本|影响|完成|效果)$/.test(s)) s += "指标";
  return s;
}

function normalizeLabelUncached(text: string): string {
  const s = levelFormKey(text);
  if (!s) return "";
  if (Object.prototype.hasOwnProperty.call(ALIASES, s)) return ALIASES[s];
  const v = variantCanonical(s);
  if (v) return v;
  if (SUSTAINABILITY_WORDING.test(s)) return "可持续影响指标";
  if (SATISFACTION_WORDING.test(s)) return "服务对象满意度指标";
  return s;
}

/** 一级 and 二级 written in one cell (产出指标-数量指标) as their standard names, or null. */
export function combinedLevelsOf(text: string): { l1: string; l2: string } | null {
  return combinedLevels(levelFormKey(text));
}

/** A recognisable nonstandard 一级 name (lexicon/levelNames.ts), or null. Asked per row: memoised by text. */
const level1VariantMemo = textMemo(1024, (text) => level1VariantOf(levelFormKey(text)));
export function level1Variant(text: string): LevelVariant | null {
  return level1VariantMemo(String(text ?? ""));
}

/** A recognisable nonstandard 二级 name under the (canonical) 一级 `l1`, or null. Asked per row: memoised by the pair. */
const level2VariantMemo = textPairMemo(1024, (text, l1): LevelVariant | null => {
  const key = levelFormKey(text);
  // An accepted spelling (环境效益指标 → 生态效益指标, ALIASES) is no variant, whatever the grammar would read in it.
  if (Object.prototype.hasOwnProperty.call(ALIASES, key)) return null;
  return level2VariantOf(key, l1);
});
export function level2Variant(text: string, l1: string): LevelVariant | null {
  return level2VariantMemo(String(text ?? ""), l1);
}

/**
 * categoryOf is asked for every row by several rules (cost rows, missing categories, reconciliation, years), always
 * for the same few 一级/二级 pairs: memoised in nested maps keyed by the texts as written (no key concatenation),
 * bounded like the label cache (memo.ts). `null` answers are stored too.
 */
const categoryOfPair = textPairMemo(1024, (k1, k2) => categoryOfUncached(k1, k2));

/** The category (数量/质量/时效/成本/效益/满意度) a row belongs to, from its 一级 and 二级. */
export function categoryOf(level1: string, level2: string): Category | null {
  return categoryOfPair(String(level1 ?? ""), String(level2 ?? ""));
}

function categoryOfUncached(level1: string, level2: string): Category | null {
  const l1 = normalizeLabel(level1);
  const l2 = normalizeLabel(level2);
  if (/^数量/.test(l2)) return "数量";
  if (/^质量/.test(l2)) return "质量";
  if (/^时效/.test(l2)) return "时效";
  if (/成本/.test(l2) || l1 === "成本指标") return "成本";
  if (/满意度/.test(l2) || l1 === "满意度指标") return "满意度";
  if (/效益|影响/.test(l2) || l1 === "效益指标") return "效益";
  // Tables that put the 二级 name into the 一级 column (成都 seed: "数量指标" as 一级).
  if (/^数量/.test(l1)) return "数量";
  if (/^质量/.test(l1)) return "质量";
  if (/^时效/.test(l1)) return "时效";
  return null;
}

/** Every standard 二级 name of either framework. */
const LEVEL2_NAMES = new Set(Object.values(FRAMEWORKS).flatMap((f) => Object.values(f.levels).flat()));

/**
 * The level a heading row names in an outline form (指标 | 指标值 with 一、产出指标 / （一）数量指标 / 1.培训人数 down
 * one column): 1 for 产出 / 效益 / 满意度, 2 for a 二级 name (数量指标, 社会效益指标, 产出数量 …), null for any other
 * text. 成本指标 is the 二级 of the classic 产出指标 and the central framework's own 一级.
 */
export function outlineLevelOf(text: string, currentLevel1: string | null): 1 | 2 | null {
  const key = normalizeLabel(text);
  if (key === "产出指标" || key === "效益指标" || key === "满意度指标") return 1;
  if (key === "成本指标") return currentLevel1 !== null && normalizeLabel(currentLevel1) === "产出指标" ? 2 : 1;
  return LEVEL2_NAMES.has(key) || categoryOf("", text) !== null ? 2 : null;
}

/** `auto`: central-2021 when 成本指标 appears as a 一级 label, else classic (spec §2). */
export function resolveFramework(choice: Framework | "auto", level1Labels: string[]): Framework {
  if (choice !== "auto") return choice;
  return level1Labels.some((l) => normalizeLabel(l) === "成本指标") ? "central-2021" : "classic";
}
