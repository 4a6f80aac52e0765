/**
 * Tables transcribed from the seeds (/work/shared/seeds), shared by the WPS tests.
 *
 * - `TANGSHAN_SHEET`: seed 000 table 1 (唐山 “领潮计划”专项培训), laid out as the published sheet is:
 *   label/value pairs in the header, the plan's month labels with the cumulative % below, 一级 cells
 *   merged over their rows. Starts at B2 so origins are exercised.
 * - `ZHENGDING_ROWS`: seed 001 tables 1–2 (正定), indicator rows only, in template column order
 *   (一级, 二级, 三级, 描述, 指标值, 依据), with 一级 left blank on continuation rows as printed.
 *   They carry the seeds' real defects (≥1 个 with a space, 成本 written as a percentage or prose,
 *   历史惊讶标准, qualitative 社会效益).
 */
import type { FakeSheetSpec, FakeValue } from "./fakeWps";

const T: FakeValue[][] = [
  ["1.“领潮计划”专项培训绩效目标表"],
  ["402001唐山市工商业联合会本级", null, null, null, "单位：万元"],
  ["项目编码", "13020025P00751110003T", null, "项目名称", "“领潮计划”专项培训"],
  ["预算规模及资金用途", "预算数", 40, "其中：财政资金", 40, "其他资金", null],
  [null, "“领潮计划”专项培训"],
  ["资金支出计划（%）", "3月底", "6月底", "10月底", "12月底"],
  [null, 0.1, 0.25, 0.5, 1],
  ["绩效目标", "1.做好工作业务培训，保障单位业务开展。"],
  ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"],
  ["产出指标", "数量指标", "培训人数", "培训人数", "≥45人", "根据年初工作安排"],
  [null, "质量指标", "培训出勤率（%）", "培训出勤率（%）", ">90%", "根据年初工作安排"],
  [null, "成本指标", "人均培训成本", "参训人员人均费用支出", "≤450元", "唐山市市级机关培训管理办法"],
  [null, "时效指标", "培训完成时间", "培训完成时间", "2025年12月31日", "根据年初工作安排"],
  ["效益指标", "社会效益指标", "能力提升率", "能力提升率", "≥20%", "根据年初工作安排"],
  ["满意度指标", "服务对象满意度指标", "参训人员满意度", "参训人员满意度", ">90%", "根据年初工作安排"],
];

/** The sheet starts at B2: row 0 of `T` is sheet row 2. */
export const TANGSHAN_SHEET: FakeSheetSpec = {
  name: "领潮计划",
  cells: [[], ...T.map((row) => [null, ...row])],
  // 一级 产出指标 spans the four output rows (sheet rows 11–14, column B); the plan label spans two rows.
  merges: ["B11:B14", "B7:B8", "B4:B5"],
  // The plan percentages were typed as 10% … 100%: numbers with a percent format.
  numberFormats: { C8: "0%", D8: "0%", E8: "0%", F8: "0%" },
};

export const ZHENGDING_ROWS: FakeValue[][] = [
  ["产出指标", "数量指标", "举办座谈会次数", "举办非公经济人士座谈会次数", "1次", "历史经验标准"],
  [null, "质量指标", "新会员培训合格率", "新会员培训合格率", "≥95%", "历史经验标准"],
  [null, "时效指标", "服务完成度", "服务完成度", "≥95%", "历史经验标准"],
  [null, "成本指标", "合理使用经费", "合理使用经费", "≥95%", "历史经验标准"],
  ["效益指标", "社会效益指标", "社会影响力", "得到广大民营企业家的充分认可", "得到广大民营企业家的充分认可", "历史经验标准"],
  ["满意度指标", "服务对象满意度指标", "满意度", "反映满意的评价占总评价的比率", "≥95%", "历史惊讶标准"],
  ["产出指标", "数量指标", "购买办公用品数量", "购买办公用品数量", "≥1 个", "历史经验标准"],
  [null, "成本指标", "合理使用经费", "合理使用经费", "经费使用情况", "历史经验标准"],
];

/** The 正定 spending plans as printed (fractions, and amounts equal to 预算数 2.20). */
export const ZHENGDING_PLANS: { plan: FakeValue[]; budget: number }[] = [
  { plan: [0.16, 0.33, 0.5, null], budget: 0.67 },
  { plan: [0.33, 0.66, 0.99, 0.34], budget: 1.33 },
  { plan: [0.55, 1.1, 1.65, 2.2], budget: 2.2 },
];
