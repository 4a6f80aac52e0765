/**
 * The engine's spend curve (src/engine/spend/planCurve.ts): the curve the pane, the web checker and =PERF.SPENDCURVE
 * draw, and its findings, must be the SPEND_* findings a table check gives — same codes, messages and severities
 * (lump-sum projects and profile overrides included) — read from the same input (tableSpendInput).
 *
 * Depends on: the seed tables (tests/rules/table/seedTables.ts) through the table builder, checkTable and the
 * SPEND_* rules.
 */
import { buildTable } from "../helpers/tableBuilder";
import { cfd5, cfd8, cfd9, ts1, ts3, ts4, zd1, zd2, zd3 } from "../rules/table/seedTables";
import { DEFAULT_PROFILE, checkTable, getBuiltinProfile, planCurve, tablePlanCurve, tableSpendInput, type Finding, type Profile } from "../../src/engine";

const spendOf = (fs: Finding[]) => fs.filter((f) => f.code.startsWith("SPEND_"));
/** A finding without where it points: a curve off the sheet has no cells, and a whole-row suggestion is one per cell in a table. */
const what = (f: Finding) => ({ code: f.code, severity: f.severity, message: f.message });
/** The distinct findings in a fixed order: a table check orders by cell, the curve by severity alone. */
const distinct = (fs: Finding[]) => [...new Set(fs.map((f) => JSON.stringify(what(f))))].sort();

describe("tablePlanCurve", () => {
  const lumpSum = { ...ts3, name: "购置办公设备", title: "10.购置办公设备绩效目标表", budget: "0.70", fiscal: "0.70" };
  const cases = { ts1, ts3, ts4, zd1, zd2, zd3, cfd5, cfd8, cfd9, lumpSum };

  test.each(Object.entries(cases))("%s: the curve's findings are the table check's SPEND_* findings", (_, spec) => {
    for (const profile of [DEFAULT_PROFILE, getBuiltinProfile("hebei")!]) {
      const table = buildTable(spec);
      const curve = tablePlanCurve(table, profile)!;
      expect(curve).not.toBeNull();
      expect(distinct(curve.findings)).toEqual(distinct(spendOf(checkTable(table, { profile }))));
      expect(curve.findings.every((f) => f.cell === null && f.row === null)).toBe(true);
      expect(curve.points).toHaveLength(table.plan!.points.length);
      expect(curve.points.map((p) => p.label)).toEqual(table.plan!.points.map((p) => p.label.text));
    }
  });

  test("a lump-sum project's plan is read as one (the pane's chart and the rules agree)", () => {
    const input = tableSpendInput(buildTable(lumpSum), DEFAULT_PROFILE)!;
    expect(input.lumpSum).toBe(true);
    expect(tableSpendInput(buildTable(ts3), DEFAULT_PROFILE)!.lumpSum).toBe(false);
    const sev = tablePlanCurve(buildTable(lumpSum), DEFAULT_PROFILE)!.findings.find((f) => f.code === "SPEND_BACKLOADED")?.severity;
    expect(sev).toBe("info");
  });

  test("no plan, or a plan label without points: no curve", () => {
    expect(tablePlanCurve(buildTable({ ...ts1, plan: null }), DEFAULT_PROFILE)).toBeNull();
    expect(tableSpendInput(buildTable({ ...ts1, plan: null }), DEFAULT_PROFILE)).toBeNull();
  });
});

describe("planCurve", () => {
  test("findings are most severe first and a code the profile turns off is left out", () => {
    const values = ["10%", "20%", "15%", "90%"];
    const all = planCurve({ values, profile: DEFAULT_PROFILE }).findings;
    const order = { error: 0, warning: 1, info: 2 };
    expect(all.length).toBeGreaterThan(1);
    expect(all.map((f) => order[f.severity])).toEqual([...all.map((f) => order[f.severity])].sort((a, b) => a - b));
    const code = all[0].code;
    const off: Profile = { ...DEFAULT_PROFILE, severity: { [code]: "off" } };
    expect(planCurve({ values, profile: off }).findings.map((f) => f.code)).not.toContain(code);
    const demoted: Profile = { ...DEFAULT_PROFILE, severity: { [code]: "info" } };
    expect(planCurve({ values, profile: demoted }).findings.find((f) => f.code === code)?.severity).toBe("info");
  });

  test("points are named by the labels, else the profile's checkpoints", () => {
    expect(planCurve({ values: ["25%", "50%"], labels: ["一季度", "二季度"], profile: DEFAULT_PROFILE }).points.map((p) => p.label)).toEqual(["一季度", "二季度"]);
    expect(planCurve({ values: ["25%", "50%", "75%", "100%"], profile: DEFAULT_PROFILE }).points.map((p) => p.label)).toEqual(DEFAULT_PROFILE.spend.checkpoints.map((c) => c.label));
  });
});
