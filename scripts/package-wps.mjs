#!/usr/bin/env node
// `npm run package:wps [-- --dir C:/PerfCheck --url http://intranet.example/perfcheck/wps/]`
//
// Packs the built WPS add-in (dist/wps, from `npm run build`) for an offline / intranet install:
//   dist/perfcheck-wps-<version>.zip
//     perfcheck/                 the add-in folder (index.html, manifest.xml, ribbon.xml, functions.json, …)
//     perfcheck-addin.zip        the same files at the zip root: the package jsplugins.xml points to
//     publish.xml                sample for %APPDATA%\kingsoft\wps\jsaddons\publish.xml (folder on disk or intranet URL)
//     jsplugins.xml              sample for the oem.ini JSPluginsServer mode (offline package)
//     oem.ini.sample             the oem.ini lines that enable JS add-ins / point to jsplugins.xml
//     安装说明.txt                how to install without internet (WPS ≥ 12.1.0.20540 for the PERF functions)
// Nothing is downloaded; the zip is written next to dist/wps.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const addinDir = path.join(root, "dist", "wps");
const version = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).version;
const NAME = "PerfCheck";

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

/** Where the user unpacks the zip on Windows (forward slashes: it becomes a file:/// URL). */
const installDir = arg("dir", "C:/PerfCheck").replace(/\\/g, "/").replace(/\/+$/, "");
/** Optional intranet server that serves dist/wps (online mode, e.g. `npm start` on a shared machine). */
const intranetUrl = arg("url", "http://intranet.example/perfcheck/wps/");
const out = path.resolve(arg("out", path.join(root, "dist", `perfcheck-wps-${version}.zip`)));

const xmlEscape = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
const fileUrl = (p) => "file:///" + encodeURI(p.replace(/^\/+/, ""));

export function publishXml(folderUrl, serverUrl) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Sample publish.xml for WPS JS add-ins. Put it in the jsaddons folder of the user:
       Windows: %APPDATA%\\kingsoft\\wps\\jsaddons\\publish.xml
       Linux:   ~/.local/share/Kingsoft/wps/jsaddons/publish.xml
     WPS reads it at start and loads every listed add-in; type="et" = WPS 表格.
     Keep ONE of the two entries: the folder unpacked on this computer (no network at all), or the
     intranet server that serves dist/wps (e.g. a shared machine running npm start). -->
<jsplugins>
  <jspluginonline name="${NAME}" type="et" url="${xmlEscape(folderUrl)}" enable="enable_dev" install="null" version="${version}"/>
  <!-- <jspluginonline name="${NAME}" type="et" url="${xmlEscape(serverUrl)}" enable="enable_dev" install="null" version="${version}"/> -->
</jsplugins>
`;
}

export function jspluginsXml(packageUrl) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Sample jsplugins.xml (offline package mode). oem.ini's [Server] JSPluginsServer points to this file;
     WPS unpacks the package named in url into its jsaddons folder. See oem.ini.sample. -->
<jsplugins>
  <jsplugin name="${NAME}" type="et" url="${xmlEscape(packageUrl)}" version="${version}" enable="true"/>
</jsplugins>
`;
}

export function oemIni(jspluginsPath) {
  return `; Add to oem.ini in the WPS program folder: <WPS 安装目录>\\office6\\cfgs\\oem.ini (create it if missing).
[Support]
; 启用 JS 加载项
JsApiPlugin=true
; 调试时可设为 true（右键“检查元素”）
JsApiShowWebDebugger=false

[Server]
; 仅 jsplugins.xml 模式需要：加载项列表文件的位置
JSPluginsServer=${jspluginsPath}
`;
}

export function instructions(dir) {
  return `PerfCheck · 绩效目标表助手 — WPS 表格加载项 ${version}（离线安装）

要求：WPS Office 12.1.0.20540 或更高版本（更早的版本可以使用“检查本表”“插入模板”“清除标记”，
但不能使用 =PERF.CHECK 等自定义函数，面板中会给出提示）。

方式一：本机文件夹（推荐，无需任何网络）
 1. 把本压缩包中的 perfcheck 文件夹解压到 ${dir}/perfcheck（路径可改，下面的地址随之修改）。
 2. 打开 %APPDATA%\\kingsoft\\wps\\jsaddons（Linux：~/.local/share/Kingsoft/wps/jsaddons），
    没有就新建；把 publish.xml 复制进去（已有 publish.xml 时，只把其中 <jspluginonline …/> 一行加进去）。
    其中 url 应为 ${fileUrl(dir + "/perfcheck/")}
 3. 如 WPS 未启用 JS 加载项：按 oem.ini.sample 在 <WPS 安装目录>\\office6\\cfgs\\oem.ini 中加入
    [Support] JsApiPlugin=true。
 4. 重启 WPS 表格，功能区出现“绩效目标”选项卡：插入模板、检查本表、清除标记、打开面板。
    在单元格中输入 =PERF.CHECK(A10:F20) 即可逐行检查指标。

方式二：jsplugins.xml（由管理员统一配置）
 1. 把 perfcheck-addin.zip 和 jsplugins.xml 放到 ${dir}/。
 2. 按 oem.ini.sample 设置 JsApiPlugin=true 和 JSPluginsServer=${dir}/jsplugins.xml。
 3. 重启 WPS 表格。

方式三：内网服务器
 在一台内网机器上运行 npm start（或把 dist/wps 放到任一内网 Web 服务器），
 publish.xml 中改用注释里的第二行，url 指向该服务器的 /wps/ 地址。

本加载项运行时不访问互联网，不收集任何数据。
`;
}

async function main() {
  if (!fs.existsSync(path.join(addinDir, "manifest.xml")) || !fs.existsSync(path.join(addinDir, "functions.json"))) {
    console.error("dist/wps 不存在或不完整：请先运行 npm run build");
    process.exit(2);
  }
  const files = [];
  (function walk(dir) {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (!/\.(map|zip)$/.test(e.name)) files.push(path.relative(addinDir, p).split(path.sep).join("/"));
    }
  })(addinDir);
  files.sort();

  const addin = new JSZip();
  for (const f of files) addin.file(f, fs.readFileSync(path.join(addinDir, f)));
  const addinZip = await addin.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });

  const zip = new JSZip();
  for (const f of files) zip.file(`perfcheck/${f}`, fs.readFileSync(path.join(addinDir, f)));
  zip.file("perfcheck-addin.zip", addinZip);
  zip.file("publish.xml", publishXml(fileUrl(`${installDir}/perfcheck/`), intranetUrl));
  zip.file("jsplugins.xml", jspluginsXml(fileUrl(`${installDir}/perfcheck-addin.zip`)));
  zip.file("oem.ini.sample", oemIni(`${installDir}/jsplugins.xml`.replace(/\//g, "\\")));
  zip.file("安装说明.txt", instructions(installDir));
  const buf = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, buf);
  console.log(`WPS 加载项离线安装包：${path.relative(process.cwd(), out)}（${(buf.length / 1024).toFixed(0)} KB，${files.length} 个加载项文件）`);
  console.log(`安装说明见包内“安装说明.txt”或 docs/wps.md。`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(`打包失败：${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  });
}
