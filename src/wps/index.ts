/**
 * The WPS add-in's main page (index.html, loaded by WPS in the background when ET starts):
 * registers the PERF functions and answers the ribbon (window.ribbon.OnAddinLoad / OnAction / GetImage,
 * named in ribbon.xml). Everything that touches the sheet goes through the WPS SpreadsheetHost.
 */
import type { WpsGlobal } from "../hosts/wpsOm";
import { NO_CUSTOM_FUNCTIONS_MESSAGE, registerWpsFunctions, type RegistrationStatus } from "./functions";
import { STORAGE_FUNCTIONS, STORAGE_LAST_CHECK, checkActiveSheet, openPane } from "./commands";
import { WpsHost } from "../hosts/wps";

const wpsGlobal = (): WpsGlobal | undefined => (globalThis as { wps?: WpsGlobal }).wps;

let status: RegistrationStatus | null = null;

function byId(id: string): HTMLElement | null {
  return typeof document === "undefined" ? null : document.getElementById(id);
}

function showStatus(s: RegistrationStatus): void {
  const el = byId("functions-status");
  const list = byId("functions-list");
  if (!el) return;
  if (!s.ok) {
    el.dataset.state = "warn";
    // Opened in an ordinary browser there is no `wps` at all: say that, not "upgrade WPS".
    el.textContent = wpsGlobal() ? s.message : "未检测到 WPS 表格：本页是 WPS 加载项的后台页面，请通过 WPS 表格加载（见 publish.html 或离线安装说明）。";
    return;
  }
  el.dataset.state = s.failed.length ? "error" : "ok";
  el.textContent = s.failed.length
    ? `已注册 ${s.registered.length} 个自定义函数，${s.failed.length} 个注册失败：${s.failed.map((f) => `${f.name}（${f.message}）`).join("；")}`
    : `已注册 ${s.registered.length} 个自定义函数，可在单元格中输入 =PERF.CHECK(…) 等使用。`;
  if (list) {
    list.replaceChildren(
      ...s.registered.map((name) => {
        const li = document.createElement("li");
        li.textContent = name;
        return li;
      }),
    );
  }
}

/** Register once per page load; the pane reads the outcome from PluginStorage. */
function ensureRegistered(): RegistrationStatus {
  if (!status) {
    const w = wpsGlobal();
    status = registerWpsFunctions(w);
    try {
      w?.PluginStorage?.setItem(STORAGE_FUNCTIONS, JSON.stringify(status));
    } catch {
      /* storage is a convenience for the pane, not required */
    }
  }
  showStatus(status);
  return status;
}

function report(text: string, state: "ok" | "warn" | "error"): void {
  const el = byId("last-action");
  if (!el) return;
  el.textContent = text;
  el.dataset.state = state;
  el.dataset.count = String(Number(el.dataset.count ?? "0") + 1);
}

async function runAction(id: string): Promise<void> {
  const w = wpsGlobal();
  const base = typeof location !== "undefined" ? location.href : "file:///";
  try {
    switch (id) {
      case "btnOpenPane":
        openPane(w, base);
        report("已打开任务窗格。", "ok");
        break;
      case "btnInsertTemplate":
        openPane(w, base, "templates");
        report("请在任务窗格中选择项目类型后插入模板。", "ok");
        break;
      case "btnCheckSheet": {
        const summary = await checkActiveSheet(new WpsHost(w));
        w?.PluginStorage?.setItem(STORAGE_LAST_CHECK, JSON.stringify(summary));
        report(summary.message, summary.counts.error ? "warn" : "ok");
        openPane(w, base, "results");
        break;
      }
      case "btnClearMarks": {
        const n = await new WpsHost(w).clearHighlights();
        report(n ? `已清除 ${n} 个标记，单元格恢复原来的填充色。` : "当前工作簿没有本加载项添加的标记。", "ok");
        break;
      }
      default:
        report(`未知的按钮：${id}`, "error");
    }
  } catch (e) {
    report(`操作未完成：${e instanceof Error ? e.message : String(e)}`, "error");
  }
}

const IMAGES: Record<string, string> = {
  btnInsertTemplate: "images/template.svg",
  btnCheckSheet: "images/check.svg",
  btnClearMarks: "images/clear.svg",
  btnOpenPane: "images/pane.svg",
};

interface RibbonControl {
  Id: string;
}

export const ribbon = {
  /** Called once by WPS when the add-in loads (ribbon.xml onLoad). */
  OnAddinLoad(ribbonUI: unknown): boolean {
    (globalThis as { perfcheckRibbonUI?: unknown }).perfcheckRibbonUI = ribbonUI;
    ensureRegistered();
    return true;
  },
  /** Every button (ribbon.xml onAction); WPS expects a quick return, the work continues asynchronously. */
  OnAction(control: RibbonControl): boolean {
    void runAction(control?.Id ?? "");
    return true;
  },
  GetImage(control: RibbonControl): string {
    return IMAGES[control?.Id] ?? "images/pane.svg";
  },
};

(globalThis as { ribbon?: typeof ribbon }).ribbon = ribbon;
ensureRegistered();

export { NO_CUSTOM_FUNCTIONS_MESSAGE };
