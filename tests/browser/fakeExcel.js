/* eslint-disable */
/**
 * A stand-in for Office.js + the Excel object model: a small in-memory workbook with the parts the
 * PerfCheck pane uses (Excel.run, load/sync, worksheets, used range, values/text/formulas/numberFormat,
 * merged areas, selection, conditional formats, workbook settings). Plain JS so it runs both in jest
 * (require) and in Chromium (served in place of office.js).
 *
 * Faithful where it matters to the pane:
 *  - a property read before `load` + `sync` throws (PropertyNotLoaded), as in Excel;
 *  - writing "=…" through `values` makes a formula, "'…" stores text without the apostrophe, "25%"
 *    becomes 0.25 with a percent format unless the cell is formatted "@" (text);
 *  - conditional formats have ids; settings persist across Excel.run calls.
 * In the browser it also draws the active sheet beside the pane, so screenshots show the workbook.
 */
(function (root) {
  "use strict";

  function colName(c) {
    let n = c + 1, s = "";
    while (n > 0) { const r = (n - 1) % 26; s = String.fromCharCode(65 + r) + s; n = Math.floor((n - 1) / 26); }
    return s;
  }
  function a1(r, c) { return colName(c) + (r + 1); }
  function parseCell(s) {
    const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(String(s).trim());
    if (!m) throw new Error("InvalidArgument: bad address " + s);
    let c = 0;
    for (const ch of m[1].toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
    return { row: Number(m[2]) - 1, col: c - 1 };
  }
  function parseRange(s) {
    const parts = String(s).replace(/^.*!/, "").split(":");
    const a = parseCell(parts[0]);
    const b = parts[1] ? parseCell(parts[1]) : a;
    return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
  }
  function rangeText(b) {
    return b.top === b.bottom && b.left === b.right ? a1(b.top, b.left) : a1(b.top, b.left) + ":" + a1(b.bottom, b.right);
  }
  function quoteSheet(n) { return /^[A-Za-z0-9_]+$/.test(n) ? n : "'" + n.replace(/'/g, "''") + "'"; }
  function intersects(a, b) { return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right; }

  /** "=PERF.CHECK(RC[-7]:R[7]C[-2],R[-6]C[-5])" written at (row, col) → A1 references. */
  function r1c1ToA1(formula, row, col) {
    return formula.replace(/R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?/g, function (_m, r, c) {
      const rr = r === undefined ? row : r[0] === "[" ? row + Number(r.slice(1, -1)) : Number(r) - 1;
      const cc = c === undefined ? col : c[0] === "[" ? col + Number(c.slice(1, -1)) : Number(c) - 1;
      return a1(rr, cc);
    });
  }

  function display(cell) {
    if (!cell) return "";
    const v = cell.v;
    if (v === null || v === undefined) return "";
    const fmt = cell.fmt || "General";
    if (typeof v === "number") {
      if (fmt.indexOf("%") >= 0) {
        const d = (/\.(0+)%/.exec(fmt) || [null, ""])[1].length;
        return (v * 100).toFixed(d) + "%";
      }
      const m = /^0\.(0+)$/.exec(fmt);
      if (m) return v.toFixed(m[1].length);
      return String(v);
    }
    if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
    return String(v);
  }

  function createWorkbook(spec) {
    spec = spec || {};
    let nextId = 1;
    const wb = {
      sheets: [],
      active: 0,
      selection: { sheet: 0, range: { top: 0, left: 0, bottom: 0, right: 0 } },
      settings: new Map(),
      syncs: 0,
      runs: 0,
      requests: [],
      functions: {},
      // spec.excelApi "1.1" plays an Excel that has ExcelApi up to 1.1 only (Excel 2016): newer calls throw.
      excelApi: spec.excelApi || null,
    };
    function addSheet(name) {
      const s = { id: "{sheet-" + nextId++ + "}", name: name, cells: new Map(), merges: [], cfs: [], fmtBold: new Set(), fills: new Map(), colWidths: {} };
      wb.sheets.push(s);
      return s;
    }
    wb.addSheet = addSheet;
    wb.newCfId = function () { return "{cf-" + nextId++ + "}"; };
    wb.get = function (s, r, c) { return s.cells.get(r + "," + c); };
    /** What Excel would display in the cell. */
    wb.display = function (s, r, c) { return display(s.cells.get(r + "," + c)); };
    wb.setRaw = function (s, r, c, cell) {
      if (!cell || ((cell.v === null || cell.v === undefined || cell.v === "") && !cell.f)) {
        const old = s.cells.get(r + "," + c);
        if (old && old.fmt && old.fmt !== "General") s.cells.set(r + "," + c, { v: null, f: null, fmt: old.fmt });
        else s.cells.delete(r + "," + c);
      } else s.cells.set(r + "," + c, cell);
    };
    (spec.sheets || [{ name: "Sheet1" }]).forEach(function (sp) {
      const s = addSheet(sp.name || "Sheet" + (wb.sheets.length + 1));
      (sp.cells || []).forEach(function (row, r) {
        (row || []).forEach(function (v, c) {
          if (v === null || v === undefined || v === "") return;
          if (typeof v === "object" && !(v instanceof Date)) s.cells.set(r + "," + c, { v: v.v === undefined ? null : v.v, f: v.f || null, fmt: v.fmt || "General" });
          else s.cells.set(r + "," + c, { v: v, f: null, fmt: "General" });
        });
      });
      (sp.merges || []).forEach(function (m) { s.merges.push(typeof m === "string" ? parseRange(m) : m); });
      (sp.cfs || []).forEach(function (cf) { s.cfs.push({ id: cf.id || wb.newCfId(), range: parseRange(cf.address), formula: cf.formula || "=TRUE", fill: cf.fill || "#00FF00", owner: "user" }); });
    });
    wb.active = spec.active || 0;
    if (spec.selection) wb.selection = { sheet: wb.active, range: parseRange(spec.selection) };
    return wb;
  }

  /** Write one value the way Excel takes typed input. */
  function writeValue(wb, sheet, r, c, v, asFormula) {
    const old = wb.get(sheet, r, c) || { v: null, f: null, fmt: "General" };
    const fmt = old.fmt || "General";
    let cell = { v: null, f: null, fmt: fmt };
    if (v === null || v === undefined || v === "") cell = { v: null, f: null, fmt: fmt };
    else if (typeof v === "number" || typeof v === "boolean") cell.v = v;
    else {
      const s = String(v);
      if (s[0] === "'") cell.v = s.slice(1);
      else if (s[0] === "=" && (fmt !== "@" || asFormula)) { cell.f = s; cell.v = evaluate(wb, sheet, r, c, s); }
      else if (fmt === "@") cell.v = s;
      else if (/^-?\d+(\.\d+)?%$/.test(s)) { cell.v = Number(s.slice(0, -1)) / 100; if (fmt === "General") cell.fmt = "0%"; }
      else if (/^-?\d+(\.\d+)?$/.test(s)) cell.v = Number(s);
      else cell.v = s;
    }
    wb.setRaw(sheet, r, c, cell);
  }

  /** Formulas: only PERF.* functions registered through CustomFunctions.associate are evaluated (first cell of the result). */
  function evaluate(wb, sheet, r, c, formula) {
    const m = /^=PERF\.([A-Z]+)\((.*)\)$/i.exec(formula);
    if (!m) return null;
    const fn = wb.functions[m[1].toUpperCase()];
    if (!fn) return "#NAME?";
    return { pending: true, name: m[1].toUpperCase(), args: m[2] };
  }

  function usedBox(wb, s) {
    let top = Infinity, left = Infinity, bottom = -1, right = -1;
    s.cells.forEach(function (cell, k) {
      if ((cell.v === null || cell.v === undefined || cell.v === "") && !cell.f) return;
      const p = k.split(",").map(Number);
      top = Math.min(top, p[0]); left = Math.min(left, p[1]); bottom = Math.max(bottom, p[0]); right = Math.max(right, p[1]);
    });
    if (bottom < 0) return { top: 0, left: 0, bottom: 0, right: 0 };
    return { top: top, left: left, bottom: bottom, right: right };
  }

  // ------------------------------------------------------------------ requirement sets

  /** -1, 0, 1 comparing "1.2" and "1.13" as versions. */
  function cmpVersion(a, b) {
    const x = String(a).split(".").map(Number), y = String(b).split(".").map(Number);
    for (let i = 0; i < Math.max(x.length, y.length); i++) { const d = (x[i] || 0) - (y[i] || 0); if (d) return d < 0 ? -1 : 1; }
    return 0;
  }
  /** Excel without the set throws on the call, as a real older Excel does ("ApiNotFound"). */
  function need(wb, version, what) {
    if (wb.excelApi && cmpVersion(version, wb.excelApi) > 0) { wb.apiRefused = (wb.apiRefused || []).concat(what); throw new Error("ApiNotFound: " + what + " needs ExcelApi " + version); }
  }

  // ------------------------------------------------------------------ proxies

  function Base(ctx) { this._ctx = ctx; this._snap = {}; this._pendingNames = []; }
  Base.prototype.load = function (props) {
    const list = props === undefined ? this._allProps || [] : Array.isArray(props) ? props : typeof props === "string" ? props.split(",") : Object.keys(props);
    const self = this;
    list.forEach(function (p) { p = p.trim(); if (p) self._ctx._pending.push([self, p]); });
    return this;
  };
  Base.prototype._get = function (name) {
    if (!(name in this._snap)) throw new Error("PropertyNotLoaded: " + name + " (call load and context.sync first)");
    return this._snap[name];
  };
  function prop(proto, name, setter) {
    Object.defineProperty(proto, name, {
      get: function () { return this._get(name); },
      set: setter || function () { throw new Error("ReadOnly: " + name); },
      configurable: true,
    });
  }

  function FRange(ctx, sheet, box, isNull) {
    Base.call(this, ctx);
    this.sheet = sheet; this.box = box; this.isNullObject = !!isNull;
    const self = this;
    const fmtTarget = { bold: false };
    this.format = new FFormat(ctx, this);
    this.conditionalFormats = new FCfCollection(ctx, this);
    void fmtTarget; void self;
  }
  FRange.prototype = Object.create(Base.prototype);
  FRange.prototype._compute = function (name) {
    const wb = this._ctx.wb, s = this.sheet, b = this.box;
    const matrix = function (fn) {
      const out = [];
      for (let r = b.top; r <= b.bottom; r++) { const row = []; for (let c = b.left; c <= b.right; c++) row.push(fn(wb.get(s, r, c))); out.push(row); }
      return out;
    };
    switch (name) {
      case "values": return matrix(function (cell) { return cell && cell.v !== null && cell.v !== undefined ? (typeof cell.v === "object" ? "#BUSY!" : cell.v) : ""; });
      case "text": return matrix(function (cell) { return cell && typeof cell.v === "object" && cell.v ? "#BUSY!" : display(cell); });
      case "formulas": return matrix(function (cell) { return cell ? (cell.f || (cell.v === null || cell.v === undefined ? "" : cell.v)) : ""; });
      case "numberFormat": return matrix(function (cell) { return (cell && cell.fmt) || "General"; });
      case "address": return quoteSheet(s.name) + "!" + rangeText(b);
      case "rowIndex": return b.top;
      case "columnIndex": return b.left;
      case "rowCount": return b.bottom - b.top + 1;
      case "columnCount": return b.right - b.left + 1;
      default: throw new Error("PropertyNotSupportedByFake: " + name);
    }
  };
  ["values", "formulas", "formulasR1C1", "numberFormat"].forEach(function (name) {
    prop(FRange.prototype, name, function (m) {
      const wb = this._ctx.wb, s = this.sheet, b = this.box;
      const at = function (r, c) { return Array.isArray(m) ? (Array.isArray(m[r]) ? m[r][c] : m[r]) : m; };
      for (let r = b.top; r <= b.bottom; r++)
        for (let c = b.left; c <= b.right; c++) {
          const v = at(r - b.top, c - b.left);
          if (name === "numberFormat") {
            const cell = wb.get(s, r, c) || { v: null, f: null };
            wb.setRaw(s, r, c, { v: cell.v, f: cell.f, fmt: v });
            if (cell.v === null && !cell.f) s.cells.set(r + "," + c, { v: null, f: null, fmt: v });
          } else if (name === "formulasR1C1") need(wb, "1.2", "Range.formulasR1C1"), writeValue(wb, s, r, c, typeof v === "string" && v[0] === "=" ? r1c1ToA1(v, r, c) : v, true);
          else writeValue(wb, s, r, c, v, name === "formulas");
        }
      this._ctx._touched = true;
    });
  });
  ["text", "address", "rowIndex", "columnIndex", "rowCount", "columnCount"].forEach(function (n) { prop(FRange.prototype, n); });
  FRange.prototype.getCell = function (r, c) { return new FRange(this._ctx, this.sheet, { top: this.box.top + r, left: this.box.left + c, bottom: this.box.top + r, right: this.box.left + c }); };
  FRange.prototype.getOffsetRange = function (dr, dc) { const b = this.box; return new FRange(this._ctx, this.sheet, { top: b.top + dr, left: b.left + dc, bottom: b.bottom + dr, right: b.right + dc }); };
  FRange.prototype.getBoundingRect = function (o) { const a = this.box, b = o.box; return new FRange(this._ctx, this.sheet, { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) }); };
  FRange.prototype.getResizedRange = function (dr, dc) { need(this._ctx.wb, "1.2", "Range.getResizedRange"); const b = this.box; return new FRange(this._ctx, this.sheet, { top: b.top, left: b.left, bottom: b.bottom + dr, right: b.right + dc }); };
  FRange.prototype.getColumn = function (i) { const b = this.box; return new FRange(this._ctx, this.sheet, { top: b.top, left: b.left + i, bottom: b.bottom, right: b.left + i }); };
  FRange.prototype.getMergedAreasOrNullObject = function () {
    need(this._ctx.wb, "1.13", "Range.getMergedAreasOrNullObject");
    const self = this;
    const hits = this.sheet.merges.filter(function (m) { return intersects(m, self.box); });
    const o = new Base(this._ctx);
    o.isNullObject = hits.length === 0;
    o._compute = function (n) {
      if (n !== "address") throw new Error("PropertyNotSupportedByFake: " + n);
      return hits.map(function (m) { return quoteSheet(self.sheet.name) + "!" + rangeText(m); }).join(", ");
    };
    prop(o, "address");
    return o;
  };
  FRange.prototype.merge = function () {
    const wb = this._ctx.wb, s = this.sheet, b = this.box;
    need(wb, "1.2", "Range.merge");
    s.merges = s.merges.filter(function (m) { return !intersects(m, b); });
    s.merges.push({ top: b.top, left: b.left, bottom: b.bottom, right: b.right });
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) if (r !== b.top || c !== b.left) { const cell = wb.get(s, r, c); if (cell) wb.setRaw(s, r, c, { v: null, f: null, fmt: cell.fmt }); }
  };
  FRange.prototype.select = function () {
    const wb = this._ctx.wb;
    wb.active = wb.sheets.indexOf(this.sheet);
    wb.selection = { sheet: wb.active, range: Object.assign({}, this.box) };
  };
  FRange.prototype.clear = function () { const s = this.sheet, b = this.box; for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) s.cells.delete(r + "," + c); };

  function FFormat(ctx, range) {
    Base.call(this, ctx);
    this._range = range;
    const sheet = range.sheet, box = range.box;
    const each = function (fn) { for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) fn(r, c); };
    this.font = {};
    Object.defineProperty(this.font, "bold", { set: function (v) { each(function (r, c) { if (v) sheet.fmtBold.add(r + "," + c); else sheet.fmtBold.delete(r + "," + c); }); }, get: function () { return false; } });
    this.fill = {};
    Object.defineProperty(this.fill, "color", { set: function (v) { each(function (r, c) { sheet.fills.set(r + "," + c, v); }); }, get: function () { return null; } });
    this.borders = { getItem: function () { return {}; } };
  }
  FFormat.prototype = Object.create(Base.prototype);
  FFormat.prototype._compute = function (name) {
    if (name === "columnWidth") { need(this._ctx.wb, "1.2", "RangeFormat.columnWidth"); const w = this._range.sheet.colWidths[this._range.box.left]; return typeof w === "number" ? w : 48; }
    throw new Error("PropertyNotSupportedByFake: format." + name);
  };
  prop(FFormat.prototype, "columnWidth", function (w) { need(this._ctx.wb, "1.2", "RangeFormat.columnWidth"); for (let c = this._range.box.left; c <= this._range.box.right; c++) this._range.sheet.colWidths[c] = w; });
  ["wrapText", "verticalAlignment", "horizontalAlignment", "rowHeight"].forEach(function (n) { Object.defineProperty(FFormat.prototype, n, { set: function () {}, get: function () { return null; }, configurable: true }); });

  function FCf(ctx, sheet, data, isNull) {
    Base.call(this, ctx);
    this._sheet = sheet; this._data = data; this.isNullObject = !!isNull;
    const d = data || {};
    this.custom = { rule: {}, format: { fill: {} } };
    Object.defineProperty(this.custom.rule, "formula", { set: function (v) { d.formula = v; }, get: function () { return d.formula; } });
    Object.defineProperty(this.custom.format.fill, "color", { set: function (v) { d.fill = v; }, get: function () { return d.fill; } });
  }
  FCf.prototype = Object.create(Base.prototype);
  FCf.prototype._compute = function (n) { if (n === "id") return this._data ? this._data.id : null; if (n === "type") return "Custom"; throw new Error("PropertyNotSupportedByFake: cf." + n); };
  prop(FCf.prototype, "id");
  FCf.prototype.delete = function () {
    if (this.isNullObject) throw new Error("ItemNotFound: conditional format");
    const s = this._sheet, d = this._data;
    this._ctx._queue.push(function () { s.cfs = s.cfs.filter(function (x) { return x !== d; }); });
  };

  function FCfCollection(ctx, range) { Base.call(this, ctx); this._range = range; }
  FCfCollection.prototype = Object.create(Base.prototype);
  FCfCollection.prototype.add = function (type) {
    const wb = this._ctx.wb;
    need(wb, "1.6", "ConditionalFormatCollection.add");
    const data = { id: wb.newCfId(), type: type, range: Object.assign({}, this._range.box), formula: null, fill: null, owner: "perfcheck" };
    this._range.sheet.cfs.push(data);
    return new FCf(this._ctx, this._range.sheet, data);
  };
  FCfCollection.prototype._find = function (id) {
    const b = this._range.box;
    return this._range.sheet.cfs.find(function (x) { return x.id === id && intersects(x.range, b); });
  };
  FCfCollection.prototype._compute = function (n) {
    need(this._ctx.wb, "1.6", "ConditionalFormatCollection.items");
    if (n !== "items" && n.indexOf("items/") !== 0) throw new Error("PropertyNotSupportedByFake: conditionalFormats." + n);
    const ctx = this._ctx, r = this._range;
    return r.sheet.cfs.filter(function (x) { return intersects(x.range, r.box); }).map(function (d) { const cf = new FCf(ctx, r.sheet, d); cf._snap.id = d.id; return cf; });
  };
  Object.defineProperty(FCfCollection.prototype, "items", { get: function () { const k = Object.keys(this._snap).find(function (x) { return x === "items" || x.indexOf("items/") === 0; }); if (!k) throw new Error("PropertyNotLoaded: items"); return this._snap[k]; } });
  FCfCollection.prototype.getItem = function (id) { need(this._ctx.wb, "1.6", "ConditionalFormatCollection.getItem"); const d = this._find(id); if (!d) throw new Error("ItemNotFound: " + id); return new FCf(this._ctx, this._range.sheet, d); };
  FCfCollection.prototype.getItemOrNullObject = function (id) { need(this._ctx.wb, "1.14", "ConditionalFormatCollection.getItemOrNullObject"); const d = this._find(id); return new FCf(this._ctx, this._range.sheet, d || null, !d); };
  FCfCollection.prototype.clearAll = function () { const b = this._range.box; this._range.sheet.cfs = this._range.sheet.cfs.filter(function (x) { return !intersects(x.range, b); }); };

  function FSheet(ctx, sheet, isNull) { Base.call(this, ctx); this._s = sheet; this.isNullObject = !!isNull; }
  FSheet.prototype = Object.create(Base.prototype);
  FSheet.prototype._compute = function (n) { if (n === "name") return this._s.name; if (n === "id") return this._s.id; if (n === "position") return this._ctx.wb.sheets.indexOf(this._s); throw new Error("PropertyNotSupportedByFake: sheet." + n); };
  ["name", "id", "position"].forEach(function (n) { prop(FSheet.prototype, n); });
  FSheet.prototype.getRange = function (addr) { return new FRange(this._ctx, this._s, addr ? parseRange(addr) : { top: 0, left: 0, bottom: 0, right: 0 }); };
  FSheet.prototype.getRangeByIndexes = function (r, c, h, w) { return new FRange(this._ctx, this._s, { top: r, left: c, bottom: r + h - 1, right: c + w - 1 }); };
  FSheet.prototype.getUsedRange = function () { return new FRange(this._ctx, this._s, usedBox(this._ctx.wb, this._s)); };
  FSheet.prototype.getUsedRangeOrNullObject = function () { const has = this._s.cells.size > 0; return new FRange(this._ctx, this._s, usedBox(this._ctx.wb, this._s), !has); };
  FSheet.prototype.activate = function () { this._ctx.wb.active = this._ctx.wb.sheets.indexOf(this._s); this._ctx.wb.selection = { sheet: this._ctx.wb.active, range: { top: 0, left: 0, bottom: 0, right: 0 } }; };

  function FSheets(ctx) { Base.call(this, ctx); }
  FSheets.prototype = Object.create(Base.prototype);
  FSheets.prototype._compute = function (n) {
    const ctx = this._ctx;
    if (n === "items" || n.indexOf("items/") === 0) {
      const sub = n.split("/")[1];
      return ctx.wb.sheets.map(function (s) { const p = new FSheet(ctx, s); if (sub) p._snap[sub] = p._compute(sub); return p; });
    }
    throw new Error("PropertyNotSupportedByFake: worksheets." + n);
  };
  Object.defineProperty(FSheets.prototype, "items", { get: function () { const k = Object.keys(this._snap).find(function (x) { return x === "items" || x.indexOf("items/") === 0; }); if (!k) throw new Error("PropertyNotLoaded: items"); return this._snap[k]; } });
  FSheets.prototype.getActiveWorksheet = function () { return new FSheet(this._ctx, this._ctx.wb.sheets[this._ctx.wb.active]); };
  FSheets.prototype._find = function (key) { return this._ctx.wb.sheets.find(function (s) { return s.name === key || s.id === key; }); };
  FSheets.prototype.getItem = function (key) { const s = this._find(key); if (!s) throw new Error("ItemNotFound: worksheet " + key); return new FSheet(this._ctx, s); };
  FSheets.prototype.getItemOrNullObject = function (key) { need(this._ctx.wb, "1.4", "WorksheetCollection.getItemOrNullObject"); const s = this._find(key); return new FSheet(this._ctx, s || null, !s); };
  FSheets.prototype.add = function (name) {
    if (this._find(name)) throw new Error("ItemAlreadyExists: " + name);
    return new FSheet(this._ctx, this._ctx.wb.addSheet(name));
  };

  function FSetting(ctx, key, isNull) { Base.call(this, ctx); this._key = key; this.isNullObject = !!isNull; }
  FSetting.prototype = Object.create(Base.prototype);
  FSetting.prototype._compute = function (n) { if (n === "value") return this._ctx.wb.settings.get(this._key); if (n === "key") return this._key; throw new Error("PropertyNotSupportedByFake: setting." + n); };
  ["value", "key"].forEach(function (n) { prop(FSetting.prototype, n); });
  FSetting.prototype.delete = function () { const wb = this._ctx.wb, k = this._key; this._ctx._queue.push(function () { wb.settings.delete(k); }); };

  function FContext(wb) {
    this.wb = wb;
    this._pending = [];
    this._queue = [];
    const ctx = this;
    this.workbook = {
      worksheets: new FSheets(ctx),
      getSelectedRange: function () { const sel = wb.selection; return new FRange(ctx, wb.sheets[sel.sheet], Object.assign({}, sel.range)); },
      getActiveCell: function () { need(wb, "1.7", "Workbook.getActiveCell"); const sel = wb.selection; return new FRange(ctx, wb.sheets[sel.sheet], { top: sel.range.top, left: sel.range.left, bottom: sel.range.top, right: sel.range.left }); },
      settings: {
        getItemOrNullObject: function (k) { need(wb, "1.4", "Workbook.settings"); return new FSetting(ctx, k, !wb.settings.has(k)); },
        getItem: function (k) { need(wb, "1.4", "Workbook.settings"); if (!wb.settings.has(k)) throw new Error("ItemNotFound: setting " + k); return new FSetting(ctx, k); },
        add: function (k, v) { need(wb, "1.4", "Workbook.settings"); wb.settings.set(k, v); return new FSetting(ctx, k); },
      },
    };
  }
  FContext.prototype.sync = function () {
    const wb = this.wb;
    wb.syncs++;
    const q = this._queue; this._queue = [];
    q.forEach(function (fn) { fn(); });
    const pending = this._pending; this._pending = [];
    pending.forEach(function (pair) { const o = pair[0], n = pair[1]; if (!o.isNullObject) o._snap[n] = o._compute(n); });
    return Promise.resolve().then(function () { computeFormulas(wb); if (root.__fakeExcelRender) root.__fakeExcelRender(); });
  };

  /** Evaluate pending PERF.* formulas with the functions the bundle associated (spilling down/right). */
  function computeFormulas(wb) {
    wb.sheets.forEach(function (s) {
      s.cells.forEach(function (cell, k) {
        if (!cell.f || !cell.v || typeof cell.v !== "object" || !cell.v.pending) return;
        const p = k.split(",").map(Number);
        const fn = wb.functions[cell.v.name];
        const args = splitArgs(cell.v.args).map(function (a) {
          if (/^[A-Z]{1,3}\d+:[A-Z]{1,3}\d+$/i.test(a)) { const b = parseRange(a); const out = []; for (let r = b.top; r <= b.bottom; r++) { const row = []; for (let c = b.left; c <= b.right; c++) { const x = wb.get(s, r, c); row.push(x && x.v !== null && x.v !== undefined ? x.v : ""); } out.push(row); } return out; }
          if (/^[A-Z]{1,3}\d+$/i.test(a)) { const q = parseCell(a); const x = wb.get(s, q.row, q.col); return x && x.v !== null && x.v !== undefined ? x.v : null; }
          if (/^-?\d+(\.\d+)?$/.test(a)) return Number(a);
          if (/^".*"$/.test(a)) return a.slice(1, -1);
          return null;
        });
        while (args.length < (fn && fn.length ? fn.length : 0)) args.push(null);
        let result;
        try { result = fn.apply(null, args); } catch (e) { result = "#VALUE!"; }
        if (result && typeof result.then === "function") { cell.v = "#BUSY!"; result.then(function (v) { spill(wb, s, p[0], p[1], cell, v); if (root.__fakeExcelRender) root.__fakeExcelRender(); }, function () { cell.v = "#VALUE!"; }); }
        else spill(wb, s, p[0], p[1], cell, result);
      });
    });
  }
  function spill(wb, s, r, c, cell, v) {
    if (Array.isArray(v)) {
      v.forEach(function (row, i) { (Array.isArray(row) ? row : [row]).forEach(function (x, j) { if (i === 0 && j === 0) cell.v = x; else if (!wb.get(s, r + i, c + j)) s.cells.set(r + i + "," + (c + j), { v: x, f: null, fmt: "General", spill: true }); }); });
    } else cell.v = v && typeof v === "object" && "message" in v ? "#VALUE! " + v.message : v;
  }
  function splitArgs(s) {
    const out = []; let depth = 0, cur = "", q = false;
    for (const ch of s) { if (ch === '"') q = !q; if (!q && ch === "(") depth++; if (!q && ch === ")") depth--; if (!q && depth === 0 && ch === ",") { out.push(cur.trim()); cur = ""; } else cur += ch; }
    if (cur.trim()) out.push(cur.trim());
    return out;
  }

  function install(g, spec) {
    const wb = createWorkbook(spec);
    g.__fakeExcel = wb;
    g.Excel = {
      run: function (batch) { wb.runs++; const ctx = new FContext(wb); return Promise.resolve().then(function () { return batch(ctx); }); },
      ConditionalFormatType: { custom: "Custom", cellValue: "CellValue" },
    };
    g.Office = {
      HostType: { Excel: "Excel" },
      onReady: function (cb) { const info = { host: "Excel", platform: "PC" }; if (cb) setTimeout(function () { cb(info); }, 0); return Promise.resolve(info); },
      context: {
        requirements: { isSetSupported: function (name, version) { return name !== "ExcelApi" || !wb.excelApi || cmpVersion(version || "1.1", wb.excelApi) <= 0; } },
        document: { settings: { get: function () { return null; }, set: function () {}, saveAsync: function (cb) { if (cb) cb({ status: "succeeded" }); } } } },
    };
    g.CustomFunctions = {
      associate: function (id, fn) { if (typeof id === "string") wb.functions[id.toUpperCase()] = fn; else Object.keys(id).forEach(function (k) { wb.functions[k.toUpperCase()] = id[k]; }); },
      Error: function (code, message) { this.code = code; this.message = message; },
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
    };
    return wb;
  }

  /** Browser only: draw the active sheet beside the pane (for screenshots). */
  function renderInto(g) {
    const doc = g.document;
    if (!doc) return;
    g.__fakeExcelRender = function () {
      const wb = g.__fakeExcel;
      let host = doc.getElementById("fake-excel");
      if (!host) {
        host = doc.createElement("div");
        host.id = "fake-excel";
        host.setAttribute("style", "position:fixed;left:380px;top:0;right:0;bottom:0;overflow:auto;background:#fff;border-left:2px solid #217346;font:11px sans-serif;");
        doc.body.appendChild(host);
      }
      const s = wb.sheets[wb.active];
      const used = usedBox(wb, s);
      const rows = Math.max(used.bottom + 3, 20), cols = Math.max(used.right + 2, 9);
      const sel = wb.selection.sheet === wb.active ? wb.selection.range : null;
      const cover = new Map();
      s.merges.forEach(function (m) { for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) cover.set(r + "," + c, r === m.top && c === m.left ? m : "hidden"); });
      const esc = function (t) { return String(t).replace(/[&<>"]/g, function (ch) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[ch]; }); };
      let html = '<div style="background:#217346;color:#fff;padding:4px 8px">Excel（测试替身）· 工作表：' + esc(s.name) + " · " + wb.sheets.map(function (x) { return esc(x.name); }).join(" | ") + '</div><table style="border-collapse:collapse;table-layout:fixed">';
      html += '<tr><th style="width:28px;background:#eee"></th>';
      for (let c = 0; c < cols; c++) { const w = Math.min(220, Math.max(40, ((s.colWidths[c] || 48) / 48) * 56)); html += '<th style="background:#eee;border:1px solid #ccc;width:' + w + 'px">' + colName(c) + "</th>"; }
      html += "</tr>";
      for (let r = 0; r < rows; r++) {
        html += '<tr><th style="background:#eee;border:1px solid #ccc">' + (r + 1) + "</th>";
        for (let c = 0; c < cols; c++) {
          const cv = cover.get(r + "," + c);
          if (cv === "hidden") continue;
          const span = cv ? ' rowspan="' + (cv.bottom - cv.top + 1) + '" colspan="' + (cv.right - cv.left + 1) + '"' : "";
          const cf = s.cfs.filter(function (x) { return intersects(x.range, { top: r, left: c, bottom: r, right: c }); }).pop();
          const fill = cf ? cf.fill : s.fills.get(r + "," + c) || "";
          const isSel = sel && r >= sel.top && r <= sel.bottom && c >= sel.left && c <= sel.right;
          const cell = wb.get(s, r, c);
          const text = cell && typeof cell.v === "object" && cell.v ? "…" : display(cell);
          html += "<td" + span + ' style="border:1px solid #d0d0d0;padding:1px 3px;vertical-align:middle;max-width:220px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;' + (fill ? "background:" + fill + ";" : "") + (s.fmtBold.has(r + "," + c) ? "font-weight:bold;" : "") + (isSel ? "outline:2px solid #217346;outline-offset:-2px;" : "") + '" data-cell="' + a1(r, c) + '" title="' + esc(cell && cell.f ? cell.f : text) + '">' + esc(text) + "</td>";
        }
        html += "</tr>";
      }
      host.innerHTML = html + "</table>";
    };
    if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", function () { g.__fakeExcelRender(); });
    else g.__fakeExcelRender();
  }

  const api = { install: install, createWorkbook: createWorkbook, r1c1ToA1: r1c1ToA1, display: display, a1: a1 };
  if (typeof module !== "undefined" && module.exports) module.exports = api;
  if (root && root.document && !root.__fakeExcelNoAutoInstall) {
    install(root, root.__FAKE_WORKBOOK__ || {});
    renderInto(root);
  }
})(typeof globalThis !== "undefined" ? globalThis : this);
