/**
 * The facts rules share within one check live on the check's context (shared/contextMemo.ts): computed once per
 * context, never reused by another context — not even by a spread copy that changed the profile.
 */
import { ts1 } from "../table/seedTables";
import { buildTable } from "../../helpers/tableBuilder";
import { buildContext } from "../../../src/engine/check";
import { getBuiltinProfile } from "../../../src/engine/profiles";
import { rowFacts } from "../../../src/engine/rules/shared/rowFacts";
import { costRows } from "../../../src/engine/rules/shared/costRows";
import { planAnalysis } from "../../../src/engine/rules/shared/planAnalysis";
import type { RuleContext } from "../../../src/engine/rules/types";

test("one context computes its shared facts once", () => {
  const ctx = buildContext(buildTable(ts1));
  const facts = rowFacts(ctx);
  const costs = costRows(ctx);
  const plan = planAnalysis(ctx);
  expect(facts.length).toBeGreaterThan(0);
  expect(costs.length).toBeGreaterThan(0);
  expect(plan).not.toBeNull();
  expect(rowFacts(ctx)).toBe(facts);
  expect(costRows(ctx)).toBe(costs);
  expect(planAnalysis(ctx)).toBe(plan);
});

test("a spread copy of a context gets its own facts, computed for its own fields", () => {
  const ctx = buildContext(buildTable(ts1));
  const plan = planAnalysis(ctx);
  const facts = rowFacts(ctx);
  const hebei = getBuiltinProfile("hebei")!;
  const copy: RuleContext = { ...ctx, profile: hebei };
  expect(copy.memo).toBe(ctx.memo); // the spread copied the reference…
  expect(planAnalysis(copy)).not.toBe(plan); // …but the copy does not use it
  expect(planAnalysis(copy)).toEqual(planAnalysis(buildContext(buildTable(ts1), { profile: hebei })));
  expect(rowFacts(copy)).not.toBe(facts);
  expect(rowFacts(copy)).toEqual(facts);
  // and the original keeps its own
  expect(planAnalysis(ctx)).toBe(plan);
  expect(rowFacts(ctx)).toBe(facts);
});

test("a context written by hand (no memo field) works too", () => {
  const built = buildContext(buildTable(ts1));
  const bare: RuleContext = { table: built.table, profile: built.profile, framework: built.framework, year: built.year, parsed: built.parsed, budgetYuan: built.budgetYuan };
  expect(rowFacts(bare)).toEqual(rowFacts(built));
  expect(rowFacts(bare)).toBe(rowFacts(bare));
});
