/**
 * `--profile NAME|FILE`: a built-in profile name, else a JSON file. Validation and its zh-CN messages
 * (naming the bad field) live in the engine's `loadProfile`; this only reads the file. The validator (and zod with
 * it) is loaded only for a profile file: a run with a built-in profile starts without it (cli_one_file_ms).
 */
import * as fs from "fs";
import { getBuiltinProfile, listProfiles, type Profile } from "../engine";

export type ProfileResult = { ok: true; profile: Profile } | { ok: false; reason: string };

export function builtinNames(): string[] {
  return listProfiles().map((p) => p.name);
}

export async function resolveProfile(arg: string): Promise<ProfileResult> {
  const builtin = getBuiltinProfile(arg);
  if (builtin) return { ok: true, profile: builtin };
  let text: string;
  try {
    if (!fs.existsSync(arg)) {
      return { ok: false, reason: `找不到配置“${arg}”：既不是内置配置（可用：${builtinNames().join("、")}），也不是存在的 JSON 文件` };
    }
    if (fs.statSync(arg).isDirectory()) return { ok: false, reason: `配置“${arg}”是文件夹，请给出 JSON 文件` };
    text = fs.readFileSync(arg, "utf8");
  } catch (e) {
    return { ok: false, reason: `无法读取配置文件 ${arg}：${(e as NodeJS.ErrnoException).code ?? String(e)}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { ok: false, reason: `配置文件 ${arg} 不是有效的 JSON：${e instanceof Error ? e.message : String(e)}` };
  }
  const { loadProfile } = await import("../engine/profiles");
  const r = loadProfile(json);
  return r.ok ? { ok: true, profile: r.profile } : { ok: false, reason: `无法使用配置 ${arg}：${r.error}` };
}
