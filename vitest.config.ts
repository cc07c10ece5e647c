import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
        },
      },
      {
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/integration/global-setup.ts"],
          // The files share one worker's modules instead of each importing the API afresh (imports
          // took a third of this project's time). They share nothing else: each starts its own API
          // on a database of its own, and restores what it spies on.
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/e2e/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser at a time: the machine has two cores and the tests share one stack.
          fileParallelism: false,
          // The files share one worker's modules (Playwright, the API's code for the files with an
          // API of their own) instead of importing them afresh each; each opens its own contexts.
          isolate: false,
        },
      },
    ],
  },
});
