/* eslint-disable @typescript-eslint/no-require-imports */
// The local web checker → dist/index.html (+ checker.js, checker.css): the landing page of `npm start`,
// and a page that also works opened from disk (file://). Relative URLs only, no CDN, strict CSP in the HTML.
//
// ExcelJS in the browser: exceljs's package.json "browser" field points webpack (target web) to its own
// prebuilt, self-contained dist/exceljs.min.js, so no Node polyfills (Buffer, stream…) are needed.
const path = require("path");
const { root, common } = require("./webpack.common.js");
const { outDir } = require("./deploy.js");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const src = path.join(root, "src/checker");

module.exports = (mode) => ({
  ...common(mode),
  name: "checker",
  target: "web",
  entry: { checker: path.join(src, "main.ts") },
  // The Web Worker (src/checker/worker.ts, from workerBackend.ts's `new Worker(new URL(…))`) and the in-page fallback
  // (controller.ts's import of service.ts) are chunks named checker-worker.js / checker-inline.js: named, because the
  // other builds write numbered chunks into the same dist/.
  output: { path: outDir(root), filename: "[name].js", chunkFilename: "checker-[name].js", publicPath: "", clean: false, uniqueName: "perfcheck_checker" },
  // Each of the worker and the in-page fallback carries its own reader and engine: shared chunks would make the
  // worker load the fallback's chunk (and the page the worker's), which the page never needs when the worker runs.
  optimization: { splitChunks: false },
  plugins: [
    new HtmlWebpackPlugin({ filename: "index.html", template: path.join(src, "index.html"), chunks: ["checker"], scriptLoading: "defer", inject: "head" }),
    new CopyWebpackPlugin({ patterns: [{ from: path.join(src, "checker.css"), to: "checker.css" }] }),
  ],
});
