/**
 * How a finding reads in every shell: the zh-CN severity labels, the one-line text of a finding and the
 * count sentence of a check. Functions, task pane, CLI, web checker, marked copy and WPS all use these, so the
 * same finding reads the same everywhere.
 */
import type { Finding, Severity } from "./types";
import { SEVERITY_ORDER } from "./types";

/** zh-CN label of each severity. */
export const SEVERITY_LABEL: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

/** Severities from most to least severe, the order every list and filter shows them in. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/**
 * One finding as one line: "错误：<message>（建议：<suggestion>）[CODE]". The trailing [CODE] is the
 * stable finding code (spec §4), so users can filter and tests can rely on it.
 */
export function findingText(f: Finding): string {
  const trimmed = f.message.trim();
  const end = trimmed.charCodeAt(trimmed.length - 1);
  // Trailing 。 ； ; are dropped (verdicts join findings with ；) by scanning back, not with a regex replace.
  let cut = trimmed.length;
  for (let c = end; cut > 0 && (c === 0x3002 || c === 0xff1b || c === 0x3b); c = trimmed.charCodeAt(cut - 1)) cut--;
  const msg = cut === trimmed.length ? trimmed : trimmed.slice(0, cut);
  const sug = f.suggestion !== undefined && f.suggestion !== "" && !msg.includes(f.suggestion) ? `（建议：${f.suggestion}）` : "";
  return `${SEVERITY_LABEL[f.severity] ?? f.severity}：${msg}${sug} [${f.code}]`;
}

/** Findings per severity. */
export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (f.severity in counts) counts[f.severity]++;
  return counts;
}

/** "3 个错误、1 个警告、0 个提示": the count sentence of the web checker and WPS. */
export function countsText(counts: Record<Severity, number>): string {
  return SEVERITIES.map((s) => `${counts[s]} 个${SEVERITY_LABEL[s]}`).join("、");
}

/** The same findings, most severe first; equal severities keep their order (a stable sort by severity only). */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
