/** Where the CLI writes. main() uses the process streams; tests pass collectors to run the CLI in-process. */
export interface CliIO {
  /** stdout: the report (text or JSON). */
  out(text: string): void;
  /** stderr: one line per unreadable file, usage errors. */
  err(text: string): void;
}

export const processIO: CliIO = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
};
