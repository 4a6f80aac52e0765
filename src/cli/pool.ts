/**
 * The batch: files spread over worker threads, one file at a time per worker, each read once. Outcomes are handed
 * to `onOutcome` in INPUT order (a file that finishes early waits for the ones before it), so the report streams
 * out in the order the user gave while every core works. A worker that dies (out of memory, a native crash) fails
 * only the file it held: that file gets its zh-CN reason and a fresh worker takes the rest.
 */
import * as fs from "fs";
import * as path from "path";
import { Worker } from "worker_threads";
import type { CheckOptions } from "../engine";
import { checkOneFile, type CheckedSheet, type FileOutcome } from "./checkFile";
import type { WorkerJob } from "./checkWorker";

export interface BatchEvents {
  /** A file was handed to a worker (for the progress line). */
  onStart?(file: string): void;
  /** Called once per file, in input order. */
  onOutcome(index: number, outcome: FileOutcome): void;
  /**
   * In-process only: a file's sheets as they are checked (`begin` first), its outcome then `streamed`. Lets one job
   * write a huge workbook's report sheet by sheet instead of holding its findings.
   */
  sheets?: { begin(file: string): void; sheet(s: CheckedSheet): void };
}

/** The compiled worker script: beside this module in lib/, or lib/ when this module runs from src/ (jest). */
export function workerScript(): string {
  const beside = path.join(__dirname, "checkWorker.js");
  return fs.existsSync(beside) ? beside : path.join(__dirname, "..", "..", "lib", "cli", "checkWorker.js");
}

/** Hands outcomes on in input order, holding only those that finished ahead of an earlier file. */
class InOrder {
  private next = 0;
  private readonly waiting = new Map<number, FileOutcome>();
  constructor(private readonly emit: (index: number, o: FileOutcome) => void) {}
  put(index: number, o: FileOutcome): void {
    this.waiting.set(index, o);
    while (this.waiting.has(this.next)) {
      const ready = this.waiting.get(this.next)!;
      this.waiting.delete(this.next);
      this.emit(this.next++, ready);
    }
  }
}

/** One job: in this thread, no worker start-up (a single file, or --jobs 1). */
export async function checkInProcess(files: string[], options: CheckOptions, events: BatchEvents): Promise<void> {
  for (let i = 0; i < files.length; i++) {
    events.onStart?.(files[i]);
    const live = events.sheets;
    let begun = false;
    const sink = live
      ? (s: CheckedSheet) => {
          if (!begun) live.begin(files[i]);
          begun = true;
          live.sheet(s);
        }
      : undefined;
    const outcome = await checkOneFile(files[i], options, sink);
    // A readable workbook whose sheets never reached the sink still opens its block.
    if (live && outcome.ok && !begun) live.begin(files[i]);
    events.onOutcome(i, outcome);
  }
}

export async function checkInWorkers(files: string[], options: CheckOptions, jobs: number, events: BatchEvents, script = workerScript()): Promise<void> {
  const order = new InOrder((i, o) => events.onOutcome(i, o));
  let nextFile = 0;
  let finished = 0;
  const workers = Math.max(1, Math.min(jobs, files.length));
  await new Promise<void>((resolve) => {
    if (files.length === 0) return resolve();
    const startWorker = () => {
      const worker = new Worker(script, { workerData: { options } });
      let current: WorkerJob | null = null;
      const feed = () => {
        if (nextFile >= files.length) {
          current = null;
          void worker.terminate();
          return;
        }
        current = { index: nextFile, file: files[nextFile++] };
        events.onStart?.(current.file);
        worker.postMessage(current);
      };
      const settle = (index: number, o: FileOutcome) => {
        order.put(index, o);
        if (++finished === files.length) resolve();
      };
      worker.on("message", (m: { index: number; outcome: FileOutcome }) => {
        settle(m.index, m.outcome);
        feed();
      });
      const died = (why: string) => {
        if (!current) return;
        const lost = current;
        current = null;
        settle(lost.index, { file: lost.file, ok: false, stage: "check", reason: `检查时出错：检查线程意外退出（${why}），请单独检查该文件` });
        if (nextFile < files.length) startWorker();
      };
      worker.on("error", (e) => died(e instanceof Error ? e.message.split("\n")[0] : String(e)));
      worker.on("exit", (code) => died(`退出码 ${code}`));
      feed();
    };
    for (let w = 0; w < workers; w++) startWorker();
  });
}
