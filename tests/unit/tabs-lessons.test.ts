import type { ScopeView } from "@learning-loop/contract";
import { HISTORY_ENTITY_ID, LESSONS_ENTITY_ID, uuid } from "@learning-loop/contract";
import { afterEach, describe, expect, it, vi } from "vitest";
import { formOf, settingsUpdate } from "../../tabs/src/config/config-form";
import { buildLegacyContext, parseHostOptions } from "../../tabs/dev/host-context";
import { objectIdOf } from "../../tabs/src/lessons/admin/admin-api";
import { feedQuery } from "../../tabs/src/lessons/lessons-api";
import { knownScopes, rememberScope } from "../../tabs/src/lessons/known-scopes";

/** The tabs' side of the tenant learning feed (docs/lessons.md): pure parts, without a browser. */

describe("the feed's query", () => {
  it("leaves the defaults out and sends what was chosen, trimmed and encoded", () => {
    expect(feedQuery({ sort: "newest", q: "  ", mode: null }, null)).toBe("lessons");
    expect(feedQuery({ sort: "adopted", q: " pair & review ", mode: "vicarious" }, "c/1")).toBe(
      "lessons?q=pair+%26+review&mode=vicarious&sort=adopted&cursor=c%2F1",
    );
  });
});

describe("the tenant admin's object ID field", () => {
  it("takes what the API takes (the contract's uuid) but the nil and max UUIDs, forgiving spaces, braces and capitals", () => {
    const samples = [
      "3a1104e0-0000-4000-8000-000000000004",
      "3A1104E0-0000-4000-8000-000000000004",
      "1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b",
      "1b4e28ba-2fa1-1d3b-b3f5-ef19b5a7633b",
      "1b4e28ba-2fa1-4d3b-c3f5-ef19b5a7633b",
      "1b4e28ba-2fa1-9d3b-a3f5-ef19b5a7633b",
      "1b4e28ba2fa14d3ba3f5ef19b5a7633b",
      "1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633",
      "1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633bb",
      "g b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b",
      "mallory@contoso.com",
      "",
    ];
    for (const sample of samples) {
      expect(objectIdOf(sample) !== null, sample).toBe(uuid.safeParse(sample).success);
    }
    // The API takes these two too, but they name nobody in Microsoft Entra.
    expect(objectIdOf("00000000-0000-0000-0000-000000000000")).toBeNull();
    expect(objectIdOf("ffffffff-ffff-ffff-ffff-ffffffffffff")).toBeNull();
    expect(objectIdOf("  {3A1104E0-0000-4000-8000-000000000004} ")).toBe(
      "3a1104e0-0000-4000-8000-000000000004",
    );
  });
});

describe("the teams the personal app can adopt into", () => {
  afterEach(() => vi.unstubAllGlobals());

  const fakeStorage = () => {
    const entries = new Map<string, string>();
    vi.stubGlobal("window", {
      localStorage: {
        getItem: (key: string) => entries.get(key) ?? null,
        setItem: (key: string, value: string) => entries.set(key, value),
      },
    });
    return entries;
  };

  it("remembers each scope once, the most recent first, with its current name", () => {
    fakeStorage();
    rememberScope("team:a", "Team A");
    rememberScope("chat:b", "Stand-up");
    rememberScope("team:a", "Team A (renamed)");
    expect(knownScopes()).toEqual([
      { scope: "team:a", name: "Team A (renamed)" },
      { scope: "chat:b", name: "Stand-up" },
    ]);
  });

  it("reads nothing from garbage and survives a storage that refuses", () => {
    const entries = fakeStorage();
    entries.set("learning-loop.known-scopes", "{not json");
    expect(knownScopes()).toEqual([]);
    entries.set("learning-loop.known-scopes", JSON.stringify([{ scope: 1 }, { scope: "team:x", name: "X" }]));
    expect(knownScopes()).toEqual([{ scope: "team:x", name: "X" }]);
    vi.stubGlobal("window", {
      get localStorage(): Storage {
        throw new Error("blocked");
      },
    });
    expect(() => rememberScope("team:y", "Y")).not.toThrow();
    expect(knownScopes()).toEqual([]);
  });
});

describe("the configuration page's lesson switches", () => {
  const view = {
    name: "Dev team",
    rotation: Array.from({ length: 7 }, () => "weekly-learning"),
    revealMode: "live",
    anonymousDefault: false,
    timezone: "UTC",
    retentionDays: null,
    notifications: {},
    pulse: "off",
    reviewSources: { githubIssueLabel: "incident", azureDevOpsTag: "incident" },
    ai: false,
    lessons: { publishing: true, hideTeam: false },
  } as unknown as ScopeView;

  it("sends only the lesson setting that changed", () => {
    const original = formOf(view);
    expect(settingsUpdate(original, original)).toEqual({});
    const off = { ...original, lessons: { ...original.lessons, publishing: false } };
    expect(settingsUpdate(original, off)).toEqual({ lessons: { publishing: false } });
    const hidden = { ...original, lessons: { ...original.lessons, hideTeam: true } };
    expect(settingsUpdate(original, hidden)).toEqual({ lessons: { hideTeam: true } });
  });
});

describe("the host page's personal app", () => {
  const identity = { oid: "o", tid: "t", name: "Carol" };

  it("gives scope=personal the static tab's context: content, its entity id, no team, chat or meeting", () => {
    const { options, problems } = parseHostOptions("?user=carol&view=sidePanel&scope=personal", "http://x");
    expect(problems).toEqual([]);
    const context = buildLegacyContext(options, identity, "s");
    expect(context).toMatchObject({
      frameContext: "content",
      entityId: LESSONS_ENTITY_ID,
      hostName: "Teams",
    });
    for (const key of ["groupId", "teamId", "channelId", "chatId", "meetingId"] as const) {
      expect(context[key]).toBeUndefined();
    }
  });

  it("keeps the history tab's context for a team", () => {
    const { options } = parseHostOptions("?view=content&scope=team:dev-team", "http://x");
    expect(buildLegacyContext(options, identity, "s")).toMatchObject({
      frameContext: "content",
      entityId: HISTORY_ENTITY_ID,
      groupId: "dev-team",
    });
  });

  it("refuses a scope that is neither team, chat nor personal", () => {
    expect(parseHostOptions("?scope=personally", "http://x").problems).toEqual([
      'Scope "personally" is neither team:GROUP_ID, chat:CHAT_ID nor personal; using "team:dev-team".',
    ]);
  });
});
