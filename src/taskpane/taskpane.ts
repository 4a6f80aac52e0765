/**
 * Excel task pane entry. Loaded by dist/taskpane.html after office.js and functions.js (shared
 * runtime: the pane and the custom functions share one JS context and one engine).
 */
import { ExcelHost } from "../hosts/excel";
import { mountPane } from "./view";

function start(): void {
  const root = document.getElementById("app");
  if (!root) return;
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== "function") {
    root.textContent = "未能加载 Office.js：请在 Excel 中通过加载项打开本页面。";
    return;
  }
  void office.onReady().then((info) => {
    if (info.host !== office.HostType.Excel) {
      const p = document.createElement("p");
      p.className = "status error";
      p.textContent = "本面板需要在 Excel 中运行（当前不是 Excel）。WPS 表格请使用 PerfCheck 的 WPS 加载项。";
      root.replaceChildren(p);
      return;
    }
    // The task-pane-only manifest (older Excel) opens taskpane.html?functions=none: no PERF functions there.
    const functions = new URLSearchParams(location.search).get("functions") !== "none";
    mountPane(root, new ExcelHost(), { hostLabel: functions ? "Excel" : "Excel · 任务窗格版", functions });
  });
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
