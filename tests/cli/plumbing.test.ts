/**
 * The CLI passes --year and --profile through to the engine unchanged and adds no logic of its own:
 * checkWorkbook is wrapped to record its arguments (the real engine still runs).
 */
import * as path from "path";
import { BAD_DIR, runCli } from "./helpers";

jest.mock("../../src/engine", () => {
  const actual = jest.requireActual("../../src/engine");
  return { ...actual, checkWorkbook: jest.fn(actual.checkWorkbook) };
});
// eslint-disable-next-line @typescript-eslint/no-require-imports
const engine = require("../../src/engine") as typeof import("../../src/engine") & { checkWorkbook: jest.Mock };

beforeEach(() => engine.checkWorkbook.mockClear());

test("--year and --profile reach checkWorkbook; one call per readable file with every sheet's grid", async () => {
  const file = path.join(BAD_DIR, "hidden-sheets.xlsx");
  const r = await runCli(["check", file, "--year", "2024", "--profile", "hebei"]);
  expect([0, 1]).toContain(r.code);
  expect(engine.checkWorkbook).toHaveBeenCalledTimes(1);
  const [grids, options] = engine.checkWorkbook.mock.calls[0];
  expect(grids.map((g: { sheet: string }) => g.sheet)).toEqual(["封面", "隐藏表", "深度隐藏"]);
  expect(options.year).toBe(2024);
  expect(options.profile).toBe(engine.getBuiltinProfile("hebei"));
});

test("without options the engine's defaults apply (no year, no profile passed)", async () => {
  await runCli(["check", path.join(BAD_DIR, "no-table.xlsx"), path.join(BAD_DIR, "empty.xlsx"), path.join(BAD_DIR, "emoji-sheet-name.xlsx")]);
  expect(engine.checkWorkbook).toHaveBeenCalledTimes(2);
  expect(engine.checkWorkbook.mock.calls[0][1]).toEqual({});
});

test("an engine that throws on one file: that file fails alone with one line, the others are still reported", async () => {
  engine.checkWorkbook.mockImplementationOnce(() => {
    throw new Error("boom\n    at somewhere (x.js:1:1)");
  });
  const a = path.join(BAD_DIR, "no-table.xlsx");
  const b = path.join(BAD_DIR, "emoji-sheet-name.xlsx");
  const r = await runCli(["check", a, b]);
  expect(r.code).toBe(2);
  expect(r.err).toBe(`perfcheck：无法检查 ${a}：检查时出错：boom\n`);
  expect(r.out).toContain(`文件 ${b}`);
});
