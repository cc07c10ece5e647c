import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SIGNAL_REPEAT_MS, sendRoundSignal, setSender } from "../../tabs/src/live/live-status";
import type { RoundSignal } from "../../tabs/src/live/live-signal";

describe("a round signal", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    setSender(null);
    vi.useRealTimers();
  });

  it("goes out at once and once more after SIGNAL_REPEAT_MS, in case the first was lost", () => {
    const sent: RoundSignal[] = [];
    setSender((signal) => sent.push(signal));
    const signal = { roundId: "round-1", version: 4 };
    sendRoundSignal(signal);
    expect(sent).toEqual([signal]);
    vi.advanceTimersByTime(SIGNAL_REPEAT_MS - 1);
    expect(sent).toEqual([signal]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([signal, signal]);
    vi.advanceTimersByTime(60_000);
    expect(sent).toHaveLength(2);
  });

  it("is repeated through whatever channel is live then, and not at all while none is", () => {
    const first: RoundSignal[] = [];
    const second: RoundSignal[] = [];
    setSender((signal) => first.push(signal));
    sendRoundSignal({ roundId: "round-2", version: 1 });
    // The connection dropped and came back with a new sender before the repeat.
    setSender((signal) => second.push(signal));
    vi.advanceTimersByTime(SIGNAL_REPEAT_MS);
    expect([first.length, second.length]).toEqual([1, 1]);

    setSender(null);
    sendRoundSignal({ roundId: "round-2", version: 2 });
    vi.advanceTimersByTime(SIGNAL_REPEAT_MS);
    expect([first.length, second.length]).toEqual([1, 1]);
  });
});
