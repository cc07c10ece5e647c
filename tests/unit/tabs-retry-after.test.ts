import { describe, expect, it } from "vitest";
import { isBusy, retryAfterMs } from "../../tabs/src/api/retry-after";
import { ApiError } from "../../tabs/src/auth/api-error";
import { classifyFailure } from "../../tabs/src/outbox/outbox-queue";
import type { OutboxEntry } from "../../tabs/src/outbox/outbox-queue";
import { ACTIVE_ROUND_MS, nextPollDelay, wakeDelay } from "../../tabs/src/side-panel/poll-schedule";
import { connectionNotice } from "../../tabs/src/side-panel/round-logic";
import { t } from "../../tabs/src/i18n/i18n";

const problem = (status: number) => ({ type: "about:blank", title: "x", status });
const busy = new ApiError(429, problem(429), { retryAfterSeconds: 12 });

describe("the tab honours Retry-After", () => {
  it("reads the wait from a 429 or a 503 only", () => {
    expect(retryAfterMs(busy)).toBe(12_000);
    expect(retryAfterMs(new ApiError(503, problem(503), { retryAfterSeconds: 5 }))).toBe(5_000);
    expect(retryAfterMs(new ApiError(429, problem(429)))).toBe(0);
    expect(retryAfterMs(new ApiError(400, problem(400), { retryAfterSeconds: 5 }))).toBe(0);
    expect(retryAfterMs(new TypeError("Failed to fetch"))).toBe(0);
    expect(isBusy(busy)).toBe(true);
    expect(isBusy(new ApiError(503, problem(503)))).toBe(false);
  });

  it("the poller waits at least Retry-After after a failed poll, and polls at its cadence otherwise", () => {
    const open = { roundOpen: true, hidden: false, idleMs: 0, suspended: false };
    expect(nextPollDelay({ ...open, failures: 0 })).toBe(ACTIVE_ROUND_MS);
    expect(nextPollDelay({ ...open, failures: 1 })).toBe(2_000);
    expect(nextPollDelay({ ...open, failures: 1, retryAfterMs: 12_000 })).toBe(12_000);
    // Longer than the failure cap too: the API's word wins.
    expect(nextPollDelay({ ...open, failures: 1, retryAfterMs: 90_000 })).toBe(90_000);
    // A short Retry-After does not shorten the backoff.
    expect(nextPollDelay({ ...open, failures: 3, retryAfterMs: 1_000 })).toBe(8_000);
    // Woken early (the person clicks, the panel shows again): still not before Retry-After ran out.
    expect(wakeDelay(10_000 + 12_000, 10_000)).toBe(12_000);
    expect(wakeDelay(10_000 + 12_000, 30_000)).toBe(0);
    expect(wakeDelay(0, 30_000)).toBe(0);
    // Nothing to poll (hidden, no round): still nothing.
    expect(
      nextPollDelay({ ...open, roundOpen: false, hidden: true, failures: 1, retryAfterMs: 5_000 }),
    ).toBeNull();
  });

  it("the outbox keeps a limited answer pending (busy), with the API's wait", () => {
    expect(classifyFailure(busy)).toEqual({
      failure: { kind: "busy" },
      permanent: false,
      retryAfterMs: 12_000,
    });
    expect(classifyFailure(new ApiError(503, problem(503), { retryAfterSeconds: 5 }))).toMatchObject({
      failure: { kind: "unavailable" },
      permanent: false,
      retryAfterMs: 5_000,
    });
    expect(classifyFailure(new ApiError(400, problem(400), { retryAfterSeconds: 5 }))).toMatchObject({
      permanent: true,
      retryAfterMs: 0,
    });
  });

  it("the banner says a calm 'busy' sentence, in English and German", async () => {
    const entry = (failure: OutboxEntry["failure"]): OutboxEntry => ({
      id: "a",
      scope: "team:dev-team",
      roundId: "r",
      text: "x",
      mode: null,
      anonymous: false,
      createdAt: 0,
      attempts: 1,
      nextAttemptAt: 0,
      state: "pending",
      failure,
    });
    expect(
      connectionNotice({ online: true, pollFailures: 1, pollBusy: true, entries: [], durable: true }),
    ).toEqual({
      kind: "busy",
      waiting: 0,
    });
    expect(
      connectionNotice({ online: true, pollFailures: 0, entries: [entry({ kind: "busy" })], durable: true }),
    ).toEqual({ kind: "busy", waiting: 1 });
    expect(
      connectionNotice({ online: false, pollFailures: 1, pollBusy: true, entries: [], durable: true }).kind,
    ).toBe("offline");
    expect(t("connection.busy")).toMatch(/busy/);
    expect(t("connection.busyWaiting", { count: 2 })).toMatch(/^2 answers are saved/);
  });
});
