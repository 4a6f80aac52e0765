/**
 * The PERF custom functions without a host: argument coercion (coerce.ts), one file per function, the verdict
 * text, and the registry a host registers from. Excel's registration is ./functions.ts, WPS's src/wps/functions.ts.
 */
export * from "./coerce";
export * from "./profileArg";
export * from "./verdict";
export * from "./check";
export * from "./spendCurve";
export * from "./parse";
export * from "./summary";
export * from "./registry";
