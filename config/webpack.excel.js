// PLACEHOLDER — the excel shell's build. Replaced by the issue that builds it.
const path = require("path");
const { root, common } = require("./webpack.common.js");

module.exports = (mode) => ({
  ...common(mode),
  name: "excel",
  entry: { "excel-placeholder": path.join(root, "src/engine/index.ts") },
  output: { path: path.join(root, "dist/.placeholder"), filename: "[name].js", clean: false },
});
