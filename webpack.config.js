/* eslint-disable @typescript-eslint/no-require-imports */
// One build, several shells over one engine. Each shell's webpack config lives in config/:
//   config/webpack.excel.js   → dist/            (manifest.xml, taskpane.html, functions.js + functions.json, commands)
//   config/webpack.wps.js     → dist/wps/        (WPS JS add-in: manifest.xml, ribbon.xml, index.html, functions.json)
//   config/webpack.checker.js → dist/index.html  (local web checker, the landing page of `npm start`)
module.exports = (env, argv) => {
  const mode = (argv && argv.mode) || "production";
  return [require("./config/webpack.excel.js"), require("./config/webpack.wps.js"), require("./config/webpack.checker.js")].map((make) => make(mode));
};
