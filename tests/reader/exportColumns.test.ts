/**
 * Column sets of finance-system exports (issue 13): operator, unit, 定性/定量, direction, weight and 备注 in columns of
 * their own, in any order, with the marks and period suffixes the corpus tables print. Rows are the dev tables' own.
 */
import fc from "fast-check";
import { readTables } from "../../src/engine/reader";
import { composeValue } from "../../src/engine/reader/scan";
import { headerRole, indicatorHeaderKey, operatorOf } from "../../src/engine/reader/labels";
import { SheetCell } from "../../src/engine/reader/cells";
import type { CellValue } from "../../src/engine/types";
import { fuzzRuns } from "../helpers/fuzz";

type Rows = CellValue[][];
const read = (cells: Rows) => readTables({ sheet: "S", cells });

describe("export column sets", () => {
  test("027 永德: full-width ≧ and ═ in 指标性质 are joined to the number and unit", () => {
    const [t] = read([
      ["项目名称", "义务教育营养改善计划专项资金"],
      ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
      ["产出指标", "数量指标", "学生受资助人数", "≧", "735", "人次"],
      ["产出指标", "质量指标", "营养改善计划覆盖率", "≧", "100", "%"],
      ["产出指标", "成本指标", "生均补助标准达标率", "═", "100", "%"],
      ["效益指标", "经济效益指标", "减轻贫困学生家庭经济负担", "", "有效", ""],
    ]);
    expect(t.indicators.map((r) => r.value.text)).toEqual(["≥735人次", "≥100%", "=100%", "有效"]);
    expect(t.indicators[1].value.cell).toBe("E4");
    expect(t.indicators[1].parts?.operator?.text).toBe("≧");
    expect(t.indicators[1].parts?.value.text).toBe("100");
    expect(t.indicators[1].parts?.unit?.text).toBe("%");
  });

  test("指标性质 (定量 / 定性) beside a 运算符 column: the operator is the one so titled, 指标性质 the kind, in either order", () => {
    for (const [title, swap] of [["运算符", false], ["比较符", true]] as const) {
      const head = swap ? [title, "指标性质"] : ["指标性质", title];
      const cells = (op: string, kind: string) => (swap ? [op, kind] : [kind, op]);
      const [t] = read([
        ["项目名称", "2022年职工技能提升经费"],
        ["一级指标", "二级指标", "三级指标", ...head, "指标值", "度量单位", "指标方向"],
        ["产出指标", "数量指标", "举办职工职业技能竞赛", ...cells("≤", "定量"), "6", "场", "正向"],
        ["产出指标", "质量指标", "竞赛组织规范性", ...cells("", "定性"), "规范", "", "正向"],
      ]);
      expect(t.indicators.map((r) => [r.value.text, r.parts?.kind?.text])).toEqual([["≤6场", "定量"], ["规范", "定性"]]);
    }
  });

  test("指标值设定依据 / 目标值设置依据 title the basis, even printed before 指标值; 指标标准或依据 stays the standard", () => {
    expect(["指标值设定依据", "目标值设置依据", "指标值确定依据"].map(headerRole)).toEqual(["basis", "basis", "basis"]);
    expect(headerRole("指标标准或依据")).toBe("standard");
    const [t] = read([
      ["项目名称", "食品安全抽检经费"],
      ["一级指标", "二级指标", "三级指标", "指标值设定依据", "指标值"],
      ["产出指标", "数量指标", "食品安全监督抽检批次", "省局下达年度抽检计划", "≥3200批次"],
    ]);
    expect([t.indicators[0].value.text, t.indicators[0].basis?.text]).toEqual(["≥3200批次", "省局下达年度抽检计划"]);
  });

  test("the 504 form without level columns: 指标名称 | 指标性质 | 运算符 | 指标值 | 度量单位 reads the titled operator", () => {
    const [t] = read([
      ["项目名称", "职工技能提升经费"],
      ["指标名称", "指标性质", "运算符", "指标值", "度量单位", "指标方向"],
      ["举办职工职业技能竞赛", "定量", "≤", "6", "场", "正向"],
    ]);
    expect([t.indicators[0].value.text, t.indicators[0].parts?.kind?.text]).toEqual(["≤6场", "定量"]);
  });

  test("an operator word in the 指标值 cell (不少于600, 不小于95) still takes the 度量单位 after the number", () => {
    const [t] = read([
      ["项目名称", "宣传经费"],
      ["一级指标", "二级指标", "三级指标", "指标值", "度量单位"],
      ["产出指标", "数量指标", "印制宣传册", "不少于600", "册"],
      ["产出指标", "质量指标", "印刷合格率", "不小于95", "%"],
    ]);
    expect(t.indicators.map((r) => r.value.text)).toEqual(["不少于600册", "不小于95%"]);
  });

  test("029 荣昌: 计量单位 before 指标性质", () => {
    const [t] = read([
      ["项目(专项)名称", "古昌镇大青冈村乡村振兴绿化美化项目"],
      ["一级指标", "二级指标", "三级指标", "计量单位", "指标性质", "指标值"],
      ["产出指标", "数量指标", "绿化美化公路", "米", "=", "3500"],
      ["产出指标", "质量指标", "树木成活率", "%", "≥", "85"],
    ]);
    expect(t.indicators.map((r) => r.value.text)).toEqual(["=3500米", "≥85%"]);
    expect(t.header.projectName?.text).toBe("古昌镇大青冈村乡村振兴绿化美化项目");
  });

  test("031 海南: starred headers (一级指标*, 绩效指标值*), weight and direction columns", () => {
    const [t] = read([
      ["主管部门:", "省商务厅", "资金总额:", "2430.30"],
      ["一级指标*", "二级指标*", "三级指标*", "绩效指标性质*", "绩效指标值*", "绩效度量单位", "权重*", "指标方向性*"],
      ["产出指标", "数量指标", "全年实现会展业综合收入", "≥", "280", "亿元", "30%", "正向指标"],
    ]);
    expect(t).toBeDefined();
    const r = t.indicators[0];
    expect(r.value.text).toBe("≥280亿元");
    expect(r.parts?.weight?.text).toBe("30%");
    expect(r.parts?.direction?.text).toBe("正向指标");
    expect(t.header.budget?.text).toBe("2430.30");
  });

  test("019 岳阳楼: 指标值类型 is the 定性/定量 column, not the value; a value with its own unit keeps it", () => {
    const [t] = read([
      ["一级指标", "二级指标", "三级指标", "指标值类型", "*指标值", "计量单位", "*指标解释", "*评(扣)分标准", "备注"],
      ["产出指标", "数量指标", "业务工作支出安排金额", "定量", "28.8万元", "%", "该指标主要考察业务工作支出安排情况", "未达指标值酌情扣分", ""],
      ["产出指标", "质量指标", "业务工作支出到位率", "定量", "100", "%", "该指标主要考察业务工作支出安排到位情况", "未达指标值酌情扣分", ""],
      ["效益指标", "社会效益指标", "保证单位正常运转", "定性", "应保尽保", "%", "该指标主要考察单位运转需要保障范围应保尽保", "未达指标值酌情扣分", ""],
    ]);
    expect(t.indicators.map((r) => r.value.text)).toEqual(["28.8万元", "100%", "应保尽保"]);
    expect(t.indicators[0].parts?.unit?.text).toBe("%");
    expect(t.indicators[2].parts?.kind?.text).toBe("定性");
    expect(t.indicators[0].description?.text).toBe("该指标主要考察业务工作支出安排情况");
    expect(t.indicators[0].parts?.note?.text).toBe("");
  });

  test("024 青山: 长期 and 年度 blocks side by side — the 年度 columns are read", () => {
    const [t] = read([
      ["项目名称", "教育系统基础设施建设和设备购置"],
      ["一级指标", "二级指标(长期)", "三级指标(长期)", "指标值(长期)", "二级指标(年度)", "三级指标(年度)", "指标值(年度)"],
      ["产出指标", "数量指标", "", "", "数量指标", "重点建设工程安排数量", "2"],
      ["产出指标", "质量指标", "", "", "质量指标", "重点建设工程验收合格率", "100%"],
    ]);
    expect(t.indicators.map((r) => [r.level2.cell, r.level3.text, r.value.text])).toEqual([
      ["E3", "重点建设工程安排数量", "2"],
      ["E4", "重点建设工程验收合格率", "100%"],
    ]);
    expect(t.indicators[0].parts).toBeUndefined();
  });

  test("026 南岳: 三级指标内容 and 指标值及单位", () => {
    const [t] = read([
      ["一级指标", "二级指标", "三级指标内容", "指标值及单位"],
      ["产出指标", "质量指标", "逾期发放率", ">=100%"],
    ]);
    expect(t.indicators[0].level3.text).toBe("逾期发放率");
    expect(t.indicators[0].value.text).toBe(">=100%");
  });

  test("017 井研: operator and direction columns — the operator wins, direction is a fallback", () => {
    const [t] = read([
      ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重", "指标方向性"],
      ["产出指标", "时效指标", "维持时效", "≥", "1", "年", "20", "正向指标"],
      ["产出指标", "数量指标", "投诉次数", "", "2", "次", "10", "反向指标"],
    ]);
    expect(t.indicators.map((r) => r.value.text)).toEqual(["≥1年", "≤2次"]);
  });

  test("001 乌海: 正向 in 指标性质 and “=” in 指标方向 — the written “=” wins over the direction word", () => {
    const [t] = read([
      ["一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "目标值", "计量单位", "分值"],
      ["产出指标", "质量指标", "工作任务完成率", "正向", "=", "100", "%", "4"],
      ["产出指标", "成本指标", "出差总成本", "反向", "=", "1", "万元", "4"],
      ["产出指标", "数量指标", "出差人数", "正向", "", "8", "人", "4"],
    ]);
    expect(t.indicators.map((r) => r.value.text)).toEqual(["=100%", "=1万元", "≥8人"]);
  });
});

describe("indicator headers under other names", () => {
  test("014 临沂: 一级 | 二级 | 三级 | 年度数值 | 备注", () => {
    const [t] = read([
      ["项目名称", "义务教育公用经费"],
      ["一级", "二级", "三级", "年度数值", "备注"],
      ["产出值", "数量值", "小学就读人数", "<=6962人", ""],
      ["产出值", "成本值", "义务教育小学生均公用经费", "780元/生/年", ""],
    ]);
    expect(t.indicators.map((r) => [r.level3.text, r.value.text])).toEqual([["小学就读人数", "<=6962人"], ["义务教育小学生均公用经费", "780元/生/年"]]);
  });

  test("047 嘉峪关 指标目标值, 016 澧县 预期达到目标 (after 指标解释 | 指标说明及公式)", () => {
    const [a] = read([
      ["项目名称", "博物馆免费开放"],
      ["一级指标", "二级指标", "三级指标", "指标目标值"],
      ["产出指标", "数量指标", "免费开放天数", "=300天"],
    ]);
    expect(a.indicators[0].value.text).toBe("=300天");
    const [b] = read([
      ["项目名称", "食用菌研究"],
      ["一级指标", "二级指标", "三级指标", "指标解释", "指标说明及公式", "预期达到目标"],
      ["产出指标", "数量指标", "培育中药材品种数量", "培育中药材品种数量", "", "4种"],
    ]);
    expect(b.indicators[0].value.text).toBe("4种");
    expect(b.indicators[0].description?.text).toBe("培育中药材品种数量");
  });

  test("009 临海: 指标类型 | 指标名称 | 指标值 | 指标描述 — an 一级 column beside the names (levelColumns 2)", () => {
    const [t] = read([
      ["项目名称", "绿化养护"],
      ["指标类型", "指标名称", "指标值", "指标描述"],
      ["产出指标", "数量指标", "375万平方米", "完成全市375万平方米的绿地养护、维护等"],
      ["效益指标", "社会效益指标", "是", "满足市民生存环境的需求"],
    ]);
    expect(t.indicators.map((r) => [r.level1.text, r.level2.text, r.level3.text, r.value.text])).toEqual([
      ["产出指标", "", "数量指标", "375万平方米"],
      ["效益指标", "", "社会效益指标", "是"],
    ]);
    expect(t.layout.levelColumns).toBe(2);
    expect(t.indicators[0].description?.text).toBe("完成全市375万平方米的绿地养护、维护等");
  });

  test("一级指标名称 | 二级指标名称 | 三级指标名称 | 指标值", () => {
    const [t] = read([
      ["项目名称", "某项目"],
      ["一级指标名称", "二级指标名称", "三级指标名称", "指标值"],
      ["产出指标", "数量指标", "培训人数", "≥45人"],
    ]);
    expect(t.indicators.map((r) => [r.level1.text, r.level3.text, r.value.text])).toEqual([["产出指标", "培训人数", "≥45人"]]);
  });

  test("指标类型 beside 一级指标 stays the 定性/定量 column", () => {
    const [t] = read([
      ["项目名称", "某项目"],
      ["一级指标", "二级指标", "三级指标", "指标类型", "指标值"],
      ["产出指标", "数量指标", "培训人数", "定量", "≥45人"],
    ]);
    expect(t.indicators.map((r) => [r.level3.text, r.value.text, r.nature])).toEqual([["培训人数", "≥45人", "定量"]]);
  });

  test("a value that is a label word (a grade 一级) does not end the block either", () => {
    const [t] = read([
      ["项目名称", "某项目"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "质量指标", "工程质量等级", "一级"],
      ["产出指标", "时效指标", "完成时间", "2025年12月31日前"],
    ]);
    expect(t.indicators.map((r) => r.value.text)).toEqual(["一级", "2025年12月31日前"]);
  });

  test("046 淮北: a 三级 name that is also a header label (项目金额 under 成本指标) does not end the block", () => {
    const [t] = read([
      ["项目名称", "农村文化建设配套补助经费"],
      ["一级", "二级指标", "三级指标", "指标值"],
      ["产出指标", "时效指标", "项目完成时限", "2025年12月"],
      ["产出指标", "成本指标", "项目金额", "5万元"],
      ["效益指标", "社会效益指标", "保障人民群众基本文化权益", "影响程度明显"],
    ]);
    expect(t.indicators.map((r) => r.level3.text)).toEqual(["项目完成时限", "项目金额", "保障人民群众基本文化权益"]);
  });
});

describe("header fields under other names", () => {
  test("003 清涧: 年度目标 alone on its row, the goal's text on the row below", () => {
    const [t] = read([
      ["项目名称", "2021年交通局寨山石坪、鲍家沟果园路", "", ""],
      ["总", "年度目标", "", ""],
      ["", "1、改善基础实施建设", "", ""],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "新建水泥路", "2km"],
    ]);
    expect(t.header.goal?.text).toBe("1、改善基础实施建设");
  });

  test("016 澧县: 部门职能职责概述 is the department's overview", () => {
    const [t] = read([
      ["项目名称", "澧县食用菌研究所"],
      ["部门职能职责概述", "县食用菌研究所为县农业农村局所属副科级公益类事业单位"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "培育中药材品种数量", "4种"],
    ]);
    expect(t.header.overview?.text).toBe("县食用菌研究所为县农业农村局所属副科级公益类事业单位");
  });
});

describe("labels of export headers", () => {
  test("marks, period suffixes and the 绩效 prefix", () => {
    expect(indicatorHeaderKey("一级指标*")).toEqual({ key: "一级指标", period: null });
    expect(indicatorHeaderKey("二级指标（年度）")).toEqual({ key: "二级指标", period: "annual" });
    expect(indicatorHeaderKey("指标值（长期）")).toEqual({ key: "指标值", period: "longTerm" });
    expect(headerRole("绩效度量单位")).toBe("unit");
    expect(headerRole("指标值类型")).toBe("kind");
    expect(headerRole("指标值确定依据")).toBe("basis");
    expect(headerRole("计划指标值（或计划水平）")).toBe("value");
  });

  test("operators in every width", () => {
    expect(["≧", "≥", ">=", "大于等于", "正向"].map(operatorOf)).toEqual(["≥", "≥", "≥", "≥", "≥"]);
    expect(["≦", "<=", "反向指标"].map(operatorOf)).toEqual(["≤", "≤", "≤"]);
    expect(["═", "＝", "="].map(operatorOf)).toEqual(["=", "=", "="]);
    expect(["定性", "", "其他"].map(operatorOf)).toEqual(["", "", ""]);
  });

  test("composeValue never throws and always keeps the published value text (fuzz)", () => {
    const part = fc.oneof(fc.constantFrom("≥", "≧", "═", "正向", "反向", "定性", "定量", "%", "人", "万元", "", " "), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 10 }), fc.integer().map(String), fc.double({ noNaN: true }).map(String)), part, part, part, part, (v, op, unit, kind, dir) => {
        const c = (t: string, col: number) => new SheetCell(t, t, 3, col);
        const out = composeValue({ value: c(v, 4), operator: c(op, 3), unit: c(unit, 5), kind: c(kind, 6), direction: c(dir, 7) });
        expect(out.text).toContain(v);
        expect(out.cell).toBe("E4");
        expect(out.raw === v || out.raw === out.text).toBe(true);
      }),
      { numRuns: fuzzRuns(3000) },
    );
  });
});
