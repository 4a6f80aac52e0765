/**
 * The host-agnostic bodies of =PERF.* (src/functions: coerce.ts, check.ts, spendCurve.ts, parse.ts, summary.ts), on
 * rows from the seeds.
 *
 * Depends on: the reader's tableFromRows (src/engine/reader), the values parser, the row/table rules
 * and the spending-plan module (src/engine/spend). Argument handling and row normalisation are tested
 * on their own first so they fail for our reasons only.
 */
import {
  InputError,
  MAX_ROWS,
  PARSE_HEADER,
  budgetArg,
  budgetYuanOf,
  cellError,
  checkRows,
  checkRowsMatrix,
  errorMessage,
  HOST_CELLS,
  looksPercentFormatted,
  parseMatrix,
  profileArg,
  rowsArg,
  spendCurveMatrix,
  summaryMatrix,
  verdictText,
  yearArg,
} from "../../src/functions";
import { DEFAULT_PROFILE, findingText, getBuiltinProfile, normalizeRows as normalizeEngineRows, type Finding, type Rule } from "../../src/engine";
import { PLANS, TANGSHAN_ROWS, TIANJIN_ROWS, TIANJIN_TRIVIAL_ROW, ZHENGDING_COST_ROW, ZHENGDING_ROWS, ZHENGDING_TYPO_ROW } from "./seedRows";

/** A range argument as =PERF.CHECK hands it to the engine: checked by rowsArg, read with the host's cell reading. */
function normalizeRows(x: unknown) {
  return normalizeEngineRows(rowsArg(x), HOST_CELLS);
}

/** The message an adapter throws, or null when it does not throw. */
function thrown(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
}

const codesIn = (text: string) => [...text.matchAll(/\[([A-Z0-9_]+)\]/g)].map((m) => m[1]);

describe("arguments", () => {
  it("reads 预算数 as 万元 numbers or text with 元/万元, and refuses the rest in zh-CN", () => {
    expect(budgetArg(null)).toBeUndefined();
    expect(budgetArg("")).toBeUndefined();
    expect(budgetArg([[0.67]])?.raw).toBe(0.67);
    expect(budgetYuanOf(budgetArg(0.67))).toBe(6700);
    expect(budgetYuanOf(budgetArg("9万元"))).toBe(90000);
    expect(budgetYuanOf(budgetArg("90,000元"))).toBe(90000);
    expect(thrown(() => budgetArg("大约九万"))).toMatch(/预算数.*应为金额/);
    expect(thrown(() => budgetArg(-3))).toMatch(/大于 0/);
    expect(thrown(() => budgetArg([[1, 2]]))).toMatch(/单个单元格/);
    expect(thrown(() => budgetArg("#N/A"))).toMatch(/错误值 #N\/A/);
    expect(thrown(() => budgetArg({ type: "Error", code: "notAvailable" }))).toMatch(/#N\/A/);
  });

  it("reads the year as 2025, '2025' or '2025年'", () => {
    expect(yearArg(null)).toBeNull();
    expect(yearArg(2025)).toBe(2025);
    expect(yearArg("2024年")).toBe(2024);
    expect(thrown(() => yearArg("明年"))).toMatch(/四位年份/);
    expect(thrown(() => yearArg(25))).toMatch(/四位年份/);
  });

  it("takes a built-in profile name or profile JSON, caches by text, and explains bad ones", () => {
    expect(profileArg(null)).toBe(DEFAULT_PROFILE);
    expect(profileArg("hebei")).toBe(getBuiltinProfile("hebei"));
    const json = JSON.stringify({ name: "mine", label: "我的配置", satisfactionFloor: 85 });
    const p = profileArg(json);
    expect(p.satisfactionFloor).toBe(85);
    expect(profileArg(json)).toBe(p); // cached: the same object, not re-validated
    expect(thrown(() => profileArg("no-such-profile"))).toMatch(/配置/);
    expect(thrown(() => profileArg('{"name": "x", "label": "x", "satisfactionFloor": 500}'))).toMatch(/satisfactionFloor/);
    expect(thrown(() => profileArg("{not json"))).toMatch(/JSON/);
    expect(thrown(() => profileArg(42))).toMatch(/内置配置名/);
  });

  it("recognises error values however the host passes them", () => {
    expect(cellError("#N/A")).toBe("#N/A");
    expect(cellError({ code: "#DIV/0!" })).toBe("#DIV/0!");
    expect(cellError({ errorCode: "invalidValue" })).toBe("#VALUE!");
    expect(cellError("N/A")).toBeNull();
    expect(cellError(0)).toBeNull();
    expect(cellError(new Date(2025, 0, 1))).toBeNull();
  });
});

describe("normalizeRows", () => {
  it("fills blank 一级/二级 forward inside the range, but not a 二级 into a new 一级", () => {
    const n = normalizeRows([
      ["产出指标", "数量指标", "a", "", "1次", ""],
      ["", "", "b", "", "2次", ""],
      ["", "质量指标", "c", "", "90%", ""],
      ["效益指标", "", "d", "", "有所提升", ""],
    ]);
    expect(n.cells.map((r) => [r[0], r[1]])).toEqual([
      ["产出指标", "数量指标"],
      ["产出指标", "数量指标"],
      ["产出指标", "质量指标"],
      ["效益指标", ""],
    ]);
    expect(n.filled).toEqual([false, true, true, false]);
  });

  it("keeps blank rows blank, marks a header row, and drops trailing blank rows (whole-column selections)", () => {
    const rows: unknown[][] = [["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"], ...ZHENGDING_ROWS.slice(0, 2), ["", "", "", "", "", ""], ZHENGDING_ROWS[2]];
    for (let i = 0; i < 1000; i++) rows.push([null, null, null, null, null, null]);
    const n = normalizeRows(rows);
    expect(n.kinds).toEqual(["header", "indicator", "indicator", "blank", "indicator"]);
    // fill-forward continues across the blank row
    expect(n.cells[4][0]).toBe("产出指标");
  });

  it("maps 4 and 5 columns onto the template order", () => {
    expect(normalizeRows([["产出指标", "数量指标", "人数", "≥45人"]]).cells[0]).toEqual(["产出指标", "数量指标", "人数", "", "≥45人", ""]);
    expect(normalizeRows([TIANJIN_ROWS[0]]).cells[0]).toEqual([...TIANJIN_ROWS[0], ""]);
  });

  it("turns numbers, booleans and error values into what the engine can read", () => {
    const n = normalizeRows([["产出指标", "数量指标", 123, "", { type: "Error", code: "#N/A" }, true]]);
    expect(n.cells[0]).toEqual(["产出指标", "数量指标", 123, "", "", "TRUE"]);
    expect(n.errors[0]).toEqual(["指标值 #N/A"]);
  });

  it("refuses 1×1 ranges, too few columns, empty input and huge ranges with a zh-CN sentence", () => {
    expect(thrown(() => normalizeRows([["≥45人"]]))).toMatch(/只有 1 列.*至少 4 列/);
    expect(thrown(() => normalizeRows("≥45人"))).toMatch(/只有 1 列/);
    expect(thrown(() => normalizeRows([["a", "b", "c"]]))).toMatch(/只有 3 列/);
    expect(thrown(() => normalizeRows(null))).toMatch(/为空/);
    const huge = Array.from({ length: MAX_ROWS + 1 }, () => ZHENGDING_ROWS[0]);
    expect(thrown(() => normalizeRows(huge))).toMatch(new RegExp(`${MAX_ROWS + 1} 行，超过上限`));
  });
});

describe("finding text", () => {
  const f = (code: string, severity: Finding["severity"], message: string, suggestion?: string): Finding => ({ code, severity, row: 0, cell: "E1", message, ...(suggestion ? { suggestion } : {}) });

  it("writes severity, message, suggestion and the stable code in brackets", () => {
    expect(findingText(f("VALUE_TRIVIAL", "error", "“≥0次”总能达标。", "≤0次"))).toBe("错误：“≥0次”总能达标（建议：≤0次） [VALUE_TRIVIAL]");
    expect(verdictText([])).toBe("✓");
    expect(verdictText([f("A", "warning", "甲"), f("B", "info", "乙")])).toBe("警告：甲 [A]；提示：乙 [B]");
    // A run of trailing 。；; and surrounding spaces is dropped (findings are joined with ；); inner ones stay.
    expect(findingText(f("A", "warning", " 甲。乙；;。 "))).toBe("警告：甲。乙 [A]");
    expect(findingText(f("A", "warning", "。；"))).toBe("警告： [A]");
    expect(verdictText([], ["指标值 #N/A"])).toMatch(/^错误：单元格是错误值（指标值 #N\/A）.*\[CELL_ERROR\]$/);
  });

  it("turns unexpected exceptions into an internal-error sentence, InputError into its own text", () => {
    expect(errorMessage(new InputError("预算数有误"))).toBe("预算数有误");
    expect(errorMessage(new TypeError("x is undefined"))).toMatch(/^PerfCheck 内部错误（x is undefined）/);
  });
});

describe("checkRows with a stand-in rule (adapter mapping only)", () => {
  // A rule that sees the FILLED 一级 and flags every row: proves fill-forward reaches the engine and each
  // finding comes back to its own input row, most severe first.
  const seen: string[] = [];
  const probe: Rule = {
    code: "PROBE",
    severity: "info",
    title: "probe",
    research: [],
    check: (ctx) => {
      seen.length = 0;
      return ctx.table.indicators.flatMap((ind) => {
        if (ind.level3.text) seen.push(ind.level1.text);
        return ind.level3.text ? [{ row: ind.index, cell: ind.value.cell, message: `一级=${ind.level1.text}` }] : [];
      });
    },
  };
  const loud: Rule = { ...probe, code: "LOUD", severity: "error", check: (ctx) => ctx.table.indicators.filter((i) => i.value.text === "≥0次").map((i) => ({ row: i.index, cell: i.value.cell, message: "平凡" })) };

  it("gives each row its own findings, error before info", () => {
    const res = checkRows([TIANJIN_ROWS[0], TIANJIN_ROWS[1], ["", "", "", "", ""], ...TIANJIN_ROWS.slice(9, 11)], { rules: [probe, loud] });
    expect(res.byRow.map((l) => l.map((x) => x.code))).toEqual([["PROBE"], ["PROBE"], [], ["LOUD", "PROBE"], ["LOUD", "PROBE"]]);
    expect(res.byRow[4].map((x) => x.message)).toEqual(["平凡", "一级=效益指标"]);
    // the rule saw the 一级 filled forward (row 1 and row 4 are blank in the sheet)
    expect(seen).toEqual(["产出指标", "产出指标", "效益指标", "效益指标"]);
    expect(res.byRow[1][0].message).toBe("一级=产出指标");
  });
});

describe("PERF.CHECK on seed rows (real rules)", () => {
  it("flags “≥0次” for a problem count as a trivial target", () => {
    const out = checkRowsMatrix(TIANJIN_ROWS, 95, 2024, null);
    expect(out).toHaveLength(TIANJIN_ROWS.length);
    expect(out.every((r) => r.length === 1)).toBe(true);
    expect(codesIn(out[TIANJIN_TRIVIAL_ROW][0])).toContain("VALUE_TRIVIAL");
    expect(out[TIANJIN_TRIVIAL_ROW][0]).toMatch(/^错误：/);
  });

  it("flags a 成本指标 written as a percentage as not money", () => {
    const out = checkRowsMatrix(ZHENGDING_ROWS, 0.67, 2023, null);
    expect(codesIn(out[ZHENGDING_COST_ROW][0])).toContain("COST_NOT_MONEY");
    expect(codesIn(out[ZHENGDING_TYPO_ROW][0])).toContain("TYPO");
  });

  it("lists a row's findings most severe first", () => {
    const out = checkRowsMatrix(ZHENGDING_ROWS, 0.67, 2023, null).map((r) => r[0]);
    expect(out.filter((v) => /\]；/.test(v)).length).toBeGreaterThan(0); // some row has several findings
    for (const verdict of out) {
      if (verdict === "✓") continue;
      // Findings are joined by "；" right after their [CODE] (messages may contain "；" themselves).
      const ranks = verdict.split(/(?<=\])；/).map((p) => ["错误", "警告", "提示"].indexOf(p.slice(0, 2)));
      expect(ranks.every((r) => r >= 0)).toBe(true);
      expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    }
  });

  it("answers blank rows with blanks and gives the same verdicts with spare rows selected", () => {
    const plain = checkRowsMatrix(ZHENGDING_ROWS, 0.67, 2023, null);
    const spaced = checkRowsMatrix([...ZHENGDING_ROWS.slice(0, 3), ["", "", "", "", "", ""], ...ZHENGDING_ROWS.slice(3), ["", "", "", "", "", ""]], 0.67, 2023, null);
    expect(spaced[3]).toEqual([""]);
    expect([...spaced.slice(0, 3), ...spaced.slice(4)]).toEqual(plain);
  });

  it("gives a per-row message for an error value in a cell and still checks the other rows", () => {
    const rows: unknown[][] = ZHENGDING_ROWS.map((r) => [...r]);
    rows[1][4] = { type: "Error", code: "#N/A" };
    const out = checkRowsMatrix(rows, null, null, null);
    expect(out[1][0]).toMatch(/错误值（指标值 #N\/A）.*\[CELL_ERROR\]/);
    expect(codesIn(out[ZHENGDING_COST_ROW][0])).toContain("COST_NOT_MONEY");
  });
});

describe("PERF.SUMMARY", () => {
  it("counts findings and lists a missing category as a table-level finding", () => {
    const withoutSatisfaction = TANGSHAN_ROWS.slice(0, 5);
    const out = summaryMatrix(withoutSatisfaction, 40, null, null);
    expect(out[0][0]).toMatch(/^共 5 行指标：错误 \d+ 条，警告 \d+ 条，提示 \d+ 条/);
    expect(out.slice(1).some((r) => codesIn(r[0]).includes("MISSING_CATEGORY") && r[0].includes("满意度"))).toBe(true);
    expect(out.every((r) => r.length === 1)).toBe(true);
  });

  it("adds the spending plan's findings when a plan is given", () => {
    const out = summaryMatrix(TANGSHAN_ROWS, 40, [PLANS.increments], null);
    expect(out.slice(1).some((r) => codesIn(r[0]).includes("SPEND_INCREMENTS"))).toBe(true);
  });
});

describe("PERF.SPENDCURVE", () => {
  it("passes a linear cumulative plan and returns the curve in %", () => {
    const out = spendCurveMatrix([PLANS.linear], null, null, null);
    expect(out[0]).toEqual(["✓ 按百分比读取", "3月底", "6月底", "10月底", "12月底"]);
    expect(out[1]).toEqual(["累计进度（%）", 25, 50, 75, 100]);
    expect(out).toHaveLength(2);
  });

  it("reads the 正定 amounts (0.55 … 2.20 = 预算数) as money and normalises them", () => {
    const out = spendCurveMatrix([PLANS.zhengdingAmounts], PLANS.zhengdingBudget, null, null);
    expect(out[0][0]).toMatch(/^✗ 按金额读取：\d+ 个问题$/);
    expect(out[1]).toEqual(["累计进度（%）", 25, 50, 75, 100]);
    expect(out.slice(2).some((r) => codesIn(String(r[0])).includes("SPEND_NOT_PERCENT"))).toBe(true);
    expect(new Set(out.map((r) => r.length)).size).toBe(1); // rectangular
  });

  it("reports per-quarter increments and accepts labels given as a range (column too)", () => {
    const out = spendCurveMatrix(PLANS.increments.map((v) => [v]), null, [["3月底", "6月底", "9月底", "12月底"]], null);
    expect(out[0].slice(1)).toEqual(["3月底", "6月底", "9月底", "12月底"]);
    expect(out.slice(2).some((r) => codesIn(String(r[0])).includes("SPEND_INCREMENTS"))).toBe(true);
  });

  it("refuses blocks, mismatched labels and error values in zh-CN", () => {
    expect(thrown(() => spendCurveMatrix([[1, 2], [3, 4]]))).toMatch(/一行（或一列）/);
    expect(thrown(() => spendCurveMatrix([PLANS.linear], null, [["3月底", "6月底"]]))).toMatch(/一一对应/);
    expect(thrown(() => spendCurveMatrix([["25%", "#N/A"]]))).toMatch(/第 2 个值是错误值 #N\/A/);
    expect(thrown(() => spendCurveMatrix(null))).toMatch(/为空/);
  });
});

describe("PERF.PARSE", () => {
  it("spills a header and kind/operator/number/unit/normalized unit/date", () => {
    const out = parseMatrix([["≥45人"]]);
    expect(out).toEqual([PARSE_HEADER, ["定量", "≥", 45, "人", expect.any(String), ""]]);
    const d = parseMatrix("2024年12月底前");
    expect(d[1][0]).toBe("日期");
    expect(d[1][5]).toBe("2024年12月底前");
    expect(parseMatrix([["≤2.7万元"], [""], ["有所提升"]]).map((r) => r[0])).toEqual(["类型", "定量", "空", "文字"]);
    expect(parseMatrix(null)).toEqual([PARSE_HEADER, ["空", "", "", "", "", ""]]);
    expect(parseMatrix([[{ code: "#N/A" }]])[1][0]).toBe("错误值 #N/A");
    const column = [["≥45人"], ["有所提升"], ...Array.from({ length: 100000 }, () => [""])];
    expect(parseMatrix(column)).toHaveLength(3); // trailing blanks of a whole-column selection are not answered
    expect(() => parseMatrix(Array.from({ length: 3000 }, () => ["1次"]))).toThrow(/超过上限 2000/);
  });
});

describe("PERF.SPENDCURVE and percent-formatted cells", () => {
  it("reads 0.1/0.25/0.5/1 (cells formatted as %) as percentages, 0.16/0.33/0.50 as typed fractions", () => {
    expect(looksPercentFormatted([0.1, 0.25, 0.5, 1])).toBe(true);
    expect(looksPercentFormatted([0.16, 0.33, 0.5])).toBe(false);
    expect(looksPercentFormatted(["0.25", "0.5", "0.75", "1"])).toBe(false);
    const pct = spendCurveMatrix([[0.1, 0.25, 0.5, 1]], 40, null, null);
    expect(pct[0][0]).toMatch(/按百分比读取/);
    expect(pct[1]).toEqual(["累计进度（%）", 10, 25, 50, 100]);
    expect(pct.slice(2).flatMap((r) => codesIn(String(r[0])))).not.toContain("SPEND_NOT_PERCENT");
    const fractions = spendCurveMatrix([[0.16, "", 0.33, 0.5]], 0.67, [["3月底", "6月底", "10月底", "12月底"]], null);
    expect(fractions[0][0]).toMatch(/按小数读取/);
    expect(fractions.slice(2).flatMap((r) => codesIn(String(r[0])))).toContain("SPEND_NOT_PERCENT");
  });
});

describe("exotic cell values", () => {
  it("treats unknown objects as error values and unprintable values as blank, without throwing", () => {
    const n = normalizeRows([["产出指标", "数量指标", [Object.create(null)], "", Object.create(null), ""]]);
    expect(n.cells[0][2]).toBe("");
    expect(n.errors[0]).toEqual(["指标值 #错误值"]);
  });
});
