import fc from "fast-check";
import {
  BUILTIN_PROFILES,
  DEFAULT_PROFILE,
  getBuiltinProfile,
  listProfiles,
  loadProfile,
  profileSchema,
} from "../../src/engine/profiles";
import { selectStandard } from "../../src/engine/rules/table/COST_OVER_STANDARD";
import { fuzzRuns } from "../helpers/fuzz";
import * as path from "path";
import { execFileSync } from "child_process";
import { ROOT, ensureNodeBuild } from "../cli/helpers";

describe("built-in profiles", () => {
  test("classic, central-2021 and hebei exist, validate, and classic is the default", () => {
    expect(Object.keys(BUILTIN_PROFILES).sort()).toEqual(["central-2021", "classic", "hebei"]);
    for (const p of Object.values(BUILTIN_PROFILES)) expect(profileSchema.safeParse(p).success).toBe(true);
    expect(DEFAULT_PROFILE.name).toBe("classic");
    expect(DEFAULT_PROFILE.framework).toBe("auto");
    expect(getBuiltinProfile("central-2021")!.framework).toBe("central-2021");
    expect(getBuiltinProfile("HEBEI")!.name).toBe("hebei");
    expect(getBuiltinProfile("nope")).toBeNull();
    expect(getBuiltinProfile("__proto__")).toBeNull();
    expect(listProfiles().map((p) => p.name)).toEqual(["classic", "central-2021", "hebei"]);
    for (const p of listProfiles()) expect(p.label).toMatch(/[\u4e00-\u9fff]/);
  });

  test("central standards: meeting 760/650/550, training 760/550, 讲课费 500/1000/1500 per 学时; no 差旅", () => {
    const s = DEFAULT_PROFILE.standards;
    const by = (group: string) => s.filter((x) => x.group === group).map((x) => x.maxYuan).sort((a, b) => a - b);
    expect(by("meeting")).toEqual([550, 650, 760]);
    expect(by("training")).toEqual([550, 760]);
    expect(by("lecture")).toEqual([500, 1000, 1500]);
    expect(s.some((x) => /差旅/.test(x.label))).toBe(false);
    expect(s.filter((x) => x.group === "meeting").every((x) => x.source.includes("财行〔2016〕214号"))).toBe(true);
    expect(s.filter((x) => x.group === "training").every((x) => x.source.includes("财行〔2016〕540号"))).toBe(true);
  });

  test("hebei: 唐山 450 training / 400 meeting by default; the source says the document was not found", () => {
    const h = getBuiltinProfile("hebei")!;
    expect(selectStandard(h.standards, "人均培训成本参训人员人均费用支出", "")!.maxYuan).toBe(450);
    expect(selectStandard(h.standards, "参会人均费用", "工商联会议费")!.maxYuan).toBe(400);
    for (const id of ["tangshan-training", "tangshan-meeting"]) {
      const st = h.standards.find((x) => x.id === id)!;
      expect(st.source).toContain("原文未找到");
      expect(st.basis).toBe("元/人·天");
    }
    // a named central class still applies
    expect(selectStandard(h.standards, "一类会议人均费用", "")!.maxYuan).toBe(760);
  });

  test("unclassified rows: central meeting 550, training 550, lecture 1500 (rank unknown)", () => {
    const s = DEFAULT_PROFILE.standards;
    expect(selectStandard(s, "参会人均费用", "")!.maxYuan).toBe(550);
    expect(selectStandard(s, "人均培训成本", "")!.maxYuan).toBe(550);
    expect(selectStandard(s, "讲课费", "")!.maxYuan).toBe(1500);
    expect(selectStandard(s, "讲课费（副高）", "")!.maxYuan).toBe(500);
    expect(selectStandard(s, "二类会议人均费用", "")!.maxYuan).toBe(650);
    expect(selectStandard(s, "人均调研成本", "工商联调研经费")).toBeNull();
  });

  test("built-ins are frozen at the top level and do not share mutable arrays", () => {
    expect(BUILTIN_PROFILES.classic.standards).not.toBe(BUILTIN_PROFILES["central-2021"].standards);
    expect(BUILTIN_PROFILES.classic.spend.checkpoints).not.toBe(BUILTIN_PROFILES.hebei.spend.checkpoints);
  });
});

describe("loadProfile", () => {
  test("a built-in name", () => {
    const r = loadProfile("hebei");
    expect(r.ok && r.profile.name).toBe("hebei");
    const bad = loadProfile("beijing");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toContain("classic、central-2021、hebei");
  });

  test("a JSON string extending a built-in keeps the built-in's standards and overrides one field", () => {
    const r = loadProfile('{"name":"my","label":"我的","extends":"hebei","satisfactionFloor":85,"spend":{"paceTolerance":5}}');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.profile.satisfactionFloor).toBe(85);
    expect(r.profile.spend.paceTolerance).toBe(5);
    expect(r.profile.spend.backloadShare).toBe(50); // merged, not replaced
    expect(r.profile.standards.find((s) => s.id === "tangshan-training")!.maxYuan).toBe(450);
    expect(r.profile.name).toBe("my");
  });

  test("an object without extends extends classic; a user profile without a name is 'custom'", () => {
    const r = loadProfile({ severity: { SPEND_BACKLOADED: "off" } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.profile.name).toBe("custom");
    expect(r.profile.standards.length).toBe(DEFAULT_PROFILE.standards.length);
    expect(r.profile.severity.SPEND_BACKLOADED).toBe("off");
  });

  test("standards merge by id: same id replaces, new id appends", () => {
    const r = loadProfile({
      standards: [
        { id: "central-meeting-3", label: "本地会议费", keywords: ["会议"], maxYuan: 300, basis: "元/人·天", source: "某市〔2024〕1号", group: "meeting", isDefault: true },
        { id: "local-travel", label: "本地差旅住宿", keywords: ["差旅"], maxYuan: 350, basis: "元/人·天", source: "某市〔2024〕2号" },
      ],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.profile.standards.find((s) => s.id === "central-meeting-3")!.maxYuan).toBe(300);
    expect(r.profile.standards.find((s) => s.id === "local-travel")).toBeDefined();
    expect(r.profile.standards.length).toBe(DEFAULT_PROFILE.standards.length + 1);
  });

  test.each([
    [{ satisfactionFloor: 120 }, "satisfactionFloor：应为 0–100 的数字"],
    [{ satisfactionFloor: "高" }, "satisfactionFloor：应为 0–100 的数字"],
    [{ spend: { checkpoints: [{ label: "6月底", month: 13 }] } }, "spend.checkpoints[0].month：应为 1–12 的整数"],
    [{ cost: { coverageMin: 80 } }, "cost.coverageMin：应为 0–1 的数字"],
    [{ standards: [{ id: "x", label: "x", keywords: ["会议"], maxYuan: -1, basis: "元/人·天", source: "s" }] }, "standards[0].maxYuan：应为大于 0 的数字"],
    [{ framework: "2021" }, "framework：应为 classic、central-2021 或 auto"],
    [{ severity: { TYPO: "fatal" } }, "severity.TYPO：应为 error、warning、info 或 off"],
    [{ requiredCategories: ["数量", "产出"] }, "requiredCategories"],
    [{ satisfactionFlor: 85 }, "satisfactionFlor：未知字段"],
    [{ spend: { paceTolerence: 5 } }, "spend.paceTolerence：未知字段"],
    [{ extends: "beijing" }, "extends：未知的内置配置“beijing”"],
    [{ extends: 3 }, "extends：应为内置配置名"],
  ])("malformed %j → zh-CN error naming the field", (input, expected) => {
    const r = loadProfile(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(expected);
  });

  test("the same errors through a JSON string; invalid JSON and non-objects", () => {
    const r = loadProfile('{"satisfactionFloor": 120}');
    expect(!r.ok && r.error).toContain("satisfactionFloor：应为 0–100 的数字");
    const j = loadProfile("{satisfactionFloor: 1");
    expect(!j.ok && j.error).toContain("不是有效的 JSON");
    for (const x of [null, undefined, 3, [], "", true]) {
      const e = loadProfile(x);
      expect(e.ok).toBe(false);
      if (!e.ok) expect(e.error).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  test("a failed load leaves the default profile untouched", () => {
    const before = JSON.stringify(DEFAULT_PROFILE);
    loadProfile({ satisfactionFloor: 999, spend: { paceTolerance: -1 } });
    loadProfile('{"__proto__": {"polluted": true}, "satisfactionFloor": 70}');
    expect(JSON.stringify(DEFAULT_PROFILE)).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test("never throws on arbitrary JSON values, JSON text or objects with hostile getters", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.json(), fc.string(), fc.anything()), (input) => {
        const r = loadProfile(input);
        if (r.ok) expect(profileSchema.safeParse(r.profile).success).toBe(true);
        else expect(r.error.length).toBeGreaterThan(0);
      }),
      { numRuns: fuzzRuns(500) },
    );
    // profile-shaped arbitrary objects reach the schema, not just the type checks
    fc.assert(
      fc.property(
        fc.record(
          {
            satisfactionFloor: fc.oneof(fc.double(), fc.string(), fc.constant(null)),
            spend: fc.dictionary(fc.constantFrom("paceTolerance", "backloadShare", "checkpoints", "x"), fc.jsonValue()),
            standards: fc.array(fc.dictionary(fc.constantFrom("id", "label", "keywords", "maxYuan", "basis", "source"), fc.jsonValue())),
            extends: fc.constantFrom("classic", "hebei", "x", undefined),
          },
          { requiredKeys: [] },
        ),
        (input) => {
          expect(() => loadProfile(input)).not.toThrow();
        },
      ),
      { numRuns: fuzzRuns(500) },
    );
    const hostile = Object.defineProperty({}, "satisfactionFloor", { enumerable: true, get: () => { throw new Error("boom"); } });
    const r = loadProfile(hostile);
    expect(r.ok).toBe(false);
    const cyclic: Record<string, unknown> = { name: "x" };
    cyclic.spend = cyclic;
    expect(loadProfile(cyclic).ok).toBe(false);
  });
});

describe("built-in profiles are complete without zod", () => {
  // builtins.ts writes every field the schema would default (start-up loads no validator): the schema must read each
  // built-in as itself, so a field added to the schema with a default cannot be missing from the built-ins.
  it.each(Object.keys(BUILTIN_PROFILES))("%s parses to itself", (name) => {
    const p = BUILTIN_PROFILES[name];
    expect(profileSchema.parse(JSON.parse(JSON.stringify(p)))).toEqual(p);
  });

  it("the engine's entry point loads no zod (the CLI's start-up); the profile loader does", () => {
    ensureNodeBuild();
    const zodModules = (entry: string) =>
      execFileSync(process.execPath, ["-e", `require(${JSON.stringify(entry)}); console.log(Object.keys(require.cache).filter((k) => k.includes("zod")).length)`], { encoding: "utf8" }).trim();
    expect(zodModules(path.join(ROOT, "lib", "engine", "index.js"))).toBe("0");
    expect(zodModules(path.join(ROOT, "lib", "engine", "profiles", "index.js"))).not.toBe("0");
  });
});
