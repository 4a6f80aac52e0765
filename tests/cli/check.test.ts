/**
 * `perfcheck check` on the seed workbooks (tests/fixtures/*.xlsx and tests/fixtures/corrected/*.xlsx):
 * the output FORMAT and exit codes, whatever the rules find. Spec §8 JSON field for field, every finding
 * code a real rule's, every cell inside its table, text grouped file › sheet › table, counts consistent.
 *
 * Depends on: the reader (tables found), the rules (findings), the profiles module (--profile).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ALL_RULES, parseA1, parseRangeA1 } from "../../src/engine";
import { ROOT, STACK_TRACE, reportSchema, runCli, sha256, type JsonReportT } from "./helpers";

const FIXTURES = path.join(ROOT, "tests", "fixtures");
const seedFiles = [
  ...fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(FIXTURES, f)),
  ...(fs.existsSync(path.join(FIXTURES, "corrected")) ? fs.readdirSync(path.join(FIXTURES, "corrected")).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(FIXTURES, "corrected", f)) : []),
].sort();
const RULE_CODES = new Set(ALL_RULES.map((r) => r.code));
const LABEL = { error: "错误", warning: "警告", info: "提示" } as const;

let tmp = "";
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "perfcheck-cli-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function exitCodeFor(report: JsonReportT): number {
  if (report.files.some((f) => f.error !== undefined)) return 2;
  return report.files.some((f) => f.tables.some((t) => t.findings.some((x) => x.severity === "error"))) ? 1 : 0;
}

describe("seed workbooks", () => {
  test("the seed fixtures exist (READER helper's tests/fixtures)", () => {
    expect(seedFiles.length).toBeGreaterThanOrEqual(5);
  });

  test("JSON: spec §8 field for field, valid codes, cells inside their tables, exit code from severities", async () => {
    const hashes = seedFiles.map(sha256);
    const r = await runCli(["check", "--format", "json", ...seedFiles]);
    expect(r.err).toBe("");
    const report = reportSchema.parse(JSON.parse(r.out));
    expect(report.files.map((f) => f.file)).toEqual(seedFiles);
    for (const f of report.files) {
      expect(f.error).toBeUndefined();
      for (const t of f.tables) {
        const range = parseRangeA1(t.range)!;
        expect(range).not.toBeNull();
        for (const x of t.findings) {
          expect(RULE_CODES.has(x.code)).toBe(true);
          expect(x.cell).not.toBeNull();
          const a = parseA1(x.cell!)!;
          expect(a).not.toBeNull();
          expect(`${x.code} ${x.cell} in ${t.range}: ${a.row >= range.top && a.row <= range.bottom && a.col >= range.left && a.col <= range.right}`).toBe(`${x.code} ${x.cell} in ${t.range}: true`);
          expect(x.message).toMatch(/[\u4e00-\u9fff]/);
        }
      }
    }
    expect(r.code).toBe(exitCodeFor(report));
    expect(seedFiles.map(sha256)).toEqual(hashes);
  });

  test("every seed workbook holds at least one recognised table", async () => {
    const r = await runCli(["check", "--format", "json", ...seedFiles]);
    const report = reportSchema.parse(JSON.parse(r.out));
    for (const f of report.files) expect(`${path.basename(f.file)}: ${f.tables.length > 0}`).toBe(`${path.basename(f.file)}: true`);
  });

  test("text: grouped file › sheet › table, one line per finding in JSON order, subtotals and total agree", async () => {
    const [t, j] = await Promise.all([runCli(["check", ...seedFiles]), runCli(["check", "--format", "json", ...seedFiles])]);
    expect(t.code).toBe(j.code);
    expect(t.out).not.toMatch(STACK_TRACE);
    const report = reportSchema.parse(JSON.parse(j.out));
    const lines = t.out.split("\n");
    let i = 0;
    const next = () => lines[i++];
    const total = { tables: 0, error: 0, warning: 0, info: 0 };
    for (const f of report.files) {
      expect(next()).toBe(`文件 ${f.file}`);
      const counts = { tables: 0, error: 0, warning: 0, info: 0 };
      // Sheets appear in workbook order; a sheet without tables gets its "未找到" line.
      while (lines[i].startsWith("  工作表 ")) {
        const line = next();
        if (line.endsWith("：未找到绩效目标表")) continue;
        const table = f.tables[counts.tables++];
        expect(line).toBe(`  工作表 ${table.sheet} › ${table.project ?? "（未填写项目名称）"}（${table.range}）`);
        if (table.findings.length === 0) expect(next()).toBe("    未发现问题 ✓");
        for (const x of table.findings) {
          const fl = next();
          expect(fl.startsWith(`    ${LABEL[x.severity]}  ${x.cell ?? "—"}  ${x.code}  `)).toBe(true);
          if (x.suggestion) expect(fl).toContain(`  建议改为：${x.suggestion.replace(/\s*[\r\n]+\s*/g, " ").trim()}`);
          else expect(fl).not.toContain("建议改为：");
          counts[x.severity]++;
        }
      }
      expect(counts.tables).toBe(f.tables.length);
      expect(next()).toBe(`  小计：${counts.tables} 张表，${counts.error} 个错误、${counts.warning} 个警告、${counts.info} 个提示`);
      expect(next()).toBe("");
      for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += counts[k];
    }
    expect(next()).toBe(`合计：${report.files.length} 个文件，${total.tables} 张表，${total.error} 个错误、${total.warning} 个警告、${total.info} 个提示`);
  });
});

describe("options", () => {
  const one = () => seedFiles[0];

  test("--profile with each built-in name works; an unknown name is bad usage listing the choices", async () => {
    for (const name of ["classic", "central-2021", "hebei"]) {
      const r = await runCli(["check", one(), "--profile", name, "--format=json"]);
      expect(r.err).toBe("");
      expect([0, 1]).toContain(r.code);
      reportSchema.parse(JSON.parse(r.out));
    }
    const bad = await runCli(["check", one(), "--profile", "no-such-profile"]);
    expect(bad.code).toBe(2);
    expect(bad.out).toBe("");
    expect(bad.err).toContain("no-such-profile");
    expect(bad.err).toContain("classic");
  });

  test("a profile file that lowers every rule to 提示 gives exit 0 and only info findings", async () => {
    const file = path.join(tmp, "all-info.json");
    fs.writeFileSync(file, JSON.stringify({ name: "all-info", label: "全部提示", severity: Object.fromEntries([...RULE_CODES].map((c) => [c, "info"])) }));
    const r = await runCli(["check", "--format", "json", "--profile", file, ...seedFiles]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const report = reportSchema.parse(JSON.parse(r.out));
    for (const f of report.files) for (const t of f.tables) for (const x of t.findings) expect(x.severity).toBe("info");
  });

  test("a profile file that turns every rule off gives no findings at all", async () => {
    const file = path.join(tmp, "all-off.json");
    fs.writeFileSync(file, JSON.stringify({ name: "all-off", label: "全部关闭", severity: Object.fromEntries([...RULE_CODES].map((c) => [c, "off"])) }));
    const r = await runCli(["check", "--format", "json", "--profile", file, ...seedFiles]);
    expect(r.code).toBe(0);
    const report = reportSchema.parse(JSON.parse(r.out));
    expect(report.files.flatMap((f) => f.tables.flatMap((t) => t.findings))).toEqual([]);
  });

  test("a malformed profile file: exit 2, one zh-CN line naming the field; invalid JSON likewise", async () => {
    const file = path.join(tmp, "bad-profile.json");
    fs.writeFileSync(file, JSON.stringify({ name: "x", label: "x", satisfactionFloor: 500 }));
    const r = await runCli(["check", one(), "--profile", file]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toContain("satisfactionFloor");
    expect(r.err).toContain(file);
    const notJson = path.join(tmp, "not-json.json");
    fs.writeFileSync(notJson, "{ name: ");
    const r2 = await runCli(["check", one(), "--profile", notJson]);
    expect(r2.code).toBe(2);
    expect(r2.err).toMatch(/JSON/);
    expect(r2.err + r2.out).not.toMatch(STACK_TRACE);
  });

  test.each([
    [["check"], "至少一个"],
    [["check", "a.xlsx", "--format", "xml"], "--format"],
    [["check", "a.xlsx", "--format"], "--format"],
    [["check", "a.xlsx", "--year", "25"], "--year"],
    [["check", "a.xlsx", "--year", "二〇二五"], "--year"],
    [["check", "a.xlsx", "--profile"], "--profile"],
    [["check", "a.xlsx", "--verbose"], "未知选项"],
    [["frobnicate"], "未知命令"],
    [[], "用法"],
  ])("bad usage %j → exit 2 with a zh-CN hint (%s)", async (argv, hint) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain(hint);
  });

  test("--help / -h print the usage with exit 0; --version prints package.json's version", async () => {
    for (const a of [["--help"], ["-h"], ["check", "--help"]]) {
      const r = await runCli(a);
      expect(r.code).toBe(0);
      expect(r.out).toContain("perfcheck check <文件.xlsx|文件夹|通配符…> [--format text|json] [--profile 名称|文件.json] [--year YYYY]");
      expect(r.out).toContain("退出码");
    }
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    expect((await runCli(["--version"])).out).toBe(`perfcheck ${pkg.version}\n`);
  });

  test("files after -- are files even when they start with a dash", async () => {
    const r = await runCli(["check", "--", "--not-an-option.xlsx"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--not-an-option.xlsx：文件不存在");
  });
});
