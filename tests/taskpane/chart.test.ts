import type { CurvePoint } from "../../src/engine";
import { escapeXml, paceAt, renderSpendChart } from "../../src/taskpane/chart";

const months = [3, 6, 10, 12];
const curve = (values: (number | null)[], labels = ["3月底", "6月底", "10月底", "12月底"]): CurvePoint[] =>
  values.map((v, i) => ({ label: labels[i], month: months[i], value: v }));


describe("renderSpendChart", () => {
  it("draws the plan, the pace line and the tolerance band; behind points are marked", () => {
    const svg = renderSpendChart(curve([10, 25, 50, 100]), paceAt(months), 10);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg.endsWith("</svg>")).toBe(true);
    expect(svg).toContain('class="band"');
    expect(svg).toContain('class="pace"');
    expect(svg).toContain('class="plan"');
    // 3月底 10% vs pace 25% (15 behind > 10) → behind; 6月底 25% vs 50 → behind; 10月底 50 vs 83.3 → behind; 12月底 ok.
    expect(svg.match(/class="point behind"/g)).toHaveLength(3);
    expect(svg.match(/class="point ok"/g)).toHaveLength(1);
    expect(svg).toContain("容差 10 个百分点");
  });

  it("a plan within tolerance is 'tolerated', on or above pace is 'ok'", () => {
    const svg = renderSpendChart(curve([20, 50, 85, 100]), paceAt(months), 10);
    expect(svg.match(/class="point tolerated"/g)).toHaveLength(1); // 3月底 20 vs 25
    expect(svg.match(/class="point ok"/g)).toHaveLength(3);
    expect(svg.match(/class="point behind"/g)).toBeNull();
  });

  it("a wider tolerance band changes which points are behind", () => {
    const narrow = renderSpendChart(curve([10, 45, 80, 100]), paceAt(months), 5);
    const wide = renderSpendChart(curve([10, 45, 80, 100]), paceAt(months), 20);
    expect((narrow.match(/point behind/g) ?? []).length).toBeGreaterThan((wide.match(/point behind/g) ?? []).length);
  });

  it("escapes labels that come from the sheet", () => {
    const svg = renderSpendChart(curve([25, 50, 85, 100], ['<script>alert(1)</script>', "6月底", "10月底", "12月底"]), paceAt(months), 10);
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;");
    expect(escapeXml(`a&"'<>`)).toBe("a&amp;&quot;&#39;&lt;&gt;");
  });

  it("says so when there is nothing to draw", () => {
    const svg = renderSpendChart(curve([null, null, null, null]), paceAt(months), 10);
    expect(svg).toContain("支出计划未填写或无法读取");
    expect(svg).not.toContain('class="plan"');
  });

  it("序时进度 is month/12", () => {
    expect(paceAt([3, 6, 10, 12]).map((p) => p.value)).toEqual([25, 50, 83.3, 100]);
  });
});
