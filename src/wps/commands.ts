/**
 * What the WPS ribbon buttons do, over the SpreadsheetHost interface and the engine (the pane's own
 * buttons are the shared pane's, src/taskpane). No DOM: the ribbon page and the tests share these.
 */
import { checkWorkbook, countsText, severityCounts, type Finding, type Profile, type SheetReport } from "../engine";
import type { SpreadsheetHost } from "../hosts/types";
import type { WpsGlobal, WpsTaskPane } from "../hosts/wpsOm";

export const STORAGE_LAST_CHECK = "perfcheck.lastCheck";
export const STORAGE_FUNCTIONS = "perfcheck.functions";
export const STORAGE_PANE_ID = "perfcheck.taskpaneId";

export interface CheckedTable {
  range: string;
  project: string;
  findings: Finding[];
}

export interface CheckSummary {
  sheet: string;
  tables: CheckedTable[];
  counts: { error: number; warning: number; info: number };
  /** Cells now marked. */
  marked: number;
  /** One zh-CN sentence for the pane / a message box. */
  message: string;
}

function projectOf(t: SheetReport["tables"][number]["table"]): string {
  return t.header.projectName?.text || t.header.title?.text || "";
}

/** 检查本表: read the used range once, check every table in it, re-mark the finding cells. */
export async function checkActiveSheet(host: SpreadsheetHost, opts: { profile?: Profile; year?: number | null } = {}): Promise<CheckSummary> {
  const read = await host.readUsedRange();
  const reports = checkWorkbook([read.grid], { profile: opts.profile, year: opts.year ?? undefined });
  const tables: CheckedTable[] = reports.flatMap((s) => s.tables.map((t) => ({ range: t.table.range, project: projectOf(t.table), findings: t.findings })));
  const all = tables.flatMap((t) => t.findings);
  const counts = severityCounts(all);
  // Marks from an earlier check go first, so cells fixed since then get their own fill back.
  await host.clearHighlights();
  const marked = await host.addHighlights(all.filter((f) => f.cell).map((f) => ({ cell: f.cell as string, severity: f.severity })), read.grid.sheet);
  const message =
    tables.length === 0
      ? `工作表“${read.grid.sheet}”中没有找到绩效目标表（需要“一级指标、二级指标、三级指标、指标值”表头）。`
      : all.length === 0
        ? `工作表“${read.grid.sheet}”的 ${tables.length} 张表未发现问题。`
        : `工作表“${read.grid.sheet}”的 ${tables.length} 张表共发现 ${countsText(counts)}，已标出 ${marked.length} 个单元格。`;
  return { sheet: read.grid.sheet, tables, counts, marked: marked.length, message };
}

/**
 * 打开面板: show the add-in's task pane (created once; its id is kept in PluginStorage so every page
 * of the add-in finds the same pane). `view` is passed in the URL hash ("results", "templates").
 */
export function openPane(wps: WpsGlobal | undefined, baseUrl: string, view = ""): WpsTaskPane | null {
  if (!wps?.CreateTaskPane) return null;
  const storage = wps.PluginStorage;
  const id = storage?.getItem(STORAGE_PANE_ID);
  const existing = id && wps.GetTaskPane ? wps.GetTaskPane(id) : null;
  const url = new URL("taskpane.html", baseUrl).href + (view ? `#${view}` : "");
  const pane = existing ?? wps.CreateTaskPane(url, "绩效目标表助手");
  if (!existing && pane?.ID !== undefined) storage?.setItem(STORAGE_PANE_ID, String(pane.ID));
  if (existing && view) storage?.setItem("perfcheck.paneView", view);
  pane.Visible = true;
  return pane;
}
