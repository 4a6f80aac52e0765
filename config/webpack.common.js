const path = require("path");

const root = path.resolve(__dirname, "..");

/** Shared TypeScript settings for every browser bundle. */
function common(mode) {
  return {
    mode,
    devtool: mode === "production" ? false : "source-map",
    context: root,
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, configFile: path.join(root, "tsconfig.json") } } },
        // The engine is pure (tests/engine-purity.test.ts): a module of it whose exports a bundle does not use is left
        // out, e.g. the template catalogue from the custom functions, which only the task pane inserts.
        { test: /[\\/]src[\\/]engine[\\/]/, sideEffects: false },
      ],
    },
    performance: { hints: false },
    stats: "errors-warnings",
  };
}

module.exports = { root, common };
