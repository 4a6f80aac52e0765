#!/usr/bin/env node
// Generates the bad-input corpus (issue 7): broken, hostile and extreme files the CLI must survive.
//
//   node scripts/bad-fixtures/make-bad.mjs              → the small files, into tests/fixtures/bad/ (committed)
//   node scripts/bad-fixtures/make-bad.mjs --big DIR    → the large ones (100 000 rows, huge shared strings) into DIR
//
// Every file is listed in manifest.json with what the CLI must do with it:
//   "unreadable": exit 2, exactly one stderr line naming the file, the reason containing `reason`;
//   "readable":   read normally (exit 0 or 1), findings or "未找到绩效目标表" as usual.
// Deterministic: same bytes on every run (fixed PRNG seed, fixed zip dates).
import fs from "node:fs";
import { Buffer } from "node:buffer";
import process from "node:process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { perfTable, rng, sheetOfTables } from "../bench/tableGen.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..", "..");
const FIXED_DATE = new Date(Date.UTC(2025, 0, 1));

// ---------------------------------------------------------------- OLE compound file (CFB) builder
const FREESECT = 0xffffffff, ENDOFCHAIN = 0xfffffffe, FATSECT = 0xfffffffd, NOSTREAM = 0xffffffff;

/** A minimal but well-formed CFB v3 file holding `streams` ({name, data}) as root children (each ≥ 4096 bytes so no mini stream is needed). */
export function buildCfb(streams) {
  const SECTOR = 512;
  const padded = streams.map((s) => {
    const size = Math.max(4096, s.data.length);
    const data = Buffer.alloc(Math.ceil(size / SECTOR) * SECTOR);
    s.data.copy(data);
    return { name: s.name, size, data };
  });
  // Sector 0 = FAT, sector 1 = directory, then the streams.
  const fat = [FATSECT, ENDOFCHAIN];
  let next = 2;
  const starts = [];
  for (const s of padded) {
    const n = s.data.length / SECTOR;
    starts.push(next);
    for (let i = 0; i < n; i++) fat.push(i === n - 1 ? ENDOFCHAIN : next + i + 1);
    next += n;
  }
  if (fat.length > 128) throw new Error("buildCfb: too many sectors for one FAT sector");
  const header = Buffer.alloc(512, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3 (512-byte sectors)
  header.writeUInt16LE(0xfffe, 28); // byte order
  header.writeUInt16LE(9, 30); // sector shift
  header.writeUInt16LE(6, 32); // mini sector shift
  header.writeUInt32LE(1, 44); // number of FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56); // mini stream cutoff
  header.writeUInt32LE(ENDOFCHAIN, 60); // first mini FAT sector
  header.writeUInt32LE(0, 64); // number of mini FAT sectors
  header.writeUInt32LE(ENDOFCHAIN, 68); // first DIFAT sector
  header.writeUInt32LE(0, 72); // number of DIFAT sectors
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREESECT, 76 + i * 4);
  const fatSector = Buffer.alloc(SECTOR, 0xff);
  fat.forEach((v, i) => fatSector.writeUInt32LE(v >>> 0, i * 4));
  const dir = Buffer.alloc(SECTOR, 0);
  const entry = (i, name, type, child, right, start, size) => {
    const off = i * 128;
    const n = Buffer.from(name + "\0", "utf16le");
    n.copy(dir, off);
    dir.writeUInt16LE(n.length, off + 64);
    dir.writeUInt8(type, off + 66);
    dir.writeUInt8(1, off + 67); // black
    dir.writeUInt32LE(NOSTREAM, off + 68); // left sibling
    dir.writeUInt32LE(right, off + 72);
    dir.writeUInt32LE(child, off + 76);
    dir.writeUInt32LE(start, off + 116);
    dir.writeUInt32LE(size, off + 120);
  };
  entry(0, "Root Entry", 5, padded.length ? 1 : NOSTREAM, NOSTREAM, ENDOFCHAIN, 0);
  padded.forEach((s, i) => entry(i + 1, s.name, 2, NOSTREAM, i + 1 < padded.length ? i + 2 : NOSTREAM, starts[i], s.size));
  return Buffer.concat([header, fatSector, dir, ...padded.map((s) => s.data)]);
}

// ---------------------------------------------------------------- helpers
async function baseWorkbookBuffer() {
  const { rows, merges } = perfTable(0, 12);
  return xlsxOf([{ name: "Sheet1", fill: (ws) => fillTable(ws, rows, merges) }]);
}

/** Rewrite a zip deterministically (fixed dates), applying `edit(zip)`. */
async function editZip(buf, edit) {
  const zip = await JSZip.loadAsync(buf);
  await edit(zip);
  for (const f of Object.values(zip.files)) f.date = FIXED_DATE;
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function xlsxOf(sheets) {
  const wb = new ExcelJS.Workbook();
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, s.state ? { state: s.state } : undefined);
    s.fill(ws);
  }
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  return editZip(buf, () => {});
}

function fillTable(ws, rows, merges = [], top = 0) {
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== "" && v != null) ws.getCell(top + r + 1, c + 1).value = v;
    }),
  );
  for (const m of merges) ws.mergeCells(top + m.top + 1, m.left + 1, top + m.bottom + 1, m.right + 1);
}

// ---------------------------------------------------------------- the small corpus
async function smallCorpus() {
  const base = await baseWorkbookBuffer();
  const rand = rng(7);
  const files = [];
  const add = (file, data, expect, reason, note) => files.push({ file, data, expect, reason, note });

  add("empty.xlsx", Buffer.alloc(0), "unreadable", "文件为空", "0 bytes");
  add("random-bytes.xlsx", Buffer.from(Array.from({ length: 4096 }, () => Math.floor(rand() * 256))), "unreadable", "不是 Excel 工作簿", "4 KB of PRNG noise");
  add("random-after-zip-magic.xlsx", Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(Array.from({ length: 2048 }, () => Math.floor(rand() * 256)))]), "unreadable", "损坏", "zip signature then noise");
  add("truncated-zip.xlsx", base.subarray(0, Math.floor(base.length / 2)), "unreadable", "损坏或不完整", "a valid workbook cut in half");
  add("truncated-tail.xlsx", base.subarray(0, base.length - 10), "unreadable", "损坏或不完整", "last 10 bytes (end of central directory) missing");
  add("empty-zip.xlsx", Buffer.from([0x50, 0x4b, 0x05, 0x06, ...Array(18).fill(0)]), "unreadable", "压缩包是空的", "an empty zip archive");
  add("zip-no-workbook.xlsx", await editZip(base, (z) => z.remove("xl/workbook.xml")), "unreadable", "xl/workbook.xml", "xl/workbook.xml removed");
  add(
    "zip-no-sheet-part.xlsx",
    await editZip(base, (z) => z.remove("xl/worksheets/sheet1.xml")),
    "unreadable",
    "工作表",
    "workbook.xml lists a sheet whose part is missing",
  );
  add(
    "broken-xml-sheet1.xlsx",
    await editZip(base, async (z) => {
      const xml = await z.file("xl/worksheets/sheet1.xml").async("string");
      z.file("xl/worksheets/sheet1.xml", xml.slice(0, Math.floor(xml.length * 0.6)) + "<row r=\"99\"><c r=\"A99\" t=\"s\"><v>0</v></row></sheetData>");
    }),
    "unreadable",
    "XML",
    "sheet1.xml with mismatched tags",
  );
  add(
    "broken-xml-sharedstrings.xlsx",
    await editZip(base, async (z) => {
      const name = z.file("xl/sharedStrings.xml") ? "xl/sharedStrings.xml" : "xl/workbook.xml";
      const xml = await z.file(name).async("string");
      z.file(name, xml.replace(/<\/si>/, "</sx>"));
    }),
    "unreadable",
    "XML",
    "sharedStrings.xml with a mismatched closing tag",
  );
  add("old-format.xlsx", buildCfb([{ name: "Workbook", data: Buffer.from([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00]) }]), "unreadable", ".xls", "Excel 97-2003 (OLE, Workbook stream) renamed .xlsx");
  add("old-format.xls", buildCfb([{ name: "Workbook", data: Buffer.from([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00]) }]), "unreadable", ".xls", "a real-looking .xls");
  add(
    "password-protected.xlsx",
    buildCfb([
      { name: "EncryptionInfo", data: Buffer.from([0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00]) },
      { name: "EncryptedPackage", data: Buffer.from(Array.from({ length: 4096 }, () => Math.floor(rand() * 256))) },
    ]),
    "unreadable",
    "密码",
    "OLE container with EncryptionInfo + EncryptedPackage (what Excel writes for 'Encrypt with password')",
  );
  add("csv-renamed.xlsx", Buffer.from("一级指标,二级指标,三级指标,指标值\n产出指标,数量指标,培训人数,≥45人\n", "utf8"), "unreadable", "CSV", "a CSV file renamed .xlsx");
  add("csv-bom-renamed.xlsx", Buffer.from("\ufeff项目名称\t测试\n一级指标\t二级指标\n", "utf8"), "unreadable", "CSV", "a UTF-8-BOM tab-separated text renamed .xlsx");
  add("html-table.xlsx", Buffer.from("<html><body><table><tr><td>一级指标</td></tr></table></body></html>", "utf8"), "unreadable", "HTML", "an HTML table saved with an .xlsx name (common web export)");
  add("pdf-renamed.xlsx", Buffer.from("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n", "latin1"), "unreadable", "PDF", "a PDF renamed .xlsx");
  add(
    "docx-as-xlsx.xlsx",
    await (async () => {
      const z = new JSZip();
      z.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>', { date: FIXED_DATE, createFolders: false });
      z.file("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>', { date: FIXED_DATE, createFolders: false });
      z.file("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>绩效目标表</w:t></w:r></w:p></w:body></w:document>', { date: FIXED_DATE, createFolders: false });
      for (const f of Object.values(z.files)) f.date = FIXED_DATE;
      return z.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    })(),
    "unreadable",
    "Word",
    "a .docx zip renamed .xlsx",
  );
  add(
    "workbook-no-sheets.xlsx",
    await editZip(base, async (z) => {
      const xml = await z.file("xl/workbook.xml").async("string");
      z.file("xl/workbook.xml", xml.replace(/<sheets>[\s\S]*<\/sheets>/, "<sheets/>"));
      z.remove("xl/worksheets/sheet1.xml");
    }),
    "unreadable",
    "工作表",
    "a workbook whose <sheets> list is empty",
  );

  // ---- readable but hostile
  const long = (ch, prefix = "") => (prefix + ch.repeat(32767)).slice(0, 32767); // Excel's cell limit
  add(
    "long-cells-32767.xlsx",
    await xlsxOf([
      {
        name: "Sheet1",
        fill: (ws) => {
          const { rows, merges } = perfTable(1, 8);
          rows[rows.length - 1][3] = long("长");
          rows[rows.length - 2][4] = long("9", "≥");
          rows[7][1] = long("目标");
          fillTable(ws, rows, merges);
        },
      },
    ]),
    "readable",
    "",
    "cells at Excel's 32 767-character limit in 描述, 指标值 and 绩效目标",
  );
  add(
    "formula-errors.xlsx",
    await xlsxOf([
      {
        name: "Sheet1",
        fill: (ws) => {
          const { rows, merges } = perfTable(2, 10);
          fillTable(ws, rows, merges);
          const first = rows.findIndex((r) => r[0] === "一级指标") + 2; // 1-based first indicator row
          ws.getCell(first, 5).value = { formula: "1/0", result: { error: "#DIV/0!" } };
          ws.getCell(first + 1, 5).value = { formula: "VLOOKUP(1,A1:A2,2,FALSE)", result: { error: "#N/A" } };
          ws.getCell(first + 2, 5).value = { formula: "\"≥\"&10&\"人\"", result: "≥10人" };
          ws.getCell(first + 3, 5).value = { formula: "A1", result: undefined };
          ws.getCell(4, 3).value = { formula: "SUM(E4:F4)", result: { error: "#REF!" } };
        },
      },
    ]),
    "readable",
    "",
    "cached #DIV/0!, #N/A, #REF! results, a formula without a cached value",
  );
  add(
    "shared-formulas-percent.xlsx",
    await xlsxOf([
      {
        name: "Sheet1",
        fill: (ws) => {
          const { rows, merges } = perfTable(3, 6);
          fillTable(ws, rows, merges);
          // Spending plan as numbers formatted as percentages (Excel stores 0.25 for "25%").
          [0.25, 0.5, 0.75, 1].forEach((v, i) => {
            const c = ws.getCell(7, i + 2);
            c.value = i === 0 ? v : { sharedFormula: "B7", result: v };
            c.numFmt = "0%";
          });
          ws.getCell(7, 2).value = { formula: "0.25", result: 0.25, shareType: "shared", ref: "B7:E7" };
        },
      },
    ]),
    "readable",
    "",
    "percent-formatted numbers and shared formulas in the spending plan",
  );
  add(
    "emoji-sheet-name.xlsx",
    await xlsxOf([
      {
        name: "📊绩效目标🎯",
        fill: (ws) => {
          const { rows, merges } = perfTable(4, 8);
          rows[2][3] = "2025年😀表情项目";
          fillTable(ws, rows, merges);
        },
      },
    ]),
    "readable",
    "",
    "emoji in the sheet name and the project name",
  );
  add(
    "hidden-sheets.xlsx",
    await xlsxOf([
      { name: "封面", fill: (ws) => (ws.getCell("A1").value = "封面") },
      { name: "隐藏表", state: "hidden", fill: (ws) => fillTable(ws, perfTable(5, 8).rows, perfTable(5, 8).merges) },
      { name: "深度隐藏", state: "veryHidden", fill: (ws) => fillTable(ws, perfTable(6, 8).rows, perfTable(6, 8).merges) },
    ]),
    "readable",
    "",
    "tables on a hidden and a veryHidden sheet (checked like the others)",
  );
  add(
    "merged-everywhere.xlsx",
    await xlsxOf([
      {
        name: "Sheet1",
        fill: (ws) => {
          const { rows } = perfTable(7, 12);
          fillTable(ws, rows, []);
          // Merge every 2×2 block of the whole table, values included (only the top-left survives, as in Excel).
          for (let r = 1; r + 1 <= rows.length; r += 2) for (let c = 1; c + 1 <= 6; c += 2) ws.mergeCells(r, c, r + 1, c + 1);
        },
      },
    ]),
    "readable",
    "",
    "every 2×2 block of the table merged",
  );
  add(
    "giant-merge.xlsx",
    await editZip(base, async (z) => {
      const xml = await z.file("xl/worksheets/sheet1.xml").async("string");
      const merges = '<mergeCells count="4"><mergeCell ref="A1:XFD1048576"/><mergeCell ref="A1:B2"/><mergeCell ref="C3:C3"/><mergeCell ref="ZZ9"/></mergeCells>';
      z.file("xl/worksheets/sheet1.xml", xml.replace(/<mergeCells[\s\S]*?<\/mergeCells>/, "").replace("</sheetData>", "</sheetData>" + merges));
    }),
    "readable",
    "",
    "a merge over the whole sheet (A1:XFD1048576) overlapping others, a 1×1 merge and a malformed ref",
  );
  add(
    "rich-text-hyperlinks-dates.xlsx",
    await xlsxOf([
      {
        name: "Sheet1",
        fill: (ws) => {
          const { rows, merges } = perfTable(8, 8);
          fillTable(ws, rows, merges);
          const first = rows.findIndex((r) => r[0] === "一级指标") + 2;
          ws.getCell(first, 3).value = { richText: [{ text: "培训", font: { bold: true } }, { text: "人数" }] };
          ws.getCell(first + 1, 6).value = { text: "按最新上级文件要求", hyperlink: "https://example.invalid/" };
          ws.getCell(first + 2, 5).value = new Date(Date.UTC(2025, 11, 31));
          ws.getCell(first + 2, 5).numFmt = "yyyy\"年\"m\"月\"d\"日\"";
          ws.getCell(first + 3, 5).value = true;
          ws.getCell(first + 4, 5).value = 1e308;
          ws.getCell(first + 5, 5).value = -0.000001;
        },
      },
    ]),
    "readable",
    "",
    "rich text, hyperlinks, a date, a boolean and extreme numbers as values",
  );
  add(
    "control-chars.xlsx",
    await xlsxOf([
      {
        name: "Sheet1",
        fill: (ws) => {
          const { rows, merges } = perfTable(9, 8);
          const first = rows.findIndex((r) => r[0] === "一级指标") + 1;
          rows[first][4] = "≥\u001b[31m60\u001b[0m";
          rows[first + 1][2] = "=HYPERLINK(\"x\")\r\n培训人数\t";
          rows[first + 2][4] = "@SUM(1)";
          fillTable(ws, rows, merges);
        },
      },
    ]),
    "readable",
    "",
    "terminal escape sequences, CR/LF/TAB and formula-like text inside cells",
  );
  add(
    "no-table.xlsx",
    await xlsxOf([{ name: "说明", fill: (ws) => { ws.getCell("A1").value = "本工作簿没有绩效目标表"; ws.getCell("C3").value = 42; } }, { name: "空白", fill: () => {} }]),
    "readable",
    "",
    "a workbook without any 绩效目标表 (and an empty sheet)",
  );
  add(
    "far-corner-cell.xlsx",
    await xlsxOf([{ name: "Sheet1", fill: (ws) => { ws.getCell("XFD1048576").value = "最后一个单元格"; ws.getCell("A1").value = "项目名称"; } }]),
    "readable",
    "",
    "a value in XFD1048576, the last cell of a sheet",
  );
  add(
    "many-tables-many-sheets.xlsx",
    await xlsxOf(
      Array.from({ length: 30 }, (_, i) => ({
        name: `表${i + 1}`,
        fill: (ws) => {
          const s = sheetOfTables(40, 10, i * 4);
          fillTable(ws, s.cells, s.merges);
        },
      })),
    ),
    "readable",
    "",
    "30 sheets × 4 tables",
  );
  return files;
}

// ---------------------------------------------------------------- the big ones (generated at test time)
async function bigCorpus(dir) {
  const out = [];
  // 100 000 indicator rows in one sheet (a table per 50 rows): streaming writer keeps memory flat.
  const file100k = path.join(dir, "rows-100000.xlsx");
  {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file100k, useSharedStrings: false });
    const ws = wb.addWorksheet("Sheet1");
    const s = sheetOfTables(100000, 50);
    for (const m of s.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    for (const r of s.cells) ws.addRow(r.map((v) => (v === "" ? null : v))).commit();
    ws.commit();
    await wb.commit();
  }
  out.push({ file: "rows-100000.xlsx", expect: "readable", reason: "", note: "100 000 indicator rows in 2 000 tables" });
  // Huge shared-strings table: 200 000 distinct strings, most of them unused by any cell.
  const fileSst = path.join(dir, "huge-shared-strings.xlsx");
  {
    const base = new ExcelJS.Workbook();
    const ws = base.addWorksheet("Sheet1");
    fillTable(ws, perfTable(11, 10).rows, perfTable(11, 10).merges);
    const buf = Buffer.from(await base.xlsx.writeBuffer());
    const z = await JSZip.loadAsync(buf);
    const sst = (await z.file("xl/sharedStrings.xml").async("string"));
    const extra = [];
    for (let i = 0; i < 200000; i++) extra.push(`<si><t>无用字符串${i}·${"填充".repeat(i % 7)}</t></si>`);
    z.file("xl/sharedStrings.xml", sst.replace("</sst>", extra.join("") + "</sst>").replace(/count="\d+"/, 'count="200100"').replace(/uniqueCount="\d+"/, 'uniqueCount="200100"'));
    fs.writeFileSync(fileSst, await z.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  }
  out.push({ file: "huge-shared-strings.xlsx", expect: "readable", reason: "", note: "200 000 unused shared strings" });
  return out;
}

async function mainCli() {
  const args = process.argv.slice(2);
  const big = args.indexOf("--big");
  if (big >= 0) {
    const dir = path.resolve(args[big + 1] ?? ".");
    fs.mkdirSync(dir, { recursive: true });
    const list = await bigCorpus(dir);
    fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(list, null, 2) + "\n");
    process.stdout.write(`wrote ${list.length} large files to ${dir}\n`);
    return;
  }
  const outDir = path.resolve(args[0] ?? path.join(root, "tests", "fixtures", "bad"));
  fs.mkdirSync(outDir, { recursive: true });
  const files = await smallCorpus();
  for (const f of files) fs.writeFileSync(path.join(outDir, f.file), f.data);
  // A directory whose name looks like a workbook (the user passed a folder).
  const dirFixture = path.join(outDir, "folder.xlsx");
  fs.mkdirSync(dirFixture, { recursive: true });
  fs.writeFileSync(path.join(dirFixture, "README.md"), "A directory named like a workbook: `perfcheck check folder.xlsx` must say it is a folder.\n");
  const manifest = [
    ...files.map(({ file, expect, reason, note }) => ({ file, expect, reason, note })),
    { file: "folder.xlsx", expect: "unreadable", reason: "文件夹", note: "a directory passed as a file" },
    { file: "does-not-exist.xlsx", expect: "unreadable", reason: "文件不存在", note: "a missing file (not on disk on purpose)" },
  ];
  fs.writeFileSync(path.join(outDir, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  process.stdout.write(`wrote ${manifest.length} entries to ${path.relative(process.cwd(), outDir) || outDir}\n`);
}

mainCli().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + "\n");
  process.exit(1);
});
