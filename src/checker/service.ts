/**
 * The web checker's work, no DOM: keeps each opened file's original bytes and last check, answers the page's
 * requests (protocol.ts). Runs inside the Web Worker (worker.ts); the page runs the same code itself only where the
 * browser refuses a worker (see controller.ts). Never throws: a failure becomes a "failed" answer.
 */
import type { Finding, SheetReport } from "../engine";
import { tablePlanCurve } from "../engine";
import { DEFAULT_PROFILE } from "../engine";
import { MAX_MERGE_CELLS_FOR_COPY, checkFile, loadWorkbook } from "./workbook";
import { markWorkbook } from "./mark";
import type { CheckerRequest, CheckerResponse, FileView } from "./protocol";

interface Held {
  name: string;
  bytes: Uint8Array;
  sheets: SheetReport[] | null;
  largestMerge: { ref: string; cells: number } | null;
}

/** A finding as plain data (what the engine reports, nothing more), so it crosses to the page as is. */
function plainFinding(f: Finding): Finding {
  const out: Finding = { code: f.code, severity: f.severity, row: f.row, cell: f.cell, message: f.message };
  if (f.suggestion !== undefined) out.suggestion = f.suggestion;
  return out;
}

export class CheckService {
  private readonly files = new Map<number, Held>();

  async handle(req: CheckerRequest): Promise<{ response: CheckerResponse; transfer: ArrayBuffer[] }> {
    try {
      if (req.kind === "check") return { response: { id: req.id, kind: "checked", view: await this.check(req) }, transfer: [] };
      const held = this.files.get(req.file);
      if (!held?.sheets) return { response: { id: req.id, kind: "failed", message: "该文件尚未检查或无法读取" }, transfer: [] };
      const big = held.largestMerge;
      if (big && big.cells > MAX_MERGE_CELLS_FOR_COPY) {
        const reason = `“${held.name}”中有覆盖 ${big.cells.toLocaleString("zh-CN")} 个单元格的合并区域（${big.ref}），无法安全生成标注副本：请在 Excel 中取消这个合并后重新打开本文件。检查结果仍然有效。`;
        return { response: { id: req.id, kind: "refused", reason }, transfer: [] };
      }
      const wb = await loadWorkbook(held.bytes);
      const summary = markWorkbook(wb, held.sheets, held.name);
      const written = await wb.xlsx.writeBuffer();
      // In the browser ExcelJS gives a Buffer polyfill (a Uint8Array view): copy it to an ArrayBuffer of its own length.
      const bytes = written instanceof ArrayBuffer ? written : new Uint8Array(written as unknown as Uint8Array).buffer;
      return { response: { id: req.id, kind: "marked", bytes, ...summary }, transfer: [bytes] };
    } catch (e) {
      return { response: { id: req.id, kind: "failed", message: e instanceof Error ? e.message : String(e) }, transfer: [] };
    }
  }

  private async check(req: Extract<CheckerRequest, { kind: "check" }>): Promise<FileView> {
    let held = this.files.get(req.file);
    if (req.bytes) {
      held = { name: req.name, bytes: new Uint8Array(req.bytes), sheets: null, largestMerge: null };
      this.files.set(req.file, held);
    }
    if (!held) return { ok: false, name: req.name, reason: "文件内容已不在本页中，请重新打开该文件" };
    const r = await checkFile(held.name, held.bytes, req.options);
    if (!r.ok) {
      held.sheets = null;
      held.largestMerge = null;
      return r;
    }
    held.sheets = r.sheets;
    held.largestMerge = r.largestMerge;
    const profile = req.options.profile ?? DEFAULT_PROFILE;
    const tables = r.sheets.flatMap((s) =>
      s.tables.map((t) => ({
        sheet: s.sheet,
        range: t.table.range,
        project: t.table.header.projectName?.text || t.table.header.title?.text || "",
        findings: t.findings.map(plainFinding),
        curve: tablePlanCurve(t.table, profile)?.points ?? null,
      })),
    );
    return { ok: true, name: held.name, tables, largestMerge: r.largestMerge };
  }
}
