import type { ReportingContext, Rule, RuleContext, RuleHit, RuleMeta } from "./types";

/** What a rule file exports: its metadata and a `check` that reports hits through `ctx.report`. */
export interface RuleModule {
  meta: RuleMeta;
  /** Returns nothing: hits go through `ctx.report` (the `undefined` return type makes a returned array a type error). */
  check(ctx: ReportingContext): undefined;
}

/**
 * `ctx.report` of every context: adds a hit to the list of the rule that is running (`ctx.hits`, set by `check`
 * below). One function for all rules and all contexts, so the context keeps one shape while the rules run; swapping
 * a fresh closure into `ctx.report` for each rule made V8 throw away optimised code that relied on the field.
 */
export function reportHit(this: RuleContext, hit: RuleHit): void {
  if (!this.hits) throw new Error("ctx.report is only available while a rule runs");
  this.hits.push(hit);
}

/** The runnable rule of a rule file: `check(ctx)` runs the file's check and returns what it reported. */
export function defineRule(module: RuleModule): Rule {
  const { meta } = module;
  return {
    code: meta.code,
    severity: meta.severity,
    title: meta.title,
    research: meta.research,
    meta,
    check(ctx) {
      const hits: RuleHit[] = [];
      const outer = ctx.hits;
      // A context from buildContext comes with `report`; one written by hand gets it here.
      if (ctx.report !== reportHit) ctx.report = reportHit;
      ctx.hits = hits;
      try {
        module.check(ctx as ReportingContext);
      } finally {
        ctx.hits = outer;
      }
      return hits;
    },
  };
}
