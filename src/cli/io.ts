/** Where the CLI writes. main() uses the process streams; tests pass collectors to run the CLI in-process. */
export interface CliIO {
  /** stdout: the report (text or JSON). */
  out(text: string): void;
  /** stderr: one line per unreadable file, usage errors, the progress line. */
  err(text: string): void;
  /** stderr is a terminal: the progress line is drawn (unless --quiet). Collectors leave it unset: no progress. */
  errIsTTY?: boolean;
  /** Terminal width for the progress line. */
  columns?: number;
  /** Worker threads when --jobs is not given; unset: one per core. */
  defaultJobs?: number;
  /** Clock of the progress line (ms). */
  now?: () => number;
}

/**
 * stdout closed by its reader (`perfcheck check 收件箱/ | head`): the rest of the report has nowhere to go. The run
 * goes on quietly and still exits with its own code, instead of crashing on EPIPE with a Node stack trace.
 */
let stdoutClosed = false;
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code !== "EPIPE") throw e;
  stdoutClosed = true;
});

export const processIO: CliIO = {
  out: (t) => void (stdoutClosed || process.stdout.write(t)),
  err: (t) => void process.stderr.write(t),
  errIsTTY: process.stderr.isTTY === true,
  columns: process.stderr.columns,
};
