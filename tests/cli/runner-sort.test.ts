/**
 * sortFindings (src/engine/check.ts) was rewritten for speed (keys computed once, no localeCompare):
 * it must give exactly the documented order — severity, then sheet position, then code — and keep the
 * original order of full ties.
 */
import fc from "fast-check";
import { parseA1, sortFindings, type Finding } from "../../src/engine";

const finding = fc.record({
  code: fc.constantFrom("VALUE_EMPTY", "TYPO", "SPEND_NOT_100", "A", "Z_LAST"),
  severity: fc.constantFrom("error" as const, "warning" as const, "info" as const),
  row: fc.constant(null),
  cell: fc.option(fc.tuple(fc.constantFrom("A", "B", "E", "AA"), fc.integer({ min: 1, max: 30 })).map(([c, r]) => `${c}${r}`), { nil: null }),
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
