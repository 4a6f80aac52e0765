/**
 * The BUILT bundle, as Excel loads it: dist/functions.js runs in a fresh VM context with stand-in
 * `CustomFunctions` and `Office` globals; each function is called through what the bundle registered
 * with `CustomFunctions.associate` (the calls the metadata plugin appended at build time).
 *
 * Depends on the engine modules the sources test names (reader, values, rules, spend): the seed-row
 * answers come from them.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { DIST, ensureExcelBuild } from "./excelBuild";
import { PLANS, TIANJIN_ROWS, TIANJIN_TRIVIAL_ROW, ZHENGDING_COST_ROW, ZHENGDING_ROWS } from "./seedRows";

type Fn = (...args: unknown[]) => unknown;

/** The stand-in of Excel's CustomFunctions.Error: keeps the code and the message Excel would show. */
class StandInError extends Error {
  constructor(
    public code: string,
    message?: string,
  ) {
    super(message ?? "");
  }
}

const ErrorCode = { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" };

interface Loaded {
  registered: Map<string, Fn>;
  context: vm.Context;
}

function load(globals: Record<string, unknown> = {}): Loaded {
  const registered = new Map<string, Fn>();
  const sandbox: Record<string, unknown> = {
    console,
    CustomFunctions: {
      associate: (id: string, fn: Fn) => registered.set(id, fn),
      Error: StandInError,
      ErrorCode,
    },
    Office: { onReady: (cb?: (info: { host: null; platform: null }) => void) => (cb?.({ host: null, platform: null }), Promise.resolve({ host: null, platform: null })) },
    ...globals,
  };
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  const context = vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(path.join(DIST, "functions.js"), "utf8"), context, { filename: "functions.js" });
  return { registered, context };
}

let fns: Map<string, Fn>;
const call = (id: string, ...args: unknown[]) => {
  const fn = fns.get(id);
  if (!fn) throw new Error(`${id} was not registered by the bundle`);
  return fn(...args);
};
/** The CustomFunctions.Error the function threw (fails the test when it returned instead). */
function excelError(id: string, ...args: unknown[]): StandInError {
  try {
    const r = call(id, ...args);
    throw new Error(`expected an error, got ${JSON.stringify(r).slice(0, 200)}`);
  } catch (e) {
    // Thrown inside the VM: the class is ours (passed in), so instanceof holds.
    if (!(e instanceof StandInError)) throw e;
    return e;
  }
}
const codesIn = (text: unknown) => [...String(text).matchAll(/\[([A-Z0-9_]+)\]/g)].map((m) => m[1]);

beforeAll(() => {
  ensureExcelBuild();
  fns = load().registered;
}, 300_000);

describe("dist/functions.js registration", () => {
  it("registers exactly the four PERF functions, each a function", () => {
    expect([...fns.keys()].sort()).toEqual(["CHECK", "PARSE", "SPENDCURVE", "SUMMARY"]);
    for (const fn of fns.values()) expect(typeof fn).toBe("function");
  });

  it("loads without a CustomFunctions runtime (task pane opened in a plain browser) without throwing", () => {
    const sandbox: Record<string, unknown> = { console };
    sandbox.self = sandbox;
    const context = vm.createContext(sandbox);
    expect(() => vm.runInContext(fs.readFileSync(path.join(DIST, "functions.js"), "utf8"), context)).not.toThrow();
  });

  it("is a self-contained script of reasonable size (no CDN, no network)", () => {
    const src = fs.readFileSync(path.join(DIST, "functions.js"), "utf8");
    // zod carries json-schema.org $schema identifiers (never fetched); any other host would be a CDN/network use.
    const hosts = [...src.matchAll(/https?:\/\/([a-z0-9.-]+)/gi)].map((m) => m[1]).filter((h) => h !== "localhost" && h !== "json-schema.org");
    expect(hosts).toEqual([]);
    expect(src.match(/\bfetch\(|XMLHttpRequest|importScripts|WebSocket/g)).toBeNull();
    const kb = fs.statSync(path.join(DIST, "functions.js")).size / 1024;
    expect(kb).toBeLessThan(1024);
  });
});

describe("shared runtime: one engine for the pane and the functions", () => {
  const paneBundle = path.join(DIST, "taskpane.js");
  it("taskpane.js reuses functions.js's modules instead of carrying its own engine", () => {
    const functionsJs = fs.readFileSync(path.join(DIST, "functions.js"), "utf8");
    const paneJs = fs.readFileSync(paneBundle, "utf8");
    // A string only the engine's built-in profiles contain: present once, in functions.js.
    const marker = "通用（传统框架";
    expect(functionsJs).toContain(marker);
    expect(paneJs).not.toContain(marker);
  });
});

describe("PERF.CHECK through the bundle", () => {
  it("answers each seed row; “≥0次” for a problem count is trivial", () => {
    const out = call("CHECK", TIANJIN_ROWS, 95, 2024, null) as string[][];
    expect(out).toHaveLength(TIANJIN_ROWS.length);
    expect(codesIn(out[TIANJIN_TRIVIAL_ROW][0])).toContain("VALUE_TRIVIAL");
  });

  it("a 成本指标 “≥95%” is not money; null optionals are fine", () => {
    const out = call("CHECK", ZHENGDING_ROWS, null, null, null) as string[][];
    expect(codesIn(out[ZHENGDING_COST_ROW][0])).toContain("COST_NOT_MONEY");
  });

  it("blank rows give blanks, an #N/A cell gives a per-row message", () => {
    const rows: unknown[][] = [...ZHENGDING_ROWS.map((r) => [...r]), ["", "", "", "", "", ""]];
    rows[0][4] = { type: "Error", code: "#N/A" };
    const out = call("CHECK", rows, null, null, null) as string[][];
    expect(out[0][0]).toMatch(/#N\/A.*\[CELL_ERROR\]/);
    expect(out).toHaveLength(ZHENGDING_ROWS.length); // the trailing blank row is not spilled
  });

  it("bad input becomes #VALUE! with a zh-CN message, never a raw exception", () => {
    const cases: [unknown[], RegExp][] = [
      [[[["≥45人"]]], /至少 4 列/],
      [[null], /为空/],
      [[ZHENGDING_ROWS, "很多钱"], /预算数/],
      [[ZHENGDING_ROWS, null, "明年"], /四位年份/],
      [[ZHENGDING_ROWS, null, null, "no-such-profile"], /配置/],
      [[Array.from({ length: 10000 }, () => ZHENGDING_ROWS[0])], /超过上限/],
      [[ZHENGDING_ROWS, [[1, 2]]], /单个单元格/],
    ];
    for (const [args, msg] of cases) {
      const e = excelError("CHECK", ...args);
      expect(e.code).toBe(ErrorCode.invalidValue);
      expect(e.message).toMatch(msg);
      expect(e.message.length).toBeLessThanOrEqual(250);
    }
  });
});

describe("PERF.SPENDCURVE, PERF.PARSE, PERF.SUMMARY through the bundle", () => {
  it("SPENDCURVE: ✓ and the curve for a cumulative % plan; amounts recognised by 预算数", () => {
    expect(call("SPENDCURVE", [PLANS.linear], null, null, null)).toEqual([
      ["✓ 按百分比读取", "3月底", "6月底", "10月底", "12月底"],
      ["累计进度（%）", 25, 50, 75, 100],
    ]);
    const amounts = call("SPENDCURVE", [PLANS.zhengdingAmounts], PLANS.zhengdingBudget, null, null) as unknown[][];
    expect(amounts[0][0]).toMatch(/按金额读取/);
    expect(amounts.slice(2).flatMap((r) => codesIn(r[0]))).toContain("SPEND_NOT_PERCENT");
    expect(excelError("SPENDCURVE", [[1, 2], [3, 4]]).message).toMatch(/一行（或一列）/);
  });

  it("PARSE: 2×6 for one value", () => {
    const out = call("PARSE", [["≥45人"]]) as unknown[][];
    expect(out).toHaveLength(2);
    expect(out[0]).toEqual(["类型", "运算符", "数值", "单位", "规范单位", "日期"]);
    expect(out[1].slice(0, 4)).toEqual(["定量", "≥", 45, "人"]);
  });

  it("SUMMARY: count line first, then table-level findings", () => {
    const out = call("SUMMARY", ZHENGDING_ROWS.slice(0, 4), 0.67, null, null) as string[][];
    expect(out[0][0]).toMatch(/^共 4 行指标/);
    expect(out.slice(1).flatMap((r) => codesIn(r[0]))).toContain("MISSING_CATEGORY");
  });
});
