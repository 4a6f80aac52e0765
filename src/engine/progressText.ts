/**
 * The wording of a batch's progress, shared by `perfcheck check` (its stderr line) and the web checker (its
 * progress display), so a reviewer reads the same words in both:
 *   `检查中 12/300 · 收件箱/财政局.xlsx · 已用 0:08 · 预计还需 3:12`
 */
export interface ProgressState {
  /** Files finished (checked or failed). */
  done: number;
  total: number;
  /** The file being read now ("" between files). */
  current: string;
  elapsedMs: number;
}

/** m:ss, or h:mm:ss from an hour on. */
export function clock(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

/** Files done / total, the current file, elapsed time and, once a file is done, the time left. One line. */
export function progressText(p: ProgressState): string {
  let text = `检查中 ${p.done}/${p.total}`;
  if (p.current) text += ` · ${p.current}`;
  text += ` · 已用 ${clock(p.elapsedMs)}`;
  // An estimate only once a file is done: the mean time per file so far × the files left.
  if (p.done > 0 && p.done < p.total) text += ` · 预计还需 ${clock((p.elapsedMs / p.done) * (p.total - p.done))}`;
  // A file name with control characters would break the one-line display.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f]/g, " ");
}
