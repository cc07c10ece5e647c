import { describe, expect, it } from "vitest";
import { addDays, todayIn } from "@learning-loop/contract";
import { dueOnFor, isDue } from "../../api/src/experiments/check-back";

describe("todayIn", () => {
  const instant = new Date("2026-03-01T10:30:00Z");

  it.each([
    ["UTC", "2026-03-01"],
    ["Pacific/Kiritimati", "2026-03-02"],
    ["Pacific/Pago_Pago", "2026-02-28"],
    ["America/Los_Angeles", "2026-03-01"],
    ["Asia/Kolkata", "2026-03-01"],
  ])("dates an instant in %s", (zone, date) => {
    expect(todayIn(zone, instant)).toBe(date);
  });

  it("follows daylight saving time", () => {
    // Berlin is UTC+1 in winter and UTC+2 in summer: 22:30 UTC is still today in winter, tomorrow in summer.
    expect(todayIn("Europe/Berlin", new Date("2026-01-15T22:30:00Z"))).toBe("2026-01-15");
    expect(todayIn("Europe/Berlin", new Date("2026-07-15T22:30:00Z"))).toBe("2026-07-16");
  });

  it("pads early years", () => {
    expect(todayIn("UTC", new Date("0042-05-06T00:00:00Z"))).toBe("0042-05-06");
  });
});

describe("addDays", () => {
  it.each([
    ["2026-02-28", 1, "2026-03-01"],
    ["2028-02-28", 1, "2028-02-29"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2026-03-01", -1, "2026-02-28"],
  ])("%s + %i = %s", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

describe("dueOnFor", () => {
  const setAt = new Date("2026-03-01T23:30:00Z");

  it("takes a date as given, whatever the zone", () => {
    expect(dueOnFor("2026-03-05", setAt, "Pacific/Kiritimati")).toBe("2026-03-05");
  });

  it("puts a date-time on the day it falls on in the scope's zone", () => {
    expect(dueOnFor("2026-03-05T23:30:00Z", setAt, "UTC")).toBe("2026-03-05");
    expect(dueOnFor("2026-03-05T23:30:00Z", setAt, "Europe/Berlin")).toBe("2026-03-06");
    expect(dueOnFor("2026-03-05T08:00:00+09:00", setAt, "America/New_York")).toBe("2026-03-04");
  });

  it("makes the next stand-up the day after it was set, in the scope's zone", () => {
    expect(dueOnFor("next-standup", setAt, "UTC")).toBe("2026-03-02");
    expect(dueOnFor("next-standup", setAt, "Asia/Tokyo")).toBe("2026-03-03");
    expect(dueOnFor("next-standup", setAt, "America/Los_Angeles")).toBe("2026-03-02");
  });

  it("has no day without a check-back", () => {
    expect(dueOnFor(null, setAt, "UTC")).toBeNull();
  });
});

describe("isDue", () => {
  const experiment = (fields: Partial<Parameters<typeof isDue>[0]> = {}): Parameters<typeof isDue>[0] => ({
    status: "planned",
    checkBackAt: "2026-03-05",
    dueOn: "2026-03-05",
    createdAt: "2026-03-01T09:00:00.000Z",
    ...fields,
  });

  it("is due from its day on, not before", () => {
    expect(isDue(experiment(), "2026-03-04")).toBe(false);
    expect(isDue(experiment(), "2026-03-05")).toBe(true);
    expect(isDue(experiment(), "2026-04-01")).toBe(true);
  });

  it.each(["planned", "running"] as const)("is due while %s", (status) => {
    expect(isDue(experiment({ status }), "2026-03-05")).toBe(true);
  });

  it.each(["done", "dropped"] as const)("is never due once %s", (status) => {
    expect(isDue(experiment({ status }), "2026-03-05")).toBe(false);
  });

  it("is never due without a check-back", () => {
    expect(isDue(experiment({ checkBackAt: null, dueOn: null }), "2099-01-01")).toBe(false);
  });

  it("reads a document without dueOn as set in UTC when it was created", () => {
    const legacy = (checkBackAt: string) => experiment({ checkBackAt, dueOn: undefined });
    expect(isDue(legacy("next-standup"), "2026-03-01")).toBe(false);
    expect(isDue(legacy("next-standup"), "2026-03-02")).toBe(true);
    expect(isDue(legacy("2026-03-03"), "2026-03-02")).toBe(false);
    expect(isDue(legacy("2026-03-03T23:00:00-05:00"), "2026-03-03")).toBe(false);
    expect(isDue(legacy("2026-03-03T23:00:00-05:00"), "2026-03-04")).toBe(true);
  });
});
