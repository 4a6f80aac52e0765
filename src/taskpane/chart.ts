/**
 * Spend-curve chart: the table's cumulative spending plan against 序时进度 (time-proportional pace,
 * month/12), with the profile's tolerance band below the pace line. A pure function returning an SVG
 * string, so it is unit-tested without a DOM and shared by the Excel and WPS panes.
 *
 * Text that comes from the sheet (labels) is escaped: a cell could hold "<script>".
 */
import type { CurvePoint } from "../engine";

export interface PacePoint {
  month: number;
  /** 序时进度 in % at that month. */
  value: number;
}

/** 序时进度 at the given months: month/12 × 100. */
export function paceAt(months: number[]): PacePoint[] {
  return months.map((m) => ({ month: m, value: Math.round((m / 12) * 1000) / 10 }));
}

export function escapeXml(s: string): string {
  return String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const W = 320;
const H = 200;
const M = { left: 36, right: 22, top: 22, bottom: 30 };
const PW = W - M.left - M.right;
const PH = H - M.top - M.bottom;

const x = (month: number) => M.left + (Math.max(0, Math.min(12, month)) / 12) * PW;
const y = (pct: number) => M.top + PH - (Math.max(0, Math.min(110, pct)) / 110) * PH;
const f = (n: number) => (Math.round(n * 10) / 10).toString();

/**
 * @param curve the plan's checkpoints (cumulative %)
 * @param pace 序时进度 points (usually `paceAt` of the checkpoint months); the line runs from (0,0) through them
 * @param tolerance percentage points a checkpoint may fall below pace (profile.spend.paceTolerance)
 */
export function renderSpendChart(curve: CurvePoint[], pace: PacePoint[], tolerance: number): string {
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="资金支出计划与序时进度对比图" class="spend-chart">`,
  );
  parts.push(`<title>资金支出计划与序时进度</title>`);
  // Grid and y axis: 0, 25, 50, 75, 100 %.
  for (const p of [0, 25, 50, 75, 100]) {
    parts.push(`<line x1="${M.left}" y1="${f(y(p))}" x2="${W - M.right}" y2="${f(y(p))}" stroke="#e1e1e1" stroke-width="1"/>`);
    parts.push(`<text x="${M.left - 4}" y="${f(y(p) + 3)}" font-size="9" text-anchor="end" fill="#666">${p}%</text>`);
  }
  const paceSorted = [...pace].filter((p) => Number.isFinite(p.month) && Number.isFinite(p.value)).sort((a, b) => a.month - b.month);
  const paceLine = [{ month: 0, value: 0 }, ...paceSorted];
  // Tolerance band: between pace and pace − tolerance (where a plan is "behind but tolerated").
  if (paceLine.length > 1 && tolerance > 0) {
    const upper = paceLine.map((p) => `${f(x(p.month))},${f(y(p.value))}`);
    const lower = [...paceLine].reverse().map((p) => `${f(x(p.month))},${f(y(Math.max(0, p.value - tolerance)))}`);
    parts.push(`<polygon class="band" points="${[...upper, ...lower].join(" ")}" fill="#fde9c8" fill-opacity="0.8" stroke="none"/>`);
  }
  if (paceLine.length > 1) {
    parts.push(
      `<polyline class="pace" points="${paceLine.map((p) => `${f(x(p.month))},${f(y(p.value))}`).join(" ")}" fill="none" stroke="#8a8a8a" stroke-width="1.5" stroke-dasharray="4 3"/>`,
    );
  }
  // X axis labels at the checkpoints.
  const drawn = curve.filter((c) => c.month !== null && c.month >= 1 && c.month <= 12);
  for (const c of drawn) {
    parts.push(`<text x="${f(x(c.month!))}" y="${H - M.bottom + 14}" font-size="9" text-anchor="middle" fill="#444">${escapeXml(c.label || `${c.month}月`)}</text>`);
  }
  parts.push(`<line x1="${M.left}" y1="${f(y(0))}" x2="${W - M.right}" y2="${f(y(0))}" stroke="#999" stroke-width="1"/>`);
  // The plan: a line through the readable points, each point coloured by its distance to pace.
  const pts = drawn.filter((c) => c.value !== null && Number.isFinite(c.value)).sort((a, b) => a.month! - b.month!);
  const paceOf = (m: number): number => {
    const exact = paceSorted.find((p) => p.month === m);
    if (exact) return exact.value;
    // Linear interpolation along the pace line (also covers months the profile did not list).
    const all = paceLine;
    for (let i = 1; i < all.length; i++) if (m <= all[i].month) {
      const a = all[i - 1];
      const b = all[i];
      return a.value + ((b.value - a.value) * (m - a.month)) / (b.month - a.month || 1);
    }
    return (m / 12) * 100;
  };
  if (pts.length) {
    const line = [{ month: 0, value: 0 }, ...pts.map((p) => ({ month: p.month!, value: p.value! }))];
    parts.push(`<polyline class="plan" points="${line.map((p) => `${f(x(p.month))},${f(y(p.value))}`).join(" ")}" fill="none" stroke="#1f6fb2" stroke-width="2"/>`);
    for (const p of pts) {
      const behind = paceOf(p.month!) - p.value!;
      const state = behind > tolerance ? "behind" : behind > 0 ? "tolerated" : "ok";
      const color = state === "behind" ? "#c0392b" : state === "tolerated" ? "#d68910" : "#1f6fb2";
      parts.push(
        `<circle class="point ${state}" cx="${f(x(p.month!))}" cy="${f(y(p.value!))}" r="4" fill="${color}" stroke="#fff" stroke-width="1"><title>${escapeXml(p.label)}：计划 ${f(p.value!)}%，序时进度 ${f(paceOf(p.month!))}%</title></circle>`,
      );
      parts.push(`<text x="${f(x(p.month!))}" y="${f(y(p.value!) - 7)}" font-size="9" text-anchor="middle" fill="${color}">${f(p.value!)}%</text>`);
    }
  } else {
    parts.push(`<text x="${W / 2}" y="${H / 2}" font-size="11" text-anchor="middle" fill="#888">支出计划未填写或无法读取</text>`);
  }
  // Legend.
  parts.push(`<line x1="${M.left}" y1="10" x2="${M.left + 16}" y2="10" stroke="#1f6fb2" stroke-width="2"/><text x="${M.left + 20}" y="13" font-size="9" fill="#333">支出计划</text>`);
  parts.push(`<line x1="${M.left + 76}" y1="10" x2="${M.left + 92}" y2="10" stroke="#8a8a8a" stroke-width="1.5" stroke-dasharray="4 3"/><text x="${M.left + 96}" y="13" font-size="9" fill="#333">序时进度</text>`);
  parts.push(`<rect x="${M.left + 152}" y="5" width="14" height="9" fill="#fde9c8"/><text x="${M.left + 170}" y="13" font-size="9" fill="#333">容差 ${f(tolerance)} 个百分点</text>`);
  parts.push(`</svg>`);
  return parts.join("");
}
