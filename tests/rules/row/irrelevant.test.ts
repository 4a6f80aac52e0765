/** INDICATOR_IRRELEVANT on the satisfaction indicators of dev corpus tables (008 潼南, 011 汉阴, 025 黄石). */
import { readTables } from "../../../src/engine/reader";
import { checkTable } from "../../../src/engine/check";
import type { CellValue } from "../../../src/engine/types";

const irrelevant = (cells: CellValue[][]) => checkTable(readTables({ sheet: "S", cells })[0]).filter((f) => f.code === "INDICATOR_IRRELEVANT");
const table = (name: string, overview: string, satisfaction: string): CellValue[][] => [
  ["项目名称", name],
  ["项目概况", overview],
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "数量指标", "领取补助人数", "≥100人"],
  ["满意度指标", "服务对象满意度指标", satisfaction, "≥95%"],
];

describe("INDICATOR_IRRELEVANT", () => {
  test("008: 本土人才满意度 on a 村干部 wage project → warning at the 三级 cell", () => {
    const fs = irrelevant(table("在职村村干部补助", "对村民委员会村党支部的补助,按月发放给在职村社干部的工资", "本土人才满意度"));
    expect(fs.map((f) => [f.cell, f.severity])).toEqual([["C5", "warning"]]);
    expect(fs[0].message).toContain("本土人才");
  });

  test("a group the table names (011 金融机构, 025 培训学员) or a general one (群众, 服务对象, 村干部) passes", () => {
    expect(irrelevant(table("普惠金融发展专项资金", "对金融机构给予定向费用补贴", "申报定向费用补贴金融机构满意度"))).toEqual([]);
    expect(irrelevant(table("主体班", "主体班培训280人次", "培训学员对培训效果满意度"))).toEqual([]);
    expect(irrelevant(table("在职村村干部补助", "按月发放工资", "群众满意度"))).toEqual([]);
    expect(irrelevant(table("在职村村干部补助", "按月发放工资", "在职村干部满意度"))).toEqual([]);
  });
});
