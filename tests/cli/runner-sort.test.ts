/**
 * Engine hot spots changed by the CLI/bench helper, checked for unchanged behaviour.
 * sortFindings (src/engine/check.ts) was rewritten for speed (keys computed once, no localeCompare):
 * it must give exactly the documented order — severity, then sheet position, then code — and keep the
 * original order of full ties.
 */
import fc from "fast-check";
import { normalizeLabel, parseA1, sortFindings, type Finding } from "../../src/engine";

const finding = fc.record({
  code: fc.constantFrom("VALUE_EMPTY", "TYPO", "SPEND_NOT_100", "A", "Z_LAST"),
  severity: fc.constantFrom("error" as const, "warning" as const, "info" as const),
  row: fc.constant(null),
  cell: fc.option(
    fc.oneof(
      fc.tuple(fc.constantFrom("A", "B", "E", "AA", "XFD"), fc.integer({ min: 1, max: 30 })).map(([c, r]) => `${c}${r}`),
      // Forms the fast path hands to parseA1: absolute, sheet-qualified, lower case, junk, out-of-range.
      fc.constantFrom("$E$12", "Sheet1!E12", "e12", "E0", "E", "12", "", "AAAA1", "XFD1048576", "A12345678", "表!B3"),
    ),
    { nil: null },
  ),
  message: fc.string(),
});

const sev = { error: 0, warning: 1, info: 2 };
const pos = (c: string | null) => {
  const a = c ? parseA1(c) : null;
  return a ? a.row * 100000 + a.col : Number.MAX_SAFE_INTEGER;
};

test("same order as the reference comparator, stable on ties, input untouched", () => {
  fc.assert(
    fc.property(fc.array(finding, { maxLength: 60 }), (fs: Finding[]) => {
      const copy = [...fs];
      const got = sortFindings(fs);
      expect(fs).toEqual(copy);
      const ref = fs
        .map((f, i) => ({ f, i }))
        .sort((a, b) => sev[a.f.severity] - sev[b.f.severity] || pos(a.f.cell) - pos(b.f.cell) || (a.f.code < b.f.code ? -1 : a.f.code > b.f.code ? 1 : 0) || a.i - b.i)
        .map((x) => x.f);
      expect(got).toEqual(ref);
      got.forEach((f, i) => expect(f).toBe(ref[i]));
    }),
    { numRuns: 300 },
  );
});

test("normalizeLabel is memoised without changing answers, also after its cache was cleared", () => {
  const samples = ["产出", " 数量指标 ", "社会效益", "环境效益指标", "满意度", "（数量）", "服务对象满意度"];
  const first = samples.map((x) => normalizeLabel(x));
  expect(first).toEqual(["产出指标", "数量指标", "社会效益指标", "生态效益指标", "满意度指标", "(数量)", "服务对象满意度指标"]);
  for (let i = 0; i < 10_000; i++) normalizeLabel(`任务${i}：培训人数`); // more distinct labels than the cache holds
  expect(samples.map((x) => normalizeLabel(x))).toEqual(first);
  expect(normalizeLabel(null as unknown as string)).toBe("");
});
