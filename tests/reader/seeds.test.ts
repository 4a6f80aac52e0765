/**
 * The reader on the seed fixtures (tests/fixtures/<seed>.xlsx, generated from the JSON
 * transcriptions). Expectations come from the JSON (written by the layout script, not by the
 * reader) plus hand-picked cells checked against the published seed text.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadXlsxGrids } from "../helpers/xlsxGrid";
import { readTables } from "../../src/engine/reader";
import type { PerfTable, SheetGrid } from "../../src/engine/types";

const FIX = join(__dirname, "..", "fixtures");
const SEEDS = ["000_tangshan", "001_zhengding", "002_tianjin", "003_chengdu", "004_caofeidian"];

interface JsonTable {
  project: string;
  variant: string;
  range: string;
  indicatorHeader: string;
  indicatorRows: number;
  budget: string;
  plan: { labels: string[]; values: string[] } | null;
}
interface JsonSheet {
  name: string;
  tables: JsonTable[];
}

const loaded = new Map<string, { grids: SheetGrid[]; json: { sheets: JsonSheet[] } }>();
async function load(dir: string, key: string) {
  const id = `${dir}/${key}`;
  if (!loaded.has(id)) {
    const base = dir === "seeds" ? FIX : join(FIX, "corrected");
    const grids = await loadXlsxGrids(join(base, `${key}.xlsx`));
    const json = JSON.parse(readFileSync(join(FIX, dir, `${key}.json`), "utf8"));
    loaded.set(id, { grids, json });
  }
  return loaded.get(id)!;
}

async function tablesOf(key: string): Promise<PerfTable[][]> {
  const { grids } = await load("seeds", key);
  return grids.map((g) => readTables(g));
}

describe.each(SEEDS)("seed %s", (key) => {
  test("every table of every sheet is found with its project, range, budget, plan and indicator count", async () => {
    const { grids, json } = await load("seeds", key);
    expect(grids.map((g) => g.sheet)).toEqual(json.sheets.map((s) => s.name));
    grids.forEach((g, si) => {
      const tables = readTables(g);
      const want = json.sheets[si].tables;
      expect(tables.map((t) => t.header.projectName?.text)).toEqual(want.map((t) => t.project));
      tables.forEach((t, i) => {
        const w = want[i];
        expect(t.sheet).toBe(g.sheet);
        expect(t.range).toBe(w.range);
        expect(t.variant).toBe(w.variant);
        expect(t.indicatorHeaderCell).toBe(w.indicatorHeader);
        expect(t.indicators).toHaveLength(w.indicatorRows);
        expect(t.indicators.map((r) => r.index)).toEqual(w.indicatorRows ? [...Array(w.indicatorRows).keys()] : []);
        expect(t.header.budget?.text).toBe(w.budget);
        if (w.plan) {
          expect(t.plan?.points.map((p) => p.label.text)).toEqual(w.plan.labels);
          expect(t.plan?.points.map((p) => p.value.text)).toEqual(w.plan.values.map((v) => v.trim()));
        } else {
          expect(t.plan).toBeUndefined();
        }
      });
    });
  });

  test("hosts that repeat a merged value in every cell of the area read the same tables", async () => {
    const { grids } = await load("seeds", key);
    grids.forEach((g) => {
      const cells = g.cells.map((row) => [...row]);
      for (const m of g.merges ?? [])
        for (let r = m.top; r <= m.bottom; r++)
          for (let c = m.left; c <= m.right; c++) {
            while (cells[r].length <= c) cells[r].push(null);
            cells[r][c] = g.cells[m.top][m.left];
          }
      const view = (ts: PerfTable[]) =>
        ts.map((t) => [t.header.projectName?.text, t.header.budget?.text, t.header.goal?.text, t.plan?.points.length, t.indicators.map((r) => [r.level1.text, r.level2.text, r.level3.text, r.value.text])]);
      expect(view(readTables({ ...g, cells, merges: [] }))).toEqual(view(readTables(g)));
    });
  });

  test("the corrected copy reads the same way", async () => {
    const { grids, json } = await load("corrected", key);
    grids.forEach((g, si) => {
      const tables = readTables(g);
      const want = json.sheets[si].tables;
      expect(tables.map((t) => [t.header.projectName?.text, t.range, t.indicators.length])).toEqual(
        want.map((t) => [t.project, t.range, t.indicatorRows]),
      );
    });
  });
});

describe("seed cells read where the published table has them", () => {
  test("唐山 (000): ten 河北 tables on one sheet after a prose heading", async () => {
    const [tables] = await tablesOf("000_tangshan");
    expect(tables).toHaveLength(10);
    const t = tables[0];
    expect(t.unit).toBe("万元");
    expect(t.header.title?.text).toBe("1.“领潮计划”专项培训绩效目标表");
    expect(t.header.projectCode).toMatchObject({ text: "13020025P00751110003T", cell: "B6" });
    expect(t.header.projectName).toMatchObject({ text: "“领潮计划”专项培训", cell: "E6" });
    expect(t.header.budget).toMatchObject({ text: "40.00", cell: "C7" });
    expect(t.header.fiscal).toMatchObject({ text: "40.00", cell: "E7" });
    expect(t.header.other).toMatchObject({ text: "", cell: "G7" });
    expect(t.header.purpose).toMatchObject({ text: "“领潮计划”专项培训", cell: "B8" });
    expect(t.header.goal).toMatchObject({ text: "1.做好工作业务培训，保障单位业务开展。", cell: "B11" });
    expect(t.plan?.labelCell.cell).toBe("A9");
    expect(t.plan?.points.map((p) => [p.label.cell, p.month, p.value.cell, p.value.text])).toEqual([
      ["B9", 3, "B10", "10%"],
      ["C9", 6, "C10", "25%"],
      ["D9", 10, "D10", "50%"],
      ["E9", 12, "E10", "100%"],
    ]);
    expect(t.layout).toEqual({ hasCode: true, hasPlan: true, hasBasis: true, hasDescription: true, hasPurpose: true, hasFunds: true });
    const cost = t.indicators[2];
    expect(cost.level1).toMatchObject({ text: "产出指标", cell: "A15", filled: true });
    expect(cost.level2).toMatchObject({ text: "成本指标", cell: "B15" });
    expect(cost.level2.filled).toBeUndefined();
    expect(cost.level3).toMatchObject({ text: "人均培训成本", cell: "C15" });
    expect(cost.value).toMatchObject({ text: "≤450元", cell: "E15" });
    expect(cost.basis).toMatchObject({ text: "唐山市市级机关培训管理办法", cell: "F15" });
    expect(t.indicators[0].level1.filled).toBeUndefined();
    // 会议费: the cost cells carry a stray line break in the source; text drops it, raw keeps it.
    const meetingCost = tables[3].indicators[2];
    expect(meetingCost.level3.text).toBe("参会人均费用");
    expect(meetingCost.level3.raw).toBe("参会人均费用\n");
    // 宣传经费: the plan's blank 3月底/6月底 cells are points with text "".
    expect(tables[7].plan?.points.map((p) => p.value.text)).toEqual(["", "", "100%", "100%"]);
    // 购置办公设备: trailing tabs trimmed.
    expect(tables[9].indicators[2].level3.text).toBe("办公设备购置费用");
  });

  test("正定 (001): decimals in the plan, a missing 12月底, merged month cells, codes with spaces", async () => {
    const [tables] = await tablesOf("001_zhengding");
    expect(tables).toHaveLength(3);
    const [t1, t2] = tables;
    expect(t1.header.projectCode?.text).toBe("13012323P0000021073 2Q");
    expect(t1.header.fiscal).toMatchObject({ text: "0.67", cell: "E5" });
    expect(t1.header.goal?.text).toBe("1.目标内容 1");
    expect(t1.plan?.points.map((p) => [p.label.text, p.value.cell, p.value.text])).toEqual([
      ["3月底", "B8", "0.16"],
      ["6月底", "D8", "0.33"],
      ["10月底", "F8", "0.50"],
    ]);
    expect(t2.plan?.points.map((p) => p.value.text)).toEqual(["0.33", "0.66", "0.99", "0.34"]);
    expect(t1.indicators[5].basis).toMatchObject({ text: "历史惊讶标准", cell: "F16" });
    expect(t1.layout.hasBasis).toBe(true);
  });

  test("天津 (002): offset at B2, no 编码/plan/依据, two tables without a title line", async () => {
    const [tables] = await tablesOf("002_tianjin");
    expect(tables).toHaveLength(5);
    for (const t of tables) {
      expect(t.variant).toBe("tianjin");
      expect(t.layout).toMatchObject({ hasCode: false, hasPlan: false, hasBasis: false, hasDescription: true });
      expect(t.indicators.every((r) => r.basis === undefined)).toBe(true);
    }
    expect(tables[2].header.title).toBeUndefined();
    expect(tables[2].header.projectName).toMatchObject({ text: "2024年民营经济发展项目经费", cell: "C39" });
    // Table 2 ends at its last indicator row even though table 3 follows with no blank row.
    expect(tables[1].range).toBe("B19:H37");
    expect(tables[1].indicators[9]).toMatchObject({ value: { text: "≥0次", cell: "F35" } });
    expect(tables[1].indicators[9].level1).toMatchObject({ text: "效益指标", cell: "B35" });
    expect(tables[1].indicators[10].level1).toMatchObject({ text: "效益指标", filled: true, cell: "B36" });
    // Multi-paragraph goal keeps its numbered lines.
    expect(tables[1].header.goal?.text).toBe("1.1.根据实际需要，2024年通过公开招标方式采购物业服务，同时增加司机一名、秩序维护一名。\n2.为保障市管异地交流任职干部住宿事宜，需租用房屋。");
  });

  test("成都 (003): department form, 数量指标 in the 一级 column, 年度绩效指标 side label, blank lines in the block", async () => {
    const [tables] = await tablesOf("003_chengdu");
    expect(tables).toHaveLength(1);
    const t = tables[0];
    expect(t.variant).toBe("chengdu");
    expect(t.documentYear).toBe(2022);
    expect(t.header.projectName).toMatchObject({ text: "成都市工商业联合会部门", cell: "B4" });
    expect(t.header.budget).toMatchObject({ text: "2,550.87", cell: "C13" });
    expect(t.header.fiscal).toMatchObject({ text: "2,550.87", cell: "D13" });
    expect(t.header.other).toMatchObject({ text: "0.00", cell: "E13" });
    expect(t.header.goal?.cell).toBe("B14");
    expect(t.layout).toMatchObject({ hasDescription: false, hasBasis: false, hasPlan: false, hasCode: false });
    expect(t.indicators).toHaveLength(34);
    expect(t.indicators[0].level1).toMatchObject({ text: "数量指标", cell: "B16" });
    expect(t.indicators[0].level2.text).toBe("");
    expect(t.indicators[1].level1).toMatchObject({ text: "数量指标", filled: true });
    expect(t.indicators[11].level3).toMatchObject({ text: "任务1: 系统故障率", cell: "D28" });
    expect(t.indicators[11].level1).toMatchObject({ text: "产出指标", cell: "B28" });
    expect(t.indicators[12].level1).toMatchObject({ text: "产出指标", filled: true });
    expect(t.indicators[12].level2).toMatchObject({ text: "质量指标", filled: true, cell: "C29" });
    expect(t.indicators[12].value.text).toBe("$\\geq 100\\%$");
    expect(t.indicators[15].level2).toMatchObject({ text: "时效指标", cell: "C32" });
    expect(t.indicators[27].level1).toMatchObject({ text: "效益指标", cell: "B45" });
    expect(t.indicators[33]).toMatchObject({ value: { text: "≥95%", cell: "E51" } });
    expect(t.indicators.some((r) => r.level1.text === "年度绩效指标" || r.level2.text === "年度绩效指标")).toBe(false);
  });

  test("曹妃甸 (004): two sheets, 25% increments, a description with a stray line break", async () => {
    const [s1, s2] = await tablesOf("004_caofeidian");
    expect(s1).toHaveLength(8);
    expect(s2).toHaveLength(1);
    const t9 = s2[0];
    expect(t9.sheet).toBe("企管中心");
    expect(t9.header.purpose?.text).toBe("13020925P00047110001K-2025企业改制保障经费");
    expect(t9.plan?.points.map((p) => p.value.text)).toEqual(["25%", "25%", "25%", "25%"]);
    expect(t9.indicators[7].description?.text).toBe("改制企业职工的各项保险等工作圆满完成");
    expect(t9.indicators[8]).toMatchObject({ level1: { text: "满意度指标", cell: "A18" }, value: { text: "1按计划完成工作", cell: "E18" } });
    expect(s1[7].indicators[2].value.text).toBe("2025年12月31日前");
  });
});
