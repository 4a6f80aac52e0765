import type { Framework, PerfTable, Severity } from "../types";
import type { ParsedValue } from "../values/types";
import type { Profile } from "../profiles/schema";
import type { ContextMemo } from "./shared/contextMemo";

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
  /** Facts shared by the rules of this check, filled on first use (shared/contextMemo.ts); absent until then. */
  memo?: ContextMemo;
}

/** What a rule reports; the runner adds code and (overridable) severity. */
export interface RuleHit {
  row: number | null;
  cell: string | null;
  message: string;
  suggestion?: string;
  /** Only when a rule's own research gives two severities for two cases (e.g. R-PLAN-006). */
  severity?: Severity;
}

/**
 * One rule = one finding code. Modelled on ESLint's rule modules: metadata plus a small `check`.
 */
export interface Rule {
  code: string;
  severity: Severity;
  /** Short zh-CN title for lists and docs. */
  title: string;
  /** Research ids (R-…) this rule implements. */
  research: string[];
  check(ctx: RuleContext): RuleHit[];
}
