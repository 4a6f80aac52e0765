/**
 * The `profile` argument, and the profile a formula uses without one (the task pane may set it: pane and functions
 * share one runtime).
 */
import { BUILTIN_PROFILES, DEFAULT_PROFILE, type Profile } from "../engine";
import { loadProfile } from "../engine/profiles";
import { InputError, scalarArg } from "./coerce";

let activeProfile: Profile | null = null;

/** Parsed profile JSON by its exact text: recalculation must not re-validate the same cell every time. */
const profileCache = new Map<string, Profile | InputError>();
const PROFILE_CACHE_SIZE = 32;

/** Set (or clear with null) the profile used when a formula has no `profile` argument. */
export function setActiveProfile(profile: Profile | null): void {
  activeProfile = profile;
  profileCache.clear();
}

export function getActiveProfile(): Profile {
  return activeProfile ?? DEFAULT_PROFILE;
}

/** `profile` argument: null → the active/default profile; a built-in name; or a cell holding profile JSON. */
export function profileArg(x: unknown): Profile {
  const v = scalarArg(x, "配置（profile）");
  if (v === null) return getActiveProfile();
  if (typeof v !== "string") {
    throw new InputError(`配置（profile）应为内置配置名（${Object.keys(BUILTIN_PROFILES).join("、")}）或配置 JSON 文本；收到 ${typeof v === "number" ? `数字 ${v}` : "非文本值"}`);
  }
  const key = v.trim();
  const cached = profileCache.get(key);
  if (cached) {
    if (cached instanceof InputError) throw cached;
    return cached;
  }
  // The engine's loader takes a built-in name or profile JSON text and names the bad field in zh-CN.
  const loaded = loadProfile(key);
  const result: Profile | InputError = loaded.ok ? loaded.profile : new InputError(`配置（profile）有误：${loaded.error}`);
  if (profileCache.size >= PROFILE_CACHE_SIZE) profileCache.delete(profileCache.keys().next().value as string);
  profileCache.set(key, result);
  if (result instanceof InputError) throw result;
  return result;
}
