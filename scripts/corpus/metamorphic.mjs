#!/usr/bin/env node
/* global console, process */
// Layout invariance over the real corpus: each table is read once, then re-checked after a change a published table
// of another issuer may show (full-width digits, a filling note after a column title, the table moved on the sheet,
// labels repeated instead of merged …). A reviewer's findings do not depend on such forms, so the engine's findings
// (code and row, info left out) must be the same before and after. Prints one JSON line: every difference found.
// `node scripts/corpus/metamorphic.mjs [table-prefix] [transform …]`; tests/corpus/metamorphic.test.ts runs it all.
// Runs the compiled lib/ (npm run build:node), through the CLI's reader, like the scorer.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { corpusJsonFiles } from "./make-corpus.mjs";
import { rowOf } from "./score.mjs";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const engine = require(path.join(root, "lib", "engine", "index.js"));
const { readWorkbook } = require(path.join(root, "lib", "cli", "readWorkbook.js"));
const { headerRole, formKey } = require(path.join(root, "lib", "engine", "reader", "labels.js"));
const { FRAMEWORKS, normalizeLabel } = require(path.join(root, "lib", "engine", "framework.js"));
/** Every standard 一级 and 二级 name of either framework. */
const STANDARD_LEVELS = new Set(Object.values(FRAMEWORKS).flatMap((f) => Object.entries(f.levels).flat(2)));

const same = (r) => r;
const clone = (g) => ({ ...g, cells: g.cells.map((r) => (r ?? []).slice()), merges: (g.merges ?? []).map((m) => ({ ...m })) });
const mapStrings = (g, f) => ({ ...clone(g), cells: g.cells.map((r) => (r ?? []).map((v) => (typeof v === "string" ? f(v) : v))) });
const squash = (v) => (typeof v === "string" ? v.replace(/\s+/g, "") : "");

/** The first cell whose text (without spaces) matches `re`: the indicator header's column title. */
function findTitle(g, re) {
  for (let r = 0; r < g.cells.length; r++) {
    const row = g.cells[r] ?? [];
    for (let c = 0; c < row.length; c++) if (re.test(squash(row[c]))) return { r, c };
  }
  return null;
}

/** Cells of the 三级 column below its title that name an indicator (not a level name, not a template's 指标1 / ……). */
function eachL3Name(g, f) {
  const h = findTitle(g, /^三级指标/);
  if (!h) return;
  for (let r = h.r + 1; r < g.cells.length; r++) {
    const v = g.cells[r]?.[h.c];
    if (typeof v === "string" && v.trim() && !/指标$|^指标\d+[:：]?$|^[.…。·]+$|^[Xx×]+$/.test(v.trim())) f(r, h.c, v);
  }
}

const FULL = (s) => s.replace(/[0-9A-Za-z%]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

/** Each transform: grid → { g: the changed grid, back: a row of the changed grid → the row of the original }. */
export const TRANSFORMS = {
  /** Two blank rows above and a blank column before the whole sheet. */
  shifted: (g) => {
    const n = clone(g);
    n.cells = [[], [], ...n.cells.map((r) => [null, ...r])];
    n.merges = n.merges.map((m) => ({ top: m.top + 2, bottom: m.bottom + 2, left: m.left + 1, right: m.right + 1 }));
    return { g: n, back: (r) => r - 2 };
  },
  /** Digits, Latin letters and % typed full-width (a Chinese input method in full-width mode). */
  fullWidth: (g) => ({ g: mapStrings(g, FULL), back: same }),
  /** Stray spaces around short texts. */
  padded: (g) => ({ g: mapStrings(g, (v) => (v.length >= 2 && v.length < 20 ? ` ${v} ` : v)), back: same }),
  /** Numbers typed as text. */
  numbersAsText: (g) => ({ g: { ...clone(g), cells: g.cells.map((r) => (r ?? []).map((v) => (typeof v === "number" ? String(v) : v))) }, back: same }),
  /** Half-width brackets everywhere, and full-width everywhere. */
  halfBrackets: (g) => ({ g: mapStrings(g, (v) => v.replace(/（/g, "(").replace(/）/g, ")")), back: same }),
  fullBrackets: (g) => ({ g: mapStrings(g, (v) => v.replace(/\(/g, "（").replace(/\)/g, "）")), back: same }),
  /** A template's filling note after the indicator block's column titles: 三级指标（必填）. */
  titleNotes: (g) => ({ g: mapStrings(g, (v) => (/^(一级指标|二级指标|三级指标|指标值|年度指标值)$/.test(v.trim()) ? `${v.trim()}（必填）` : v)), back: same }),
  /** （一）数量指标 … : the 二级 names numbered. */
  numberedLevel2: (g) => {
    let k = 0;
    const cn = "一二三四五六七八九十";
    return { g: mapStrings(g, (v) => (/^(数量|质量|时效|成本|社会效益|经济效益|生态效益|可持续影响|服务对象满意度)指标$/.test(v.trim()) ? `（${cn[k++ % 10]}）${v.trim()}` : v)), back: same };
  },
  /** 1. 2. … before the 三级 names. */
  numberedNames: (g) => {
    const n = clone(g);
    let k = 1;
    eachL3Name(n, (r, c, v) => (n.cells[r][c] = `${k++}.${v}`));
    return { g: n, back: same };
  },
  /** （核心指标） after every other 三级 name. */
  coreNotes: (g) => {
    const n = clone(g);
    let k = 0;
    eachL3Name(n, (r, c, v) => {
      if (k++ % 2 === 0) n.cells[r][c] = `${v}（核心指标）`;
    });
    return { g: n, back: same };
  },
  /**
   * The value split over an operator column, the number and a 度量单位 column, as finance-system exports print it
   * (指标性质 | 指标值 | 度量单位). Values that are not operator + number + unit stay whole in the value column.
   */
  exportColumns: (g) => {
    const n = clone(g);
    const h = findTitle(n, /^三级指标/);
    if (!h) return { g: n, back: same };
    const vc = (n.cells[h.r] ?? []).findIndex((v) => /^(年度)?指标值$|^目标值$/.test(squash(v)));
    if (vc < 0 || n.merges.some((m) => m.bottom >= h.r && m.left <= vc && m.right >= vc && m.left !== m.right)) return { g: n, back: same };
    // A form that already has such columns is an export already.
    if (n.cells[h.r].some((v) => ["op", "unit", "kind", "direction"].includes(headerRole(formKey(squash(v)))))) return { g: n, back: same };
    for (let r = 0; r < n.cells.length; r++) {
      const row = n.cells[r];
      if (r < h.r) {
        // Header rows above the indicator block: widen them without moving their cells' meaning.
        if (row.length > vc) {
          row.splice(vc, 0, null);
          row.splice(vc + 2, 0, null);
        }
        continue;
      }
      while (row.length <= vc) row.push(null);
      const m = typeof row[vc] === "string" ? /^\s*(≥|≤|=|>|<|＞|＜|≧|≦)?\s*(\d+(?:\.\d+)?)\s*([^\d\s≥≤=<>]{1,4})?\s*$/.exec(row[vc]) : null;
      if (r === h.r) row.splice(vc, 1, "指标性质", row[vc], "度量单位");
      else if (m && m[1] && m[3]) row.splice(vc, 1, m[1], m[2], m[3]);
      else row.splice(vc, 1, null, row[vc], null);
    }
    const shift = (c) => (c > vc ? c + 2 : c === vc ? c + 1 : c);
    n.merges = n.merges.map((m) => (m.bottom < h.r ? { ...m, left: m.left > vc ? m.left + 2 : m.left, right: m.right >= vc ? m.right + 2 : m.right } : { ...m, left: shift(m.left), right: shift(m.right) }));
    return { g: n, back: same };
  },
  /** ≥ ≤ written as words (不少于 / 不高于), as some accountants type them. */
  operatorWords: (g) => ({ g: mapStrings(g, (v) => v.replace(/^≥\s*(?=\d)/, "不少于").replace(/^≤\s*(?=\d)/, "不高于")), back: same }),
  /** 数量 / 社会效益 / 产出 …: the level names without 指标, as many forms print them. */
  levelsWithoutZhibiao: (g) => ({ g: mapStrings(g, (v) => (/^(产出|效益|满意度|数量|质量|时效|成本|社会效益|经济效益|生态效益|可持续影响|服务对象满意度)指标$/.test(v.trim()) ? v.trim().slice(0, -2) : v)), back: same }),
  /** 2025年12月31日 written 2025-12-31 or 2025.12.31. */
  numericDates: (g) => {
    let k = 0;
    return { g: mapStrings(g, (v) => v.replace(/(\d{4})年(\d{1,2})月(\d{1,2})日/g, (_, y, m, d) => [y, m, d].join(k++ % 2 ? "." : "-"))), back: same };
  },
  /**
   * The sheet twice, one copy under the other after two blank rows, as a department's published budget lists its
   * projects' tables down one sheet. Each copy gets the findings of the original (rows of the second copy are told
   * apart by a "2:" tag).
   */
  twoCopies: (g) => {
    const n = clone(g);
    const h = n.cells.length + 2;
    n.cells = [...n.cells, [], [], ...clone(g).cells];
    n.merges = [...n.merges, ...clone(g).merges.map((m) => ({ ...m, top: m.top + h, bottom: m.bottom + h }))];
    return { g: n, back: (r) => (r >= h ? `2:${r - h}` : r), expect: (keys) => [...keys, ...keys.map((k) => k.replace(/@(\d+)$/, (_, r) => `@2:${r}`))] };
  },
  /** 项目名称：XXX in one cell: each header label with its value after a colon, the value cell left blank. */
  labelColonValue: (g) => {
    const n = clone(g);
    const h = findTitle(n, /^一级指标|^三级指标/);
    const end = h ? h.r : n.cells.length;
    for (let r = 0; r < end; r++) {
      const row = n.cells[r];
      if (row.length === 2 && /^(项目名称|主管部门|实施单位|项目负责人|联系电话)$/.test(squash(row[0])) && typeof row[1] === "string" && row[1].trim() && !n.merges.some((m) => m.top <= r && m.bottom >= r)) {
        row[0] = `${row[0]}：${row[1]}`;
        row[1] = null;
      }
    }
    return { g: n, back: same };
  },
  /** 项 目 名 称 / 总 体 目 标: header labels spaced out to fill their cell, and 项目名称： with a colon. */
  spacedLabels: (g) => {
    const n = clone(g);
    // The header row titled 一级指标 or just 一级 (014, 982): labels above it only, never the level cells below.
    const h = findTitle(n, /^一级指标|^三级指标|^[一三]级$/);
    for (let r = 0; r < (h ? h.r : n.cells.length); r++) {
      const v = n.cells[r]?.[0];
      if (typeof v === "string" && /^[\u4e00-\u9fff]{2,6}$/.test(v.trim())) n.cells[r][0] = r % 2 ? v.trim().split("").join(" ") : `${v.trim()}：`;
    }
    return { g: n, back: same };
  },
  /** 项目产出 / 项目效益 / 项目满意度: an older framework's 一级 names. HIERARCHY_INVALID (a name to standardise) may differ. */
  olderLevel1: (g) => ({ g: mapStrings(g, (v) => (/^(产出|效益|满意度)指标$/.test(v.trim()) ? `项目${v.trim().slice(0, -2)}` : v)), back: same, ignore: ["HIERARCHY_INVALID"] }),
  /** ≥95% written 95%以上 and ≤5万元 written 5万元以内: the same targets in words accountants use. */
  boundWords: (g) => ({ g: mapStrings(g, (v) => v.replace(/^≥\s*(\d+(?:\.\d+)?)(%|人次|人|次|个|场|天)$/, "$1$2以上").replace(/^≤\s*(\d+(?:\.\d+)?)(万元|元)$/, "$1$2以内")), back: same }),
  /** ≥ 95 %: spaces between the operator, the number and the unit. */
  innerSpaces: (g) => ({ g: mapStrings(g, (v) => v.replace(/^(≥|≤|=|>|<)(\d+(?:\.\d+)?)(%|人次|人|次|个|场|天|万元|元)$/, "$1 $2 $3")), back: same }),
  /** 2025年12月31日前 written 2025年12月底前, and 2025年12月底前 written 2025年12月31日前: the same deadline. */
  deadlineForms: (g) => ({ g: mapStrings(g, (v) => v.replace(/^(\d{4})年12月31日(前|之前)?$/, "$1年12月底前").replace(/^(\d{4})年12月底(前)?$/, "$1年12月31日前")), back: same }),
  /** Merged 一级/二级 (and header) cells written out in every cell instead, as exports do. */
  repeatedLabels: (g) => {
    const n = clone(g);
    for (const m of n.merges) {
      const v = n.cells[m.top]?.[m.left];
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) (n.cells[r] ??= [])[c] = v;
    }
    n.merges = [];
    return { g: n, back: same };
  },
  /** The value column and the column on its right swapped (column order differs between exports). */
  valueSwapped: (g) => {
    const n = clone(g);
    const h = findTitle(n, /^三级指标/);
    if (!h) return { g: n, back: same };
    const head = n.cells[h.r];
    const vc = head.findIndex((v) => /^(年度)?指标值$|^目标值$/.test(squash(v)));
    if (vc < 0 || !squash(head[vc + 1]) || n.merges.some((m) => m.bottom >= h.r && m.left <= vc + 1 && m.right >= vc && m.left !== m.right)) return { g: n, back: same };
    for (let r = h.r; r < n.cells.length; r++) {
      const row = n.cells[r];
      [row[vc], row[vc + 1]] = [row[vc + 1], row[vc]];
    }
    n.merges = n.merges.map((m) => (m.top >= h.r && m.left === m.right && (m.left === vc || m.left === vc + 1) ? { ...m, left: 2 * vc + 1 - m.left, right: 2 * vc + 1 - m.left } : m));
    return { g: n, back: same };
  },
  /**
   * The value column titled with a name the reader has no entry for (考核值), in a table with the three level columns
   * and one value column (a form with 中期 | 年度 blocks tells them apart by their titles; 071 has no levels).
   */
  valueTitleUnknown: (g) => {
    const h = findTitle(g, /^三级指标/);
    const n = clone(g);
    if (!h || !findTitle(g, /^一级指标/)) return { g: n, back: same };
    const row = n.cells[h.r];
    const at = row.flatMap((v, c) => (c > h.c && /^(年度)?指标值$|^目标值$/.test(squash(v)) ? [c] : []));
    // A 中期指标值 beside it (972) is a second value column the reader tells apart from the 年度 one by their titles only.
    const periodBeside = row.some((v) => /^(中期|实施期|中长期)/.test(squash(v)));
    if (at.length === 1 && !periodBeside) row[at[0]] = "考核值";
    return { g: n, back: same };
  },
  /** The 二级 column titled with a word the reader has no entry for (类别): read by its level names. */
  level2TitleUnknown: (g) => {
    const n = clone(g);
    const h = findTitle(n, /^二级指标$/);
    if (h && findTitle(n, /^一级指标/) && findTitle(n, /^三级指标/)) n.cells[h.r][h.c] = "类别";
    return { g: n, back: same };
  },
  /**
   * The indicator block's merges lost (an export that unmerges keeps the text in the top-left cell only): 一级/二级
   * blank below their first row. The header block keeps its merges: there a merge decides whether 资金总额 is a title
   * over a column of amounts or a label with its value beside it (048), which its unmerged text alone cannot tell.
   */
  mergesLost: (g) => {
    const h = findTitle(g, /^一级指标/) ?? findTitle(g, /^三级指标/);
    const n = clone(g);
    n.merges = h ? n.merges.filter((m) => m.top < h.r) : n.merges;
    return { g: n, back: same };
  },
  /**
   * The 三级 column two cells wide (tables converted from Word: each 三级 cell merged over two columns), a blank column
   * after it in the block; the header block above is left as it was.
   */
  wideNames: (g) => {
    const h = findTitle(g, /^三级指标/);
    if (!h) return { g: clone(g), back: same };
    const n = clone(g);
    const c3 = h.c;
    const insideRight = (m) => m.left <= c3 && m.right > c3;
    if (n.merges.some((m) => m.bottom >= h.r && (insideRight(m) || (m.top < h.r && m.left <= c3 + 1 && m.right > c3)))) return { g: n, back: same };
    for (let r = h.r; r < n.cells.length; r++) (n.cells[r] ??= []).splice(c3 + 1, 0, "");
    n.merges = n.merges.map((m) => (m.bottom < h.r ? m : { ...m, left: m.left > c3 ? m.left + 1 : m.left, right: m.right > c3 ? m.right + 1 : m.right }));
    for (let r = h.r; r < n.cells.length; r++) if (String(n.cells[r][c3] ?? "").trim()) n.merges.push({ top: r, left: c3, bottom: r, right: c3 + 1 });
    return { g: n, back: same };
  },
  /**
   * An outline form: no 一级 / 二级 columns; each new 一级 and 二级 is a heading row of its own in the name column
   * (产出指标, then 数量指标, then the indicators under it), as tables retyped from Word print them. Only for a table
   * with one block of levels (no 中期 | 年度 blocks side by side) whose 一级 and 二级 are one cell wide, merged within the
   * block only.
   */
  outline: (g) => {
    const h = findTitle(g, /^一级指标/);
    const n = clone(g);
    const head = h && n.cells[h.r];
    if (!h || !/^二级指标/.test(squash(head[h.c + 1])) || !/^三级指标/.test(squash(head[h.c + 2])) || head.filter((v) => /^[一二三]级指标/.test(squash(v))).length > 3) return { g: n, back: same };
    const [c1, c2] = [h.c, h.c + 1];
    const touches = (m) => m.left <= c2 && m.right >= c1;
    if (n.merges.some((m) => touches(m) && (m.top < h.r ? m.bottom >= h.r : m.left !== m.right))) return { g: n, back: same };
    const under = (r, c) => {
      const m = n.merges.find((x) => x.top <= r && x.bottom >= r && x.left === c);
      return String((m ? n.cells[m.top]?.[c] : n.cells[r]?.[c]) ?? "").trim();
    };
    const cells = n.cells.slice(0, h.r);
    const origin = [...Array(h.r).keys()];
    const cut = (row) => [...(row ?? []).slice(0, c1), ...(row ?? []).slice(c2 + 1)];
    cells.push(cut(head).map((v, c) => (c === c1 ? "指标名称" : v)));
    origin.push(h.r);
    const heading = (text) => Object.assign([], { [c1]: text });
    const rowAt = new Map([[h.r, h.r]]);
    // Every row of the block under a named standard 一级 and 二级, and none with text beside its levels but no 三级: a
    // form that leaves a level blank, or writes a note on a level-only row, has no outline of the same content.
    for (let r = h.r + 1; r < n.cells.length; r++) {
      const rest = cut(n.cells[r]).filter((v) => String(v ?? "").trim() !== "");
      if (!rest.length) continue;
      if (!under(r, c1) || !under(r, c2) || !String(n.cells[r]?.[c2 + 1] ?? "").trim()) return { g: n, back: same };
      // A heading is known for one by its name: a form's own level names (项目决策, 具体指标) have no outline reading.
      if (![under(r, c1), under(r, c2)].every((l) => STANDARD_LEVELS.has(normalizeLabel(l)))) return { g: n, back: same };
      // A 二级 running on across a change of 一级 (a merge shifted by a row, 524: 成本指标 under 效益指标) is the broken
      // hierarchy itself; its outline (效益指标 then 成本指标 as headings) reads as another hierarchy, not the same content.
      if (r > h.r + 1 && under(r, c1) !== under(r - 1, c1) && under(r, c2) === under(r - 1, c2)) return { g: n, back: same };
    }
    let [cur1, cur2] = ["", ""];
    for (let r = h.r + 1; r < n.cells.length; r++) {
      const [l1, l2] = [under(r, c1), under(r, c2)];
      if (l1 && l1 !== cur1) [cur1, cur2] = [l1, ""], cells.push(heading(l1)), origin.push(r);
      if (l2 && l2 !== cur2) (cur2 = l2), cells.push(heading(l2)), origin.push(r);
      // A level left without an indicator (数量指标 | blank) is its heading alone.
      if ((l1 || l2) && cut(n.cells[r]).every((v) => String(v ?? "").trim() === "")) continue;
      rowAt.set(r, cells.length);
      cells.push(cut(n.cells[r]));
      origin.push(r);
    }
    const shift = (m) => ({ ...m, left: m.left > c2 ? m.left - 2 : m.left, right: m.right > c2 ? m.right - 2 : m.right });
    const merges = n.merges.filter((m) => m.bottom < h.r).concat(n.merges.filter((m) => m.top >= h.r && !touches(m)).map((m) => shift({ ...m, top: rowAt.get(m.top), bottom: rowAt.get(m.bottom) })));
    return { g: { ...n, cells, merges }, back: (r) => (typeof r === "number" ? origin[r] ?? r : r) };
  },
  /**
   * A band column before the indicator block, as many forms print one: “绩效指标” (or 年度绩效指标) merged down the left
   * of the block, the header block's labels shifted with it.
   */
  bandColumn: (g) => {
    const h = findTitle(g, /^一级指标/) ?? findTitle(g, /^三级指标/);
    if (!h) return { g: clone(g), back: same };
    const n = clone(g);
    n.cells = n.cells.map((r, i) => [i === h.r ? "年度绩效指标" : "", ...(r ?? [])]);
    n.merges = [
      ...n.merges.map((m) => ({ ...m, left: m.left + 1, right: m.right + 1 })),
      { top: h.r, left: 0, bottom: n.cells.length - 1, right: 0 },
    ];
    return { g: n, back: same };
  },
};

/**
 * Not an invariance: a control that must change the findings (every % sign dropped from the sheet), so a test can show
 * the comparison sees a difference. Run only when named.
 */
export const CONTROLS = {
  percentDropped: (g) => ({ g: mapStrings(g, (v) => v.replace(/[%％]/g, "")), back: same }),
};

const findingsOf = (grids) =>
  engine
    .checkWorkbook(grids, {})
    .flatMap((s) => s.tables.flatMap((t) => t.findings))
    .filter((f) => f.severity !== "info");

export async function metamorphicDiffs({ prefix = "", only = [], folder = "corpus" } = {}) {
  const dir = path.join(root, "tests", "fixtures", folder);
  const diffs = [];
  for (const json of corpusJsonFiles(dir)) {
    const file = path.basename(json);
    if (prefix && !file.startsWith(prefix)) continue;
    const read = await readWorkbook(json.replace(/\.json$/, ".xlsx"));
    if (!read.ok) throw new Error(`${file}: ${read.reason}`);
    const key = (f, back) => {
      const r = f.cell ? back(rowOf(f.cell)) : null;
      return `${f.code}@${r === null ? "-" : typeof r === "number" ? r + 1 : r.replace(/\d+$/, (d) => String(Number(d) + 1))}`;
    };
    const base = new Set(findingsOf(read.grids).map((f) => key(f, same)));
    const pool = { ...TRANSFORMS, ...Object.fromEntries(Object.entries(CONTROLS).filter(([name]) => only.includes(name))) };
    for (const [name, transform] of Object.entries(pool)) {
      if (only.length && !only.includes(name)) continue;
      const outs = read.grids.map(transform);
      const now = new Set(findingsOf(outs.map((o) => o.g)).map((f) => key(f, outs[0]?.back ?? same)));
      const ignored = (k) => (outs[0]?.ignore ?? []).some((code) => k.startsWith(`${code}@`));
      const want = new Set((outs[0]?.expect ? outs[0].expect([...base]) : [...base]).filter((k) => !ignored(k)));
      const lost = [...want].filter((k) => !now.has(k));
      const added = [...now].filter((k) => !want.has(k) && !ignored(k));
      if (lost.length || added.length) diffs.push({ file, transform: name, lost, added });
    }
  }
  return diffs;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  // `--synthetic` runs it over the written probe tables (tests/fixtures/corpus-synthetic) instead of the corpus.
  const folder = args.includes("--synthetic") ? "corpus-synthetic" : "corpus";
  const [prefix = "", ...only] = args.filter((a) => a !== "--synthetic");
  const diffs = await metamorphicDiffs({ prefix: prefix === "all" ? "" : prefix, only, folder });
  console.log(JSON.stringify(diffs));
  if (!fs.existsSync(path.join(root, "lib"))) process.exitCode = 1;
}
