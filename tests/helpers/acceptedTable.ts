/**
 * An accepted 2026 table (a road-maintenance project, every category filled as reviewers accept it): the base the
 * false-positive probes append one row to (tests/rules/acceptedVariants.test.ts, tests/rules/grammarProbes.test.ts).
 */
import type { CellValue } from "../../src/engine/types";

export type Rows = CellValue[][];

export const ACCEPTED_HEAD: Rows = [
  ["2026年度项目支出绩效目标表"],
  ["单位：万元"],
  ["项目名称", "农村公路养护及村民服务专项资金"],
  ["预算数", "100"],
  ["年度绩效目标", "完成全县农村公路日常养护120公里，保障群众安全出行，提升群众满意度。"],
];
export const LEVEL_TITLES = ["一级指标", "二级指标", "三级指标", "指标值"];
export const ACCEPTED_ROWS: Rows = [
  ["产出指标", "数量指标", "公路养护里程", "≥120公里"],
  ["产出指标", "质量指标", "养护合格率", "≥95%"],
  ["产出指标", "时效指标", "完成时间", "2026年12月31日前"],
  ["产出指标", "成本指标", "养护成本", "≤90万元"],
  ["效益指标", "社会效益指标", "群众出行条件改善情况", "有效改善"],
  ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
];
