import type { Framework } from "./types";
import { textMemo, textPairMemo } from "./memo";

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

/** Accepted spellings → canonical 二级/一级 name (after `normalizeLabel`). */
const ALIASES: Record<string, string> = {
  环境效益指标: "生态效益指标",
  社会公众或服务对象满意度指标: "服务对象满意度指标",
  满意度: "满意度指标",
  服务对象满意度: "服务对象满意度指标",
};

/**
 * normalizeLabel is called for the same few 一级/二级 labels thousands of times per workbook (every rule asks
 * categoryOf); NFKC + three regexes per call made it the engine's top self-time function. Results are memoised
 * per input string (memo.ts).
 */
const normalizedLabel = textMemo(4096, (key) => normalizeLabelUncached(key));

/** Strip spaces, line breaks, brackets' width differences and add the 指标 suffix where it was left off. */
export function normalizeLabel(text: string): string {
  return normalizedLabel(String(text ?? ""));
}

function normalizeLabelUncached(text: string): string {
  let s = String(text ?? "")
    .normalize("NFKC")
    .replace(/[\s\u3000]+/g, "")
    .replace(/（/g, "(")
    .replace(/）/g, ")");
  if (!s) return "";
  if (!s.endsWith("指标") && /(产出|效益|满意度|数量|质量|时效|成本|影响)$/.test(s)) s += "指标";
  return ALIASES[s] ?? s;
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

/** `auto`: central-2021 when 成本指标 appears as a 一级 label, else classic (spec §2). */
export function resolveFramework(choice: Framework | "auto", level1Labels: string[]): Framework {
  if (choice !== "auto") return choice;
  return level1Labels.some((l) => normalizeLabel(l) === "成本指标") ? "central-2021" : "classic";
}
