/**
 * `perfcheck` command line (spec §8). A thin shell: parse arguments, read each workbook with ExcelJS,
 * hand the grids to the engine's `checkWorkbook`, print. Exit codes: 0 no errors, 1 errors found,
 * 2 unreadable input or bad usage (2 wins when both happen in one run).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { CheckOptions } from "../engine";
import { sheetHasError, type FileOutcome } from "./checkFile";
import { expandInputs } from "./inputs";
import { processIO, type CliIO } from "./io";
import { checkInProcess, checkInWorkers, workerScript, type BatchEvents } from "./pool";
import { Progress } from "./progress";
import { JsonStream, TextStream, oneLine } from "./report";
import { resolveProfile } from "./profileArg";

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export const HELP = `用法：
  perfcheck check <文件.xlsx|文件夹|通配符…> [--format text|json] [--profile 名称|文件.json] [--year YYYY]
                  [--jobs N] [--quiet]
  perfcheck report <文件.xlsx|文件夹…> -o 审核汇总.xlsx [--html 审核汇总.html] [--marked 文件夹]
                  [--profile …] [--year YYYY] [--jobs N] [--quiet]
                                      汇总报告：每个文件/表/项目的结论、全部问题、最常见的问题
  perfcheck templates                 列出标准模板
  perfcheck template <键或名称> [--year YYYY] [--example] -o 输出.xlsx
                                      把某类项目的标准模板写入新的 .xlsx（不覆盖已有文件）
  perfcheck --help | -h               显示本帮助
  perfcheck --version                 显示版本

检查每个工作表中的每张预算项目绩效目标表，逐条列出问题（错误/警告/提示）及修改建议。
  --format text|json   输出格式，默认 text（中文分组报告）；json 为机器可读格式
  --profile 名称|文件   检查配置：内置名称（classic、central-2021、hebei）或自定义 JSON 文件
  --year YYYY          预算年度（默认从项目名称、编码或时限推断）
  --jobs N             同时检查的文件数（默认每个 CPU 核心一个）
  --quiet              不显示进度（进度只在终端中显示）
  文件夹会连同子文件夹一起检查其中的 .xlsx / .xlsm；.xls / .et 文件会提示如何另存为 .xlsx。

退出码：0 未发现错误；1 发现错误；2 文件无法读取或用法有误。
`;

function version(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version?: string };
    return pkg.version ?? "0.0.0";
  } catch {
    return "0.0.0";
  }
}

export interface CheckArgs {
  files: string[];
  format: "text" | "json";
  profile?: string;
  year?: number;
  jobs?: number;
  quiet: boolean;
}

type Parsed = { ok: true; args: CheckArgs } | { ok: false; reason: string };

/** `check` arguments. Accepts `--opt value` and `--opt=value`; `--` ends options. */
export function parseCheckArgs(argv: string[], extra: (name: string, takeValue: () => string | null) => string | null | undefined = () => undefined): Parsed {
  const args: CheckArgs = { files: [], format: "text", quiet: false };
  let endOfOptions = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (endOfOptions || !a.startsWith("-") || a === "-") {
      args.files.push(a);
      continue;
    }
    if (a === "--") {
      endOfOptions = true;
      continue;
    }
    const eq = a.indexOf("=");
    const name = eq > 0 ? a.slice(0, eq) : a;
    const takeValue = (): string | null => {
      if (eq > 0) return a.slice(eq + 1);
      if (i + 1 < argv.length) return argv[++i];
      return null;
    };
    switch (name) {
      case "--format": {
        const v = takeValue();
        if (v !== "text" && v !== "json") return { ok: false, reason: `--format 只能是 text 或 json（收到：${v ?? "空"}）` };
        args.format = v;
        break;
      }
      case "--profile": {
        const v = takeValue();
        if (!v) return { ok: false, reason: "--profile 后面需要内置配置名称或 JSON 文件路径" };
        args.profile = v;
        break;
      }
      case "--year": {
        const v = takeValue();
        if (!v || !/^\d{4}$/.test(v) || Number(v) < 1990 || Number(v) > 2100) return { ok: false, reason: `--year 需要四位年份，如 2025（收到：${v ?? "空"}）` };
        args.year = Number(v);
        break;
      }
      case "--jobs": {
        const v = takeValue();
        if (!v || !/^\d{1,3}$/.test(v) || Number(v) < 1) return { ok: false, reason: `--jobs 需要 1 及以上的整数（收到：${v ?? "空"}）` };
        args.jobs = Number(v);
        break;
      }
      case "--quiet":
      case "-q":
        args.quiet = true;
        break;
      default: {
        // Options of a command built on check (report's -o, --html, --marked): undefined = not its option either.
        const r = extra(name, takeValue);
        if (r === undefined) return { ok: false, reason: `未知选项：${a}` };
        if (r !== null) return { ok: false, reason: r };
      }
    }
  }
  if (args.files.length === 0) return { ok: false, reason: "请给出至少一个 .xlsx 文件或文件夹" };
  return { ok: true, args };
}

/** --profile / --year → engine options, or the usage line for a bad profile. */
export async function checkOptions(args: CheckArgs): Promise<{ ok: true; options: CheckOptions } | { ok: false; reason: string }> {
  const options: CheckOptions = {};
  if (args.profile !== undefined) {
    const p = await resolveProfile(args.profile);
    if (!p.ok) return { ok: false, reason: p.reason };
    options.profile = p.profile;
  }
  if (args.year !== undefined) options.year = args.year;
  return { ok: true, options };
}

/**
 * Check every input with the pool and hand each outcome on in input order. The stderr line of a failed file is
 * written here; the progress line is erased around every write so the two never mix on a terminal.
 */
export async function runBatch(
  args: CheckArgs,
  options: CheckOptions,
  io: CliIO,
  onOutcome: (o: FileOutcome, write: (t: string) => void) => void,
  live?: (write: (t: string) => void) => NonNullable<BatchEvents["sheets"]>,
  /** Let workers render their files' reports in this format (the outcome then carries `rendered`, not sheets). */
  render?: "json" | "text",
): Promise<number> {
  const inputs = expandInputs(args.files);
  const files = inputs.map((i) => i.file);
  const progress = new Progress(files.length, { enabled: io.errIsTTY === true && !args.quiet, write: io.err, now: io.now, columns: io.columns });
  let code = EXIT_OK;
  const out = (t: string) => {
    progress.finish();
    io.out(t);
  };
  const events: BatchEvents = {
    onStart: (file) => progress.start(file),
    onOutcome: (_i, o) => {
      if (!o.ok) {
        progress.finish();
        // Exactly one line per failed file, naming it and the reason.
        io.err(`perfcheck：${o.stage === "read" ? "无法读取" : "无法检查"} ${oneLine(o.file)}：${oneLine(o.reason)}\n`);
      }
      code = Math.max(code, exitCodeOf(o));
      onOutcome(o, out);
      progress.fileDone();
    },
  };
  // Inputs that are already known to fail (an empty folder, a glob matching nothing) never reach a worker.
  const toCheck: number[] = [];
  inputs.forEach((inp, i) => ("reason" in inp ? null : toCheck.push(i)));
  const known = new Map(inputs.flatMap((inp, i) => ("reason" in inp ? [[i, { file: inp.file, ok: false, stage: "read", reason: inp.reason } as FileOutcome]] : [])));
  let emitted = 0;
  const flushKnown = () => {
    while (known.has(emitted)) events.onOutcome(emitted, known.get(emitted++)!);
  };
  const ordered: BatchEvents = {
    onStart: events.onStart,
    sheets: live?.(out),
    onOutcome: (k, o) => {
      flushKnown();
      events.onOutcome(toCheck[k], o);
      emitted++;
      flushKnown();
    },
  };
  flushKnown();
  const paths = toCheck.map((i) => files[i]);
  const jobs = Math.min(args.jobs ?? io.defaultJobs ?? availableCores(), paths.length);
  const script = workerScript();
  // One job over ordinary files runs here (no worker start-up); several jobs, or a large workbook, use the pool,
  // whose workers get a bounded heap when a large workbook is among the files.
  const sizes = paths.map(fileSize);
  const large = sizes.some((n) => n > LARGE_FILE_BYTES);
  // A lone workbook of moderate size is checked here even when large: one isolate (no worker with its own copy of
  // the engine and reader) keeps the peak memory of a 100 000-row workbook well below a worker's. A bigger one goes
  // to a worker with the bounded heap, where running out of memory fails that file with its reason, not the run.
  const loneHere = paths.length === 1 && sizes[0] <= LONE_IN_PROCESS_BYTES;
  if ((jobs <= 1 && !large) || loneHere || !fs.existsSync(script)) await checkInProcess(paths, options, ordered);
  // Ordinary files: this thread checks files too, beside jobs - 1 workers.
  else await checkInWorkers(paths, options, Math.max(1, jobs), ordered, script, { boundHeap: large, mainTakesPart: !large, render: large ? undefined : render });
  flushKnown();
  progress.finish();
  return code;
}

/** A workbook this large on disk is checked in a worker with a bounded heap (unless it is alone and below LONE_IN_PROCESS_BYTES). */
export const LARGE_FILE_BYTES = 2 * 1048576;
/** A lone workbook up to this size is checked in the main thread whatever its size (see runBatch). */
export const LONE_IN_PROCESS_BYTES = 32 * 1048576;

function fileSize(p: string): number {
  try {
    return fs.statSync(p).size;
  } catch {
    return 0;
  }
}

export function availableCores(): number {
  return typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
}

/** One file's share of the exit code: 2 unreadable (wins over 1), 1 an error finding, else 0. */
export function exitCodeOf(r: FileOutcome): number {
  if (!r.ok) return EXIT_USAGE;
  if (r.streamed || r.rendered !== undefined) return r.hasError ? EXIT_FINDINGS : EXIT_OK;
  return r.sheets.some(sheetHasError) ? EXIT_FINDINGS : EXIT_OK;
}

/** Run `perfcheck check …`. Each file is independent: a bad one is reported and the others are still checked. */
export async function runCheck(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCheckArgs(argv);
  if (!parsed.ok) {
    io.err(`perfcheck：${parsed.reason}\n运行 perfcheck --help 查看用法。\n`);
    return EXIT_USAGE;
  }
  const opts = await checkOptions(parsed.args);
  if (!opts.ok) {
    io.err(`perfcheck：${oneLine(opts.reason)}\n`);
    return EXIT_USAGE;
  }
  let stream: TextStream | JsonStream | null = null;
  const writer = (write: (t: string) => void) => (stream ??= parsed.args.format === "json" ? new JsonStream(write) : new TextStream(write));
  const code = await runBatch(
    parsed.args,
    opts.options,
    io,
    (o, write) => writer(write).add(o),
    (write) => ({ begin: (file) => writer(write).beginFile(file), sheet: (s) => writer(write).sheet(s) }),
    parsed.args.format,
  );
  writer(io.out).end();
  return code;
}

/** Dispatch. `io` defaults to the process streams; tests pass collectors. Never throws. */
export async function run(argv: string[], io: CliIO = processIO): Promise<number> {
  try {
    const [cmd, ...rest] = argv;
    switch (cmd) {
      case undefined:
        io.err(HELP);
        return EXIT_USAGE;
      case "--help":
      case "-h":
      case "help":
        io.out(HELP);
        return EXIT_OK;
      case "--version":
      case "-v":
        io.out(`perfcheck ${version()}\n`);
        return EXIT_OK;
      case "check":
        if (rest.includes("--help") || rest.includes("-h")) {
          io.out(HELP);
          return EXIT_OK;
        }
        return await runCheck(rest, io);
      case "templates":
        return await (await import("./templateCommand")).runTemplates(rest, io);
      case "template":
        return await (await import("./templateCommand")).runTemplate(rest, io);
      case "report":
        if (rest.includes("--help") || rest.includes("-h")) {
          io.out(HELP);
          return EXIT_OK;
        }
        return await (await import("./reportCommand")).runReport(rest, io);
      default:
        io.err(`perfcheck：未知命令：${cmd}\n运行 perfcheck --help 查看用法。\n`);
        return EXIT_USAGE;
    }
  } catch (e) {
    io.err(`perfcheck：内部错误：${e instanceof Error ? e.message.split("\n")[0] : String(e)}\n`);
    return EXIT_USAGE;
  }
}

/** Entry point used by bin/perfcheck.js. Waits for stdout to drain so process.exit never truncates a large report. */
export async function main(argv: string[]): Promise<number> {
  const code = await run(argv, processIO);
  await new Promise<void>((resolve) => process.stdout.write("", () => resolve()));
  return code;
}
