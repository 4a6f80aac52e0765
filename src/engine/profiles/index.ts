/**
 * Profiles (spec §5): built-ins `classic`, `central-2021`, `hebei`, and the loader for a user's JSON.
 *
 * A profile is data. `loadProfile` never throws: a malformed profile comes back as a zh-CN error
 * naming the field (e.g. `satisfactionFloor：应为 0–100 的数字`) so the caller keeps its current one.
 */
import { costStandardSchema, DEFAULT_REQUIRED_CATEGORIES, DEFAULT_SPEND, profileSchema, type CostStandard, type Profile } from "./schema";
export * from "./schema";

// ---------------------------------------------------------------------------------------------
// Expenditure standards (research §4). Every number here has a source; none is from memory.

const MEETING_KEYWORDS = ["会议", "参会", "会务", "座谈会", "研讨会"];
const TRAINING_KEYWORDS = ["培训", "参训", "研修", "培训班"];
const LECTURE_KEYWORDS = ["讲课", "授课", "师资", "课酬"];

// Document names and label stems written once: the bundle carries every literal as UTF-8 text (3 bytes a
// character), and terser does not merge repeated strings. The resulting strings are unchanged.
const MEETING_DOC = "财行〔2016〕214号《中央和国家机关会议费管理办法》";
const TRAINING_DOC = "财行〔2016〕540号《中央和国家机关培训费管理办法》";
const TRAINING_DOC_NO = "财行〔2016〕540号";
const TANGSHAN_TABLE = "已公开的唐山市工商业联合会2025年项目绩效目标表";
const MEETING_LABEL = "中央和国家机关会议费（";
const TRAINING_LABEL = "中央和国家机关培训费（";
const LECTURE_LABEL = "培训讲课费（";
const PER_PERSON_DAY = "元/人·天";
const PER_CLASS_HOUR = "元/学时";

/** 中央和国家机关会议费管理办法 (财行〔2016〕214号): 综合定额 by class, 元/人·天. */
const CENTRAL_MEETING: CostStandard[] = [
  {
    id: "central-meeting-1",
    label: `${MEETING_LABEL}一类会议）`,
    keywords: MEETING_KEYWORDS,
    maxYuan: 760,
    basis: PER_PERSON_DAY,
    source: `${MEETING_DOC}：一类会议综合定额 760 ${PER_PERSON_DAY}（住宿500、伙食150、其他110）`,
    group: "meeting",
    classKeywords: ["一类会议"],
  },
  {
    id: "central-meeting-2",
    label: `${MEETING_LABEL}二类会议）`,
    keywords: MEETING_KEYWORDS,
    maxYuan: 650,
    basis: PER_PERSON_DAY,
    source: `${MEETING_DOC}：二类会议综合定额 650 ${PER_PERSON_DAY}（住宿400、伙食150、其他100）`,
    group: "meeting",
    classKeywords: ["二类会议"],
  },
  {
    // The default for a meeting row that names no class: 三类/四类 (internal and small business
    // meetings) are by far the most common kind in project tables.
    id: "central-meeting-3",
    label: `${MEETING_LABEL}三类、四类会议）`,
    keywords: MEETING_KEYWORDS,
    maxYuan: 550,
    basis: PER_PERSON_DAY,
    source: `${MEETING_DOC}：三类、四类会议综合定额 550 ${PER_PERSON_DAY}（住宿340、伙食130、其他80）`,
    group: "meeting",
    classKeywords: ["三类会议", "四类会议"],
    isDefault: true,
  },
];

/** 中央和国家机关培训费管理办法 (财行〔2016〕540号), 元/人·天. 二类 (650) was not read: not shipped. */
const CENTRAL_TRAINING: CostStandard[] = [
  {
    id: "central-training-1",
    label: `${TRAINING_LABEL}一类培训）`,
    keywords: TRAINING_KEYWORDS,
    maxYuan: 760,
    basis: PER_PERSON_DAY,
    source: `${TRAINING_DOC}：一类培训综合定额 760 ${PER_PERSON_DAY}（住宿500、伙食150、场地资料交通80、其他30；来源页面质量较差，可信度低）`,
    group: "training",
    classKeywords: ["一类培训", "省部级"],
  },
  {
    id: "central-training-3",
    label: `${TRAINING_LABEL}三类培训）`,
    keywords: TRAINING_KEYWORDS,
    maxYuan: 550,
    basis: PER_PERSON_DAY,
    source: `${TRAINING_DOC}：三类培训综合定额 550 ${PER_PERSON_DAY}（住宿340、伙食130、场地资料交通50、其他30）`,
    group: "training",
    classKeywords: ["三类培训", "处级及以下"],
    isDefault: true,
  },
];

/** 讲课费 (财行〔2016〕540号), after tax, per 学时, by the lecturer's rank. */
const CENTRAL_LECTURE: CostStandard[] = [
  {
    id: "central-lecture-deputy",
    label: `${LECTURE_LABEL}副高级职称专业技术人员）`,
    keywords: LECTURE_KEYWORDS,
    maxYuan: 500,
    basis: PER_CLASS_HOUR,
    source: `${TRAINING_DOC_NO}：副高级技术职称专业人员讲课费每学时最高不超过 500 元（税后）`,
    group: "lecture",
    classKeywords: ["副高", "副教授", "副研究员"],
  },
  {
    id: "central-lecture-senior",
    label: `${LECTURE_LABEL}正高级职称专业技术人员）`,
    keywords: LECTURE_KEYWORDS,
    maxYuan: 1000,
    basis: PER_CLASS_HOUR,
    source: `${TRAINING_DOC_NO}：正高级技术职称专业人员讲课费每学时最高不超过 1000 元（税后）`,
    group: "lecture",
    classKeywords: ["正高", "教授", "研究员"],
  },
  {
    // Without the lecturer's rank only the highest cap is certainly exceeded, so it is the default.
    id: "central-lecture-top",
    label: `${LECTURE_LABEL}院士、全国知名专家）`,
    keywords: LECTURE_KEYWORDS,
    maxYuan: 1500,
    basis: PER_CLASS_HOUR,
    source: `${TRAINING_DOC_NO}：院士、全国知名专家讲课费每学时一般不超过 1500 元（税后）`,
    group: "lecture",
    classKeywords: ["院士", "知名专家"],
    isDefault: true,
  },
];

/** 唐山 local standards: the documents were not found; the numbers come from published tables (seed 000). */
const TANGSHAN: CostStandard[] = [
  {
    id: "tangshan-training",
    label: "唐山市市级机关培训费标准",
    keywords: TRAINING_KEYWORDS,
    maxYuan: 450,
    basis: PER_PERSON_DAY,
    source:
      `唐山市市级机关培训费管理办法：原文未找到；450 ${PER_PERSON_DAY}取自${TANGSHAN_TABLE}（“人均培训成本 ≤450元”，依据该办法），与 450 ${PER_PERSON_DAY}的旧综合定额结构一致`,
    group: "training",
    isDefault: true,
  },
  {
    id: "tangshan-meeting",
    label: "唐山市市级机关会议费标准",
    keywords: MEETING_KEYWORDS,
    maxYuan: 400,
    basis: PER_PERSON_DAY,
    source:
      `唐山市市级机关会议费管理办法：原文未找到；400 ${PER_PERSON_DAY}取自${TANGSHAN_TABLE}（“参会人均费用 ≤400元”，依据该办法）`,
    group: "meeting",
    isDefault: true,
  },
];

const CENTRAL_STANDARDS: CostStandard[] = [...CENTRAL_MEETING, ...CENTRAL_TRAINING, ...CENTRAL_LECTURE];

/** The same thresholds for every built-in; only framework and standards differ. */
const BASE = {
  description: "",
  requiredCategories: DEFAULT_REQUIRED_CATEGORIES,
  satisfactionFloor: 80,
  gradedQualitative: true,
  noOperatorConventionShare: 0.1,
  spend: DEFAULT_SPEND,
  // 0.3: the seeds' 55人 × 400元 = 2.2万 against 3.6万 (61%) already means a missing dimension (days, sessions).
  cost: { coverageMin: 0.8, reconcileTolerance: 0.3 },
  severity: {},
} as const;

function builtin(input: Record<string, unknown>): Profile {
  return profileSchema.parse({ ...structuredCloneSafe(BASE), ...input });
}

/** BASE holds readonly arrays; profiles must not share mutable arrays. */
function structuredCloneSafe<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

export const BUILTIN_PROFILES: Readonly<Record<string, Profile>> = Object.freeze({
  classic: builtin({
    name: "classic",
    label: "通用（传统框架，自动识别 2021 框架）",
    description: "产出（数量/质量/时效/成本）· 效益 · 满意度；表中出现一级“成本指标”时按财预〔2021〕101号框架检查。支出标准：中央会议费、培训费、讲课费。",
    framework: "auto",
    standards: CENTRAL_STANDARDS,
  }),
  "central-2021": builtin({
    name: "central-2021",
    label: "中央部门（财预〔2021〕101号框架）",
    description: "成本指标为一级指标（经济成本/社会成本/生态环境成本）。支出标准：中央会议费、培训费、讲课费。",
    framework: "central-2021",
    standards: CENTRAL_STANDARDS,
  }),
  hebei: builtin({
    name: "hebei",
    label: "河北（唐山市级标准）",
    description:
      "传统框架；未注明类别的培训、会议按唐山市级标准（培训 ≤450 元/人·天，会议 ≤400 元/人·天）检查。唐山两项办法原文未找到，数值取自已公开的绩效目标表。",
    framework: "auto",
    // Central classes stay selectable by name (“一类会议”); the 唐山 numbers are the default.
    standards: [...CENTRAL_STANDARDS.map((s) => ({ ...s, isDefault: false })), ...TANGSHAN],
  }),
});

export const DEFAULT_PROFILE: Profile = BUILTIN_PROFILES.classic;

export function getBuiltinProfile(name: string): Profile | null {
  const key = String(name ?? "").trim().toLowerCase();
  return Object.prototype.hasOwnProperty.call(BUILTIN_PROFILES, key) ? BUILTIN_PROFILES[key] : null;
}

export interface ProfileInfo {
  name: string;
  label: string;
  description: string;
}

export function listProfiles(): ProfileInfo[] {
  return Object.values(BUILTIN_PROFILES).map((p) => ({ name: p.name, label: p.label, description: p.description }));
}

// ---------------------------------------------------------------------------------------------
// Loading a user's profile

export type LoadProfileResult = { ok: true; profile: Profile } | { ok: false; error: string };

const BUILTIN_NAMES = Object.keys(BUILTIN_PROFILES).join("、");

/** Keys the schema knows, so a misspelt key is reported instead of silently ignored. */
const KNOWN_KEYS: Record<string, string[]> = {
  "": ["name", "label", "description", "framework", "requiredCategories", "satisfactionFloor", "gradedQualitative", "noOperatorConventionShare", "spend", "cost", "standards", "severity", "extends"],
  spend: ["checkpoints", "paceTolerance", "backloadShare", "amountTolerance", "paceFromMonth", "lumpSumKeywords"],
  cost: ["coverageMin", "reconcileTolerance"],
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
  [/^cost\.coverageMin$/, "应为 0–1 的数字（如 0.8 表示 80%）"],
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
