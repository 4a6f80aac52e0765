// Generates realistic 唐山-style 项目支出绩效目标表 as plain cell rows (the shape of seed 004), for the
// benchmarks and the bad-input corpus. Deterministic: the same arguments always give the same cells.
// A share of rows carry the defects seen in the seeds (≥60 without a unit, ≥100% rates, ≤160万, vague text,
// deadlines without a year…) so the full rule set has real work to do.

/** Indicator rows as [一级, 二级, 三级, 描述, 指标值, 依据] templates; {n} is replaced by a row-dependent number. */
const INDICATORS = [
  ["产出指标", "数量指标", "培训人数", "参加培训的人数", "≥{n}人", "按最新上级文件要求"],
  ["产出指标", "数量指标", "发放人数", "享受补助金的人数", "≥{n}人", "按最新上级文件要求"],
  ["产出指标", "数量指标", "印刷材料数量", "印刷宣传材料的份数", "≥{n}", "计划标准"],
  ["产出指标", "质量指标", "发放及时率", "补助金发放到位及时率", "≥100%", "按最新上级文件要求"],
  ["产出指标", "质量指标", "培训合格率", "参训人员考核合格率", "≥95%", "历史标准"],
  ["产出指标", "质量指标", "验收合格次数", "验收合格的次数", "≥{n}次", "行业标准"],
  ["产出指标", "时效指标", "发放时限", "完成补助金发放的最晚时间", "12月31日", "按最新上级文件要求"],
  ["产出指标", "时效指标", "完成时间", "项目完成时间", "2025年12月底前", "计划标准"],
  ["产出指标", "成本指标", "补助成本", "补助金发放总额", "≤{n}万元", "预算标准"],
  ["产出指标", "成本指标", "人均培训成本", "人均培训费用", "≤450元/人·天", "预算支出标准"],
  ["产出指标", "成本指标", "宣传费用控制成本", "宣传费用", "≤160万", "预算标准"],
  ["效益指标", "社会效益指标", "持续保障信访稳定", "保障困难群众基本生活", "有所提升", "历史惊讶标准"],
  ["效益指标", "社会效益指标", "政策知晓率", "群众对政策的知晓率", "≥90%", "历史标准"],
  ["效益指标", "经济效益指标", "带动投资额", "带动社会投资", "≥700按计划完成工作", "计划标准"],
  ["效益指标", "可持续影响指标", "长效机制", "建立长效工作机制", "持续保障", "行业标准"],
  ["满意度指标", "服务对象满意度指标", "服务对象满意度", "享受补助对象满意度", "≥90%", "历史标准"],
  ["满意度指标", "服务对象满意度指标", "参训人员满意度", "参训人员对培训的满意度", "≥75%", "历史标准"],
];

/** Small deterministic PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One table: header block + `indicatorCount` indicator rows. Returns { rows, merges } with merges relative to
 * the table's first row (0-based, inclusive). Columns: A..F (the 6 template columns).
 */
export function perfTable(index, indicatorCount, seed = index) {
  const rand = rng(seed + 1);
  const budget = (10 + Math.floor(rand() * 90)).toFixed(2);
  const rows = [];
  const merges = [];
  const name = `2025年第${index + 1}号专项补助经费`;
  rows.push([`${index + 1}.${name}绩效目标表`]);
  merges.push({ top: 0, left: 0, bottom: 0, right: 5 });
  rows.push(["单位：万元"]);
  rows.push(["项目编码", `13020925P00${String(index % 10)}D8010005E`, "项目名称", name]);
  rows.push(["预算规模及资金用途", "预算数", budget, "其中：财政资金", budget, "其他资金"]);
  rows.push(["", "资金用途", "用于补助困难群众基本生活，按季度发放"]);
  rows.push(["资金支出计划（%）", "3月底", "6月底", "10月底", "12月底"]);
  rows.push(["", rand() < 0.8 ? "25%" : "0.25", "50%", "75%", rand() < 0.9 ? "100%" : "90%"]);
  rows.push(["绩效目标", "1.保障困难群众基本生活，按时足额发放补助金。"]);
  rows.push(["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"]);
  const first = rows.length;
  let prev1 = "";
  let blockStart = first;
  for (let i = 0; i < indicatorCount; i++) {
    const t = INDICATORS[(i + index) % INDICATORS.length];
    const n = 1 + Math.floor(rand() * 500);
    const l1 = t[0];
    // Continuation rows leave 一级/二级 blank (merged or not), as real tables do.
    const r = [l1 === prev1 ? "" : l1, t[1], `${t[2]}${i >= INDICATORS.length ? i : ""}`, t[3], t[4].replace("{n}", String(n)), t[5]];
    if (l1 !== prev1) {
      if (rows.length - 1 > blockStart) merges.push({ top: blockStart, left: 0, bottom: rows.length - 1, right: 0 });
      blockStart = rows.length;
      prev1 = l1;
    }
    rows.push(r);
  }
  if (rows.length - 1 > blockStart) merges.push({ top: blockStart, left: 0, bottom: rows.length - 1, right: 0 });
  return { rows, merges };
}

/**
 * A sheet holding `totalIndicators` indicator rows spread over tables of `perTable` rows each, stacked
 * vertically with two blank rows between tables (several tables per sheet, as in seed 004).
 */
export function sheetOfTables(totalIndicators, perTable = 20, tableOffset = 0) {
  const cells = [];
  const merges = [];
  let done = 0;
  let t = tableOffset;
  while (done < totalIndicators) {
    const n = Math.min(perTable, totalIndicators - done);
    const { rows, merges: m } = perfTable(t, n);
    const top = cells.length;
    for (const r of rows) cells.push(r);
    for (const g of m) merges.push({ top: g.top + top, left: g.left, bottom: g.bottom + top, right: g.right });
    cells.push([], []);
    done += n;
    t++;
  }
  return { cells, merges, tables: t - tableOffset };
}

/** Split rows over sheets of at most `rowsPerSheet` indicator rows. */
export function workbookOfTables(totalIndicators, { perTable = 20, rowsPerSheet = 20000 } = {}) {
  const sheets = [];
  let done = 0;
  let tableOffset = 0;
  while (done < totalIndicators) {
    const n = Math.min(rowsPerSheet, totalIndicators - done);
    const s = sheetOfTables(n, perTable, tableOffset);
    sheets.push({ name: `绩效目标表${sheets.length + 1}`, ...s });
    tableOffset += s.tables;
    done += n;
  }
  return sheets;
}

/** The same workbook as engine SheetGrids held in memory (origin A1), as the engine benchmarks feed it. */
export function workbookGrids(totalIndicators, options) {
  return workbookOfTables(totalIndicators, options).map((s) => ({ sheet: s.name, cells: s.cells, merges: s.merges, origin: { row: 0, col: 0 } }));
}

/** Write sheets ({name, cells, merges, state?}) to an .xlsx with ExcelJS. */
export async function writeXlsx(ExcelJS, file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, s.state ? { state: s.state } : undefined);
    s.cells.forEach((row, r) => {
      if (!row || row.length === 0) return;
      const xr = ws.getRow(r + 1);
      row.forEach((v, c) => {
        if (v !== "" && v !== null && v !== undefined) xr.getCell(c + 1).value = v;
      });
    });
    for (const m of s.merges ?? []) {
      try {
        ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
      } catch {
        // overlapping merge requests in hostile fixtures: keep the first
      }
    }
  }
  await wb.xlsx.writeFile(file);
}

/** Same as writeXlsx but with ExcelJS's streaming writer: memory bounded by one sheet (≤ 20 000 indicator rows), not the workbook. */
export async function writeXlsxStream(ExcelJS, file, sheets) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    // Every row by its own number first, then the merges, then one commit. The streaming writer's mergeCells creates
    // the rows it spans, so merges added first made addRow() start below the last merged row (the data then sat under
    // 15 000+ blank rows, away from its merges); and merges added after a row's commit throw.
    s.cells.forEach((r, i) => {
      ws.getRow(i + 1).values = (r ?? []).map((v) => (v === "" ? null : v));
    });
    for (const m of s.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    ws.commit();
  }
  await wb.commit();
}
