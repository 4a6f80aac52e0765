/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, module */
// The Excel add-in build → dist/:
//   functions.js          custom functions (self-contained: webpack runtime + engine), also the shared module host
//   functions.json        GENERATED from the JSDoc in src/functions/functions.ts (custom-functions-metadata-plugin),
//                         plus the top-level allowCustomDataForDataTypeAny / allowErrorForDataTypeAny flags (so
//                         entities and #N/A cells reach our code)
//   functions.zh-CN.json  derived from functions.json: same ids/types, zh-CN names and descriptions from
//                         src/functions/function-defs.json (referenced from manifest.xml by a bt:Override)
//   taskpane.js           the task pane (src/taskpane/taskpane.ts, when present); it reuses functions.js's modules
//                         (dependOn), so the pane and the functions share ONE engine instance and one profile
//   taskpane.html         the shared-runtime page: office.js, then functions.js, then taskpane.js
//   office.js …           Office.js and the files it loads, copied from node_modules (no CDN)
//   manifest.xml          the full add-in (shared runtime + custom functions); manifest-taskpane.xml the task
//                         pane alone for older Excel; both with their URLs rebased (config/deploy.js)
//   assets/               copied
const fs = require("fs");
const path = require("path");
const { root, common } = require("./webpack.common.js");
const { outDir, rebase } = require("./deploy.js");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { Compilation, sources } = require("webpack");

const dist = outDir(root);
const functionsEntry = path.join(root, "src/functions/functions.ts");
const taskpaneEntry = path.join(root, "src/taskpane/taskpane.ts");
const taskpaneTemplate = path.join(root, "src/taskpane/taskpane.html");
const fallbackTemplate = path.join(root, "src/functions/runtime.html");
const officeDist = path.join(root, "node_modules/@microsoft/office-js/dist");

/** Office.js loads host-specific scripts and string tables from its own folder: copy those Excel needs. */
const OFFICE_FILES = [
  "office.js",
  "o15apptofilemappingtable.js",
  "custom-functions-runtime.js",
  "excel-win32-16.00.js",
  "excel-win32-16.01.js",
  "excel-win32-16.01-core.js",
  "excel-web-16.00.js",
  "excel-web-16.00-core.js",
  "excel-mac-16.00.js",
  "excel-mac-16.00-core.js",
  "en-us/office_strings.js",
  "zh-cn/office_strings.js",
];

/**
 * Post-processes the generated metadata (never hand-written): adds allowCustomDataForDataTypeAny and
 * allowErrorForDataTypeAny and emits the zh-CN file with the same ids, types and dimensionality, only
 * names/descriptions translated.
 */
class LocalizedMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "LocalizedMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const asset = compilation.getAsset("functions.json");
        if (!asset) return; // the metadata plugin reported its errors already
        const defsFile = path.join(root, "src/functions/function-defs.json");
        compilation.fileDependencies.add(defsFile);
        const defs = JSON.parse(fs.readFileSync(defsFile, "utf8"));
        const meta = JSON.parse(asset.source.source().toString());
        // Error values and data-type values (entities, formatted numbers) in `any` parameters reach the functions,
        // which read a data type as the value it shows (src/functions/coerce.ts) and answer errors in zh-CN per row.
        const en = { allowCustomDataForDataTypeAny: true, allowErrorForDataTypeAny: true, ...meta };
        compilation.updateAsset("functions.json", new sources.RawSource(JSON.stringify(en, null, 2)));
        const zh = JSON.parse(JSON.stringify(en));
        for (const fn of zh.functions) {
          const def = defs.functions.find((d) => d.id === fn.id);
          if (!def) {
            compilation.errors.push(new Error(`function-defs.json has no entry for custom function ${fn.id}`));
            continue;
          }
          fn.name = def.zhName;
          fn.description = def.zhDescription;
          for (const p of fn.parameters || []) {
            const pd = def.parameters.find((d) => d.name === p.name);
            if (!pd) {
              compilation.errors.push(new Error(`function-defs.json: ${fn.id} has no parameter ${p.name}`));
              continue;
            }
            p.name = pd.zhName;
            p.description = pd.zhDescription;
          }
        }
        compilation.emitAsset("functions.zh-CN.json", new sources.RawSource(JSON.stringify(zh, null, 2)));
      });
    });
  }
}

/** The shared-runtime page must load office.js before the bundles; add it when the template does not. */
class OfficeScriptPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("OfficeScriptPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap("OfficeScriptPlugin", (data) => {
        const template = fs.readFileSync(data.plugin.options.template.replace(/^.*!/, ""), "utf8");
        if (!/<script[^>]+src=["'][^"']*office\.js["']/i.test(template)) {
          data.headTags.unshift(HtmlWebpackPlugin.createHtmlTagObject("script", { src: "office.js" }));
        }
        return data;
      });
    });
  }
}

module.exports = (mode) => {
  const hasTaskpane = fs.existsSync(taskpaneEntry);
  const template = fs.existsSync(taskpaneTemplate) ? taskpaneTemplate : fallbackTemplate;
  return {
    ...common(mode),
    name: "excel",
    entry: {
      functions: functionsEntry,
      ...(hasTaskpane ? { taskpane: { import: taskpaneEntry, dependOn: "functions" } } : {}),
    },
    output: { path: dist, filename: "[name].js", clean: false, uniqueName: "perfcheck_excel" },
    // functions.js is what the custom-functions runtime loads first: the minifier's options only shorten it.
    // pure_getters: a property read whose value is unused may be dropped; no code here reads a property for its side
    // effect (the lazy getters in rules/shared/rowFacts.ts only cache). toplevel/passes 3/ecma 2020/no wrapped
    // function args: shorter output. Nothing "unsafe_*" (unsafe_math would reorder money arithmetic).
    optimization: {
      minimizeOptions: {
        javascript: { ecma: 2020, toplevel: true, compress: { passes: 3, pure_getters: true }, format: { wrap_func_args: false } },
      },
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionsEntry }),
      new LocalizedMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template,
        chunks: hasTaskpane ? ["functions", "taskpane"] : ["functions"],
        chunksSortMode: "manual",
        inject: "head",
        scriptLoading: "defer",
      }),
      new OfficeScriptPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          // The manifests name https://localhost:3000/ (npm start); a deployment build points them at its base URL.
          { from: path.join(root, "manifest.xml"), to: "manifest.xml", transform: (buf) => rebase(buf.toString()) },
          // Older Excel (2016/2019/2021 volume-licensed): the task pane alone, ExcelApi 1.1.
          { from: path.join(root, "manifest-taskpane.xml"), to: "manifest-taskpane.xml", transform: (buf) => rebase(buf.toString()) },
          { from: path.join(root, "assets"), to: "assets", globOptions: { ignore: ["**/.*"] } },
          // Already minified by Microsoft: copied byte for byte (Terser must not rewrite them).
          ...OFFICE_FILES.map((f) => ({ from: path.join(officeDist, f), to: f, info: { minimized: true } })),
          // The pane's own static files (styles, images) when it has them.
          { from: "src/taskpane/**/*.{css,png,svg}", to: "[name][ext]", noErrorOnMissing: true, context: root },
        ],
      }),
    ],
  };
};
