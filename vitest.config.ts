import { defineConfig } from "vitest/config";
import { E2E_LANES } from "./tests/e2e/lanes";

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
          // One file per lane at a time: each lane has a stack of its own (tests/e2e/lanes.ts).
          maxWorkers: E2E_LANES,
          // The files share one worker's modules (Playwright, the API's code for the files with an
          // API of their own) instead of importing them afresh each; each opens its own contexts.
          isolate: false,
        },
      },
    ],
  },
});
