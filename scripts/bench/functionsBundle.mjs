// Loads the built dist/functions.js outside Excel: a bare VM context with a CustomFunctions stand-in that
// records associate() calls. Returns the registered functions by id (CHECK, SPENDCURVE, …); throws if the bundle does.
import fs from "node:fs";
import vm from "node:vm";

export function loadBuiltFunctions(bundlePath) {
  const fns = {};
  const ctx = {
    console,
    setTimeout,
    clearTimeout,
    CustomFunctions: { associate: (id, fn) => void (fns[id] = fn), Error: class extends Error {}, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" } },
  };
  ctx.self = ctx;
  ctx.window = ctx;
  ctx.globalThis = ctx;
  vm.createContext(ctx);
  vm.runInContext(fs.readFileSync(bundlePath, "utf8"), ctx);
  return fns;
}
