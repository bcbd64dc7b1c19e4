// One flat config for the monorepo. Layering rules live here so they are enforced, not just documented.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/dist/**", "**/.next/**", "**/.next-*/**", "artifacts/**", "**/generated/**", "**/.turbo/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-restricted-imports": ["error", { patterns: [{ group: ["@throtl/*/src/*"], message: "Import a package through its exports map, never its src/." }] }],
    },
  },
  {
    // The simulator is a pure library: no IO, no clocks, no environment.
    files: ["packages/simulator/src/**/*.ts"],
    ignores: ["packages/simulator/src/cli/**", "**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["node:*", "fs", "http", "net"], message: "packages/simulator is pure: IO belongs in its cli/ or in apps/." }] }],
      "no-restricted-globals": ["error", "process", "fetch", "setTimeout", "setInterval", "performance"],
      "no-restricted-properties": ["error", { object: "Date", property: "now" }, { object: "Math", property: "random", message: "Use the seeded rng." }],
    },
  },
  {
    // Insights are pure: no IO, no clocks (the time is an argument), no environment. This block
    // replaces the shared no-restricted-imports, so it repeats the exports-map pattern.
    files: ["packages/insights/src/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { group: ["node:*", "fs", "http", "net"], message: "packages/insights is pure: IO belongs in the loaders." },
        { group: ["@throtl/*/src/*"], message: "Import a package through its exports map, never its src/." },
      ] }],
      "no-restricted-globals": ["error", "process", "fetch", "setTimeout", "setInterval", "performance"],
      "no-restricted-properties": ["error", { object: "Date", property: "now" }, { object: "Math", property: "random", message: "Insights are deterministic." }],
      "no-restricted-syntax": ["error", { selector: "NewExpression[callee.name='Date']", message: "No clock reads: take the time as an argument." }],
    },
  },
  {
    // Comparison is pure: no IO, no clock reads, no environment; seeded randomness only.
    files: ["packages/compare/src/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { group: ["node:*", "fs", "http", "net"], message: "packages/compare is pure: IO belongs in packages/db and the loaders." },
        { group: ["@throtl/*/src/*"], message: "Import a package through its exports map, never its src/." },
      ] }],
      "no-restricted-globals": ["error", "process", "fetch", "setTimeout", "setInterval", "performance"],
      "no-restricted-properties": ["error", { object: "Date", property: "now" }, { object: "Math", property: "random", message: "Use the seeded generator." }],
    },
  },
  {
    // The panel reads its environment in one place, validated (src/env.ts).
    files: ["apps/web/src/**/*.ts", "apps/web/src/**/*.tsx"],
    ignores: ["apps/web/src/env.ts", "**/*.test.ts"],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read the environment in apps/web/src/env.ts only (zod-validated)." }],
    },
  },
);
