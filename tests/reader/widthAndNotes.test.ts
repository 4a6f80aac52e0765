/**
 * Forms of the same table that another issuer's copy may show (issue 13, found by scripts/corpus/metamorphic.mjs on the
 * corpus): digits, Latin letters and % typed full-width; a filling note after a column title (三级指标（必填）, 数量指标
 * （必填硬性指标）, 045 沅洲); numbering, ★ marks and （核心指标） around a 三级 name. None of them changes what a
 * reviewer finds.
 */
import { readTables } from "../../src/engine/reader";
import { cellText, rawValue } from "../../src/engine/reader/text";
import { formKey, headerRole } from "../../src/engine/reader/labels";
import { cleanName } from "../../src/engine/rules/shared/indicatorKinds";
import { checkTable } from "../../src/engine/check";
import type { CellValue } from "../../src/engine/types";

const codesOf = (cells: CellValue[][]) => {
  const [t] = readTables({ sheet: "S", cells });
  return checkTable(t).map((f) => `${f.code}@${f.cell}`).sort();
};

describe("full-width digits, letters and %", () => {
  test("read half-width in text and raw; Chinese punctuation stays", () => {
    expect(cellText("≥９５％")).toBe("≥95%");
    expect(cellText("２０２５年１２月底前")).toBe("2025年12月底前");
    expect(cellText("１２．５万元")).toBe("12.5万元");
    expect(cellText("带宽≥１００Ｍｂｐｓ")).toBe("带宽≥100Mbps");
    expect(cellText("（一）数量指标，共３项")).toBe("（一）数量指标，共3项");
    expect(rawValue("≥９５％")).toBe("≥95%");
    expect(cellText("项目名称")).toBe("项目名称");
  });

  test("a table typed full-width gets the findings of the same table typed half-width", () => {
    const rows = (v: (s: string) => string): CellValue[][] => [
      ["项目名称", v("2025年业务培训")],
      ["预算数（万元）", v("80"), "资金用途", "业务培训"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "培训人次", v("≥300人次")],
      ["", "质量指标", "培训合格率", v("95")],
      ["", "时效指标", "完成时间", v("2026年12月底前")],
      ["", "成本指标", "培训成本", v("≤80%")],
      ["效益指标", "社会效益指标", "业务能力", "有所提升"],
      ["满意度指标", "服务对象满意度指标", "参训人员满意度", v("≥90%")],
    ];
    const full = (s: string) => s.replace(/[0-9%]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    const half = codesOf(rows((s) => s));
    expect(half).toEqual(expect.arrayContaining([expect.stringMatching(/^RATE_NOT_PERCENT@/), expect.stringMatching(/^DEADLINE_OUTSIDE_YEAR@/), expect.stringMatching(/^COST_NOT_MONEY@/)]));
    expect(codesOf(rows(full))).toEqual(half);
  });
});

describe("filling notes after column titles", () => {
  test("三级指标（必填）, 指标值（选填）, 数量指标（必填硬性指标） read as the title itself", () => {
    expect(formKey("三级指标（必填）")).toBe("三级指标");
    expect(formKey("数量指标（必填硬性指标）")).toBe("数量指标");
    expect(formKey("绩效指标（核心指标）")).toBe("绩效指标");
    expect(headerRole("指标值（选填）")).toBe("value");
    expect(headerRole("三级指标（必填）")).toBe("l3");
    // A bracket that is part of the title is kept.
    expect(headerRole("指标值（包含数字及文字描述）")).toBe("value");
    expect(formKey("产出指标（50分）")).toBe("产出指标");
  });

  test("a table whose column titles carry （必填） is read", () => {
    const [t] = readTables({
      sheet: "S",
      cells: [
        ["一级指标（必填）", "二级指标（必填）", "三级指标（必填）", "指标值（必填）"],
        ["产出指标", "数量指标", "培训人次", "≥300人次"],
      ],
    });
    expect(t?.indicators.map((r) => [r.level3.text, r.value.text])).toEqual([["培训人次", "≥300人次"]]);
  });
});

describe("the 三级 name without numbering, marks and notes", () => {
  test("numbering, ★ and （核心指标） are not part of the name", () => {
    expect(cleanName("1.培训人次")).toBe("培训人次");
    expect(cleanName("（2）培训合格率")).toBe("培训合格率");
    expect(cleanName("三、资金拨付及时率")).toBe("资金拨付及时率");
    expect(cleanName("①设备完好率")).toBe("设备完好率");
    expect(cleanName("指标11:新生入访视数")).toBe("新生入访视数");
    expect(cleanName("★★★农村低保发放人数")).toBe("农村低保发放人数");
    expect(cleanName("培训合格率（核心指标）")).toBe("培训合格率");
    expect(cleanName("苗木成活率(必填)")).toBe("苗木成活率");
  });

  test("what looks like numbering but is the name stays", () => {
    expect(cleanName("1.5米宽道路长度")).toBe("1.5米宽道路长度");
    expect(cleanName("指标1")).toBe("指标1"); // a template's empty slot: the placeholder rules read it
    expect(cleanName("指标2：")).toBe("指标2：");
    expect(cleanName("1.")).toBe("1.");
    expect(cleanName("修建作业道长度(公里)")).toBe("修建作业道长度(公里)");
    expect(cleanName("十佳评选活动场次")).toBe("十佳评选活动场次");
  });

  test("a rate named with （核心指标） after it is still a rate", () => {
    const cells = (name: string): CellValue[][] => [
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "质量指标", name, "95"],
    ];
    expect(codesOf(cells("培训合格率（核心指标）"))).toEqual(codesOf(cells("培训合格率")));
    expect(codesOf(cells("培训合格率"))).toContain("RATE_NOT_PERCENT@D2");
  });
});

describe("level names printed without 指标", () => {
  test("产出 | 成本 | 项目金额 stays an indicator row though 项目金额 is also a header label (046 淮北's form, bare names)", () => {
    const [t] = readTables({
      sheet: "S",
      cells: [
        ["项目名称", "农村文化建设配套补助经费"],
        ["一级", "二级指标", "三级指标", "指标值"],
        ["产出", "数量", "开展送戏进万村", "≥70村"],
        ["产出", "时效", "项目完成时限", "2025年12月"],
        ["产出", "成本", "项目金额", "5万元"],
        ["效益", "社会效益", "保障人民群众基本文化权益", "影响程度明显"],
        ["满意度", "满意度", "项目受益人满意程度", "≥90%"],
      ],
    });
    expect(t.indicators.map((r) => r.level3.text)).toEqual(["开展送戏进万村", "项目完成时限", "项目金额", "保障人民群众基本文化权益", "项目受益人满意程度"]);
  });
});

describe("several projects' tables down one sheet", () => {
  const project = (name: string): CellValue[][] => [
    ["项目名称", name],
    ["项目资金 (万元)", "中期资金总额:", "170.00", "年度资金总额:", "170.00"],
    ["总体目标", "中期目标(2023年—2023年)", null, "年度目标"],
    [null, "保障执法车辆的维修及燃油费用"],
    ["一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "完成修理养护的车辆数", "≥90辆", "数量指标"],
    [null, "质量指标", "养护维修质量合格率", "≥95%", "质量指标"],
    [null, "时效指标", "项目完成时间", "2023年12月底前", "时效指标"],
  ];

  test("a 中期 | 年度 form whose 年度 block is blank is read from its 中期 block, also with another table below it (190)", () => {
    const alone = readTables({ sheet: "S", cells: project("城管执法车辆维修燃油费") });
    const both = readTables({ sheet: "S", cells: [...project("城管执法车辆维修燃油费"), [], [], ...project("环卫车辆维修费")] });
    expect(alone[0].indicators.map((r) => r.value.text)).toEqual(["≥90辆", "≥95%", "2023年12月底前"]);
    expect(both).toHaveLength(2);
    expect(both.map((t) => t.indicators.map((r) => r.value.text))).toEqual([alone[0].indicators.map((r) => r.value.text), alone[0].indicators.map((r) => r.value.text)]);
  });

  test("after a blank line, a goal sentence of the next table without its label ends the block", () => {
    const cells: CellValue[][] = [
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "孤儿助学人数", "≥9人"],
      ["满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%"],
      [],
      [null, "按照“本人申请、乡镇核实、民政部门确认”程序认定助学对象，按季发放助学金。"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "助学金发放人数", "≥12人"],
    ];
    const tables = readTables({ sheet: "S", cells });
    expect(tables.map((t) => t.indicators.map((r) => r.level3.text))).toEqual([["孤儿助学人数", "救助对象满意度"], ["助学金发放人数"]]);
  });
});

describe("header labels of other provinces' forms", () => {
  test("项目全称, 主管单位, 执行单位 / 实施主体 / 承担单位, 主要用途, 项目期限 / 实施周期 name the fields they are", () => {
    const [t] = readTables({
      sheet: "S",
      cells: [
        ["项目全称", "2025年农村公路养护"],
        ["主管单位", "某县交通运输局", "执行单位", "某县公路养护中心"],
        ["主要用途", "农村公路日常养护"],
        ["项目期限", "2025年1月—12月"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "养护里程", "≥120公里"],
      ],
    });
    const h = t.header;
    expect([h.projectName?.text, h.supervisor?.text, h.implementer?.text, h.purpose?.text, h.period?.text]).toEqual(["2025年农村公路养护", "某县交通运输局", "某县公路养护中心", "农村公路日常养护", "2025年1月—12月"]);
    for (const [label, kind] of [["实施主体", "implementer"], ["承担单位", "implementer"], ["实施周期", "period"], ["资金用途及主要内容", "purpose"]] as const) {
      const [u] = readTables({ sheet: "S", cells: [[label, "X"], ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "养护里程", "≥120公里"]] });
      expect((u.header as Record<string, { text: string } | undefined>)[kind]?.text).toBe("X");
    }
  });
});

describe("an indicator block wider than its header part (a 三级 two cells wide, a band column)", () => {
  // 048 陈仓's fund block: 资金来源 | 资金总额 are titles over a column of amounts, 资金总额 merged up to the header's edge.
  const grid = (wide: boolean): { sheet: string; cells: CellValue[][]; merges: { top: number; left: number; bottom: number; right: number }[] } => ({
    sheet: "S",
    cells: [
      ["2020年农村饮水安全巩固提升工程绩效目标表"],
      ["项目名称", "农村饮水安全巩固提升工程专项"],
      ["资金情况(万元)", "资金来源", "资金总额"],
      ["", "其中:财政拨款", "500"],
      ["总体目标", "改善提升9200人饮水条件。"],
      wide ? ["一级指标", "二级指标", "三级指标", "", "指标值"] : ["一级指标", "二级指标", "三级指标", "指标值"],
      wide ? ["产出指标", "数量指标", "受益人口", "", "≥9200人"] : ["产出指标", "数量指标", "受益人口", "≥9200人"],
    ],
    merges: [
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 1, left: 1, bottom: 1, right: 3 },
      { top: 2, left: 2, bottom: 2, right: 3 },
      { top: 3, left: 2, bottom: 3, right: 3 },
      { top: 4, left: 1, bottom: 4, right: 3 },
      ...(wide ? [5, 6].map((r) => ({ top: r, left: 2, bottom: r, right: 3 })) : []),
    ],
  });
  const missing = (wide: boolean) => checkTable(readTables(grid(wide))[0]).filter((f) => f.code === "HEADER_MISSING_FIELD").map((f) => f.cell);

  test("a label merged to the header's edge gets no blank value from the wider block's extra column", () => {
    expect(missing(false)).toEqual([]);
    expect(missing(true)).toEqual([]);
  });
});
