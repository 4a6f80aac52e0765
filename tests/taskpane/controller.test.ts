/**
 * The pane's logic against the in-memory Excel stand-in (tests/browser/fakeExcel.js) through the real
 * Excel adapter: insertion never overwrites, text stays text, highlights are ours only, a fix is undone
 * exactly. Tests marked "reader" need src/engine/reader (another helper's module) to find tables.
 */
import { ExcelHost } from "../../src/hosts/excel";
import { PaneController } from "../../src/taskpane/controller";
import { templateGrid } from "../../src/engine/templates";
import type { Finding } from "../../src/engine";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fake = require("../browser/fakeExcel.js");

function setup(spec: unknown = {}) {
  const g: any = {};
  const wb = fake.install(g, spec);
  const host = new ExcelHost((batch) => g.Excel.run(batch));
  return { wb, host, pane: new PaneController(host) };
}
const cellOf = (wb: any, addr: string, sheet = 0) => {
  const m = /^([A-Z]+)(\d+)$/.exec(addr)!;
  let c = 0;
  for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
  return wb.sheets[sheet].cells.get(`${Number(m[2]) - 1},${c - 1}`);
};

describe("insert a template", () => {
  it("writes at the selected cell in at most two syncs, text as text, numbers as numbers, merges", async () => {
    const { wb, pane } = setup({ selection: "C3" });
    const res = await pane.insertTemplate("training", { year: 2025, example: true });
    expect(res).toMatchObject({ ok: true, sheet: "Sheet1" });
    expect(wb.syncs).toBeLessThanOrEqual(2);
    const g = templateGrid("training", { year: 2025, example: true });
    expect(cellOf(wb, "C3").v).toBe(g.cells[0][0]); // title at the selection
    expect(cellOf(wb, "E6").v).toBe(13.5); // 预算数 is a number (C3 + row 3, col 2)
    expect(cellOf(wb, "D9").v).toBeCloseTo(0.25); // plan 25% stored like Excel stores a typed percent
    expect(cellOf(wb, "D9").fmt).toBe("0%");
    expect(cellOf(wb, `G${3 + g.layout.firstIndicatorRow}`).v).toBe("≥150人");
    expect(cellOf(wb, `G${3 + g.layout.firstIndicatorRow}`).fmt).toBe("@");
    expect(wb.sheets[0].merges.length).toBe(g.merges.length);
  });

  it("never overwrites: a busy area is reported with its cells and left untouched; a new sheet works", async () => {
    const { wb, pane } = setup({ sheets: [{ name: "Sheet1", cells: [[], [], [], [], ["", "", "", "", "我的数据"]] }], selection: "A1" });
    const before = JSON.stringify([...wb.sheets[0].cells]);
    const res = await pane.insertTemplate("meeting", { year: 2025 });
    expect(res).toMatchObject({ ok: false, reason: "not-empty", conflicts: ["E5"] });
    expect(JSON.stringify([...wb.sheets[0].cells])).toBe(before);
    const res2 = await pane.insertTemplate("meeting", { year: 2025, newSheet: true });
    expect(res2).toMatchObject({ ok: true, sheet: "会议类模板", address: expect.stringMatching(/^A1:/) });
    expect(wb.sheets).toHaveLength(2);
    expect(cellOf(wb, "A9", 1).v).toBe("一级指标");
    // A second new-sheet insertion gets a unique name.
    expect(await pane.insertTemplate("meeting", { newSheet: true })).toMatchObject({ ok: true, sheet: "会议类模板(2)" });
  });

  it("a formula cell in the target counts as non-empty", async () => {
    const { pane } = setup({ sheets: [{ name: "S", cells: [[{ v: null, f: "=NOW()" }]] }], selection: "A1" });
    expect(await pane.insertTemplate("general", {})).toMatchObject({ ok: false, conflicts: ["A1"] });
  });

  it("adds live =PERF.CHECK / =PERF.SPENDCURVE formulas pointing at the inserted rows", async () => {
    const { wb, pane } = setup({ selection: "B2" });
    await pane.insertTemplate("training", { year: 2025, example: true, formulas: true });
    const g = templateGrid("training", { year: 2025, example: true });
    const r0 = 2 + g.layout.firstIndicatorRow;
    const r1 = 2 + g.layout.lastIndicatorRow;
    expect(cellOf(wb, `I${r0}`).f).toBe(`=PERF.CHECK(B${r0}:G${r1},D5,2025)`);
    expect(cellOf(wb, "I8").f).toBe("=PERF.SPENDCURVE(C8:F8,D5,C7:F7)");
  });
});

describe("fixes and undo", () => {
  const finding = (cell: string, suggestion: string): Finding => ({ code: "RATE_OVER_100", severity: "error", row: 0, cell, message: "m", suggestion });

  it("writes the suggestion as text (\"=100%\" never becomes a formula) and undo restores a formula exactly", async () => {
    const { wb, pane } = setup({ sheets: [{ name: "S", cells: [[1, { v: 2, f: "=A1*2", fmt: "0.00" }]] }] });
    await pane.check();
    await pane.applyFix(finding("B1", "=100%"));
    expect(cellOf(wb, "B1")).toMatchObject({ v: "=100%", f: null });
    expect(pane.fixes).toHaveLength(1);
    await pane.undoFix();
    expect(cellOf(wb, "B1")).toMatchObject({ f: "=A1*2", fmt: "0.00" });
    expect(pane.fixes).toHaveLength(0);
  });

  it("undo restores a percent number and its format, and text with a leading = stays text", async () => {
    const { wb, pane } = setup({ sheets: [{ name: "S", cells: [[{ v: 0.9, fmt: "0%" }, { v: "=x" }]] }] });
    await pane.applyFix(finding("A1", "≥90%"));
    expect(cellOf(wb, "A1").v).toBe("≥90%");
    await pane.undoFix();
    expect(cellOf(wb, "A1")).toMatchObject({ v: 0.9, f: null, fmt: "0%" });
    await pane.applyFix(finding("B1", "abc"));
    await pane.undoFix();
    expect(cellOf(wb, "B1")).toMatchObject({ v: "=x", f: null });
  });
});

describe("highlights", () => {
  it("标记 adds conditional formats whose ids are kept; 清除标记 removes only ours", async () => {
    const { wb, host } = setup({ sheets: [{ name: "S", cells: [["a", "b", "c"]], cfs: [{ id: "{user-cf}", address: "A1:C1", fill: "#00FF00" }] }] });
    const ids = await host.addHighlights([
      { cell: "A1", severity: "warning" },
      { cell: "A1", severity: "error" },
      { cell: "B1", severity: "info" },
    ]);
    expect(ids).toHaveLength(2);
    const cfs = wb.sheets[0].cfs;
    expect(cfs.map((c: any) => c.fill)).toEqual(["#00FF00", "#FFC7CE", "#DDEBF7"]);
    expect(JSON.parse(wb.settings.get("perfcheck.highlights")).map((h: any) => h.id)).toEqual(ids);
    // A second run adds to the stored ids (a fresh Excel.run each time).
    await host.addHighlights([{ cell: "C1", severity: "warning" }]);
    expect(await host.clearHighlights()).toBe(3);
    expect(wb.sheets[0].cfs.map((c: any) => c.id)).toEqual(["{user-cf}"]);
    expect(wb.settings.has("perfcheck.highlights")).toBe(false);
    expect(await host.clearHighlights()).toBe(0);
  });

  it("clearing survives a format the user deleted meanwhile", async () => {
    const { wb, host } = setup({ sheets: [{ name: "S", cells: [["a", "b"]] }] });
    const ids = await host.addHighlights([{ cell: "A1", severity: "error" }, { cell: "B1", severity: "error" }]);
    wb.sheets[0].cfs = wb.sheets[0].cfs.filter((c: any) => c.id !== ids[0]);
    expect(await host.clearHighlights()).toBe(1);
    expect(wb.sheets[0].cfs).toHaveLength(0);
  });
});

describe("check and profiles", () => {
  it("检查本表 reads the used range in one sync", async () => {
    const g = templateGrid("training", { year: 2025, example: true });
    const { wb, pane } = setup({ sheets: [{ name: "S", cells: g.cells, merges: g.merges.map((m) => ({ ...m })) }] });
    const before = wb.syncs;
    await pane.check();
    expect(wb.syncs - before).toBe(1);
    expect(pane.sheet).toBe("S");
  });

  it("reader: finds the inserted example table and gives no error", async () => {
    const { pane } = setup({ selection: "B3" });
    await pane.insertTemplate("meeting", { year: 2025, example: true });
    const tables = await pane.check();
    expect(tables).toHaveLength(1);
    expect(tables[0].findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(tables[0].curve?.map((p) => p.value)).toEqual([25, 50, 85, 100]);
  });

  it("a bad profile file gets a clear zh-CN message and the current profile stays", () => {
    const { pane } = setup();
    expect(pane.useBuiltinProfile("hebei").ok).toBe(true);
    const cur = pane.profile;
    const bad = pane.loadProfileText('{"satisfactionFloor": "high"}', "mine.json");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatch(/mine\.json.*satisfactionFloor[\s\S]*当前配置未改变/);
    expect(pane.profile).toBe(cur);
    expect(pane.loadProfileText("not json", "x.txt").ok).toBe(false);
    const good = pane.loadProfileText(JSON.stringify({ name: "mine", label: "我的配置", satisfactionFloor: 85 }), "mine.json");
    expect(good.ok).toBe(true);
    expect(pane.profile.satisfactionFloor).toBe(85);
    expect(pane.profileSource).toBe("文件：mine.json");
  });
});
