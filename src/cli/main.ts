/**
 * `perfcheck` command line (spec §8). A thin shell: parse arguments, read each workbook with ExcelJS,
 * hand the grids to the engine's `checkWorkbook`, print. Exit codes: 0 no errors, 1 errors found,
 * 2 unreadable input or bad usage (2 wins when both happen in one run).
 */
import * as fs from "fs";
import * as path from "path";
import { checkWorkbook, type CheckOptions } from "../engine";
import { processIO, type CliIO } from "./io";
import { readWorkbook } from "./readWorkbook";
import { oneLine, toJson, toText, type FileResult } from "./report";
import { resolveProfile } from "./profileArg";
import { runTemplate, runTemplates } from "./templateCommand";

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export const HELP = `用法：
  perfcheck check <文件.xlsx…> [--format text|json] [--profile 名称|文件.json] [--year YYYY]
  perfcheck templates                 列出标准模板
  perfcheck template <键或名称> [--year YYYY] [--example] -o 输出.xlsx
                                      把某类项目的标准模板写入新的 .xlsx（不覆盖已有文件）
  perfcheck --help | -h               显示本帮助
  perfcheck --version                 显示版本

检查每个工作表中的每张预算项目绩效目标表，逐条列出问题（错误/警告/提示）及修改建议。
  --format text|json   输出格式，默认 text（中文分组报告）；json 为机器可读格式
  --profile 名称|文件   检查配置：内置名称（classic、central-2021、hebei）或自定义 JSON 文件
  --year YYYY          预算年度（默认从项目名称、编码或时限推断）

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

interface CheckArgs {
  files: string[];
  format: "text" | "json";
  profile?: string;
  year?: number;
}

type Parsed = { ok: true; args: CheckArgs } | { ok: false; reason: string };

/** `check` arguments. Accepts `--opt value` and `--opt=value`; `--` ends options. */
export function parseCheckArgs(argv: string[]): Parsed {
  const args: CheckArgs = { files: [], format: "text" };
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
      default:
        return { ok: false, reason: `未知选项：${a}` };
    }
  }
  if (args.files.length === 0) return { ok: false, reason: "请给出至少一个 .xlsx 文件" };
  return { ok: true, args };
}

/** Run `perfcheck check …`. Each file is independent: a bad one is reported and the others are still checked. */
export async function runCheck(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCheckArgs(argv);
  if (!parsed.ok) {
    io.err(`perfcheck：${parsed.reason}\n运行 perfcheck --help 查看用法。\n`);
    return EXIT_USAGE;
  }
  const { files, format, profile: profileArg, year } = parsed.args;
  const options: CheckOptions = {};
  if (profileArg !== undefined) {
    const p = resolveProfile(profileArg);
    if (!p.ok) {
      io.err(`perfcheck：${oneLine(p.reason)}\n`);
      return EXIT_USAGE;
    }
    options.profile = p.profile;
  }
  if (year !== undefined) options.year = year;

  const results: FileResult[] = [];
  for (const file of files) {
    const r = await readWorkbook(file);
    if (!r.ok) {
      // Exactly one line per unreadable file, naming it and the reason.
      io.err(`perfcheck：无法读取 ${oneLine(file)}：${oneLine(r.reason)}\n`);
      results.push({ file, ok: false, reason: r.reason });
      continue;
    }
    try {
      results.push({ file, ok: true, sheets: checkWorkbook(r.grids, options) });
    } catch (e) {
      // The engine's reader/runner should never throw; if it does, this file fails alone, without a stack.
      const reason = `检查时出错：${e instanceof Error ? e.message.split("\n")[0] : String(e)}`;
      io.err(`perfcheck：无法检查 ${oneLine(file)}：${oneLine(reason)}\n`);
      results.push({ file, ok: false, reason });
    }
  }

  io.out(format === "json" ? JSON.stringify(toJson(results), null, 2) + "\n" : toText(results));

  if (results.some((r) => !r.ok)) return EXIT_USAGE;
  const hasError = results.some((r) => r.ok && r.sheets.some((s) => s.tables.some((t) => t.findings.some((f) => f.severity === "error"))));
  return hasError ? EXIT_FINDINGS : EXIT_OK;
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
        return await runTemplates(rest, io);
      case "template":
        return await runTemplate(rest, io);
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
