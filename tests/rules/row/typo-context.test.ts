/**
 * TYPO beyond the fixed dictionary: 公文 confusables in context, repeated fragments, brackets, broken numbering,
 * periods written as bare digits, place names that differ from the project name, and the header's text fields.
 * Failing cases are the texts reviewers flagged in the corpus (021 湘潭环卫, 026 南岳, 029 荣昌林业).
 */
import { rowsTable } from "../../helpers/rowsTable";
import { checkTable } from "../../../src/engine/check";
import { rule as TYPO } from "../../../src/engine/rules/row/TYPO";
import fc from "fast-check";
import { findTypos, mayHaveTypos, placeNameSlips, scanTypos } from "../../../src/engine/rules/shared/typos";
import { fuzzRuns } from "../../helpers/fuzz";
import type { CellText } from "../../../src/engine/types";

const kinds = (text: string) => findTypos(text).typos.map((t) => [t.kind, t.found, t.replacement]);
const cell = (text: string, a1: string): CellText => ({ text, raw: text, cell: a1, row: Number(a1.slice(1)) - 1, col: a1.charCodeAt(0) - 65 });

describe("findTypos: confusables in context", () => {
  it("corrects 部暑, 归挡, 即定 and a rate's or degree's head typed twice; 即定即办, 年度度量, 限额额度 stay", () => {
    expect(findTypos("工作部暑到位率").fixed).toBe("工作部署到位率");
    expect(findTypos("资料归挡完整率").fixed).toBe("资料归档完整率");
    expect(findTypos("即定目标完成率").fixed).toBe("既定目标完成率");
    expect(findTypos("检查验收合格率率").fixed).toBe("检查验收合格率");
    expect(findTypos("群众满意度度").fixed).toBe("群众满意度");
    expect(kinds("审批事项即定即办率")).toEqual([]);
    expect(kinds("年度度量单位")).toEqual([]);
    expect(kinds("限额额度")).toEqual([]);
  });

  it("reads 了放 before a subsidy as 发放 (026 本年度绩效目标)", () => {
    const r = findTypos("1.对提供就读学籍证明的学生了放就学补助; 2.补助标准为:每生 1500 元/学期。");
    expect(r.typos.map((t) => t.kind)).toEqual(["confusable"]);
    expect(r.fixed).toBe("1.对提供就读学籍证明的学生发放就学补助; 2.补助标准为:每生 1500 元/学期。");
  });

  it("reads 事实 after a village or before a works noun as 实施 (029 项目概况), but leaves 事实 as a noun", () => {
    expect(findTypos("在古昌镇大青杠村事实乡村公路绿化;对周边沿线村民发放李子苗").fixed).toBe("在古昌镇大青杠村实施乡村公路绿化;对周边沿线村民发放李子苗");
    expect(kinds("以事实为依据，事实清楚")).toEqual([]);
    expect(kinds("事实上已完成")).toEqual([]);
  });

  it("reads 服务周 before a number as 服务周期 (021 项目概况 服务周180)", () => {
    expect(findTypos("继续采购10台雾炮车用于特殊时段环卫作业,服务周180,持续改善我市空气质量。").fixed).toContain("服务周期180");
    expect(kinds("每周3次")).toEqual([]);
  });

  it("corrects 截止 before a date, 帐户, 布署, 拔付, 其它资金, 财政投款", () => {
    expect(findTypos("截止2025年12月31日").fixed).toBe("截至2025年12月31日");
    expect(findTypos("2025年12月31日截止").typos).toEqual([]);
    expect(findTypos("专项资金帐户，按规定记帐").fixed).toBe("专项资金账户，按规定记账");
    expect(findTypos("购置帐篷20顶").typos).toEqual([]);
    expect(findTypos("统一布署，及时拔付").fixed).toBe("统一部署，及时拨付");
    expect(findTypos("其它资金").fixed).toBe("其他资金");
    expect(findTypos("其中:财政投款").fixed).toBe("其中:财政拨款");
  });
});

describe("findTypos: structure", () => {
  it("finds repeated fragments of 3+ characters, not 企业企业家", () => {
    expect(findTypos("完成服务中心服务中心建设").fixed).toBe("完成服务中心建设");
    expect(kinds("打造过硬的民营企业企业家队伍")).toEqual([]);
  });

  it("reads 反应…情况 as 反映 in descriptions, 保持一至 as 一致, and not 反应时间 or 一至三月", () => {
    expect(findTypos("反应项目完成情况").fixed).toBe("反映项目完成情况");
    expect(findTypos("与预算保持一至").fixed).toBe("与预算保持一致");
    expect(findTypos("应急反应时间≤2小时").typos).toEqual([]);
    expect(findTypos("一至三月完成").typos).toEqual([]);
    expect(findTypos("服务对像满意度").fixed).toBe("服务对象满意度");
  });

  it("leaves word boundaries alone (资金拨付合规率, 按排名, 既使用, 重复盖章, 统一但, 做为民服务)", () => {
    for (const t of ["资金拨付合规率", "按排名先后", "既使用又维护", "避免重复盖章", "标准统一但分级", "做为民服务的实事", "按装机容量", "报消防部门"]) expect(kinds(t)).toEqual([]);
    expect(findTypos("付合要求").fixed).toBe("符合要求");
  });

  it("finds doubled sentence punctuation and the common misspellings 按排, 签定, 做为", () => {
    expect(findTypos("完成培训，，组织验收。。").fixed).toBe("完成培训，组织验收。");
    expect(findTypos("按排专人签定合同，做为考核依据").fixed).toBe("安排专人签订合同，作为考核依据");
  });

  it("finds unbalanced brackets, not list markers", () => {
    expect(kinds("补助资金（万元")).toEqual([["unbalanced", "（", ""]]);
    expect(kinds("1）培训；2）宣传")).toEqual([]);
    expect(kinds("（一）培训（二）宣传")).toEqual([]);
    expect(kinds("预算数（万元)")).toEqual([]);
  });

  it("finds broken numbering 1. 2. 4. and （一）（三）, not decimals or 目标1", () => {
    expect(kinds("1.开展培训；2.组织宣传；4.完成验收")).toEqual([["numbering", "4.", ""]]);
    expect(kinds("（一）培训（三）宣传")).toEqual([["numbering", "（三）", ""]]);
    expect(kinds("1.开展培训；2.组织宣传；3.完成验收")).toEqual([]);
    expect(kinds("单价28.8万元，目标1:完成")).toEqual([]);
  });

  it("finds periods written as bare digits (021 项目起止时间 20246-202516), not compact valid dates", () => {
    expect(kinds("20246-202516")).toEqual([["date", "20246-202516", ""]]);
    expect(kinds("202401-202412")).toEqual([]);
    expect(kinds("20240101-20241231")).toEqual([]);
  });

  it("never throws", () => {
    for (const x of ["", "1.", "（", "20246-", "服务周", "了放", "事实", "1.1.1.", "（一）（一）"]) expect(() => findTypos(x)).not.toThrow();
  });
});

describe("placeNameSlips", () => {
  it("finds a village spelt differently from the project name (029 大青杠村 / 大青冈村)", () => {
    expect(placeNameSlips("对古昌镇大青杠村约3500米公路沿线进行绿化美化。", "古昌镇大青冈村乡村公路绿化项目").map((t) => [t.found, t.replacement])).toEqual([["大青杠村", "大青冈村"]]);
    expect(placeNameSlips("对古昌镇大青冈村进行绿化", "古昌镇大青冈村乡村公路绿化项目")).toEqual([]);
    expect(placeNameSlips("小青冈村", "大青冈村公路")).toEqual([]);
  });
});

describe("TYPO on header fields", () => {
  it("reports a header text with row null at its cell, with the corrected text", () => {
    const t = rowsTable([["产出指标", "数量指标", "绿化美化公路", "", "=3500米", "计划标准"]], { projectName: "古昌镇大青冈村乡村公路绿化项目" });
    t.header.purpose = cell("在古昌镇大青杠村事实乡村公路绿化", "B4");
    t.header.goal = cell("对古昌镇大青冈村约3500米公路沿线进行绿化美化。", "B5");
    const f = checkTable(t, { rules: [TYPO] });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: "TYPO", severity: "warning", row: null, cell: "B4", suggestion: "在古昌镇大青冈村实施乡村公路绿化" });
    expect(f[0].message).toContain("表头“资金用途（项目概况）”");
    expect(f[0].message).toContain("大青冈村");
  });

  it("checks a cell that fills two fields once, and leaves a title's stray bracket alone (024 “项目支出绩效目标表 2020年度)”)", () => {
    const t = rowsTable([["产出指标", "数量指标", "绿化美化公路", "", "=3500米", "计划标准"]]);
    t.header.purpose = cell("服务周180,持续改善空气质量", "B7");
    (t.header as Record<string, CellText>).overview = t.header.purpose;
    t.header.title = cell("项目支出绩效目标表 2020年度)", "A1");
    const f = checkTable(t, { rules: [TYPO] });
    expect(f.map((x) => x.cell)).toEqual(["B7"]);
  });
});

describe("typo scanning properties (fast-check)", () => {
  // Tokens that build the suspicious shapes: confusables, brackets, list numbers, digit runs, repeats.
  const token = fc.constantFrom(
    "截止", "2025年", "12月", "帐", "户", "记", "了放", "补助", "事实", "村", "服务周", "180", "（", "）", "(", ")", "【", "】",
    "1.", "2.", "4.", "一、", "三、", "（一）", "（三）", "20246", "-", "202516", "企业", "企业家", "服务中心", "其它", "资金",
    "；", "，", "，，", "。", " ", "按排", "大青冈村", "大青杠村", "and", "“", "”", "《", "》", "服務", "意见",
  );
  const text = fc.oneof(fc.array(token, { maxLength: 12 }).map((a) => a.join("")), fc.string({ maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 30 }));

  it("never throw, and the pre-scan misses nothing the full scan finds", () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const full = scanTypos(a);
        if (full.typos.length) expect(mayHaveTypos(a)).toBe(true);
        expect(findTypos(a).typos.length).toBe(full.typos.length);
        expect(typeof full.fixed).toBe("string");
        expect(Array.isArray(placeNameSlips(a, b))).toBe(true);
      }),
      { numRuns: fuzzRuns(4000) },
    );
  });
});

describe("findTypos: 公文 confusables of the 2026-12-06 corpus round, each with its guard", () => {
  it.each([
    ["1、改善基础实施建设,边沟及交安实施的建设", "1、改善基础设施建设,边沟及交安设施的建设"], // 003 年度目标
    ["秸秆基料化利用率进一点提高等工作", "秸秆基料化利用率进一步提高等工作"], // 016 部门职能职责概述
    ["通过本项目实施,有效提高全面健康水平。", "通过本项目实施,有效提高全民健康水平。"], // 004 #6
    ["指标4:中小河流治理问道长度", "指标4:中小河流治理河道长度"], // 048 #3
    ["对符合政策法规的独生子伤残、死亡家庭进行扶助", "对符合政策法规的独生子女伤残、死亡家庭进行扶助"], // 042 #0
    ["广大群众对病风病防治意识", "广大群众对麻风病防治意识"], // 041 #8
    ["为当地提供就业冈位", "为当地提供就业岗位"],
  ])("%s", (text, fixed) => expect(findTypos(text).fixed).toBe(fixed));

  it.each([
    "制定基础实施方案", // 实施方案 is a plan, not a facility
    "促进学生全面健康发展",
    "向老农问道",
    "独生子女家庭",
    "大青冈村",
    "一点一滴",
  ])("leaves “%s” alone", (text) => expect(findTypos(text).typos).toEqual([]));
});

describe("TYPO: an amount printed twice in a header amount field", () => {
  it("040 岳阳: 其中:财政拨款 “854万854万(…)” → written once", () => {
    const table = rowsTable([["产出指标", "数量指标", "建设面积", "", "≥1万亩"]], { columns: "noBasis" });
    table.header.fiscal = cell("854万854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)", "C6");
    const f = checkTable(table, { rules: [TYPO] });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: null, cell: "C6", suggestion: "854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)" });
    table.header.fiscal = cell("854万(高标准农田建设400万元)", "C6");
    expect(checkTable(table, { rules: [TYPO] })).toEqual([]);
  });
});
