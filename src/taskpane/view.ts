/**
 * The task pane's DOM. Builds its own markup inside a root element, so the Excel pane
 * (taskpane.html) and the WPS pane can mount the same UI over their own host adapter.
 * All text from the sheet goes in through textContent (never innerHTML); the chart SVG is built
 * by `renderSpendChart`, which escapes what it draws.
 */
import { SEVERITIES, SEVERITY_LABEL, severityCounts, type Finding, type Severity } from "../engine";
import type { SpreadsheetHost, WriteResult } from "../hosts/types";
import { PaneController, type CheckedTable } from "./controller";
import { renderSpendChart } from "./chart";

type Attrs = Record<string, string | boolean | undefined>;

function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string | null | undefined)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === "text") el.textContent = String(v);
    else el.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c !== null && c !== undefined) el.append(c);
  return el;
}

export interface PaneOptions {
  /** Shown in the header, e.g. "Excel" or "WPS 表格". */
  hostLabel?: string;
  /** Default budget year for templates (default: this year). */
  year?: number;
  /** False where the PERF functions are not loaded (task-pane-only manifest): 添加检查公式 is then disabled. */
  functions?: boolean;
}

export class PaneView {
  readonly ctl: PaneController;
  private filter = new Set<Severity>(SEVERITIES);
  private chartTable = 0;
  private busy = false;
  private els!: {
    template: HTMLSelectElement;
    year: HTMLInputElement;
    example: HTMLInputElement;
    formulas: HTMLInputElement;
    insert: HTMLButtonElement;
    conflict: HTMLDivElement;
    check: HTMLButtonElement;
    mark: HTMLButtonElement;
    clear: HTMLButtonElement;
    profile: HTMLSelectElement;
    profileFile: HTMLInputElement;
    profileNote: HTMLParagraphElement;
    filters: HTMLDivElement;
    summary: HTMLParagraphElement;
    tableSelect: HTMLSelectElement;
    chart: HTMLDivElement;
    findings: HTMLDivElement;
    undo: HTMLButtonElement;
    status: HTMLDivElement;
  };

  constructor(
    private root: HTMLElement,
    host: SpreadsheetHost,
    private opts: PaneOptions = {},
  ) {
    this.ctl = new PaneController(host);
    this.build();
    this.renderResults();
  }

  private build(): void {
    const year = this.opts.year ?? new Date().getFullYear();
    const template = h("select", { id: "template", "aria-label": "项目类型" });
    for (const t of this.ctl.templates()) template.append(h("option", { value: t.key, title: t.summary, text: `${t.name} — ${t.summary}` }));
    const yearInput = h("input", { id: "year", type: "number", min: "2000", max: "2099", value: String(year), "aria-label": "预算年度" });
    const example = h("input", { id: "example", type: "checkbox" });
    const formulas = h("input", { id: "formulas", type: "checkbox" });
    if (this.opts.functions === false) {
      formulas.disabled = true;
      formulas.title = "任务窗格版没有 PERF 自定义函数：检查公式需要完整版加载项（Microsoft 365 或 Excel 2021 及以上）";
    }
    const insert = h("button", { id: "insert", type: "button", class: "primary", text: "插入到选中单元格" });
    const conflict = h("div", { id: "conflict", class: "conflict", hidden: true });

    const check = h("button", { id: "check", type: "button", class: "primary", text: "检查本表" });
    const mark = h("button", { id: "mark", type: "button", text: "标记", title: "用条件格式标出有问题的单元格" });
    const clear = h("button", { id: "clear", type: "button", text: "清除标记", title: "只清除本加载项添加的标记" });
    const profile = h("select", { id: "profile", "aria-label": "检查配置" });
    const profileFile = h("input", { id: "profile-file", type: "file", accept: ".json,application/json", class: "file" });
    // The native file input shows the browser's own (possibly English) text: a zh-CN button opens it instead.
    profileFile.hidden = true;
    const pickFile = h("button", { id: "profile-pick", type: "button", text: "加载配置文件（JSON）…", title: "从本机选择一个 JSON 检查配置；文件只在本机读取" });
    pickFile.addEventListener("click", () => profileFile.click());
    const profileNote = h("p", { id: "profile-note", class: "note" });
    const filters = h("div", { id: "filters", class: "filters", role: "group", "aria-label": "按严重程度筛选" });
    const summary = h("p", { id: "summary", class: "summary" });
    const tableSelect = h("select", { id: "table-select", "aria-label": "图表显示的表", hidden: true });
    const chart = h("div", { id: "chart", class: "chart" });
    const findings = h("div", { id: "findings", class: "findings" });
    const undo = h("button", { id: "undo", type: "button", hidden: true });
    const status = h("div", { id: "status", class: "status", role: "status", "aria-live": "polite" });

    this.els = { template, year: yearInput, example, formulas, insert, conflict, check, mark, clear, profile, profileFile, profileNote, filters, summary, tableSelect, chart, findings, undo, status };
    this.fillProfiles();

    this.root.replaceChildren(
      h("header", {}, h("h1", { text: "绩效目标表助手" }), h("span", { class: "host", text: `PerfCheck${this.opts.hostLabel ? ` · ${this.opts.hostLabel}` : ""}` })),
      status,
      undo,
      h(
        "section",
        { id: "insert-section" },
        h("h2", { text: "插入标准模板" }),
        h("label", { class: "field" }, h("span", { text: "项目类型" }), template),
        h("div", { class: "row" }, h("label", { class: "field small" }, h("span", { text: "年度" }), yearInput), h("label", { class: "check" }, example, " 填入示例值"), h("label", { class: "check" }, formulas, " 添加检查公式")),
        insert,
        conflict,
      ),
      h(
        "section",
        { id: "check-section" },
        h("h2", { text: "检查" }),
        h("div", { class: "row buttons" }, check, mark, clear),
        h("label", { class: "field" }, h("span", { text: "检查配置" }), profile),
        h("div", { class: "row file-row" }, pickFile, profileFile),
        profileNote,
        summary,
        filters,
        tableSelect,
        chart,
        findings,
      ),
    );

    insert.addEventListener("click", () => void this.insert(false));
    check.addEventListener("click", () => void this.run("正在读取并检查本表…", () => this.check()));
    mark.addEventListener("click", () => void this.run("正在标记…", () => this.mark()));
    clear.addEventListener("click", () => void this.run("正在清除标记…", () => this.clearMarks()));
    undo.addEventListener("click", () => void this.run("正在撤销…", () => this.undo()));
    profile.addEventListener("change", () => this.chooseProfile());
    profileFile.addEventListener("change", () => void this.loadProfileFile());
    tableSelect.addEventListener("change", () => {
      this.chartTable = Number(tableSelect.value) || 0;
      this.renderChart();
    });
  }

  private fillProfiles(): void {
    const sel = this.els.profile;
    sel.replaceChildren();
    for (const p of this.ctl.profiles()) sel.append(h("option", { value: p.name, title: p.description, text: `${p.label}（${p.name}）` }));
    if (this.ctl.profileSource.startsWith("文件：")) sel.append(h("option", { value: "__file", text: this.ctl.profileSource }));
    sel.value = this.ctl.profileSource.startsWith("文件：") ? "__file" : this.ctl.profile.name;
  }

  private say(text: string, kind: "info" | "ok" | "error" = "info"): void {
    this.els.status.textContent = text;
    this.els.status.className = `status ${kind}`;
  }

  /** Run one host operation at a time, with buttons disabled and errors shown in zh-CN. */
  private async run(busyText: string, fn: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.root.classList.add("busy");
    this.root.querySelectorAll("button").forEach((b) => (b.disabled = true));
    this.say(busyText);
    try {
      await fn();
    } catch (e) {
      this.say(`操作未完成：${e instanceof Error ? e.message : String(e)}`, "error");
    } finally {
      this.busy = false;
      this.root.classList.remove("busy");
      this.root.querySelectorAll("button").forEach((b) => (b.disabled = false));
    }
  }

  private insertOptions() {
    const y = Number(this.els.year.value);
    return { year: Number.isInteger(y) && y >= 2000 && y <= 2099 ? y : undefined, example: this.els.example.checked, formulas: this.els.formulas.checked };
  }

  private async insert(newSheet: boolean): Promise<void> {
    const key = this.els.template.value;
    const name = this.els.template.selectedOptions[0]?.textContent?.split(" — ")[0] ?? key;
    await this.run(newSheet ? "正在新建工作表并插入模板…" : "正在插入模板…", async () => {
      const res: WriteResult = await this.ctl.insertTemplate(key, { ...this.insertOptions(), newSheet });
      const box = this.els.conflict;
      if (res.ok) {
        box.hidden = true;
        box.replaceChildren();
        this.say(`已插入${name}模板：${res.sheet}!${res.address}。填好后点“检查本表”。`, "ok");
        return;
      }
      const more = res.conflicts.length > 3 ? ` 等 ${res.conflicts.length} 处` : "";
      box.hidden = false;
      const again = h("button", { id: "insert-new-sheet", type: "button", text: "插入到新工作表" });
      again.addEventListener("click", () => void this.insert(true));
      box.replaceChildren(h("p", { text: `所选位置 ${res.address} 已有内容（${res.conflicts.slice(0, 3).join("、")}${more}）。为避免覆盖，模板没有插入。请选择空白区域的左上角单元格，或：` }), again);
      this.say("模板未插入：目标区域不是空白。", "error");
    });
  }

  private async check(): Promise<void> {
    await this.ctl.check();
    this.chartTable = Math.max(0, this.ctl.tables.findIndex((t) => t.curve !== null));
    this.renderResults();
    const n = this.ctl.tables.length;
    const errors = this.ctl.tables.reduce((s, t) => s + t.findings.filter((f) => f.severity === "error").length, 0);
    this.say(n ? `检查完成：${this.ctl.sheet} 中找到 ${n} 张表，${errors ? `共 ${errors} 个错误` : "没有错误"}。` : `检查完成：${this.ctl.sheet} 中没有找到绩效目标表（需要“一级指标、二级指标、三级指标、指标值”表头）。`, n && !errors ? "ok" : "info");
  }

  private async mark(): Promise<void> {
    if (!this.ctl.checked) await this.ctl.check();
    const n = await this.ctl.mark(this.filter);
    this.renderResults();
    this.say(n ? `已标记 ${n} 个单元格（红：错误，黄：警告，蓝：提示）。“清除标记”只删除这些标记。` : "没有需要标记的单元格。", "ok");
  }

  private async clearMarks(): Promise<void> {
    const n = await this.ctl.clearMarks();
    this.say(n ? `已清除本加载项添加的 ${n} 个标记，您自己的格式保持不变。` : "没有本加载项添加的标记。", "ok");
  }

  private async fix(f: Finding): Promise<void> {
    const rec = await this.ctl.applyFix(f);
    this.renderResults();
    this.say(`已将 ${rec.before.address} 改为“${rec.after}”并重新检查。可点“撤销修正”恢复原值。`, "ok");
  }

  private async undo(): Promise<void> {
    const rec = await this.ctl.undoFix();
    this.renderResults();
    if (rec) this.say(`已恢复 ${rec.before.address} 的原内容。`, "ok");
  }

  private chooseProfile(): void {
    const v = this.els.profile.value;
    if (v === "__file") return;
    const r = this.ctl.useBuiltinProfile(v);
    if (r.ok) {
      this.fillProfiles();
      this.els.profileNote.textContent = r.profile.description;
      this.els.profileNote.className = "note";
      if (this.ctl.checked) void this.run("正在按新配置重新检查…", () => this.check());
    }
  }

  private async loadProfileFile(): Promise<void> {
    const file = this.els.profileFile.files?.[0];
    if (!file) return;
    // An unreadable file is treated like an empty one: loadProfileText explains what is wrong.
    const text = await file.text().catch(() => "");
    const r = this.ctl.loadProfileText(text, file.name);
    this.els.profileFile.value = "";
    this.fillProfiles();
    if (!r.ok) {
      this.els.profileNote.textContent = r.error;
      this.els.profileNote.className = "note error";
      this.say(r.error, "error");
      return;
    }
    this.els.profileNote.textContent = `已使用配置文件 ${file.name}：${r.profile.label}`;
    this.els.profileNote.className = "note ok";
    this.say(`已加载配置文件 ${file.name}。`, "ok");
    if (this.ctl.checked) await this.run("正在按新配置重新检查…", () => this.check());
  }

  // ------------------------------------------------------------------------------------------
  // Results

  private renderResults(): void {
    this.renderFilters();
    this.renderUndo();
    this.renderTableSelect();
    this.renderChart();
    this.renderFindings();
  }

  private renderUndo(): void {
    const last = this.ctl.fixes[this.ctl.fixes.length - 1];
    this.els.undo.hidden = !last;
    this.els.undo.textContent = last ? `撤销修正（${last.before.address}：恢复为“${last.before.formula ?? String(last.before.value ?? "")}”）` : "";
  }

  private renderFilters(): void {
    const counts = severityCounts(this.ctl.tables.flatMap((t) => t.findings));
    const box = this.els.filters;
    box.replaceChildren();
    for (const s of SEVERITIES) {
      const n = counts[s];
      const cb = h("input", { type: "checkbox", id: `filter-${s}`, checked: this.filter.has(s) });
      cb.addEventListener("change", () => {
        if (cb.checked) this.filter.add(s);
        else this.filter.delete(s);
        this.renderFindings();
      });
      box.append(h("label", { class: `check sev-${s}` }, cb, ` ${SEVERITY_LABEL[s]} ${n}`));
    }
    const tables = this.ctl.tables.length;
    this.els.summary.textContent = !this.ctl.checked
      ? "点“检查本表”读取当前工作表中的所有绩效目标表。"
      : tables
        ? `${this.ctl.sheet}：${tables} 张表，${SEVERITIES.map((s) => `${SEVERITY_LABEL[s]} ${counts[s]}`).join(" · ")}`
        : `${this.ctl.sheet}：没有找到绩效目标表。`;
  }

  private tableTitle(t: CheckedTable): string {
    const name = t.table.header.projectName?.text || t.table.header.title?.text || "（未命名项目）";
    return `表 ${t.number} · ${name}`;
  }

  private renderTableSelect(): void {
    const sel = this.els.tableSelect;
    sel.replaceChildren();
    const withPlan = this.ctl.tables.map((t, i) => ({ t, i })).filter((x) => x.t.curve);
    sel.hidden = withPlan.length < 2;
    for (const { t, i } of withPlan) sel.append(h("option", { value: String(i), text: `支出计划图：${this.tableTitle(t)}` }));
    if (withPlan.length) sel.value = String(this.chartTable);
  }

  private renderChart(): void {
    const t = this.ctl.tables[this.chartTable];
    const box = this.els.chart;
    if (!t || !t.curve) {
      box.replaceChildren();
      box.hidden = true;
      return;
    }
    box.hidden = false;
    const pace = this.ctl.pace();
    box.innerHTML = renderSpendChart(t.curve, pace.points, pace.tolerance);
    box.setAttribute("data-table", String(t.number));
  }

  private renderFindings(): void {
    const box = this.els.findings;
    box.replaceChildren();
    for (const { table, findings } of this.ctl.visible(this.filter)) {
      const head = h("h3", {}, h("span", { text: this.tableTitle(table) }), h("span", { class: "range", text: ` ${table.table.range}` }));
      const group = h("section", { class: "table-group", "data-table": String(table.number) }, head);
      if (!findings.length) group.append(h("p", { class: "none", text: table.findings.length ? "筛选条件下没有问题。" : "没有发现问题。" }));
      const list = h("ul", { class: "finding-list" });
      for (const f of findings) list.append(this.findingItem(table, f));
      group.append(list);
      box.append(group);
    }
  }

  private findingItem(table: CheckedTable, f: Finding): HTMLLIElement {
    const li = h("li", { class: `finding sev-${f.severity}`, "data-code": f.code, "data-cell": f.cell ?? "", tabindex: "0" });
    const goto = h("button", { type: "button", class: "goto", text: f.cell ?? "—", title: f.cell ? `选中 ${f.cell}` : "无对应单元格", disabled: !f.cell });
    li.append(h("div", { class: "line" }, h("span", { class: `badge sev-${f.severity}`, text: SEVERITY_LABEL[f.severity] }), goto, h("code", { class: "code", text: f.code })), h("p", { class: "msg", text: f.message }));
    if (f.suggestion !== undefined && f.cell) {
      const fixBtn = h("button", { type: "button", class: "fix", text: "一键修正", title: `把 ${f.cell} 改为“${f.suggestion}”` });
      fixBtn.addEventListener("click", (ev) => {
        ev.stopPropagation();
        void this.run("正在修正…", () => this.fix(f));
      });
      li.append(h("div", { class: "suggestion" }, h("span", { text: "建议：" }), h("strong", { text: f.suggestion }), fixBtn));
    }
    const select = () => {
      if (!f.cell) return;
      if (table.curve) {
        this.chartTable = table.number - 1;
        this.els.tableSelect.value = String(this.chartTable);
        this.renderChart();
      }
      this.root.querySelectorAll(".finding.active").forEach((x) => x.classList.remove("active"));
      li.classList.add("active");
      void this.ctl.select(f).catch((e) => this.say(`无法选中 ${f.cell}：${e instanceof Error ? e.message : String(e)}`, "error"));
    };
    li.addEventListener("click", select);
    li.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter") select();
    });
    return li;
  }
}

/** Mount the pane into `root` over any host adapter (Excel or WPS). */
export function mountPane(root: HTMLElement, host: SpreadsheetHost, opts: PaneOptions = {}): PaneView {
  return new PaneView(root, host, opts);
}
