/** Shared helpers for the CLI tests: run the CLI in-process, hash files, build the compiled CLI when stale. */
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { execFileSync } from "child_process";
import { z } from "zod";
import { run } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";

export const ROOT = path.resolve(__dirname, "..", "..");
export const BAD_DIR = path.join(ROOT, "tests", "fixtures", "bad");

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** In-process, one job unless --jobs says otherwise (the engine mocks of plumbing.test.ts see every call). */
export async function runCli(argv: string[], io: Partial<CliIO> = {}): Promise<CliRun> {
  let out = "";
  let err = "";
  const code = await run(argv, { out: (t) => void (out += t), err: (t) => void (err += t), defaultJobs: 1, ...io });
  return { code, out, err };
}

export function sha256(file: string): string {
  return crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

/** A Node/V8 stack frame ("    at fn (file.js:1:2)") or an uncaught-error banner. */
export const STACK_TRACE = /^\s+at .+(:\d+:\d+\)?|native\)?)$|Error: .*\n\s+at |node:internal|UnhandledPromiseRejection/m;

/** Spec §8, field for field (strict: no extra keys). Unreadable files carry `error` and `tables: []`. */
export const findingSchema = z.strictObject({
  code: z.string().regex(/^[A-Z][A-Z0-9_]+$/),
  severity: z.enum(["error", "warning", "info"]),
  row: z.number().int().min(0).nullable(),
  cell: z.string().nullable(),
  message: z.string().min(1),
  suggestion: z.string().nullable(),
});
export const tableSchema = z.strictObject({
  sheet: z.string(),
  range: z.string().regex(/^[A-Z]{1,3}\d+:[A-Z]{1,3}\d+$/),
  project: z.string().nullable(),
  findings: z.array(findingSchema),
});
export const fileSchema = z.strictObject({ file: z.string(), error: z.string().min(1).optional(), tables: z.array(tableSchema) });
export const reportSchema = z.strictObject({ files: z.array(fileSchema) });
export type JsonReportT = z.infer<typeof reportSchema>;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** `npm run build:node` when lib/cli/main.js is missing or older than src/cli or src/engine. */
export function ensureNodeBuild(): void {
  const main = path.join(ROOT, "lib", "cli", "main.js");
  const srcNewest = Math.max(newestMtime(path.join(ROOT, "src", "cli")), newestMtime(path.join(ROOT, "src", "engine")));
  if (fs.existsSync(main) && fs.statSync(main).mtimeMs >= srcNewest) return;
  try {
    execFileSync(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.node.json"], { cwd: ROOT, stdio: "pipe" });
  } catch (e) {
    // tsc emits even with type errors elsewhere in the tree; only a missing output is fatal here.
    if (!fs.existsSync(main)) throw e;
  }
}

export interface Manifest {
  file: string;
  expect: "unreadable" | "readable";
  reason: string;
  note: string;
}

export function readManifest(dir: string): Manifest[] {
  return JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as Manifest[];
}
