import type { PulseResult } from "@learning-loop/contract";
import { describe, expect, it } from "vitest";
import { completeScores, pulseMode } from "../../tabs/src/pulse/pulse-form";
import { pointX, scoreY, trendLines, withNumbers } from "../../tabs/src/pulse/pulse-trend";
import { pulse as pulseMessages } from "../../tabs/src/pulse/messages";

describe("the side panel's pulse form", () => {
  it("has scores to send only once every statement has a pick from 1 to 5", () => {
    expect(completeScores({})).toBeUndefined();
    expect(completeScores({ mistakes: 4, problems: 5, risk: 3, help: 4 })).toBeUndefined();
    expect(completeScores({ mistakes: 4, problems: 5, risk: 3, help: 4, valued: 6 })).toBeUndefined();
    expect(completeScores({ mistakes: 4, problems: 5, risk: 3, help: 4, valued: 2 })).toEqual({
      mistakes: 4,
      problems: 5,
      risk: 3,
      help: 4,
      valued: 2,
    });
  });

  it("asks while the pulse is open and unanswered, thanks after, offers owners a start, else shows nothing", () => {
    const open = (responded: boolean) => ({ pulse: { status: "open", responded }, canStart: false });
    expect(pulseMode(open(false), false)).toBe("ask");
    expect(pulseMode(open(true), false)).toBe("thanks");
    expect(pulseMode(open(true), true)).toBe("ask");
    expect(pulseMode({ pulse: { status: "closed", responded: true }, canStart: true }, false)).toBe("start");
    expect(pulseMode({ pulse: null, canStart: true }, false)).toBe("start");
    expect(pulseMode({ pulse: { status: "closed", responded: false }, canStart: false }, false)).toBe("none");
    expect(pulseMode(null, false)).toBe("none");
  });
});

describe("the pulse trend", () => {
  const result = (id: string, overall: number | null): PulseResult => ({
    id,
    openedAt: "2026-12-01T09:00:00.000Z",
    closedAt: overall === null ? null : "2026-12-08T09:00:00.000Z",
    status: overall === null ? "open" : "closed",
    enoughResponses: overall !== null,
    responseCount: overall === null ? null : 5,
    means: overall === null ? null : { mistakes: 4, problems: 3.5, risk: 3, help: 4.5, valued: overall },
    overall,
  });

  it("plots only pulses with numbers: one overall line and one per statement", () => {
    const pulses = [result("a", 3.2), result("b", null), result("c", 3.8)];
    expect(withNumbers(pulses).map((pulse) => pulse.id)).toEqual(["a", "c"]);
    const lines = trendLines(pulses);
    expect(lines.map((line) => line.key)).toEqual([
      "overall",
      "mistakes",
      "problems",
      "risk",
      "help",
      "valued",
    ]);
    expect(lines[0]?.values).toEqual([3.2, 3.8]);
    expect(lines[2]?.values).toEqual([3.5, 3.5]);
  });

  it("puts 5 at the top and 1 at the bottom, and a single pulse in the middle", () => {
    expect(scoreY(5, 100)).toBe(0);
    expect(scoreY(1, 100)).toBe(100);
    expect(scoreY(3, 100)).toBe(50);
    expect(pointX(0, 1, 300)).toBe(150);
    expect(pointX(2, 3, 300)).toBe(300);
  });

  it("asks the first of Edmondson's statements in her words", () => {
    expect(pulseMessages["pulse.statement.mistakes"]).toBe(
      "If you make a mistake on this team, it is not held against you.",
    );
  });
});
