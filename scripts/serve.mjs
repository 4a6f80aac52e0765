#!/usr/bin/env node
// `npm start`: serve dist/ on localhost only (no other network), print what to open or sideload.
// HTTPS when the Office dev certificates exist (Excel requires https for sideloading), else HTTP.
import http from "node:http";
import https from "node:https";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "dist");
const port = Number(process.env.PORT || 3000);
const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8", ".css": "text/css; charset=utf-8", ".png": "image/png", ".svg": "image/svg+xml",
  ".ico": "image/x-icon", ".map": "application/json", ".zip": "application/zip", ".txt": "text/plain; charset=utf-8",
  ".7z": "application/x-7z-compressed", ".ini": "text/plain; charset=utf-8",
};

function handler(req, res) {
  let rel;
  try {
    rel = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
  } catch {
    res.writeHead(400).end("bad request");
    return;
  }
  let file = path.normalize(path.join(root, rel));
  if (!file.startsWith(root)) {
    res.writeHead(403).end("forbidden");
    return;
  }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
  fs.readFile(file, (err, body) => {
    if (err) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("未找到：" + rel);
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] || "application/octet-stream", "cache-control": "no-store", "access-control-allow-origin": "*" });
    res.end(body);
  });
}

if (!fs.existsSync(root)) {
  console.error("dist/ 不存在：请先运行 npm run build");
  process.exit(2);
}

const certDir = path.join(os.homedir(), ".office-addin-dev-certs");
const cert = path.join(certDir, "localhost.crt");
const key = path.join(certDir, "localhost.key");
const secure = fs.existsSync(cert) && fs.existsSync(key);
const server = secure ? https.createServer({ cert: fs.readFileSync(cert), key: fs.readFileSync(key) }, handler) : http.createServer(handler);
const base = `${secure ? "https" : "http"}://localhost:${port}`;

server.listen(port, "127.0.0.1", () => {
  console.log(`
PerfCheck · 绩效目标表助手 — serving dist/ at ${base}/  (localhost only; Ctrl+C to stop)

  网页检查器 (web checker):   ${base}/            (also works opened from disk: dist/index.html)
  Excel 加载项 manifest:      dist/manifest.xml   (task pane ${base}/taskpane.html)
     older Excel (2016/2019/2021, task pane only): dist/manifest-taskpane.xml
     sideload on Windows/macOS: npx office-addin-debugging start dist/manifest.xml desktop
     Excel on the web: 插入 › 加载项 › 上传我的加载项 › dist/manifest.xml
     ${secure ? "HTTPS certificates found in ~/.office-addin-dev-certs." : "Excel needs HTTPS: run `npx office-addin-dev-certs install` once, then npm start again."}
  WPS 加载项:                 ${base}/wps/        (publish page ${base}/wps/publish.html; offline packages: dist/wps-install/)
  内网部署 (intranet server): npm run build -- --base-url https://host/path/  (docs/deploy.md)
  命令行 (CLI):               npx perfcheck check tests/fixtures/*.xlsx
`);
});
