/**
 * The labels that anchor a 绩效目标表 (keys after `labelKey`: no spaces, full-width brackets).
 * A cell is a label only when its whole text is one of these, so indicator texts that merely
 * contain 绩效目标 or 预算数 never count.
 */
import { normalizeWidth } from "../values/normalize";

export type LabelKind =
  | "code"
  | "name"
  | "dept"
  | "budgetGroup"
  | "budget"
  | "fiscal"
  | "other"
  | "purpose"
  | "plan"
  | "goal"
  | "l1"
  | "l2"
  | "l3"
  | "desc"
  | "value"
  | "basis"
  | "skip" // 年度绩效指标: a row label beside the indicator block, never a value
  | "misc"; // other form labels (年度主要任务, 任务名称…): values are not read, but they are not values either

const LABELS: Record<string, LabelKind> = {
  项目编码: "code",
  项目代码: "code",
  项目名称: "name",
  部门名称: "dept",
  单位名称: "dept",
  预算规模及资金用途: "budgetGroup",
  预算规模: "budgetGroup",
  预算数: "budget",
  预算金额: "budget",
  年度预算数: "budget",
  资金总额: "budget",
  "其中：财政资金": "fiscal",
  财政资金: "fiscal",
  财政拨款: "fiscal",
  "其中：财政拨款": "fiscal",
  "其中：财政性资金": "fiscal",
  财政性资金: "fiscal",
  "其中：其他资金": "other",
  其他资金: "other",
  资金用途: "purpose",
  "资金支出计划（%）": "plan",
  资金支出计划: "plan",
  "支出计划（%）": "plan",
  "资金支出进度计划（%）": "plan",
  绩效目标: "goal",
  年度绩效目标: "goal",
  年度总体目标: "goal",
  总体绩效目标: "goal",
  一级指标: "l1",
  二级指标: "l2",
  三级指标: "l3",
  绩效指标描述: "desc",
  指标描述: "desc",
  指标解释: "desc",
  指标值: "value",
  "指标值（包含数字及文字描述）": "value",
  目标值: "value",
  指标值确定依据: "basis",
  确定依据: "basis",
  年度绩效指标: "skip",
  年度主要任务: "misc",
  任务名称: "misc",
  主要内容: "misc",
  年度部门整体支出预算: "misc",
};

/** First character codes of every label: a cheap filter before building a key (no one-character strings). */
export const LABEL_FIRST = new Set(Object.keys(LABELS).map((k) => k.charCodeAt(0)));

export function labelKind(key: string): LabelKind | undefined {
  return Object.prototype.hasOwnProperty.call(LABELS, key) ? LABELS[key] : undefined;
}

export type HeaderRole = "l1" | "l2" | "l3" | "desc" | "value" | "basis" | "op" | "unit";

/**
 * Header cell of the indicator block → column role. "op" (指标性质 / 计算符号) and "unit" (度量单位 /
 * 计量单位) are the separate columns of finance-system exports, where 指标值 holds only the number.
 */
export function headerRole(key: string): HeaderRole | null {
  if (key === "一级指标") return "l1";
  if (key === "二级指标") return "l2";
  if (key === "三级指标") return "l3";
  if (key.startsWith("指标值确定") || key.endsWith("确定依据") || key === "依据") return "basis";
  if (key.startsWith("指标值") || key === "目标值" || key === "年度指标值") return "value";
  if (key.includes("描述") || key === "指标解释") return "desc";
  if (key === "指标性质" || key === "计算符号" || key === "指标方向" || key === "符号") return "op";
  if (key === "度量单位" || key === "计量单位" || key === "单位") return "unit";
  return null;
}

/** 指标性质 cell → operator written before the number ("正向" → ≥, "反向" → ≤; symbols pass through). */
export function operatorOf(text: string): string {
  // ≧ ≦ ═ ＞ as published are the operators ≥ ≤ = > of the value grammar.
  const t = normalizeWidth(text).replace(/\s+/g, "");
  if (!t || /定性/.test(t)) return "";
  if (/^正向/.test(t) || /不低于|大于等于/.test(t)) return "≥";
  if (/^反向/.test(t) || /不高于|小于等于/.test(t)) return "≤";
  if (/^(等于|=|＝)/.test(t)) return "=";
  if (/^(≥|≤|>|<|>=|<=|＞|＜|=)/.test(t)) return t;
  return "";
}

/** The 定性/定量 word of an 指标性质 cell ("定性", "定量指标"), or undefined. */
export function natureOf(text: string): "定性" | "定量" | undefined {
  return text.includes("定性") ? "定性" : text.includes("定量") ? "定量" : undefined;
}

/** "3月底" → 3, "12月底前" → 12, "年底" → 12; null when no month is named. */
export function monthOf(label: string): number | null {
  const m = /(\d{1,2})\s*月/.exec(label);
  if (m) {
    const n = Number(m[1]);
    return n >= 1 && n <= 12 ? n : null;
  }
  if (/年底|年末|全年/.test(label)) return 12;
  const q = /第?([一二三四1-4])季度/.exec(label);
  if (q) return { 一: 3, 二: 6, 三: 9, 四: 12, "1": 3, "2": 6, "3": 9, "4": 12 }[q[1]] ?? null;
  return null;
}

/** Framework-style 一级/二级 words: a row holding only such a word still belongs to the block. */
export function looksLikeLevelLabel(text: string): boolean {
  return text.length <= 12 && /(指标|效益|满意度)$/.test(text);
}
