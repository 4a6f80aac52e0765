/**
 * Arguments as the hosts really pass them. Excel with allowCustomDataForDataTypeAny hands data-type values
 * (Excel.CellValue: {type:"Double", basicValue}, {type:"Entity", text, properties}, {type:"Error", errorType} …)
 * for cells and inside ranges; WPS hands arrays, scalars, or a Range-like object carrying Value2. Each shape must
 * give the same answer as the plain value it stands for, and an error value must be named as such.
 *
 * Depends on: src/functions (coerce.ts and the four bodies), src/wps/functions.ts (wpsFunction), and through them
 * the engine's checkRows, planCurve and parseValue.
 */
import { cellError, cellValue, checkRowsMatrix, parseMatrix, spendCurveMatrix, summaryMatrix } from "../../src/functions";
import { wpsArg, wpsFunction } from "../../src/wps/functions";
import { PLANS, ZHENGDING_ROWS, ZHENGDING_TYPO_ROW } from "./seedRows";

const double = (n: number) => ({ type: "Double", basicValue: n });
const formatted = (n: number, numberFormat = "0%") => ({ type: "FormattedNumber", basicValue: n, numberFormat });
const str = (s: string) => ({ type: "String", basicValue: s });
const entity = (text: string) => ({ type: "Entity", text, basicType: "Error", basicValue: "#VALUE!", properties: { 名称: { type: "String", basicValue: text } } });
const error = (errorType: string, basicValue?: string) => ({ type: "Error", errorType, ...(basicValue ? { basicValue } : {}) });

/** The seed rows with every cell as a data-type value: text as String (一级 as an Entity), numbers as Double. */
function asDataTypes(rows: unknown[][]): unknown[][] {
  return rows.map((r) => r.map((v, c) => (typeof v === "number" ? double(v) : c === 0 && v ? entity(String(v)) : str(String(v ?? "")))));
}

describe("Excel data-type values (allowCustomDataForDataTypeAny)", () => {
  it("reads each cell type as the plain value it shows", () => {
    expect(cellValue(double(12))).toBe(12);
    expect(cellValue(formatted(0.25))).toBe(0.25);
    expect(cellValue(str("≥45人"))).toBe("≥45人");
    expect(cellValue({ type: "Boolean", basicValue: true })).toBe("TRUE");
    expect(cellValue({ type: "Empty", basicValue: "" })).toBe("");
    expect(cellValue(entity("产出指标"))).toBe("产出指标");
    expect(cellValue({ type: "LinkedEntity", text: "唐山市", id: { entityId: "x" }, basicValue: "#VALUE!" })).toBe("唐山市");
    expect(cellValue({ type: "WebImage", address: "https://example.invalid/a.png", altText: "图" })).toBe("图");
    // An entity's basicValue is #VALUE!: it is not an error cell.
    expect(cellError(entity("产出指标"))).toBeNull();
    expect(cellError(double(1))).toBeNull();
  });

  it("names error values by their literal, from basicValue or errorType", () => {
    expect(cellError(error("NotAvailable", "#N/A"))).toBe("#N/A");
    expect(cellError(error("Div0"))).toBe("#DIV/0!");
    expect(cellError(error("GettingData"))).toBe("#GETTING_DATA");
    expect(cellError(error("Busy"))).toBe("#BUSY!");
    expect(cellError(error("Placeholder"))).toBe("#错误值");
    // CustomFunctions.Error-like objects (allowErrorForDataTypeAny) keep working.
    expect(cellError({ code: "#REF!", message: "" })).toBe("#REF!");
    expect(cellValue(error("Value", "#VALUE!"))).toBe("");
  });

  it("=PERF.CHECK answers a range of data-type values exactly as the plain range", () => {
    const plain = checkRowsMatrix(ZHENGDING_ROWS, 0.67, 2023);
    expect(checkRowsMatrix(asDataTypes(ZHENGDING_ROWS), double(0.67), double(2023))).toEqual(plain);
    expect(checkRowsMatrix(asDataTypes(ZHENGDING_ROWS), [[formatted(0.67, "0.00")]], str("2023年"))).toEqual(plain);
    expect(plain[ZHENGDING_TYPO_ROW][0]).toContain("[TYPO]");
  });

  it("an error value inside the range is reported on its row, the other rows unchanged", () => {
    const rows: unknown[][] = ZHENGDING_ROWS.map((r) => [...r]);
    rows[1][4] = error("NotAvailable", "#N/A");
    const plain = checkRowsMatrix(ZHENGDING_ROWS, 0.67, 2023);
    const out = checkRowsMatrix(rows, 0.67, 2023);
    expect(out[1][0]).toMatch(/^错误：单元格是错误值（指标值 #N\/A）.*\[CELL_ERROR\]/);
    expect(out.filter((_, i) => i !== 1)).toEqual(plain.filter((_, i) => i !== 1));
    // The error cell reads as blank, as an error object always did: the same answer as a legacy error object.
    const legacy: unknown[][] = ZHENGDING_ROWS.map((r) => [...r]);
    legacy[1][4] = { code: "#N/A" };
    expect(out).toEqual(checkRowsMatrix(legacy, 0.67, 2023));
  });

  it("trailing Empty values are blank rows, dropped like blank cells", () => {
    const empty = { type: "Empty", basicValue: "" };
    const rows = [...ZHENGDING_ROWS, ZHENGDING_ROWS[0].map(() => empty), ZHENGDING_ROWS[0].map(() => empty)];
    expect(checkRowsMatrix(rows, 0.67, 2023)).toEqual(checkRowsMatrix(ZHENGDING_ROWS, 0.67, 2023));
  });

  it("an error value as 预算数 or year is refused with its literal", () => {
    expect(checkRowsMatrix.bind(null, ZHENGDING_ROWS, error("Div0"))).toThrow(/预算数（budget）所在单元格是错误值 #DIV\/0!/);
    expect(checkRowsMatrix.bind(null, ZHENGDING_ROWS, 0.67, error("NotAvailable", "#N/A"))).toThrow(/年度（year）所在单元格是错误值 #N\/A/);
  });

  it("=PERF.SPENDCURVE reads FormattedNumber and Double plans, and an Array value, like plain numbers", () => {
    const pct = [[0.25, 0.5, 0.75, 1]];
    const plain = spendCurveMatrix(pct, 9);
    expect(spendCurveMatrix([pct[0].map((v) => formatted(v))], double(9))).toEqual(plain);
    expect(spendCurveMatrix({ type: "Array", elements: [pct[0].map(double)] }, 9)).toEqual(plain);
    expect(spendCurveMatrix.bind(null, [[0.25, error("Ref", "#REF!"), 0.75, 1]])).toThrow(/第 2 个值是错误值 #REF!/);
  });

  it("=PERF.PARSE parses an entity's text and names an error value", () => {
    expect(parseMatrix(entity("≥45人"))).toEqual(parseMatrix("≥45人"));
    expect(parseMatrix([[str("2025年12月31日前"), error("NotAvailable", "#N/A")]])[2][0]).toBe("错误值 #N/A");
  });

  it("=PERF.SUMMARY takes a profile given as a String value", () => {
    expect(summaryMatrix(asDataTypes(ZHENGDING_ROWS), double(0.67), null, str("hebei"))).toEqual(summaryMatrix(ZHENGDING_ROWS, 0.67, null, "hebei"));
  });
});

describe("WPS arguments", () => {
  const check = wpsFunction("CHECK");
  const spend = wpsFunction("SPENDCURVE");
  const excel = checkRowsMatrix(ZHENGDING_ROWS, 0.67, 2023, "hebei");

  it("arrays with undefined for blank cells, scalars and omitted optionals give Excel's answer", () => {
    const withUndefined = ZHENGDING_ROWS.map((r) => r.map((v) => (v === "" ? undefined : v)));
    expect(check(withUndefined, 0.67, 2023, "hebei")).toEqual(excel);
    expect(check(ZHENGDING_ROWS)).toEqual(checkRowsMatrix(ZHENGDING_ROWS));
    expect(wpsArg(undefined)).toBeNull();
  });

  it("a Range-like object is read through its Value2: a block as rows, one cell as a scalar", () => {
    expect(check({ Value2: ZHENGDING_ROWS }, { Value2: 0.67 }, { Value2: 2023 }, { Value2: "hebei" })).toEqual(excel);
    expect(spend({ Value2: [PLANS.linear] }, { Value2: 9 })).toEqual(spendCurveMatrix([PLANS.linear], 9));
  });

  it("a one-dimensional row for a plan reads as one row", () => {
    expect(spend([0.25, 0.5, 0.75, 1], 9)).toEqual(spendCurveMatrix([[0.25, 0.5, 0.75, 1]], 9));
  });

  it("bad input comes back as one cell of zh-CN text, never thrown", () => {
    const out = check([["≥45人"]]);
    expect(out).toHaveLength(1);
    expect(out[0][0]).toMatch(/只有 1 列/);
  });
});
