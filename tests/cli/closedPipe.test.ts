/**
 * `perfcheck check 收件箱/ | head`: the reader closes stdout after a few lines. The real binary must not crash with
 * an EPIPE stack trace; it finishes quietly and exits with the run's own code (1: errors were found).
 */
import * as path from "path";
import { spawnSync } from "child_process";
import { ROOT, STACK_TRACE, ensureNodeBuild } from "./helpers";

beforeAll(() => ensureNodeBuild());

test("stdout closed by its reader: no stack trace, the run's exit code", () => {
  const corpus = path.join(ROOT, "tests", "fixtures", "corpus");
  const bin = path.join(ROOT, "bin", "perfcheck.js");
  // The shell's `head -1` exits after one line; PIPESTATUS gives perfcheck's own status.
  const r = spawnSync("bash", ["-c", `"${process.execPath}" "${bin}" check "${corpus}" | head -1 >/dev/null; echo "status=\${PIPESTATUS[0]}" >&2`], { cwd: ROOT, encoding: "utf8" });
  expect(r.stderr).not.toMatch(STACK_TRACE);
  expect(r.stderr).not.toMatch(/EPIPE/);
  expect(r.stderr).toMatch(/status=1\n$/);
}, 120_000);
