import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ACTIVE_ROUND_MS,
  HIDDEN_ROUND_MS,
  IDLE_AFTER_MS,
  IDLE_ROUND_MS,
  IDLE_WAITING_MS,
  LONG_IDLE_AFTER_MS,
  LONG_IDLE_ROUND_MS,
  MAX_FAILURE_MS,
  WAITING_FOR_ROUND_MS,
  nextPollDelay,
} from "../../tabs/src/side-panel/poll-schedule";
import type { PollSituation } from "../../tabs/src/side-panel/poll-schedule";

const base: PollSituation = { roundOpen: true, hidden: false, idleMs: 0, failures: 0, suspended: false };
const delay = (change: Partial<PollSituation>) => nextPollDelay({ ...base, ...change });

describe("poll schedule", () => {
  it("polls every second while someone looks at an open round, so answers arrive within 2 s", () => {
    expect(delay({})).toBe(ACTIVE_ROUND_MS);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: IDLE_AFTER_MS - 1 }), (idleMs) => {
        expect(delay({ idleMs })! + 1_000).toBeLessThanOrEqual(2_000);
      }),
    );
  });

  it("backs off when the person is idle, and further after a long while", () => {
    expect(delay({ idleMs: IDLE_AFTER_MS })).toBe(IDLE_ROUND_MS);
    expect(delay({ idleMs: LONG_IDLE_AFTER_MS })).toBe(LONG_IDLE_ROUND_MS);
  });

  it("slows right down when hidden, and stops looking for new rounds there", () => {
    expect(delay({ hidden: true })).toBe(HIDDEN_ROUND_MS);
    expect(delay({ hidden: true, roundOpen: false })).toBeNull();
  });

  it("looks for a new round now and then when nothing is open, and stops after a long idle spell", () => {
    expect(delay({ roundOpen: false })).toBe(WAITING_FOR_ROUND_MS);
    expect(delay({ roundOpen: false, idleMs: IDLE_AFTER_MS })).toBe(IDLE_WAITING_MS);
    expect(delay({ roundOpen: false, idleMs: LONG_IDLE_AFTER_MS })).toBeNull();
  });

  it("stops while Teams keeps the panel cached away", () => {
    expect(delay({ suspended: true })).toBeNull();
    expect(delay({ suspended: true, roundOpen: false })).toBeNull();
  });

  it("ignores idleness on the meeting stage, which nobody touches", () => {
    expect(delay({ ignoreIdle: true, idleMs: LONG_IDLE_AFTER_MS })).toBe(ACTIVE_ROUND_MS);
  });

  it("backs off exponentially after failures, capped, and never gets faster with more failures", () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((failures) => delay({ failures }))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000,
    ]);
    fc.assert(
      fc.property(
        fc.record({
          roundOpen: fc.boolean(),
          hidden: fc.boolean(),
          idleMs: fc.integer({ min: 0, max: 2 * LONG_IDLE_AFTER_MS }),
          failures: fc.integer({ min: 0, max: 40 }),
          suspended: fc.constant(false),
        }),
        (situation) => {
          const now = nextPollDelay(situation);
          const worse = nextPollDelay({ ...situation, failures: situation.failures + 1 });
          if (now === null) {
            expect(worse).toBeNull();
          } else {
            expect(worse).not.toBeNull();
            expect(worse!).toBeGreaterThanOrEqual(now);
            expect(worse!).toBeLessThanOrEqual(Math.max(MAX_FAILURE_MS, LONG_IDLE_ROUND_MS, IDLE_WAITING_MS));
          }
        },
      ),
    );
  });
});
