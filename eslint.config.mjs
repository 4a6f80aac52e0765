import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "lib/**", "node_modules/**", "artifacts/**", "tests/fixtures/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "off",
    },
  },
  {
    // The engine is pure: no host, DOM or Node modules (the shells adapt).
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["fs", "path", "node:*", "exceljs", "@microsoft/*", "office-*", "playwright*"] }],
      "no-restricted-globals": ["error", "window", "document", "Office", "Excel", "wps", "process", "require"],
    },
  },
);
