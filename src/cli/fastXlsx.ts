/**
 * A lean reader for ordinary .xlsx files: the zip's parts are inflated with Node's zlib and the few XML parts the
 * engine needs (workbook, its relations, styles' number formats, shared strings, the worksheets' cells and merges)
 * are scanned directly into grid values, without ExcelJS's model of every cell, style and part.
 *
 * It gives exactly the grids ExcelJS's full reader + xlsxGrid.ts give (tested on every fixture, the corpus and the
 * bench's inbox: tests/cli/fastXlsx.test.ts), and it only takes files it fully understands: anything unusual — a
 * malformed or truncated zip, encryption, zip64, XML that is not well formed, an unknown entity, control characters,
 * inline strings, hyperlinks, the 1904 date system, rows or cells without addresses or out of order, elements in a
 * cell other than <v> and <f> — returns null, and the caller reads the file with ExcelJS as before (which also words every error).
 * Why: ExcelJS's reading was ≈ 75 % of a real-size file's CPU time, and its object churn fed the garbage collector
 * and the JIT of every worker thread (docs/performance.md).
 */
import { inflateRawSync } from "zlib";
import type { CellValue, SheetGrid } from "../engine";
import { applyMerges, formatPercent, isPercentFormat } from "../xlsx/xlsxGrid";

/** The reader gives up (the caller falls back to ExcelJS): never shown to a user. */
class Unsupported extends Error {}
function give(why: string): never {
  throw new Unsupported(why);
}

// ------------------------------------------------------------------ zip

interface ZipEntry {
  method: number;
  compressed: number;
  size: number;
  local: number;
}

/** Above this much XML in one part the file is not "ordinary" (the sheet-by-sheet reader takes large ones). */
const MAX_PART_BYTES = 64 * 1048576;

function zipDirectory(buf: Buffer): Map<string, ZipEntry> {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) give("no end of central directory");
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdOffset + cdSize > eocd) give("zip64 or bad directory");
  const out = new Map<string, ZipEntry>();
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== 0x02014b50) give("bad directory entry");
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    if (flags & 1) give("encrypted entry");
    if (compressed === 0xffffffff || size === 0xffffffff || local === 0xffffffff) give("zip64 entry");
    let name = buf.toString(flags & 0x800 ? "utf8" : "latin1", p + 46, p + 46 + nameLen);
    if (name[0] === "/") name = name.slice(1);
    if (out.has(name)) give("duplicate entry");
    out.set(name, { method, compressed, size, local });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

function partText(buf: Buffer, e: ZipEntry): string {
  const l = e.local;
  if (l + 30 > buf.length || buf.readUInt32LE(l) !== 0x04034b50) give("bad local header");
  const start = l + 30 + buf.readUInt16LE(l + 26) + buf.readUInt16LE(l + 28);
  if (start + e.compressed > buf.length || e.size > MAX_PART_BYTES) give("part out of bounds");
  const raw = buf.subarray(start, start + e.compressed);
  let data: Buffer;
  if (e.method === 0) data = raw;
  else if (e.method === 8) data = inflateRawSync(raw, { maxOutputLength: Math.max(1, e.size) });
  else return give("compression method");
  if (data.length !== e.size) give("size mismatch");
  // XML in UTF-8 without a byte-order mark (anything else is left to ExcelJS).
  if (data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) give("BOM");
  if (data.length >= 2 && (data[0] === 0xfe || data[0] === 0xff)) give("UTF-16");
  const text = data.toString("utf8");
  if (text.includes("\ufffd")) give("invalid UTF-8 or a replacement character");
  return text;
}

// ------------------------------------------------------------------ XML

const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
// eslint-disable-next-line no-control-regex -- characters XML 1.0 forbids: ExcelJS's parser rejects them
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/**
 * A string of its own. A substring of 13 characters or more is, in V8, a view into the whole part's XML: a cell
 * text kept after the check (a memo key of the engine, a finding's message) would keep the whole sheet's XML alive
 * (≈ 19 MB per sheet of the 100 000-row workbook, measured). Concatenating and cutting again flattens it into a copy.
 */
function own(s: string): string {
  return s.length < 13 ? s : (s + " ").slice(0, -1);
}

/** Text content as the XML parser gives it: line ends normalised, entities decoded; never a view into the XML. */
function decodeText(s: string): string {
  if (s.indexOf("\r") >= 0) s = s.replace(/\r\n?/g, "\n");
  if (s.indexOf("&") < 0) return own(s);
  return s.replace(ENTITY, (_m, named: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (named) return NAMED[named];
    const code = dec !== undefined ? Number(dec) : parseInt(hex ?? "", 16);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) give("bad character reference");
    return String.fromCodePoint(code);
  });
}

/** An attribute value as the XML parser gives it (white space normalised to spaces, entities decoded). */
function decodeAttr(s: string): string {
  if (!ATTR_SPECIAL.test(s)) return s;
  return decodeText(s.replace(/[\t\n\r]/g, " "));
}
const ATTR_SPECIAL = /[&\t\n\r]/;

/**
 * One attribute of a tag's raw attribute text, or undefined. The text is what the TAG pattern matched, so it is a
 * well-formed run of `name = "value"` / `name = 'value'` pairs and can be walked with indexOf.
 */
function attr(raw: string, name: string): string | undefined {
  let i = 0;
  for (;;) {
    const eq = raw.indexOf("=", i);
    if (eq < 0) return undefined;
    let q = eq + 1;
    while (raw.charCodeAt(q) <= 32) q++;
    const end = raw.indexOf(raw[q], q + 1);
    let k = eq;
    while (raw.charCodeAt(k - 1) <= 32) k--;
    if (k - name.length >= i && raw.startsWith(name, k - name.length) && raw.charCodeAt(k - name.length - 1) <= 32) return decodeAttr(raw.slice(q + 1, end));
    i = end + 1;
  }
}

const TAG = /<(\/?)([A-Za-z_][\w.-]*(?::[\w.-]+)?)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<\?[^?]*(?:\?(?!>)[^?]*)*\?>|<!--(?:[^-]|-(?!-))*-->|</g;
const BAD_AMP = /&(?!(?:lt|gt|amp|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});)/;

/** No character XML forbids, no entity but the predefined ones and character references. */
function checkCharacters(xml: string): void {
  if (FORBIDDEN.test(xml)) give("forbidden character");
  if (BAD_AMP.test(xml)) give("unknown entity");
}

interface XmlHandler {
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw text `xml.slice(start, end)` (not decoded). */
  text(xml: string, start: number, end: number): void;
}

/**
 * Walk a whole XML document, checking what a strict parser checks that matters here (tags balanced and well formed,
 * one root, entities known, no forbidden characters, no CDATA or DOCTYPE), and hand elements and raw text on.
 */
function walk(xml: string, h: XmlHandler): void {
  checkCharacters(xml);
  const stack: string[] = [];
  let rootSeen = false;
  let last = 0;
  TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TAG.exec(xml)) !== null) {
    if (m.index > last) {
      if (stack.length > 0) h.text(xml, last, m.index);
      else if (/\S/.test(xml.slice(last, m.index))) give("text outside the root");
    }
    last = TAG.lastIndex;
    const name = m[2];
    if (name === undefined) {
      if (m[0] === "<") give("malformed tag");
      continue; // processing instruction or comment
    }
    if (m[1]) {
      if (m[3] || m[4] || stack.pop() !== name) give("mismatched closing tag");
      h.close(name);
      continue;
    }
    if (stack.length === 0) {
      if (rootSeen) give("second root");
      rootSeen = true;
    }
    h.open(name, m[3], m[4] === "/");
    if (m[4]) h.close(name);
    else stack.push(name);
  }
  if (last < xml.length && /\S/.test(xml.slice(last))) give("text after the root");
  if (stack.length > 0 || !rootSeen) give("unclosed element");
}

// ------------------------------------------------------------------ parts

/** ExcelJS's built-in number formats (id → code), loaded from ExcelJS itself so both readers agree. */
let builtInFormats: Record<string, { f?: string }> | null = null;
function builtInFormat(id: number): string | undefined {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a small data module of ExcelJS
  builtInFormats ??= require("exceljs/lib/xlsx/defaultnumformats") as Record<string, { f?: string }>;
  return builtInFormats[id]?.f;
}

/** Per cellXfs index: the number format ExcelJS gives the cell (undefined: none). */
function cellFormats(xml: string): (string | undefined)[] {
  const custom = new Map<number, string>();
  const out: (string | undefined)[] = [];
  const path: string[] = [];
  walk(xml, {
    open(name, attrs) {
      path.push(name);
      if (name === "numFmt" && path[path.length - 2] === "numFmts") {
        const id = parseInt(attr(attrs, "numFmtId") ?? "", 10);
        const code = attr(attrs, "formatCode");
        if (code === undefined) give("numFmt without code");
        custom.set(id, code.replace(/[\\](.)/g, "$1"));
      } else if (name === "xf" && path[path.length - 2] === "cellXfs") {
        const id = parseInt(attr(attrs, "numFmtId") ?? "", 10);
        out.push(id ? custom.get(id) || builtInFormat(id) || undefined : undefined);
      }
    },
    close() {
      path.pop();
    },
    text() {},
  });
  return out;
}

/** A shared string as ExcelJS's cell value: text, `{ richText }` (as its joined text) or `{}` (no text: null). */
type Shared = string | null;

function sharedStrings(xml: string): Shared[] {
  const out: Shared[] = [];
  // ExcelJS: <t> directly in <si> sets the text; each <r>'s <t> is a run; <rPh> (phonetic) is skipped.
  let depth = 0;
  let inSi = false;
  let skip = 0;
  let plain: string | null = null;
  let runs: string[] | null = null;
  let text: string[] | null = null;
  let where: "t" | "r" | null = null;
  let runText: string | undefined;
  let inRun = false;
  const unescape = (s: string) => s.replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  walk(xml, {
    open(name) {
      depth++;
      if (skip) return void skip++;
      if (depth === 2 && name === "si") {
        inSi = true;
        plain = null;
        runs = null;
        return;
      }
      if (!inSi) return;
      if (name === "rPh") return void (skip = 1);
      if (name === "t" && !inRun) {
        text = [];
        where = "t";
      } else if (name === "r" && !inRun) {
        inRun = true;
        runText = undefined;
      } else if (name === "t" && inRun) {
        text = [];
        where = "r";
      }
    },
    close(name) {
      depth--;
      if (skip) return void skip--;
      if (!inSi) return;
      if (name === "si" && depth === 1) {
        inSi = false;
        out.push(runs ? runs.join("") : plain);
      } else if (name === "t" && where === "t") {
        plain = unescape(text!.join(""));
        where = null;
      } else if (name === "t" && where === "r") {
        runText = unescape(text!.join(""));
        where = null;
      } else if (name === "r" && inRun) {
        inRun = false;
        (runs ??= []).push(runText ?? "");
      }
      if (runs && plain !== null) give("both text and runs in one string");
    },
    text(xml, start, end) {
      if (where && !skip) text!.push(decodeText(xml.slice(start, end)));
    },
  });
  return out;
}

/** Excel serial → Date, as ExcelJS's utils.excelToDate (any value: a string or boolean result converts too). */
function excelToDate(v: unknown): Date {
  return new Date(Math.round(((v as number) - 25569) * 24 * 3600 * 1000));
}

/** ExcelJS's utils.isDateFmt. */
function isDateFmt(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** Grid value of a Date as xlsxGrid's plainValue gives it. */
const dateValue = (d: Date): CellValue => (Number.isNaN(d.getTime()) ? null : d);

const CELL_REF = /^([A-Z]{1,3})([1-9]\d{0,6})$/;
function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

const ATTRS = String.raw`((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*`;
const ROW_TAG = new RegExp(String.raw`\s*<row\b${ATTRS}(\/?)>`, "y");
/** A cell tag as Excel, WPS and ExcelJS write it (r, then s, then t), or any cell tag. */
const CELL_SIMPLE = /\s*<c r="([A-Z]{1,3})([1-9]\d{0,6})"(?: s="(\d+)")?(?: t="([a-zA-Z]+)")?(\/?)>/y;
const CELL_TAG = new RegExp(String.raw`\s*<c\b${ATTRS}(\/?)>`, "y");
const V_ELEMENT = /\s*<v>([^<]*)<\/v>|\s*<v\s*\/>/y;
const F_ELEMENT = new RegExp(String.raw`\s*<f\b${ATTRS}(?:\/>|>([^<]*)<\/f>)`, "y");
const IS_ELEMENT = new RegExp(String.raw`\s*<is>\s*<t\b${ATTRS}(?:\/>|>([^<]*)<\/t>)\s*<\/is>`, "y");
const CELL_END = /\s*<\/c>/y;
const ROW_END = /\s*<\/row>/y;
const SPACE = /\s*/y;

/**
 * One worksheet part → its rows of values (as xlsxGrid gives them) and its merge refs. <sheetData> is read by a
 * strict scanner of its grammar (rows of cells holding <f> and <v>: anything else declines); the rest of the part
 * is walked for well-formedness, the merges and any hyperlink.
 */
function worksheet(xml: string, shared: Shared[], formats: (string | undefined)[]): { cells: CellValue[][]; merges: string[] } {
  const cells: CellValue[][] = [];
  const merges: string[] = [];
  const open = xml.indexOf("<sheetData");
  let dataStart = -1;
  let dataEnd = -1;
  let outside = xml;
  if (open >= 0 && xml.startsWith("<sheetData>", open)) {
    dataStart = open + "<sheetData>".length;
    dataEnd = xml.indexOf("</sheetData>", dataStart);
    if (dataEnd < 0 || xml.indexOf("<sheetData", dataEnd) >= 0) give("sheetData");
    outside = xml.slice(0, open) + "<sheetData/>" + xml.slice(dataEnd + "</sheetData>".length);
  } else if (open >= 0 && !xml.startsWith("<sheetData/>", open)) give("sheetData with attributes");
  const depthNames: string[] = [];
  walk(outside, {
    open(name, attrs) {
      depthNames.push(name);
      if (name === "hyperlink") give("hyperlinks");
      if (name === "sheetData" && depthNames.length !== 2) give("sheetData not in the worksheet");
      if (name === "mergeCell" && depthNames[depthNames.length - 2] === "mergeCells") {
        const ref = attr(attrs, "ref");
        if (ref !== undefined) merges.push(ref);
      }
    },
    close() {
      depthNames.pop();
    },
    text() {},
  });
  if (dataStart < 0) return { cells, merges };
  checkCharacters(xml.slice(dataStart, dataEnd));

  let pos = dataStart;
  let rowNo = 0;
  // The cell being read.
  let type: string | undefined;
  let styleId = 0;
  let value: string | undefined;
  let formula = false;
  const at = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = pos;
    const m = re.exec(xml);
    if (m) pos = re.lastIndex;
    return m;
  };
  for (;;) {
    at(SPACE);
    if (pos >= dataEnd) break;
    const r = at(ROW_TAG) ?? give("not a row in sheetData");
    const n = Number(attr(r[1], "r"));
    if (!Number.isInteger(n) || n <= rowNo || n > 1048576) give("row number");
    rowNo = n;
    if (r[2] === "/") continue; // a row without cells: ExcelJS keeps no value from it
    const row: CellValue[] = [];
    let rowCounts = false;
    let lastCol = 0;
    for (;;) {
      if (at(ROW_END)) break;
      let letters: string;
      let selfClosing: boolean;
      const simple = at(CELL_SIMPLE);
      if (simple) {
        if (Number(simple[2]) !== rowNo) give("cell address");
        letters = simple[1];
        styleId = simple[3] === undefined ? 0 : parseInt(simple[3], 10);
        type = simple[4];
        selfClosing = simple[5] === "/";
      } else {
        const c = at(CELL_TAG) ?? give("not a cell in a row");
        const ref = CELL_REF.exec(attr(c[1], "r") ?? "") ?? give("cell address");
        if (Number(ref[2]) !== rowNo) give("cell address");
        letters = ref[1];
        type = attr(c[1], "t");
        styleId = parseInt(attr(c[1], "s") ?? "", 10) || 0;
        selfClosing = c[2] === "/";
      }
      const col = columnIndex(letters);
      if (col <= lastCol || col > 16384) give("cell order");
      lastCol = col;
      value = undefined;
      formula = false;
      if (!selfClosing) {
        for (;;) {
          if (at(CELL_END)) break;
          const v = at(V_ELEMENT);
          if (v) {
            if (v[1]) value = (value ?? "") + decodeText(v[1]);
            continue;
          }
          // An inline string of one plain <t> (runs of rich text are left to ExcelJS).
          const is = at(IS_ELEMENT);
          if (is) {
            if (type !== "inlineStr") give("<is> in a cell that is not an inline string");
            if (is[2]) value = (value ?? "") + decodeText(is[2]);
            continue;
          }
          const f = at(F_ELEMENT) ?? give("an element in a cell other than <v> and <f>");
          if (f[2] || attr(f[1], "t") !== undefined) formula = true;
        }
      }
      const v = cellValue();
      if (v === undefined) continue; // ExcelJS's "merge" cell (no value, no style): not in the row at all
      if (v !== NULL_TYPE) rowCounts = true;
      if (v !== NULL_TYPE && v !== null) row[col - 1] = v;
    }
    if (rowCounts) {
      for (let i = 0; i < row.length; i++) if (row[i] === undefined) row[i] = null;
      cells[rowNo - 1] = row;
    }
  }
  for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = [];
  return { cells, merges };

  /** The cell's grid value; NULL_TYPE for ExcelJS's Null cell (styled, no value); undefined for its Merge cell. */
  function cellValue(): CellValue | typeof NULL_TYPE | undefined {
    const fmt = styleId ? formats[styleId] : undefined;
    const styled = styleId !== 0 && styleId < formats.length;
    const percent = (n: CellValue): CellValue => (typeof n === "number" && Number.isFinite(n) && isPercentFormat(fmt) ? formatPercent(n, fmt!) : n);
    if (formula) {
      if (value === undefined || value === "") return null;
      let result: unknown;
      if (type === "str") result = xmlDecode(value);
      else if (type === "b") result = parseInt(value, 10) !== 0;
      else if (type === "e") result = { error: value };
      else result = parseFloat(value);
      if (styled && isDateFmt(fmt)) return dateValue(excelToDate(result));
      if (typeof result === "object") return (result as { error: string }).error;
      return percent(result as CellValue);
    }
    if (value === undefined || value === "") return styleId ? NULL_TYPE : undefined;
    switch (type) {
      case "s": {
        const i = parseInt(value, 10);
        if (!(i >= 0 && i < shared.length)) give("shared string index");
        return shared[i];
      }
      case "str":
        return xmlDecode(value);
      case "inlineStr":
        return value;
      case "b":
        return parseInt(value, 10) !== 0;
      case "e":
        return value;
      default: {
        const n = parseFloat(value);
        if (styled && isDateFmt(fmt)) return dateValue(excelToDate(n));
        return percent(n);
      }
    }
  }
}

const NULL_TYPE = Symbol("null cell");

/** ExcelJS's utils.xmlDecode (applied on top of the parser's decoding for "str" cells). */
function xmlDecode(s: string): string {
  return s.replace(/&([a-z]*);/g, (c) => ({ "&lt;": "<", "&gt;": ">", "&amp;": "&", "&apos;": "'", "&quot;": '"' })[c] ?? c);
}

/**
 * The workbook's grids (every worksheet, workbook order), or null when the file is not one this reader fully
 * understands (the caller then reads it with ExcelJS).
 */
export function readXlsxFast(buf: Buffer): SheetGrid[] | null {
  const grids: SheetGrid[] = [];
  return readXlsxSheets(buf, (g) => void grids.push(g)).ok ? grids : null;
}

/** An exception of the caller's callback: passed through, never taken for a file the reader declines. */
class CallerError {
  constructor(readonly cause: unknown) {}
}

/**
 * A large workbook sheet by sheet: each worksheet is inflated, scanned and handed to `onSheet` before the next is
 * read, so memory holds one sheet's XML and grid. `ok: false` when the reader declines, with the sheets it had
 * already handed on (the caller reads the rest with ExcelJS). An exception of `onSheet` propagates.
 */
export function readXlsxSheets(buf: Buffer, onSheet: (grid: SheetGrid) => void): { ok: true; names: string[] } | { ok: false; emitted: string[] } {
  const names: string[] = [];
  try {
    read(buf, (g) => {
      try {
        onSheet(g);
      } catch (e) {
        throw new CallerError(e);
      }
      names.push(g.sheet);
    });
    return { ok: true, names };
  } catch (e) {
    if (e instanceof CallerError) throw e.cause;
    if (process.env.PERFCHECK_DEBUG_LEAN) process.stderr.write(`lean reader: ${e instanceof Error ? e.message : String(e)}\n`);
    // Unsupported, a zlib error, anything: ExcelJS reads the file (and words its error, if it has one).
    return { ok: false, emitted: names };
  }
}

/** Uncompressed bytes of the workbook's worksheet parts (from the zip directory), or null for a zip it cannot read. */
export function worksheetBytes(buf: Buffer): number | null {
  try {
    let n = 0;
    for (const [name, e] of zipDirectory(buf)) if (WORKSHEET_PART.test(name)) n += e.size;
    return n;
  } catch {
    return null;
  }
}

const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;

function read(buf: Buffer, emit: (grid: SheetGrid) => void): void {
  const dir = zipDirectory(buf);
  const text = (name: string) => {
    const e = dir.get(name);
    return e ? partText(buf, e) : undefined;
  };
  const workbookXml = text("xl/workbook.xml") ?? give("no workbook.xml");
  const sheets: { name: string; id: number; rId: string }[] = [];
  let date1904 = false;
  walk(workbookXml, {
    open(name, attrs) {
      if (name === "sheet") {
        const id = parseInt(attr(attrs, "sheetId") ?? "", 10);
        const rId = attr(attrs, "r:id");
        const sheetName = attr(attrs, "name") ?? give("sheet without a name");
        if (!(id > 0) || rId === undefined || sheets.some((s) => s.id === id)) give("sheet entry");
        // ExcelJS's Worksheet name checks (it throws or truncates): such a workbook is left to it.
        if (sheetName === "" || sheetName === "History" || sheetName.length > 31 || /[*?:/\\[\]]|^'|'$/.test(sheetName)) give("sheet name");
        if (sheets.some((s) => s.name.toLowerCase() === sheetName.toLowerCase())) give("duplicate sheet name");
        sheets.push({ name: sheetName, id, rId });
      } else if (name === "workbookPr") {
        const d = attr(attrs, "date1904");
        if (d !== undefined && d !== "0" && d !== "false") date1904 = true;
      }
    },
    close() {},
    text() {},
  });
  if (date1904) give("1904 dates");
  const rels = new Map<string, string>();
  const relsXml = text("xl/_rels/workbook.xml.rels");
  if (relsXml !== undefined)
    walk(relsXml, {
      open(name, attrs) {
        if (name !== "Relationship") return;
        const id = attr(attrs, "Id");
        const target = attr(attrs, "Target");
        if (id !== undefined && target !== undefined) rels.set(id, target);
      },
      close() {},
      text() {},
    });
  // Which parts the sheets are: ExcelJS parses every worksheet part, linked or not (a damaged unlinked one fails
  // its load), so a workbook with an unlinked worksheet part is left to it.
  const parts: string[] = [];
  for (const s of sheets) {
    const target = rels.get(s.rId);
    const part = target === undefined ? "" : `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`;
    parts.push(WORKSHEET_PART.test(part) && dir.has(part) ? part : "");
  }
  for (const name of dir.keys()) if (WORKSHEET_PART.test(name) && !parts.includes(name)) give("a worksheet part no sheet links");
  if (!parts.some((p) => p !== "")) give("no worksheet");
  const stylesXml = text("xl/styles.xml");
  const formats = stylesXml === undefined ? [] : cellFormats(stylesXml);
  const sharedXml = text("xl/sharedStrings.xml");
  const shared = sharedXml === undefined ? [] : sharedStrings(sharedXml);
  sheets.forEach((s, i) => {
    if (parts[i] === "") return;
    const { cells, merges } = worksheet(partText(buf, dir.get(parts[i])!), shared, formats);
    emit({ sheet: s.name, cells, merges: applyMerges(cells, merges), origin: { row: 0, col: 0 } });
  });
}
