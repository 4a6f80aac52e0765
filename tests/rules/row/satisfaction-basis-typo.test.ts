/**
 * SATISFACTION_NOT_PERCENT, SATISFACTION_LOW, BASIS_MISSING, TYPO (and the findTypos helper).
 * Failing cases quote real seed rows; rows start on sheet row 10 (values in E, 依据 in F).
 */
import { runRule, runRules } from "../../helpers/rowsTable";
import { rule as SATISFACTION_NOT_PERCENT } from "../../../src/engine/rules/row/SATISFACTION_NOT_PERCENT";
import { rule as SATISFACTION_LOW } from "../../../src/engine/rules/row/SATISFACTION_LOW";
import { rule as BASIS_MISSING } from "../../../src/engine/rules/row/BASIS_MISSING";
import { rule as TYPO } from "../../../src/engine/rules/row/TYPO";
import { ROW_RULES } from "../../../src/engine/rules";
import { findTypos, TRADITIONAL_CHARS } from "../../../src/engine/rules/shared/typos";
import { profileSchema } from "../../../src/engine/profiles/schema";

describe("SATISFACTION_NOT_PERCENT", () => {
  it("flags 1按计划完成工作 (seed 004 #9 群众满意度), alongside VALUE_MIXED_TEXT as the seed fixtures expect", () => {
    const rows = `满意度指标 | 服务对象满意度指标 | 群众满意度 | 群众满意度 | 1按计划完成工作 | 按计划完成工作`;
    const f = runRule(SATISFACTION_NOT_PERCENT, rows);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: "SATISFACTION_NOT_PERCENT", severity: "error", row: 0, cell: "E10" });
    expect(f[0].suggestion).toBeUndefined(); // "1" fused with prose: 1% or 100%? too ambiguous to rewrite
    expect(f[0].message).toContain("「群众满意度」");
    expect(runRules(ROW_RULES, rows).filter((x) => x.cell === "E10").map((x) => x.code)).toEqual(["SATISFACTION_NOT_PERCENT", "VALUE_MIXED_TEXT"]);
  });

  it("suggests a percentage for bare shares (seed 001 满意度 ≥95% written ≥0.95 or ≥95)", () => {
    const f = runRule(SATISFACTION_NOT_PERCENT, `满意度指标 | 服务对象满意度指标 | 满意度 | x | ≥0.95 | x\n | 服务对象满意度指标 | 满意率 | x | ≥95 | x`);
    expect(f.map((x) => x.suggestion)).toEqual(["≥95%", "≥95%"]);
  });

  it("passes percentages (seed 002 #4 培训对象满意度 ≥90%; seed 000 >90%)", () => {
    expect(runRule(SATISFACTION_NOT_PERCENT, `满意度指标 | 服务对象满意度指标 | 培训对象满意度 | x | ≥90% | x\n | 服务对象满意度指标 | 使用部门满意度 | x | >95% | x`)).toEqual([]);
  });
});

describe("SATISFACTION_LOW", () => {
  it("flags a target below the profile floor (seed 002 #5 调研对象满意度 ≥70%) → ≥80%", () => {
    const f = runRule(SATISFACTION_LOW, `满意度指标 | 服务对象满意度指标 | 调研对象满意度 | 调研对象满意度 | ≥70%`, { columns: "noBasis" });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: "SATISFACTION_LOW", severity: "warning", cell: "E10", suggestion: "≥80%" });
  });

  it("reads the floor from the profile", () => {
    const profile = profileSchema.parse({ name: "strict", label: "strict", satisfactionFloor: 90 });
    const rows = `满意度指标 | 服务对象满意度指标 | 服务对象满意度 | 绩效管理公众评议满意度 | >80%`;
    expect(runRule(SATISFACTION_LOW, rows, { columns: "noBasis" })).toEqual([]);
    const f = runRule(SATISFACTION_LOW, rows, { columns: "noBasis", profile });
    expect(f[0].suggestion).toBe("≥90%");
  });

  it("passes targets at or above the floor (seed 004 ≥90%, seed 002 #3 >80%)", () => {
    expect(runRule(SATISFACTION_LOW, `满意度指标 | 服务对象满意度指标 | 企业满意度 | x | ≥90% | x\n | 服务对象满意度指标 | 服务对象满意度 | x | >80% | x`)).toEqual([]);
  });
});

describe("BASIS_MISSING", () => {
  it("flags an empty 依据 where the layout has the column", () => {
    // seed 004 #1 "发放人数 | 享受抚恤金的人数 | 1人 | 按最新上级文件要求" with its 依据 cleared
    const f = runRule(BASIS_MISSING, `产出指标 | 数量指标 | 发放人数 | 享受抚恤金的人数 | 1人 | `);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: "BASIS_MISSING", severity: "warning", row: 0, cell: "F10" });
    expect(f[0].suggestion).toBeUndefined();
    expect(f[0].message).toContain("「发放人数」");
  });

  it("names the matching expenditure standard of the profile for cost rows", () => {
    const profile = profileSchema.parse({
      name: "t",
      label: "t",
      standards: [{ id: "meeting-3", label: "中央和国家机关会议费（三类会议）", keywords: ["会议", "参会"], maxYuan: 550, basis: "元/人·天", source: "财行〔2016〕214号" }],
    });
    // seed 000 #4 "参会人均费用 | 参会人均费用 | ≤400元 | 唐山市市级机关会议费管理办法" with its 依据 cleared
    const f = runRule(BASIS_MISSING, ` | 成本指标 | 参会人均费用 | 参会人均费用 | ≤400元 | `, { profile });
    expect(f[0].suggestion).toBe("中央和国家机关会议费（三类会议）（财行〔2016〕214号）");
  });

  it("passes filled 依据 and layouts without the column (seed 002 天津)", () => {
    expect(runRule(BASIS_MISSING, `产出指标 | 数量指标 | 发放人数 | 享受抚恤金的人数 | 1人 | 按最新上级文件要求`)).toEqual([]);
    expect(runRule(BASIS_MISSING, `产出指标 | 数量指标 | 补助人员数量 | 反映补助人员数量 | ≤12人`, { columns: "noBasis" })).toEqual([]);
  });
});

describe("TYPO", () => {
  it("flags 历史惊讶标准 in the 依据 (seed 001 #1 满意度 row) with the corrected cell", () => {
    const f = runRule(TYPO, `满意度指标 | 服务对象满意度指标 | 满意度 | 反映满意的评价占总评价 的比率 | ≥95% | 历史惊讶标准`);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: "TYPO", severity: "warning", row: 0, cell: "F10", suggestion: "历史经验标准" });
    expect(f[0].message).toContain("历史经验标准");
  });

  it("flags English 'and' (seed 003 任务3：非公组织建设会员服务 and 党建工作) and traditional 服務 (seed 001 分项目标（四）)", () => {
    const f = runRule(TYPO, `产出指标 | 数量指标 | 任务3：非公组织建设会员服务 and 党建工作 | 充分发挥工商联在政府管理和服務非公有制经济中的助手作用 | ≥15个 | x`);
    expect(f.map((x) => [x.cell, x.suggestion])).toEqual([
      ["C10", "任务3：非公组织建设会员服务和党建工作"],
      ["D10", "充分发挥工商联在政府管理和服务非公有制经济中的助手作用"],
    ]);
  });

  it("flags 意见意见 (seed 004 保障措施（七）) and unbalanced quotes (seed 002 #3 “第八届京津冀…交流会;) without inventing a fix", () => {
    const f = runRule(TYPO, ` | 数量指标 | 征集意见建议 | 提出优化财政资金配置、提高资金使用效益的意见意见 | ≥20条 | 联合举办“第八届京津冀民营经济产业对接交流会;`);
    expect(f.map((x) => [x.cell, x.suggestion])).toEqual([
      ["D10", "提出优化财政资金配置、提高资金使用效益的意见"],
      ["F10", undefined],
    ]);
  });

  it("reports English quotes alone as info (seed 002 #5 天津市\"万家民营企业评营商环境\"专项调研经费)", () => {
    const f = runRule(TYPO, ` | 数量指标 | 参与调研企业数量 | "万家民营企业评营商环境"调研企业数量 | ≥7000家 | x`);
    expect(f[0]).toMatchObject({ severity: "info", cell: "D10", suggestion: "“万家民营企业评营商环境”调研企业数量" });
  });

  it("passes clean text, balanced punctuation and correct reduplication", () => {
    const f = runRule(TYPO, ` | 成本指标 | “京津冀协同发展”项目费用 | 反映《中华工商时报》宣传费用，研究研究 | ≤10万元 | 唐山市市级机关会议费管理办法`);
    expect(f).toEqual([]);
  });

  it("findTypos: the traditional table maps to different characters, never throws on odd input", () => {
    for (const [t, s] of Object.entries(TRADITIONAL_CHARS)) {
      expect(t).toHaveLength(1);
      expect(s).not.toBe(t);
    }
    for (const x of ["", "“", "》《", "and", "\"", "a and b", "服務服務"]) expect(() => findTypos(x)).not.toThrow();
    expect(findTypos("服務服務").fixed).toBe("服务");
  });
});
