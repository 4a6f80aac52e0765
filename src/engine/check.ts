import type { Finding, Framework, FrameworkChoice, PerfTable, SheetGrid } from "./types";
import { SEVERITY_ORDER } from "./types";
import type { Profile } from "./profiles/schema";
import { DEFAULT_PROFILE } from "./profiles/builtins";
import { isDashOnly, isNotApplicableValue, parseTimelinessValue, parseValue } from "./values";
import type { ParsedValue } from "./values/types";
import { ALL_RULES } from "./rules";
import type { Rule, RuleContext } from "./rules/types";
import { reportHit } from "./rules/defineRule";
import { categoryOf, combinedLevelsOf, normalizeLabel } from "./framework";
import { countsNoMoney, speaksOfNoMoney } from "./rules/shared/unitLexicon";
import { magnitudeOf } from "./values/units";
import { cleanName } from "./rules/shared/indicatorKinds";
import { parseA1 } from "./address";
import { budgetInYuan } from "./budget";

export interface CheckOptions {
  profile?: Profile;
  /** Budget year (--year); inferred from the table when absent. */
  year?: number | null;
  /** Overrides the profile's framework. */
  framework?: FrameworkChoice;
  /** Only run these rules (default: all). */
  rules?: Rule[];
}

const YEAR_IN_TEXT = /(20\d{2})\s*年/;

const NO_VALUE: ParsedValue = parseValue("");

/** A deadline this many months into the next year reads as the budget year's work run over its end. */
const SPILL_MONTHS = 3;

/**
 * Budget year: the year in the project name, else the code's year digits, else the title's, else the document's year
 * line, else the deadlines' (but a one-year project period over a lone deadline early in the next year), else that
 * one-year period.
 */
export function inferYear(table: PerfTable, parsed: ParsedValue[]): number | null {
  const name = table.header.projectName?.text ?? table.header.title?.text ?? "";
  const m = YEAR_IN_TEXT.exec(name) ?? /^(20\d{2})/.exec(name);
  if (m) return Number(m[1]);
  const code = table.header.projectCode?.text.replace(/\s+/g, "") ?? "";
  const c = /^\d{6}(\d{2})P/i.exec(code);
  if (c) return 2000 + Number(c[1]);
  // A title that names its year (自治区本级部门2019年项目支出预算绩效目标表) states the budget year: the deadlines are
  // judged against it, not the other way round (004 长庆: a 2019 table whose one deadline is 2021年12月底).
  const t = YEAR_IN_TEXT.exec(table.header.title?.text ?? "");
  if (t) return Number(t[1]);
  if (table.documentYear != null) return table.documentYear;
  // 项目起止时间 2021.1-2021.12 (053): a period within one year names it.
  const period = table.header.period ? parseValue(table.header.period.text) : null;
  const periodYear =
    period?.kind === "deadline" && period.date?.year != null && (period.period?.start.year ?? period.date.year) === period.date.year ? period.date.year : null;
  const dates = parsed.flatMap((p) => (p.date?.year != null ? [{ year: p.date.year, month: p.date.month }] : []));
  const years = dates.map((d) => d.year);
  // Deadlines outrank the period (a period copied from last year is the likelier slip: YEAR_MISMATCH), except a lone
  // deadline early in the next year: work or payment run past the year end (支付完成时间 2025年1月31日 in a 2024
  // table) is the slip there, and the period names the year.
  if (periodYear !== null && dates.length === 1 && years[0] === periodYear + 1 && dates[0].month <= SPILL_MONTHS) return periodYear;
  if (years.length) {
    const counts = new Map<number, number>();
    for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
  }
  return periodYear;
}

/** resolveFramework over the rows' 一级 texts, without building the list of texts (same answer: see framework.ts). */
function frameworkOf(choice: Framework | "auto", inds: PerfTable["indicators"]): Framework {
  if (choice !== "auto") return choice;
  // 产出指标-成本指标 (both levels in one cell) is the classic 成本 under 产出, not the central 一级.
  for (let i = 0; i < inds.length; i++) if (normalizeLabel(inds[i].level1.text) === "成本指标" && !combinedLevelsOf(inds[i].level1.text)) return "central-2021";
  return "classic";
}

/**
 * 受益人口 ≥3万, 土方量 ≥15万: on a row outside 成本 whose name counts or measures no money, a bare 万 is the magnitude
 * of a unit left out (VALUE_NO_UNIT), not 万元 short of its 元 (which it stays on every other row). Under 数量 a name
 * with no word of money at all (民生档案数字化 | 3.6 | 万) counts things too.
 */
function magnitudeWithoutUnit(p: ParsedValue, name: string, category: string | null): ParsedValue {
  // A magnitude alone after the number (万, 亿): the parser reads it as money short of its 元.
  const mult = p.unitClass === "money" && !p.mixed ? magnitudeOf(p.unit.trim()) : undefined;
  if (mult === undefined || category === "成本") return p;
  const n = cleanName(name);
  if (!countsNoMoney(n) && !(category === "数量" && speaksOfNoMoney(n))) return p;
  return Object.freeze({ ...p, unit: "", normalizedUnit: "", unitClass: "none", amountYuan: null, scale: mult, magnitude: p.unit.trim() });
}

export function buildContext(table: PerfTable, options: CheckOptions = {}): RuleContext {
  const profile = options.profile ?? DEFAULT_PROFILE;
  const inds = table.indicators;
  const parsed: ParsedValue[] = [];
  // A dash (“-”) or a not-applicable mark (不适用, 无) is no target: every rule reads it as no value; VALUE_EMPTY
  // says what it asks of each.
  for (let i = 0; i < inds.length; i++) {
    const text = inds[i].value.text;
    const raw = inds[i].value.raw ?? text;
    const category = categoryOf(inds[i].level1.text, inds[i].level2.text);
    parsed.push(
      isDashOnly(text) || isNotApplicableValue(text)
        ? NO_VALUE
        : category === "时效"
          ? parseTimelinessValue(raw)
          : magnitudeWithoutUnit(parseValue(raw), inds[i].level3.text, category),
    );
  }
  const framework = frameworkOf(options.framework ?? profile.framework, inds);
  const year = options.year ?? inferYear(table, parsed);
  return { table, profile, framework, year, parsed, budgetYuan: budgetInYuan(table), report: reportHit, hits: undefined, memo: undefined };
}

/** Sort key of an A1 address: row-major. Plain "E12" is decoded by hand (hot in sorting); other forms via parseA1. */
function cellOrder(cell: string | null): number {
  if (!cell) return Number.MAX_SAFE_INTEGER;
  let i = 0;
  let col = 0;
  let ch = cell.charCodeAt(0);
  while (i < 3 && ch >= 65 && ch <= 90) {
    col = col * 26 + (ch - 64);
    ch = cell.charCodeAt(++i);
  }
  let row = 0;
  const digitsFrom = i;
  while (i < cell.length && ch >= 48 && ch <= 57) {
    row = row * 10 + (ch - 48);
    ch = cell.charCodeAt(++i);
  }
  if (i === cell.length && digitsFrom > 0 && i > digitsFrom && i - digitsFrom <= 7 && row >= 1) return (row - 1) * 100000 + (col - 1);
  const a = parseA1(cell);
  return a ? a.row * 100000 + a.col : Number.MAX_SAFE_INTEGER;
}

/**
 * Most severe first, then by sheet position, then by code — a stable order for every shell.
 * Sort keys are computed once per finding (not per comparison), and codes (ASCII) are compared by code
 * unit rather than with localeCompare, which goes through ICU and dominated the sort in profiles.
 */
export function sortFindings(findings: Finding[]): Finding[] {
  const keyed = findings.map((f, i) => ({ f, i, sev: SEVERITY_ORDER[f.severity] ?? 3, pos: cellOrder(f.cell) }));
  keyed.sort((a, b) => a.sev - b.sev || a.pos - b.pos || (a.f.code < b.f.code ? -1 : a.f.code > b.f.code ? 1 : a.i - b.i));
  return keyed.map((k) => k.f);
}

/**
 * The same string, flattened. Messages are template literals, which V8 keeps as a tree of cons-string nodes (one per
 * `+`) until the string is first read; a finding lives as long as its report, so every message kept its whole tree
 * alive — several heap objects per finding, copied by every young-generation collection of a large run.
 * Reading one character makes V8 flatten the string into one sequential string and the tree becomes short-lived
 * garbage. Other engines: a no-op read.
 */
function flat(s: string): string {
  s.charCodeAt(0);
  return s;
}

/** Run every rule on one table. A rule that throws is reported, never propagated. */
export function checkTable(table: PerfTable, options: CheckOptions = {}): Finding[] {
  const ctx = buildContext(table, options);
  const out: Finding[] = [];
  for (const rule of options.rules ?? ALL_RULES) {
    const override = ctx.profile.severity[rule.code];
    if (override === "off") continue;
    let hits;
    try {
      hits = rule.check(ctx);
    } catch (e) {
      // A rule bug must not hide the other findings; surface it as an info finding.
      out.push({ code: "INTERNAL_RULE_ERROR", severity: "info", row: null, cell: null, message: `规则 ${rule.code} 运行出错，已跳过：${e instanceof Error ? e.message : String(e)}` });
      continue;
    }
    for (const h of hits) {
      const severity = override ?? h.severity ?? rule.severity;
      // Two literals, each created whole: adding `suggestion` to a made finding moves it to a new hidden class and
      // gives it a separate property store (one more heap object per finding).
      out.push(
        h.suggestion !== undefined
          ? { code: rule.code, severity, row: h.row, cell: h.cell, message: flat(h.message), suggestion: flat(h.suggestion) }
          : { code: rule.code, severity, row: h.row, cell: h.cell, message: flat(h.message) },
      );
    }
  }
  return sortFindings(out);
}

export interface TableReport {
  table: PerfTable;
  findings: Finding[];
}

export interface SheetReport {
  sheet: string;
  tables: TableReport[];
}

/** Every table of every sheet, checked. Sheets without a table come back with `tables: []`. */
export function checkSheets(grids: SheetGrid[], readTables: (g: SheetGrid) => PerfTable[], options: CheckOptions = {}): SheetReport[] {
  return grids.map((g) => ({ sheet: g.sheet, tables: readTables(g).map((table) => ({ table, findings: checkTable(table, options) })) }));
}
