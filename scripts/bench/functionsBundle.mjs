// Loads the built dist/functions.js outside Excel with a CustomFunctions stand-in that records associate() calls.
// Returns the registered functions by id (CHECK, SPENDCURVE, …); throws if the bundle does.
//
// The bundle runs in THIS realm (vm.compileFunction with CustomFunctions/self/window as parameters), not in a
// vm.createContext sandbox: inside a contextified sandbox every global lookup (Number, String, Map, Math…) goes
// through V8's interceptors, which made the same bundle 40–60 % slower than in a plain realm (7.2 vs 4.7 ms min
// per 1 000-row CHECK, 2026-11-27) — a cost Excel's own JavaScript runtime does not have.
import fs from "node:fs";
import vm from "node:vm";

export function loadBuiltFunctions(bundlePath) {
  const fns = {};
  const CustomFunctions = {
    associate: (id, fn) => void (fns[id] = fn),
    Error: class extends Error {},
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  };
  // What the bundle may reach through `self` / `window` (webpack's global object): a plain object, so nothing leaks.
  const host = { CustomFunctions };
  const run = vm.compileFunction(fs.readFileSync(bundlePath, "utf8"), ["CustomFunctions", "self", "window"], { filename: bundlePath });
  run(CustomFunctions, host, host);
  return fns;
}
