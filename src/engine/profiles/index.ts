/**
 * Profiles (spec §5): built-ins `classic`, `central-2021`, `hebei`, and the loader for a user's JSON.
 *
 * A profile is data. `loadProfile` never throws: a malformed profile comes back as a zh-CN error
 * naming the field (e.g. `satisfactionFloor：应为 0–100 的数字`) so the caller keeps its current one.
 */
import { costStandardSchema, profileSchema, type Profile } from "./schema";
import { DEFAULT_REQUIRED_CATEGORIES } from "./defaults";
import { BUILTIN_PROFILES, DEFAULT_PROFILE, getBuiltinProfile } from "./builtins";
export * from "./schema";
export * from "./defaults";
export * from "./builtins";

// ---------------------------------------------------------------------------------------------
// Loading a user's profile

export type LoadProfileResult = { ok: true; profile: Profile } | { ok: false; error: string };

const BUILTIN_NAMES = Object.keys(BUILTIN_PROFILES).join("、");

/** Keys the schema knows, so a misspelt key is reported instead of silently ignored. */
const KNOWN_KEYS: Record<string, string[]> = {
  "": ["name", "label", "description", "framework", "requiredCategories", "satisfactionFloor", "gradedQualitative", "noOperatorConventionShare", "spend", "cost", "standards", "severity", "extends"],
  spend: ["checkpoints", "paceTolerance", "backloadShare", "amountTolerance", "paceFromMonth", "lumpSumKeywords"],
  cost: ["coverageMin", "reconcileTolerance", "personPayShareMax"],
};

/** Human wording for the numeric fields (the zod issue alone would say "too_big"). */
const FIELD_HINTS: [RegExp, string][] = [
  [/^satisfactionFloor$/, "应为 0–100 的数字"],
  [/^noOperatorConventionShare$/, "应为 0–1 的数字（如 0.1 表示 10%）"],
  [/^spend\.(paceTolerance|backloadShare)$/, "应为 0–100 的数字（百分点）"],
  [/^spend\.amountTolerance$/, "应为 0–1 的数字（相对误差，如 0.01）"],
  [/^spend\.(paceFromMonth|checkpoints\[\d+\]\.month)$/, "应为 1–12 的整数（月份）"],
  [/^spend\.lumpSumKeywords/, "应为关键词列表，如 [\"购置\", \"奖励\"]"],
  [/^spend\.checkpoints(\[\d+\]\.label)?$/, "应为检查点列表，如 [{\"label\":\"6月底\",\"month\":6}]"],
  [/^cost\.(coverageMin|personPayShareMax)$/, "应为 0–1 的数字（如 0.8 表示 80%）"],
  [/^cost\.reconcileTolerance$/, "应为 0–10 的数字（相对误差，如 0.3）"],
  [/^standards\[\d+\]\.maxYuan$/, "应为大于 0 的数字（元）"],
  [/^standards\[\d+\]\.keywords/, "应为非空的关键词列表，如 [\"会议\"]"],
  [/^framework$/, "应为 classic、central-2021 或 auto"],
  [/^requiredCategories/, `应为以下类别的列表：${DEFAULT_REQUIRED_CATEGORIES.join("、")}`],
  [/^severity\./, "应为 error、warning、info 或 off"],
  [/^(name|label)$/, "应为非空文字"],
];

const TYPE_NAMES: Record<string, string> = {
  string: "文字",
  number: "数字",
  boolean: "true 或 false",
  array: "列表（[…]）",
  object: "对象（{…}）",
};

function pathText(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

interface IssueLike {
  code?: string;
  path?: readonly PropertyKey[];
  expected?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  values?: unknown;
  message?: string;
  input?: unknown;
}

/** The value at an issue's path inside the data that was validated, read as zod reads it (undefined when any step is absent). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (typeof v !== "object" || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** `data` is what was validated, with `issue.path` relative to it. */
function describeIssue(issue: IssueLike, data: unknown): string {
  const path = pathText(issue.path ?? []);
  const hint = FIELD_HINTS.find(([re]) => re.test(path))?.[1];
  let what: string;
  // zod 4 leaves `input` out of issues and zod/mini's messages are a bare "Invalid input", so a missing
  // field is recognised by looking the path up in the validated data.
  const missing = issue.code === "invalid_type" && valueAt(data, issue.path ?? []) === undefined;
  if (missing) what = hint ? `必须填写，${hint}` : "必须填写";
  else if (hint) what = hint;
  else if (issue.code === "invalid_type") what = `应为${TYPE_NAMES[String(issue.expected)] ?? String(issue.expected)}`;
  else if (issue.code === "too_small") what = `不能小于 ${String(issue.minimum)}`;
  else if (issue.code === "too_big") what = `不能大于 ${String(issue.maximum)}`;
  else if (issue.code === "invalid_value" && Array.isArray(issue.values)) what = `应为 ${issue.values.map(String).join("、")} 之一`;
  else what = "取值无效";
  return `${path || "配置"}：${what}`;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Deep merge of a user's profile over a base: objects merge, arrays replace — except `standards`,
 * merged by id (same id replaces, new ids append) so a user can add one standard without repeating all.
 */
function mergeProfile(base: Record<string, unknown>, over: Record<string, unknown>, path = ""): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(over)) {
    if (UNSAFE_KEYS.has(key)) continue;
    const v = over[key];
    const b = base[key];
    if (path === "" && key === "standards" && Array.isArray(v) && Array.isArray(b)) {
      const merged: unknown[] = [...b];
      for (const s of v) {
        const id = isPlainObject(s) ? s.id : undefined;
        const i = typeof id === "string" ? merged.findIndex((m) => isPlainObject(m) && m.id === id) : -1;
        if (i >= 0) merged[i] = s;
        else merged.push(s);
      }
      out[key] = merged;
    } else if (isPlainObject(v) && isPlainObject(b)) {
      out[key] = mergeProfile(b, v, path ? `${path}.${key}` : key);
    } else {
      out[key] = v;
    }
  }
  return out;
}

function unknownKeys(input: Record<string, unknown>): string[] {
  const errors: string[] = [];
  for (const [scope, known] of Object.entries(KNOWN_KEYS)) {
    const obj = scope ? input[scope] : input;
    if (!isPlainObject(obj)) continue;
    for (const k of Object.keys(obj)) {
      if (!known.includes(k)) errors.push(`${scope ? `${scope}.` : ""}${k}：未知字段（可用字段：${known.join("、")}）`);
    }
  }
  return errors;
}

function loadObject(input: Record<string, unknown>): LoadProfileResult {
  const unknown = unknownKeys(input);
  if (unknown.length) return { ok: false, error: unknown.join("；") };
  let base: Profile = DEFAULT_PROFILE;
  if (input.extends !== undefined) {
    if (typeof input.extends !== "string") return { ok: false, error: `extends：应为内置配置名（${BUILTIN_NAMES}）` };
    const b = getBuiltinProfile(input.extends);
    if (!b) return { ok: false, error: `extends：未知的内置配置“${input.extends}”，可选：${BUILTIN_NAMES}` };
    base = b;
  }
  // Standards are merged by id into the base's list, so validate the user's own entries first:
  // error paths then count the user's standards (standards[0]), not the merged list.
  if (Array.isArray(input.standards)) {
    const msgs: string[] = [];
    input.standards.forEach((st, i) => {
      const r = costStandardSchema.safeParse(st);
      if (!r.success) for (const issue of r.error.issues) msgs.push(describeIssue({ ...(issue as IssueLike), path: ["standards", i, ...issue.path] }, { standards: input.standards }));
    });
    if (msgs.length) return { ok: false, error: `配置文件有误：${[...new Set(msgs)].slice(0, 5).join("；")}` };
  }
  // A user's profile without a name must not pass for the built-in it extends.
  const named = { name: "custom", label: "自定义配置", description: "", ...input };
  const merged = mergeProfile(JSON.parse(JSON.stringify(base)) as Record<string, unknown>, named);
  const parsed = profileSchema.safeParse(merged);
  if (!parsed.success) {
    const msgs = [...new Set(parsed.error.issues.map((i) => describeIssue(i as IssueLike, merged)))];
    return { ok: false, error: `配置文件有误：${msgs.slice(0, 5).join("；")}${msgs.length > 5 ? `；另有 ${msgs.length - 5} 处` : ""}` };
  }
  return { ok: true, profile: parsed.data };
}

/**
 * A built-in name ("hebei"), a JSON string, or an object. User profiles extend `classic` unless
 * they name another built-in in `extends`. Never throws.
 */
export function loadProfile(input: unknown): LoadProfileResult {
  try {
    if (typeof input === "string") {
      const text = input.trim().replace(/^\uFEFF/, "");
      if (!text) return { ok: false, error: `未提供配置：请填写内置配置名（${BUILTIN_NAMES}）或 JSON` };
      if (text.startsWith("{") || text.startsWith("[")) {
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch (e) {
          return { ok: false, error: `配置文件不是有效的 JSON：${e instanceof Error ? e.message : String(e)}` };
        }
        return loadProfile(json);
      }
      const b = getBuiltinProfile(text);
      return b ? { ok: true, profile: b } : { ok: false, error: `未知的内置配置“${text.slice(0, 40)}”，可选：${BUILTIN_NAMES}` };
    }
    if (!isPlainObject(input)) return { ok: false, error: "配置应为 JSON 对象（{…}）或内置配置名" };
    return loadObject(input);
  } catch (e) {
    // Last resort (e.g. a getter that throws, or a cyclic object): report, never propagate.
    return { ok: false, error: `配置无法读取：${e instanceof Error ? e.message : String(e)}` };
  }
}
