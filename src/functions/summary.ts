/** =PERF.SUMMARY(rows, [budget], [plan], [profile]): the counts of a range and its table-level findings. */
import { SEVERITIES, SEVERITY_LABEL, bySeverity, findingText, severityCounts, type Finding } from "../engine";
import { asMatrix, isBlank } from "./coerce";
import { checkRows } from "./check";
import { checkSpend } from "./spendCurve";

/**
 * =PERF.SUMMARY → one column: a count line over the whole range (row and table findings, plus the plan's when
 * given), then each table-level finding, then the plan's findings; "✓ 表级检查通过" when there is no table-level
 * finding.
 */
export function summaryMatrix(rows: unknown, budget?: unknown, plan?: unknown, profile?: unknown): string[][] {
  const res = checkRows(rows, { budget, profile });
  const indicatorRows = res.rows.kinds.filter((k) => k === "indicator").length;
  const hasPlan = asMatrix(plan).flat().some((v) => !isBlank(v));
  const spend = hasPlan ? checkSpend(plan, { budget, profile }).findings : [];
  const all: Finding[] = [...res.byRow.flat(), ...res.tableLevel, ...spend];
  const counts = severityCounts(all);
  // A row whose cells hold error values counts as one error (its verdict says CELL_ERROR).
  counts.error += res.rows.errors.filter((e) => e.length).length;
  const lines: string[] = [`共 ${indicatorRows} 行指标：${SEVERITIES.map((s) => `${SEVERITY_LABEL[s]} ${counts[s]} 条`).join("，")}（含逐行问题）`];
  const tableLevel = bySeverity([...res.tableLevel, ...spend]);
  if (!tableLevel.length) lines.push("✓ 表级检查通过");
  for (const f of tableLevel) lines.push(findingText(f));
  return lines.map((l) => [l]);
}
