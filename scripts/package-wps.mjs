#!/usr/bin/env node
// `npm run package:wps [-- --base-url https://host/path/ --out DIR]` — also run by `npm run build`.
//
// Packs the built WPS add-in (dist/wps) the way wpsjs (Kingsoft's add-in tool) packs one, into dist/wps-install/:
//   PerfCheck.7z                     the add-in as `wpsjs build` (offline) makes it: one folder PerfCheck_<version>/
//   jsplugins.xml                    centralized deployment: <jsplugin … url="<base>wps-install/PerfCheck.7z" …/>
//   oem.ini                          the lines an administrator adds to <WPS>\office6\cfgs\oem.ini (JSPluginsServer)
//   publish.xml                      online mode: <jspluginonline … url="<base>wps/"/> (WPS loads the served folder)
//   PerfCheck-WPS-<version>-离线安装.zip  per-PC offline install, the layout of wpsjs's self-extracting installer:
//        PerfCheck_<version>/         the add-in folder, copied to %APPDATA%\kingsoft\wps\jsaddons\
//        publish.xml                  <jsplugin name="PerfCheck" type="et" url="PerfCheck_<version>" … enable="enable_dev" install="null"/>
//        install.bat + install.ps1    Windows: copy the folder, merge the entry into the user's publish.xml
//        install.sh                   Linux (UOS, 麒麟): the same under ~/.local/share/Kingsoft/wps/jsaddons
//        README.txt                   the steps in zh-CN (file names inside the zip stay ASCII: old unzip tools garble others)
// The .7z is written by 7-Zip compiled to WASM (7z-wasm): no native binary, nothing downloaded.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";

const require = createRequire(import.meta.url);
const { baseUrl: envBaseUrl, normalizeBaseUrl, outDir } = require("../config/deploy.js");

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const NAME = "PerfCheck";
export const version = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).version;
/** The folder name wpsjs gives an offline add-in, and the url of its publish.xml entry. */
export const FOLDER = `${NAME}_${version}`;

const xmlEscape = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** The per-PC entry, as wpsjs's installer writes it (CreatePublishXml in wpsjs/src/lib/build.js). */
export function offlineEntry() {
  return `<jsplugin name="${NAME}" type="et" url="${FOLDER}" version="${version}" enable="enable_dev" install="null" customDomain=""/>`;
}

export function offlinePublishXml() {
  return `<?xml version="1.0" encoding="UTF-8"?>
<jsplugins>
  ${offlineEntry()}
</jsplugins>
`;
}

export function onlinePublishXml(base) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- publish.xml for %APPDATA%\\kingsoft\\wps\\jsaddons\\ (Linux ~/.local/share/Kingsoft/wps/jsaddons/):
     WPS loads the add-in from the server at every start (ribbon.xml and index.html under url). -->
<jsplugins>
  <jspluginonline name="${NAME}" type="et" url="${xmlEscape(base)}wps/" enable="enable_dev" install="null" version="${version}"/>
</jsplugins>
`;
}

export function jspluginsXml(base) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- jsplugins.xml (centralized deployment): oem.ini's [Server] JSPluginsServer names this file; WPS downloads
     the .7z in url, unpacks it into its jsaddons folder and loads ${FOLDER}. Raise version to roll out an update. -->
<jsplugins>
  <jsplugin name="${NAME}" type="et" url="${xmlEscape(base)}wps-install/${NAME}.7z" version="${version}" enable="true"/>
</jsplugins>
`;
}

export function oemIni(base) {
  return `; 加入 <WPS 安装目录>\\office6\\cfgs\\oem.ini（没有就新建；已有的节只补这几行）。
; Add to oem.ini in the WPS program folder (create it if missing; merge into existing sections).
[Support]
; 启用 JS 加载项
JsApiPlugin=true

[Server]
; 加载项列表 jsplugins.xml 的地址
JSPluginsServer=${base}wps-install/jsplugins.xml
`;
}

/**
 * Windows launcher: the work (and every zh-CN message) is in install.ps1, saved as UTF-8 with a BOM, which every
 * PowerShell reads correctly; the .bat stays ASCII because cmd reads a batch file in the console's code page.
 */
export function installBat() {
  return [
    "@echo off",
    "rem PerfCheck WPS add-in: per-user install, no administrator rights needed. See README.txt.",
    `powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0install.ps1" -Folder "${FOLDER}"`,
    "pause",
    "",
  ].join("\r\n");
}

export function installPs1() {
  return `# PerfCheck WPS add-in: copies ${FOLDER} into %APPDATA%\\kingsoft\\wps\\jsaddons and adds its entry to publish.xml,
# keeping every other add-in's entry (wpsjs's copy.bat overwrites publish.xml; this merges).
param([string]$Folder = "${FOLDER}")
$ErrorActionPreference = "Stop"
trap { Write-Host "安装失败：$_" -ForegroundColor Red; Write-Host "请把这段提示发给管理员（说明见 README.txt）。"; exit 1 }
$src = Join-Path $PSScriptRoot $Folder
$dest = Join-Path $env:APPDATA "kingsoft\\wps\\jsaddons"
if (-not (Test-Path $src)) { throw "找不到加载项文件夹 $src：请先完整解压安装包" }
New-Item -ItemType Directory -Force -Path $dest | Out-Null
Get-ChildItem -Path $dest -Directory -Filter "${NAME}_*" | Where-Object { $_.Name -ne $Folder } | Remove-Item -Recurse -Force
Copy-Item -Path $src -Destination $dest -Recurse -Force
$publish = Join-Path $dest "publish.xml"
$xml = New-Object System.Xml.XmlDocument
if (Test-Path $publish) { $xml.Load($publish) } else { $xml.LoadXml('<?xml version="1.0" encoding="UTF-8"?><jsplugins/>') }
if ($xml.DocumentElement -eq $null -or $xml.DocumentElement.Name -ne "jsplugins") { throw "$publish 不是 WPS 的 publish.xml" }
foreach ($old in @($xml.DocumentElement.ChildNodes | Where-Object { $_.Name -like "jsplugin*" -and $_.GetAttribute("name") -eq "${NAME}" })) { [void]$xml.DocumentElement.RemoveChild($old) }
$entry = $xml.CreateElement("jsplugin")
foreach ($kv in @(@("name", "${NAME}"), @("type", "et"), @("url", $Folder), @("version", "${version}"), @("enable", "enable_dev"), @("install", "null"), @("customDomain", ""))) { $entry.SetAttribute($kv[0], $kv[1]) }
[void]$xml.DocumentElement.AppendChild($entry)
$xml.Save($publish)
Write-Host "已安装到 $dest\\$Folder。请重启 WPS 表格，功能区出现“绩效目标”选项卡。" -ForegroundColor Green
`;
}

export function installSh() {
  return `#!/bin/sh
# PerfCheck WPS add-in, per-user install on Linux (WPS for Linux: UOS, 麒麟 …): copies ${FOLDER} into
# ~/.local/share/Kingsoft/wps/jsaddons and adds its entry to publish.xml, keeping every other add-in's entry.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
folder="${FOLDER}"
dest="\${WPS_JSADDONS_DIR:-$HOME/.local/share/Kingsoft/wps/jsaddons}"
[ -d "$here/$folder" ] || { echo "找不到加载项文件夹 $here/$folder：请先完整解压安装包" >&2; exit 1; }
mkdir -p "$dest"
for old in "$dest"/${NAME}_*; do
  if [ -d "$old" ] && [ "$(basename "$old")" != "$folder" ]; then rm -rf "$old"; fi
done
rm -rf "\${dest:?}/$folder"
cp -R "$here/$folder" "$dest/$folder"
entry='${offlineEntry()}'
publish="$dest/publish.xml"
if [ -s "$publish" ] && grep -q '</jsplugins>' "$publish"; then
  tmp="$publish.tmp.$$"
  # Drop our previous entries (any version, online or offline), then add this one before </jsplugins>.
  sed -e 's#<jsplugin[a-z]*[^>]*name="${NAME}"[^>]*/>##g' -e '/^[[:space:]]*$/d' -e "s#</jsplugins>#  $entry\\\\
</jsplugins>#" "$publish" > "$tmp"
  mv "$tmp" "$publish"
else
  printf '<?xml version="1.0" encoding="UTF-8"?>\\n<jsplugins>\\n  %s\\n</jsplugins>\\n' "$entry" > "$publish"
fi
echo "已安装到 $dest/$folder：请重启 WPS 表格，功能区出现“绩效目标”选项卡。"
`;
}

export function instructions(base) {
  return `PerfCheck · 绩效目标表助手 — WPS 表格加载项 ${version}

要求：WPS Office 12.1.0.20540 或更高版本才能使用 =PERF.CHECK 等自定义函数；更早的版本仍可使用
“插入模板”“检查本表”“清除标记”和面板，面板中会给出提示。运行时不访问任何网络，不收集数据。

一、单台电脑离线安装（不需要网络，不需要管理员权限）
  Windows：解压本压缩包，双击 install.bat。它把 ${FOLDER} 文件夹复制到
           %APPDATA%\\kingsoft\\wps\\jsaddons\\，并在该文件夹的 publish.xml 中加入（已有的其他加载项保留）：
           ${offlineEntry()}
  Linux：  解压后在终端运行 sh install.sh（目标 ~/.local/share/Kingsoft/wps/jsaddons/）。
  手动安装：把 ${FOLDER} 文件夹复制到上述 jsaddons 文件夹，再把上面这一行加入其中的 publish.xml
           （没有 publish.xml 就直接复制本包中的 publish.xml）。
  重启 WPS 表格，功能区出现“绩效目标”选项卡：插入模板、检查本表、清除标记、打开面板。
  如果没有出现：在 <WPS 安装目录>\\office6\\cfgs\\oem.ini 的 [Support] 节加入 JsApiPlugin=true 后再重启。

二、由管理员统一部署（jsplugins.xml + .7z）
  构建时的服务器地址：${base}
  把 dist/ 整个放到该地址（wps-install/PerfCheck.7z、wps-install/jsplugins.xml 随之可访问），
  再按 wps-install/oem.ini 在每台电脑（或 WPS 安装包）的 oem.ini 中设置 JsApiPlugin=true 和
  JSPluginsServer=${base}wps-install/jsplugins.xml。升级时只需换新的 .7z 和 jsplugins.xml（version 变大）。

详见 docs/deploy.md。
`;
}

/** Every file of a folder, relative, "/"-separated, sorted; source maps and archives left out. */
export function listFiles(dir) {
  const files = [];
  (function walk(d) {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (!/\.(map|zip|7z)$/.test(e.name) && !e.name.startsWith(".")) files.push(path.relative(dir, p).split(path.sep).join("/"));
    }
  })(dir);
  return files.sort();
}

/** A .7z of `files` (relative to `dir`) under the folder name `folder`, written by 7-Zip compiled to WASM. */
export async function sevenZip(dir, files, folder) {
  const SevenZip = require("7z-wasm");
  const messages = [];
  const sz = await SevenZip({ print: (s) => messages.push(s), printErr: (s) => messages.push(s) });
  sz.FS.mkdir("/pack");
  const made = new Set();
  const mkdirs = (p) => {
    const parts = p.split("/");
    for (let i = 1; i <= parts.length; i++) {
      const d = parts.slice(0, i).join("/");
      if (!made.has(d)) {
        sz.FS.mkdir(`/pack/${d}`);
        made.add(d);
      }
    }
  };
  mkdirs(folder);
  for (const f of files) {
    if (f.includes("/")) mkdirs(`${folder}/${path.posix.dirname(f)}`);
    sz.FS.writeFile(`/pack/${folder}/${f}`, fs.readFileSync(path.join(dir, f)));
  }
  sz.FS.chdir("/pack");
  const rc = sz.callMain(["a", "-t7z", "-mx=9", "-bd", "/out.7z", folder]);
  if (rc !== 0) throw new Error(`7-Zip exit ${rc}: ${messages.join("\n")}`);
  return Buffer.from(sz.FS.readFile("/out.7z"));
}

export async function packageWps({ addinDir, installDir, base }) {
  if (!fs.existsSync(path.join(addinDir, "manifest.xml")) || !fs.existsSync(path.join(addinDir, "functions.json"))) {
    throw new Error(`${addinDir} 不存在或不完整：请先运行 npm run build`);
  }
  const files = listFiles(addinDir);
  fs.rmSync(installDir, { recursive: true, force: true });
  fs.mkdirSync(installDir, { recursive: true });

  const seven = await sevenZip(addinDir, files, FOLDER);
  fs.writeFileSync(path.join(installDir, `${NAME}.7z`), seven);
  fs.writeFileSync(path.join(installDir, "jsplugins.xml"), jspluginsXml(base));
  fs.writeFileSync(path.join(installDir, "oem.ini"), oemIni(base).replace(/\n/g, "\r\n"));
  fs.writeFileSync(path.join(installDir, "publish.xml"), onlinePublishXml(base));

  const zip = new JSZip();
  for (const f of files) zip.file(`${FOLDER}/${f}`, fs.readFileSync(path.join(addinDir, f)));
  zip.file("publish.xml", offlinePublishXml());
  zip.file("install.bat", installBat());
  zip.file("install.ps1", "\ufeff" + installPs1().replace(/\n/g, "\r\n"));
  zip.file("install.sh", installSh(), { unixPermissions: 0o755 });
  zip.file("README.txt", "\ufeff" + instructions(base).replace(/\n/g, "\r\n"));
  const offline = await zip.generateAsync({ type: "nodebuffer", platform: "UNIX", compression: "DEFLATE", compressionOptions: { level: 9 } });
  const offlineName = `${NAME}-WPS-${version}-离线安装.zip`;
  fs.writeFileSync(path.join(installDir, offlineName), offline);
  return { files, sevenZipBytes: seven.length, offlineName, offlineBytes: offline.length };
}

function arg(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const out = arg("out") ? path.resolve(arg("out")) : outDir(root);
  const base = arg("base-url") ? normalizeBaseUrl(arg("base-url")) : envBaseUrl();
  const r = await packageWps({ addinDir: path.join(out, "wps"), installDir: path.join(out, "wps-install"), base });
  const rel = path.relative(process.cwd(), path.join(out, "wps-install")) || ".";
  console.log(`WPS 加载项安装包 → ${rel}/：${NAME}.7z（${(r.sevenZipBytes / 1024).toFixed(0)} KB，${r.files.length} 个文件）、jsplugins.xml、oem.ini、publish.xml、${r.offlineName}（${(r.offlineBytes / 1024).toFixed(0)} KB）`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(`打包失败：${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  });
}
