/**
 * Command-line inputs → the files to check, in a stable order: a file as given; a folder → every workbook in it
 * and its subfolders (sorted, numbers in names compared as numbers); a glob (`收件箱/*.xlsx`, `**\/*.xlsm`) expanded
 * here as well, since the Windows shells pass it through unexpanded. In folders and globs, .xlsx/.xlsm are taken,
 * and .xls/.et too so that each gets its advice instead of being skipped silently; Excel's lock files (`~$…`) and
 * hidden files are left out. A file named twice is checked once.
 */
import * as fs from "fs";
import * as path from "path";

/** Extensions collected from folders and globs. */
export const WORKBOOK_EXTENSIONS = [".xlsx", ".xlsm", ".xls", ".et"];

export type Input = { file: string } | { file: string; reason: string };

const collator = new Intl.Collator("zh-CN", { numeric: true });

function collectable(name: string): boolean {
  return !name.startsWith("~$") && !name.startsWith(".") && WORKBOOK_EXTENSIONS.includes(path.extname(name).toLowerCase());
}

function walk(dir: string, out: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => collator.compare(a.name, b.name));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!e.name.startsWith(".")) walk(p, out);
    } else if (collectable(e.name) && (e.isFile() || e.isSymbolicLink())) out.push(p);
  }
}

export function hasGlob(arg: string): boolean {
  return /[*?[]/.test(arg);
}

/** One glob segment (`*.xlsx`, `表?.xlsm`, `[ab]*`) → a whole-name regular expression. */
export function segmentRegex(segment: string): RegExp {
  let re = "";
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === "*") re += "[^/\\\\]*";
    else if (c === "?") re += "[^/\\\\]";
    else if (c === "[") {
      const close = segment.indexOf("]", i + 1);
      if (close < 0) re += "\\[";
      else {
        const body = segment.slice(i + 1, close).replace(/^!/, "^").replace(/\\/g, "\\\\");
        re += `[${body}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\\]]/g, "\\$&");
  }
  return new RegExp(`^${re}$`, "i");
}

/** Expand one glob against the file system: `*`, `?`, `[…]` within a name, `**` for any depth of folders. */
export function expandGlob(pattern: string): string[] {
  const parts = pattern.split(/[/\\]+/);
  const absolute = path.isAbsolute(pattern);
  let bases = [absolute ? (parts[0] === "" ? path.sep : parts[0] + path.sep) : ""];
  const rest = absolute ? parts.slice(1) : parts;
  const list = (dir: string) => {
    try {
      return fs.readdirSync(dir || ".", { withFileTypes: true }).sort((a, b) => collator.compare(a.name, b.name));
    } catch {
      return [];
    }
  };
  for (let k = 0; k < rest.length; k++) {
    const seg = rest[k];
    const last = k === rest.length - 1;
    const next: string[] = [];
    if (seg === "**") {
      // Zero or more folders: this level and every folder below it.
      const stack = [...bases];
      while (stack.length) {
        const b = stack.shift()!;
        next.push(b);
        for (const e of list(b)) if (e.isDirectory() && !e.name.startsWith(".")) stack.push(path.join(b, e.name));
      }
      if (last) bases = next.flatMap((b) => list(b).filter((e) => !e.isDirectory() && collectable(e.name)).map((e) => path.join(b, e.name)));
      else bases = next;
      continue;
    }
    if (!hasGlob(seg)) {
      for (const b of bases) {
        const p = b ? path.join(b, seg) : seg;
        if (fs.existsSync(p)) next.push(p);
      }
    } else {
      const re = segmentRegex(seg);
      for (const b of bases)
        for (const e of list(b)) {
          if (!re.test(e.name) || (e.name.startsWith(".") && !seg.startsWith("."))) continue;
          if (last ? !e.isDirectory() : e.isDirectory()) next.push(b ? path.join(b, e.name) : e.name);
        }
    }
    bases = next;
  }
  return [...new Set(bases)];
}

/** Every input, in the order given, folders and globs expanded. */
export function expandInputs(args: string[]): Input[] {
  const out: Input[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ file });
  };
  for (const arg of args) {
    let isDir: boolean;
    try {
      isDir = fs.statSync(arg).isDirectory();
    } catch {
      isDir = false;
    }
    if (isDir) {
      const files: string[] = [];
      walk(arg, files);
      if (files.length === 0) out.push({ file: arg, reason: "文件夹中没有 .xlsx / .xlsm 工作簿" });
      files.forEach(add);
    } else if (hasGlob(arg) && !fs.existsSync(arg)) {
      const files = expandGlob(arg).filter((f) => collectable(path.basename(f)));
      if (files.length === 0) out.push({ file: arg, reason: "没有与该通配符匹配的 .xlsx / .xlsm 文件" });
      files.forEach(add);
    } else add(arg);
  }
  return out;
}
