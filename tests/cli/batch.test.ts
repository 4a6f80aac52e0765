/**
 * The batch: worker pool (order, failure isolation, exit codes), folders/globs, .xls/.et advice, the progress line
 * (TTY flag injected, fake clock), and the streamed JSON being byte for byte JSON.stringify of the whole report.
 * The pool runs the compiled worker (lib/cli/checkWorker.js), built here when stale.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { BAD_DIR, ROOT, ensureNodeBuild, reportSchema, runCli } from "./helpers";
import { Progress, clock } from "../../src/cli/progress";
import { expandInputs, segmentRegex } from "../../src/cli/inputs";
import { JsonStream, toJson } from "../../src/cli/report";
import { checkInWorkers } from "../../src/cli/pool";
import type { FileOutcome } from "../../src/cli/checkFile";

const FIXTURES = path.join(ROOT, "tests", "fixtures");
const seeds = fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx")).sort().map((f) => path.join(FIXTURES, f));
let tmp = "";
beforeAll(() => {
  ensureNodeBuild();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "perfcheck-batch-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("worker pool", () => {
  test("--jobs 2 gives exactly the one-job output, in input order, whatever finishes first", async () => {
    // A big file first and small ones after: the small ones finish first in the other worker.
    const files = [seeds[4], path.join(BAD_DIR, "truncated-zip.xlsx"), ...seeds.slice(0, 4), path.join(BAD_DIR, "many-tables-many-sheets.xlsx")];
    // How each report names a file it checked: the JSON's "file" string, the text's 文件 line.
    const namings: [string, (f: string) => string][] = [
      ["json", (f) => JSON.stringify(f)],
      ["text", (f) => `文件 ${f}`],
    ];
    for (const [format, named] of namings) {
      const one = await runCli(["check", "--format", format, ...files], { defaultJobs: 1 });
      // The reference run itself checked every readable file and named the unreadable one, so the equality below
      // compares two real reports, not two empty or failed runs.
      for (const f of [...seeds, path.join(BAD_DIR, "many-tables-many-sheets.xlsx")]) expect(one.out).toContain(named(f));
      expect(one.err).toContain("truncated-zip.xlsx");
      expect(one.code).toBe(2);
      const two = await runCli(["check", "--format", format, "--jobs", "2", ...files]);
      expect(two.out).toBe(one.out);
      expect(two.err).toBe(one.err);
      expect(two.code).toBe(one.code);
    }
    const j = reportSchema.parse(JSON.parse((await runCli(["check", "--format", "json", "--jobs", "3", ...files])).out));
    expect(j.files.map((f) => f.file)).toEqual(files);
  });

  test("a failing file fails alone (exit 2), the others are checked; a worker that dies fails only its file", async () => {
    const r = await runCli(["check", "--jobs", "2", seeds[0], path.join(BAD_DIR, "password-protected.xlsx"), seeds[1]]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toEqual([expect.stringMatching(/^perfcheck：无法读取 .*password-protected\.xlsx：文件已设置打开密码/)]);
    expect(r.out).toContain(`文件 ${seeds[0]}`);
    expect(r.out).toContain(`文件 ${seeds[1]}`);

    // A worker script that exits on its first file: each file it held gets its reason, and the run ends.
    const crash = path.join(tmp, "crash-worker.js");
    fs.writeFileSync(crash, "require('worker_threads').parentPort.on('message', () => process.exit(3));\n");
    const got: FileOutcome[] = [];
    await checkInWorkers([seeds[0], seeds[1], seeds[2]], {}, 2, { onOutcome: (_i, o) => void got.push(o) }, crash);
    expect(got.map((o) => o.file)).toEqual([seeds[0], seeds[1], seeds[2]]);
    for (const o of got) expect(o).toMatchObject({ ok: false, stage: "check", reason: expect.stringContaining("检查线程意外退出") });
  });

  test("this thread as one of the jobs: outcomes and streamed sheets in input order, a bad file fails alone, a dying worker's files still done", async () => {
    const files = [seeds[4], path.join(BAD_DIR, "password-protected.xlsx"), ...seeds.slice(0, 4), path.join(BAD_DIR, "many-tables-many-sheets.xlsx")];
    const reference: FileOutcome[] = [];
    await checkInWorkers(files, {}, 2, { onOutcome: (_i, o) => void reference.push(o) }, undefined, { boundHeap: false });
    const got: FileOutcome[] = [];
    const started: string[] = [];
    await checkInWorkers(files, {}, 2, { onStart: (f) => void started.push(f), onOutcome: (i, o) => void got.push({ ...o, file: `${i}:${o.file}` }) }, undefined, { boundHeap: false, mainTakesPart: true });
    expect(got.map((o) => o.file)).toEqual(files.map((f, i) => `${i}:${f}`));
    expect(got.map((o) => ({ ...o, file: o.file.replace(/^\d+:/, "") }))).toEqual(reference);
    expect(got[1]).toMatchObject({ ok: false, stage: "read", reason: expect.stringContaining("密码") });
    expect([...started].sort()).toEqual([...files].sort());

    // Streaming: each file's block opens once, its sheets follow it, blocks in input order.
    const log: string[] = [];
    await checkInWorkers(files, {}, 3, { onOutcome: (i) => void log.push(`end ${i}`), sheets: { begin: (f) => void log.push(`begin ${files.indexOf(f)}`), sheet: () => void log.push("sheet") } }, undefined, { boundHeap: false, mainTakesPart: true });
    const order = log.filter((l) => !l.startsWith("sheet"));
    // File 1 (password-protected) fails at reading: it has no block to open, only its end.
    expect(order).toEqual(["begin 0", "end 0", "end 1", "begin 2", "end 2", "begin 3", "end 3", "begin 4", "end 4", "begin 5", "end 5", "begin 6", "end 6"]);

    // Every worker dies on its first file: each loses only the file it was checking (its queued files go to this
    // thread or to a fresh worker), and this thread's files are checked.
    const crash = path.join(tmp, "crash-worker-2.js");
    fs.writeFileSync(crash, "require('worker_threads').parentPort.on('message', () => process.exit(3));\n");
    const mixed: FileOutcome[] = [];
    // onStart fires for the files this thread takes; a crash worker dies before it could report a start.
    const takenHere = new Set<string>();
    await checkInWorkers(
      [seeds[0], seeds[1], seeds[2], seeds[3]],
      {},
      2,
      { onOutcome: (_i, o) => void mixed.push(o), onStart: (f) => void takenHere.add(f) },
      crash,
      { boundHeap: false, mainTakesPart: true },
    );
    expect(mixed.map((o) => o.file)).toEqual([seeds[0], seeds[1], seeds[2], seeds[3]]);
    // The first worker is fed before this thread takes a file, so the first file is the one it loses.
    // The worker is fed its share (two of the four); this thread takes the third at once, so that one is always checked.
    // The second file, queued in the dead worker, is handed at once to the worker started in its place (the requeue
    // and the new worker's feed happen in one step), which dies on it too.
    const verdicts = mixed.map((o) => (o.ok ? (o.sheets.length > 0 ? "checked" : "no sheets") : o.stage === "check" && o.reason.includes("检查线程意外退出") ? "lost" : `other: ${o.reason}`));
    expect(verdicts.slice(0, 3)).toEqual(["lost", "lost", "checked"]);
    // Which thread takes the fourth is a race; what each file's outcome is, is not: every file this thread took is
    // checked and every file a dying worker took is lost — never anything else. The third is always this thread's and
    // the first two never are.
    const taken = [seeds[0], seeds[1], seeds[2], seeds[3]].map((f) => takenHere.has(f));
    expect(taken.slice(0, 3)).toEqual([false, false, true]);
    // The fourth: whichever thread took it decides its outcome — checked when taken here, lost when a dying worker
    // took it (a worker that exits on every message never checks one).
    expect(verdicts[3]).toBe(taken[3] ? "checked" : "lost");
  });

  test("exit codes: 0 without error findings, 1 with, 2 wins", async () => {
    const clean = await runCli(["check", "--jobs", "2", "--format", "json", path.join(FIXTURES, "corrected"), path.join(BAD_DIR, "no-table.xlsx")]);
    const cleanReport = reportSchema.parse(JSON.parse(clean.out));
    expect(cleanReport.files.flatMap((f) => f.tables).length).toBeGreaterThan(5);
    expect(cleanReport.files.some((f) => f.tables.some((t) => t.findings.some((x) => x.severity === "error")))).toBe(false);
    expect(clean.code).toBe(0);
    const withErrors = await runCli(["check", "--jobs", "2", "--format", "json", ...seeds]);
    const hasError = reportSchema.parse(JSON.parse(withErrors.out)).files.some((f) => f.tables.some((t) => t.findings.some((x) => x.severity === "error")));
    expect(hasError).toBe(true);
    expect(withErrors.code).toBe(1);
    expect((await runCli(["check", "--jobs", "2", ...seeds, path.join(BAD_DIR, "empty.xlsx")])).code).toBe(2);
  });
});

describe("inputs", () => {
  test("a folder: every .xlsx/.xlsm below it, sorted, lock and hidden files left out; .xls/.et get their advice", async () => {
    const dir = path.join(tmp, "收件箱");
    fs.mkdirSync(path.join(dir, "子目录"), { recursive: true });
    fs.copyFileSync(seeds[0], path.join(dir, "表10.xlsx"));
    fs.copyFileSync(seeds[1], path.join(dir, "表2.xlsm"));
    fs.copyFileSync(seeds[2], path.join(dir, "子目录", "表3.xlsx"));
    fs.copyFileSync(seeds[0], path.join(dir, "~$表10.xlsx"));
    fs.writeFileSync(path.join(dir, "说明.txt"), "x");
    fs.copyFileSync(path.join(BAD_DIR, "old-format.xls"), path.join(dir, "旧表.xls"));
    fs.copyFileSync(path.join(BAD_DIR, "old-format.xls"), path.join(dir, "wps.et"));
    const found = expandInputs([dir]).map((i) => path.relative(dir, i.file));
    expect([...found].sort()).toEqual(["wps.et", path.join("子目录", "表3.xlsx"), "表2.xlsm", "表10.xlsx", "旧表.xls"].sort());
    // Numbers in names compare as numbers; the order is the same on every run.
    expect(found.indexOf("表2.xlsm")).toBeLessThan(found.indexOf("表10.xlsx"));
    expect(expandInputs([dir]).map((i) => path.relative(dir, i.file))).toEqual(found);
    const r = await runCli(["check", dir, "--format", "json"]);
    expect(r.code).toBe(2);
    const j = reportSchema.parse(JSON.parse(r.out));
    expect(j.files.find((f) => f.file.endsWith("旧表.xls"))!.error).toMatch(/\.xls.*另存为.*\.xlsx/);
    expect(j.files.find((f) => f.file.endsWith("wps.et"))!.error).toMatch(/WPS 表格文件（\.et）.*另存为.*\.xlsx/);
    expect(j.files.filter((f) => !f.error)).toHaveLength(3);
  });

  test("globs are expanded here (Windows shells pass them through); a glob or folder with no workbook is a clear failure", async () => {
    const pattern = path.join(FIXTURES, "00*_*.xlsx");
    expect(expandInputs([pattern]).map((i) => i.file)).toEqual(seeds.filter((f) => /00\d_/.test(path.basename(f))));
    expect(expandInputs([path.join(FIXTURES, "**", "shared-*.xlsx")]).map((i) => path.basename(i.file))).toEqual(["shared-formulas-percent.xlsx"]);
    const none = await runCli(["check", path.join(tmp, "nothing-*.xlsx")]);
    expect(none.code).toBe(2);
    expect(none.err).toContain("没有与该通配符匹配");
    expect(segmentRegex("[ab]?.xlsx").test("a1.xlsx")).toBe(true);
    expect(segmentRegex("*.xlsx").test("a.xlsm")).toBe(false);
  });
});

describe("progress line", () => {
  test("drawn on a TTY: files done/total, current file, elapsed, ETA; erased at the end", async () => {
    let t = 0;
    const writes: string[] = [];
    const p = new Progress(4, { enabled: true, write: (s) => void writes.push(s), now: () => t, intervalMs: 0 });
    p.start("收件箱/a.xlsx");
    t = 10_000;
    p.fileDone();
    p.start("收件箱/b.xlsx");
    expect(p.line()).toBe("检查中 1/4 · 收件箱/b.xlsx · 已用 0:10 · 预计还需 0:30");
    expect(writes.at(-1)).toBe("\r检查中 1/4 · 收件箱/b.xlsx · 已用 0:10 · 预计还需 0:30\u001b[K");
    p.finish();
    expect(writes.at(-1)).toBe("\r\u001b[K");
    expect(clock(3_725_000)).toBe("1:02:05");
  });

  test("through the CLI: on stderr only with the TTY flag and without --quiet; stdout unchanged", async () => {
    const files = seeds.slice(0, 3);
    const plain = await runCli(["check", ...files]);
    const tty = await runCli(["check", ...files], { errIsTTY: true, columns: 200 });
    const quiet = await runCli(["check", "--quiet", ...files], { errIsTTY: true });
    expect(plain.err).toBe("");
    expect(quiet.err).toBe("");
    expect(tty.out).toBe(plain.out);
    expect(tty.err).toContain(`检查中 0/3 · ${files[0]}`);
    expect(tty.err.endsWith("\r\u001b[K")).toBe(true);
  });

  test("a long line is cut to the terminal width (a wrapped line could not be redrawn)", () => {
    const writes: string[] = [];
    const p = new Progress(1, { enabled: true, write: (s) => void writes.push(s), columns: 30, intervalMs: 0 });
    p.start("很长的文件夹名称/很长的文件名称很长的文件名称.xlsx");
    expect(writes[0].startsWith("\r")).toBe(true);
    expect(writes[0]).toContain("…");
  });
});

test("the streamed JSON is byte for byte JSON.stringify(report, null, 2)", () => {
  const outcomes: FileOutcome[] = [
    { file: "a.xlsx", ok: true, sheets: [{ sheet: "S", tables: [{ range: "A1:F9", project: null, findings: [{ code: "X", severity: "error", row: null, cell: "E6", message: "m\n\"q\"", suggestion: null }] }, { range: "A12:F20", project: "p", findings: [] }] }, { sheet: "空", tables: [] }] },
    { file: "b.xlsx", ok: false, stage: "read", reason: "文件为空（0 字节）" },
    { file: "c.xlsx", ok: true, sheets: [] },
  ];
  for (const n of [0, 1, 3]) {
    let s = "";
    const j = new JsonStream((t) => void (s += t));
    outcomes.slice(0, n).forEach((o) => j.add(o));
    j.end();
    expect(s).toBe(JSON.stringify(toJson(outcomes.slice(0, n)), null, 2) + "\n");
  }
});
