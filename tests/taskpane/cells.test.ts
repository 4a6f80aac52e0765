import { asLiteralText, asTextCell, cellForEngine, isEmptyCell, mergesFromAddressList } from "../../src/hosts/cells";
import { snapshotOf } from "../../src/hosts/excel";
import { typedLike } from "../../src/taskpane/controller";

describe("host cell helpers", () => {
  it.each(["=100%", "+5", "-3人", "@x", "'quoted"])("text %s written as a value stays text", (s) => {
    expect(asTextCell(s)).toBe(`'${s}`);
    expect(asLiteralText(s)).toBe(`'${s}`);
  });
  it("ordinary text is written unchanged", () => {
    expect(asTextCell("≥45人")).toBe("≥45人");
    expect(asLiteralText("2025年12月31日前")).toBe("2025年12月31日前");
    expect(asTextCell("25%")).toBe("25%");
  });
  it.each(["25%", "0.5", "1,200", "2025/12/31", "2025年12月31日", "12月31日", "TRUE"])("literal text %s is protected from conversion", (s) => {
    expect(asLiteralText(s)).toBe(`'${s}`);
  });
  it("passes the displayed text for formatted numbers, the number otherwise", () => {
    expect(cellForEngine(0.25, "25%")).toBe("25%");
    expect(cellForEngine(46022, "2025/12/31")).toBe("2025/12/31");
    expect(cellForEngine(13.5, "13.50")).toBe(13.5);
    expect(cellForEngine(1200, "1,200")).toBe(1200);
    expect(cellForEngine("≥45人", "≥45人")).toBe("≥45人");
    expect(cellForEngine(3, "#N/A")).toBe(3);
  });
  it("emptiness counts formulas", () => {
    expect(isEmptyCell("", "")).toBe(true);
    expect(isEmptyCell("", "=A1")).toBe(false);
    expect(isEmptyCell(0, 0)).toBe(false);
  });
  it("parses merged-area lists, including quoted sheet names with commas", () => {
    expect(mergesFromAddressList("'a, b'!B3:B5, 'a, b'!C4:D4, 'a, b'!E9", { row: 2, col: 1 })).toEqual([
      { top: 0, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 1, bottom: 1, right: 2 },
    ]);
    expect(mergesFromAddressList(null, { row: 0, col: 0 })).toEqual([]);
  });
  it("snapshots tell a formula from text that looks like one", () => {
    expect(snapshotOf("A1", "S", 2, "=B1*2")).toMatchObject({ formula: "=B1*2", value: null });
    expect(snapshotOf("A1", "S", "=x", "=x")).toMatchObject({ formula: null, value: "=x" });
    expect(snapshotOf("A1", "S", "", "")).toMatchObject({ formula: null, value: "" });
  });
  it("a fix keeps the cell's kind: numbers stay numbers, text stays text", () => {
    const num = { address: "B7", sheet: "S", formula: null, value: 0.25 };
    const txt = { address: "B7", sheet: "S", formula: null, value: "25%" };
    expect(typedLike(num, "50%")).toBe(0.5);
    expect(typedLike(num, "≥50%")).toBe("≥50%");
    expect(typedLike(txt, "50%")).toBe("50%");
  });
});
