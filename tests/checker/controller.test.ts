/**
 * The web checker's controller (src/checker/controller.ts) in Node, on the worker's own service through the inline
 * backend: files checked in order with the engine's findings, the progress lines in the CLI's words at every file
 * (injected clock), a re-check with another profile from the kept bytes, and the marked copy.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { checkWorkbook, getBuiltinProfile, type CheckOptions } from "../../src/engine";
import { loadProfile } from "../../src/engine/profiles";
import { progressText } from "../../src/engine/progressText";
import { workbookToGrids } from "../../src/xlsx/xlsxGrid";
import { CheckerController, InlineBackend, type Clock, type FileSource, type OpenedFile } from "../../src/checker/controller";
import { RESULT_SHEET } from "../../src/checker/mark";

const FIXTURES = path.resolve(__dirname, "..", "fixtures");
const seeds = fs.readdirSync(FIXTURES).filter((f) => /^\d{3}_.*\.xlsx$/.test(f)).sort();

function source(file: string, name = path.basename(file)): FileSource {
  return { name, arrayBuffer: async () => new Uint8Array(fs.readFileSync(file)).buffer };
}

async function engineFindings(file: string, options: CheckOptions = {}) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
  return checkWorkbook(workbookToGrids(wb), options).flatMap((s) => s.tables.map((t) => ({ sheet: s.sheet, range: t.table.range, findings: t.findings })));
}

/** A clock that advances 1 s each time it is read, and never ticks on its own. */
function steppingClock(): Clock {
  let t = 0;
  return { now: () => (t += 1000), every: () => () => undefined };
}

function harness(clock: Clock = steppingClock()) {
  const progress: (string | null)[] = [];
  const checked: OpenedFile[] = [];
  const added: string[] = [];
  const backend = new InlineBackend();
  const controller = new CheckerController(Promise.resolve(backend), { added: (f) => added.push(...f.map((x) => x.name)), checked: (f) => checked.push(f), progress: (t) => progress.push(t) }, clock);
  return { controller, progress, checked, added, backend };
}

test("files are checked in order with the engine's findings; the progress says files done/total, current file, elapsed, estimate", async () => {
  const h = harness();
  const files = seeds.slice(0, 3);
  await h.controller.open(
    files.map((f) => source(path.join(FIXTURES, f))),
    {},
  );
  expect(h.backend.inWorker).toBe(false);
  expect(h.added).toEqual(files);
  expect(h.checked.map((f) => f.name)).toEqual(files);
  for (const f of h.checked) {
    const view = f.view!;
    if (!view.ok) throw new Error(view.reason);
    const expected = await engineFindings(path.join(FIXTURES, f.name));
    expect(view.tables.map((t) => ({ sheet: t.sheet, range: t.range, findings: t.findings }))).toEqual(expected);
  }
  // Spend curves for the tables with a plan (the 唐山 layout has one).
  expect(h.checked.flatMap((f) => (f.view?.ok ? f.view.tables : [])).filter((t) => t.curve && t.curve.some((p) => p.value !== null)).length).toBeGreaterThan(0);
  // The clock advances 1 s per reading and starts once: before each file and after each, in the shared wording.
  const expected: (string | null)[] = [];
  let clockReads = 1;
  for (let i = 0; i < files.length; i++) {
    expected.push(progressText({ done: i, total: 3, current: files[i], elapsedMs: 1000 * clockReads++ }));
    expected.push(progressText({ done: i + 1, total: 3, current: files[i], elapsedMs: 1000 * clockReads++ }));
  }
  expected.push(null);
  expect(h.progress).toEqual(expected);
  expect(h.progress[0]).toBe(`检查中 0/3 · ${files[0]} · 已用 0:01`);
  expect(h.progress[3]).toBe(`检查中 2/3 · ${files[1]} · 已用 0:04 · 预计还需 0:02`);
});

test("a long file: the progress is redrawn on the clock's ticks while it is read", async () => {
  const ticks: (() => void)[] = [];
  const h = harness({ now: () => 0, every: (_ms, fn) => (ticks.push(fn), () => ticks.splice(0)) });
  const open = h.controller.open([source(path.join(FIXTURES, seeds[0]))], {});
  await new Promise((r) => setTimeout(r, 0));
  ticks.forEach((fn) => fn());
  await open;
  expect(h.progress.filter((t) => t === `检查中 0/1 · ${seeds[0]} · 已用 0:00`).length).toBeGreaterThanOrEqual(2);
  expect(ticks).toEqual([]);
  expect(h.progress[h.progress.length - 1]).toBeNull();
});

test("a re-check uses the kept bytes with the new options; a file that is not a workbook gets its sentence", async () => {
  const h = harness();
  const file = path.join(FIXTURES, seeds[0]);
  await h.controller.open([source(file), { name: "假的.xlsx", arrayBuffer: async () => new TextEncoder().encode("项目,预算\n培训,40\n").buffer as ArrayBuffer }], {});
  const bad = h.controller.files[1].view!;
  expect(bad.ok).toBe(false);
  if (!bad.ok) expect(bad.reason).toMatch(/CSV/);
  const strict = loadProfile(JSON.stringify({ name: "strict", satisfactionFloor: 99 }));
  if (!strict.ok) throw new Error(strict.error);
  await h.controller.recheck({ profile: strict.profile, year: 2025 });
  const view = h.controller.files[0].view!;
  if (!view.ok) throw new Error(view.reason);
  expect(view.tables.flatMap((t) => t.findings)).toEqual((await engineFindings(file, { profile: strict.profile, year: 2025 })).flatMap((t) => t.findings));
  expect(view.tables.flatMap((t) => t.findings).some((f) => f.code === "SATISFACTION_LOW")).toBe(true);
});

test("the marked copy is made from the original bytes and the last check; a hostile merge is refused with a sentence", async () => {
  const h = harness();
  await h.controller.open([source(path.join(FIXTURES, seeds[1])), source(path.join(FIXTURES, "bad", "giant-merge.xlsx"))], { profile: getBuiltinProfile("classic")! });
  const copy = await h.controller.markedCopy(h.controller.files[0]);
  if (copy.kind !== "marked") throw new Error(JSON.stringify(copy));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(copy.bytes);
  const findings = (await engineFindings(path.join(FIXTURES, seeds[1]))).flatMap((t) => t.findings);
  expect(wb.getWorksheet(RESULT_SHEET)!.rowCount - 1).toBe(findings.length);
  expect(copy.findings).toBe(findings.length);
  const refused = await h.controller.markedCopy(h.controller.files[1]);
  expect(refused).toMatchObject({ kind: "refused", reason: expect.stringMatching(/A1:XFD1048576.*无法安全生成标注副本/) });
});
