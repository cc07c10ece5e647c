import type { Container } from "@azure/cosmos";
import type {
  ExperimentView,
  MyExperimentsResponse,
  Problem,
  RoundView,
  ScopeMembersResponse,
  ScopeView,
} from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import { SignJWT, exportSPKI, importJWK } from "jose";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { loadConfig } from "../../api/src/config";
import { openContainer } from "../../api/src/cosmos/container";
import type { LocalHost } from "../../api/src/local/http-host";
import { recordTenant } from "../../api/src/tenants/tenant-repository";
import { request, scopePath } from "../support/api-client";
import type { TestResponse } from "../support/api-client";
import { FAKE_CLIENT_ID, startFakeEntra } from "../support/fake-entra";
import type { FakeEntra } from "../support/fake-entra";
import { member } from "../support/fake-graph";
import type { FakeGraph, FakeMember } from "../support/fake-graph";
import { createSigningKey, mintToken } from "../support/fake-jwks";
import type { FakeAuthority, JwksServer, MintOptions, SigningKey } from "../support/fake-jwks";
import { startApi } from "../support/stack";
import { dbOf } from "../../api/src/cosmos/db";
import { saveConversationRef } from "../../api/src/bot/conversation-ref-repository";
import { startLocalHost } from "../../api/src/local/http-host";
import { createRoutes } from "../../api/src/routes";
import { createServices } from "../../api/src/services";
import { startFakeConnector } from "../support/fake-connector";
import type { FakeConnector } from "../support/fake-connector";

/**
 * The API in AUTH_MODE=entra against fakes of the Microsoft identity platform (JWKS, token endpoint
 * of the on-behalf-of flow) and of Microsoft Graph, all on 127.0.0.1: tokens, tenant onboarding,
 * scope membership and roles, Graph throttling and outages, and the membership cache.
 */

const CLIENT = FAKE_CLIENT_ID;
const DOMAIN = "tab.example";
const ALLOWED = randomUUID();
const RECORDED = randomUUID();
const UNKNOWN = randomUUID();
const GROUP = randomUUID();
const TEAM = `team:${GROUP}`;
const MEETING_CHAT_ID = `19:meeting_${randomUUID()}@thread.v2`;
const MEETING_CHAT = `chat:${MEETING_CHAT_ID}`;
const GROUP_CHAT_ID = `19:${randomUUID()}@thread.v2`;
const GROUP_CHAT = `chat:${GROUP_CHAT_ID}`;
const RECORDED_GROUP = randomUUID();
/** A channel of GROUP, one of RECORDED_GROUP, and channel meetings in them, organized by Alex (no team owner). */
const CHANNEL_ID = `19:${randomUUID().replace(/-/g, "")}@thread.tacv2`;
const OTHER_CHANNEL_ID = `19:${randomUUID().replace(/-/g, "")}@thread.tacv2`;
const joinUrl = (threadId: string, messageId: string, organizer: string) =>
  `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(threadId)}/${messageId}?context=${encodeURIComponent(
    JSON.stringify({ Tid: ALLOWED, Oid: organizer }),
  )}`;

/** People of the allowlisted tenant. */
const owner = randomUUID();
const alex = randomUUID();
const sam = randomUUID();
const outsider = randomUUID();
const guest = randomUUID();
const filler = Array.from({ length: 5 }, () => randomUUID());
const recordedUser = randomUUID();

const cleanup: (() => Promise<unknown>)[] = [];
let entra: FakeEntra;
let key: SigningKey;
let jwks: JwksServer;
let authority: FakeAuthority;
let graph: FakeGraph;
let api: LocalHost;
let container: Container;
const warnings: string[] = [];

/** As an operator might write the allowlist: padded, upper case, with a second tenant. */
const entraEnv = (extra: Record<string, string> = {}): Record<string, string> =>
  entra.env(` ${ALLOWED.toUpperCase()} , 33333333-3333-4333-8333-333333333333`, {
    TAB_DOMAIN: DOMAIN,
    ...extra,
  });

async function startEntraApi(extra: Record<string, string> = {}, now?: () => number): Promise<LocalHost> {
  const started = await startApi(inject("cosmosEndpoint"), { env: entraEnv(extra), now });
  cleanup.push(() => started.close());
  return started;
}

beforeAll(async () => {
  // Operator logs go to console.warn; they are checked for tokens below.
  vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => {
    warnings.push(args.map(String).join(" "));
  });
  entra = await startFakeEntra("entra-1");
  ({ key, jwks, authority, graph } = entra);
  cleanup.push(() => entra.close());
  graph.pageSize = 2;
  graph.teams.set(GROUP, [
    member(owner, ALLOWED, ["owner"]),
    member(alex, ALLOWED),
    member(sam, ALLOWED),
    member(guest, ALLOWED, ["guest"]),
    ...filler.map((id) => member(id, ALLOWED)),
  ]);
  graph.teams.set(RECORDED_GROUP, [member(recordedUser, RECORDED, ["owner"])]);
  graph.chats.set(MEETING_CHAT_ID, {
    chatType: "meeting",
    organizerId: owner,
    // Graph gives every full member of a group chat the owner role; only the organizer is one here.
    members: [
      ...filler.map((id) => member(id, ALLOWED, ["owner"])),
      member(owner, ALLOWED, ["owner"]),
      member(alex, ALLOWED, ["owner"]),
    ],
  });
  graph.channels.set(GROUP, [CHANNEL_ID]);
  graph.channels.set(RECORDED_GROUP, [OTHER_CHANNEL_ID]);
  for (const [threadId, messageId] of [
    [CHANNEL_ID, "1767690000000"],
    [OTHER_CHANNEL_ID, "1767690000001"],
  ] as const) {
    graph.meetings.set(joinUrl(threadId, messageId, alex), {
      joinWebUrl: joinUrl(threadId, messageId, alex),
      organizerId: alex,
      organizerTenantId: ALLOWED,
      threadId,
      messageId,
      attendees: [sam, owner],
    });
  }
  graph.chats.set(GROUP_CHAT_ID, {
    chatType: "group",
    members: [member(owner, ALLOWED, ["owner"]), member(guest, ALLOWED, ["guest"])],
  });
  const database = `test-${randomUUID()}`;
  api = await startEntraApi({ COSMOS_DATABASE: database });
  container = await openContainer(
    loadConfig({ AUTH_MODE: "dev", COSMOS_ENDPOINT: inject("cosmosEndpoint"), COSMOS_DATABASE: database })
      .cosmos,
  );
});

afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
  vi.restoreAllMocks();
});

const tokenFor = (oid: string, options: Partial<MintOptions> = {}) =>
  mintToken(key, CLIENT, { tid: ALLOWED, oid, ...options });

async function as<T>(
  oid: string | null,
  method: string,
  path: string,
  options: { body?: unknown; host?: LocalHost; tid?: string; headers?: Record<string, string> } = {},
): Promise<TestResponse<T>> {
  const token = oid ? await tokenFor(oid, options.tid ? { tid: options.tid } : {}) : undefined;
  return request<T>((options.host ?? api).url, method, path, {
    token,
    body: options.body,
    headers: options.headers,
  });
}

const graphCallsFor = (oid: string, pathPart: string) =>
  graph.requests.filter((call) => call.caller === oid && call.path.includes(pathPart)).length;

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const now = () => Math.floor(Date.now() / 1000);

describe("tokens through HTTP (AUTH_MODE=entra)", () => {
  it("accepts valid v2 and v1 tokens of a member", async () => {
    const v2 = await request<ScopeView>(api.url, "GET", scopePath(TEAM), { token: await tokenFor(alex) });
    expect(v2.status).toBe(200);
    expect(v2.body.role).toBe("member");
    const v1 = await request<ScopeView>(api.url, "GET", scopePath(TEAM), {
      token: await tokenFor(alex, {
        aud: `api://${DOMAIN}/${CLIENT}`,
        iss: `https://sts.windows.net/${ALLOWED}/`,
      }),
    });
    expect(v1.status).toBe(200);
  });

  it.each<[string, () => Promise<Record<string, string>>]>([
    ["no token", async () => ({})],
    ["another scheme", async () => ({ authorization: `Basic ${Buffer.from("a:b").toString("base64")}` })],
    ["a malformed token", async () => ({ authorization: "Bearer not-a-jwt" })],
    [
      "alg none",
      async () => ({
        authorization: `Bearer ${b64({ alg: "none" })}.${b64({ tid: ALLOWED, oid: alex, aud: CLIENT, scp: "access_as_user", iss: `https://login.microsoftonline.com/${ALLOWED}/v2.0`, exp: now() + 600 })}.`,
      }),
    ],
    [
      "HS256 signed with the public key",
      async () => ({
        authorization: `Bearer ${await new SignJWT({ tid: ALLOWED, oid: alex, scp: "access_as_user" })
          .setProtectedHeader({ alg: "HS256", kid: key.kid })
          .setIssuer(`https://login.microsoftonline.com/${ALLOWED}/v2.0`)
          .setAudience(CLIENT)
          .setExpirationTime("1h")
          .sign(
            new TextEncoder().encode(await exportSPKI((await importJWK(key.jwk, "RS256")) as CryptoKey)),
          )}`,
      }),
    ],
    ["an unknown kid", async () => bearer(await tokenFor(alex, { kid: "not-published" }))],
    ["an expired token", async () => bearer(await tokenFor(alex, { exp: now() - 600 }))],
    ["a token not yet valid", async () => bearer(await tokenFor(alex, { nbf: now() + 600 }))],
    ["a wrong audience", async () => bearer(await tokenFor(alex, { aud: randomUUID() }))],
    [
      "a token another app obtained for this API (azp not a Teams client)",
      async () => bearer(await tokenFor(alex, { extra: { azp: randomUUID() } })),
    ],
    [
      "Microsoft Graph's audience",
      async () => bearer(await tokenFor(alex, { aud: "00000003-0000-0000-c000-000000000000" })),
    ],
    [
      "a wrong issuer",
      async () => bearer(await tokenFor(alex, { iss: `https://evil.example/${ALLOWED}/v2.0` })),
    ],
    [
      "an issuer tenant other than tid",
      async () => bearer(await tokenFor(alex, { iss: `https://login.microsoftonline.com/${UNKNOWN}/v2.0` })),
    ],
    [
      "a tid that is not a GUID",
      async () =>
        bearer(
          await tokenFor(alex, { tid: "contoso", iss: "https://login.microsoftonline.com/contoso/v2.0" }),
        ),
    ],
    ["no scp", async () => bearer(await tokenFor(alex, { scp: null }))],
  ])("refuses %s with 401 and reveals nothing", async (_label, headers) => {
    const before = graph.requests.length;
    const response = await request<Problem>(api.url, "GET", scopePath(TEAM), { headers: await headers() });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(response.body.status).toBe(401);
    // Nobody is asked about membership on behalf of an invalid token.
    expect(graph.requests.length).toBe(before);
  });

  it("refuses a token signed by a key bound to another tenant", async () => {
    const bound = await createSigningKey({
      kid: "bound",
      issuer: `https://login.microsoftonline.com/${UNKNOWN}/v2.0`,
    });
    jwks.setKeys([key, bound]);
    try {
      // A fresh API fetches the key set with the bound key in it.
      const fresh = await startEntraApi();
      const response = await request<Problem>(fresh.url, "GET", scopePath(TEAM), {
        token: await mintToken(bound, CLIENT, { tid: ALLOWED, oid: alex }),
      });
      expect(response.status).toBe(401);
      expect(response.body.detail).toMatch(/another tenant/);
    } finally {
      jwks.setKeys([key]);
    }
  });
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe("tenant onboarding", () => {
  it("refuses a valid token from a tenant that is neither recorded nor allowlisted, naming it", async () => {
    const before = authority.requests.length;
    const response = await as<Problem>(randomUUID(), "GET", scopePath(TEAM), { tid: UNKNOWN });
    expect(response.status).toBe(403);
    expect(response.body.detail).toContain(UNKNOWN);
    expect(response.body.detail).toMatch(/has not installed Learning Loop/);
    expect(response.headers.get("x-problem-type")).toBe("tenant-not-onboarded");
    // Refused before any on-behalf-of exchange.
    expect(authority.requests.length).toBe(before);
    const erase = await as<Problem>(randomUUID(), "DELETE", `me/data?scope=${encodeURIComponent(TEAM)}`, {
      tid: UNKNOWN,
    });
    expect(erase.status).toBe(403);
  });

  it("serves a tenant once the bot recorded its installation", async () => {
    const scope = scopePath(`team:${RECORDED_GROUP}`);
    const before = await as<Problem>(recordedUser, "GET", scope, { tid: RECORDED });
    expect(before.status).toBe(403);
    expect(before.body.detail).toContain(RECORDED);
    await recordTenant(dbOf(container), RECORDED.toUpperCase());
    const after = await as<ScopeView>(recordedUser, "GET", scope, { tid: RECORDED });
    expect(after.status).toBe(200);
    expect(after.body.role).toBe("owner");
  });

  it("serves an allowlisted tenant without a recorded installation", async () => {
    expect((await as(alex, "GET", scopePath(TEAM))).status).toBe(200);
  });
});

describe("scope membership through Microsoft Graph on behalf of the user", () => {
  it("team: a member gets in as member, an owner as owner, guests as members, others not", async () => {
    expect((await as<ScopeView>(owner, "GET", scopePath(TEAM))).body.role).toBe("owner");
    expect((await as<ScopeView>(guest, "GET", scopePath(TEAM))).body.role).toBe("member");
    const denied = await as<Problem>(outsider, "GET", scopePath(TEAM));
    expect(denied.status).toBe(403);
    expect(denied.headers.get("x-problem-type")).toBe("not-a-member");
    // The exchange happened in the caller's own tenant, for Graph, by this app.
    expect(authority.requests.find((call) => call.oid === owner)).toMatchObject({
      tid: ALLOWED,
      clientId: CLIENT,
      scope: expect.stringContaining(`${new URL(graph.baseUrl).origin}/.default`),
    });
    expect(
      graph.requests.find((call) => call.caller === owner && call.path.includes(GROUP))?.query,
    ).toContain(`userId eq '${owner}'`);
  });

  it("team: a name that is no group id gets no access and costs no Graph call", async () => {
    const before = graph.requests.length;
    expect((await as(alex, "GET", scopePath("team:dev-team"))).status).toBe(403);
    expect(graph.requests.length).toBe(before);
  });

  it("team: finds the caller across pages when Graph ignores the filter, and trusts no one else's entry", async () => {
    graph.honourFilter = false;
    try {
      const last = filler.at(-1)!;
      const response = await as<ScopeView>(last, "GET", scopePath(TEAM));
      expect(response.status).toBe(200);
      expect(response.body.role).toBe("member");
      expect(graphCallsFor(last, `/teams/${GROUP}/members`)).toBe(5);
    } finally {
      graph.honourFilter = true;
    }
  });

  it("meeting chat: every page of members is read; the organizer is the owner, other members are members", async () => {
    const alexView = await as<ScopeView>(alex, "GET", scopePath(MEETING_CHAT));
    expect(alexView.status).toBe(200);
    expect(alexView.body.role).toBe("member");
    // Four pages to find Alex, and the first again for the group's size (the small-group guard).
    expect(graphCallsFor(alex, `/chats/${MEETING_CHAT_ID}/members`)).toBe(5);
    expect((await as<ScopeView>(owner, "GET", scopePath(MEETING_CHAT))).body.role).toBe("owner");
    expect((await as(sam, "GET", scopePath(MEETING_CHAT))).status).toBe(403);
  });

  it("group chat without a meeting: Graph's owner role counts, guests are members", async () => {
    expect((await as<ScopeView>(owner, "GET", scopePath(GROUP_CHAT))).body.role).toBe("owner");
    expect((await as<ScopeView>(guest, "GET", scopePath(GROUP_CHAT))).body.role).toBe("member");
    expect((await as(alex, "GET", scopePath(GROUP_CHAT))).status).toBe(403);
  });

  it("channel meeting: its organizer is owner for the meeting's work (with the meeting's join URL), not team-wide", async () => {
    const meeting = { "x-meeting-join-url": joinUrl(CHANNEL_ID, "1767690000000", alex) };
    const elsewhere = { "x-meeting-join-url": joinUrl(OTHER_CHANNEL_ID, "1767690000001", alex) };
    expect((await as<ScopeView>(alex, "GET", scopePath(TEAM))).body.role).toBe("member");
    const before = graphCallsFor(alex, "/me/onlineMeetings");
    expect((await as<ScopeView>(alex, "GET", scopePath(TEAM), { headers: meeting })).body.role).toBe("owner");
    // Graph named Alex the organizer, and the meeting's thread is a channel of this team.
    expect(graphCallsFor(alex, "/me/onlineMeetings")).toBe(before + 1);
    expect(graphCallsFor(alex, `/teams/${GROUP}/channels/${CHANNEL_ID}`)).toBe(1);
    // Cached like every membership decision: the next request asks Graph nothing.
    expect((await as<ScopeView>(alex, "GET", scopePath(TEAM), { headers: meeting })).body.role).toBe("owner");
    expect(graphCallsFor(alex, "/me/onlineMeetings")).toBe(before + 1);
    // An attendee of the same meeting is a member; a meeting in another team's channel grants nothing here.
    expect((await as<ScopeView>(sam, "GET", scopePath(TEAM), { headers: meeting })).body.role).toBe("member");
    expect((await as<ScopeView>(alex, "GET", scopePath(TEAM), { headers: elsewhere })).body.role).toBe(
      "member",
    );
    // A join URL nobody organized (or that is not a Teams meeting at all) is no organizer either.
    const unknown = { "x-meeting-join-url": joinUrl(CHANNEL_ID, "42", alex) };
    expect((await as<ScopeView>(alex, "GET", scopePath(TEAM), { headers: unknown })).body.role).toBe(
      "member",
    );
    // Not a member of the team at all: the join URL changes nothing.
    expect((await as(outsider, "GET", scopePath(TEAM), { headers: meeting })).status).toBe(403);

    // The organizer closes a round someone else started in the meeting.
    const started = await as<RoundView>(sam, "POST", `${scopePath(TEAM)}/rounds`, {
      body: { id: randomUUID(), promptId: "weekly-learning" },
    });
    expect(started.status).toBe(201);
    const closed = await as<RoundView>(alex, "POST", `${scopePath(TEAM)}/rounds/${started.body.id}/close`, {
      headers: meeting,
    });
    expect(closed.status).toBe(200);
    // Team-wide rights stay with the team's owners: settings, the event secret, purging the scope.
    expect((await as(alex, "DELETE", scopePath(TEAM), { headers: meeting })).status).toBe(403);
    expect((await as(alex, "POST", `${scopePath(TEAM)}/event-secret`, { headers: meeting })).status).toBe(
      403,
    );
    const settings = await as(alex, "PUT", scopePath(TEAM), {
      headers: { ...meeting, "if-match": '"0"' },
      body: { name: "Taken over" },
    });
    expect(settings.status).toBe(403);
  });

  it("channel meeting: a join URL that is not an https URL is refused as bad input, naming the header", async () => {
    const response = await as<Problem>(alex, "GET", scopePath(TEAM), {
      headers: { "x-meeting-join-url": "javascript:alert(1)" },
    });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.field).toBe("X-Meeting-Join-Url");
  });

  it("closing someone else's round needs the owner role", async () => {
    const started = await as<RoundView>(alex, "POST", `${scopePath(TEAM)}/rounds`, {
      body: { id: randomUUID(), promptId: "weekly-learning" },
    });
    expect(started.status).toBe(201);
    const bySam = await as<Problem>(sam, "POST", `${scopePath(TEAM)}/rounds/${started.body.id}/close`);
    expect(bySam.status).toBe(403);
    const byOwner = await as<RoundView>(owner, "POST", `${scopePath(TEAM)}/rounds/${started.body.id}/close`);
    expect(byOwner.status).toBe(200);
    expect(byOwner.body.status).toBe("closed");
  });

  it("asks for sign-in (401 interaction_required) when the on-behalf-of exchange needs consent", async () => {
    const user = randomUUID();
    graph.teams.get(GROUP)!.push(member(user, ALLOWED));
    authority.behave(user, "consent-required");
    const response = await as<Problem>(user, "GET", scopePath(TEAM));
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toContain('error="interaction_required"');
    expect(response.headers.get("x-problem-type")).toBe("consent-required");
    authority.behave(user, "issue");
    expect((await as(user, "GET", scopePath(TEAM))).status).toBe(200);
  });

  it("fails closed with 503 when the token endpoint fails", async () => {
    const user = randomUUID();
    graph.teams.get(GROUP)!.push(member(user, ALLOWED));
    authority.behave(user, "server-error");
    const response = await as<Problem>(user, "GET", scopePath(TEAM));
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    authority.behave(user, "issue");
  });
});

describe("Graph throttling and outages", () => {
  const newMember = (): string => {
    const user = randomUUID();
    graph.teams.get(GROUP)!.push(member(user, ALLOWED));
    return user;
  };

  it("waits out a 429 as Retry-After says, then succeeds", async () => {
    const user = newMember();
    graph.throttle(1, 1);
    const started = Date.now();
    const response = await as<ScopeView>(user, "GET", scopePath(TEAM));
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(graphCallsFor(user, `/teams/${GROUP}/members`)).toBe(2);
  });

  it("gives up after a bounded number of 429s with 503 and Retry-After, never access", async () => {
    const user = newMember();
    graph.throttle(10, 0);
    const response = await as<Problem>(user, "GET", scopePath(TEAM));
    graph.throttle(0, 0);
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(graphCallsFor(user, `/teams/${GROUP}/members`)).toBe(3);
  });

  it("does not wait for a long Retry-After: 503 passes it on", async () => {
    const user = newMember();
    graph.throttle(1, 120);
    const started = Date.now();
    const response = await as<Problem>(user, "GET", scopePath(TEAM));
    graph.throttle(0, 0);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("120");
    expect(Date.now() - started).toBeLessThan(5_000);
    // Failures are not cached: the next request asks Graph again and gets in.
    expect((await as(user, "GET", scopePath(TEAM))).status).toBe(200);
  });

  it("answers 503 with Retry-After and no data when Graph is down", async () => {
    const user = newMember();
    // Something was written while Graph was up.
    const secret = `written before the outage ${randomUUID()}`;
    const round = await as<RoundView>(user, "POST", `${scopePath(TEAM)}/rounds`, {
      body: { id: randomUUID(), promptText: secret },
    });
    expect(round.status).toBe(201);
    const down = await startEntraApi({ GRAPH_BASE_URL: "http://127.0.0.1:9/v1.0" });
    for (const path of [
      scopePath(TEAM),
      `${scopePath(TEAM)}/rounds/${round.body.id}`,
      `${scopePath(TEAM)}/history`,
    ]) {
      const response = await as<Problem>(user, "GET", path, { host: down });
      expect(response.status).toBe(503);
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(response.text).not.toContain(secret);
    }
    const downAuthority = await startEntraApi({ AAD_APP_OAUTH_AUTHORITY_HOST: "https://127.0.0.1:9" });
    expect((await as(user, "GET", scopePath(TEAM), { host: downAuthority })).status).toBe(503);
  });
});

describe("the membership cache", () => {
  it("asks Graph once for repeated and for concurrent requests", async () => {
    const user = randomUUID();
    graph.teams.get(GROUP)!.push(member(user, ALLOWED));
    for (let i = 0; i < 4; i++) expect((await as(user, "GET", scopePath(TEAM))).status).toBe(200);
    expect(graphCallsFor(user, `/teams/${GROUP}/members`)).toBe(1);
    expect(authority.requests.filter((call) => call.oid === user)).toHaveLength(1);

    const parallel = randomUUID();
    graph.teams.get(GROUP)!.push(member(parallel, ALLOWED));
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => as(parallel, "GET", scopePath(TEAM))),
    );
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    expect(graphCallsFor(parallel, `/teams/${GROUP}/members`)).toBe(1);
  });

  it("lets a changed membership take effect after the TTL, both ways", async () => {
    // The caches' clock moves only when the test moves it; tokens and Graph keep real time.
    let clock = Date.now();
    const short = await startEntraApi(
      { MEMBERSHIP_CACHE_SECONDS: "1", MEMBERSHIP_NEGATIVE_CACHE_SECONDS: "0.5" },
      () => clock,
    );
    const user = randomUUID();
    const members: FakeMember[] = graph.teams.get(GROUP)!;
    members.push(member(user, ALLOWED));
    expect((await as(user, "GET", scopePath(TEAM), { host: short })).status).toBe(200);

    members.splice(
      members.findIndex((m) => m.userId === user),
      1,
    );
    expect((await as(user, "GET", scopePath(TEAM), { host: short })).status).toBe(200);
    clock += 1_100;
    expect((await as(user, "GET", scopePath(TEAM), { host: short })).status).toBe(403);

    members.push(member(user, ALLOWED));
    expect((await as(user, "GET", scopePath(TEAM), { host: short })).status).toBe(403);
    clock += 600;
    expect((await as(user, "GET", scopePath(TEAM), { host: short })).status).toBe(200);
  });
});

describe("the owner picker and named owners through Graph", () => {
  it("lists the team's people from every Graph page, names and oids only, and keeps the list", async () => {
    const before = graphCallsFor(alex, `/teams/${GROUP}/members`);
    const response = await as<ScopeMembersResponse>(alex, "GET", `${scopePath(TEAM)}/members`);
    expect(response.status, response.text).toBe(200);
    const expected = graph.teams.get(GROUP)!.map((m) => ({ id: m.userId, name: m.displayName }));
    expect(response.body.items).toHaveLength(Math.min(expected.length, 25));
    expect(new Set(response.body.items.map((item) => item.id))).toEqual(new Set(expected.map((m) => m.id)));
    expect(response.body.items.find((item) => item.id === sam)).toEqual({
      id: sam,
      name: `User ${sam.slice(0, 4)}`,
    });
    for (const item of response.body.items) expect(Object.keys(item).sort()).toEqual(["id", "name"]);
    const pages = graphCallsFor(alex, `/teams/${GROUP}/members`) - before;
    expect(pages).toBeGreaterThan(1);
    // Another member's picker within the cache window costs Graph nothing more for the list.
    const listed = graph.requests.length;
    await as(owner, "GET", `${scopePath(TEAM)}/members?q=user`);
    expect(graph.requests.slice(listed).filter((call) => !call.query.includes("filter"))).toEqual([]);
    expect((await as(outsider, "GET", `${scopePath(TEAM)}/members`)).status).toBe(403);
  });

  it("stores a picked member with Graph's name, and refuses an oid outside the team", async () => {
    const picked = await as<ExperimentView>(alex, "POST", `${scopePath(TEAM)}/experiments`, {
      body: { id: randomUUID(), text: "Pair on reviews", owner: { oid: sam, name: "Sam?" } },
    });
    expect(picked.status, picked.text).toBe(201);
    expect(picked.body.owner).toEqual({ oid: sam, name: `User ${sam.slice(0, 4)}` });
    const stranger = await as<Problem>(alex, "POST", `${scopePath(TEAM)}/experiments`, {
      body: { id: randomUUID(), text: "Pair on reviews", owner: { oid: outsider, name: "Out" } },
    });
    expect(stranger.status).toBe(400);
    expect(stranger.body.errors?.[0]?.field).toBe("owner.oid");
    const listed = await as<MyExperimentsResponse>(sam, "GET", "me/experiments");
    expect(listed.status, listed.text).toBe(200);
    expect(listed.body.items.map((item) => item.id)).toEqual([picked.body.id]);
  });
});

describe("channel meetings through the bot's meeting details (X-Meeting-Id)", () => {
  /** Teams' meeting ids are base64 of `0#{threadId}#{messageId}`; this one holds a "/" and a "+". */
  const meetingIdOf = (threadId: string, messageId: string) =>
    `${Buffer.from(`0#${threadId}#${messageId}`).toString("base64")}/+`;
  const ORGANIZED = meetingIdOf(CHANNEL_ID, "1767690000000");
  /** The connector names Alex and this team's channel, but the join URL is of another team's channel. */
  const ELSEWHERE = meetingIdOf(OTHER_CHANNEL_ID, "1767690000001");
  /** A team where Alex is a member and the bot is not installed. */
  const BOTLESS_GROUP = randomUUID();
  let connector: FakeConnector;
  let withBot: LocalHost;
  let db: ReturnType<typeof dbOf>;

  beforeAll(async () => {
    connector = await startFakeConnector();
    cleanup.push(() => connector.close());
    graph.teams.set(BOTLESS_GROUP, [member(owner, ALLOWED, ["owner"]), member(alex, ALLOWED)]);
    graph.channels.set(BOTLESS_GROUP, [CHANNEL_ID]);
    const channelMeeting = (threadId: string, messageId: string, conversationThread = threadId) => ({
      joinUrl: joinUrl(threadId, messageId, alex),
      organizerOid: alex,
      organizerTenantId: ALLOWED,
      conversationId: `${conversationThread};messageid=${messageId}`,
      conversationType: "channel" as const,
    });
    connector.meetings.set(ORGANIZED, channelMeeting(CHANNEL_ID, "1767690000000"));
    connector.meetings.set(ELSEWHERE, channelMeeting(OTHER_CHANNEL_ID, "1767690000001", CHANNEL_ID));
    // Entra mode with a bot that signs nothing (Playground mode, refused from the environment where
    // an Entra app is configured): the fake connector takes unsigned calls. Everything else is real.
    const database = `test-${randomUUID()}`;
    const config = loadConfig({
      ...entraEnv(),
      COSMOS_ENDPOINT: inject("cosmosEndpoint"),
      COSMOS_DATABASE: database,
    });
    const services = await createServices({ ...config, bot: { ...config.bot, auth: "playground" } });
    withBot = await startLocalHost(createRoutes(services), { port: 0 });
    cleanup.push(() => withBot.close());
    db = dbOf(
      await openContainer(
        loadConfig({ AUTH_MODE: "dev", COSMOS_ENDPOINT: inject("cosmosEndpoint"), COSMOS_DATABASE: database })
          .cosmos,
      ),
    );
    // The reference the bot stored when it was installed in the team (bot/conversation-refs.ts).
    await saveConversationRef(db, {
      id: "conversationRef",
      type: "conversationRef",
      pk: `${ALLOWED}|${TEAM}`,
      tid: ALLOWED,
      scope: TEAM,
      reference: {
        channelId: "msteams",
        serviceUrl: connector.url,
        agent: { id: "28:00000000-0000-4000-8000-000000000003", name: "Learning Loop" },
        conversation: { id: CHANNEL_ID, tenantId: ALLOWED, conversationType: "channel", isGroup: true },
      },
      teamId: CHANNEL_ID,
      channelId: CHANNEL_ID,
      updatedAt: new Date().toISOString(),
    });
  });

  const meetingRequests = () => connector.requests.filter((line) => line.startsWith("GET /v1/meetings/"));

  it("the organizer (a team member, not an owner) is owner for the meeting's work; an attendee stays a member", async () => {
    const meeting = { "x-meeting-id": ORGANIZED };
    const graphBefore = graphCallsFor(alex, "/me/onlineMeetings");
    const own = await as<ScopeView>(alex, "GET", scopePath(TEAM), { host: withBot, headers: meeting });
    expect(own.status, own.text).toBe(200);
    expect(own.body.role).toBe("owner");
    // The connector was asked with the id as one path segment, and Graph confirmed the organizer.
    expect(meetingRequests()).toEqual([`GET /v1/meetings/${encodeURIComponent(ORGANIZED)}`]);
    expect(graphCallsFor(alex, "/me/onlineMeetings")).toBe(graphBefore + 1);
    // Cached: neither is asked again.
    expect(
      (await as<ScopeView>(alex, "GET", scopePath(TEAM), { host: withBot, headers: meeting })).body.role,
    ).toBe("owner");
    expect(meetingRequests()).toHaveLength(1);
    expect(graphCallsFor(alex, "/me/onlineMeetings")).toBe(graphBefore + 1);
    // Without the header Alex is the member she is; an attendee of the meeting stays a member.
    expect((await as<ScopeView>(alex, "GET", scopePath(TEAM), { host: withBot })).body.role).toBe("member");
    expect(
      (await as<ScopeView>(sam, "GET", scopePath(TEAM), { host: withBot, headers: meeting })).body.role,
    ).toBe("member");
    // The team's owner is owner without anything being looked up.
    expect(
      (await as<ScopeView>(owner, "GET", scopePath(TEAM), { host: withBot, headers: meeting })).body.role,
    ).toBe("owner");
    expect(meetingRequests()).toHaveLength(1);

    // The organizer closes a round someone else started; team-wide rights stay with the owners.
    const started = await as<RoundView>(sam, "POST", `${scopePath(TEAM)}/rounds`, {
      host: withBot,
      body: { id: randomUUID(), promptId: "weekly-learning" },
    });
    expect(started.status).toBe(201);
    const path = `${scopePath(TEAM)}/rounds/${started.body.id}/close`;
    expect((await as(alex, "POST", path, { host: withBot })).status).toBe(403);
    const closed = await as<RoundView>(alex, "POST", path, { host: withBot, headers: meeting });
    expect(closed.status, closed.text).toBe(200);
    expect(closed.body.status).toBe("closed");
    expect((await as(alex, "DELETE", scopePath(TEAM), { host: withBot, headers: meeting })).status).toBe(403);
  });

  it("both must agree: a meeting Graph places in another team's channel, or one the connector does not know, leaves a member", async () => {
    for (const id of [ELSEWHERE, meetingIdOf(CHANNEL_ID, "42")]) {
      const response = await as<ScopeView>(alex, "GET", scopePath(TEAM), {
        host: withBot,
        headers: { "x-meeting-id": id },
      });
      expect(response.status, response.text).toBe(200);
      expect(response.body.role).toBe("member");
    }
    expect(meetingRequests()).toContain(`GET /v1/meetings/${encodeURIComponent(ELSEWHERE)}`);
  });

  it("without the bot in the team the organizer stays a member, and the operator is told with ids only", async () => {
    const team = `team:${BOTLESS_GROUP}`;
    const asked = meetingRequests().length;
    const response = await as<ScopeView>(alex, "GET", scopePath(team), {
      host: withBot,
      headers: { "x-meeting-id": ORGANIZED },
    });
    expect(response.status, response.text).toBe(200);
    expect(response.body.role).toBe("member");
    expect(meetingRequests()).toHaveLength(asked);
    expect(
      warnings.some((line) => line.includes(`no bot conversation reference for ${ALLOWED}|${team}`)),
    ).toBe(true);
  });

  it("a connector outage leaves the organizer a member for that request, and is not remembered", async () => {
    const meetingId = meetingIdOf(CHANNEL_ID, "1767690000000").replace("/+", "+/");
    connector.meetings.set(meetingId, connector.meetings.get(ORGANIZED)!);
    connector.failures = 1;
    const during = await as<ScopeView>(alex, "GET", scopePath(TEAM), {
      host: withBot,
      headers: { "x-meeting-id": meetingId },
    });
    expect(during.status, during.text).toBe(200);
    expect(during.body.role).toBe("member");
    const after = await as<ScopeView>(alex, "GET", scopePath(TEAM), {
      host: withBot,
      headers: { "x-meeting-id": meetingId },
    });
    expect(after.body.role).toBe("owner");
    expect(meetingRequests().filter((line) => line.endsWith(encodeURIComponent(meetingId)))).toHaveLength(2);
  });

  it("an X-Meeting-Id that is not a meeting id is refused as bad input, naming the header", async () => {
    for (const bad of ["not a meeting id!", "A".repeat(501), "x%2Fy"]) {
      const response = await as<Problem>(alex, "GET", scopePath(TEAM), {
        host: withBot,
        headers: { "x-meeting-id": bad },
      });
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
      expect(response.body.errors?.[0]?.field).toBe("X-Meeting-Id");
    }
  });
});

describe("operator logs", () => {
  it("never carry tokens", () => {
    expect(warnings.length).toBeGreaterThan(0);
    for (const line of warnings) {
      expect(line).not.toMatch(/eyJ[\w-]+\./);
      expect(line).not.toContain("fake-graph.");
      expect(line).not.toContain("test-only-secret");
    }
  });
});
