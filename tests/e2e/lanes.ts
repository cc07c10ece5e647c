/**
 * How many test files the browser tests run side by side (`E2E_LANES`, 1 unless set). Each lane has
 * a stack of its own (tests/e2e/global-setup.ts) and one vitest worker. With two lanes the suite
 * takes little more than half the time (433 s against about 650 s on the 2-core machine), but under
 * CI's load two of three runs had one browser test miss a 5 s or 15 s wait, so `npm test` keeps
 * one lane until those waits no longer depend on a quiet CPU (docs/testing.md, "Measurements").
 */
export const E2E_LANES = Math.max(1, Math.floor(Number(process.env.E2E_LANES ?? 1)) || 1);
