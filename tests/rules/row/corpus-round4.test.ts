/**
 * Classes from dev tables 100–114 (issue 13, fourth round): headers titled with lost characters (级指标, 年初目标值(A),
 * a periods written with “--”, template slots (指标2, …… in the 二级 column), satisfaction rows with a generic or blank
 * 二级, the 发展改革委 form's outputs, rates under 成本, goals that are only a number, and two confusables.
 */
import { findTypos } from "../../../src/engine/rules/shared/typos";
import type { CellValue } from "../../../src/engine/types";
import { checkGrid, findingsOf, readGrid as read } from "../../helpers/gridCheck";

const check = (cells: CellValue[][]) => checkGrid(cells, 2023);
const codes = (cells: CellValue[][], code: string) => findingsOf(cells, code, 2023);
const rows = (...body: CellValue[][]): CellValue[][] => [["项目名称", "2023年校园维修改造"], ["一级指标", "二级指标", "三级指标", "指标值"], ...body];

describe("reader", () => {
  test("112 舒城: a 一级 title that lost its 一 (级指标) still starts the table", () => {
    expect(read([["级指标", "二级指标", "三级指标", "指标值"], ["实施效果指标", "产出指标", "劳务报酬占中央投资比例", "≥32.68%"]])).toHaveLength(1);
  });

  test("100 黄石: 年初目标值(A | 实际完成值(B — the target column is 年初目标值, not the actual", () => {
    const [t] = read([["一级指标", "二级指标", "三级指标", "年初目标值(A", "实际完成值(B"], ["产出指标", "质量指标", "合格率", "100%", "98%"]]);
    expect(t.indicators[0].value.text).toBe("100%");
  });

  test("103: a period written with a double dash (2020年1月--2020年11月) is a period, not prose", () => {
    expect(codes(rows(["产出指标", "时效指标", "各项费用使用周期", "2020年1月--2020年11月"]), "VALUE_MIXED_TEXT")).toEqual([]);
  });
});

describe("rules", () => {
  test("101: numbered template slots with no value (指标2) are TEMPLATE_PLACEHOLDER_ROW, not VALUE_EMPTY or duplicates", () => {
    const fs = check(rows(["产出指标", "数量指标", "指标1工程数量", "≥1项"], ["产出指标", "数量指标", "指标2", ""], ["产出指标", "质量指标", "指标2", ""]));
    expect(fs.filter((f) => f.code === "TEMPLATE_PLACEHOLDER_ROW").map((f) => f.cell)).toEqual(["C4", "C5"]);
    expect(fs.filter((f) => f.code === "VALUE_EMPTY" || f.code === "DUPLICATE_INDICATOR")).toEqual([]);
  });

  test("102: …… in the 二级 column with nothing else on the row is a template row", () => {
    const fs = codes(rows(["产出指标", "数量指标", "道路里程", "≥32.1公里"], ["", "……", "", ""]), "TEMPLATE_PLACEHOLDER_ROW");
    expect(fs.map((f) => f.cell)).toEqual(["B4"]);
  });

  test("113 / 100: a blank or generic 二级 under 满意度指标 places the row: one warning with the only 二级 proposed", () => {
    for (const l2 of ["", "具体指标"]) {
      const fs = codes(rows(["满意度指标", l2, "参训学员满意度", "≥90%"], ["满意度指标", l2, "家长满意度", "≥90%"]), "HIERARCHY_INVALID");
      expect(fs.map((f) => [f.severity, f.suggestion])).toEqual([["warning", "服务对象满意度指标"]]);
    }
    expect(codes(rows(["满意度指标", "数量指标", "参训学员满意度", "≥90%"]), "HIERARCHY_INVALID").map((f) => f.severity)).toEqual(["error"]);
  });

  test("112: the 发展改革委 form's outputs under 产出指标 are not asked to split into 数量/质量/时效/成本", () => {
    const form = rows(["实施效果指标", "产出指标", "劳务报酬占中央投资比例", "≥32.68%"], ["实施效果指标", "效益指标", "带动就业人数", "≥50人"], ["实施效果指标", "满意度指标", "群众满意度", "≥90%"]);
    expect(codes(form, "MISSING_CATEGORY")).toEqual([]);
  });

  test("112: a bare 0 on a count of bad things is proposed as =0…, never the trivial ≤0", () => {
    const f = codes(rows(["过程管理指标", "项目管理指标", "安全事故次数", "0"]), "VALUE_NO_UNIT")[0];
    expect(f?.suggestion).toBe("=0次");
  });

  test("101: a rate under 成本 (成本控制率 | 100) is COST_NOT_MONEY, not RATE_NOT_PERCENT (a % would not make it a cost)", () => {
    const fs = check(rows(["产出指标", "成本指标", "成本控制率", "100"])).filter((f) => f.cell === "D3");
    expect(fs.map((f) => f.code)).toContain("COST_NOT_MONEY");
    expect(fs.map((f) => f.code)).not.toContain("RATE_NOT_PERCENT");
  });

  test("103: a date within the year under 效益 is a 时效 target; one beyond it may say how long an effect lasts", () => {
    expect(codes(rows(["效益指标", "可持续影响指标", "保障期限", "2023年1月--2023年11月"]), "CATEGORY_MISMATCH")).toHaveLength(1);
    expect(codes(rows(["效益指标", "可持续影响指标", "设施持续发挥作用", "2030年12月31日前"]), "CATEGORY_MISMATCH")).toEqual([]);
  });

  test("101: a goal that is only a number (预期目标 | 43.2) is GOAL_PLACEHOLDER", () => {
    const fs = codes([["项目名称", "暖通改造经费"], ["年度绩效目标", "43.2"], ...rows(["产出指标", "数量指标", "改造面积", "≥500平方米"]).slice(1)], "GOAL_PLACEHOLDER");
    expect(fs.map((f) => f.cell)).toEqual(["B2"]);
  });

  test("100: a sentence of aims as the 三级 (满足…需要) with a percentage measures nothing", () => {
    expect(codes(rows(["效益指标", "可持续影响指标", "建设平安校园,满足教师和学生生活、学习的需要", "≥95%"]), "INDICATOR_NOT_MEASURABLE")).toHaveLength(1);
  });

  test("confusables: 大力支出…发展 → 支持, 劵 → 券; 财政支出 stays", () => {
    expect(findTypos("大力支出民办幼儿园发展").fixed).toBe("大力支持民办幼儿园发展");
    expect(findTypos("抗疫特别国债劵").fixed).toBe("抗疫特别国债券");
    expect(findTypos("财政支出项目").typos).toEqual([]);
  });

  test("112: a bare number on a share by name (…项目比例 | 0) is RATE_NOT_PERCENT, not VALUE_NO_UNIT", () => {
    const fs = check(rows(["过程管理指标", "项目管理指标", "超规模、超标准、超概算项目比例", "0"])).filter((f) => f.cell === "D3");
    expect(fs.map((f) => [f.code, f.suggestion])).toEqual([["RATE_NOT_PERCENT", "=0%"]]);
  });

  test("114: a rate name with its target written in (…达标率100% | >=98%) is a template residue, the clash named", () => {
    const fs = codes(rows(["产出指标", "质量指标", "旅游基础设施建设质量达标率100%", ">=98%"]), "L3_TEMPLATE_RESIDUE");
    expect(fs.map((f) => f.suggestion)).toEqual(["旅游基础设施建设质量达标率"]);
    expect(fs[0].message).toContain("不一致");
    expect(codes(rows(["产出指标", "质量指标", "旅游基础设施建设质量达标率", ">=98%"]), "L3_TEMPLATE_RESIDUE")).toEqual([]);
  });
});
