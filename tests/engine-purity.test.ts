import * as fs from "fs";
import * as path from "path";

// The engine must not reach a host, the DOM or Node: every shell adapts to it, never the reverse.
const engineDir = path.join(__dirname, "..", "src", "engine");

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []));
}

const FORBIDDEN_MODULE = /^(fs|path|os|url|http|https|child_process|node:.*|exceljs|@microsoft\/.*|office-.*|playwright.*|jszip)$/;
const FORBIDDEN_GLOBAL = /\b(window|document|Office|Excel|wps|process|require)\s*[.(]/;

describe("src/engine stays pure", () => {
  const files = walk(engineDir);
  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(5);
  });
  it.each(files.map((f) => [path.relative(engineDir, f), f]))("%s imports only the engine, zod (or zod/mini) and relative modules", (_rel, file) => {
    const src = fs.readFileSync(file, "utf8");
    const imports = [...src.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]);
    for (const spec of imports) {
      expect(spec.startsWith(".") || spec === "zod" || spec === "zod/mini").toBe(true);
      expect(FORBIDDEN_MODULE.test(spec)).toBe(false);
    }
    const code = src.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
    expect(code).not.toMatch(FORBIDDEN_GLOBAL);
  });
});
