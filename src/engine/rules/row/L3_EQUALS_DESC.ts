import { defineRule } from "../defineRule";
import { rowFacts } from "../shared/rowFacts";
import { compareKey, isRateName } from "../shared/indicatorKinds";

const TASK = 0x4efb; // 任
function isIdeograph(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/**
 * L3_EQUALS_DESC — 绩效指标描述 only repeats the 三级指标 name (R-STR-009). Points at the description
 * cell. The suggestion is a description skeleton ("反映…情况…") only for rates, where the formula
 * shape is known; otherwise the message gives an example.
 */
export const rule = defineRule({
  meta: { code: "L3_EQUALS_DESC", severity: "info", title: "指标描述照抄三级指标", research: ["R-STR-009"] },
  check(ctx) {
    if (!ctx.table.layout.hasDescription) return;
    for (const f of rowFacts(ctx)) {
      const d = f.ind.description;
      if (!d || !d.text || !f.name) continue;
      // Cheap rejections first: a description much longer than the name, or starting with another
      // ideograph (compareKey keeps ideographs; 任 may start a 任务N prefix), cannot reduce to the name.
      if (d.text.length > f.name.length * 2 + 8) continue;
      const c0 = d.text.charCodeAt(0);
      const n0 = f.name.charCodeAt(0);
      if (c0 !== n0 && isIdeograph(c0) && isIdeograph(n0) && c0 !== TASK) continue;
      if (compareKey(d.text) !== f.nameKey) continue;
      const base = f.name.replace(/[（(]\s*[%％]\s*[）)]/g, "");
      const rate = isRateName(f.name);
      ctx.report({
        row: f.index,
        cell: d.cell,
        message: rate
          ? `绩效指标描述只重复了三级指标名称${f.label}。请写明计算方法，如“${base}=达到要求的数量/总数量×100%”。`
          : `绩效指标描述只重复了三级指标名称${f.label}。请写明指标含义和统计口径，如“反映${base}情况，按……统计”。`,
      });
    }
  },
});
