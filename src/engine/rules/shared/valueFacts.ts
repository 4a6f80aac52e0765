/**
 * Questions about a parsed 指标值 that several row rules ask (is it a percentage, a count, money…).
 * Thin wrappers over ParsedValue so every rule reads the parser's result the same way.
 */
import type { ParsedValue } from "../../values/types";
import { isCountUnit } from "./indicatorKinds";
import { writtenUnit } from "./messages";

export function isPercent(p: ParsedValue): boolean {
  return p.unitClass === "percent" || p.normalizedUnit === "%";
}

/** How many of each share unit make one per cent: 5‰ is 0.5 %, 230/10万 (a health rate per head) is 0.23 %. */
const PER_PERCENT: Readonly<Record<string, number>> = { "‰": 10, "‱": 100, "/10万": 1000, "/100万": 10000 };

/**
 * A share's number in per cent (≤230/10万 → 0.23), so that 100 % is the whole whatever unit the share is written in;
 * the number itself for % and 个百分点. Null without a number or a share unit.
 */
export function percentOf(p: ParsedValue): number | null {
  if (p.number === null || !isPercent(p)) return null;
  return p.number / (PER_PERCENT[p.normalizedUnit] ?? 1);
}

/** A number was found (quantity, possibly fused with text). */
export function hasNumber(p: ParsedValue): p is ParsedValue & { number: number } {
  return p.number !== null && Number.isFinite(p.number);
}

/** A clean quantity or duration (≤24小时): number, not fused with prose. */
export function isCleanQuantity(p: ParsedValue): p is ParsedValue & { number: number } {
  return (p.kind === "quantity" || p.kind === "duration") && hasNumber(p) && !p.mixed;
}

export function isMoney(p: ParsedValue): boolean {
  return p.unitClass === "money" || p.unitClass === "unit-cost";
}

export function isCount(p: ParsedValue): boolean {
  if (p.unitClass === "count") return true;
  return isCountUnit(p.normalizedUnit) || isCountUnit(writtenUnit(p));
}

/** No unit at all (after the number). */
export function hasNoUnit(p: ParsedValue): boolean {
  return p.unitClass === "none" && !p.unit.trim() && !p.normalizedUnit;
}

/** ≥ or > (a floor). */
export function isFloor(p: ParsedValue): boolean {
  return p.operator === ">=" || p.operator === ">";
}

/** ≤ or < (a ceiling). */
export function isCeiling(p: ParsedValue): boolean {
  return p.operator === "<=" || p.operator === "<";
}

/**
 * A bracketed note without numbers: （全覆盖）, (含结转), （以第三方验收报告为准）, （抽样调查）. A note holding a number
 * (（其中贫困户30人）) is a second target.
 */
const BRACKET_NOTE = /^[（(][^（）()\d]{1,20}[）)]$/;

/** A clean target with a short note in brackets after it (≥95%（抽样调查）, 100%（全覆盖）): the target is readable. */
export function isNotedTarget(p: ParsedValue): boolean {
  const note = p.extraText.trim();
  return p.kind === "quantity" && BRACKET_NOTE.test(note) && p.raw.trim().endsWith(note);
}
