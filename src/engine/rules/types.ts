import type { Framework, PerfTable, Severity } from "../types";
import type { ParsedValue } from "../values/types";
import type { Profile } from "../profiles/schema";

/** Everything a rule may look at. Built once per table by the runner. */
export interface RuleContext {
  table: PerfTable;
  profile: Profile;
  /** Resolved framework (auto already decided). */
  framework: Framework;
  /** Budget year: --year / function argument, else inferred from the table (name, code, deadlines); null if unknown. */
  year: number | null;
  /** parsed[i] is the parsed 指标值 of table.indicators[i]. */
  parsed: ParsedValue[];
  /** 预算数 in 元 (after 万元 conversion), null if absent or unreadable. */
  budgetYuan: number | null;
  /** Reports one hit of the rule that is running: `reportHit` (defineRule.ts), which adds it to `hits`. */
  report?: (hit: RuleHit) => void;
  /** The hits of the rule that is running (set by `defineRule` for the duration of its check), else undefined. */
  hits?: RuleHit[];
  /** Facts shared by the rules of this check, filled on first use; owned by shared/contextMemo.ts, opaque here. */
  memo?: object;
}

/** The context a rule file's `check` gets: `report` is always there while it runs. */
export type ReportingContext = RuleContext & { report: (hit: RuleHit) => void };

/** What a rule reports; the runner adds code and (overridable) severity. */
export interface RuleHit {
  row: number | null;
  cell: string | null;
  message: string;
  suggestion?: string;
  /** Only when a rule's own research gives two severities for two cases (e.g. R-PLAN-006). */
  severity?: Severity;
}

/** A rule's metadata: its finding code, default severity (profiles may override), zh-CN title and research ids. */
export interface RuleMeta {
  code: string;
  severity: Severity;
  /** Short zh-CN title for lists and docs. */
  title: string;
  /** Research ids (R-…) this rule implements. */
  research: string[];
}

/**
 * One rule = one finding code. Modelled on ESLint's rule modules: metadata plus a small `check`; rule files
 * are written with `defineRule` (defineRule.ts) and report through `ctx.report`.
 */
export interface Rule extends RuleMeta {
  meta?: RuleMeta;
  check(ctx: RuleContext): RuleHit[];
}
