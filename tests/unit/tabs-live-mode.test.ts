import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FIRST_RETRY_MS,
  MAX_RETRY_MS,
  initialLiveMode,
  isLive,
  nextLiveMode,
  rejoinDelay,
} from "../../tabs/src/live/live-mode";
import type { LiveEvent, LiveMode } from "../../tabs/src/live/live-mode";
import { parseSignal, signalForWrite, versionOf } from "../../tabs/src/live/live-signal";
import { LIVE_SAFETY_MS, nextPollDelay } from "../../tabs/src/side-panel/poll-schedule";
import type { PollSituation } from "../../tabs/src/side-panel/poll-schedule";

/** Plays events at the times given (an injected clock), returning every mode on the way. */
function play(steps: [at: number, event: LiveEvent][]): LiveMode[] {
  let mode = initialLiveMode(0);
  return steps.map(([at, event]) => (mode = nextLiveMode(mode, event, at)));
}

const situation: PollSituation = { roundOpen: true, hidden: false, idleMs: 0, failures: 0, suspended: false };
const pollDelay = (mode: LiveMode, change: Partial<PollSituation> = {}) =>
  nextPollDelay({ ...situation, ...change, live: isLive(mode) });

describe("live mode: when polling may slow to the safety net", () => {
  it("polls at today's pace until the channel connects, then every 15 s", () => {
    const joining = initialLiveMode(0);
    expect(pollDelay(joining)).toBe(1_000);
    const [live] = play([[1_200, { kind: "connected" }]]);
    expect(live).toEqual({ phase: "live", since: 1_200, failures: 0 });
    expect(pollDelay(live!)).toBe(LIVE_SAFETY_MS);
    expect(pollDelay(live!, { roundOpen: false })).toBe(LIVE_SAFETY_MS);
  });

  it("falls back to every second the moment the connection drops, and back when it returns", () => {
    const modes = play([
      [1_000, { kind: "connected" }],
      [60_000, { kind: "disconnected" }],
      [61_000, { kind: "joining" }],
      [62_000, { kind: "failed" }],
      [64_000, { kind: "joining" }],
      [64_500, { kind: "connected" }],
    ]);
    expect(modes.map((mode) => mode.phase)).toEqual(["live", "lost", "lost", "lost", "lost", "live"]);
    // Lost since the drop, however many rejoins follow; the banner says so all along.
    expect(modes[3]).toEqual({ phase: "lost", since: 60_000, failures: 2 });
    expect(modes.slice(1, 5).map((mode) => pollDelay(mode))).toEqual([1_000, 1_000, 1_000, 1_000]);
    expect(pollDelay(modes[5]!)).toBe(LIVE_SAFETY_MS);
    expect(modes[5]!.failures).toBe(0);
  });

  it("a failed first join is lost, not joining: the panel polls and says so", () => {
    const [failed] = play([[10_000, { kind: "failed" }]]);
    expect(failed).toEqual({ phase: "lost", since: 10_000, failures: 1 });
    expect(pollDelay(failed!)).toBe(1_000);
  });

  it("stays unavailable where the host has no Live Share (no meeting, mobile, guests)", () => {
    const modes = play([
      [0, { kind: "unavailable" }],
      [5_000, { kind: "failed" }],
      [6_000, { kind: "disconnected" }],
    ]);
    expect(modes.map((mode) => mode.phase)).toEqual(["unavailable", "unavailable", "unavailable"]);
    expect(pollDelay(modes[2]!)).toBe(1_000);
  });

  it("rejoins after 1 s, then backs off to at most 30 s", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(rejoinDelay)).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000,
    ]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000 }), (failures) => {
        const delay = rejoinDelay(failures);
        expect(delay).toBeGreaterThanOrEqual(FIRST_RETRY_MS);
        expect(delay).toBeLessThanOrEqual(MAX_RETRY_MS);
        expect(rejoinDelay(failures + 1)).toBeGreaterThanOrEqual(delay);
      }),
    );
  });

  it("never polls faster in live mode than without it, and never faster than every 15 s while live", () => {
    fc.assert(
      fc.property(
        fc.record({
          roundOpen: fc.boolean(),
          hidden: fc.boolean(),
          idleMs: fc.integer({ min: 0, max: 30 * 60_000 }),
          failures: fc.integer({ min: 0, max: 12 }),
          suspended: fc.boolean(),
        }),
        (base) => {
          const polling = nextPollDelay({ ...base, live: false });
          const live = nextPollDelay({ ...base, live: true });
          if (polling === null) {
            expect(live).toBeNull();
          } else {
            expect(live).not.toBeNull();
            expect(live!).toBeGreaterThanOrEqual(polling);
            expect(live!).toBeGreaterThanOrEqual(LIVE_SAFETY_MS);
          }
        },
      ),
    );
  });
});

describe("round signals: a round and a version, nothing else", () => {
  it("accepts only a round id and a version from the wire", () => {
    expect(parseSignal({ roundId: "r-1", version: 3 })).toEqual({ roundId: "r-1", version: 3 });
    expect(parseSignal({ roundId: "r-1", version: 3, text: "secret" })).toEqual({
      roundId: "r-1",
      version: 3,
    });
    for (const bad of [
      null,
      "r",
      { roundId: "r" },
      { roundId: "../x", version: 1 },
      { roundId: "r", version: -1 },
    ]) {
      expect(parseSignal(bad)).toBeNull();
    }
    expect(parseSignal({ roundId: "current", version: 1 })).toBeNull();
  });

  it("reads the version from the round's per-viewer ETag", () => {
    expect(versionOf('"12-AbCdEfGh"')).toBe(12);
    expect(versionOf('W/"7-x"')).toBe(7);
    expect(versionOf('"abc"')).toBeNull();
    expect(versionOf(null)).toBeNull();
  });

  it("names the round a write changed: exact for round writes, one past the known version for answers", () => {
    const known = (id: string) => (id === "r1" ? 4 : null);
    const round = { id: "r1", status: "open" };
    expect(
      signalForWrite("scopes/team%3Ax/rounds", { etag: '"1-v"', data: { ...round, id: "r9" } }, known),
    ).toEqual({
      roundId: "r9",
      version: 1,
    });
    expect(signalForWrite("scopes/team%3Ax/rounds/r1/close", { etag: '"9-v"', data: round }, known)).toEqual({
      roundId: "r1",
      version: 9,
    });
    const answer = { etag: '"1"', data: { id: "a1", roundId: "r1" } };
    expect(signalForWrite("scopes/team%3Ax/rounds/r1/answers", answer, known)).toEqual({
      roundId: "r1",
      version: 5,
    });
    expect(
      signalForWrite(
        "scopes/team%3Ax/rounds/r1/answers/a1/reactions/thanks",
        { etag: null, data: undefined },
        known,
      ),
    ).toEqual({
      roundId: "r1",
      version: 5,
    });
    expect(signalForWrite("scopes/team%3Ax/rounds/r2/answers/a1", answer, known)).toEqual({
      roundId: "r2",
      version: 1,
    });
    // Writes that change no round send nothing.
    expect(
      signalForWrite("scopes/team%3Ax/rounds/r1/nudge", { etag: null, data: undefined }, known),
    ).toBeNull();
    expect(signalForWrite("scopes/team%3Ax/settings", { etag: null, data: {} }, known)).toBeNull();
    expect(signalForWrite("scopes/team%3Ax/experiments", { etag: null, data: {} }, known)).toBeNull();
  });
});
