import type { ReportingContext, Rule, RuleHit, RuleMeta } from "./types";

/** What a rule file exports: its metadata and a `check` that reports hits through `ctx.report`. */
export interface RuleModule {
  meta: RuleMeta;
  /** Returns nothing: hits go through `ctx.report` (the `undefined` return type makes a returned array a type error). */
  check(ctx: ReportingContext): undefined;
}

function reportOutsideARule(): void {
  throw new Error("ctx.report is only available while a rule runs");
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
      const outer = ctx.report;
      ctx.report = (hit) => {
        hits.push(hit);
      };
      try {
        module.check(ctx as ReportingContext);
      } finally {
        ctx.report = outer ?? reportOutsideARule;
      }
      return hits;
    },
  };
}
