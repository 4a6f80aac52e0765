/**
 * BUDGET_SUM_MISMATCH over the 其中 lines other forms print (dev corpus headers): level lines, 项目/基本支出, parts in the
 * total's own cell. Failing cases are a corpus header with ONE amount changed, named so.
 */
import { readTables } from "../../../src/engine/reader";
import { checkTable } from "../../../src/engine/check";
import type { CellValue } from "../../../src/engine/types";

type Rows = CellValue[][];
const INDICATORS: Rows = [
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "数量指标", "绿化美化公路", "=3500米"],
];
const sums = (header: Rows) => {
  const [t] = readTables({ sheet: "S", cells: [...header, ...INDICATORS] });
  return checkTable(t).filter((f) => f.code === "BUDGET_SUM_MISMATCH");
};

const RONGCHANG = (city: string): Rows => [
  ["项目(专项)名称", "古昌镇大青冈村乡村振兴绿化美化项目"],
  ["资金情况(万元)", "年度资金总额:", "153.5184"],
  ["", "其中:1.中央资金", ""],
  ["", "2.市级资金", city],
  ["", "3.区级资金", ""],
  ["", "4.其他资金", ""],
];

describe("BUDGET_SUM_MISMATCH on 其中 lines", () => {
  test("every 其中 line blank: nothing written to add up (029 荣昌 with all lines emptied)", () => {
    const rows = RONGCHANG("");
    expect(sums(rows)).toEqual([]);
  });

  test("029 荣昌: 中央/市级/区级/其他 lines add up → nothing; 市级 changed to 150 → error at the total", () => {
    expect(sums(RONGCHANG("153.5184"))).toEqual([]);
    const fs = sums(RONGCHANG("150"));
    expect(fs.map((f) => [f.cell, f.severity])).toEqual([["C2", "error"]]);
    expect(fs[0].message).toContain("市级资金");
  });

  test("026 南岳: 中央/省级/市级资金/本级 under 财政资金 (values below) add up → nothing", () => {
    expect(
      sums([
        ["专项资金情况", "本年度预计投入(万元)", "财政资金(万元)", "", "", "", "其他"],
        ["", "", "中央", "省级", "市级资金", "本级", ""],
        ["", "7", "0", "7", "0", "0", "0"],
      ]),
    ).toEqual([]);
  });

  test("021 湘潭: parts in the total's cell — 250 = 250 + 0 + 0 passes, 预算资金 changed to 200 does not", () => {
    const cell = (a: string) => [["项目名称", "雾炮车抑尘降尘服务"], ["项目资金申请(万元)", `资金总额: 250 一、预算资金:${a} 二、自有资金:0 三、其他:0`]];
    expect(sums(cell("250"))).toEqual([]);
    const fs = sums(cell("200"));
    expect(fs).toHaveLength(1);
    expect(fs[0].message).toContain("预算资金");
  });

  test("028 宁德: 项目支出 + 基本支出 = 资金总额, but 基本支出 printed again in 年度履职目标 with another amount", () => {
    const header: Rows = [
      ["部门(单位)名称", "中共宁德市委党史和地方志研究室"],
      ["年度预算安排(万元)", "资金总额", "171.41"],
      ["", "项目支出", "60.8"],
      ["", "基本支出", "110.61"],
    ];
    expect(sums(header)).toEqual([]);
    const fs = sums([...header, ["年度履职目标", "部门职能", "年度目标任务", "支出项目名称", "预算金额(万元)"], ["", "确保日常工作正常运行", "按时发放2019年人员工资待遇", "基本支出", "171.41"]]);
    expect(fs.map((f) => [f.cell, f.suggestion])).toEqual([["E6", "110.61"]]);
    expect(fs[0].message).toContain("基本支出");
  });
});

describe("上年结转 / 结余: money carried over is a source of the year's budget", () => {
  const header = (carried: string, other?: string): Rows => [
    ["项目名称", "2026年业务培训经费"],
    ["单位：万元"],
    ["年度资金总额", "100"],
    ["其中：当年财政拨款", "70"],
    ["上年结转", carried],
    ...(other === undefined ? [] : [["其他资金", other]]),
  ];

  test("财政拨款 + 上年结转 = 总额 passes; a carried amount that does not add up is reported", () => {
    expect(sums(header("30"))).toEqual([]);
    expect(sums(header("20")).map((f) => f.message)).toEqual([expect.stringContaining("70万元")]);
  });

  test("beside 其他资金 it is the third part of the sum, named in the message", () => {
    expect(sums(header("20", "10"))).toEqual([]);
    const [f] = sums(header("20", "5"));
    expect(f.message).toContain("财政资金 70万元 + 其他资金 5万元 + 上年结转 20万元 = 95万元");
    expect(f.suggestion).toBe("95.00");
  });
});
