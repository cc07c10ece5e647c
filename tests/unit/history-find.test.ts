import { foldForSearch, matchRanges } from "@learning-loop/contract";
import { describe, expect, it } from "vitest";
import { foldForSearch as apiFold } from "../../api/src/search/normalize";
import { MIN_TAGGED_ANSWERS, rareMode } from "../../tabs/src/insights/mode-suggestion";

const marked = (text: string, query: string) =>
  matchRanges(text, query).map(([start, end]) => text.slice(start, end));

describe("matchRanges: what a history search marks", () => {
  it("folds case and accents as the API's search does, and marks the original characters", () => {
    expect(apiFold).toBe(foldForSearch);
    expect(marked("Die Übergabe lief gut, die ÜBERGABE auch", "ubergabe")).toEqual(["Übergabe", "ÜBERGABE"]);
    expect(marked("Café retro", "CAFE")).toEqual(["Café"]);
    // A decomposed "é" (e + combining accent) is found and marked whole.
    expect(marked("Cafe\u0301 time", "café")).toEqual(["Cafe\u0301"]);
  });

  it("matches the phrase, not its words apart, like the API's CONTAINS", () => {
    expect(marked("flaky test in the pipeline", "flaky test")).toEqual(["flaky test"]);
    expect(marked("test the flaky one", "flaky test")).toEqual([]);
    const text = "ﬁle ﬁle"; // compatibility ligature: NFKD makes it "fi"
    expect(marked(text, "file")).toEqual(["ﬁle", "ﬁle"]);
  });

  it("finds nothing for a blank query and keeps astral characters whole", () => {
    expect(matchRanges("anything", "   ")).toEqual([]);
    expect(marked("ship it 🚀 now", "🚀")).toEqual(["🚀"]);
    expect(matchRanges("aaaa", "aa")).toEqual([[0, 4]]);
  });
});

describe("rareMode: when Insights suggests a prompt", () => {
  const modes = (
    experimental: number,
    contextual: number,
    vicarious: number,
    reflexive: number,
    untagged = 0,
  ) => ({
    experimental,
    contextual,
    vicarious,
    reflexive,
    untagged,
  });

  it("names the mode under 10 % of the tagged answers once at least 10 are tagged", () => {
    expect(rareMode(modes(10, 8, 0, 5))).toEqual({ mode: "vicarious", share: 0 });
    expect(rareMode(modes(30, 30, 2, 30))).toEqual({ mode: "vicarious", share: 2 / 92 });
    expect(rareMode(modes(10, 10, 10, 3))).toEqual({ mode: "reflexive", share: 3 / 33 });
  });

  it("stays quiet with a balance, with too few tagged answers, and ignores untagged ones", () => {
    expect(rareMode(modes(3, 3, 3, 3))).toBeNull();
    expect(rareMode(modes(10, 10, 10, 4))).toBeNull(); // 4 of 34 is 11.8 %
  });

  it("counts a share of exactly 10 % as not rare, and leaves untagged answers out", () => {
    expect(rareMode(modes(3, 3, 1, 3))).toBeNull(); // 1 of 10
    expect(rareMode(modes(3, 2, 0, 3, 100))).toBeNull(); // only 8 tagged
    expect(MIN_TAGGED_ANSWERS).toBe(10);
    expect(rareMode(modes(4, 3, 0, 3, 100))).toEqual({ mode: "vicarious", share: 0 });
  });
});
