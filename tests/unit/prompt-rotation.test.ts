import type { PromptView } from "@learning-loop/contract";
import { describe, expect, it } from "vitest";
import { DEFAULT_ROTATION, todaysPrompt } from "../../api/src/prompts/rotation";

const custom: PromptView = {
  id: "6f1c2b7e-3a44-4d0a-9a4e-1f2d3c4b5a69",
  text: "What did on-call teach us?",
  kind: null,
  hint: null,
  source: "custom",
};
const monday = new Date("2026-11-23T09:00:00Z");
const lateSundayUtc = new Date("2026-11-22T23:30:00Z");
const withMondayCustom = (() => {
  const rotation = [...DEFAULT_ROTATION];
  rotation[1] = custom.id;
  return rotation;
})();

describe("today's prompt with a scope's own prompts", () => {
  it("picks a custom prompt the rotation names for the day", () => {
    expect(todaysPrompt(withMondayCustom, "UTC", monday, [custom])).toEqual(custom);
  });

  it("chooses the day in the scope's time zone", () => {
    expect(todaysPrompt(withMondayCustom, "UTC", lateSundayUtc, [custom]).id).toBe(DEFAULT_ROTATION[0]);
    expect(todaysPrompt(withMondayCustom, "Europe/Berlin", lateSundayUtc, [custom])).toEqual(custom);
  });

  it("falls back to the default rotation's prompt when the named one is unknown", () => {
    const today = todaysPrompt(withMondayCustom, "UTC", monday, []);
    expect(today).toMatchObject({ id: DEFAULT_ROTATION[1], source: "library" });
    expect(todaysPrompt(Array(7).fill("gone"), "UTC", monday).id).toBe(DEFAULT_ROTATION[1]);
  });

  it("keeps library prompts' kind and hint", () => {
    expect(todaysPrompt(DEFAULT_ROTATION, "UTC", monday, [custom])).toMatchObject({
      id: "weekly-learning",
      kind: "weekly",
      source: "library",
    });
  });
});
