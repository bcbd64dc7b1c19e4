// Browser smoke tests against the built panel (`npm run test:e2e` at the root builds first).
// Kept out of `npm test`: they need a production build and Chromium.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // The app folder, whichever directory vitest is started from.
  root: fileURLToPath(new URL(".", import.meta.url)),
  test: {
    include: ["e2e/**/*.e2e.ts"],
    testTimeout: 150_000,
    hookTimeout: 120_000,
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
  },
});
