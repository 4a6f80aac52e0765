/**
 * Worker-thread entry of the batch pool (pool.ts): receives `{ index, file }` jobs (queued, checked one at a time),
 * posts `{ index, started }` when it begins one, each checked sheet as `{ index, sheet }` as soon as it is checked,
 * then `{ index, outcome }` (its `streamed` flag set). The check options arrive once as workerData (the profile
 * already validated by the main thread). ExcelJS and the engine are loaded once per worker, on its first file.
 */
import { parentPort, workerData } from "worker_threads";
import type { CheckOptions } from "../engine";
import { checkOneFile, sheetHasError, type FileOutcome } from "./checkFile";
import { JsonStream, TextStream } from "./report";

export interface WorkerJob {
  index: number;
  file: string;
}

const data = (workerData ?? {}) as { options?: CheckOptions; render?: "json" | "text" };
const options = (data.options ?? {}) as CheckOptions;
const render = data.render;

/** The outcome with its report rendered here (only text crosses to the main thread), when asked to. */
function rendered(outcome: FileOutcome): FileOutcome {
  if (!render || !outcome.ok) return outcome;
  const hasError = outcome.sheets.some(sheetHasError);
  if (render === "json") return { file: outcome.file, ok: true, sheets: [], hasError, rendered: JsonStream.entry(outcome) };
  const { text, counts } = TextStream.block(outcome);
  return { file: outcome.file, ok: true, sheets: [], hasError, rendered: text, counts };
}

// Jobs arrive ahead of time (the pool keeps a small queue per worker) and are checked one after another: a file's
// memory is given back before the next one is read, and its "started" message tells the progress line which file
// is being checked now.
const queue: WorkerJob[] = [];
let busy = false;

async function drain(): Promise<void> {
  if (busy) return;
  busy = true;
  while (queue.length > 0) {
    const job = queue.shift()!;
    parentPort?.postMessage({ index: job.index, started: true });
    const outcome = render
      ? rendered(await checkOneFile(job.file, options))
      : await checkOneFile(job.file, options, (sheet) => parentPort?.postMessage({ index: job.index, sheet }));
    parentPort?.postMessage({ index: job.index, outcome });
  }
  busy = false;
}

parentPort?.on("message", (job: WorkerJob) => {
  queue.push(job);
  void drain();
});
