// Where the built add-ins are served from, and where the build writes them.
//   PERFCHECK_BASE_URL   the HTTPS URL dist/ is served at (default https://localhost:3000/, what `npm start` serves);
//                        every absolute URL in a shipped manifest points under it
//   PERFCHECK_OUT_DIR    the output folder (default dist/)
// `npm run build -- --base-url https://host/path/` (scripts/build.mjs) sets both for webpack.
const path = require("path");

const DEV_BASE_URL = "https://localhost:3000/";

/** The base URL, checked: absolute https (Office loads add-ins only over https), no query or fragment, ending in "/". */
function normalizeBaseUrl(raw) {
  const text = String(raw || "").trim();
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`--base-url "${text}" 不是完整的网址，应写成 https://服务器/路径/`);
  }
  if (url.protocol !== "https:") throw new Error(`--base-url "${text}" 必须以 https:// 开头（Office 只加载 HTTPS 上的加载项）`);
  if (url.search || url.hash) throw new Error(`--base-url "${text}" 不能带 ? 或 # 部分`);
  if (url.username || url.password) throw new Error(`--base-url "${text}" 不能包含用户名或密码`);
  return url.href.endsWith("/") ? url.href : url.href + "/";
}

function baseUrl() {
  return process.env.PERFCHECK_BASE_URL ? normalizeBaseUrl(process.env.PERFCHECK_BASE_URL) : DEV_BASE_URL;
}

function outDir(root) {
  return process.env.PERFCHECK_OUT_DIR ? path.resolve(process.env.PERFCHECK_OUT_DIR) : path.join(root, "dist");
}

/** Rewrites the development origin of a source file (manifest.xml) to the deployment base URL. */
function rebase(text, base = baseUrl()) {
  return String(text).split(DEV_BASE_URL).join(base);
}

module.exports = { DEV_BASE_URL, normalizeBaseUrl, baseUrl, outDir, rebase };
