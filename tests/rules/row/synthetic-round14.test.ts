/**
 * Classes found in the fourteenth round (docs/decisions.md "Fourteenth round"): warnings on probe rows their labelers
 * accepted. Each test holds the accepted forms and the defect beside them, so a fix cannot pass by flagging nothing.
 */
import { runRule } from "../../helpers/rowsTable";
import { rule as DEADLINE_NOT_DATE } from "../../../src/engine/rules/row/DEADLINE_NOT_DATE";
import { parseTimelinessValue, parseValue } from "../../../src/engine/values";

const noDesc = { columns: "noDescription" as const };
const timeliness = (name: string, v: string) => runRule(DEADLINE_NOT_DATE, `产出指标 | 时效指标 | ${name} | ${v}`, { ...noDesc, year: 2025 });

test("DEADLINE_NOT_DATE: each quarter's deadline (每季度首月15日前) and a limit before an event (活动开展前5日内) are times", () => {
  expect(timeliness("抚恤和生活补助发放时间", "每季度首月15日前")).toEqual([]);
  expect(timeliness("补贴资金拨付时间", "每季度末月20日前")).toEqual([]);
  expect(timeliness("宣传品交付时限", "活动开展前5日内")).toEqual([]);
  // A frequency with no deadline is still no time (511, 603, 967's labelers sent these back).
  expect(timeliness("护林员补助发放时间", "按月发放")).toHaveLength(1);
  expect(timeliness("物业服务费支付", "按季度支付")).toHaveLength(1);
  expect(timeliness("宣传品交付时限", "活动前")).toHaveLength(1);
});

test("DEADLINE_NOT_DATE: a rate of doing it on each period's schedule (按月支付率, 日产日清率) is a timeliness rate", () => {
  expect(timeliness("劳务费按月支付率", "=100%")).toEqual([]);
  expect(timeliness("助餐补贴按季度结算率", "=100%")).toEqual([]);
  expect(timeliness("生活垃圾日产日清率", "=100%")).toEqual([]);
  expect(timeliness("生活垃圾清运及时性", "日产日清")).toEqual([]);
  expect(timeliness("服务完成度", "≥95%")).toHaveLength(1);
  expect(timeliness("生活垃圾清运及时性", "日产")).toHaveLength(1);
});

test("DEADLINE_NOT_DATE: a frequency said period first (每季度1次, 每周1期) is how often, as 1次/季度 is", () => {
  expect(timeliness("项目绩效考核", "每季度1次")).toEqual([]);
  expect(timeliness("病虫情报发布", "每周1期")).toEqual([]);
  expect(timeliness("项目绩效考核", "1次/季度")).toEqual([]);
});

test("values: a count per period said period first reads as that count per period; a recurring deadline does not", () => {
  const read = (v: string) => {
    const p = parseValue(v);
    return [p.kind, p.operator, p.number, p.normalizedUnit];
  };
  expect(read("每周2次")).toEqual(["quantity", null, 2, "次/周"]);
  expect(read("每月不少于1次")).toEqual(["quantity", ">=", 1, "次/月"]);
  expect(read("每日1次")).toEqual(["quantity", null, 1, "次/天"]);
  expect(read("每月15日前")[0]).toBe("text");
  expect(read("每月1次巡查")[0]).toBe("text");
});

test("values: the row's label written before its date (完成时间为…, 截止时间：…) leaves a deadline; 截止 makes it a limit", () => {
  const done = parseTimelinessValue("完成时间为2025年12月30日");
  expect(done.kind).toBe("deadline");
  expect(done.date).toMatchObject({ year: 2025, month: 12, day: 30, qualifier: "on" });
  expect(parseTimelinessValue("截止时间：2025年6月30日").date).toMatchObject({ year: 2025, month: 6, day: 30, qualifier: "before" });
  expect(parseTimelinessValue("完成时限为本年度内").kind).toBe("deadline");
  expect(parseTimelinessValue("时间为项目开工后").kind).toBe("text");
  expect(timeliness("项目设计、招标、施工", "完成时间为2025年12月30日")).toEqual([]);
});
