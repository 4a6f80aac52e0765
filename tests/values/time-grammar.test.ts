/**
 * The time grammar of 时效 values as accountants write them: deadlines, periods and year words. Generated from the
 * grammar with fast-check (every generated text must read as the deadline it was built from and format back to it),
 * plus the forms found in published tables.
 */
import fc from "fast-check";
import { formatValue, parseTimelinessValue, parseValue } from "../../src/engine/values";
import { fuzzRuns } from "../helpers/fuzz";

const RUNS = fuzzRuns(6000);
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

describe("time values of published tables", () => {
  it.each([
    // [text, end year, end month, end day, endOfMonth, qualifier, start year, start month]
    ["2026年3月至11月", 2026, 11, null, true, "before", 2026, 3],
    ["2026.03-2026.12", 2026, 12, null, true, "before", 2026, 3],
    ["2023.07-2024.01", 2024, 1, null, true, "before", 2023, 7],
    ["2026年3月-2026年12月", 2026, 12, null, true, "before", 2026, 3],
    ["2025年1月1日至2025年12月31日", 2025, 12, 31, false, "before", 2025, 1],
    ["2026年1-12月", 2026, 12, null, true, "before", 2026, 1],
    ["2026年3月至11月份", 2026, 11, null, true, "before", 2026, 3],
    ["2025-2026年", 2026, 12, null, true, "before", 2025, 1],
    ["2025年至2026年", 2026, 12, null, true, "before", 2025, 1],
  ] as const)("%s is a period ending by its last month", (text, y, m, d, eom, q, sy, sm) => {
    const p = parseValue(text);
    expect(p).toMatchObject({ kind: "deadline", mixed: false, date: { year: y, month: m, day: d, endOfMonth: eom, qualifier: q } });
    expect(p.period?.start).toMatchObject({ year: sy, month: sm });
  });

  it.each([
    ["2025年年底前", 2025, "before"],
    ["2025年度年末", 2025, "on"],
    ["年底前", null, "before"],
    ["全年", null, "before"],
    ["当年", null, "before"],
    ["本年度", null, "before"],
    ["本年度内", null, "before"],
    ["2026年全年", 2026, "before"],
  ] as const)("%s is a deadline at the end of the year", (text, year, qualifier) => {
    expect(parseValue(text)).toMatchObject({ kind: "deadline", mixed: false, date: { year, month: 12, qualifier } });
  });

  it("次年 marks the year after the budget year and formats back", () => {
    const p = parseValue("次年3月底前");
    expect(p).toMatchObject({ kind: "deadline", mixed: false, date: { year: null, month: 3, endOfMonth: true, qualifier: "before", nextYear: true } });
    expect(formatValue(p)).toBe("次年3月底前");
  });

  it("keeps numbers and prose after a year word out of the date", () => {
    expect(parseValue("全年培训100人")).toMatchObject({ kind: "quantity", number: 100 });
    expect(parseValue("全年工作顺利完成")).toMatchObject({ kind: "text" });
    expect(parseValue("2025.12")).toMatchObject({ kind: "quantity" });
    expect(parseValue("2025.13-2026.02").kind).toBe("text");
  });

  it("reads a deadline followed by its action with the action as extra text", () => {
    expect(parseValue("12月底前全部拨付")).toMatchObject({ kind: "deadline", extraText: "全部拨付", date: { month: 12, endOfMonth: true, qualifier: "before" } });
  });
});

const year = fc.integer({ min: 1990, max: 2099 });
const month = fc.integer({ min: 1, max: 12 });
const sp = fc.constantFrom("", " ");

describe(`time grammar properties (${RUNS} runs each)`, () => {
  it("a generated single deadline reads back as the date it was built from", () => {
    fc.assert(
      fc.property(fc.option(year), month, fc.integer({ min: 1, max: 31 }), fc.constantFrom("日", "底", "末", ""), fc.constantFrom("", "前", "之前"), sp, (y, m, d0, kind, suffix, s) => {
        const d = Math.min(d0, lastDay(y ?? 2024, m));
        const text = `${y != null ? `${y}${s}年${s}` : ""}${m}${s}月${kind === "日" ? `${d}日` : kind}${suffix}`;
        if (y == null && kind === "" && suffix === "") return; // a bare month is a month deadline too, checked below
        const p = parseValue(text);
        const ok =
          p.kind === "deadline" && !p.mixed && p.date!.year === y && p.date!.month === m &&
          p.date!.day === (kind === "日" ? d : null) && p.date!.endOfMonth === (kind === "底" || kind === "末") &&
          p.date!.qualifier === (suffix ? "before" : "on");
        if (!ok) throw new Error(`${text} → ${JSON.stringify(p)}`);
        const again = parseValue(formatValue(p));
        if (JSON.stringify(again.date) !== JSON.stringify(p.date)) throw new Error(`${text} → ${formatValue(p)} changes the date`);
      }),
      { numRuns: RUNS },
    );
  });

  it("a generated period reads as the deadline it ends by, with its start", () => {
    fc.assert(
      fc.property(year, month, fc.integer({ min: 0, max: 14 }), fc.constantFrom("年月", "点"), fc.constantFrom("至", "到", "-", "~", "—"), fc.boolean(), sp, (y, m, span, form, sep, endYear, s) => {
        const endAbs = y * 12 + (m - 1) + span;
        const y2 = Math.floor(endAbs / 12), m2 = (endAbs % 12) + 1;
        const pad = (n: number) => String(n).padStart(2, "0");
        if (form === "点" && sep === "—") return;
        const text =
          form === "点"
            ? `${y}.${pad(m)}${s}${sep}${s}${y2}.${pad(m2)}`
            : `${y}年${m}月${s}${sep}${s}${endYear || y2 !== y ? `${y2}年` : ""}${m2}月`;
        const p = parseValue(text);
        const ok =
          p.kind === "deadline" && !p.mixed && p.date!.year === y2 && p.date!.month === m2 && p.date!.endOfMonth &&
          p.date!.qualifier === "before" && p.period?.start.year === y && p.period.start.month === m;
        if (!ok) throw new Error(`${text} → ${JSON.stringify(p)}`);
        const again = parseValue(formatValue(p));
        if (again.date?.year !== y2 || again.date.month !== m2 || again.period?.start.month !== m) throw new Error(`${text} → ${formatValue(p)} changes the period`);
      }),
      { numRuns: RUNS },
    );
  });

  it("never throws on time-like token soup", () => {
    const tok = fc.constantFrom("2025", "2026", "年", "月", "日", "底", "前", "至", "-", ".", "03", "12", "31", "全年", "当年", "年底", "第三季度", "上半年", "全部拨付", " ", "≤");
    fc.assert(
      fc.property(fc.array(tok, { maxLength: 10 }), (a) => {
        const p = parseValue(a.join(""));
        if (p.kind === "deadline" && (p.date!.month < 1 || p.date!.month > 12)) throw new Error(a.join(""));
      }),
      { numRuns: RUNS },
    );
  });
});

describe("the 时效 reading of a row's value (parseTimelinessValue)", () => {
  it.each([
    ["2026.12", 2026, 12, "on"],
    [2026.12, 2026, 12, "on"],
    ["2026.6", 2026, 6, "on"],
    ["2026.12前", 2026, 12, "before"],
    ["2026.12月底", 2026, 12, "on"],
    ["二〇二六年十二月三十一日前", 2026, 12, "before"],
    ["二零二六年三月至十一月", 2026, 11, "before"],
  ] as const)("%s is a deadline in %i-%i", (text, year, month, qualifier) => {
    const p = parseTimelinessValue(text);
    expect([p.kind, p.date?.year, p.date?.month, p.date?.qualifier]).toEqual(["deadline", year, month, qualifier]);
    expect(p.raw).toBe(String(text));
  });

  it("keeps numbers that are no year and month, and leaves 2026.12 a number outside 时效", () => {
    expect(parseTimelinessValue("2026.13").kind).toBe("quantity");
    expect(parseTimelinessValue("2026.0").kind).toBe("quantity");
    expect(parseTimelinessValue("12026.5").kind).toBe("quantity");
    expect(parseTimelinessValue("≥95%").kind).toBe("quantity");
    expect(parseValue("2026.12").kind).toBe("quantity");
  });

  it("reads a day written without 日 at the end of a value (2026年12月31, 12月31前)", () => {
    expect(parseValue("2026年12月31").date).toMatchObject({ year: 2026, month: 12, day: 31 });
    expect(parseValue("12月31前").date).toMatchObject({ month: 12, day: 31, qualifier: "before" });
    // a count after a month is not a day
    expect(parseValue("12月30人").date?.day ?? null).toBeNull();
  });
});
