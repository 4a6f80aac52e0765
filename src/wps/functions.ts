/**
 * PERF.* custom functions in WPS Spreadsheets: each function of FUNCTION_DEFS (the same list that
 * Excel's metadata comes from) is registered with `wps.AddCustomFunction("PERF", NAME, fn)` and calls
 * the SAME bodies as Excel (src/functions/registry.ts FUNCTION_IMPLS), so both hosts give the same
 * answers for the same cells.
 *
 * WPS custom functions are synchronous and need ASCII names. They must never throw into the host: an
 * input error comes back as one cell of zh-CN text (Excel shows the same sentence in its #VALUE! tip).
 */
import { FUNCTION_DEFS, FUNCTION_IMPLS, FUNCTION_NAMESPACE, errorMessage } from "../functions";
import type { WpsGlobal } from "../hosts/wpsOm";
import { valuesOf } from "../hosts/wpsSheet";

export type RegistrationStatus =
  | { ok: true; namespace: string; registered: string[]; failed: { name: string; message: string }[] }
  | { ok: false; namespace: string; registered: []; message: string };

/** Shown in the pane when this WPS cannot register functions. */
export const NO_CUSTOM_FUNCTIONS_MESSAGE =
  "当前 WPS 版本不支持加载项自定义函数（缺少 wps.AddCustomFunction），=PERF.CHECK 等函数不可用。" +
  "请升级到 WPS Office 12.1.0.20540 或更高版本；任务窗格中的“检查本表”“插入模板”“清除标记”仍可正常使用。";

/**
 * A WPS argument → what the function bodies expect from Excel: a range as rows of values, a scalar as is,
 * an omitted optional as null. Some WPS builds hand a Range object instead of its values.
 */
export function wpsArg(x: unknown): unknown {
  if (x === undefined) return null;
  if (x && typeof x === "object" && !Array.isArray(x) && !(x instanceof Date) && "Value2" in (x as object)) {
    return valuesOf((x as { Value2: unknown }).Value2);
  }
  if (Array.isArray(x)) return x.map((row) => (Array.isArray(row) ? row.map((v) => (v === undefined ? null : v)) : row === undefined ? null : row));
  return x;
}

/** The function WPS calls for one definition: arguments adapted, errors turned into text, never thrown. */
export function wpsFunction(id: string): (...args: unknown[]) => unknown[][] {
  const impl = FUNCTION_IMPLS[id];
  const def = FUNCTION_DEFS.find((d) => d.id === id);
  const arity = def?.parameters.length ?? 0;
  return (...args: unknown[]) => {
    try {
      if (!impl) return [[`PerfCheck：函数 ${id} 未实现`]];
      const adapted = Array.from({ length: Math.max(arity, args.length) }, (_, i) => wpsArg(args[i]));
      return impl(...adapted);
    } catch (e) {
      return [[errorMessage(e)]];
    }
  };
}

/** Register every PERF function. Never throws; says what happened. */
export function registerWpsFunctions(wps: WpsGlobal | undefined): RegistrationStatus {
  const namespace = FUNCTION_NAMESPACE.en;
  if (!wps || typeof wps.AddCustomFunction !== "function") {
    return { ok: false, namespace, registered: [], message: NO_CUSTOM_FUNCTIONS_MESSAGE };
  }
  const registered: string[] = [];
  const failed: { name: string; message: string }[] = [];
  for (const def of FUNCTION_DEFS) {
    const name = def.name.toUpperCase();
    try {
      wps.AddCustomFunction(namespace, name, wpsFunction(def.id));
      registered.push(`${namespace}.${name}`);
    } catch (e) {
      failed.push({ name: `${namespace}.${name}`, message: e instanceof Error ? e.message : String(e) });
    }
  }
  return { ok: true, namespace, registered, failed };
}
