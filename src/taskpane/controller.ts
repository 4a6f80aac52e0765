/**
 * The task pane's logic, free of DOM and of any particular host: it talks to a `SpreadsheetHost`
 * (Excel or WPS) and to the engine. The view (`view.ts`) only renders this state and calls these
 * methods, so everything here is tested with a stand-in host.
 */
import {
  DEFAULT_PROFILE, checkTable, getBuiltinProfile, listProfiles, listTemplates, readTables, tablePlanCurve, templateGrid,
  type CurvePoint, type Finding, type PerfTable, type Profile, type ProfileInfo, type Severity,
} from "../engine";
import { loadProfile } from "../engine/profiles";
import type { CellSnapshot, SpreadsheetHost, WriteResult } from "../hosts/types";
import { blockFromTemplate } from "./insert";
import { paceAt } from "./chart";

export interface CheckedTable {
  /** 1-based position in the sheet, for labels ("表 2"). */
  number: number;
  table: PerfTable;
  findings: Finding[];
  /** Spending plan as a normalised cumulative curve, null when the table has no plan. */
  curve: CurvePoint[] | null;
}

export interface FixRecord {
  sheet: string;
  finding: Finding;
  /** The cell exactly as it was (formula or value, number format), for 撤销修正. */
  before: CellSnapshot;
  after: string;
}

export interface InsertOptions {
  year?: number;
  example?: boolean;
  /** Add =PERF.CHECK beside the indicator rows and =PERF.SPENDCURVE beside the plan. */
  formulas?: boolean;
  /** Insert into a new sheet instead of the active sheet at the selection. */
  newSheet?: boolean;
}

export type ProfileResult = { ok: true; profile: Profile } | { ok: false; error: string };

export class PaneController {
  profile: Profile = DEFAULT_PROFILE;
  /** Name shown in the selector: a built-in name or "文件：xxx.json". */
  profileSource = DEFAULT_PROFILE.name;
  sheet = "";
  tables: CheckedTable[] = [];
  /** Set after the first check, so the view can tell "no table found" from "not checked yet". */
  checked = false;
  fixes: FixRecord[] = [];

  constructor(public readonly host: SpreadsheetHost) {}

  templates() {
    return listTemplates();
  }

  profiles(): ProfileInfo[] {
    return listProfiles();
  }

  /** Switch to a built-in profile; re-checks nothing by itself (the view decides). */
  useBuiltinProfile(name: string): ProfileResult {
    const p = getBuiltinProfile(name);
    if (!p) return { ok: false, error: `未知的内置配置：${name}` };
    this.profile = p;
    this.profileSource = p.name;
    return { ok: true, profile: p };
  }

  /** A user's JSON profile. A bad file gets a zh-CN error naming the problem and the current profile stays. */
  loadProfileText(text: string, fileName: string): ProfileResult {
    const trimmed = String(text ?? "").trim();
    if (!trimmed.startsWith("{")) return { ok: false, error: `“${fileName}”不是 JSON 配置文件（应以 { 开头）。当前配置未改变。` };
    const r = loadProfile(trimmed);
    if (!r.ok) return { ok: false, error: `“${fileName}”无法使用：${r.error}。当前配置未改变。` };
    this.profile = r.profile;
    this.profileSource = `文件：${fileName}`;
    return { ok: true, profile: r.profile };
  }

  /** Insert a template at the selected cell (or into a new sheet). Never overwrites: a busy area comes back as `ok: false`. */
  async insertTemplate(key: string, opts: InsertOptions = {}): Promise<WriteResult> {
    const grid = templateGrid(key, { year: opts.year, example: opts.example });
    const block = blockFromTemplate(grid, { formulas: opts.formulas });
    return this.host.writeBlock(block, opts.newSheet ? { newSheet: `${grid.name}模板` } : {});
  }

  /** 检查本表: one read of the used range, every table found, every table checked. */
  async check(): Promise<CheckedTable[]> {
    const read = await this.host.readUsedRange();
    this.sheet = read.grid.sheet;
    const tables = readTables(read.grid);
    this.tables = tables.map((table, i) => ({
      number: i + 1,
      table,
      findings: checkTable(table, { profile: this.profile }),
      curve: this.curveOf(table),
    }));
    this.checked = true;
    return this.tables;
  }

  /** The plan as the engine reads it (percent, fraction or amounts, lump-sum or not), as cumulative %. */
  curveOf(table: PerfTable): CurvePoint[] | null {
    return tablePlanCurve(table, this.profile)?.points ?? null;
  }

  /** 序时进度 at this profile's checkpoints and its tolerance. */
  pace(): { points: ReturnType<typeof paceAt>; tolerance: number } {
    const months = this.profile.spend.checkpoints.map((c) => c.month);
    return { points: paceAt(months), tolerance: this.profile.spend.paceTolerance };
  }

  /** Findings of every table that pass the severity filter. */
  visible(filter: Set<Severity>): { table: CheckedTable; findings: Finding[] }[] {
    return this.tables.map((t) => ({ table: t, findings: t.findings.filter((f) => filter.has(f.severity)) }));
  }

  async select(f: Finding): Promise<void> {
    if (f.cell) await this.host.selectCell(f.cell, this.sheet || undefined);
  }

  /** 标记: one highlight per finding cell (most severe wins), as removable conditional formats. */
  async mark(filter: Set<Severity>): Promise<number> {
    const items = this.visible(filter).flatMap((v) => v.findings.filter((f) => f.cell).map((f) => ({ cell: f.cell!, severity: f.severity })));
    const ids = await this.host.addHighlights(items, this.sheet || undefined);
    return ids.length;
  }

  async clearMarks(): Promise<number> {
    return this.host.clearHighlights();
  }

  /**
   * 一键修正: write the suggestion into the finding's cell, keeping the cell exactly as it was for 撤销修正,
   * then re-check. The suggestion is written as TEXT ("=100%" must not become the formula =100%).
   */
  async applyFix(f: Finding): Promise<FixRecord> {
    if (!f.cell || f.suggestion === undefined) throw new Error("这条问题没有可自动写入的修改建议。");
    const sheet = this.sheet;
    const [before] = await this.host.readCells([f.cell], sheet || undefined);
    const after = f.suggestion;
    await this.host.writeCells([{ address: f.cell, sheet: before.sheet || sheet, formula: null, value: typedLike(before, after) }]);
    const rec: FixRecord = { sheet: before.sheet || sheet, finding: f, before, after };
    this.fixes.push(rec);
    await this.check();
    return rec;
  }

  /** 撤销修正: put back exactly what the user had (value or formula, and number format), then re-check. */
  async undoFix(): Promise<FixRecord | null> {
    const rec = this.fixes.pop();
    if (!rec) return null;
    await this.host.writeCells([rec.before]);
    await this.check();
    return rec;
  }
}

/**
 * The suggestion in the form the cell had: a cell that held a number (a plan point stored as 0.25 with a
 * percent format) gets a number ("50%" → 0.5); anything else gets the suggestion as literal text.
 */
export function typedLike(before: CellSnapshot, suggestion: string): string | number {
  if (typeof before.value !== "number" && before.formula === null) return suggestion;
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(suggestion);
  if (!m) return suggestion;
  return m[2] ? Number(m[1]) / 100 : Number(m[1]);
}

