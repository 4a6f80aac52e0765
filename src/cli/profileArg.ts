/**
 * `--profile NAME|FILE`: a built-in profile name, else a JSON file validated by the profiles module.
 * The validation and its zh-CN messages live in the engine; this only reads the file.
 */
import * as fs from "fs";
import * as profiles from "../engine/profiles";
import type { Profile } from "../engine";

export type ProfileResult = { ok: true; profile: Profile } | { ok: false; reason: string };

type Loader = (input: unknown) => unknown;

/** The engine's loader, whatever shape of result it returns ({ok, profile|error} or a Profile, or a throw). */
function engineLoad(json: unknown): ProfileResult {
  const loader = (profiles as unknown as Record<string, unknown>).loadProfile as Loader | undefined;
  if (typeof loader === "function") {
    try {
      const r = loader(json) as Record<string, unknown> | null;
      if (r && typeof r === "object" && "ok" in r) {
        if (r.ok) return { ok: true, profile: r.profile as Profile };
        const err = r.error ?? r.message ?? r.reason;
        return { ok: false, reason: typeof err === "string" ? err : JSON.stringify(err) };
      }
      if (r && typeof r === "object" && "name" in r) return { ok: true, profile: r as unknown as Profile };
    } catch (e) {
      return { ok: false, reason: e instanceof Error ? e.message : String(e) };
    }
  }
  // Fallback while the profiles module has no loader: the schema itself, naming the first bad field.
  const parsed = profiles.profileSchema.safeParse(json);
  if (parsed.success) return { ok: true, profile: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue.path.length ? issue.path.map(String).join(".") : "（根）";
  return { ok: false, reason: `字段 ${field} 无效：${issue.message}` };
}

export function resolveProfile(arg: string): ProfileResult {
  const builtin = profiles.getBuiltinProfile(arg);
  if (builtin) return { ok: true, profile: builtin };
  let text: string;
  try {
    if (!fs.existsSync(arg)) {
      const names = builtinNames();
      return { ok: false, reason: `找不到配置“${arg}”：既不是内置配置${names.length ? `（可用：${names.join("、")}）` : ""}，也不是存在的 JSON 文件` };
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
  const r = engineLoad(json);
  return r.ok ? r : { ok: false, reason: `配置文件 ${arg} 有误：${r.reason}` };
}

/** Names of the built-in profiles, for messages. */
export function builtinNames(): string[] {
  const p = profiles as unknown as Record<string, unknown>;
  const list = p.BUILTIN_PROFILES ?? p.builtinProfiles ?? p.PROFILES;
  if (Array.isArray(list)) return list.map((x) => (typeof x === "string" ? x : String((x as Profile).name)));
  if (list && typeof list === "object") return Object.keys(list);
  return ["classic", "central-2021", "hebei"].filter((n) => profiles.getBuiltinProfile(n));
}
