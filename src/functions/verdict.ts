/** The text a checked row answers with in its cell: ✓, or its findings in the engine's one-line form. */
import { findingText, type Finding, type RowsCheck } from "../engine";

/** Excel cells hold at most 32 767 characters. */
const MAX_CELL_TEXT = 32767;

/** A cell holds at most MAX_CELL_TEXT characters: longer verdicts end with "…". */
export function capCellText(s: string): string {
  return s.length > MAX_CELL_TEXT ? s.slice(0, MAX_CELL_TEXT - 1) + "…" : s;
}

/** A row's verdict: ✓, or its error cells and findings joined by "；", most severe first. */
export function verdictText(findings: Finding[], cellErrors: string[] = []): string {
  // Most rows of a recalc: nothing to say, or one finding — no list to build and join.
  if (cellErrors.length === 0) {
    if (findings.length === 0) return "✓";
    if (findings.length === 1) return capCellText(findingText(findings[0]));
  }
  const parts = cellErrors.length ? [`错误：单元格是错误值（${cellErrors.join("、")}），请先修正 [CELL_ERROR]`] : [];
  for (const f of findings) parts.push(findingText(f));
  if (!parts.length) return "✓";
  return capCellText(parts.join("；"));
}

/** The n × 1 verdict column of checked rows: "" for a blank row, "（表头）" for a header row. */
export function rowVerdicts(res: RowsCheck): string[][] {
  const { rows, byRow } = res;
  if (rows.kinds.length === 0) return [[""]];
  return rows.kinds.map((kind, r) => {
    if (kind === "blank") return [""];
    if (kind === "header") return ["（表头）"];
    return [verdictText(byRow[r], rows.errors[r])];
  });
}
