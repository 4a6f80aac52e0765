/**
 * The web checker's Web Worker (built as dist/checker-worker.js): reading a workbook with ExcelJS and checking it
 * take the CPU for a while, so they run here and the page stays responsive, drawing progress while it waits.
 * Requests are answered one at a time, in the order they arrive (protocol.ts).
 */
import { CheckService } from "./service";
import type { CheckerRequest, CheckerResponse } from "./protocol";

interface WorkerScope {
  onmessage: ((e: MessageEvent<CheckerRequest>) => void) | null;
  postMessage(message: CheckerResponse, transfer: ArrayBuffer[]): void;
}

const scope = self as unknown as WorkerScope;
const service = new CheckService();
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (e) => {
  const req = e.data;
  queue = queue.then(async () => {
    const { response, transfer } = await service.handle(req);
    scope.postMessage(response, transfer);
  });
};

scope.postMessage({ id: 0, kind: "ready" }, []);
