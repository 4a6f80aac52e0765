// The published grid of one corpus table (tests/fixtures/corpus/README.md), shared by the generator
// (make-corpus.mjs) and the scorer (score.mjs) so the sheet row of every indicator is computed in one place.
// Pure: JSON in, plain data out. Rows and columns are 0-based; merges are 0-based inclusive rectangles.
//
// Layout, top to bottom: title line (merged across the table), unit line, the header block as published (its own
// merges shifted down), the indicator header row `columns`, one sheet row per indicator. 一级/二级 are merged
// vertically over runs of equal text when merge_levels is true (only the top cell of a merge keeps its text).

const A1 = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/;
function colOf(letters) {
  let c = 0;
  for (const ch of letters) c = c * 26 + ch.charCodeAt(0) - 64;
  return c - 1;
}
/** "B2:C3" → { top: 1, left: 1, bottom: 2, right: 2 } (0-based). */
export function parseRange(ref) {
  const m = A1.exec(String(ref).trim());
  if (!m) throw new Error(`not an A1 range: ${ref}`);
  const top = Number(m[2]) - 1;
  const left = colOf(m[1]);
  return { top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? colOf(m[3]) : left };
}
export function colName(c) {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
export const toA1 = (m) => `${colName(m.left)}${m.top + 1}:${colName(m.right)}${m.bottom + 1}`;

const LEVEL_COLUMNS = ["一级指标", "二级指标"];
const squash = (s) => String(s ?? "").replace(/\s+/g, "");

/**
 * @returns {{ rows: string[][], merges: {top,left,bottom,right}[], width: number,
 *   titleRow: number|null, unitRow: number|null, headerRows: number[], columnsRow: number,
 *   indicatorRows: number[], columnIndex: Record<string, number> }}
 */
export function corpusLayout(doc) {
  const width = Math.max(doc.columns.length, ...doc.header_block.map((r) => r.length), 1);
  const rows = [];
  const merges = [];
  const pad = (cells) => [...cells.map((v) => String(v ?? "")), ...Array(width - cells.length).fill("")];
  let titleRow = null;
  let unitRow = null;
  if (doc.title != null) {
    titleRow = rows.length;
    rows.push(pad([doc.title]));
    if (width > 1) merges.push({ top: titleRow, left: 0, bottom: titleRow, right: width - 1 });
  }
  if (doc.unit_line != null) {
    unitRow = rows.length;
    // The unit line sits at the right edge, as printed above most tables.
    rows.push(pad([...Array(width - 1).fill(""), doc.unit_line]));
  }
  const headerTop = rows.length;
  const headerRows = doc.header_block.map((r) => {
    rows.push(pad(r));
    return rows.length - 1;
  });
  for (const ref of doc.header_merges ?? []) {
    const m = parseRange(ref);
    merges.push({ top: m.top + headerTop, left: m.left, bottom: m.bottom + headerTop, right: m.right });
  }
  const columnsRow = rows.length;
  rows.push(pad(doc.columns));
  const columnIndex = {};
  doc.columns.forEach((name, c) => {
    if (!(name in columnIndex)) columnIndex[name] = c;
  });
  const first = columnsRow + 1;
  const indicatorRows = doc.indicators.map((r) => {
    rows.push(pad(r));
    return rows.length - 1;
  });
  if (doc.merge_levels) {
    for (const level of LEVEL_COLUMNS) {
      const c = doc.columns.findIndex((name) => squash(name) === level);
      if (c < 0) continue;
      // A 二级 run never crosses a 一级 boundary: the key is the text of every level up to this one.
      const levelCols = LEVEL_COLUMNS.slice(0, LEVEL_COLUMNS.indexOf(level) + 1)
        .map((l) => doc.columns.findIndex((name) => squash(name) === l))
        .filter((x) => x >= 0);
      const key = (i) => levelCols.map((k) => squash(doc.indicators[i][k])).join("\u0000");
      let start = 0;
      for (let i = 1; i <= doc.indicators.length; i++) {
        if (i < doc.indicators.length && key(i) === key(start) && squash(doc.indicators[start][c]) !== "") continue;
        if (i - start > 1) {
          merges.push({ top: first + start, left: c, bottom: first + i - 1, right: c });
          for (let k = start + 1; k < i; k++) rows[first + k][c] = "";
        }
        start = i;
      }
    }
  }
  return { rows, merges, width, titleRow, unitRow, headerRows, columnsRow, indicatorRows, columnIndex };
}
