/**
 * Shared by the browser tests of the web checker, the task pane and the WPS add-in: Debian chromium through
 * playwright-core (never a downloaded browser), a localhost-only static server for dist/, and a
 * recorder of every request the page makes.
 */
import * as fs from "fs";
import * as http from "http";
import * as path from "path";
import type { AddressInfo } from "net";
import { chromium, type Browser, type Page } from "playwright-core";

export const ROOT = path.resolve(__dirname, "..", "..");
export const DIST = path.join(ROOT, "dist");
export const SCREENSHOTS = path.join(ROOT, "artifacts", "screenshots");

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
}

/** What a browser suite shares: one chromium and one localhost server for dist/, both set up before its tests. */
export interface DistInChromium {
  readonly browser: Browser;
  /** http://localhost:<port> serving dist/. */
  readonly url: string;
}

/**
 * Registers the suite's beforeAll/afterAll: checks that `builtFiles` (paths under dist/) exist, launches chromium,
 * serves dist/, and closes both afterwards. Use the returned object's fields inside tests (they are set by then).
 */
export function useDistInChromium(...builtFiles: string[]): DistInChromium {
  let browser: Browser | undefined;
  let server: { url: string; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    for (const file of builtFiles) requireBuilt(file);
    browser = await launchChromium();
    server = await serveDir(DIST);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser(): Browser {
      if (!browser) throw new Error("chromium is not running: use the browser inside a test");
      return browser;
    },
    get url(): string {
      if (!server) throw new Error("dist/ is not served: use the url inside a test");
      return server.url;
    },
  };
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/** Serve `dir` on 127.0.0.1 (random port). */
export async function serveDir(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    let file = path.normalize(path.join(dir, rel));
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
    fs.readFile(file, (err, body) => {
      if (err) return void res.writeHead(404).end("not found");
      res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://localhost:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export interface PageLog {
  requests: string[];
  errors: string[];
}

/** Record every request, page error, console error and CSP violation of `page`. */
export function recordPage(page: Page): PageLog {
  const log: PageLog = { requests: [], errors: [] };
  page.on("request", (r) => log.requests.push(r.url()));
  page.on("response", (r) => {
    if (r.status() >= 400) log.errors.push(`http ${r.status()}: ${r.url()}`);
  });
  page.on("pageerror", (e) => log.errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") log.errors.push(`console: ${m.text()}`);
  });
  return log;
}

/** A request is local when it stays on this machine: localhost/127.0.0.1, file:, blob: or data:. */
export function isLocal(url: string): boolean {
  if (/^(file|blob|data|about):/.test(url)) return true;
  try {
    const u = new URL(url);
    return u.hostname === "localhost" || u.hostname === "127.0.0.1";
  } catch {
    return false;
  }
}

export function requireBuilt(file: string): string {
  const p = path.join(DIST, file);
  if (!fs.existsSync(p)) throw new Error(`${p} is missing: run \`npm run build\` first (npm test does)`);
  return p;
}

export function screenshotPath(name: string): string {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, name);
}
