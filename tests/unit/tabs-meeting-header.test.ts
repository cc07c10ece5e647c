import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

/*
 * The tab names the meeting it runs in on requests to a team scope (`X-Meeting-Id`), so that the
 * API can find a channel meeting's organizer (docs/identity.md §4): the request builder, and the
 * Teams context that sets the meeting, against a mocked teams-js and a recording fetch.
 */

const teams = vi.hoisted(() => ({
  context: {
    app: { theme: "default", locale: "en-US", host: { name: "Teams" } },
    page: { id: "learning-loop", frameContext: "sidePanel", subPageId: "" },
    team: { groupId: "0b3a8f2e-5d0c-4d5e-9a43-6f1d2c3b4a5e" } as { groupId: string } | undefined,
    meeting: { id: "MCMxOTpYeHhAdGhyZWFkLnRhY3YyIzA=" } as { id: string } | undefined,
    user: { id: "oid", displayName: "Alex Example" },
  },
}));

vi.mock("@microsoft/teams-js", () => ({
  app: {
    initialize: vi.fn(async () => undefined),
    getContext: vi.fn(async () => teams.context),
  },
  authentication: { getAuthToken: vi.fn(async () => "header.eyJleHAiOjQxMDI0NDQ4MDB9.signature") },
}));

const sent: { url: string; headers: Record<string, string> }[] = [];

beforeEach(() => {
  sent.length = 0;
  vi.resetModules();
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init: { headers: Record<string, string> }) => {
      sent.push({ url, headers: init.headers });
      return new Response("{}", { status: 200, headers: { "content-type": "application/json" } });
    }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("X-Meeting-Id", () => {
  it("is built for team scopes in a meeting only", async () => {
    const { meetingHeaders, scopePath } = await import("../../tabs/src/api/api-client");
    const team = `${scopePath("team:0b3a8f2e-5d0c-4d5e-9a43-6f1d2c3b4a5e")}/rounds/r1/close`;
    expect(meetingHeaders(team, "bWVldGluZw==")).toEqual({ "x-meeting-id": "bWVldGluZw==" });
    expect(meetingHeaders(team, null)).toEqual({});
    expect(meetingHeaders(`${scopePath("chat:19:meeting_x@thread.v2")}/rounds`, "bWVldGluZw==")).toEqual({});
    expect(meetingHeaders("me/data", "bWVldGluZw==")).toEqual({});
  });

  it("goes with every request to the team once the side panel's context names a meeting", async () => {
    const { connectToTeams } = await import("../../tabs/src/teams/teams-context");
    const { callApi, scopePath } = await import("../../tabs/src/api/api-client");
    const info = await connectToTeams();
    expect(info.meetingId).toBe("MCMxOTpYeHhAdGhyZWFkLnRhY3YyIzA=");
    await callApi(`${scopePath(info.scope!)}/rounds/r1/close`, { method: "POST" });
    await callApi(`${scopePath("chat:19:other@thread.v2")}/rounds`);
    expect(sent[0]?.headers["x-meeting-id"]).toBe("MCMxOTpYeHhAdGhyZWFkLnRhY3YyIzA=");
    expect(sent[0]?.headers.authorization).toMatch(/^Bearer /);
    expect(sent[1]?.headers["x-meeting-id"]).toBeUndefined();
  });

  it("is not sent from a channel tab, which is no meeting", async () => {
    teams.context.page.frameContext = "content";
    try {
      const { connectToTeams } = await import("../../tabs/src/teams/teams-context");
      const { callApi, scopePath } = await import("../../tabs/src/api/api-client");
      const info = await connectToTeams();
      await callApi(scopePath(info.scope!));
      expect(sent[0]?.headers["x-meeting-id"]).toBeUndefined();
    } finally {
      teams.context.page.frameContext = "sidePanel";
    }
  });
});
