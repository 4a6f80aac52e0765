import fc from "fast-check";
import { isBlankText } from "../../../src/engine/rules/shared/rowFacts";
import { fuzzRuns } from "../../helpers/fuzz";

// isBlankText skips String.prototype.trim (which allocates) unless the text starts with a character trim removes;
// it must still answer exactly what `t.trim() === ""` answers, for every whitespace JavaScript trims.
const TRIMMED = [" ", "\t", "\n", "\v", "\f", "\r", "\u00a0", "\u1680", "\u2000", "\u2005", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff"];

describe("isBlankText", () => {
  it.each(TRIMMED)("treats a text of only %j as blank, and that character before content as not blank", (ws) => {
    expect(isBlankText(ws)).toBe(true);
    expect(isBlankText(ws + ws)).toBe(true);
    expect(isBlankText(`${ws}≥90%`)).toBe(false);
  });

  it("does not treat zero-width or other non-trimmed characters as blank", () => {
    expect(isBlankText("\u200b")).toBe(false); // zero-width space: not removed by trim
    expect(isBlankText("\u00ad")).toBe(false);
  });

  it("agrees with t.trim() === '' on generated texts", () => {
    const piece = fc.oneof(fc.constantFrom(...TRIMMED, "\u200b", "a", "指", "%"), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (parts) => {
        const t = parts.join("");
        expect(isBlankText(t)).toBe(t.trim() === "");
      }),
      { numRuns: fuzzRuns(2000) },
    );
  });
});
