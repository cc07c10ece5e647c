import { NOTIFICATION_KINDS } from "@learning-loop/contract";
import { describe, expect, it } from "vitest";
import type { ScopeDoc } from "../../api/src/cosmos/documents";
import { defaultSettings, settingsOf } from "../../api/src/scopes/scope-settings";
import { etagMatches, scopeEtag, toScopeView } from "../../api/src/scopes/scope-view";
import { mergeSettings } from "../../api/src/scopes/settings-merge";

const defaults = defaultSettings("team:dev-team");

describe("merging a settings update", () => {
  it("keeps every field the update leaves out", () => {
    expect(mergeSettings(defaults, {})).toEqual(defaults);
    expect(mergeSettings(defaults, { name: "Dev" })).toEqual({ ...defaults, name: "Dev" });
  });

  it("switches retention on, keeps it when absent, and off with null", () => {
    const on = mergeSettings(defaults, { retentionDays: 90 });
    expect(on.retentionDays).toBe(90);
    expect(mergeSettings(on, { timezone: "Europe/Berlin" }).retentionDays).toBe(90);
    expect(mergeSettings(on, { retentionDays: null }).retentionDays).toBeNull();
  });

  it("merges notification switches one by one", () => {
    const quiet = mergeSettings(defaults, { notifications: { weeklyDigest: false } });
    const quieter = mergeSettings(quiet, { notifications: { meetingNudge: false } });
    expect(quieter.notifications).toEqual({
      ...defaults.notifications,
      weeklyDigest: false,
      meetingNudge: false,
    });
    expect(mergeSettings(quieter, { notifications: { weeklyDigest: true } }).notifications.weeklyDigest).toBe(
      true,
    );
  });

  it("replaces the rotation as a whole without sharing arrays with its inputs", () => {
    const rotation = Array(7).fill("weekly-next");
    const merged = mergeSettings(defaults, { rotation });
    expect(merged.rotation).toEqual(rotation);
    rotation[0] = "changed";
    expect(merged.rotation[0]).toBe("weekly-next");
    expect(mergeSettings(merged, {}).rotation).not.toBe(merged.rotation);
  });
});

describe("stored settings", () => {
  it("fill in notification kinds a document saved before they existed", () => {
    const { weeklyDigest: _dropped, ...older } = defaults.notifications;
    const doc = {
      ...defaults,
      id: "settings",
      pk: "t|team:dev-team",
      tid: "t",
      scope: "team:dev-team",
      type: "scope",
      notifications: { ...older, promptCard: false },
      updatedAt: "2026-01-01T00:00:00.000Z",
      rev: 3,
    } as ScopeDoc;
    const settings = settingsOf(doc);
    expect(Object.keys(settings.notifications).sort()).toEqual([...NOTIFICATION_KINDS].sort());
    expect(settings.notifications).toMatchObject({ weeklyDigest: true, promptCard: false });
    expect(settings).not.toHaveProperty("rev");
  });

  it("show as a view with the revision as ETag and the caller's role", () => {
    const view = toScopeView("team:dev-team", defaults, 0, "member");
    expect(view).toMatchObject({ scope: "team:dev-team", name: "dev-team", role: "member", etag: '"0"' });
  });
});

describe("If-Match", () => {
  it("matches the exact revision tag, alone or in a list", () => {
    expect(etagMatches('"2"', scopeEtag(2))).toBe(true);
    expect(etagMatches('"1", "2"', scopeEtag(2))).toBe(true);
    expect(etagMatches("2", scopeEtag(2))).toBe(false);
    expect(etagMatches('W/"2"', scopeEtag(2))).toBe(false);
    expect(etagMatches("*", scopeEtag(2))).toBe(false);
  });
});
