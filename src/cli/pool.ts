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

/**
 * Hands files on in input order. The file at the head streams: its sheets go out as they arrive. Files finishing
 * ahead of an earlier one wait, holding their sheets; without a sheet listener the sheets are put back into the
 * outcome instead.
 */
class InOrder {
  private head = 0;
  private readonly sheets = new Map<number, CheckedSheet[]>();
  private readonly outcomes = new Map<number, FileOutcome>();
  private begun = false;
  constructor(
    private readonly files: string[],
    private readonly events: BatchEvents,
  ) {}
  sheet(index: number, s: CheckedSheet): void {
    if (index === this.head && this.events.sheets) {
      this.begin();
      this.events.sheets.sheet(s);
      return;
    }
    this.sheets.set(index, [...(this.sheets.get(index) ?? []), s]);
  }
  outcome(index: number, o: FileOutcome): void {
    this.outcomes.set(index, o);
    this.drain();
  }
  private begin(): void {
    if (!this.begun) this.events.sheets!.begin(this.files[this.head]);
    this.begun = true;
  }
  private drain(): void {
    const live = this.events.sheets;
    while (true) {
      const held = this.sheets.get(this.head) ?? [];
      this.sheets.delete(this.head);
      if (live) {
        if (held.length) this.begin();
        held.forEach((s) => live.sheet(s));
      } else if (held.length) this.sheets.set(this.head, held);
      const o = this.outcomes.get(this.head);
      if (!o) return;
      this.outcomes.delete(this.head);
      let out = o;
      if (live && o.ok && o.rendered === undefined) this.begin();
      if (!live && o.ok && o.streamed) {
        out = { file: o.file, ok: true, sheets: this.sheets.get(this.head) ?? [] };
        this.sheets.delete(this.head);
      }
      this.events.onOutcome(this.head++, out);
      this.begun = false;
    }
  }
}

/** Old-generation heap of each worker: keeps a huge workbook's peak memory bounded (a file that needs more is retried without it). */
export const WORKER_HEAP_MB = 160;

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

/**
 * Files handed to a worker ahead of the one it is checking: it starts the next as soon as one is done instead of
 * waiting for the main thread's answer (which, on a busy machine, waits for the scheduler, and when the main thread
 * checks files too, waits for its file to end). With 2 a worker sat idle ≈ 8% of a 1 000-file batch; a few more paths
 * cost nothing, and a worker that dies hands its unstarted ones back (requeued).
 */
export const WORKER_QUEUE = 6;

type FromWorker = { index: number; started?: true; sheet?: CheckedSheet; outcome?: FileOutcome };

export interface PoolOptions {
  /** See checkInWorkers. Default true. */
  boundHeap?: boolean;
  /** This thread checks files too, beside jobs - 1 workers (ordinary files only: it has no bounded heap). */
  mainTakesPart?: boolean;
  /**
   * Workers render each readable file's report themselves (FileOutcome.rendered) in this format and send only the
   * text, not the findings; their sheets are then not streamed one by one (ordinary files only).
   */
  render?: "json" | "text";
}

/**
 * `boundHeap`: give each worker the bounded heap of WORKER_HEAP_MB (with one unbounded retry on out-of-memory). Meant
 * for batches holding a large workbook: a bounded heap starts small and grows in small steps, so V8 runs several
 * times more full collections, which ordinary files pay for in CPU without needing the bound.
 */
export async function checkInWorkers(
  files: string[],
  options: CheckOptions,
  jobs: number,
  events: BatchEvents,
  script = workerScript(),
  { boundHeap = true, mainTakesPart = false, render }: PoolOptions = {},
): Promise<void> {
  const order = new InOrder(files, events);
  let nextFile = 0;
  let finished = 0;
  const retry: WorkerJob[] = [];
  /** Files a dead worker held but had not started: the next worker with room takes them first. */
  const requeued: WorkerJob[] = [];
  const workers = mainTakesPart ? Math.min(jobs - 1, files.length - 1) : Math.max(1, Math.min(jobs, files.length));
  await new Promise<void>((resolve) => {
    if (files.length === 0) return resolve();
    const settle = (index: number, o: FileOutcome) => {
      order.outcome(index, o);
      if (++finished === files.length) resolve();
    };
    /** `retries`: this worker was started for a file that ran out of memory, without the bound; it takes those first. */
    const startWorker = (retries: boolean) => {
      const capped = boundHeap && !retries;
      const worker = new Worker(script, { workerData: { options, render }, resourceLimits: capped ? { maxOldGenerationSizeMb: WORKER_HEAP_MB } : undefined });
      /** In the order the worker takes them: the first is the one being checked. */
      const held: WorkerJob[] = [];
      const sheetsSent = new Map<number, number>();
      // Never more ahead than this worker's share of what is left, so that on a short batch the other threads (and
      // this one, when it checks files too) still get theirs.
      const participants = workers + (mainTakesPart ? 1 : 0);
      const room = () => Math.max(1, Math.min(WORKER_QUEUE, Math.floor((files.length - nextFile + requeued.length + held.length) / participants)));
      const feed = () => {
        while (held.length < room()) {
          const job = (retries ? retry.shift() : undefined) ?? requeued.shift() ?? (nextFile < files.length ? { index: nextFile, file: files[nextFile++] } : undefined);
          if (!job) break;
          held.push(job);
          worker.postMessage(job);
        }
        if (held.length === 0) void worker.terminate();
      };
      worker.on("message", (m: FromWorker) => {
        if (m.started) {
          events.onStart?.(files[m.index]);
          return;
        }
        if (m.sheet) {
          sheetsSent.set(m.index, (sheetsSent.get(m.index) ?? 0) + 1);
          order.sheet(m.index, m.sheet);
          return;
        }
        const at = held.findIndex((j) => j.index === m.index);
        if (at >= 0) held.splice(at, 1);
        sheetsSent.delete(m.index);
        settle(m.index, m.outcome!);
        feed();
      });
      const died = (why: string, outOfMemory: boolean) => {
        if (held.length === 0) return;
        const [lost, ...notStarted] = held.splice(0);
        requeued.unshift(...notStarted);
        if (outOfMemory && capped && !sheetsSent.get(lost.index)) {
          // Too big for the bounded heap: once more in a worker without the bound.
          retry.push(lost);
          startWorker(true);
        } else settle(lost.index, { file: lost.file, ok: false, stage: "check", reason: `检查时出错：检查线程意外退出（${why}），请单独检查该文件` });
        if (nextFile < files.length || requeued.length > 0) startWorker(false);
      };
      worker.on("error", (e: Error & { code?: string }) => died(e.code === "ERR_WORKER_OUT_OF_MEMORY" ? "内存不足" : e.message.split("\n")[0], e.code === "ERR_WORKER_OUT_OF_MEMORY"));
      worker.on("exit", (code) => died(`退出码 ${code}`, false));
      feed();
    };
    for (let w = 0; w < workers; w++) startWorker(false);
    if (mainTakesPart) void checkHere();

    /**
     * This thread is one of the jobs: it takes the next file like a worker does, checks it here (no copy of its
     * findings to another thread, no extra isolate compiling the engine), and lets the workers' messages in between.
     */
    async function checkHere(): Promise<void> {
      for (;;) {
        const job = requeued.shift() ?? (nextFile < files.length ? { index: nextFile, file: files[nextFile++] } : undefined);
        if (!job) return;
        events.onStart?.(job.file);
        settle(job.index, await checkOneFile(job.file, options, events.sheets ? (s) => order.sheet(job.index, s) : undefined));
        await new Promise((next) => setImmediate(next));
      }
    }
  });
}
