/**
 * Classes from the ten tables scored as the heldback split on 2026-12-06 and moved to dev right after (070–094): a
 * level-less 序号 | 三级指标 | 年度指标值 form, a dot period without the end's year, the older forms' satisfaction
 * under 效益, slogan verbs, 应X尽X, 拓宽-like change verbs, and indicators that are no satisfaction under 满意度.
 */
import { parseValue } from "../../../src/engine/values";
import type { CellValue } from "../../../src/engine/types";
import { findingsOf, readGrid as read } from "../../helpers/gridCheck";

const codes = (cells: CellValue[][], code: string) => findingsOf(cells, code, 2021);
const rows = (...body: CellValue[][]): CellValue[][] => [["项目名称", "2021年宣传文化经费"], ["一级指标", "二级指标", "三级指标", "指标值"], ...body];

test("071: 序号 | 三级指标 | 年度指标值 is a table without level columns", () => {
  const ts = read([["序号", "三级指标", "年度指标值"], ["1", "全国助残日活动次数", "1次"], ["2", "宣传覆盖面", "拓宽"]]);
  expect(ts).toHaveLength(1);
  expect(ts[0].layout.levelColumns).toBe(1);
  expect(ts[0].indicators.map((r) => r.value.text)).toEqual(["1次", "拓宽"]);
});

test("082: 2021.1.1-12.31 is a period ending 2021-12-31, not prose", () => {
  const p = parseValue("2021.1.1-12.31");
  expect([p.kind, p.mixed, p.date?.year, p.date?.month, p.date?.day]).toEqual(["deadline", false, 2021, 12, 31]);
  expect(codes(rows(["产出指标", "时效指标", "培训任务完成及时", "2021.1.1-12.31"]), "VALUE_MIXED_TEXT")).toEqual([]);
});

test("082: 满意度 as a 二级 under 效益指标 (older forms) is one hint naming 满意度指标, not an error per row", () => {
  const fs = codes(rows(["效益指标", "满意度", "参训学员满意度", "≥90%"], ["效益指标", "满意度", "用人单位满意度", "≥85%"]), "HIERARCHY_INVALID");
  expect(fs.map((f) => [f.severity, f.suggestion])).toEqual([["info", "满意度指标"]]);
});

test("080: slogan verbs (办好, 激发) with a percentage measure nothing", () => {
  expect(codes(rows(["效益指标", "社会效益指标", "激发为民办事的热情", "100%"]), "INDICATOR_NOT_MEASURABLE")).toHaveLength(1);
  expect(codes(rows(["产出指标", "质量指标", "为民众办好事,办实事", "100%"]), "INDICATOR_NOT_MEASURABLE")).toHaveLength(1);
});

test("094 / 071: 应助尽助 and a bare 拓宽 are no targets", () => {
  expect(codes(rows(["产出指标", "数量指标", "孤儿助学人数", "应助尽助"]), "VALUE_NOT_QUANTIFIED")).toHaveLength(1);
  expect(codes(rows(["效益指标", "社会效益指标", "宣传覆盖面", "拓宽"]), "VALUE_NOT_QUANTIFIED")).toHaveLength(1);
});

test("094 / 090: an indicator that is no satisfaction under 满意度 is misplaced; proxies of satisfaction are not", () => {
  expect(codes(rows(["满意度指标", "服务对象满意度指标", "政策知晓率", "≥90%"]), "CATEGORY_MISMATCH")).toHaveLength(1);
  for (const name of ["受益群众满意度", "群众认可度", "服务好评率", "投诉率"])
    expect(codes(rows(["满意度指标", "服务对象满意度指标", name, "≥90%"]), "CATEGORY_MISMATCH")).toEqual([]);
});
