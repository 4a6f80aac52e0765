/**
 * The local web checker page (dist/index.html): open .xlsx files (picker or drag-and-drop), see every
 * table's findings with filters and the spend-curve chart, download a marked copy. Runs from disk
 * (file://) or from `npm start`; no request ever leaves the page (CSP connect-src 'none'). This module is only the
 * DOM: files are read and checked in a Web Worker behind the controller (controller.ts, worker.ts), and the page
 * draws the progress while it waits.
 */
import type { CheckOptions, Finding, Profile, Severity } from "../engine";
import { DEFAULT_PROFILE, SEVERITY_LABEL, countsText, getBuiltinProfile, listProfiles, severityCounts } from "../engine";
import { loadProfile } from "../engine/profiles";
import { paceAt, renderSpendChart } from "../taskpane/chart";
import { CheckerController, type OpenedFile } from "./controller";
import type { TableView } from "./protocol";
import { startBackend } from "./workerBackend";
import { markedFileName } from "./mark";

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

/** The task pane's spend-curve chart (src/taskpane/chart.ts) of the curve the worker read, against this profile's pace. */
function chartFor(t: TableView): HTMLElement | null {
  if (!t.curve) return null;
  const spend = profile().spend;
  const box = el("div", { className: "chart" });
  // The SVG is built by a pure function that escapes every text from the sheet.
  box.innerHTML = renderSpendChart(t.curve, paceAt(spend.checkpoints.map((c) => c.month)), spend.paceTolerance);
  return box;
}

function findingRow(f: Finding): HTMLTableRowElement {
  const tr = el(
    "tr",
    { className: `sev-${f.severity}` },
    el("td", { className: "sev", text: SEVERITY_LABEL[f.severity] }),
    el("td", { className: "code", text: f.code }),
    el("td", { className: "cell", text: f.cell ?? "" }),
    el("td", { text: f.message }),
    el("td", { text: f.suggestion ?? "" }),
  );
  tr.dataset.severity = f.severity;
  tr.dataset.code = f.code;
  return tr;
}

/** Each opened file's section on the page. */
const sections = new Map<number, HTMLElement>();

function placeholder(o: OpenedFile): void {
  const box = el("section", { className: "file", text: `等待检查 ${o.name}…` });
  sections.set(o.id, box);
  $("results").append(box);
}

function renderFile(o: OpenedFile): void {
  const r = o.view;
  if (!r) return;
  const head = el("div", { className: "file-head" }, el("h2", { text: o.name }));
  const box = el("section", { className: "file" }, head);
  box.dataset.file = o.name;
  const replace = () => {
    sections.get(o.id)?.replaceWith(box);
    sections.set(o.id, box);
  };
  if (!r.ok) {
    box.append(el("p", { className: "file-error", text: `无法检查：${r.reason}` }));
    return replace();
  }
  const all = r.tables.flatMap((t) => t.findings);
  const download = el("button", { className: "button secondary download", text: "下载标注副本" });
  download.type = "button";
  download.addEventListener("click", () => void downloadMarked(o, download));
  head.append(
    el("span", { className: "file-summary", text: r.tables.length ? `${r.tables.length} 张表：${countsText(severityCounts(all))}` : "未找到绩效目标表（需要“一级指标、二级指标、三级指标、指标值”表头）" }),
    download,
  );
  r.tables.forEach((t, i) => {
    const block = el("div", { className: "table-block" }, el("h3", { text: `表 ${i + 1} · ${t.sheet}!${t.range} · ${t.project || "（未填写项目名称）"}` }));
    const body = el("div", { className: "table-body" });
    const chart = chartFor(t);
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
  replace();
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
  const all = controller.files.flatMap((o) => (o.view?.ok ? o.view.tables.flatMap((t) => t.findings) : []));
  for (const s of ["error", "warning", "info"] as Severity[]) $(`count-${s}`).textContent = String(all.filter((f) => f.severity === s).length);
  const select = $<HTMLSelectElement>("code-filter");
  const current = select.value;
  const codes = [...new Set(all.map((f) => f.code))].sort();
  select.replaceChildren(el("option", { text: "全部" }), ...codes.map((c) => el("option", { text: `${c}（${all.filter((f) => f.code === c).length}）` })));
  select.options[0].value = "";
  codes.forEach((c, i) => (select.options[i + 1].value = c));
  select.value = codes.includes(current) ? current : "";
  $("filters").hidden = controller.files.length === 0;
  applyFilters();
}

/** The progress display: the CLI's progress line (src/engine/progressText.ts) and a bar, while a batch runs. */
function showProgress(text: string | null, done: number, total: number): void {
  const box = $("progress");
  box.hidden = text === null;
  if (text === null) return;
  $("progress-text").textContent = text;
  const bar = $<HTMLProgressElement>("progress-bar");
  bar.max = Math.max(1, total);
  bar.value = done;
}

const controller = new CheckerController(startBackend(), { added: (files) => files.forEach(placeholder), checked: renderFile, progress: showProgress });

function options(): CheckOptions {
  return { profile: profile(), year: year() };
}

async function openFiles(files: File[]): Promise<void> {
  if (!files.length) return;
  setStatus(`正在读取 ${files.length} 个文件…`, true);
  await controller.open(files, options());
  refreshFilters();
  const done = controller.files.filter((o) => o.view?.ok).length;
  setStatus(`已检查 ${controller.files.length} 个文件（${done} 个可读取）。`, false);
}

/** The worker marks the ORIGINAL bytes (never mutated) with the file's last check; the page offers the copy. */
async function downloadMarked(o: OpenedFile, button: HTMLButtonElement): Promise<void> {
  if (!o.view?.ok) return;
  button.disabled = true;
  try {
    const res = await controller.markedCopy(o);
    if (res.kind === "refused") return setStatus(res.reason, false);
    if (res.kind === "failed") return setStatus(`生成标注副本失败：${res.message}`, false);
    const blob = new Blob([res.bytes], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
    const url = URL.createObjectURL(blob);
    const a = el("a");
    a.href = url;
    a.download = markedFileName(o.name);
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    setStatus(`已生成“${a.download}”：标注 ${res.markedCells} 个单元格，“${res.resultSheet}”工作表列出 ${res.findings} 条问题。`, false);
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
    await controller.recheck(options());
    refreshFilters();
    setStatus(`已按新的设置重新检查 ${controller.files.length} 个文件。`, false);
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
