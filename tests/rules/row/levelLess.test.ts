/**
 * Tables printed without the three level columns (layout.levelColumns, dev corpus 008 潼南 and 009 临海): one
 * HIERARCHY_INVALID warning for the table instead of an error on every row; categories read from a name column that
 * holds 二级 names; MISSING_CATEGORY not judged when no level column exists at all.
 */
import { readTables } from "../../../src/engine/reader";
import { checkTable } from "../../../src/engine/check";
import type { CellValue, Finding } from "../../../src/engine/types";

const check = (cells: CellValue[][]) => checkTable(readTables({ sheet: "S", cells })[0]);
const codes = (fs: Finding[], ...want: string[]) => fs.filter((f) => want.includes(f.code));

describe("level-less forms", () => {
  test("009: 指标名称 holding 二级 names → one warning at the header; categories known, so 成本 is missing", () => {
    const fs = check([
      ["项目名称:", "绿化养护经费"],
      ["指标类型", "指标名称", "指标值", "指标描述"],
      ["产出指标", "数量指标", "375万平方米", "完成全市375万平方米的绿地养护、维护等"],
      ["产出指标", "质量指标", "100%", "达到绿化绿地全覆盖"],
      ["产出指标", "时效指标", "2024年12月31日前", "全年"],
      ["效益指标", "社会效益指标", "≥90%", "市民对绿化环境的认可度"],
      ["满意度指标", "服务对象或受益者满意度指标", "≥95%", "服务对象满意率应该在95%以上"],
    ]);
    const h = codes(fs, "HIERARCHY_INVALID");
    expect(h.map((f) => [f.cell, f.severity, f.row])).toEqual([["A2", "warning", null]]);
    expect(h[0].message).toContain("三级指标");
    expect(codes(fs, "MISSING_CATEGORY").map((f) => f.message)).toEqual([expect.stringContaining("成本")]);
  });

  test("008: a single 指标 column → one warning, no per-row error, no MISSING_CATEGORY", () => {
    const fs = check([
      ["专项资金名称", "在职村村干部补助"],
      ["指标", "指标权重", "计量单位", "指标性质", "指标值"],
      ["按月发放", "20", "次", "=", "1"],
      ["发放金额", "40", "万元", "≤", "9.31"],
      ["领取补助人数", "40", "人", "≥", "100"],
    ]);
    expect(codes(fs, "HIERARCHY_INVALID", "MISSING_CATEGORY").map((f) => [f.code, f.cell, f.severity])).toEqual([["HIERARCHY_INVALID", "A2", "warning"]]);
    expect(fs.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("015 荆门 (一级指标 | 年度绩效总目标)", () => {
  test("no 二级 column: one HIERARCHY_INVALID; MISSING_CATEGORY reads the output categories from the values", () => {
    const fs = check([
      ["项目名称", "全市文物保护专项经费"],
      ["一级指标", "年度绩效总目标"],
      ["产出指标", "开展文物安全巡查频次8次"],
      ["", "文物保护项目验收合格率≥86%"],
      ["效益指标", "文物保护宣传覆盖人次≥20万人次"],
      ["", "文物保护修缮个数≥5个。"],
    ]);
    expect(codes(fs, "HIERARCHY_INVALID").map((f) => f.message)).toEqual([expect.stringContaining("没有二级指标")]);
    expect(codes(fs, "MISSING_CATEGORY").map((f) => /缺少“(.+?)”/.exec(f.message)?.[1])).toEqual(["时效", "成本", "满意度"]);
    // An output count under 效益 (修缮个数), not the reach of the publicity (覆盖人次).
    expect(codes(fs, "CATEGORY_MISMATCH").map((f) => f.cell)).toEqual(["B6"]);
    expect(fs.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("240 鄂州 (一级指标 | 二级指标 | 绩效标准 | 当年预期实现值, 二级 names in the 一级 column)", () => {
  test("the names are read; one warning says the 一级 column is missing; the 292% rate and the worded cost are reported", () => {
    const fs = check([
      ["项目名称", "办公大楼运行保障"],
      ["一级指标", "二级指标", "绩效标准", "当年预期实现值"],
      ["数量指标", "大楼安检巡察次数", "反映大楼保卫巡检情况", "≥200次"],
      ["质量指标", "经常性大型设备更新验收合格率", "反映设备更新验收情况", "292%"],
      ["", "设备维修维保验收合格率", "反映设备设施维保质量情况", "≥95%"],
      ["成本指标", "成本控制率", "", "不超预算"],
    ]);
    expect(codes(fs, "HIERARCHY_INVALID").map((f) => [f.cell, f.severity, /本表没有(.+?)列/.exec(f.message)?.[1]])).toEqual([["A2", "warning", "一级指标"]]);
    expect(fs.filter((f) => f.severity === "error").map((f) => [f.code, f.cell])).toEqual([
      ["RATE_OVER_100", "D4"],
      ["COST_NOT_MONEY", "D6"],
    ]);
  });
});
