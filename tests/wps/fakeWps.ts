/**
 * A stand-in for the WPS Spreadsheets (ET) JS object model: `wps.EtApplication()`, `ActiveSheet`,
 * `Range(addr)`, `Value2` get/set of 2-D blocks, `MergeArea`/`MergeCells`, `UsedRange`,
 * `Interior.Color`, `AddCustomFunction`, `CreateTaskPane`, `PluginStorage`.
 *
 * It behaves like ET where it matters to PerfCheck, so the adapter's mistakes show:
 * - a multi-cell `Value2` is rows of values, a single cell a scalar; blank cells read as undefined;
 * - a string written through `Value2` that starts with "=" becomes a formula; a leading "'" makes
 *   the rest literal text (the apostrophe is not part of the value);
 * - a cell without fill has `Interior.ColorIndex` -4142 and `Interior.Color` 16777215 (white);
 * - every property access that crosses into the host is counted in `calls`, so tests can prove
 *   "one call per block" instead of one per cell.
 *
 * Self-contained (no imports): the browser tests compile this file with swc and inject it before
 * the add-in bundle.
 */

export type FakeValue = string | number | boolean | null | undefined;

interface FakeCell {
  value: FakeValue;
  formula?: string;
  color: number;
  colorIndex: number;
  /** Display format; "0%" makes Text show 0.95 as "95%". */
  numberFormat?: string;
  bold?: boolean;
  border?: number;
  wrap?: boolean;
}

export interface FakeCalls {
  value2Get: number;
  value2Set: number;
  formulaGet: number;
  formulaSet: number;
  textGet: number;
  interiorGet: number;
  interiorSet: number;
  mergeArea: number;
  mergeCells: number;
  usedRange: number;
}

export interface FakeSheetSpec {
  name: string;
  cells?: FakeValue[][];
  /** A1 ranges to merge, e.g. "A5:A8". */
  merges?: string[];
  /** Fills the user applied themselves: address → BGR colour. */
  fills?: Record<string, number>;
  /** Number formats: address → format, e.g. {"E9": "0%"} shows 0.95 as "95%". */
  numberFormats?: Record<string, string>;
}

export interface FakeWpsOptions {
  sheets?: FakeSheetSpec[];
  /** false → no `AddCustomFunction` (WPS older than 12.1.0.20540). */
  customFunctions?: boolean;
}

const NO_FILL_INDEX = -4142;
const WHITE = 16777215;

function colName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function a1(row: number, col: number): string {
  return colName(col) + (row + 1);
}

function parseCell(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) throw new Error("bad address: " + ref);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function parseBox(address: string): Box {
  const parts = address.replace(/^.*!/, "").split(":");
  const a = parseCell(parts[0]);
  const b = parts.length > 1 ? parseCell(parts[1]) : a;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly merges: Box[] = [];
  readonly columnWidths = new Map<number, number>();
  onActivate: (s: FakeSheet) => void = () => {};
  onSelect: (r: FakeRange) => void = () => {};

  constructor(
    public Name: string,
    private calls: FakeCalls,
  ) {}

  key(row: number, col: number): string {
    return row + "," + col;
  }

  cell(row: number, col: number): FakeCell {
    const k = this.key(row, col);
    let c = this.cells.get(k);
    if (!c) {
      c = { value: undefined, color: WHITE, colorIndex: NO_FILL_INDEX };
      this.cells.set(k, c);
    }
    return c;
  }

  peek(row: number, col: number): FakeCell | undefined {
    return this.cells.get(this.key(row, col));
  }

  /** Test helper (not host API): the cell as the user sees it. */
  get(address: string): { value: FakeValue; formula?: string; color: number; colorIndex: number } {
    const { row, col } = parseCell(address);
    const c = this.peek(row, col);
    return c ? { ...c } : { value: undefined, color: WHITE, colorIndex: NO_FILL_INDEX };
  }

  merge(address: string): void {
    this.merges.push(parseBox(address));
  }

  mergeAt(row: number, col: number): Box | undefined {
    return this.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  }

  Range(address: string): FakeRange {
    return new FakeRange(this, parseBox(address), this.calls);
  }

  Activate(): void {
    this.onActivate(this);
  }

  get UsedRange(): FakeRange {
    this.calls.usedRange++;
    let box: Box | null = null;
    for (const [k, c] of this.cells) {
      if (c.value === undefined && c.formula === undefined && c.colorIndex === NO_FILL_INDEX) continue;
      const [r, col] = k.split(",").map(Number);
      box = box
        ? { top: Math.min(box.top, r), left: Math.min(box.left, col), bottom: Math.max(box.bottom, r), right: Math.max(box.right, col) }
        : { top: r, left: col, bottom: r, right: col };
    }
    return new FakeRange(this, box ?? { top: 0, left: 0, bottom: 0, right: 0 }, this.calls);
  }
}

class FakeInterior {
  constructor(
    private range: FakeRange,
    private calls: FakeCalls,
  ) {}

  private uniform(pick: (c: FakeCell) => number): number | null {
    this.calls.interiorGet++;
    let v: number | null | undefined;
    this.range.each((c) => {
      const x = pick(c);
      if (v === undefined) v = x;
      else if (v !== x) v = null;
    });
    return v ?? null;
  }

  get Color(): number {
    return this.uniform((c) => c.color) as number;
  }

  set Color(value: number) {
    this.calls.interiorSet++;
    this.range.each((c) => {
      c.color = value;
      c.colorIndex = 0; // a real fill (ET reports the palette index; any value other than -4142)
    });
  }

  get ColorIndex(): number {
    return this.uniform((c) => c.colorIndex) as number;
  }

  set ColorIndex(value: number) {
    this.calls.interiorSet++;
    this.range.each((c) => {
      c.colorIndex = value;
      if (value === NO_FILL_INDEX) c.color = WHITE;
    });
  }
}

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly box: Box,
    private calls: FakeCalls,
  ) {}

  each(fn: (c: FakeCell, row: number, col: number) => void): void {
    for (let r = this.box.top; r <= this.box.bottom; r++) for (let c = this.box.left; c <= this.box.right; c++) fn(this.sheet.cell(r, c), r, c);
  }

  get Row(): number {
    return this.box.top + 1;
  }

  get Column(): number {
    return this.box.left + 1;
  }

  get Rows(): { Count: number } {
    return { Count: this.box.bottom - this.box.top + 1 };
  }

  get Columns(): { Count: number } {
    return { Count: this.box.right - this.box.left + 1 };
  }

  /** Test helper: "A1:F20". */
  get address(): string {
    return a1(this.box.top, this.box.left) + ":" + a1(this.box.bottom, this.box.right);
  }

  /** A 1×1 range reads as a scalar, a larger one as rows — as ET's Value2 and Formula do. */
  private readBlock(read: (r: number, c: number) => FakeValue): FakeValue | FakeValue[][] {
    if (this.box.top === this.box.bottom && this.box.left === this.box.right) return read(this.box.top, this.box.left);
    const out: FakeValue[][] = [];
    for (let r = this.box.top; r <= this.box.bottom; r++) {
      const row: FakeValue[] = [];
      for (let c = this.box.left; c <= this.box.right; c++) row.push(read(r, c));
      out.push(row);
    }
    return out;
  }

  get Value2(): FakeValue | FakeValue[][] {
    this.calls.value2Get++;
    const read = (r: number, c: number): FakeValue => this.sheet.peek(r, c)?.value;
    return this.readBlock(read);
  }

  set Value2(value: FakeValue | FakeValue[][]) {
    this.calls.value2Set++;
    const write = (cell: FakeCell, v: FakeValue) => {
      if (typeof v === "string" && v.startsWith("=")) {
        // ET turns it into a formula; the value shown is the formula's result (unknown here).
        cell.formula = v;
        cell.value = "#NAME?";
      } else if (typeof v === "string" && v.startsWith("'")) {
        cell.formula = undefined;
        cell.value = v.slice(1);
      } else if (typeof v === "string" && /^[+-]\s*\d/.test(v) && !Number.isNaN(Number(v.replace(/\s/g, "")))) {
        cell.formula = undefined;
        cell.value = Number(v.replace(/\s/g, "")); // "+5" / "-5" typed into a cell become numbers
      } else if (typeof v === "string" && /^[+\-@]/.test(v)) {
        cell.formula = "=" + v.slice(1);
        cell.value = "#NAME?";
      } else {
        cell.formula = undefined;
        cell.value = v === "" || v === null ? undefined : v;
      }
    };
    if (Array.isArray(value)) {
      this.each((cell, r, c) => {
        const row = value[r - this.box.top];
        write(cell, Array.isArray(row) ? row[c - this.box.left] : undefined);
      });
    } else {
      this.each((cell) => write(cell, value));
    }
  }

  get MergeCells(): boolean | null {
    this.calls.mergeCells++;
    let all = true;
    let any = false;
    for (let r = this.box.top; r <= this.box.bottom; r++)
      for (let c = this.box.left; c <= this.box.right; c++) {
        if (this.sheet.mergeAt(r, c)) any = true;
        else all = false;
      }
    return all ? true : any ? null : false;
  }

  get MergeArea(): FakeRange {
    this.calls.mergeArea++;
    const m = this.sheet.mergeAt(this.box.top, this.box.left);
    return new FakeRange(this.sheet, m ?? { top: this.box.top, left: this.box.left, bottom: this.box.top, right: this.box.left }, this.calls);
  }

  get Interior(): FakeInterior {
    return new FakeInterior(this, this.calls);
  }

  get Formula(): FakeValue | FakeValue[][] {
    this.calls.formulaGet++;
    const read = (r: number, c: number): FakeValue => {
      const cell = this.sheet.peek(r, c);
      return cell?.formula ?? (cell?.value === undefined ? "" : cell.value);
    };
    return this.readBlock(read);
  }

  set Formula(value: FakeValue | FakeValue[][]) {
    this.calls.formulaSet++;
    const setOne = (cell: FakeCell, v: FakeValue) => {
      if (typeof v === "string" && v.startsWith("=")) {
        cell.formula = v;
        cell.value = "#CALC";
      } else {
        cell.formula = undefined;
        cell.value = v === "" || v === null ? undefined : typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
      }
    };
    if (Array.isArray(value)) this.each((cell, r, c) => setOne(cell, value[r - this.box.top]?.[c - this.box.left]));
    else this.each((cell) => setOne(cell, value));
  }

  get HasFormula(): boolean | null {
    const set = new Set<boolean>();
    this.each((c) => set.add(c.formula !== undefined));
    return set.size === 1 ? [...set][0] : null;
  }

  get FormulaR1C1(): FakeValue | FakeValue[][] {
    return this.Formula;
  }

  /** Stored as written: the stand-in does not evaluate references. */
  set FormulaR1C1(value: FakeValue | FakeValue[][]) {
    this.calls.formulaSet++;
    this.each((cell) => {
      const v = Array.isArray(value) ? undefined : value;
      if (typeof v === "string" && v.startsWith("=")) {
        cell.formula = v;
        cell.value = "#CALC";
      }
    });
  }

  get Borders(): { LineStyle: number | null } {
    const each = (fn: (c: FakeCell) => void) => this.each(fn);
    return {
      get LineStyle() {
        const set = new Set<number>();
        each((c) => set.add(c.border ?? -4142));
        return set.size === 1 ? [...set][0] : null;
      },
      set LineStyle(v: number | null) {
        each((c) => (c.border = v ?? undefined));
      },
    };
  }

  get WrapText(): boolean | null {
    const set = new Set<boolean>();
    this.each((c) => set.add(!!c.wrap));
    return set.size === 1 ? [...set][0] : null;
  }

  set WrapText(v: boolean | null) {
    this.each((c) => (c.wrap = !!v));
  }

  /** Display text of one cell (null for a block of differing cells, as in VBA). */
  get Text(): string | null {
    this.calls.textGet++;
    const texts = new Set<string>();
    this.each((cell) => {
      const v = cell.value;
      if (v === undefined || v === null) texts.add("");
      else if (typeof v === "number" && cell.numberFormat && /%$/.test(cell.numberFormat)) {
        const decimals = (/\.(0+)%$/.exec(cell.numberFormat)?.[1].length) ?? 0;
        texts.add((v * 100).toFixed(decimals) + "%");
      } else texts.add(String(v));
    });
    return texts.size === 1 ? [...texts][0] : null;
  }

  get NumberFormat(): string | null {
    const set = new Set<string>();
    this.each((c) => set.add(c.numberFormat ?? "General"));
    return set.size === 1 ? [...set][0] : null;
  }

  set NumberFormat(f: string | null) {
    this.each((c) => (c.numberFormat = f ?? undefined));
  }

  get Font(): { Bold: boolean | null } {
    const each = (fn: (c: FakeCell) => void) => this.each(fn);
    return {
      get Bold() {
        const set = new Set<boolean>();
        each((c) => set.add(!!c.bold));
        return set.size === 1 ? [...set][0] : null;
      },
      set Bold(b: boolean | null) {
        each((c) => (c.bold = !!b));
      },
    };
  }

  get EntireColumn(): FakeRange {
    return new FakeRange(this.sheet, { top: 0, left: this.box.left, bottom: 1048575, right: this.box.right }, this.calls);
  }

  get ColumnWidth(): number | null {
    return this.sheet.columnWidths.get(this.box.left) ?? 8.38;
  }

  set ColumnWidth(w: number | null) {
    for (let c = this.box.left; c <= this.box.right; c++) this.sheet.columnWidths.set(c, Number(w));
  }

  Merge(): void {
    this.sheet.merge(this.address);
  }

  Select(): void {
    this.sheet.Activate();
    this.sheet.onSelect(this);
  }
}

export interface FakeWps {
  wps: Record<string, unknown>;
  app: {
    ActiveSheet: FakeSheet | null;
    ActiveWorkbook: { Name: string; FullName: string; Sheets: { Count: number; Item(i: number | string): FakeSheet; Add(): FakeSheet } };
    ActiveCell: FakeRange | null;
    Selection: FakeRange | null;
  };
  sheets: FakeSheet[];
  calls: FakeCalls;
  /** "PERF.CHECK" → the function WPS would call. */
  registered: Map<string, (...args: unknown[]) => unknown>;
  taskPanes: { url: string; Visible: boolean; ID: number }[];
  storage: Map<string, string>;
  /** Select a cell (as a click in the sheet would). */
  select(address: string): void;
}

export function createFakeWps(options: FakeWpsOptions = {}): FakeWps {
  const calls: FakeCalls = { value2Get: 0, value2Set: 0, formulaGet: 0, formulaSet: 0, textGet: 0, interiorGet: 0, interiorSet: 0, mergeArea: 0, mergeCells: 0, usedRange: 0 };
  const specs = options.sheets?.length ? options.sheets : [{ name: "Sheet1" }];
  const sheets = specs.map((spec) => {
    const s = new FakeSheet(spec.name, calls);
    (spec.cells ?? []).forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== undefined && v !== null && v !== "") s.cell(r, c).value = v;
      }),
    );
    for (const m of spec.merges ?? []) s.merge(m);
    for (const [addr, f] of Object.entries(spec.numberFormats ?? {})) {
      const { row, col } = parseCell(addr);
      s.cell(row, col).numberFormat = f;
    }
    for (const [addr, color] of Object.entries(spec.fills ?? {})) {
      const { row, col } = parseCell(addr);
      const c = s.cell(row, col);
      c.color = color;
      c.colorIndex = 0;
    }
    return s;
  });
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  const taskPanes: { url: string; Visible: boolean; ID: number }[] = [];
  const storage = new Map<string, string>();
  const workbook = {
    Name: "绩效目标表.xlsx",
    FullName: "C:\\fake\\绩效目标表.xlsx",
    Sheets: {
      get Count() {
        return sheets.length;
      },
      Item(index: number | string): FakeSheet {
        const s = typeof index === "number" ? sheets[index - 1] : sheets.find((x) => x.Name === index);
        if (!s) throw new Error("Sheets.Item: no sheet " + index);
        return s;
      },
      Add(): FakeSheet {
        let n = sheets.length + 1;
        while (sheets.some((x) => x.Name === "Sheet" + n)) n++;
        const s = wire(new FakeSheet("Sheet" + n, calls));
        sheets.splice(sheets.indexOf(app.ActiveSheet!), 0, s);
        app.ActiveSheet = s;
        app.ActiveCell = s.Range("A1");
        app.Selection = s.Range("A1");
        return s;
      },
    },
  };
  const app: FakeWps["app"] = {
    ActiveSheet: sheets[0],
    ActiveWorkbook: workbook,
    ActiveCell: sheets[0].Range("A1"),
    Selection: sheets[0].Range("A1"),
  };
  function wire(s: FakeSheet): FakeSheet {
    s.onActivate = (x) => {
      if (app.ActiveSheet !== x) {
        app.ActiveSheet = x;
        app.ActiveCell = x.Range("A1");
        app.Selection = x.Range("A1");
      }
    };
    s.onSelect = (r) => {
      app.Selection = r;
      app.ActiveCell = r.sheet.Range(r.address.split(":")[0]);
    };
    return s;
  }
  sheets.forEach(wire);
  const wps: Record<string, unknown> = {
    EtApplication: () => app,
    CreateTaskPane: (url: string) => {
      const pane = { url, Visible: false, ID: taskPanes.length + 1 };
      taskPanes.push(pane);
      return pane;
    },
    GetTaskPane: (id: number) => taskPanes.find((p) => p.ID === Number(id)) ?? null,
    PluginStorage: {
      getItem: (k: string) => (storage.has(k) ? storage.get(k)! : null),
      setItem: (k: string, v: string) => void storage.set(k, String(v)),
    },
  };
  if (options.customFunctions !== false) {
    wps.AddCustomFunction = (ns: string, name: string, fn: (...args: unknown[]) => unknown) => {
      if (typeof fn !== "function") throw new Error("AddCustomFunction: not a function");
      if (!/^[A-Za-z][A-Za-z0-9_.]*$/.test(name)) throw new Error("AddCustomFunction: names must be ASCII");
      registered.set(ns + "." + name, fn);
      return true;
    };
  }
  return {
    wps,
    app,
    sheets,
    calls,
    registered,
    taskPanes,
    storage,
    select(address: string) {
      app.ActiveSheet!.Range(address).Select();
    },
  };
}
