/**
 * Audit for false positives (issue 13): wording a finance-bureau reviewer accepts in tables of any province, run
 * through the whole engine (reader + every rule + default profile), must get no error — and no warning where a
 * reviewer would not want one. Each class also keeps one true defect, so the tests fail both ways. The rows are
 * common 公文 wording of published 绩效目标表, not copies of one corpus table.
 */
import { readTables } from "../../src/engine/reader";
import { checkTable } from "../../src/engine/check";
import type { CellValue, Finding } from "../../src/engine/types";
import { ACCEPTED_HEAD, ACCEPTED_ROWS, LEVEL_TITLES, type Rows } from "../helpers/acceptedTable";

const HEAD = ACCEPTED_HEAD;
const LEVELS = LEVEL_TITLES;
const BASE = ACCEPTED_ROWS;

function check(cells: Rows): { findings: Finding[]; rows: number } {
  const [t] = readTables({ sheet: "S", cells });
  return { findings: checkTable(t, { year: 2026 }), rows: t.indicators.length };
}

/** Findings on one probe row appended to an accepted base table: "severity:CODE". */
function probe(row: CellValue[], base: Rows = BASE): string[] {
  const { findings, rows } = check([...HEAD, LEVELS, ...base, row]);
  return findings.filter((f) => f.row === rows - 1).map((f) => `${f.severity}:${f.code}`);
}

const errors = (fs: string[]) => fs.filter((f) => f.startsWith("error:"));
const tableLevel = (cells: Rows) => check(cells).findings.filter((f) => f.row === null).map((f) => `${f.severity}:${f.code}`);

describe("accepted wording gets no error", () => {
  it.each([
    // vague-word classes: a warning at most, never an error
    ["效益指标", "社会效益指标", "农村人居环境", "全面提升"],
    ["效益指标", "社会效益指标", "农村饮水安全", "基本实现"],
    ["产出指标", "质量指标", "制度建设", "基本健全"],
    // action words after a readable target
    ["产出指标", "数量指标", "改厕任务完成率", "≥95%完成"],
    ["产出指标", "质量指标", "资金到位率", "100%到位"],
    ["产出指标", "质量指标", "政策覆盖率", "100%覆盖"],
    ["产出指标", "质量指标", "补助发放准确率", "100%准确"],
    ["产出指标", "质量指标", "资金使用合规率", "100%（全覆盖）"],
    // lead words the parser does not read before a percentage
    ["产出指标", "质量指标", "任务完成率", "确保100%"],
    ["产出指标", "质量指标", "任务完成率", "力争100%"],
    // deadlines
    ["产出指标", "时效指标", "资金拨付时间", "12月底前全部拨付"],
    ["产出指标", "时效指标", "资金拨付时限", "2026年6月30日前"],
    ["产出指标", "时效指标", "信息报送时间", "每月10日前"],
    ["产出指标", "时效指标", "补助资金发放时间", "每季度末前"],
    // units
    ["产出指标", "成本指标", "差旅费标准", "≤500元/人·天"],
    ["产出指标", "成本指标", "每公里养护成本", "≤1万元/公里"],
    ["产出指标", "数量指标", "培训人次", "≥500人次"],
    ["产出指标", "数量指标", "受益户数", "≥300户"],
    ["产出指标", "数量指标", "新建道路长度（公里）", "≥12"],
    ["产出指标", "数量指标", "受益人数（人）", "≥1200"],
    ["效益指标", "经济效益指标", "带动农户增收", "≥50万元"],
    // form marks on names
    ["产出指标", "数量指标", "★培训人数", "≥100人"],
    ["产出指标", "数量指标", "培训人数（核心指标）", "≥100人"],
    ["产出指标", "质量指标", "验收合格率（必填）", "≥95%"],
    // graded and yes/no answers
    ["产出指标", "质量指标", "工程质量等级", "优"],
    ["效益指标", "社会效益指标", "是否有效改善群众出行条件", "是"],
    ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"],
    // money handed out is the output
    ["产出指标", "数量指标", "创业担保贷款发放额", "≥4000万元"],
    // a note in brackets after a clean target; a per-unit amount with its basis in words
    ["产出指标", "质量指标", "验收合格率", "≥95%（以第三方验收报告为准）"],
    ["产出指标", "质量指标", "资金使用合规率", "100%（按规定用途使用，无挤占挪用）"],
    ["产出指标", "成本指标", "人均补助", "每人每年500元"],
    // zero where zero is the real cap
    ["产出指标", "成本指标", "超预算金额", "=0万元"],
    ["产出指标", "成本指标", "三公经费增长", "≤0万元"],
    ["产出指标", "数量指标", "新增政府债务", "=0万元"],
    ["产出指标", "数量指标", "挪用资金金额", "=0万元"],
  ])("%s | %s | %s | %s", (...row) => {
    expect(errors(probe(row))).toEqual([]);
  });
});

describe("accepted wording gets no warning either", () => {
  it.each([
    ["产出指标", "质量指标", "资金到位率", "100%到位"],
    ["产出指标", "质量指标", "政策覆盖率", "100%覆盖"],
    ["产出指标", "质量指标", "补助发放准确率", "100%准确"],
    ["产出指标", "质量指标", "任务完成率", "确保100%"],
    ["产出指标", "时效指标", "资金拨付时限", "2026年6月30日前"],
    ["产出指标", "数量指标", "★培训人数", "≥100人"],
    ["产出指标", "数量指标", "培训人数（核心指标）", "≥100人"],
    // a note of the filler's own in brackets is no template hint
    ["产出指标", "数量指标", "培训人数（如村干部、党员）", "≥100人"],
    ["产出指标", "数量指标", "培训人数（例如村干部、党员）", "≥100人"],
    ["产出指标", "数量指标", "培训人数（如：村干部）", "≥100人"],
    ["产出指标", "数量指标", "参训人数（按实际参训人数统计）", "≥100人"],
    // the name titles its value as per cent
    ["满意度指标", "服务对象满意度指标", "受益群众满意度（%）", "≥90"],
    ["产出指标", "质量指标", "验收合格率(%)", "≥95"],
    ["满意度指标", "服务对象满意度指标", "过往驾乘人员满意度", "≥90%"],
    // bulk materials handed out in packs
    ["产出指标", "数量指标", "发放有机肥", "≥200袋"],
    ["产出指标", "数量指标", "发放地膜", "≥500卷"],
    // a pass/fail answer under 质量
    ["产出指标", "质量指标", "政策落实情况", "落实到位"],
    // 对象 is the served group, not an object clause
    ["满意度指标", "服务对象满意度指标", "帮扶对象满意度", "≥90%"],
    ["满意度指标", "服务对象满意度指标", "受助对象满意度", "≥90%"],
    // 配套 / 服务 实施 as a verb phrase
    ["产出指标", "数量指标", "同步配套实施道路硬化工程", "≥2公里"],
    ["产出指标", "质量指标", "家庭医生签约服务实施率", "≥90%"],
    ["产出指标", "质量指标", "公共服务实施情况", "良好"],
  ])("%s | %s | %s | %s", (...row) => {
    expect(probe(row).filter((f) => !f.startsWith("info:"))).toEqual([]);
  });
});

describe("the true defect of each class is still caught", () => {
  it.each([
    [["产出指标", "质量指标", "任务完成率", "≥700按计划完成工作"], "error:VALUE_MIXED_TEXT"],
    [["产出指标", "质量指标", "养护合格率", "≥90"], "error:RATE_NOT_PERCENT"],
    [["产出指标", "质量指标", "种植作物成活率(≥**%)", ">=85"], "error:RATE_NOT_PERCENT"],
    [["满意度指标", "服务对象满意度指标", "群众满意度", "≥90"], "error:SATISFACTION_NOT_PERCENT"],
    [["产出指标", "数量指标", "培训人数", "≥100人（其中贫困户30人）"], "error:VALUE_MIXED_TEXT"],
    [["产出指标", "成本指标", "人均补助", "按标准发放"], "error:COST_NOT_MONEY"],
    [["产出指标", "数量指标", "消化利用农作物秸秆数量", "≥5000个"], "warning:UNIT_MISMATCH"],
    [["产出指标", "质量指标", "养护合格率", "合格"], "error:RATE_NOT_PERCENT"],
    [["产出指标", "成本指标", "办公费总成本", "=0万元"], "error:VALUE_TRIVIAL"],
    [["产出指标", "成本指标", "出差单位成本", "=0万元/人"], "error:VALUE_TRIVIAL"],
    [["产出指标", "成本指标", "养护成本控制", "≥95%"], "error:COST_NOT_MONEY"],
    [["满意度指标", "服务对象满意度指标", "本土人才满意度", "≥90%"], "warning:INDICATOR_IRRELEVANT"],
    [["产出指标", "数量指标", "基础实施建设项目", "≥3个"], "warning:TYPO"],
    [["产出指标", "数量指标", "配套实施建设", "≥3处"], "warning:TYPO"],
    [["产出指标", "数量指标", "培训人数（按实际填写）", "≥100人"], "warning:L3_TEMPLATE_RESIDUE"],
    [["产出指标", "数量指标", "宣传覆盖率（请填写目标值）", "≥90%"], "warning:L3_TEMPLATE_RESIDUE"],
    [["产出指标", "数量指标", "培训人数（如：XX镇）", "≥100人"], "warning:L3_TEMPLATE_RESIDUE"],
  ] as [CellValue[], string][])("%j → %s", (row, code) => {
    expect(probe(row)).toContain(code);
  });
});

describe("central-2021 负作用 costs: a burden in its own unit", () => {
  const rows = (costRows: Rows): Rows => [
    ...HEAD,
    LEVELS,
    ["产出指标", "数量指标", "改造道路长度", "≥2公里"],
    ["产出指标", "质量指标", "验收合格率", "≥95%"],
    ["产出指标", "时效指标", "完成时间", "2026年12月31日前"],
    ["成本指标", "经济成本指标", "工程成本", "≤90万元"],
    ...costRows,
    ["效益指标", "社会效益指标", "群众出行时间缩短", "≥10分钟"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
  ];

  it("施工噪音 ≤55分贝, 临时占地 ≤2亩, 扬尘超标 =0次, 拥堵增加时长 ≤30分钟: no COST_NOT_MONEY, no 'is a benefit'", () => {
    const { findings } = check(
      rows([
        ["成本指标", "社会成本指标", "施工噪音", "≤55分贝"],
        ["成本指标", "社会成本指标", "施工期间交通拥堵增加时长", "≤30分钟"],
        ["成本指标", "社会成本指标", "征地拆迁增加户数", "≤0户"],
        ["成本指标", "生态环境成本指标", "临时占地", "≤2亩"],
        ["成本指标", "生态环境成本指标", "施工扬尘超标次数", "=0次"],
        ["成本指标", "生态环境成本指标", "碳排放增加量", "≤10吨"],
      ]),
    );
    expect(findings.filter((f) => f.code === "COST_NOT_MONEY" || f.code === "CATEGORY_MISMATCH")).toEqual([]);
  });

  it("a percentage or an improvement there is still reported (019 社会成本指标 100%, 047 提升绿化水平)", () => {
    const { findings } = check(
      rows([
        ["成本指标", "社会成本指标", "社会成本指标", "100%"],
        ["成本指标", "生态环境成本指标", "提升博物馆绿化水平", "提升"],
      ]),
    );
    // A percentage says nothing about a burden (error); “提升” is an unquantified value (warning), not money written
    // as text: 047's reviewer sent it back as a benefit misplaced under 成本, never as a cost in words.
    expect(findings.filter((f) => f.code === "COST_NOT_MONEY").map((f) => [f.severity, f.cell])).toEqual([["error", "D11"]]);
    expect(findings.filter((f) => f.code === "VALUE_NOT_QUANTIFIED").map((f) => [f.severity, f.cell])).toEqual([["warning", "D12"]]);
    expect(findings.filter((f) => f.code === "CATEGORY_MISMATCH")).toHaveLength(1);
  });
});

describe("table-level readings", () => {
  it("weights as fractions, as percentages, and 分值 over 一级 subtotal rows total 100", () => {
    const weighted = (head: string, ws: string[]): Rows => [
      ...HEAD,
      [...LEVELS, head],
      ...BASE.map((r, i) => [...r, ws[i]]),
    ];
    expect(tableLevel(weighted("权重", ["0.3", "0.2", "0.1", "0.1", "0.2", "0.1"]))).not.toContain("warning:WEIGHT_SUM_NOT_100");
    expect(tableLevel(weighted("权重", ["30%", "20%", "10%", "10%", "20%", "10%"]))).not.toContain("warning:WEIGHT_SUM_NOT_100");
    expect(tableLevel(weighted("权重", ["20", "20", "10", "10", "20", "10"]))).toContain("warning:WEIGHT_SUM_NOT_100");
    const subtotals: Rows = [
      ...HEAD,
      [...LEVELS, "分值"],
      ["产出指标", "", "", "", "50"],
      ["产出指标", "数量指标", "公路养护里程", "≥120公里", "20"],
      ["产出指标", "质量指标", "养护合格率", "≥95%", "20"],
      ["产出指标", "时效指标", "完成时间", "2026年12月31日前", "10"],
      ["效益指标", "", "", "", "30"],
      ["效益指标", "社会效益指标", "群众出行时间缩短", "≥10分钟", "30"],
      ["满意度指标", "", "", "", "10"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "10"],
      ["成本指标", "", "", "", "10"],
      ["成本指标", "经济成本指标", "养护成本", "≤90万元", "10"],
    ];
    expect(check(subtotals).findings.filter((f) => f.code === "WEIGHT_SUM_NOT_100" || f.code === "TEMPLATE_PLACEHOLDER_ROW")).toEqual([]);
  });

  it("分值 subtotals on 二级 rows over their items are no placeholder rows; an empty scored 二级 with no items is one", () => {
    const { findings } = check([
      ...HEAD,
      [...LEVELS, "分值"],
      ["产出指标", "数量指标", "", "", "20"],
      ["产出指标", "数量指标", "公路养护里程", "≥120公里", "10"],
      ["产出指标", "数量指标", "桥梁养护座数", "≥5座", "10"],
      ["产出指标", "质量指标", "", "", "20"],
      ["产出指标", "质量指标", "养护合格率", "≥95%", "20"],
      ["产出指标", "时效指标", "", "", "10"],
      ["产出指标", "时效指标", "完成时间", "2026年12月31日前", "10"],
      ["产出指标", "成本指标", "", "", "10"],
      ["产出指标", "成本指标", "养护成本", "≤90万元", "10"],
      ["效益指标", "社会效益指标", "", "", "30"],
      ["效益指标", "社会效益指标", "群众出行时间缩短", "≥10分钟", "30"],
      ["满意度指标", "服务对象满意度指标", "", "", "10"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "10"],
    ]);
    expect(findings.filter((f) => f.code === "TEMPLATE_PLACEHOLDER_ROW" || f.code === "WEIGHT_SUM_NOT_100")).toEqual([]);
    const scored = check([
      ...HEAD,
      LEVELS,
      ["产出指标(50分)", "数量指标", "公路养护里程", "≥120公里"],
      ["产出指标(50分)", "质量指标", "养护合格率", "≥95%"],
      ["产出指标(50分)", "时效指标", "完成时间", "2026年12月31日前"],
      ["产出指标(50分)", "成本指标", "养护成本", "≤90万元"],
      ["效益指标(30分)", "经济效益指标", "", ""],
      ["效益指标(30分)", "社会效益指标", "群众出行时间缩短", "≥10分钟"],
      ["满意度指标(20分)", "服务对象满意度指标", "群众满意度", "≥90%"],
    ]);
    expect(scored.findings.filter((f) => f.code === "TEMPLATE_PLACEHOLDER_ROW")).toHaveLength(1);
  });

  it("a per-unit amount in the header (人均补助标准（元）) declares no table unit; a fund label does", () => {
    const head = (label: string): Rows => [
      ["项目名称", "农村公路养护专项资金"],
      ["单位：万元"],
      ["资金总额", "100"],
      [label, "500"],
      LEVELS,
      ...BASE,
    ];
    expect(tableLevel(head("人均补助标准（元）"))).not.toContain("warning:HEADER_UNIT_CONFLICT");
    expect(tableLevel(head("其中：财政资金（元）"))).toContain("warning:HEADER_UNIT_CONFLICT");
  });

  it("an export's value column: 覆盖率100% after an operator column is no RATE_NOT_PERCENT error", () => {
    const { findings } = check([
      ...HEAD,
      ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
      ["产出指标", "数量指标", "公路养护里程", "≥", "120", "公里"],
      ["产出指标", "质量指标", "覆盖率", "=", "覆盖率100%", ""],
      ["产出指标", "时效指标", "完成时间", "≤", "2026年6月30日前", ""],
      ["产出指标", "成本指标", "养护成本", "≤", "90", "万元"],
      ["效益指标", "社会效益指标", "群众出行条件", "", "优", ""],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥", "90", "%"],
    ]);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("an export's direction column (正向 | 100 | %) reads as reaching 100%, not exceeding it; a written ≥100% stays an error", () => {
    const rows = (op: string): Rows => [
      ...HEAD,
      ["一级指标", "二级指标", "三级指标", "指标方向", "指标值", "度量单位"],
      ["产出指标", "数量指标", "公路养护里程", "正向", "120", "公里"],
      ["产出指标", "质量指标", "养护合格率", op, "100", "%"],
      ["产出指标", "时效指标", "完成时间", "", "2026年12月31日前", ""],
      ["产出指标", "成本指标", "养护成本", "反向", "90", "万元"],
      ["效益指标", "社会效益指标", "安全事故发生率", "反向", "0", "%"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "正向", "90", "%"],
    ];
    const over = (op: string) => check(rows(op)).findings.filter((f) => f.code === "RATE_OVER_100").map((f) => f.severity);
    expect(over("正向")).toEqual([]);
    expect(over("正向指标")).toEqual([]);
    expect(over("≥")).toEqual(["error"]);
  });

  it("a form without a 二级 column: a length, area or weight of output counts as 数量", () => {
    const cells: Rows = [
      ["项目名称", "农村公路养护专项资金"],
      ["单位：万元"],
      ["预算数", "100"],
      ["指标类型", "指标名称", "指标值", "指标描述"],
      ["产出指标", "公路养护里程", "≥120公里", ""],
      ["产出指标", "养护合格率", "≥95%", ""],
      ["产出指标", "完成时间", "2026年12月31日前", ""],
      ["产出指标", "养护成本", "≤90万元", ""],
      ["效益指标", "群众出行时间缩短", "≥10分钟", ""],
      ["满意度指标", "群众满意度", "≥90%", ""],
    ];
    const missing = check(cells).findings.filter((f) => f.code === "MISSING_CATEGORY");
    expect(missing).toEqual([]);
    // without the length row, 数量 is missing indeed
    const noCount = cells.filter((r) => r[1] !== "公路养护里程");
    expect(check(noCount).findings.filter((f) => f.code === "MISSING_CATEGORY").map((f) => f.message)).toEqual([expect.stringContaining("数量")]);
  });

  it("older names of the sustainability 二级 (可持续发展指标, 可持续性指标) are info, not an error; an unknown one stays an error", () => {
    const l2 = (name: string) =>
      check([...HEAD, LEVELS, ...BASE, ["效益指标", name, "道路使用年限", "≥10年"]]).findings
        .filter((f) => f.code === "HIERARCHY_INVALID")
        .map((f) => f.severity);
    expect(l2("可持续发展指标")).toEqual(["info"]);
    expect(l2("可持续性指标")).toEqual(["info"]);
    expect(l2("可持续影响指标")).toEqual([]);
    expect(l2("道路指标")).toEqual(["error"]);
  });

  it("numbered level labels and names (1.产出指标, （1）数量指标, 1.公路养护里程) get no finding", () => {
    const { findings } = check([
      ...HEAD,
      LEVELS,
      ["1.产出指标", "（1）数量指标", "1.公路养护里程", "≥120公里"],
      ["", "（2）质量指标", "2.养护合格率", "≥95%"],
      ["", "（3）时效指标", "3.完成时间", "2026年12月31日前"],
      ["", "（4）成本指标", "4.养护成本", "≤90万元"],
      ["2.效益指标", "（1）社会效益指标", "5.群众出行时间缩短", "≥10分钟"],
      ["3.满意度指标", "（1）服务对象满意度指标", "6.群众满意度", "≥90%"],
    ]);
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("zero targets of bad events", () => {
  it("安全事故 0起 / 投诉次数 =0次 under 质量 are a quality kept, not a count misplaced; 维修次数 ≥4次 there still is", () => {
    expect(probe(["产出指标", "质量指标", "安全事故", "0起"])).not.toContain("warning:CATEGORY_MISMATCH");
    expect(probe(["产出指标", "质量指标", "投诉次数", "=0次"])).not.toContain("warning:CATEGORY_MISMATCH");
    expect(probe(["产出指标", "质量指标", "实验室仪器维修次数", "≥4次"])).toContain("warning:CATEGORY_MISMATCH");
  });

  it("安全事故发生率 =0 without % is a warning (zero in any unit); =5 without % stays an error", () => {
    expect(probe(["效益指标", "社会效益指标", "安全事故发生率", "=0"])).toContain("warning:RATE_NOT_PERCENT");
    expect(probe(["效益指标", "社会效益指标", "安全事故发生率", "≤5"])).toContain("error:RATE_NOT_PERCENT");
  });
});

describe("one target in accountants' usual forms (VALUE_MIXED_TEXT accepts them)", () => {
  const noError = (row: CellValue[]) => probe(row).filter((c) => c.startsWith("error:"));
  it.each([
    ["数量指标", "巡查频次", "1次/半年"],
    ["数量指标", "宣传次数", "每年≥2次"],
    ["数量指标", "购置设备", "2台/套"],
    ["数量指标", "购置设备", "≥5台（套）"],
    ["质量指标", "结算偏差率", "≤±5%"],
    ["质量指标", "考核评分", "≥4.5分(满分5分)"],
    ["质量指标", "配套资金比例", "1:1"],
    ["社会效益指标", "参保率", "提高3个百分点"],
    ["经济效益指标", "农民收入增长", "同比增长5%"],
    ["经济效益指标", "产值增长", "较上年增长≥5%"],
  ])("%s %s %s: no error", (l2, name, value) => {
    const l1 = /数量|质量/.test(l2) ? "产出指标" : "效益指标";
    expect(noError([l1, l2, name, value])).toEqual([]);
  });

  it("prose holding a second number stays an error (≥4.5分(其中专家评分2分)), as a sentence with two targets does", () => {
    expect(probe(["产出指标", "质量指标", "考核评分", "≥4.5分(其中专家评分2分)"])).toContain("error:VALUE_MIXED_TEXT");
  });

  it("收到资金后30日内 under 时效 is a time limit counted from an event; 资金使用规范 there is no time", () => {
    expect(probe(["产出指标", "时效指标", "资金拨付时间", "收到资金后30日内"])).not.toContain("warning:DEADLINE_NOT_DATE");
    expect(probe(["产出指标", "时效指标", "资金拨付时间", "资金使用规范"])).toContain("warning:DEADLINE_NOT_DATE");
  });
});

describe("values that are no target", () => {
  it("“-” / “/” in the value cell: one warning asking whether it applies, no error about its form", () => {
    for (const v of ["-", "—", "/"]) expect(probe(["产出指标", "质量指标", "验收合格率", v])).toEqual(["warning:VALUE_EMPTY"]);
  });

  it("不适用 / 无 / N/A say the indicator does not apply: accepted as written; a blank value stays an error", () => {
    for (const v of ["不适用", "无", "N/A", "本项目不适用"]) expect(probe(["产出指标", "质量指标", "验收合格率", v])).toEqual([]);
    expect(probe(["产出指标", "质量指标", "验收合格率", ""])).toContain("error:VALUE_EMPTY");
  });
});

describe("targets that are readable but not in the asked form: warnings", () => {
  it("an approximate count (约200人, 200人左右) is a warning with the target proposed; prose beside a number stays an error", () => {
    expect(probe(["产出指标", "数量指标", "培训人数", "约200人"])).toEqual(["warning:VALUE_MIXED_TEXT"]);
    expect(probe(["产出指标", "数量指标", "培训人数", "200人左右"])).toEqual(["warning:VALUE_MIXED_TEXT"]);
    expect(probe(["产出指标", "数量指标", "培训人数", "200人按计划完成"])).toContain("error:VALUE_MIXED_TEXT");
  });

  it("a satisfaction score (≥90分) is a warning; a word (满意) stays an error", () => {
    expect(probe(["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90分"])).toEqual(["warning:SATISFACTION_NOT_PERCENT"]);
    expect(probe(["满意度指标", "服务对象满意度指标", "受益群众满意度", "满意"])).toEqual(["error:SATISFACTION_NOT_PERCENT"]);
  });
});

describe("an indicator the filler marks as not applying", () => {
  it("生态环境成本指标 | 无 | (blank): the central form's 二级 the project does not touch — no VALUE_EMPTY", () => {
    expect(probe(["成本指标", "生态环境成本指标", "无", ""])).not.toContain("error:VALUE_EMPTY");
    expect(probe(["成本指标", "生态环境成本指标", "不涉及", ""])).not.toContain("error:VALUE_EMPTY");
    expect(probe(["成本指标", "生态环境成本指标", "施工噪音", ""])).toContain("error:VALUE_EMPTY");
  });
});

describe("levels that are defined survey rates", () => {
  it("居民健康素养水平 / 城镇化水平 as a percentage measure; 服务水平 100% does not", () => {
    expect(probe(["效益指标", "社会效益指标", "居民健康素养水平", "≥25%"])).not.toContain("warning:INDICATOR_NOT_MEASURABLE");
    expect(probe(["效益指标", "社会效益指标", "城镇化水平", "≥60%"])).not.toContain("warning:INDICATOR_NOT_MEASURABLE");
    expect(probe(["效益指标", "社会效益指标", "服务水平", "100%"])).toContain("warning:INDICATOR_NOT_MEASURABLE");
  });
});

describe("health and environment wordings", () => {
  it("≥2万剂次 is a count (no money, no prose); 污水处理率 under 生态效益 is ecological", () => {
    expect(probe(["产出指标", "数量指标", "疫苗接种剂次", "≥2万剂次"]).filter((c) => !c.startsWith("info:"))).toEqual([]);
    expect(probe(["效益指标", "生态效益指标", "污水处理率", "≥95%"])).not.toContain("warning:CATEGORY_MISMATCH");
    expect(probe(["效益指标", "生态效益指标", "干部培训人次", "≥200人次"])).toContain("warning:CATEGORY_MISMATCH");
  });
});
