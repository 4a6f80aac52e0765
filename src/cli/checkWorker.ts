/**
 * Worker-thread entry of the batch pool (pool.ts): receives `{ index, file }`, posts each checked sheet as
 * `{ index, sheet }` as soon as it is checked, then `{ index, outcome }` (its `streamed` flag set). The check options
 * arrive once as workerData (the profile already validated by the main thread). ExcelJS and the engine are loaded
 * once per worker, on its first file.
 */
import { parentPort, workerData } from "worker_threads";
import type { CheckOptions } from "../engine";
import { checkOneFile } from "./checkFile";

export interface WorkerJob {
  index: number;
  file: string;
}

const options = ((workerData as { options?: CheckOptions } | null)?.options ?? {}) as CheckOptions;

parentPort?.on("message", (job: WorkerJob) => {
  void checkOneFile(job.file, options, (sheet) => parentPort?.postMessage({ index: job.index, sheet })).then((outcome) => parentPort?.postMessage({ index: job.index, outcome }));
});
