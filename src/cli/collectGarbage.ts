/**
 * A full garbage collection between the sheets of a large workbook. V8 lets a busy heap grow to several times what
 * is live before it collects (the 100 000-row workbook: ≈ 40 MB live between sheets, a heap grown past 250 MB), and
 * the sheet just checked is all garbage once its findings are written; collecting there keeps the peak near one
 * sheet's working set. Node has no API for it without `--expose-gc`, so the flag is set for the moment of taking V8's
 * `gc` function from a fresh context, then unset. Used only on the sheet-by-sheet path (a few calls per large file);
 * if the function cannot be had, nothing happens.
 */
import * as v8 from "v8";
import * as vm from "vm";

let gc: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      v8.setFlagsFromString("--expose-gc");
      gc = vm.runInNewContext("typeof gc === 'function' ? gc : null") as (() => void) | null;
    } catch {
      gc = null;
    } finally {
      v8.setFlagsFromString("--no-expose-gc");
    }
  }
  gc?.();
}
