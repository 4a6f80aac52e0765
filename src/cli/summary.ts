/**
 * The reviewer's summary of a batch (`perfcheck report`), built from the light per-file outcomes: one row per
 * file › table with counts and a 结论, every finding, and the most frequent codes. Presentation only: every
 * finding, severity and message is the engine's. Shared by the .xlsx and the HTML writers.
 */
import type { Severity } from "../engine";
import type { FileOutcome } from "./checkFile";
import type { JsonFinding } from "./report";

export type Verdict = "可提交" | "需修改" | "无法读取";

export interface OverviewRow {
  file: string;
  sheet: string;
  range: string;
  project: string;
  error: number;
  warning: number;
  info: number;
  verdict: Verdict;
  note: string;
  /** The marked copy, relative to the summary's folder, when one was written. */
  marked: string | null;
}
export interface FindingRow {
  file: string;
  sheet: string;
  range: string;
  project: string;
  finding: JsonFinding;
  marked: string | null;
}
export interface CodeRow {
  code: string;
  severity: Severity;
  count: number;
  files: number;
  example: string;
}
export interface Summary {
  overview: OverviewRow[];
  findings: FindingRow[];
  codes: CodeRow[];
  totals: { files: number; unreadable: number; tables: number; error: number; warning: number; info: number; submittable: number; toFix: number };
}

const NO_PROJECT = "（未填写项目名称）";

/** 可提交: no finding of severity error; 需修改: at least one, or no table found at all; 无法读取: the file failed. */
export function summarize(outcomes: FileOutcome[], markedOf: (file: string) => string | null = () => null): Summary {
  const overview: OverviewRow[] = [];
  const findings: FindingRow[] = [];
  const codes = new Map<string, CodeRow & { fileSet: Set<string> }>();
  const totals = { files: outcomes.length, unreadable: 0, tables: 0, error: 0, warning: 0, info: 0, submittable: 0, toFix: 0 };
  for (const o of outcomes) {
    if (!o.ok) {
      totals.unreadable++;
      overview.push({ file: o.file, sheet: "", range: "", project: "", error: 0, warning: 0, info: 0, verdict: "无法读取", note: o.reason, marked: null });
      continue;
    }
    const marked = markedOf(o.file);
    let tables = 0;
    for (const s of o.sheets)
      for (const t of s.tables) {
        tables++;
        const n = { error: 0, warning: 0, info: 0 };
        for (const f of t.findings) {
          n[f.severity]++;
          findings.push({ file: o.file, sheet: s.sheet, range: t.range, project: t.project ?? NO_PROJECT, finding: f, marked });
          const c = codes.get(f.code) ?? { code: f.code, severity: f.severity, count: 0, files: 0, example: f.message, fileSet: new Set<string>() };
          c.count++;
          c.fileSet.add(o.file);
          codes.set(f.code, c);
        }
        totals.tables++;
        totals.error += n.error;
        totals.warning += n.warning;
        totals.info += n.info;
        const verdict: Verdict = n.error ? "需修改" : "可提交";
        if (verdict === "可提交") totals.submittable++;
        else totals.toFix++;
        overview.push({ file: o.file, sheet: s.sheet, range: t.range, project: t.project ?? NO_PROJECT, ...n, verdict, note: "", marked });
      }
    if (tables === 0) {
      totals.toFix++;
      overview.push({ file: o.file, sheet: "", range: "", project: "", error: 0, warning: 0, info: 0, verdict: "需修改", note: "未找到绩效目标表（需要“一级指标、二级指标、三级指标、指标值”表头）", marked });
    }
  }
  const codeRows = [...codes.values()]
    .map(({ fileSet, ...c }) => ({ ...c, files: fileSet.size }))
    .sort((a, b) => b.count - a.count || b.files - a.files || a.code.localeCompare(b.code));
  return { overview, findings, codes: codeRows, totals };
}
