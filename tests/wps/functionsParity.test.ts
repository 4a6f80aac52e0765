/**
 * One shared test table, two hosts: the Excel custom functions (src/functions/functions.ts, the
 * path Excel calls) and the functions WPS registered through `wps.AddCustomFunction` must answer
 * identically for the same cells. The WPS side gets the cells the way ET gives them (blanks as
 * undefined, sometimes a Range object instead of values); the Excel side the way Excel does
 * (blanks as "", omitted optionals as null).
 *
 * The answers themselves come from the engine (reader, rules, spend) through the shared adapters;
 * this file checks that the two shells add nothing and lose nothing.
 */
import { createFakeWps, type FakeValue } from "./fakeWps";
import { ZHENGDING_PLANS, ZHENGDING_ROWS } from "./sampleTable";
import * as excel from "../../src/functions/functions";
import { FUNCTION_DEFS } from "../../src/functions";
import { NO_CUSTOM_FUNCTIONS_MESSAGE, registerWpsFunctions } from "../../src/wps/functions";
import type { WpsGlobal } from "../../src/hosts/wpsOm";

type Fn = (...args: unknown[]) => unknown;

/** Excel's answer: the spilled array, or the #VALUE! message as a 1×1 block (how WPS shows it). */
function excelAnswer(fn: Fn, ...args: unknown[]): unknown {
  try {
    return fn(...args);
  } catch (e) {
    return [[(e as Error).message]];
  }
}

const asExcel = (rows: FakeValue[][]) => rows.map((r) => Array.from({ length: 6 }, (_, i) => r[i] ?? ""));
const LABELS = [["3月底", "6月底", "10月底", "12月底"]];

function setup() {
  const fake = createFakeWps({ sheets: [{ name: "正定", cells: ZHENGDING_ROWS, merges: [] }] });
  const status = registerWpsFunctions(fake.wps as unknown as WpsGlobal);
  const wps = (name: string) => {
    const fn = fake.registered.get(`PERF.${name}`);
    if (!fn) throw new Error(`PERF.${name} not registered`);
    return fn;
  };
  return { fake, status, wps };
}

describe("registration", () => {
  it("registers every function of FUNCTION_DEFS under PERF with ASCII names", () => {
    const { fake, status } = setup();
    expect(status.ok).toBe(true);
    expect(FUNCTION_DEFS.map((d) => d.name).sort()).toEqual(["CHECK", "PARSE", "SPENDCURVE", "SUMMARY"]);
    expect([...fake.registered.keys()].sort()).toEqual(["PERF.CHECK", "PERF.PARSE", "PERF.SPENDCURVE", "PERF.SUMMARY"]);
    if (status.ok) expect(status.failed).toEqual([]);
  });

  it("reports, without throwing, when this WPS has no AddCustomFunction", () => {
    const fake = createFakeWps({ customFunctions: false });
    const status = registerWpsFunctions(fake.wps as unknown as WpsGlobal);
    expect(status).toEqual({ ok: false, namespace: "PERF", registered: [], message: NO_CUSTOM_FUNCTIONS_MESSAGE });
    expect(registerWpsFunctions(undefined).ok).toBe(false);
  });

  it("keeps registering the others when WPS refuses one", () => {
    const fake = createFakeWps();
    let n = 0;
    const wpsGlobal = {
      ...fake.wps,
      AddCustomFunction: (ns: string, name: string, fn: Fn) => {
        if (n++ === 1) throw new Error("busy");
        (fake.wps.AddCustomFunction as (a: string, b: string, c: Fn) => void)(ns, name, fn);
      },
    } as unknown as WpsGlobal;
    const status = registerWpsFunctions(wpsGlobal);
    expect(status.ok && status.failed.length).toBe(1);
    expect(fake.registered.size).toBe(3);
  });
});

describe("same answers in Excel and WPS for the same cells", () => {
  it("PERF.CHECK over the seed rows, with and without 预算数/年度", () => {
    const { wps } = setup();
    const excelRows = asExcel(ZHENGDING_ROWS);
    for (const args of [[null, null, null], [0.67, 2023, null], ["0.67万元", "2023", "hebei"]]) {
      const fromExcel = excelAnswer(excel.check as Fn, excelRows, ...args);
      const fromWps = wps("CHECK")(ZHENGDING_ROWS, ...args.map((a) => (a === null ? undefined : a)));
      expect(fromWps).toEqual(fromExcel);
      expect(Array.isArray(fromWps) && (fromWps as unknown[]).length).toBe(ZHENGDING_ROWS.length);
    }
  });

  it("PERF.CHECK given the Range object some WPS builds pass, instead of its values", () => {
    const { fake, wps } = setup();
    const range = fake.sheets[0].Range("A1:F8");
    expect(wps("CHECK")(range, 0.67, 2023)).toEqual(excelAnswer(excel.check as Fn, asExcel(ZHENGDING_ROWS), 0.67, 2023, null));
  });

  it("PERF.SPENDCURVE over the three 正定 plans (fractions, a decreasing plan, amounts equal to 预算数)", () => {
    const { wps } = setup();
    for (const { plan, budget } of ZHENGDING_PLANS) {
      const excelPlan = [plan.map((v) => v ?? "")];
      const fromExcel = excelAnswer(excel.spendcurve as Fn, excelPlan, budget, LABELS, null);
      expect(wps("SPENDCURVE")([plan], budget, LABELS)).toEqual(fromExcel);
      expect(wps("SPENDCURVE")([plan])).toEqual(excelAnswer(excel.spendcurve as Fn, excelPlan, null, null, null));
    }
  });

  it("PERF.PARSE over the seed values", () => {
    const { wps } = setup();
    const values = ZHENGDING_ROWS.map((r) => [r[4]]);
    expect(wps("PARSE")(values)).toEqual(excelAnswer(excel.parse as Fn, values.map((r) => [r[0] ?? ""])));
    expect(wps("PARSE")("≥45人")).toEqual(excelAnswer(excel.parse as Fn, "≥45人"));
  });

  it("PERF.SUMMARY with rows, 预算数 and plan", () => {
    const { wps } = setup();
    const { plan, budget } = ZHENGDING_PLANS[0];
    const fromExcel = excelAnswer(excel.summary as Fn, asExcel(ZHENGDING_ROWS), budget, [plan.map((v) => v ?? "")], null);
    expect(wps("SUMMARY")(ZHENGDING_ROWS, budget, [plan])).toEqual(fromExcel);
  });

  it("bad input: the same zh-CN sentence, returned as text by WPS instead of thrown", () => {
    const { wps } = setup();
    const badBudget = [[1, 2]];
    const fromExcel = excelAnswer(excel.check as Fn, asExcel(ZHENGDING_ROWS), badBudget, null, null) as string[][];
    const fromWps = wps("CHECK")(ZHENGDING_ROWS, badBudget) as string[][];
    expect(fromWps).toEqual(fromExcel);
    expect(fromWps[0][0]).toMatch(/预算数/);
    expect(() => wps("CHECK")(undefined)).not.toThrow();
    expect(() => wps("SPENDCURVE")({ weird: true })).not.toThrow();
  });
});
