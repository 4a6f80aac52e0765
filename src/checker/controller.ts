/**
 * The web checker's controller, no DOM: the files the user opened, their checks in order through a backend (the
 * Web Worker, see workerBackend.ts), and the progress of a batch in the CLI's words (src/engine/progressText.ts).
 * The page (main.ts) draws what it is told through `CheckerEvents`; tests drive it in Node with an inline backend.
 */
import type { CheckOptions } from "../engine";
import { progressText } from "../engine";
import type { CheckerRequest, CheckerResponse, FileView } from "./protocol";

/** Where requests are answered: a Web Worker, or this thread when the browser refuses one. */
export interface CheckerBackend {
  readonly inWorker: boolean;
  request(req: CheckerRequest, transfer: ArrayBuffer[]): Promise<CheckerResponse>;
}

/** Answers requests in this thread with the worker's own code (loaded on first use), yielding between them. */
export class InlineBackend implements CheckerBackend {
  readonly inWorker = false;
  private service: Promise<{ handle(req: CheckerRequest): Promise<{ response: CheckerResponse }> }> | null = null;
  async request(req: CheckerRequest): Promise<CheckerResponse> {
    this.service ??= import(/* webpackChunkName: "inline" */ "./service").then((m) => new m.CheckService());
    const service = await this.service;
    // Let the page draw (progress, the previous file) before this thread is busy again.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return (await service.handle(req)).response;
  }
}

export interface OpenedFile {
  readonly id: number;
  readonly name: string;
  /** The last check; null until the first one is done. */
  view: FileView | null;
}

export interface CheckerEvents {
  /** Files just opened, before any is checked (the page shows a placeholder for each). */
  added(files: OpenedFile[]): void;
  checked(file: OpenedFile): void;
  /** The progress line while a batch runs; null once it is over. */
  progress(text: string | null, done: number, total: number): void;
}

/** Something whose bytes can be read: a browser File, or a test's stand-in. */
export interface FileSource {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface Clock {
  now(): number;
  /** Call `fn` every `ms` until the returned function is called. */
  every(ms: number, fn: () => void): () => void;
}

const browserClock: Clock = {
  now: () => Date.now(),
  every: (ms, fn) => {
    const t = setInterval(fn, ms);
    return () => clearInterval(t);
  },
};

/** How often the elapsed time and the estimate are redrawn while one file takes long. */
export const PROGRESS_TICK_MS = 500;

export class CheckerController {
  readonly files: OpenedFile[] = [];
  private nextFile = 1;
  private nextRequest = 1;
  /** Batches run one after another: files dropped while others are read, or a re-check, wait their turn. */
  private turn: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly backend: Promise<CheckerBackend>,
    private readonly events: CheckerEvents,
    private readonly clock: Clock = browserClock,
  ) {}

  /** Read and check `sources`, in order, showing progress. */
  open(sources: FileSource[], options: CheckOptions): Promise<void> {
    const added = sources.map((s) => ({ file: { id: this.nextFile++, name: s.name, view: null } as OpenedFile, source: s }));
    this.files.push(...added.map((a) => a.file));
    this.events.added(added.map((a) => a.file));
    return this.enqueue(() => this.run(added, options));
  }

  /** Check every opened file again (another profile or year), from the bytes the worker kept. */
  recheck(options: CheckOptions): Promise<void> {
    return this.enqueue(() => this.run(this.files.map((file) => ({ file })), options));
  }

  /** A marked copy of `file` (its original bytes marked with its last check). */
  async markedCopy(file: OpenedFile): Promise<Extract<CheckerResponse, { kind: "marked" | "refused" | "failed" }>> {
    const res = await this.enqueue(() => this.request({ id: 0, kind: "mark", file: file.id }, []));
    return res.kind === "marked" || res.kind === "refused" || res.kind === "failed" ? res : { id: res.id, kind: "failed", message: res.kind };
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const next = this.turn.then(job);
    this.turn = next.catch(() => undefined);
    return next;
  }

  private async request(req: CheckerRequest, transfer: ArrayBuffer[]): Promise<CheckerResponse> {
    const backend = await this.backend;
    return backend.request({ ...req, id: this.nextRequest++ }, transfer);
  }

  private async run(items: { file: OpenedFile; source?: FileSource }[], options: CheckOptions): Promise<void> {
    const total = items.length;
    const started = this.clock.now();
    let done = 0;
    let current = "";
    const draw = () => this.events.progress(progressText({ done, total, current, elapsedMs: this.clock.now() - started }), done, total);
    const stop = this.clock.every(PROGRESS_TICK_MS, draw);
    try {
      for (const { file, source } of items) {
        current = file.name;
        draw();
        let bytes: ArrayBuffer | undefined;
        if (source) bytes = await source.arrayBuffer().catch(() => new ArrayBuffer(0));
        const res = await this.request({ id: 0, kind: "check", file: file.id, name: file.name, bytes, options }, bytes ? [bytes] : []);
        file.view = res.kind === "checked" ? res.view : { ok: false, name: file.name, reason: res.kind === "refused" ? res.reason : `检查时出错：${res.kind === "failed" ? res.message : res.kind}` };
        done++;
        this.events.checked(file);
        draw();
      }
    } finally {
      stop();
      this.events.progress(null, done, total);
    }
  }
}
