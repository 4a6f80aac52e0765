import { defineRule } from "../defineRule";
import type { RuleHit } from "../types";
import { rowFacts, type RowFacts } from "../shared/rowFacts";
import { isPlaceholderRow } from "../shared/placeholderRow";

/** Tables up to this many rows are compared pairwise (no map allocated); larger ones use a Map. */
const SMALL_TABLE = 48;

function hit(f: RowFacts, firstCell: string): RuleHit {
  return {
    row: f.index,
    cell: f.ind.level3.cell,
    message: `三级指标${f.label}与 ${firstCell} 单元格重复。请删除重复行，或改成反映不同内容的指标（如一个写数量、一个写质量）。`,
  };
}

/**
 * DUPLICATE_INDICATOR — the same 三级指标 twice in one table (R-TXT-002). Names are compared without
 * 任务N prefixes, spaces, bracket width and punctuation. The second and later occurrences are reported,
 * each pointing back at the first. Template placeholder rows are left out.
 */
export const rule = defineRule({
  meta: { code: "DUPLICATE_INDICATOR", severity: "warning", title: "三级指标重复", research: ["R-TXT-002"] },
  check(ctx) {
    // Template "……" rows repeat by design (TEMPLATE_PLACEHOLDER_ROW reports them).
    const facts = rowFacts(ctx).filter((f) => !isPlaceholderRow(f));
    if (facts.length <= SMALL_TABLE) {
      // Name keys are memoised per name, so equal names are usually the same string object: cheap ===.
      for (let i = 1; i < facts.length; i++) {
        const key = facts[i].nameKey;
        if (!key) continue;
        for (let j = 0; j < i; j++) {
          if (facts[j].nameKey === key) {
            ctx.report(hit(facts[i], facts[j].ind.level3.cell));
            break;
          }
        }
      }
      return;
    }
    // The first row per name, not its address: addresses are computed on demand, and only duplicates need one.
    const first = new Map<string, RowFacts>();
    for (const f of facts) {
      const key = f.nameKey;
      if (!key) continue;
      const at = first.get(key);
      if (at === undefined) first.set(key, f);
      else ctx.report(hit(f, at.ind.level3.cell));
    }
  },
});
