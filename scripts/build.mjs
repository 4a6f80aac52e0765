#!/usr/bin/env node
// `npm run build [-- --base-url https://host/path/] [--out DIR]` (or PERFCHECK_BASE_URL / PERFCHECK_OUT_DIR):
//   lib/        the CLI (tsc)
//   DIR/        (default dist/) the Excel add-in, the WPS add-in (wps/), the web checker, and the WPS install
//               packages (wps-install/): every manifest URL points under the base URL
// Without a base URL everything points at https://localhost:3000/, what `npm start` serves.
//   --skip-node   leave lib/ alone (tests that only need dist/)
import { execFileSync } from "node:child_process";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { normalizeBaseUrl, baseUrl, outDir } = require("../config/deploy.js");
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function option(name) {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  const a = args[i];
  const value = a.includes("=") ? a.slice(a.indexOf("=") + 1) : args[i + 1];
  if (!value || value.startsWith("--")) throw new Error(`--${name} 后面缺少取值`);
  return value;
}

async function main() {
  const known = new Set(["--base-url", "--out", "--skip-node"]);
  for (const a of process.argv.slice(2)) {
    if (a.startsWith("--") && !known.has(a.replace(/=.*$/, ""))) throw new Error(`未知选项 ${a}（可用：--base-url URL、--out 目录、--skip-node）`);
  }
  const env = { ...process.env };
  if (option("base-url")) env.PERFCHECK_BASE_URL = normalizeBaseUrl(option("base-url"));
  else if (env.PERFCHECK_BASE_URL) env.PERFCHECK_BASE_URL = normalizeBaseUrl(env.PERFCHECK_BASE_URL);
  if (option("out")) env.PERFCHECK_OUT_DIR = path.resolve(option("out"));
  Object.assign(process.env, env);
  const base = baseUrl();
  const out = outDir(root);

  const node = (args) => execFileSync(process.execPath, args, { cwd: root, env, stdio: "inherit" });
  if (!process.argv.includes("--skip-node")) node([path.join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.node.json"]);
  node([path.join(root, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production"]);
  const { packageWps } = await import("./package-wps.mjs");
  await packageWps({ addinDir: path.join(out, "wps"), installDir: path.join(out, "wps-install"), base });
  console.log(`[build] ${path.relative(process.cwd(), out) || "."}/ → ${base}`);
}

main().catch((e) => {
  console.error(`构建失败：${e instanceof Error ? e.message : String(e)}`);
  process.exit(2);
});
