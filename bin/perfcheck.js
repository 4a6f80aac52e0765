#!/usr/bin/env node
// Thin launcher: the CLI is compiled to lib/ by `npm run build:node` (run by `prepare` on npm ci).
"use strict";
const path = require("path");
let main;
try {
  main = require(path.join(__dirname, "..", "lib", "cli", "main.js")).main;
} catch (e) {
  process.stderr.write("perfcheck：未找到已编译的命令行程序，请先运行 npm run build:node\n");
  process.exit(2);
}
main(process.argv.slice(2)).then((code) => process.exit(code), (e) => {
  process.stderr.write("perfcheck：内部错误：" + (e && e.message ? e.message : String(e)) + "\n");
  process.exit(2);
});
