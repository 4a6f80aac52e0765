import type { Rule, RuleHit } from "../types";
import { rowFacts } from "../shared/rowFacts";

/**
 * DUPLICATE_INDICATOR — the same 三级指标 twice in one table (R-TXT-002). Names are compared without
 * 任务N prefixes, spaces, bracket width and punctuation. The second and later occurrences are reported,
 * each pointing back at the first.
 */
export const DUPLICATE_INDICATOR: Rule = {
  code: "DUPLICATE_INDICATOR",
  severity: "warning",
  title: "三级指标重复",
  research: ["R-TXT-002"],
  check(ctx) {
    const hits: RuleHit[] = [];
    const first = new Map<string, string>();
    for (const f of rowFacts(ctx)) {
      if (!f.name) continue;
      const key = f.nameKey;
      if (!key) continue;
      const at = first.get(key);
      if (at === undefined) {
        first.set(key, f.ind.level3.cell);
        continue;
      }
      hits.push({
        row: f.index,
        cell: f.ind.level3.cell,
        message: `三级指标${f.label}与 ${at} 单元格重复。请删除重复行，或改成反映不同内容的指标（如一个写数量、一个写质量）。`,
      });
    }
    return hits;
  },
};
