/**
 * CLI output: the engine's SheetReports → spec §8 JSON, or zh-CN text grouped file › sheet › table.
 * Presentation only; every finding, severity and message comes from the engine unchanged.
 */
import type { Finding, Severity, SheetReport } from "../engine";

/** Spec §8, field for field. `suggestion` and `project` are always present (null when absent). */
export interface JsonFinding {
  code: string;
  severity: Severity;
  row: number | null;
  cell: string | null;
  message: string;
  suggestion: string | null;
}
export interface JsonTable {
  sheet: string;
  range: string;
  project: string | null;
  findings: JsonFinding[];
}
export interface JsonFile {
  file: string;
  /** Present only when the file could not be read; `tables` is then []. */
  error?: string;
  tables: JsonTable[];
}
export interface JsonReport {
  files: JsonFile[];
}

/** The outcome for one input file. */
export type FileResult = { file: string; ok: true; sheets: SheetReport[] } | { file: string; ok: false; reason: string };

export const SEVERITY_LABEL: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

function projectOf(t: SheetReport["tables"][number]["table"]): string | null {
  const h = t.header;
  const name = h.projectName?.text?.trim() || h.title?.text?.trim() || "";
  return name === "" ? null : name;
}

function jsonFinding(f: Finding): JsonFinding {
  return { code: f.code, severity: f.severity, row: f.row, cell: f.cell, message: f.message, suggestion: f.suggestion ?? null };
}

export function toJson(results: FileResult[]): JsonReport {
  return {
    files: results.map((r): JsonFile => {
      if (!r.ok) return { file: r.file, error: r.reason, tables: [] };
      const tables: JsonTable[] = [];
      for (const s of r.sheets)
        for (const t of s.tables) tables.push({ sheet: s.sheet, range: t.table.range, project: projectOf(t.table), findings: t.findings.map(jsonFinding) });
      return { file: r.file, tables };
    }),
  };
}

export interface Counts {
  tables: number;
  error: number;
  warning: number;
  info: number;
}

export function countFindings(sheets: SheetReport[]): Counts {
  const c: Counts = { tables: 0, error: 0, warning: 0, info: 0 };
  for (const s of sheets)
    for (const t of s.tables) {
      c.tables++;
      for (const f of t.findings) c[f.severity]++;
    }
  return c;
}

function countsText(c: Counts): string {
  return `${c.tables} 张表，错误 ${c.error} 个，警告 ${c.warning} 个，提示 ${c.info} 个`;
}

/**
 * One line, no newlines inside (messages are shown on one line each). Other control characters (cell text
 * quoted in messages may hold ESC sequences) are shown as "�" so a hostile workbook cannot drive the terminal.
 */
export function oneLine(s: string): string {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  return s.replace(/\s*[\r\n]+\s*/g, " ").replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "\ufffd").trim();
}

/**
 * zh-CN text report. Unreadable files are NOT printed here: their one line goes to stderr (see main.ts),
 * so stdout holds only the findings and the summaries.
 */
export function toText(results: FileResult[]): string {
  const lines: string[] = [];
  const total: Counts = { tables: 0, error: 0, warning: 0, info: 0 };
  let readable = 0;
  for (const r of results) {
    if (!r.ok) continue;
    readable++;
    lines.push(`文件 ${r.file}`);
    for (const s of r.sheets) {
      if (s.tables.length === 0) {
        lines.push(`  工作表 ${oneLine(s.sheet)}：未找到绩效目标表`);
        continue;
      }
      for (const t of s.tables) {
        const project = projectOf(t.table) ?? "（未填写项目名称）";
        lines.push(`  工作表 ${oneLine(s.sheet)} › ${oneLine(project)}（${t.table.range}）`);
        if (t.findings.length === 0) lines.push("    未发现问题 ✓");
        for (const f of t.findings) {
          const where = f.cell ?? "—";
          let line = `    ${SEVERITY_LABEL[f.severity]}  ${where}  ${f.code}  ${oneLine(f.message)}`;
          if (f.suggestion !== undefined && f.suggestion !== "") line += `  建议改为：${oneLine(f.suggestion)}`;
          lines.push(line);
        }
      }
    }
    if (r.sheets.length === 0) lines.push("  （工作簿中没有工作表）");
    const c = countFindings(r.sheets);
    lines.push(`  小计：${countsText(c)}`);
    total.tables += c.tables;
    total.error += c.error;
    total.warning += c.warning;
    total.info += c.info;
    lines.push("");
  }
  const unreadable = results.length - readable;
  lines.push(`合计：${results.length} 个文件${unreadable ? `（${unreadable} 个无法读取）` : ""}，${countsText(total)}`);
  return lines.join("\n") + "\n";
}
