import type { app as teamsApp } from "@microsoft/teams-js";
import { beforeEach, describe, expect, it, vi } from "vitest";

/*
 * The Teams layer against a mocked teams-js (as microsoft/teams.ts tests it): one initialization
 * however often React asks, "ready" once, app caching, stage sharing.
 */

const teams = vi.hoisted(() => {
  const calls: string[] = [];
  const handlers: {
    beforeUnload?: (ready: () => void) => boolean;
    load?: (context: unknown) => void;
  } = {};
  const state = {
    cachingSupported: true,
    sharePermission: true,
    shareError: null as null | { message: string },
  };
  const context = {
    app: { theme: "dark", locale: "de-DE", host: { name: "Teams" } },
    page: { id: "learning-loop", frameContext: "sidePanel", subPageId: "" },
    team: { groupId: "dev-team" },
    chat: { id: "19:x@thread.v2" },
    meeting: { id: "meeting-1" },
    user: { id: "oid", displayName: "Bob Example" },
  };
  return { calls, handlers, state, context };
});

vi.mock("@microsoft/teams-js", () => ({
  app: {
    FailedReason: { Other: "Other" },
    initialize: vi.fn(async () => {
      teams.calls.push("initialize");
    }),
    getContext: vi.fn(async () => {
      teams.calls.push("getContext");
      return teams.context;
    }),
    notifySuccess: vi.fn(() => teams.calls.push("notifySuccess")),
    notifyFailure: vi.fn((failure: { message?: string }) =>
      teams.calls.push(`notifyFailure:${failure.message}`),
    ),
  },
  teamsCore: {
    isSupported: () => teams.state.cachingSupported,
    registerBeforeUnloadHandler: (handler: (ready: () => void) => boolean) => {
      teams.handlers.beforeUnload = handler;
    },
    registerOnLoadHandler: (handler: (context: unknown) => void) => {
      teams.handlers.load = handler;
    },
  },
  meeting: {
    getAppContentStageSharingCapabilities: (
      callback: (error: unknown, result: { doesAppHaveSharePermission: boolean } | null) => void,
    ) => {
      teams.calls.push("getAppContentStageSharingCapabilities");
      callback(null, { doesAppHaveSharePermission: teams.state.sharePermission });
    },
    shareAppContentToStage: (callback: (error: unknown, result: boolean | null) => void, url: string) => {
      teams.calls.push(`share:${url}`);
      callback(teams.state.shareError, teams.state.shareError ? null : true);
    },
  },
}));

beforeEach(() => {
  teams.calls.length = 0;
  vi.resetModules();
});

describe("teams context", () => {
  it("maps the context to the page, the scope, the theme, the locale and the person's name", async () => {
    const { toTeamsInfo } = await import("../../tabs/src/teams/teams-context");
    const context = teams.context as unknown as teamsApp.Context;
    expect(toTeamsInfo(context)).toEqual({
      page: "sidePanel",
      scope: "team:dev-team",
      meetingId: "meeting-1",
      theme: "dark",
      locale: "de-DE",
      subEntityId: null,
      userName: "Bob Example",
    });
    const chatStage = {
      ...context,
      team: undefined,
      page: { ...context.page, frameContext: "meetingStage" },
    };
    expect(toTeamsInfo(chatStage as unknown as teamsApp.Context)).toMatchObject({
      page: "meetingStage",
      scope: "chat:19:x@thread.v2",
    });
    const odd = { ...context, app: { ...context.app, theme: "sparkly" }, page: { frameContext: "task" } };
    expect(toTeamsInfo(odd as unknown as teamsApp.Context)).toMatchObject({
      page: "content",
      theme: "default",
    });
  });

  it("initializes once however often it is asked (StrictMode runs effects twice), and reports ready once", async () => {
    const { connectToTeams, notifyShellRendered, notifyFatal } =
      await import("../../tabs/src/teams/teams-context");
    const [first, second] = await Promise.all([connectToTeams(), connectToTeams()]);
    expect(first).toBe(second);
    expect(teams.calls).toEqual(["initialize", "getContext"]);
    notifyShellRendered();
    notifyShellRendered();
    notifyFatal("too late");
    expect(teams.calls).toEqual(["initialize", "getContext", "notifySuccess"]);
  });

  it("reports a fatal start with its reason, and only once", async () => {
    const { notifyFatal, notifyShellRendered } = await import("../../tabs/src/teams/teams-context");
    notifyFatal("No parent window");
    notifyShellRendered();
    expect(teams.calls).toEqual(["notifyFailure:No parent window"]);
  });
});

describe("app caching", () => {
  it("pauses while Teams keeps the panel cached, and reports ready again when it comes back", async () => {
    const caching = await import("../../tabs/src/teams/app-caching");
    const changes: boolean[] = [];
    caching.onSuspendedChange((suspended) => changes.push(suspended));
    caching.registerAppCaching();
    caching.registerAppCaching();
    let ready = 0;
    expect(teams.handlers.beforeUnload?.(() => ready++)).toBe(true);
    expect(ready).toBe(1);
    expect(caching.isSuspended()).toBe(true);
    teams.handlers.load?.({ entityId: "learning-loop", contentUrl: "https://example.test/index.html" });
    expect(caching.isSuspended()).toBe(false);
    expect(changes).toEqual([true, false]);
    expect(teams.calls).toEqual(["notifySuccess"]);
  });

  it("registers nothing where the host does not cache apps", async () => {
    teams.state.cachingSupported = false;
    teams.handlers.beforeUnload = undefined;
    const caching = await import("../../tabs/src/teams/app-caching");
    caching.registerAppCaching();
    expect(teams.handlers.beforeUnload).toBeUndefined();
    teams.state.cachingSupported = true;
  });
});

describe("stage sharing", () => {
  it("asks the host once whether sharing is allowed, and says why not", async () => {
    teams.state.sharePermission = false;
    const sharing = await import("../../tabs/src/teams/stage-sharing");
    await expect(sharing.stageSharingSupport()).resolves.toEqual({
      supported: false,
      reason: "noPermission",
    });
    await sharing.stageSharingSupport();
    expect(teams.calls.filter((call) => call === "getAppContentStageSharingCapabilities")).toHaveLength(1);
    teams.state.sharePermission = true;
  });

  it("shares the stage view's URL and turns the host's error into a rejection", async () => {
    const sharing = await import("../../tabs/src/teams/stage-sharing");
    const url = sharing.stageUrl("https://learning-loop.example");
    await expect(sharing.shareToStage(url)).resolves.toBeUndefined();
    expect(teams.calls).toContain("share:https://learning-loop.example/index.html?view=stage");
    teams.state.shareError = { message: "denied" };
    await expect(sharing.shareToStage(url)).rejects.toThrow("denied");
    teams.state.shareError = null;
  });
});
