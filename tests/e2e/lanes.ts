/**
 * How many test files the browser tests run side by side (`E2E_LANES`, 2 unless set). Each lane has
 * a stack of its own (tests/e2e/global-setup.ts) and one vitest worker. The tests spend most of
 * their time waiting for a page or a poll rather than computing, so two lanes on two cores take
 * little more than half the time one does.
 */
export const E2E_LANES = Math.max(1, Math.floor(Number(process.env.E2E_LANES ?? 2)) || 1);
