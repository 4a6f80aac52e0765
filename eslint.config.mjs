import js from "@eslint/js";
import tseslint from "typescript-eslint";

// Two entries: the index, and src/engine/profiles for loading a user's profile (the zod validator), kept out of the index
// so that a start-up checking with a built-in profile loads no validator (the CLI's cold start).
const ENGINE_BY_INDEX = {
  group: ["**/engine/*", "!**/engine/profiles"],
  message: "Import the engine from its index (src/engine/index.ts), or src/engine/profiles to load a user's profile: export what a shell needs there.",
};

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
    // Shells see the engine through its index only, so its inside can move without touching them.
    files: ["src/**/*.ts"],
    ignores: ["src/engine/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [ENGINE_BY_INDEX] }],
    },
  },
  {
    // Host adapters are below the shells that use them (pane, WPS add-in, functions): they import none of them.
    files: ["src/hosts/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [ENGINE_BY_INDEX, { group: ["**/wps/*", "**/taskpane/*", "**/functions/*", "**/checker/*", "**/cli/*"], message: "src/hosts is imported by the shells, never the reverse." }] }],
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
