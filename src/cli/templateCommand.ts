/**
 * `perfcheck templates` and `perfcheck template <key> [--year YYYY] [--example] -o out.xlsx`:
 * the standard templates for people without the add-in. main.ts dispatches here with the arguments
 * after the sub-command.
 */
import * as fs from "fs";
import * as path from "path";
import type { CliIO } from "./io";
import { getTemplate, listTemplates } from "../engine";
import { templateWorkbook } from "./templateXlsx";

const TEMPLATE_HELP = `用法：
  perfcheck templates                                   列出标准模板（每行：键 名称）
  perfcheck template <键或名称> [--year YYYY] [--example] -o 输出.xlsx
    --year YYYY   预算年度（默认今年），写入项目名称、编码和时限
    --example     填入示例值（示例表可直接通过检查，便于对照填写）
    -o, --output  输出文件（.xlsx）；已存在的文件不会被覆盖
`;

/** One template a line: key, then its zh-CN name (tab-separated), then what it is for. */
export async function runTemplates(args: string[], io: CliIO): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    io.out(TEMPLATE_HELP);
    return 0;
  }
  if (args.length) {
    io.err(`perfcheck templates：不需要参数：${args.join(" ")}\n`);
    return 2;
  }
  for (const t of listTemplates()) io.out(`${t.key}\t${t.name}\t${t.summary}\n`);
  return 0;
}

export async function runTemplate(args: string[], io: CliIO): Promise<number> {
  let key: string | undefined;
  let year: number | undefined;
  let example = false;
  let output: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const eq = a.startsWith("--") ? a.indexOf("=") : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const value = (): string | undefined => (eq > 0 ? a.slice(eq + 1) : args[++i]);
    if (name === "--help" || name === "-h") {
      io.out(TEMPLATE_HELP);
      return 0;
    } else if (name === "--example") example = true;
    else if (name === "--year") {
      const v = value();
      if (!v || !/^\d{4}$/.test(v) || Number(v) < 2000 || Number(v) > 2099) {
        io.err(`perfcheck template：--year 需要四位年份（2000–2099），收到：${v ?? "（空）"}\n`);
        return 2;
      }
      year = Number(v);
    } else if (name === "-o" || name === "--output") {
      output = value();
      if (!output) {
        io.err("perfcheck template：-o 后需要输出文件名\n");
        return 2;
      }
    } else if (a.startsWith("-") && a !== "-") {
      io.err(`perfcheck template：未知选项：${a}\n${TEMPLATE_HELP}`);
      return 2;
    } else if (key === undefined) key = a;
    else {
      io.err(`perfcheck template：多余的参数：${a}\n`);
      return 2;
    }
  }
  if (!key) {
    io.err(`perfcheck template：请指定模板类型。可用类型：${listTemplates().map((t) => t.key).join(", ")}\n`);
    return 2;
  }
  const t = getTemplate(key);
  if (!t) {
    io.err(`perfcheck template：未知的模板类型“${key}”。可用类型：${listTemplates().map((x) => `${x.key}（${x.name}）`).join("、")}\n`);
    return 2;
  }
  if (!output) {
    io.err("perfcheck template：请用 -o 指定输出文件，例如 -o 培训类.xlsx\n");
    return 2;
  }
  if (!/\.xlsx$/i.test(output)) {
    io.err(`perfcheck template：输出文件应以 .xlsx 结尾：${output}\n`);
    return 2;
  }
  const buf = await templateWorkbook(t.key, { year, example });
  try {
    // "wx": never overwrite an existing file (it may be someone's filled-in table).
    fs.writeFileSync(output, buf, { flag: "wx" });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.err(`perfcheck template：无法写入 ${output}：${code === "EEXIST" ? "文件已存在，不会覆盖" : code === "ENOENT" ? "目录不存在" : code ?? String(e)}\n`);
    return 2;
  }
  io.out(`已写出 ${t.name}模板${example ? "（示例）" : ""}：${path.resolve(output)}\n`);
  return 0;
}
