/**
 * CLI output: the engine's SheetReports → spec §8 JSON, or zh-CN text grouped file › sheet › table.
 * Presentation only; every finding, severity and message comes from the engine unchanged.
 */
import { SEVERITY_LABEL, countsText, type Severity } from "../engine";
import type { CheckedSheet, FileOutcome } from "./checkFile";

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

/** One file's entry of spec §8 JSON. */
export function jsonFile(r: FileOutcome): JsonFile {
  if (!r.ok) return { file: r.file, error: r.reason, tables: [] };
  const tables: JsonTable[] = [];
  for (const s of r.sheets) for (const t of s.tables) tables.push({ sheet: s.sheet, range: t.range, project: t.project, findings: t.findings });
  return { file: r.file, tables };
}

export function toJson(results: FileOutcome[]): JsonReport {
  return { files: results.map(jsonFile) };
}

/** `text` (a JSON.stringify(…, null, 2) block) moved right by `pad`. */
function indent(text: string, pad: string): string {
  return pad + text.replace(/\n/g, "\n" + pad);
}

/**
 * Spec §8 JSON written table by table as outcomes arrive, byte for byte what `JSON.stringify(toJson(all), null, 2)`
 * gives, so a long run (or a 100 000-row workbook) never holds the whole document as one string.
 */
export class JsonStream {
  private count = 0;
  private tablesWritten = 0;
  private open = false;
  constructor(private readonly write: (text: string) => void) {}
  private static readonly PAD = "    ";
  /** Start a readable file's entry; its tables follow through `sheet`, then `endFile`. */
  beginFile(file: string): void {
    const pad = JsonStream.PAD;
    this.write(`${this.count++ === 0 ? '{\n  "files": [\n' : ",\n"}${pad}{\n${pad}  "file": ${JSON.stringify(file)}`);
    this.open = true;
    this.tablesWritten = 0;
  }
  sheet(s: CheckedSheet): void {
    const pad = JsonStream.PAD;
    for (const t of s.tables) {
      const table: JsonTable = { sheet: s.sheet, range: t.range, project: t.project, findings: t.findings };
      this.write((this.tablesWritten++ ? ",\n" : `,\n${pad}  "tables": [\n`) + indent(JSON.stringify(table, null, 2), pad + "    "));
    }
  }
  endFile(): void {
    const pad = JsonStream.PAD;
    if (!this.open) return;
    this.write(this.tablesWritten ? `\n${pad}  ]\n${pad}}` : `,\n${pad}  "tables": []\n${pad}}`);
    this.open = false;
  }
  /**
   * A readable file's entry as `add` writes it, without the separator before it: rendered in a worker thread, so
   * only this text crosses to the main thread (see `addEntry`). Byte for byte what `add` writes, by construction.
   */
  static entry(r: FileOutcome): string {
    let out = "";
    const s = new JsonStream((t) => void (out += t));
    s.count = 1;
    s.add(r);
    return out.slice(",\n".length);
  }
  /** Write an entry rendered by `entry`. */
  addEntry(entry: string): void {
    this.write(`${this.count++ === 0 ? '{\n  "files": [\n' : ",\n"}${entry}`);
  }
  add(r: FileOutcome): void {
    if (r.ok && r.rendered !== undefined) return this.addEntry(r.rendered);
    if (r.ok && r.streamed) return this.endFile();
    if (r.ok) {
      this.beginFile(r.file);
      r.sheets.forEach((s) => this.sheet(s));
      return this.endFile();
    }
    const pad = JsonStream.PAD;
    if (this.open) {
      // Failed after some sheets were streamed (a huge workbook corrupt further on): the entry keeps them and says why.
      this.write(`${this.tablesWritten ? `\n${pad}  ]` : `,\n${pad}  "tables": []`},\n${pad}  "error": ${JSON.stringify(r.reason)}\n${pad}}`);
      this.open = false;
      return;
    }
    const body = JSON.stringify(jsonFile(r), null, 2);
    this.write(`${this.count++ === 0 ? '{\n  "files": [\n' : ",\n"}${indent(body, pad)}`);
  }
  end(): void {
    this.write(this.count === 0 ? '{\n  "files": []\n}\n' : "\n  ]\n}\n");
  }
}

export interface Counts {
  tables: number;
  error: number;
  warning: number;
  info: number;
}

export function countFindings(sheets: CheckedSheet[]): Counts {
  const c: Counts = { tables: 0, error: 0, warning: 0, info: 0 };
  for (const s of sheets)
    for (const t of s.tables) {
      c.tables++;
      for (const f of t.findings) c[f.severity]++;
    }
  return c;
}

function tablesText(c: Counts): string {
  return `${c.tables} 张表，${countsText(c)}`;
}

/**
 * One line, no newlines inside (messages are shown on one line each). Other control characters (cell text
 * quoted in messages may hold ESC sequences) are shown as "�" so a hostile workbook cannot drive the terminal.
 */
export function oneLine(s: string): string {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  return s.replace(/\s*[\r\n]+\s*/g, " ").replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "\ufffd").trim();
}

/** One sheet's lines of the zh-CN text report. */
export function sheetText(s: CheckedSheet): string {
  if (s.tables.length === 0) return `  工作表 ${oneLine(s.sheet)}：未找到绩效目标表\n`;
  const lines: string[] = [];
  for (const t of s.tables) {
    lines.push(`  工作表 ${oneLine(s.sheet)} › ${oneLine(t.project ?? "（未填写项目名称）")}（${t.range}）`);
    if (t.findings.length === 0) lines.push("    未发现问题 ✓");
    for (const f of t.findings) {
      let line = `    ${SEVERITY_LABEL[f.severity]}  ${f.cell ?? "—"}  ${f.code}  ${oneLine(f.message)}`;
      if (f.suggestion !== null && f.suggestion !== "") line += `  建议改为：${oneLine(f.suggestion)}`;
      lines.push(line);
    }
  }
  return lines.join("\n") + "\n";
}

/**
 * The zh-CN text report written sheet by sheet. Unreadable files are NOT printed here: their one line goes to
 * stderr (see main.ts), so stdout holds only the findings and the summaries.
 */
export class TextStream {
  private files = 0;
  private unreadable = 0;
  private readonly total: Counts = { tables: 0, error: 0, warning: 0, info: 0 };
  private file: Counts | null = null;
  private sheets = 0;
  constructor(private readonly write: (text: string) => void) {}
  beginFile(file: string): void {
    this.write(`文件 ${file}\n`);
    this.file = { tables: 0, error: 0, warning: 0, info: 0 };
    this.sheets = 0;
  }
  sheet(s: CheckedSheet): void {
    const c = countFindings([s]);
    for (const k of ["tables", "error", "warning", "info"] as const) {
      this.file![k] += c[k];
      this.total[k] += c[k];
    }
    this.sheets++;
    this.write(sheetText(s));
  }
  endFile(): void {
    if (!this.file) return;
    this.write(`${this.sheets === 0 ? "  （工作簿中没有工作表）\n" : ""}  小计：${tablesText(this.file)}\n\n`);
    this.file = null;
  }
  /** A readable file's block as `add` writes it, and its counts: rendered in a worker thread (see `addBlock`). */
  static block(r: FileOutcome): { text: string; counts: Counts } {
    let text = "";
    const s = new TextStream((t) => void (text += t));
    s.add(r);
    return { text, counts: s.total };
  }
  /** Write a block rendered by `block`. */
  addBlock(text: string, counts: Counts): void {
    this.files++;
    for (const k of ["tables", "error", "warning", "info"] as const) this.total[k] += counts[k];
    this.write(text);
  }
  add(r: FileOutcome): void {
    if (r.ok && r.rendered !== undefined) return this.addBlock(r.rendered, r.counts ?? { tables: 0, error: 0, warning: 0, info: 0 });
    this.files++;
    if (!r.ok) {
      this.unreadable++;
      // Failed after some sheets were streamed: close the block; the reason is on stderr.
      this.endFile();
      return;
    }
    if (!r.streamed) {
      this.beginFile(r.file);
      r.sheets.forEach((s) => this.sheet(s));
    }
    this.endFile();
  }
  end(): void {
    this.write(`合计：${this.files} 个文件${this.unreadable ? `（${this.unreadable} 个无法读取）` : ""}，${tablesText(this.total)}\n`);
  }
}

export function toText(results: FileOutcome[]): string {
  let out = "";
  const t = new TextStream((s) => void (out += s));
  for (const r of results) t.add(r);
  t.end();
  return out;
}
