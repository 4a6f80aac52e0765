/**
 * The WPS task pane (taskpane.html, opened by 打开面板 via wps.CreateTaskPane). It drives the sheet only
 * through the WPS SpreadsheetHost and the same commands as the ribbon.
 *
 * Minimal on purpose: the full pane UI is the Excel pane's (src/taskpane), which is to take a
 * SpreadsheetHost; once it does, this page mounts that UI with `new WpsHost()` instead.
 */
import type { Finding } from "../engine";
import { listTemplates } from "../engine/templates";
import type { WpsGlobal } from "./om";
import { NO_CUSTOM_FUNCTIONS_MESSAGE, type RegistrationStatus } from "./functions";
import { STORAGE_FUNCTIONS, STORAGE_LAST_CHECK, checkActiveSheet, insertTemplate, writeMessage, type CheckSummary } from "./commands";
import { WpsHost } from "../hosts/wps";
import { SEVERITY_LABEL } from "../functions/adapters";

const w = (globalThis as { wps?: WpsGlobal }).wps;
const host = new WpsHost(w);
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

function say(id: string, text: string, state: "ok" | "warn" | "error"): void {
  const el = $(id);
  if (!el) return;
  el.textContent = text;
  el.dataset.state = state;
  el.dataset.count = String(Number(el.dataset.count ?? "0") + 1);
}

/** Whether PERF.* exist in this WPS: what index.html recorded, else what this page can see. */
function functionsStatus(): void {
  let s: RegistrationStatus | null;
  try {
    const raw = w?.PluginStorage?.getItem(STORAGE_FUNCTIONS);
    s = raw ? (JSON.parse(raw) as RegistrationStatus) : null;
  } catch {
    s = null;
  }
  if (!w) say("functions-status", "未检测到 WPS 表格：请在 WPS 表格中通过“绩效目标”选项卡打开本面板。", "error");
  else if (s ? !s.ok : typeof w.AddCustomFunction !== "function") say("functions-status", NO_CUSTOM_FUNCTIONS_MESSAGE, "warn");
  else say("functions-status", "PERF 自定义函数可用：=PERF.CHECK、=PERF.SPENDCURVE、=PERF.PARSE、=PERF.SUMMARY。", "ok");
}

function showFindings(summary: CheckSummary): void {
  const table = $<HTMLTableElement>("findings");
  const body = table?.tBodies[0];
  if (!table || !body) return;
  const rows = summary.tables.flatMap((t) => t.findings).map((f: Finding) => {
    const tr = document.createElement("tr");
    tr.className = `sev-${f.severity}`;
    tr.dataset.code = f.code;
    const cell = document.createElement("td");
    cell.className = "cell";
    if (f.cell) {
      const a = document.createElement("a");
      a.textContent = f.cell;
      a.addEventListener("click", () => void host.selectCell(f.cell as string, summary.sheet).catch(() => undefined));
      cell.append(a);
    }
    const sev = document.createElement("td");
    sev.textContent = SEVERITY_LABEL[f.severity];
    const msg = document.createElement("td");
    msg.textContent = f.message;
    msg.title = f.code;
    const sug = document.createElement("td");
    sug.textContent = f.suggestion ?? "";
    tr.append(cell, sev, msg, sug);
    return tr;
  });
  body.replaceChildren(...rows);
  table.hidden = rows.length === 0;
}

async function check(): Promise<void> {
  try {
    const summary = await checkActiveSheet(host);
    w?.PluginStorage?.setItem(STORAGE_LAST_CHECK, JSON.stringify(summary));
    say("check-message", summary.message, summary.counts.error ? "warn" : "ok");
    showFindings(summary);
  } catch (e) {
    say("check-message", `检查未完成：${e instanceof Error ? e.message : String(e)}`, "error");
  }
}

async function clear(): Promise<void> {
  try {
    const n = await host.clearHighlights();
    say("check-message", n ? `已清除 ${n} 个标记，单元格恢复原来的填充色。` : "当前工作簿没有本加载项添加的标记。", "ok");
  } catch (e) {
    say("check-message", `清除未完成：${e instanceof Error ? e.message : String(e)}`, "error");
  }
}

async function template(): Promise<void> {
  const key = $<HTMLSelectElement>("template-key")?.value ?? "";
  const example = $<HTMLInputElement>("template-example")?.checked ?? false;
  const toNewSheet = $<HTMLInputElement>("template-newsheet")?.checked ?? false;
  const name = listTemplates().find((t) => t.key === key)?.name ?? "绩效目标表";
  try {
    const res = await insertTemplate(host, key, { example, newSheet: toNewSheet ? name : undefined });
    say("template-message", writeMessage(res), res.ok ? "ok" : "warn");
  } catch (e) {
    say("template-message", `插入未完成：${e instanceof Error ? e.message : String(e)}`, "error");
  }
}

function init(): void {
  functionsStatus();
  const select = $<HTMLSelectElement>("template-key");
  select?.replaceChildren(
    ...listTemplates().map((t) => {
      const o = document.createElement("option");
      o.value = t.key;
      o.textContent = `${t.name}：${t.summary}`;
      return o;
    }),
  );
  $("btn-check")?.addEventListener("click", () => void check());
  $("btn-clear")?.addEventListener("click", () => void clear());
  $("btn-template")?.addEventListener("click", () => void template());
  // The ribbon's 检查本表 stores its result; show it when the pane opens on it.
  try {
    const raw = w?.PluginStorage?.getItem(STORAGE_LAST_CHECK);
    if (raw) {
      const summary = JSON.parse(raw) as CheckSummary;
      say("check-message", summary.message, summary.counts.error ? "warn" : "ok");
      showFindings(summary);
    }
  } catch {
    /* a stale or foreign value: ignore */
  }
  if (location.hash === "#templates") $("templates")?.scrollIntoView();
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
else init();
