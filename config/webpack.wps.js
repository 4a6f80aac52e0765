/* eslint-disable @typescript-eslint/no-require-imports */
// The WPS Spreadsheets JS add-in (加载项) → dist/wps/:
//   index.html + wps.js          main page WPS loads in the background: registers PERF.* (wps.AddCustomFunction)
//                                and answers the ribbon (window.ribbon.OnAddinLoad / OnAction / GetImage)
//   taskpane.html + taskpane.js  the pane opened by 打开面板 (wps.CreateTaskPane): the Excel pane's UI
//                                (src/taskpane/view.ts mountPane) over the WPS host adapter, + taskpane.css
//   publish.html + publish.js    install page of `npm start` (/wps/publish.html): the publish.xml entry for this server
//   manifest.xml                 JsPlugin manifest naming functions.json and the PERF namespace (version from package.json)
//   ribbon.xml                   tab 绩效目标: 插入模板, 检查本表, 清除标记, 打开面板
//   functions.json               GENERATED from src/functions/function-defs.json — the same list Excel's
//                                metadata is checked against and the function bodies are keyed by — in wpsjs's format
//   wps.css, images/             copied
// All paths are relative, so the folder works served (npm start → /wps/) and unpacked from the offline zip.
const fs = require("fs");
const path = require("path");
const { root, common } = require("./webpack.common.js");
const { outDir } = require("./deploy.js");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { Compilation, sources } = require("webpack");

const src = path.join(root, "src/wps");
const defsFile = path.join(root, "src/functions/function-defs.json");

/**
 * WPS functions.json from the shared definitions, in the format wpsjs's generator (wpsjs/vite_plugins.js,
 * functionsScanner) writes from JSDoc: { functions: [ { name, description, parameters: [ { name, description,
 * type } ], result: { type } } ] }. A range is "any[][]" (wpsjs accepts only 2-D arrays), an optional parameter
 * gets a trailing "?" ("any?", "any[][]?"), the result type is the element type of the 2-D array the function
 * spills. Names stay ASCII (WPS requires it for functions; parameters follow the JS names the adapters use);
 * descriptions are zh-CN first, the English after, since WPS users read Chinese.
 */
function wpsType(type, dimensionality, optional) {
  if (!["any", "number", "string", "boolean"].includes(type)) throw new Error(`unknown type "${type}"`);
  if (dimensionality !== "scalar" && dimensionality !== "matrix") throw new Error(`unknown dimensionality "${dimensionality}"`);
  return type + (dimensionality === "matrix" ? "[][]" : "") + (optional ? "?" : "");
}

function wpsFunctionsJson(defs) {
  if (!defs || !Array.isArray(defs.functions)) throw new Error("function-defs.json: no functions list");
  const namespace = defs.namespace && defs.namespace.en;
  if (namespace !== "PERF") throw new Error(`function-defs.json: namespace must be PERF, found ${namespace}`);
  return {
    functions: defs.functions.map((d) => {
      if (!/^[A-Z][A-Z0-9_]*$/.test(d.name)) throw new Error(`function name "${d.name}" is not an ASCII identifier (WPS requires ASCII names)`);
      return {
        name: d.name,
        parameters: d.parameters.map((p) => ({
          name: p.name,
          description: `${p.zhName}：${p.zhDescription}`,
          type: wpsType(p.type, p.dimensionality, !!p.optional),
        })),
        description: `${d.zhDescription} ${d.description}`.trim(),
        result: { type: wpsType(d.result.type, d.result.dimensionality, false) },
      };
    }),
  };
}

class WpsFunctionsJsonPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("WpsFunctionsJsonPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "WpsFunctionsJsonPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        compilation.fileDependencies.add(defsFile);
        try {
          const json = wpsFunctionsJson(JSON.parse(fs.readFileSync(defsFile, "utf8")));
          compilation.emitAsset("functions.json", new sources.RawSource(JSON.stringify(json, null, 2) + "\n"));
        } catch (e) {
          compilation.errors.push(new Error(`WPS functions.json: ${e.message}`));
        }
      });
    });
  }
}

function make(mode) {
  const version = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).version;
  const page = (name, chunk) =>
    new HtmlWebpackPlugin({ filename: `${name}.html`, template: path.join(src, `${name}.html`), chunks: [chunk], scriptLoading: "defer", inject: "head" });
  return {
    ...common(mode),
    name: "wps",
    entry: { wps: path.join(src, "index.ts"), taskpane: path.join(src, "taskpane.ts"), publish: path.join(src, "publish.ts") },
    output: { path: path.join(outDir(root), "wps"), filename: "[name].js", publicPath: "", clean: true },
    plugins: [
      page("index", "wps"),
      page("taskpane", "taskpane"),
      page("publish", "publish"),
      new CopyWebpackPlugin({
        patterns: [
          { from: path.join(src, "static/manifest.xml"), to: "manifest.xml", transform: (buf) => buf.toString().replace("__VERSION__", version) },
          { from: path.join(src, "static/ribbon.xml"), to: "ribbon.xml" },
          { from: path.join(src, "static/wps.css"), to: "wps.css" },
          // The pane UI is the Excel pane's (src/taskpane/view.ts), so is its stylesheet.
          { from: path.join(root, "src/taskpane/taskpane.css"), to: "taskpane.css" },
          { from: path.join(src, "static/images"), to: "images" },
        ],
      }),
      new WpsFunctionsJsonPlugin(),
    ],
  };
}

module.exports = make;
module.exports.wpsFunctionsJson = wpsFunctionsJson;
