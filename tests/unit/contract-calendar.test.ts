import {
  addDays,
  historyDeepLink,
  HISTORY_ENTITY_ID,
  todayIn,
  weekStart,
  zonedTimeToInstant,
} from "@learning-loop/contract";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const ZONES = [
  "UTC",
  "Europe/Berlin",
  "America/New_York",
  "Asia/Kolkata",
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
];
const dates = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe("the shared calendar (contract)", () => {
  it("dates an instant given as a Date or as an ISO string alike", () => {
    expect(todayIn("Asia/Kolkata", "2026-03-01T20:00:00Z")).toBe("2026-03-02");
    expect(todayIn("Asia/Kolkata", new Date("2026-03-01T20:00:00Z"))).toBe("2026-03-02");
  });

  it("falls back to UTC for an unknown zone, in both directions", () => {
    expect(todayIn("Not/AZone", new Date("2026-03-01T23:30:00Z"))).toBe("2026-03-01");
    expect(zonedTimeToInstant("2026-03-01", "Not/AZone", "09:30").toISOString()).toBe(
      "2026-03-01T09:30:00.000Z",
    );
  });

  it("puts the start of a local day back on that day, in every zone", () => {
    fc.assert(
      fc.property(dates, fc.constantFrom(...ZONES), (date, zone) => {
        const start = zonedTimeToInstant(date, zone);
        expect(todayIn(zone, start)).toBe(date);
        // One millisecond earlier is still the day before.
        expect(todayIn(zone, new Date(start.getTime() - 1))).toBe(addDays(date, -1));
      }),
    );
  });

  it("starts every week on a Monday at most six days back", () => {
    fc.assert(
      fc.property(dates, (date) => {
        const monday = weekStart(date);
        expect(new Date(`${monday}T00:00:00Z`).getUTCDay()).toBe(1);
        const back = (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${monday}T00:00:00Z`)) / 86_400_000;
        expect(back).toBeGreaterThanOrEqual(0);
        expect(back).toBeLessThanOrEqual(6);
      }),
    );
  });

  it("places a wall-clock time on the day the clocks change", () => {
    // Berlin goes from UTC+1 to UTC+2 at 02:00 on 2026-03-29: 09:30 is already summer time.
    expect(zonedTimeToInstant("2026-03-29", "Europe/Berlin", "09:30").toISOString()).toBe(
      "2026-03-29T07:30:00.000Z",
    );
    expect(zonedTimeToInstant("2026-10-25", "Europe/Berlin", "09:30").toISOString()).toBe(
      "2026-10-25T08:30:00.000Z",
    );
  });
});

describe("the shared deep link to the history tab (contract)", () => {
  it("names the tab by the entity id the configuration page saves", () => {
    expect(historyDeepLink("app", "round-1")).toBe(
      `https://teams.microsoft.com/l/entity/app/${HISTORY_ENTITY_ID}?context=` +
        encodeURIComponent(JSON.stringify({ subEntityId: "round-1" })),
    );
  });

  it("opens a channel's tab without a round, and the bare tab without either", () => {
    expect(historyDeepLink("app", null, "19:general@thread.skype")).toBe(
      `https://teams.microsoft.com/l/entity/app/${HISTORY_ENTITY_ID}?context=` +
        encodeURIComponent(JSON.stringify({ channelId: "19:general@thread.skype" })),
    );
    expect(historyDeepLink("app", null, null)).toBe(
      `https://teams.microsoft.com/l/entity/app/${HISTORY_ENTITY_ID}`,
    );
  });

  it("escapes the app id", () => {
    expect(historyDeepLink("a/b", null)).toBe(
      `https://teams.microsoft.com/l/entity/a%2Fb/${HISTORY_ENTITY_ID}`,
    );
  });
});
