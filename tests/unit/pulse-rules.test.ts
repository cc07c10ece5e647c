import { PULSE_MINIMUM_RESPONSES, PULSE_STATEMENTS, pulseScoresSchema } from "@learning-loop/contract";
import type { PulseScores } from "@learning-loop/contract";
import { describe, expect, it } from "vitest";
import {
  aggregatePulse,
  closesAtFor,
  midnightIn,
  monthIn,
  nextPulseStart,
  pulseClosedAt,
  pulseStatus,
  startOfNextMonth,
  visibleCount,
} from "../../api/src/pulse/pulse-rules";
import type { PulseTimes } from "../../api/src/pulse/pulse-rules";

const all = (score: number): PulseScores =>
  Object.fromEntries(PULSE_STATEMENTS.map((id) => [id, score])) as PulseScores;

const pulse = (openedAt: string, month: string, closedAt: string | null = null): PulseTimes => ({
  month,
  openedAt,
  closesAt: closesAtFor(new Date(openedAt)),
  closedAt,
});

describe("pulse aggregation", () => {
  it("shows no numbers below five responses, even when closed", () => {
    const four = aggregatePulse([all(5), all(4), all(3), all(2)], "closed");
    expect(four).toEqual({ enoughResponses: false, responseCount: null, means: null, overall: null });
  });

  it("shows no numbers while the pulse is open, however many answered", () => {
    const open = aggregatePulse([all(5), all(4), all(3), all(2), all(1), all(1)], "open");
    expect(open).toEqual({ enoughResponses: true, responseCount: null, means: null, overall: null });
  });

  it("gives each statement's mean and the overall mean, to one decimal, from five closed responses", () => {
    const scores: PulseScores[] = [
      { mistakes: 5, problems: 4, risk: 3, help: 5, valued: 2 },
      { mistakes: 4, problems: 4, risk: 2, help: 5, valued: 3 },
      { mistakes: 4, problems: 3, risk: 3, help: 4, valued: 3 },
      { mistakes: 3, problems: 5, risk: 1, help: 5, valued: 4 },
      { mistakes: 5, problems: 4, risk: 2, help: 4, valued: 2 },
    ];
    const result = aggregatePulse(scores, "closed");
    expect(result.enoughResponses).toBe(true);
    expect(result.responseCount).toBe(5);
    expect(result.means).toEqual({ mistakes: 4.2, problems: 4, risk: 2.2, help: 4.6, valued: 2.8 });
    // 89 points over 25 scores = 3.56.
    expect(result.overall).toBe(3.6);
  });

  it("rounds halves up without floating-point slips", () => {
    // 49 / 20 = 2.45 exactly; a naive 2.45 * 10 is 24.499999… and would round down.
    const scores = [...Array<PulseScores>(11).fill(all(2)), ...Array<PulseScores>(9).fill(all(3))];
    const result = aggregatePulse(scores, "closed");
    expect(result.means?.risk).toBe(2.5);
    expect(result.overall).toBe(2.5);
  });

  it("takes the overall mean over every score, not over the rounded means", () => {
    const scores: PulseScores[] = [
      { mistakes: 1, problems: 1, risk: 1, help: 1, valued: 2 },
      ...Array<PulseScores>(4).fill(all(1)),
      { mistakes: 1, problems: 1, risk: 1, help: 1, valued: 2 },
    ];
    const result = aggregatePulse(scores, "closed");
    // valued: 8 / 6 = 1.333 → 1.3; overall: 32 / 30 = 1.0667 → 1.1.
    expect(result.means?.valued).toBe(1.3);
    expect(result.overall).toBe(1.1);
  });

  it("hides a count below the minimum", () => {
    expect(visibleCount(0)).toBeNull();
    expect(visibleCount(PULSE_MINIMUM_RESPONSES - 1)).toBeNull();
    expect(visibleCount(PULSE_MINIMUM_RESPONSES)).toBe(5);
  });
});

describe("pulse scores", () => {
  it("needs every statement, as a whole number from 1 to 5", () => {
    expect(pulseScoresSchema.safeParse(all(3)).success).toBe(true);
    const fields = (value: unknown) =>
      pulseScoresSchema.safeParse(value).error?.issues.map((issue) => issue.path.join(".")) ?? [];
    expect(fields({ ...all(3), risk: 6 })).toEqual(["risk"]);
    expect(fields({ ...all(3), help: 2.5 })).toEqual(["help"]);
    expect(fields({ ...all(3), valued: "4" })).toEqual(["valued"]);
    const { mistakes: _left, ...missing } = all(3);
    expect(fields(missing)).toEqual(["mistakes"]);
    expect(pulseScoresSchema.safeParse({ ...all(3), extra: 1 }).success).toBe(false);
  });
});

describe("pulse open and closed", () => {
  const opened = "2026-12-01T09:00:00.000Z";

  it("stays open seven days, then counts as closed", () => {
    const doc = pulse(opened, "2026-12");
    expect(doc.closesAt).toBe("2026-12-08T09:00:00.000Z");
    expect(pulseStatus(doc, new Date("2026-12-08T08:59:59Z"))).toBe("open");
    expect(pulseStatus(doc, new Date("2026-12-08T09:00:00Z"))).toBe("closed");
    expect(pulseClosedAt(doc, new Date("2026-12-05T00:00:00Z"))).toBeNull();
    expect(pulseClosedAt(doc, new Date("2026-12-09T00:00:00Z"))).toBe(doc.closesAt);
  });

  it("is closed from the moment an owner closes it", () => {
    const doc = pulse(opened, "2026-12", "2026-12-03T10:00:00.000Z");
    expect(pulseStatus(doc, new Date("2026-12-03T11:00:00Z"))).toBe("closed");
    expect(pulseClosedAt(doc, new Date("2026-12-03T11:00:00Z"))).toBe("2026-12-03T10:00:00.000Z");
  });
});

describe("once a month per scope, in the scope's time zone", () => {
  it("dates the month in the scope's time zone", () => {
    const instant = new Date("2026-11-30T23:30:00Z");
    expect(monthIn("UTC", instant)).toBe("2026-11");
    expect(monthIn("Europe/Berlin", instant)).toBe("2026-12");
    expect(monthIn("America/Los_Angeles", new Date("2027-01-01T05:00:00Z"))).toBe("2026-12");
  });

  it("finds local midnight, across daylight saving time", () => {
    expect(midnightIn("UTC", "2026-12-01").toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect(midnightIn("Europe/Berlin", "2027-01-01").toISOString()).toBe("2026-12-31T23:00:00.000Z");
    expect(midnightIn("Europe/Berlin", "2026-07-01").toISOString()).toBe("2026-06-30T22:00:00.000Z");
    expect(midnightIn("America/New_York", "2026-04-01").toISOString()).toBe("2026-04-01T04:00:00.000Z");
    expect(startOfNextMonth("Asia/Kolkata", "2026-12").toISOString()).toBe("2026-12-31T18:30:00.000Z");
  });

  it("lets a pulse start when none started this month and none is open", () => {
    const now = new Date("2026-12-20T10:00:00Z");
    expect(nextPulseStart([], "UTC", now)).toBeNull();
    expect(nextPulseStart([pulse("2026-11-02T10:00:00.000Z", "2026-11")], "UTC", now)).toBeNull();
  });

  it("refuses a second pulse in the same month until the next month starts there", () => {
    const now = new Date("2026-12-20T10:00:00Z");
    const earlier = pulse("2026-12-01T10:00:00.000Z", "2026-12");
    expect(nextPulseStart([earlier], "UTC", now)).toBe("2027-01-01T00:00:00.000Z");
    expect(nextPulseStart([earlier], "Europe/Berlin", now)).toBe("2026-12-31T23:00:00.000Z");
  });

  it("counts the month where the team is: a pulse on 30 November in UTC is December's in Berlin", () => {
    // Opened at 23:30 UTC on 30 November: 00:30 on 1 December in Berlin.
    const lateNovember = pulse("2026-11-30T23:30:00.000Z", "2026-12");
    const midDecember = new Date("2026-12-15T12:00:00Z");
    expect(nextPulseStart([lateNovember], "Europe/Berlin", midDecember)).toBe("2026-12-31T23:00:00.000Z");
    // The same pulse, for a team in UTC, was November's: December is free once it has closed.
    expect(nextPulseStart([{ ...lateNovember, month: "2026-11" }], "UTC", midDecember)).toBeNull();
  });

  it("never starts one while another is open, even across a month's end", () => {
    const open = pulse("2026-11-28T10:00:00.000Z", "2026-11");
    expect(nextPulseStart([open], "UTC", new Date("2026-12-02T10:00:00Z"))).toBe(open.closesAt);
    expect(nextPulseStart([open], "UTC", new Date("2026-12-05T10:00:00Z"))).toBeNull();
  });
});
