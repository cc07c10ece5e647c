/**
 * How many test files the browser tests run side by side (`E2E_LANES`, 2 unless set). Each lane has
 * a stack of its own (tests/e2e/global-setup.ts) and one vitest worker. On the 2-core machine two
 * lanes take 474 s where one takes about 620 s (docs/testing.md, "Measurements"); `E2E_LANES=1`
 * runs one file at a time.
 */
export const E2E_LANES = Math.max(1, Math.floor(Number(process.env.E2E_LANES ?? 2)) || 1);
