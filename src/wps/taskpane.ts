/**
 * The WPS task pane (taskpane.html, opened by 打开面板 / 插入模板 / 检查本表 via wps.CreateTaskPane).
 * The UI is the Excel pane's own (src/taskpane/view.ts `mountPane`), mounted over the WPS host adapter:
 * shared, not copied. This page only adds what is WPS-specific: whether PERF.* could be registered in
 * this WPS version, and opening on the section the ribbon button asked for.
 */
import type { WpsGlobal } from "../hosts/wpsOm";
import { NO_CUSTOM_FUNCTIONS_MESSAGE, type RegistrationStatus } from "./functions";
import { STORAGE_FUNCTIONS } from "./commands";
import { WpsHost } from "../hosts/wps";
import { mountPane } from "../taskpane/view";

const w = (globalThis as { wps?: WpsGlobal }).wps;

function say(text: string, state: "ok" | "warn" | "error"): void {
  const el = document.getElementById("functions-status");
  if (!el) return;
  el.textContent = text;
  el.dataset.state = state;
}

/** Whether PERF.* exist in this WPS: what index.html recorded, else what this page can see. */
function functionsStatus(): boolean {
  let s: RegistrationStatus | null;
  try {
    const raw = w?.PluginStorage?.getItem(STORAGE_FUNCTIONS);
    s = raw ? (JSON.parse(raw) as RegistrationStatus) : null;
  } catch {
    s = null;
  }
  if (!w) {
    say("未检测到 WPS 表格：请在 WPS 表格中通过“绩效目标”选项卡打开本面板。", "error");
    return false;
  }
  if (s ? !s.ok : typeof w.AddCustomFunction !== "function") {
    say(NO_CUSTOM_FUNCTIONS_MESSAGE, "warn");
    return false;
  }
  say("PERF 自定义函数可用：=PERF.CHECK、=PERF.SPENDCURVE、=PERF.PARSE、=PERF.SUMMARY。", "ok");
  return true;
}

function start(): void {
  const functionsAvailable = functionsStatus();
  const root = document.getElementById("app");
  if (!root) return;
  mountPane(root, new WpsHost(w), { hostLabel: "WPS 表格" });
  // Without PERF.* the template's live check formulas would only show #NAME?: do not offer them.
  const formulas = document.getElementById("formulas") as HTMLInputElement | null;
  if (formulas && !functionsAvailable) {
    formulas.checked = false;
    formulas.disabled = true;
    formulas.title = "当前 WPS 版本不支持自定义函数";
  }
  // The ribbon opens the pane on what the user clicked: #results (检查本表) re-runs the check here so the
  // findings list, chart and fixes are live; #templates scrolls to the template section.
  if (location.hash === "#results") document.getElementById("check")?.click();
  if (location.hash === "#templates") document.getElementById("insert-section")?.scrollIntoView();
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
