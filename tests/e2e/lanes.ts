/**
 * How many test files the browser tests run side by side (`E2E_LANES`, 1 unless set). Each lane has
 * a stack of its own (tests/e2e/global-setup.ts) and one vitest worker. On the 2-core machine two
 * lanes take about 470 s where one takes about 620 s, but with two lanes a browser test has missed
 * a wait that passes with one (docs/testing.md, "Measurements"), so `npm test` keeps one lane.
 */
export const E2E_LANES = Math.max(1, Math.floor(Number(process.env.E2E_LANES ?? 1)) || 1);
