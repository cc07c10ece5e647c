import { describe, expect, it } from "vitest";
import { PROMPT_LIBRARY } from "../../api/src/prompts/library";
import { todaysPrompt, weekdayIn, DEFAULT_ROTATION } from "../../api/src/prompts/rotation";
import { setLocale, t } from "../../tabs/src/i18n/i18n";

describe("prompt rotation", () => {
  it("asks the article's three weekly questions across the week", () => {
    const monday = new Date("2026-11-23T09:00:00Z");
    const wednesday = new Date("2026-11-25T09:00:00Z");
    const friday = new Date("2026-11-27T09:00:00Z");
    expect(todaysPrompt(DEFAULT_ROTATION, "UTC", monday).text).toBe("What are we learning this week?");
    expect(todaysPrompt(DEFAULT_ROTATION, "UTC", wednesday).text).toBe("How are we growing together?");
    expect(todaysPrompt(DEFAULT_ROTATION, "UTC", friday).text).toBe("What can we try next?");
  });

  it("uses the scope's time zone for the weekday", () => {
    const lateSundayUtc = new Date("2026-11-22T23:30:00Z");
    expect(weekdayIn("UTC", lateSundayUtc)).toBe(0);
    expect(weekdayIn("Europe/Berlin", lateSundayUtc)).toBe(1);
    expect(weekdayIn("Not/AZone", lateSundayUtc)).toBe(0);
  });

  it("has unique ids and at least five prompts per learning mode and for safety", () => {
    expect(new Set(PROMPT_LIBRARY.map((entry) => entry.id)).size).toBe(PROMPT_LIBRARY.length);
    for (const kind of ["experimental", "contextual", "vicarious", "reflexive", "safety"]) {
      expect(PROMPT_LIBRARY.filter((entry) => entry.kind === kind).length).toBeGreaterThanOrEqual(5);
    }
    expect(PROMPT_LIBRARY.filter((entry) => entry.kind === "afterAction")).toHaveLength(4);
  });
});

describe("i18n", () => {
  it("fills placeholders and plural forms through Intl", () => {
    setLocale("en-US");
    expect(t("round.answerCount", { count: 1 })).toBe("1 answer");
    expect(t("round.answerCount", { count: 1200 })).toBe("1,200 answers");
    expect(t("composer.count", { count: 3, max: 1000 })).toBe("3 of 1,000 characters");
  });
});
