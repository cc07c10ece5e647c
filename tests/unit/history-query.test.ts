import { describe, expect, it } from "vitest";
import { historyDeepLink } from "@learning-loop/contract";
import { NO_FILTERS, historyQuery, isBackwardRange, isFiltering } from "../../tabs/src/history/history-query";

describe("filters to the history query string", () => {
  it("sends only the page size without filters", () => {
    expect(historyQuery(NO_FILTERS, "UTC").toString()).toBe("limit=40");
    expect(isFiltering(NO_FILTERS)).toBe(false);
  });

  it("combines every filter and the cursor in one query", () => {
    const query = historyQuery(
      {
        q: "  Café RETRO ",
        mode: "vicarious",
        author: "b0b00000-0000-4000-8000-000000000002",
        promptId: "vic-peer",
        hasExperiments: true,
        from: "2026-03-02",
        to: "2026-03-08",
      },
      "Europe/Berlin",
      "cursor.sig",
      20,
    );
    expect(Object.fromEntries(query)).toEqual({
      limit: "20",
      cursor: "cursor.sig",
      q: "Café RETRO",
      mode: "vicarious",
      author: "b0b00000-0000-4000-8000-000000000002",
      promptId: "vic-peer",
      hasExperiments: "true",
      // Days in the scope's zone: from its first instant up to (not including) the day after `to`.
      from: "2026-03-01T23:00:00.000Z",
      to: "2026-03-08T23:00:00.000Z",
    });
  });

  it("leaves out blank text and unset filters, and spots a backward range", () => {
    const filters = { ...NO_FILTERS, q: "   ", from: "2026-03-10", to: "2026-03-01" };
    expect(historyQuery({ ...filters, from: "", to: "" }, "UTC").has("q")).toBe(false);
    expect(isFiltering({ ...NO_FILTERS, q: "   " })).toBe(false);
    expect(isFiltering({ ...NO_FILTERS, promptId: "weekly-next" })).toBe(true);
    expect(isBackwardRange(filters)).toBe(true);
    expect(isBackwardRange({ ...filters, to: "2026-03-10" })).toBe(false);
  });
});

describe("deep links to a round", () => {
  it("builds the Teams entity link with the round as subEntityId", () => {
    const link = historyDeepLink("0a1b2c3d-0000-4000-8000-000000000000", "round-1", "19:abc@thread.tacv2");
    expect(link).toBe(
      "https://teams.microsoft.com/l/entity/0a1b2c3d-0000-4000-8000-000000000000/learning-loop-history?context=" +
        encodeURIComponent(JSON.stringify({ subEntityId: "round-1", channelId: "19:abc@thread.tacv2" })),
    );
    const url = new URL(link!);
    expect(JSON.parse(url.searchParams.get("context")!)).toEqual({
      subEntityId: "round-1",
      channelId: "19:abc@thread.tacv2",
    });
    expect(JSON.parse(new URL(historyDeepLink("app", "r")!).searchParams.get("context")!)).toEqual({
      subEntityId: "r",
    });
  });

  it("gives no link without the app's Teams id", () => {
    expect(historyDeepLink(undefined, "round-1")).toBeNull();
    expect(historyDeepLink("", "round-1")).toBeNull();
  });
});
