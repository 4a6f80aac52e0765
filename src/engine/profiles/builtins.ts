/**
 * The built-in profiles `classic`, `central-2021`, `hebei` (spec §5): data, readable without zod.
 */
import { DEFAULT_REQUIRED_CATEGORIES, DEFAULT_SPEND } from "./defaults";
import type { CostStandard, Profile } from "./schema";

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
  cost: { coverageMin: 0.8, reconcileTolerance: 0.3, personPayShareMax: 0.05 },
  severity: {},
} as const;

/**
 * A built-in profile: BASE with its own fields, already complete (every field the schema would default is in BASE),
 * so start-up needs no zod; tests/profiles/profiles.test.ts checks that the schema parses each one to itself.
 */
function builtin(input: Pick<Profile, "name" | "label" | "description" | "framework" | "standards">): Profile {
  // Cloned whole: profiles share no mutable arrays (classic and central-2021 list the same standards).
  return structuredCloneSafe({ ...BASE, ...input }) as Profile;
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
