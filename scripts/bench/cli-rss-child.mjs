// Child process of scripts/bench.mjs: runs `perfcheck check …` (the compiled lib/cli/main.js, exactly what
// bin/perfcheck.js runs) with the arguments given and, once it is done, prints this process's peak RSS as one JSON
// line on stderr. Worker threads live in the same process, so their memory is counted. The parent sends stdout to
// /dev/null: the report is produced and written, not kept.
import path from "node:path";
import process from "node:process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const { main } = require(path.join(root, "lib", "cli", "main.js"));
const code = await main(process.argv.slice(2));
process.stderr.write("\n" + JSON.stringify({ exit: code, max_rss_mb: process.resourceUsage().maxRSS / 1024 }) + "\n");
