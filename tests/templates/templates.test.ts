/**
 * Templates are engine data: every example-filled template must read back as exactly one table with
 * all its indicator rows and pass the engine with no error (spec §6). These tests depend on the
 * reader (src/engine/reader), the value parser and the rules landing — they are correct before that
 * and will fail until then.
 */
import { checkTable, readTables, normalizeLabel, categoryOf, FRAMEWORKS } from "../../src/engine";
import { listTemplates, templateGrid, getTemplate, TEMPLATES } from "../../src/engine/templates";

const YEAR = 2025;
const REQUIRED_TYPES = ["培训类", "会议类", "调研类", "印刷宣传类", "设备购置类", "补助奖励类", "信息化运维类", "运转保障类", "招商活动类", "通用"];

describe("template catalogue", () => {
  it("has every required project type with an ascii key", () => {
    const names = listTemplates().map((t) => t.name);
    for (const n of REQUIRED_TYPES) expect(names).toContain(n);
    for (const t of listTemplates()) expect(t.key).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(new Set(listTemplates().map((t) => t.key)).size).toBe(TEMPLATES.length);
  });

  it.each(TEMPLATES.map((t) => [t.key, t] as const))("%s covers 数量/质量/时效/成本/效益/满意度 in the classic framework", (_k, t) => {
    const cats = new Set(t.indicators.map((i) => categoryOf(i.level1, i.level2)));
    for (const c of ["数量", "质量", "时效", "成本", "效益", "满意度"]) expect(cats).toContain(c);
    for (const i of t.indicators) {
      const allowed = FRAMEWORKS.classic.levels[normalizeLabel(i.level1)];
      expect(allowed).toBeDefined();
      expect(allowed).toContain(normalizeLabel(i.level2));
      expect(i.pattern).toContain("__");
      expect(i.example).not.toContain("__");
      expect(i.description).not.toBe(i.level3);
      expect(i.basis.length).toBeGreaterThan(3);
    }
    expect(t.example.fiscal + t.example.other).toBeCloseTo(t.example.budget, 6);
    expect(t.example.plan[t.example.plan.length - 1]).toBe(100);
  });

  it("finds templates by key and by zh-CN name", () => {
    expect(getTemplate("training")?.name).toBe("培训类");
    expect(getTemplate("会议类")?.key).toBe("meeting");
    expect(getTemplate("nope")).toBeNull();
    expect(() => templateGrid("nope")).toThrow(/未知的模板类型/);
  });
});

describe("templateGrid layout", () => {
  it("writes the year into name, code and deadlines", () => {
    const g = templateGrid("training", { year: 2026, example: true });
    const flat = g.cells.flat().join("\n");
    expect(flat).toContain("2026年民营企业家专题培训");
    expect(g.cells[2][1]).toMatch(/^13020026P[0-9A-Z]{12}$/);
    expect(flat).toContain("2026年11月30日前");
    expect(flat).not.toMatch(/\{year\}/);
  });

  it("blank template shows value patterns and leaves numbers to fill", () => {
    const g = templateGrid("meeting", { year: 2025 });
    const vals = g.cells.slice(g.layout.firstIndicatorRow, g.layout.lastIndicatorRow + 1).map((r) => r[4]);
    expect(vals.every((v) => v.includes("__"))).toBe(true);
    expect(g.cells[g.layout.budgetCell.row][g.layout.budgetCell.col]).toBe("");
  });

  it("merges never overlap and stay inside the grid", () => {
    for (const t of TEMPLATES) {
      const g = templateGrid(t.key, { year: YEAR, example: true });
      const seen = new Set<string>();
      for (const m of g.merges) {
        expect(m.bottom).toBeLessThan(g.cells.length);
        expect(m.right).toBeLessThan(7);
        for (let r = m.top; r <= m.bottom; r++)
          for (let c = m.left; c <= m.right; c++) {
            const k = `${r},${c}`;
            expect(seen.has(k)).toBe(false);
            seen.add(k);
            // Only the top-left cell of a merge carries text.
            if (r !== m.top || c !== m.left) expect(g.cells[r][c]).toBe("");
          }
      }
    }
  });
});

describe("example-filled templates pass the engine (reader + rules)", () => {
  it.each(TEMPLATES.map((t) => [t.key, t.name] as const))("%s (%s): one table, all rows, no error", (key) => {
    const g = templateGrid(key, { year: YEAR, example: true });
    const tables = readTables({ sheet: "模板", cells: g.cells, merges: g.merges });
    expect(tables).toHaveLength(1);
    const table = tables[0];
    expect(table.indicators).toHaveLength(getTemplate(key)!.indicators.length);
    expect(table.header.budget?.text).toBe(g.cells[3][2]);
    expect(table.plan?.points.map((p) => p.value.text)).toEqual(g.cells[6].slice(1, 5));
    const findings = checkTable(table, { year: YEAR });
    const errors = findings.filter((f) => f.severity === "error");
    expect(errors).toEqual([]);
  });

  it("the same grid placed lower and to the right still reads (origin offset)", () => {
    const g = templateGrid("training", { year: YEAR, example: true });
    const pad = 3;
    const cells = [...Array(pad)].map(() => Array(9).fill("")).concat(g.cells.map((r) => ["", "", ...r]));
    const merges = g.merges.map((m) => ({ top: m.top + pad, bottom: m.bottom + pad, left: m.left + 2, right: m.right + 2 }));
    const tables = readTables({ sheet: "S", cells, merges });
    expect(tables).toHaveLength(1);
    expect(tables[0].indicators[0].value.cell).toBe(`G${pad + g.layout.firstIndicatorRow + 1}`);
  });

  it("the blank template (patterns unfilled) is flagged: a template is not a finished table", () => {
    const g = templateGrid("training", { year: YEAR });
    const tables = readTables({ sheet: "模板", cells: g.cells, merges: g.merges });
    expect(tables).toHaveLength(1);
    const errors = checkTable(tables[0], { year: YEAR }).filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
  });
});
