// PLACEHOLDER written by the CLI helper so `perfcheck templates` / `perfcheck template` dispatch compiles.
// TASKPANE helper: this file is yours — overwrite it entirely with the real commands, keeping these two
// exported signatures (main.ts calls them with the arguments after the sub-command and an io object).
import type { CliIO } from "./io";

export async function runTemplates(_args: string[], io: CliIO): Promise<number> {
  io.err("perfcheck templates：尚未实现\n");
  return 2;
}

export async function runTemplate(_args: string[], io: CliIO): Promise<number> {
  io.err("perfcheck template：尚未实现\n");
  return 2;
}
