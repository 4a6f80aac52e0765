/**
 * `perfcheck report <files|folders…> -o 审核汇总.xlsx [--html page.html] [--marked DIR]`: the batch of
 * `perfcheck check` (same pool, progress and exit codes), then one summary workbook (summaryXlsx.ts), optionally
 * a self-contained HTML page and a marked copy of every readable workbook (src/checker/mark.ts, the web checker's
 * marks). Inputs are never written: copies go to DIR under new names, and an output path that is one of the inputs
 * is refused.
 */
import * as fs from "fs";
import * as path from "path";
import { countsText, parseRangeA1, type PerfTable, type SheetReport } from "../engine";
import { markWorkbook, markedFileName } from "../checker/mark";
import { rawMergeRefs, withExcelJSMerges } from "../xlsx/mergeRefs";
import type { FileOutcome } from "./checkFile";
import { excelWorkbook } from "./excel";
import type { CliIO } from "./io";
import { EXIT_USAGE, checkOptions, parseCheckArgs, runBatch } from "./main";
import { oneLine } from "./report";
import { summarize } from "./summary";
import { summaryHtml } from "./summaryHtml";
import { buildSummaryWorkbook } from "./summaryXlsx";

interface ReportArgs {
  out?: string;
  html?: string;
  marked?: string;
}

/** The engine-shaped reports markWorkbook reads (sheet, range, project, findings) from a light outcome. */
function asReports(o: Extract<FileOutcome, { ok: true }>): SheetReport[] {
  return o.sheets.map((s) => ({
    sheet: s.sheet,
    tables: s.tables.map((t) => ({
      table: { range: t.range, header: { projectName: t.project === null ? undefined : { text: t.project } } } as unknown as PerfTable,
      findings: t.findings.map((f) => ({ ...f, suggestion: f.suggestion ?? undefined })),
    })),
  })) as SheetReport[];
}

/**
 * ExcelJS applies a merge on load by touching every covered cell, and the marked copy needs ExcelJS's real merges:
 * a workbook with a merge this large gets no copy (the web checker has the same bound).
 */
export const MAX_MERGE_CELLS_FOR_COPY = 200_000;

async function loadWith(Workbook: ReturnType<typeof excelWorkbook>, bytes: Buffer) {
  const w = new Workbook();
  await w.xlsx.load(bytes as unknown as ArrayBuffer);
  return w;
}

/** The largest merged area as written (the patched load keeps the refs without applying them). */
function largestMerge(wb: { worksheets: unknown[] }): number {
  let best = 0;
  for (const ws of wb.worksheets)
    for (const ref of rawMergeRefs(ws) ?? []) {
      const m = parseRangeA1(ref);
      if (m) best = Math.max(best, (m.bottom - m.top + 1) * (m.right - m.left + 1));
    }
  return best;
}

export async function runReport(argv: string[], io: CliIO): Promise<number> {
  const extra: ReportArgs = {};
  const parsed = parseCheckArgs(argv, (name, take) => {
    const key = name === "-o" || name === "--output" ? "out" : name === "--html" ? "html" : name === "--marked" ? "marked" : null;
    if (!key) return undefined;
    const v = take();
    if (!v) return `${name} 后面需要路径`;
    extra[key] = v;
    return null;
  });
  const usage = (reason: string) => {
    io.err(`perfcheck：${reason}\n运行 perfcheck --help 查看用法。\n`);
    return EXIT_USAGE;
  };
  if (!parsed.ok) return usage(parsed.reason);
  if (!extra.out) return usage("请用 -o 给出汇总工作簿的路径，如 -o 审核汇总.xlsx");
  if (!/\.xlsx$/i.test(extra.out)) return usage(`汇总工作簿应以 .xlsx 结尾（收到：${extra.out}）`);
  const opts = await checkOptions(parsed.args);
  if (!opts.ok) {
    io.err(`perfcheck：${oneLine(opts.reason)}\n`);
    return EXIT_USAGE;
  }
  const outcomes: FileOutcome[] = [];
  const code = await runBatch(parsed.args, opts.options, io, (o) => void outcomes.push(o));
  const inputs = new Set(outcomes.map((o) => path.resolve(o.file)));
  for (const p of [extra.out, extra.html]) if (p && inputs.has(path.resolve(p))) return usage(`输出文件 ${p} 是被检查的文件之一，不会覆盖它`);

  // Marked copies, one at a time (each loads the whole workbook with ExcelJS's own merges).
  const marked = new Map<string, string>();
  const outDir = path.dirname(path.resolve(extra.out));
  let markFailures = 0;
  if (extra.marked) {
    fs.mkdirSync(extra.marked, { recursive: true });
    const taken = new Set<string>();
    for (const o of outcomes) {
      if (!o.ok) continue;
      let name = markedFileName(path.basename(o.file).replace(/\.xlsm$/i, ".xlsx"));
      for (let n = 2; taken.has(name.toLowerCase()); n++) name = markedFileName(`${path.basename(o.file).replace(/\.xls[xm]$/i, "")}（${n}）.xlsx`);
      taken.add(name.toLowerCase());
      const target = path.join(extra.marked, name);
      if (inputs.has(path.resolve(target))) continue;
      try {
        const Workbook = excelWorkbook();
        const bytes = await fs.promises.readFile(o.file, { flag: "r" });
        const big = largestMerge(await loadWith(Workbook, bytes));
        if (big > MAX_MERGE_CELLS_FOR_COPY) {
          io.err(`perfcheck：未生成 ${oneLine(o.file)} 的标注副本：其中有覆盖 ${big} 个单元格的合并区域，请在 Excel 中取消这个合并后重新生成（检查结果仍然有效）\n`);
          continue;
        }
        const wb = await withExcelJSMerges(() => loadWith(Workbook, bytes));
        markWorkbook(wb, asReports(o), path.basename(o.file));
        await wb.xlsx.writeFile(target);
        marked.set(o.file, path.relative(outDir, path.resolve(target)));
      } catch (e) {
        markFailures++;
        io.err(`perfcheck：无法生成 ${oneLine(o.file)} 的标注副本：${oneLine(e instanceof Error ? e.message.split("\n")[0] : String(e))}\n`);
      }
    }
  }

  const summary = summarize(outcomes, (f) => marked.get(f) ?? null);
  const about: [string, string][] = [
    ["生成时间", new Date().toLocaleString("zh-CN", { hour12: false })],
    ["检查配置", opts.options.profile?.name ?? "classic（默认）"],
    ["预算年度", parsed.args.year ? String(parsed.args.year) : "按每张表推断"],
    ["文件", `${summary.totals.files} 个（${summary.totals.unreadable} 个无法读取）`],
    ["表", `${summary.totals.tables} 张：可提交 ${summary.totals.submittable}，需修改 ${summary.totals.toFix}`],
    ["问题", countsText(summary.totals)],
    ["结论的含义", "可提交：没有“错误”级问题；需修改：至少一个“错误”级问题，或未找到绩效目标表；无法读取：文件无法打开（原因见“说明”列）"],
  ];
  try {
    const wb = buildSummaryWorkbook(excelWorkbook(), summary, about);
    await wb.xlsx.writeFile(extra.out);
    if (extra.html) fs.writeFileSync(extra.html, summaryHtml(summary, `审核汇总（${summary.totals.files} 个文件）`));
  } catch (e) {
    io.err(`perfcheck：无法写入汇总：${oneLine(e instanceof Error ? e.message.split("\n")[0] : String(e))}\n`);
    return EXIT_USAGE;
  }
  io.out(
    `已写入 ${extra.out}${extra.html ? ` 和 ${extra.html}` : ""}：${summary.totals.files} 个文件，${summary.totals.tables} 张表（可提交 ${summary.totals.submittable}，需修改 ${summary.totals.toFix}），` +
      countsText(summary.totals) +
      `${extra.marked ? `；标注副本 ${marked.size} 个在 ${extra.marked}` : ""}\n`,
  );
  return markFailures ? EXIT_USAGE : code;
}
