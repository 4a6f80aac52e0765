/**
 * The progress line of a batch, on stderr, only when stderr is a terminal (and not with --quiet):
 *   `检查中 12/300 · 收件箱/财政局.xlsx · 已用 0:08 · 预计还需 3:12` (src/engine/progressText.ts)
 * redrawn in place (carriage return + erase to end of line) at most every `intervalMs`, and erased at the end so
 * the report that follows starts on a clean line. Elsewhere (a pipe, a file, CI) it writes nothing at all.
 */
import { clock, progressText } from "../engine";

export { clock };

export interface ProgressOptions {
  /** Draw at all: stderr is a TTY and --quiet was not given. Injected, so tests need no terminal. */
  enabled: boolean;
  write(text: string): void;
  now?: () => number;
  /** Terminal width: the line is cut to fit so it never wraps (a wrapped line cannot be redrawn in place). */
  columns?: number;
  intervalMs?: number;
}

/** Display width: CJK and other wide characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return w;
}

function fit(s: string, columns: number): string {
  if (width(s) <= columns) return s;
  let out = "";
  for (const ch of s) {
    if (width(out + ch) > columns - 1) break;
    out += ch;
  }
  return out + "…";
}

export class Progress {
  private done = 0;
  private current = "";
  private lastDraw = -Infinity;
  private drawn = false;
  private readonly started: number;
  private readonly now: () => number;

  constructor(
    private readonly total: number,
    private readonly options: ProgressOptions,
  ) {
    this.now = options.now ?? (() => Date.now());
    this.started = this.now();
  }

  /** The line as it would be drawn now (the wording is the engine's, shared with the web checker). */
  line(): string {
    return progressText({ done: this.done, total: this.total, current: this.current, elapsedMs: this.now() - this.started });
  }

  start(file: string): void {
    this.current = file;
    this.draw(false);
  }

  fileDone(): void {
    this.done++;
    this.draw(this.done === this.total);
  }

  /** Erase the line (before the report or at the end). */
  finish(): void {
    if (this.drawn) this.options.write("\r\u001b[K");
    this.drawn = false;
  }

  private draw(force: boolean): void {
    if (!this.options.enabled) return;
    const t = this.now();
    if (!force && t - this.lastDraw < (this.options.intervalMs ?? 100)) return;
    this.lastDraw = t;
    this.drawn = true;
    this.options.write(`\r${fit(this.line(), Math.max(20, (this.options.columns ?? 80) - 1))}\u001b[K`);
  }
}
