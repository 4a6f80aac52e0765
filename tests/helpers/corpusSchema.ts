/** The corpus table JSON (tests/fixtures/corpus/README.md) as a zod schema, with the cross-field checks. */
import { z } from "zod";

const target = z.union([
  z.object({ indicator: z.number().int().nonnegative(), column: z.string().optional() }),
  z.object({ header: z.string() }),
  z.object({ table: z.literal(true) }),
]);

export const corpusTableSchema = z.object({
  id: z.string(),
  // "synthetic": the probe tables of tests/fixtures/corpus-synthetic (written, not published; scored apart).
  split: z.enum(["dev", "heldback", "synthetic"]),
  source_url: z.string(),
  issuer: z.string().min(1),
  province: z.string().min(1),
  year: z.number().int().min(2000).max(2100).nullable(),
  kind: z.enum(["project", "department"]),
  title: z.string().nullable(),
  unit_line: z.string().nullable(),
  header_block: z.array(z.array(z.string())),
  header_merges: z.array(z.string().regex(/^[A-Z]+\d+:[A-Z]+\d+$/)),
  header: z.record(z.string(), z.string()),
  plan: z.object({ labels: z.array(z.string()), values: z.array(z.string()) }).nullable(),
  columns: z.array(z.string()).min(1),
  indicators: z.array(z.array(z.string())),
  merge_levels: z.boolean(),
  truncated: z.boolean().optional(),
  layout_notes: z.string(),
  labels: z.object({
    defects: z.array(z.object({ target, code: z.string().regex(/^[A-Z][A-Z0-9_]*$/), why: z.string().min(1) })),
    accepted: z.array(z.number().int().nonnegative()),
  }),
});
export type CorpusTable = z.infer<typeof corpusTableSchema>;

/** What is inconsistent in one table beyond its shape (empty when nothing). */
export function corpusProblems(doc: CorpusTable, knownCodes: Set<string>): string[] {
  const out: string[] = [];
  doc.indicators.forEach((r, i) => {
    if (r.length !== doc.columns.length) out.push(`indicator ${i} has ${r.length} cells, columns has ${doc.columns.length}`);
  });
  const targeted = new Set<number>();
  for (const d of doc.labels.defects) {
    if (!knownCodes.has(d.code)) out.push(`unknown code ${d.code} (add it to codes-proposed.md)`);
    const t = d.target as { indicator?: number; column?: string };
    if (t.indicator === undefined) continue;
    if (t.indicator >= doc.indicators.length) out.push(`defect targets indicator ${t.indicator}, table has ${doc.indicators.length}`);
    if (t.column !== undefined && !doc.columns.includes(t.column)) out.push(`defect targets column ${t.column}, not in columns`);
    targeted.add(t.indicator);
  }
  for (const i of doc.labels.accepted) if (i >= doc.indicators.length) out.push(`accepted index ${i} out of range`);
  doc.indicators.forEach((_, i) => {
    if (!targeted.has(i) && !doc.labels.accepted.includes(i)) out.push(`indicator ${i} is neither accepted nor targeted`);
  });
  return out;
}
