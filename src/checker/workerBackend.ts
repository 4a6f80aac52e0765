/**
 * The checker's Web Worker as a backend (browser only). Webpack builds worker.ts into its own file from the
 * `new Worker(new URL(…, import.meta.url))` below. The worker says "ready" once its code is loaded; only then is
 * a file's bytes transferred to it. A browser that refuses the worker (Chromium does for pages opened from disk,
 * file://, whose origin is opaque) or a worker script that fails to load leaves the work to this thread
 * (InlineBackend, the same code, yielding between files).
 */
import { InlineBackend, type CheckerBackend } from "./controller";
import type { CheckerRequest, CheckerResponse } from "./protocol";

class WorkerBackend implements CheckerBackend {
  readonly inWorker = true;
  private readonly waiting = new Map<number, (r: CheckerResponse) => void>();
  constructor(private readonly worker: Worker) {
    worker.onmessage = (e: MessageEvent<CheckerResponse>) => {
      const answer = this.waiting.get(e.data.id);
      this.waiting.delete(e.data.id);
      answer?.(e.data);
    };
    // After start-up an error means the worker is gone (out of memory…): every open request gets its sentence.
    worker.onerror = (e) => {
      e.preventDefault();
      for (const [id, answer] of this.waiting) answer({ id, kind: "failed", message: `检查线程出错（${e.message || "已停止"}），请刷新页面后重试` });
      this.waiting.clear();
    };
  }
  request(req: CheckerRequest, transfer: ArrayBuffer[]): Promise<CheckerResponse> {
    return new Promise((resolve) => {
      this.waiting.set(req.id, resolve);
      this.worker.postMessage(req, transfer);
    });
  }
}

export function startBackend(): Promise<CheckerBackend> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(/* webpackChunkName: "worker" */ new URL("./worker.ts", import.meta.url), { name: "perfcheck-checker" });
    } catch {
      resolve(new InlineBackend());
      return;
    }
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      resolve(new InlineBackend());
    };
    worker.onmessage = (e: MessageEvent<CheckerResponse>) => {
      if (e.data.kind === "ready") resolve(new WorkerBackend(worker));
    };
  });
}
