/**
 * The summary as one self-contained HTML page (`--html`): inline style, no script, no external resource, every
 * text from the workbooks escaped. Links to marked copies are relative file links.
 */
import { SEVERITIES, SEVERITY_LABEL, countsText } from "../engine";
import type { Summary } from "./summary";
import { cellLink } from "./summaryXlsx";

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const STYLE = `body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;margin:24px;color:#222}
table{border-collapse:collapse;margin:8px 0 24px;font-size:13px}th,td{border:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#eee;position:sticky;top:0}td.n{text-align:right}.v-可提交{background:#c6efce}.v-需修改{background:#ffc7ce}.v-无法读取{background:#d9d9d9}
.s-error{color:#9c0006}.s-warning{color:#9c5700}.s-info{color:#1f4e79}`;

function row(cells: string[], cls = ""): string {
  return `<tr${cls ? ` class="${cls}"` : ""}>${cells.join("")}</tr>`;
}
const td = (s: string | number, cls = "") => `<td${cls ? ` class="${cls}"` : ""}>${typeof s === "number" ? s : escapeHtml(s)}</td>`;
const link = (href: string, text: string) => `<td><a href="${escapeHtml(href)}">${escapeHtml(text)}</a></td>`;

export function summaryHtml(s: Summary, title: string): string {
  const t = s.totals;
  const head = (cols: string[]) => `<thead>${row(cols.map((c) => `<th>${escapeHtml(c)}</th>`))}</thead>`;
  const overview = s.overview.map((r) =>
    row([td(r.file), td(r.sheet), td(r.range), td(r.project), td(r.error, "n"), td(r.warning, "n"), td(r.info, "n"), td(r.verdict, `v-${r.verdict}`), td(r.note), r.marked ? link(cellLink(r.marked, r.sheet, r.range.split(":")[0] || null), r.marked) : td("")]),
  );
  const findings = s.findings.map((r) => {
    const f = r.finding;
    return row([td(r.file), td(r.sheet), td(r.project), r.marked && f.cell ? link(cellLink(r.marked, r.sheet, f.cell), f.cell) : td(f.cell ?? ""), td(SEVERITY_LABEL[f.severity], `s-${f.severity}`), td(f.code), td(f.message), td(f.suggestion ?? "")]);
  });
  const codes = s.codes.map((c) => row([td(c.code), td(SEVERITY_LABEL[c.severity], `s-${c.severity}`), td(c.count, "n"), td(c.files, "n"), td(c.example)]));
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>
<h1>${escapeHtml(title)}</h1>
<p>${t.files} 个文件（${t.unreadable} 个无法读取），${t.tables} 张表：可提交 ${t.submittable}，需修改 ${t.toFix}；${countsText(t)}。</p>
<h2>汇总</h2><table>${head(["文件", "工作表", "表格范围", "项目", ...SEVERITIES.map((s) => SEVERITY_LABEL[s]), "结论", "说明", "标注副本"])}<tbody>${overview.join("\n")}</tbody></table>
<h2>常见问题</h2><table>${head(["代码", "级别", "出现次数", "涉及文件数", "示例说明"])}<tbody>${codes.join("\n")}</tbody></table>
<h2>问题明细</h2><table>${head(["文件", "工作表", "项目", "单元格", "级别", "代码", "问题说明", "建议"])}<tbody>${findings.join("\n")}</tbody></table>
</body></html>
`;
}
