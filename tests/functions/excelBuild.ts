/**
 * The BUILT Excel add-in (dist/), for tests that must exercise what Excel loads. `npm test` builds before
 * jest; when dist/functions.js is missing or older than its sources, this builds the excel config once
 * (a lock directory keeps parallel jest workers from building at the same time).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");

const SOURCES = ["src/functions", "src/engine", "src/taskpane", "config/webpack.excel.js", "config/webpack.common.js", "manifest.xml", "manifest-taskpane.xml", "config/deploy.js", "assets"];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return fs.readdirSync(p).reduce((m, name) => Math.max(m, newestMtime(path.join(p, name))), st.mtimeMs);
}

function fresh(): boolean {
  const outputs = ["functions.js", "functions.json", "functions.zh-CN.json", "taskpane.html", "manifest.xml", "manifest-taskpane.xml"].map((f) => path.join(DIST, f));
  if (!outputs.every((f) => fs.existsSync(f))) return false;
  const built = Math.min(...outputs.map((f) => fs.statSync(f).mtimeMs));
  return SOURCES.every((s) => newestMtime(path.join(ROOT, s)) <= built);
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

export function ensureExcelBuild(): void {
  if (fresh()) return;
  fs.mkdirSync(DIST, { recursive: true });
  const lock = path.join(DIST, ".excel-build.lock");
  const deadline = Date.now() + 280_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error("timed out waiting for another excel build");
      sleep(500);
      if (fresh()) return;
    }
  }
  try {
    if (!fresh()) {
      execFileSync(process.execPath, [path.join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--config-name", "excel"], {
        cwd: ROOT,
        stdio: "pipe",
        timeout: 270_000,
      });
    }
  } finally {
    fs.rmdirSync(lock);
  }
}
