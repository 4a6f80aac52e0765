/**
 * The local web checker page (dist/index.html): open .xlsx files (picker or drag-and-drop), see every
 * table's findings with filters and the spend-curve chart, download a marked copy. Runs from disk
 * (file://) or from `npm start`; no request ever leaves the page (CSP connect-src 'none').
 */
import type { Finding, PerfTable, Profile, Severity } from "../engine";
import { DEFAULT_PROFILE, getBuiltinProfile, listProfiles, loadProfile } from "../engine";
import { PaneController } from "../taskpane/controller";
import { renderSpendChart } from "../taskpane/chart";
import type { SpreadsheetHost } from "../hosts/types";
import { MAX_MERGE_CELLS_FOR_COPY, checkFile, loadWorkbook, type FileCheck } from "./workbook";
import { SEVERITY_TEXT, markWorkbook, markedFileName } from "./mark";

interface Opened {
  name: string;
  bytes: Uint8Array;
  result: FileCheck;
  element: HTMLElement;
}

const opened: Opened[] = [];
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string } = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (props.className) e.className = props.className;
  if (props.text !== undefined) e.textContent = props.text;
  e.append(...children);
  return e;
}

/** A profile the user loaded from a JSON file (the option value "__file" selects it). */
let fileProfile: Profile | null = null;

function profile(): Profile {
  const v = $<HTMLSelectElement>("profile").value;
  if (v === "__file" && fileProfile) return fileProfile;
  return getBuiltinProfile(v) ?? DEFAULT_PROFILE;
}

/** Load a user's JSON profile; a bad one gets the engine's zh-CN error and the current profile stays. */
async function loadProfileFile(file: File): Promise<boolean> {
  const text = (await file.text().catch(() => "")).trim();
  if (!text.startsWith("{")) {
    setStatus(`配置文件“${file.name}”不是 JSON 配置（应以 { 开头），未使用。当前配置未改变。`, false);
    return false;
  }
  // loadProfile parses and validates; its error names the field that is wrong.
  const res = loadProfile(text);
  if (!res.ok) {
    setStatus(`配置文件“${file.name}”有误，未使用：${res.error}。当前配置未改变。`, false);
    return false;
  }
  fileProfile = res.profile;
  const select = $<HTMLSelectElement>("profile");
  let option = [...select.options].find((o) => o.value === "__file");
  if (!option) {
    option = el("option");
    option.value = "__file";
    select.append(option);
  }
  option.textContent = `文件：${file.name}`;
  select.value = "__file";
  return true;
}

function year(): number | null {
  const v = Number($<HTMLInputElement>("year").value);
  return Number.isInteger(v) && v >= 2000 && v <= 2100 ? v : null;
}

function setStatus(text: string, busy: boolean): void {
  const s = $("status");
  s.textContent = text;
  s.dataset.busy = busy ? "1" : "0";
  if (!busy) s.dataset.done = String(Number(s.dataset.done ?? "0") + 1);
}

/**
 * The spend-curve chart of the task pane (src/taskpane/chart.ts), fed by the pane's own curve reading
 * (PaneController.curveOf / pace use only the profile, never the host: none is needed here).
 */
function chartFor(table: PerfTable): HTMLElement | null {
  const reader = new PaneController(null as unknown as SpreadsheetHost);
  reader.profile = profile();
  const curve = reader.curveOf(table);
  if (!curve) return null;
  const pace = reader.pace();
  const box = el("div", { className: "chart" });
  // The SVG is built by a pure function that escapes every text from the sheet.
  box.innerHTML = renderSpendChart(curve, pace.points, pace.tolerance);
  return box;
}

function findingRow(f: Finding): HTMLTableRowElement {
  const tr = el(
    "tr",
    { className: `sev-${f.severity}` },
    el("td", { className: "sev", text: SEVERITY_TEXT[f.severity] }),
    el("td", { className: "code", text: f.code }),
    el("td", { className: "cell", text: f.cell ?? "" }),
    el("td", { text: f.message }),
    el("td", { text: f.suggestion ?? "" }),
  );
  tr.dataset.severity = f.severity;
  tr.dataset.code = f.code;
  return tr;
}

function renderFile(o: Opened): void {
  const r = o.result;
  const head = el("div", { className: "file-head" }, el("h2", { text: o.name }));
  const box = el("section", { className: "file" }, head);
  box.dataset.file = o.name;
  if (!r.ok) {
    box.append(el("p", { className: "file-error", text: `无法检查：${r.reason}` }));
    o.element.replaceWith(box);
    o.element = box;
    return;
  }
  const tables = r.sheets.flatMap((s) => s.tables.map((t) => ({ sheet: s.sheet, ...t })));
  const all = tables.flatMap((t) => t.findings);
  const n = (s: Severity) => all.filter((f) => f.severity === s).length;
  const download = el("button", { className: "button secondary download", text: "下载标注副本" });
  download.type = "button";
  download.addEventListener("click", () => void downloadMarked(o, download));
  head.append(
    el("span", { className: "file-summary", text: tables.length ? `${tables.length} 张表：${n("error")} 个错误、${n("warning")} 个警告、${n("info")} 个提示` : "未找到绩效目标表（需要“一级指标、二级指标、三级指标、指标值”表头）" }),
    download,
  );
  tables.forEach((t, i) => {
    const project = t.table.header.projectName?.text || t.table.header.title?.text || "（未填写项目名称）";
    const block = el("div", { className: "table-block" }, el("h3", { text: `表 ${i + 1} · ${t.sheet}!${t.table.range} · ${project}` }));
    const body = el("div", { className: "table-body" });
    const chart = chartFor(t.table);
    if (chart) body.append(chart);
    if (t.findings.length) {
      const table = el(
        "table",
        { className: "findings" },
        el("thead", {}, el("tr", {}, ...["级别", "代码", "单元格", "问题说明", "建议"].map((h) => el("th", { text: h })))),
        el("tbody", {}, ...t.findings.map(findingRow)),
      );
      body.append(table);
    } else {
      body.append(el("p", { className: "none", text: "未发现问题。" }));
    }
    block.append(body);
    box.append(block);
  });
  o.element.replaceWith(box);
  o.element = box;
}

/** Severity checkboxes and the code list apply to every findings row on the page. */
function applyFilters(): void {
  const severities = new Set([...document.querySelectorAll<HTMLInputElement>(".sev-filter")].filter((c) => c.checked).map((c) => c.value));
  const code = $<HTMLSelectElement>("code-filter").value;
  let shown = 0;
  let total = 0;
  for (const tr of document.querySelectorAll<HTMLTableRowElement>(".findings tbody tr")) {
    total++;
    const visible = severities.has(tr.dataset.severity ?? "") && (!code || tr.dataset.code === code);
    tr.hidden = !visible;
    if (visible) shown++;
  }
  $("shown").textContent = `显示 ${shown} / ${total} 条`;
}

function refreshFilters(): void {
  const all = opened.flatMap((o) => (o.result.ok ? o.result.sheets.flatMap((s) => s.tables.flatMap((t) => t.findings)) : []));
  for (const s of ["error", "warning", "info"] as Severity[]) $(`count-${s}`).textContent = String(all.filter((f) => f.severity === s).length);
  const select = $<HTMLSelectElement>("code-filter");
  const current = select.value;
  const codes = [...new Set(all.map((f) => f.code))].sort();
  select.replaceChildren(el("option", { text: "全部" }), ...codes.map((c) => el("option", { text: `${c}（${all.filter((f) => f.code === c).length}）` })));
  select.options[0].value = "";
  codes.forEach((c, i) => (select.options[i + 1].value = c));
  select.value = codes.includes(current) ? current : "";
  $("filters").hidden = opened.length === 0;
  applyFilters();
}

async function check(o: Opened): Promise<void> {
  o.result = await checkFile(o.name, o.bytes, { profile: profile(), year: year() });
  renderFile(o);
}

async function openFiles(files: File[]): Promise<void> {
  const xlsx = files.filter((f) => f.size >= 0);
  if (!xlsx.length) return;
  setStatus(`正在读取 ${xlsx.length} 个文件…`, true);
  for (const file of xlsx) {
    const placeholder = el("section", { className: "file", text: `正在检查 ${file.name}…` });
    $("results").append(placeholder);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      bytes = new Uint8Array();
    }
    const o: Opened = { name: file.name, bytes, result: { ok: false, name: file.name, reason: "尚未检查" }, element: placeholder };
    opened.push(o);
    await check(o);
  }
  refreshFilters();
  const done = opened.filter((o) => o.result.ok).length;
  setStatus(`已检查 ${opened.length} 个文件（${done} 个可读取）。`, false);
}

/** Re-read the ORIGINAL bytes (the page never mutates them), mark, and hand the copy to the browser. */
async function downloadMarked(o: Opened, button: HTMLButtonElement): Promise<void> {
  if (!o.result.ok) return;
  const big = o.result.largestMerge;
  if (big && big.cells > MAX_MERGE_CELLS_FOR_COPY) {
    setStatus(`“${o.name}”中有覆盖 ${big.cells.toLocaleString("zh-CN")} 个单元格的合并区域（${big.ref}），无法安全生成标注副本：请在 Excel 中取消这个合并后重新打开本文件。检查结果仍然有效。`, false);
    return;
  }
  button.disabled = true;
  try {
    const wb = await loadWorkbook(o.bytes);
    const summary = markWorkbook(wb, o.result.sheets, o.name);
    const buffer = await wb.xlsx.writeBuffer();
    const blob = new Blob([buffer], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
    const url = URL.createObjectURL(blob);
    const a = el("a");
    a.href = url;
    a.download = markedFileName(o.name);
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    setStatus(`已生成“${a.download}”：标注 ${summary.markedCells} 个单元格，“${summary.resultSheet}”工作表列出 ${summary.findings} 条问题。`, false);
  } catch (e) {
    setStatus(`生成标注副本失败：${e instanceof Error ? e.message : String(e)}`, false);
  } finally {
    button.disabled = false;
  }
}

function init(): void {
  const select = $<HTMLSelectElement>("profile");
  for (const p of listProfiles()) {
    const o = el("option", { text: p.label ? `${p.label}（${p.name}）` : p.name });
    o.value = p.name;
    select.append(o);
  }
  select.value = DEFAULT_PROFILE.name;
  const recheck = async () => {
    setStatus("正在按新的设置重新检查…", true);
    for (const o of opened) await check(o);
    refreshFilters();
    setStatus(`已按新的设置重新检查 ${opened.length} 个文件。`, false);
  };
  select.addEventListener("change", () => void recheck());
  $("year").addEventListener("change", () => void recheck());
  const profileFile = $<HTMLInputElement>("profile-file");
  profileFile.addEventListener("change", () => {
    const file = profileFile.files?.[0];
    profileFile.value = "";
    if (file) void loadProfileFile(file).then((ok) => (ok ? recheck() : undefined));
  });

  const input = $<HTMLInputElement>("file-input");
  input.addEventListener("change", () => {
    const files = [...(input.files ?? [])];
    input.value = "";
    void openFiles(files);
  });
  const zone = $("dropzone");
  zone.addEventListener("dragover", (e) => {
    e.preventDefault();
    zone.classList.add("over");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("over");
    void openFiles([...(e.dataTransfer?.files ?? [])]);
  });
  // A file dropped elsewhere on the page must not make the browser navigate away from it.
  window.addEventListener("dragover", (e) => e.preventDefault());
  window.addEventListener("drop", (e) => e.preventDefault());
  for (const c of document.querySelectorAll<HTMLInputElement>(".sev-filter")) c.addEventListener("change", applyFilters);
  $("code-filter").addEventListener("change", applyFilters);
  setStatus("请选择或拖入 .xlsx 文件。", false);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
else init();
