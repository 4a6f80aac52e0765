/**
 * The one finding-text module every shell uses (src/engine/findingText.ts): labels, counts, the count sentence and
 * the severity order. Shells compose their lines from these, so a label changed here changes everywhere.
 */
import { SEVERITIES, SEVERITY_LABEL, bySeverity, countsText, severityCounts, type Finding, type Severity } from "../src/engine";

const f = (code: string, severity: Severity): Finding => ({ code, severity, row: null, cell: null, message: code });

test("counts per severity and the count sentence", () => {
  const fs = [f("A", "warning"), f("B", "error"), f("C", "warning"), f("D", "info"), f("E", "warning")];
  const counts = severityCounts(fs);
  expect(counts).toEqual({ error: 1, warning: 3, info: 1 });
  expect(countsText(counts)).toBe(`1 个${SEVERITY_LABEL.error}、3 个${SEVERITY_LABEL.warning}、1 个${SEVERITY_LABEL.info}`);
  expect(countsText(severityCounts([]))).toBe("0 个错误、0 个警告、0 个提示");
});

test("most severe first, equal severities in their order", () => {
  const fs = [f("A", "info"), f("B", "warning"), f("C", "error"), f("D", "warning"), f("E", "error")];
  expect(bySeverity(fs).map((x) => x.code)).toEqual(["C", "E", "B", "D", "A"]);
  expect(fs.map((x) => x.code)).toEqual(["A", "B", "C", "D", "E"]);
  expect(SEVERITIES).toEqual(["error", "warning", "info"]);
});
