import type { RoundView } from "@learning-loop/contract";
import { describe, expect, it } from "vitest";
import { addDays, todayIn, weekStart, zonedTimeToInstant } from "@learning-loop/contract";
import { appendPage, timelineRows, weekOf } from "../../tabs/src/history/timeline-rows";

const round = (id: string, startedAt: string, answerCount = 0, experiments = 0): RoundView =>
  ({
    id,
    startedAt,
    answerCount,
    experiments: Array.from({ length: experiments }, (_, index) => ({ id: `${id}-e${index}` })),
  }) as unknown as RoundView;

describe("calendar days in a time zone", () => {
  it("puts an instant on the day it falls on there", () => {
    // 23:30 UTC on Sunday is already Monday in Berlin and still Sunday in New York.
    expect(todayIn("Europe/Berlin", "2026-03-01T23:30:00Z")).toBe("2026-03-02");
    expect(todayIn("America/New_York", "2026-03-01T23:30:00Z")).toBe("2026-03-01");
    expect(todayIn("Not/AZone", "2026-03-01T23:30:00Z")).toBe("2026-03-01");
  });

  it("finds the Monday of a week and moves by days across months and years", () => {
    expect(weekStart("2026-03-01")).toBe("2026-02-23");
    expect(weekStart("2026-03-02")).toBe("2026-03-02");
    expect(weekStart("2027-01-03")).toBe("2026-12-28");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });

  it("finds when a local day begins, across daylight-saving changes", () => {
    expect(zonedTimeToInstant("2026-01-15", "Europe/Berlin").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(zonedTimeToInstant("2026-07-15", "Europe/Berlin").toISOString()).toBe("2026-07-14T22:00:00.000Z");
    // The day the clocks go forward in Berlin still starts at local midnight (UTC+1).
    expect(zonedTimeToInstant("2026-03-29", "Europe/Berlin").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(zonedTimeToInstant("2026-11-01", "America/New_York", "09:30").toISOString()).toBe(
      "2026-11-01T14:30:00.000Z",
    );
    expect(zonedTimeToInstant("2026-06-01", "Asia/Kolkata").toISOString()).toBe("2026-05-31T18:30:00.000Z");
  });
});

describe("timeline rows", () => {
  it("groups rounds by week in the scope's time zone, with counts per week", () => {
    const rounds = [
      round("r4", "2026-03-09T08:00:00Z", 3, 1),
      // Sunday 23:30 UTC is Monday in Berlin: the week of 9 March there, the week of 2 March in UTC.
      round("r3", "2026-03-08T23:30:00Z", 2),
      round("r2", "2026-03-04T08:00:00Z", 1, 2),
      round("r1", "2026-02-27T08:00:00Z"),
    ];
    const rows = timelineRows(rounds, "Europe/Berlin");
    expect(rows.map((row) => (row.kind === "week" ? `week ${row.weekStart}` : row.round.id))).toEqual([
      "week 2026-03-09",
      "r4",
      "r3",
      "week 2026-03-02",
      "r2",
      "week 2026-02-23",
      "r1",
    ]);
    expect(rows[0]).toMatchObject({ counts: { rounds: 2, answers: 5, experiments: 1 } });
    expect(rows[3]).toMatchObject({ counts: { rounds: 1, answers: 1, experiments: 2 } });

    const utc = timelineRows(rounds, "UTC").filter((row) => row.kind === "week");
    expect(utc.map((row) => row.kind === "week" && row.counts.rounds)).toEqual([1, 2, 1]);
    expect(weekOf(rounds[1]!, "UTC")).toBe("2026-03-02");
  });

  it("appends pages without repeating a round", () => {
    const first = [round("a", "2026-03-09T08:00:00Z"), round("b", "2026-03-08T08:00:00Z")];
    const next = [
      round("b", "2026-03-08T08:00:00Z"),
      round("c", "2026-03-07T08:00:00Z"),
      round("c", "2026-03-07T08:00:00Z"),
    ];
    expect(appendPage(first, next).map((item) => item.id)).toEqual(["a", "b", "c"]);
  });
});
