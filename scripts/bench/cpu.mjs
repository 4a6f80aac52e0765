// Process CPU time in ms (user + system), the clock of every bench figure. On this shared 2-core machine wall time
// measured the neighbours' load; CPU time stays close to what an idle machine's wall time would be, V8's GC threads
// on the other core making it an over-estimate (see docs/performance.md).
import process from "node:process";

export function cpuNow() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
