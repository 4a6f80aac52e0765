/**
 * The row-rule registry against spec §4 (codes, default severities, research ids), plus properties every
 * row rule must keep: blank rows are skipped, random cells never make a rule throw, and every finding
 * points at a cell of its own row with a zh-CN message.
 */
import fc from "fast-check";
import { ROW_RULES } from "../../../src/engine/rules";
import { ALL_RULES } from "../../../src/engine/rules";
import { checkTable } from "../../../src/engine/check";
import { rowsTable, runRules } from "../../helpers/rowsTable";
import { fuzzRuns } from "../../helpers/fuzz";

/** Spec §4 default severities of the codes this registry owns. */
const SPEC: Record<string, "error" | "warning" | "info"> = {
  HIERARCHY_INVALID: "error",
  CATEGORY_MISMATCH: "warning",
  DUPLICATE_INDICATOR: "warning",
  L3_EQUALS_DESC: "info",
  VALUE_EMPTY: "error",
  VALUE_NO_OPERATOR: "info",
  VALUE_NO_UNIT: "error",
  VALUE_MIXED_TEXT: "error",
  VALUE_NOT_QUANTIFIED: "warning",
  RATE_OVER_100: "error",
  RATE_NOT_PERCENT: "error",
  VALUE_WRONG_DIRECTION: "error",
  VALUE_TRIVIAL: "error",
  QUANTITY_CEILING_ONLY: "warning",
  UNIT_MISMATCH: "warning",
  MONEY_UNIT_INCOMPLETE: "warning",
  UNIT_COST_BASIS_MISSING: "warning",
  DEADLINE_NO_YEAR: "warning",
  DEADLINE_OUTSIDE_YEAR: "error",
  DEADLINE_NOT_DATE: "warning",
  SATISFACTION_NOT_PERCENT: "error",
  SATISFACTION_LOW: "warning",
  BASIS_MISSING: "warning",
  TYPO: "warning",
  // Codes added for the corpus of published tables (docs/corpus.md).
  INDICATOR_NOT_MEASURABLE: "warning",
  VALUE_PLACEHOLDER: "error",
  TEMPLATE_PLACEHOLDER_ROW: "warning",
  L3_TEMPLATE_RESIDUE: "warning",
  INDICATOR_IRRELEVANT: "warning",
};

describe("ROW_RULES registry", () => {
  it("holds exactly the row codes of spec §4 and the corpus with their default severities", () => {
    expect(Object.fromEntries(ROW_RULES.map((r) => [r.code, r.severity]))).toEqual(SPEC);
    expect(new Set(ROW_RULES.map((r) => r.code)).size).toBe(ROW_RULES.length);
  });

  it("gives every rule a zh-CN title and research ids", () => {
    for (const r of ROW_RULES) {
      expect(r.title).toMatch(/[\u4e00-\u9fff]/);
      expect(r.research.length).toBeGreaterThan(0);
      for (const id of r.research) expect(id).toMatch(/^R-[A-Z]+-\d{3}$/);
    }
  });

  it("is part of ALL_RULES", () => {
    for (const r of ROW_RULES) expect(ALL_RULES).toContain(r);
  });
});

describe("every row rule", () => {
  it("skips blank rows (ranges larger than the table)", () => {
    const blank = Array.from({ length: 20 }, () => ["", "", "", "", "", ""]);
    // 一级/二级 present but no 三级 and no value: still blank for row rules
    blank.push(["产出指标", "数量指标", "", "", "", ""]);
    expect(runRules(ROW_RULES, blank, { year: 2025 })).toEqual([]);
  });

  it("finds nothing in a well-written table", () => {
    const f = runRules(
      ROW_RULES,
      `产出指标 | 数量指标 | 培训人数 | 按签到表统计的实际参训人数 | ≥45人 | 年度培训计划
       | 质量指标 | 培训出勤率（%） | 实际出勤人次/应出勤人次×100% | ≥90% | 上年实际
       | 时效指标 | 培训完成时间 | 全部培训班结束的时间 | 2025年12月31日前 | 年度培训计划
       | 成本指标 | 人均培训成本 | 培训费总额/（参训人数×天数） | ≤450元/人·天 | 培训费管理办法
      效益指标 | 社会效益指标 | 参训人员考核合格率 | 考核合格人数/参训人数×100% | ≥95% | 上年实际
       | 可持续影响指标 | 培训成果转化项目数 | 参训企业据培训内容实施的改进项目数 | ≥5项 | 上年实际
      满意度指标 | 服务对象满意度指标 | 参训人员满意度 | 问卷满意及以上人数/有效问卷数×100% | ≥90% | 上年实际`,
      { year: 2025 },
    );
    expect(f).toEqual([]);
  });

  const FRAGMENTS = [
    "产出指标", "数量指标", "质量指标", "时效指标", "成本指标", "效益指标", "社会效益指标", "生态效益指标", "满意度指标",
    "服务对象满意度指标", "培训人数", "合格率", "满意度", "故障次数", "点击量", "人均培训成本", "报告", "人次", "（%）",
    "≥", "≤", ">", "<", "=", "$\\geq", "\\%$", "0", "1", "100", "12.5", "-3", "1e9", "%", "人", "次", "万", "万元", "元/人",
    "年", "月", "日", "前", "2025", "12月31日", "有所提升", "按计划完成工作", "“", "》", " and ", "服務", "意见意见", "\n", " ", "",
  ];
  const cellArb = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 5 }).map((parts) => parts.join(""));
  const rowArb = fc.array(fc.oneof(cellArb, fc.string({ maxLength: 6 })), { minLength: 6, maxLength: 6 });

  it("never throws and always points at a cell of the finding's own row (fast-check)", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 12 }), fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null }), (rows, year) => {
        const table = rowsTable(rows);
        const findings = checkTable(table, { rules: ROW_RULES, year });
        for (const f of findings) {
          if (f.code === "INTERNAL_RULE_ERROR") return false;
          if (f.row === null || f.row < 0 || f.row >= rows.length) return false;
          if (f.cell !== null && !f.cell.endsWith(String(10 + f.row))) return false;
          if (!/[\u4e00-\u9fff]/.test(f.message)) return false;
        }
        return true;
      }),
      { numRuns: fuzzRuns(300) },
    );
  });
});
