/**
 * The Excel host on older Excel, in Node over the in-memory stand-in (tests/browser/fakeExcel.js) with its
 * `excelApi` cap: every API above the cap throws "ApiNotFound", so an unguarded call fails here. The fallbacks
 * must write exactly what the full API writes (cell for cell), and what cannot be done is refused in zh-CN
 * before anything is written.
 */
import { ExcelHost } from "../../src/hosts/excel";
import { NO_CLEAR_MESSAGE, NO_FORMULAS_MESSAGE, NO_MARKS_MESSAGE } from "../../src/hosts/excelApi";
import { PaneController } from "../../src/taskpane/controller";
import { listTemplates } from "../../src/engine/templates";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fake = require("../browser/fakeExcel.js");

function setup(spec: Record<string, unknown> = {}) {
  const g: any = {};
  const wb = fake.install(g, spec);
  const supports = (v: string) => g.Office.context.requirements.isSetSupported("ExcelApi", v);
  const host = new ExcelHost((batch) => g.Excel.run(batch), supports("1.13"), supports);
  return { wb, host, pane: new PaneController(host) };
}

const cells = (wb: any, sheet = 0) => [...wb.sheets[sheet].cells.entries()].map(([k, c]: [string, any]) => [k, c.v, c.f, c.fmt]).sort();

describe("insert on ExcelApi 1.1 (Excel 2016)", () => {
  it.each(listTemplates().map((t) => t.key))("%s: the same cells, values and formats as with the full API, at the selection", async (key) => {
    const full = setup({ selection: "C4" });
    const old = setup({ selection: "C4", excelApi: "1.1" });
    const a = await full.pane.insertTemplate(key, { year: 2025, example: true });
    const b = await old.pane.insertTemplate(key, { year: 2025, example: true });
    expect(b).toEqual(a);
    expect(cells(old.wb)).toEqual(cells(full.wb));
    expect(old.wb.apiRefused ?? []).toEqual([]);
    // What 1.1 cannot do is left out, not half-done.
    expect(old.wb.sheets[0].merges).toEqual([]);
    expect(full.wb.sheets[0].merges.length).toBeGreaterThan(0);
  });

  it("a busy area is still refused with its cells named", async () => {
    const { pane, wb } = setup({ sheets: [{ name: "Sheet1", cells: [[], [], [], [], ["", "", "", "", "我的数据"]] }], selection: "A1", excelApi: "1.1" });
    expect(await pane.insertTemplate("meeting", { year: 2025 })).toMatchObject({ ok: false, reason: "not-empty", conflicts: ["E5"] });
    expect(wb.sheets[0].cells.size).toBe(1);
    expect(await pane.insertTemplate("meeting", { year: 2025, newSheet: true })).toMatchObject({ ok: true, sheet: "会议类模板" });
  });

  it("live check formulas are refused in zh-CN before anything is written", async () => {
    const { pane, wb } = setup({ selection: "B2", excelApi: "1.1" });
    await expect(pane.insertTemplate("training", { year: 2025, formulas: true })).rejects.toThrow(NO_FORMULAS_MESSAGE);
    expect(wb.sheets[0].cells.size).toBe(0);
    expect(wb.syncs).toBe(0);
  });
});

describe("marks on older Excel", () => {
  async function checkedSheet(excelApi?: string) {
    const s = setup({ selection: "A1", ...(excelApi ? { excelApi } : {}) });
    const inserted = setup({ selection: "A1" });
    await inserted.pane.insertTemplate("training", { year: 2025, example: true });
    // The same sheet content in the capped workbook, with one value made wrong and a user's own format.
    for (const [k, c] of inserted.wb.sheets[0].cells) s.wb.sheets[0].cells.set(k, { ...c });
    s.wb.sheets[0].merges = inserted.wb.sheets[0].merges.slice();
    s.wb.sheets[0].cfs.push({ id: "{user-cf}", type: "Custom", range: { top: 0, left: 0, bottom: 1, right: 0 }, formula: "=TRUE", fill: "#00FF00", owner: "user" });
    const first = [...s.wb.sheets[0].cells.entries()].find(([, c]: [string, any]) => c.v === "≥150人")!;
    s.wb.sheets[0].cells.set(first[0], { ...first[1], v: "很多人" });
    await s.pane.check();
    return s;
  }

  it("ExcelApi 1.1–1.5: 标记 and 清除标记 say what this Excel cannot do, and change nothing", async () => {
    for (const api of ["1.1", "1.5"]) {
      const { pane, wb } = await checkedSheet(api);
      const findings = pane.tables.flatMap((t) => t.findings);
      expect(findings.length).toBeGreaterThan(0);
      await expect(pane.host.addHighlights(findings.map((f) => ({ cell: f.cell!, severity: f.severity })).filter((h) => h.cell))).rejects.toThrow(NO_MARKS_MESSAGE);
      await expect(pane.host.clearHighlights()).rejects.toThrow(NO_CLEAR_MESSAGE);
      expect(wb.sheets[0].cfs.map((c: any) => c.id)).toEqual(["{user-cf}"]);
      expect(wb.apiRefused ?? []).toEqual([]);
    }
  });

  it("ExcelApi 1.6–1.13: marks are added and 清除标记 removes only ours without getItemOrNullObject", async () => {
    const { pane, wb } = await checkedSheet("1.6");
    const highlights = pane.tables.flatMap((t) => t.findings).filter((f) => f.cell).map((f) => ({ cell: f.cell!, severity: f.severity }));
    const ids = await pane.host.addHighlights(highlights);
    expect(ids.length).toBeGreaterThan(0);
    expect(wb.sheets[0].cfs.length).toBe(ids.length + 1);
    // The user deletes one of ours meanwhile: the clear skips it.
    wb.sheets[0].cfs = wb.sheets[0].cfs.filter((c: any) => c.id !== ids[0]);
    expect(await pane.host.clearHighlights()).toBe(ids.length - 1);
    expect(wb.sheets[0].cfs.map((c: any) => c.id)).toEqual(["{user-cf}"]);
    expect(wb.apiRefused ?? []).toEqual([]);
  });
});
