import type {
  AfterActionEventResponse,
  EventSecretCreated,
  EventSecretStatus,
  Problem,
  RoundView,
} from "@learning-loop/contract";
import { EVENT_SIGNATURE_HEADER, EVENT_SOURCES } from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { sign } from "../../api/src/events/signature";
import { request, scopePath } from "../support/api-client";
import { TEAM, openSession } from "../support/api-session";
import type { ApiSession } from "../support/api-session";
import { startApi } from "../support/stack";

let s: ApiSession;
let secret: string;

beforeAll(async () => {
  s = await openSession(await startApi(inject("cosmosEndpoint")));
});
afterAll(async () => {
  await s?.api.close();
});

interface Signed {
  body?: string;
  secret?: string;
  /** Seconds since the epoch the signature claims. */
  t?: number;
  header?: string | null;
  scope?: string;
}

/** Sends an event to the after-action trigger, signed as a release pipeline would sign it. */
function send<T>(options: Signed = {}) {
  const body =
    options.body ??
    JSON.stringify({ kind: "release", title: "v3.1 shipped", url: "https://example.com/r/3.1" });
  const t = options.t ?? Math.floor(Date.now() / 1000);
  const header =
    options.header === undefined ? `t=${t},v1=${sign(options.secret ?? secret, t, body)}` : options.header;
  return request<T>(s.api.url, "POST", `${scopePath(options.scope ?? TEAM)}/events`, {
    rawBody: body,
    headers: {
      "content-type": "application/json",
      ...(header === null ? {} : { [EVENT_SIGNATURE_HEADER]: header }),
    },
  });
}

describe("the event secret", () => {
  it("is made by an owner and shown once", async () => {
    const before = await s.call<EventSecretStatus>("alice", "GET", `${scopePath(TEAM)}/event-secret`);
    const nothingYet = {
      lastDeliveryAt: null,
      lastOutcome: null,
      lastReason: null,
      lastRefusalAt: null,
      lastRefusalReason: null,
    };
    expect(before.body).toEqual({
      configured: false,
      createdAt: null,
      sources: EVENT_SOURCES.map((source) => ({ source, ...nothingYet })),
    });
    const created = await s.call<EventSecretCreated>("alice", "POST", `${scopePath(TEAM)}/event-secret`);
    expect(created.status).toBe(201);
    expect(created.headers.get("cache-control")).toBe("no-store");
    expect(created.body.secret).toMatch(/^llwh_[\w-]{43}$/);
    expect(created.body.header).toBe(EVENT_SIGNATURE_HEADER);
    secret = created.body.secret;
    const after = await s.call<EventSecretStatus>("bob", "GET", `${scopePath(TEAM)}/event-secret`);
    expect(after.body).toMatchObject({ configured: true, createdAt: created.body.createdAt });
    expect(after.text).not.toContain(secret);
  });

  it("cannot be made or rotated by someone who is not an owner", async () => {
    const denied = await s.call<Problem>("bob", "POST", `${scopePath(TEAM)}/event-secret`);
    expect(denied.status).toBe(403);
    expect((await s.call("mallory", "POST", `${scopePath(TEAM)}/event-secret`)).status).toBe(403);
    expect((await s.call(null, "POST", `${scopePath(TEAM)}/event-secret`)).status).toBe(401);
  });
});

describe("POST /api/scopes/{scope}/events", () => {
  it("starts an after-action review for a correctly signed event", async () => {
    const response = await send<AfterActionEventResponse>();
    expect(response.status).toBe(201);
    expect(response.body.created).toBe(true);
    const round = await s.call<RoundView>(
      "alice",
      "GET",
      `${scopePath(TEAM)}/rounds/${response.body.roundId}`,
    );
    expect(round.status).toBe(200);
    expect(round.body).toMatchObject({ promptId: "aar-intended", kind: "afterAction", status: "open" });
    // Not a person: only the organizer may close it.
    expect(round.body.canManage).toBe(true);
    const forBob = await s.call<RoundView>(
      "bob",
      "GET",
      `${scopePath(TEAM)}/rounds/${response.body.roundId}`,
    );
    expect(forBob.body.canManage).toBe(false);
  });

  it("starts one round per event id, however often the event is sent", async () => {
    const body = JSON.stringify({
      id: randomUUID(),
      kind: "incident",
      title: "Checkout down for 12 minutes",
    });
    // Two signatures a second apart, whatever the time between the sends (a slow machine).
    const t = Math.floor(Date.now() / 1000);
    const first = await send<AfterActionEventResponse>({ body, t });
    expect(first.status).toBe(201);
    const again = await send<AfterActionEventResponse>({ body, t: t - 1 });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ roundId: first.body.roundId, created: false });
  });

  it("refuses a wrong signature, an old or future timestamp, a replay and a missing header with 401", async () => {
    const wrong = await send<Problem>({ secret: "llwh_not-the-secret" });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("content-type")).toContain("application/problem+json");
    const old = await send<Problem>({ t: Math.floor(Date.now() / 1000) - 301 });
    expect(old.status).toBe(401);
    expect(old.body.detail).toMatch(/5 minutes/);
    expect((await send({ t: Math.floor(Date.now() / 1000) + 400 })).status).toBe(401);
    expect((await send({ header: null })).status).toBe(401);
    expect((await send({ header: "t=abc,v1=zz" })).status).toBe(401);

    const body = JSON.stringify({ kind: "sprint", title: "Sprint 42 review" });
    const t = Math.floor(Date.now() / 1000);
    const header = `t=${t},v1=${sign(secret, t, body)}`;
    expect((await send({ body, header })).status).toBe(201);
    const replay = await send<Problem>({ body, header });
    expect(replay.status).toBe(401);
    expect(replay.body.detail).toMatch(/used before/);
  });

  it("refuses a body that is not the one signed", async () => {
    const t = Math.floor(Date.now() / 1000);
    const signedBody = JSON.stringify({ kind: "release", title: "v1" });
    const header = `t=${t},v1=${sign(secret, t, signedBody)}`;
    const tampered = await send({ body: JSON.stringify({ kind: "release", title: "v2" }), header });
    expect(tampered.status).toBe(401);
  });

  it("answers 400 naming the field for a wrong body, once the signature holds", async () => {
    const cases: [unknown, string][] = [
      [{ kind: "party", title: "x" }, "kind"],
      [{ kind: "release" }, "title"],
      [{ kind: "release", title: "   " }, "title"],
      [{ kind: "release", title: "x".repeat(201) }, "title"],
      [{ kind: "release", title: "x", url: "javascript:alert(1)" }, "url"],
      [{ kind: "release", title: "x", extra: true }, "extra"],
      [{ kind: "release", title: "x", id: "not-a-uuid" }, "id"],
    ];
    for (const [value, field] of cases) {
      const response = await send<Problem>({ body: JSON.stringify(value) });
      expect(response.status, JSON.stringify(value)).toBe(400);
      expect(response.body.errors?.map((error) => error.field)).toContain(field);
    }
    const notJson = await send<Problem>({ body: "{not json" });
    expect(notJson.status).toBe(400);
    expect(notJson.body.errors?.[0]?.field).toBe("body");
  });

  it("answers 415 for a body that is not JSON and 400 for a malformed scope", async () => {
    const t = Math.floor(Date.now() / 1000);
    const text = await request(s.api.url, "POST", `${scopePath(TEAM)}/events`, {
      rawBody: "kind=release",
      headers: {
        "content-type": "text/plain",
        [EVENT_SIGNATURE_HEADER]: `t=${t},v1=${sign(secret, t, "kind=release")}`,
      },
    });
    expect(text.status).toBe(415);
    const badScope = await send<Problem>({ scope: "nonsense" });
    expect(badScope.status).toBe(400);
    expect(badScope.body.errors?.[0]?.field).toBe("scope");
  });

  it("refuses events for a scope without a secret", async () => {
    expect((await send({ scope: "chat:19:no-secret@thread.v2" })).status).toBe(401);
  });

  it("stops accepting the old secret the moment it is rotated", async () => {
    const old = secret;
    const rotated = await s.call<EventSecretCreated>("alice", "POST", `${scopePath(TEAM)}/event-secret`);
    expect(rotated.status).toBe(201);
    expect(rotated.body.secret).not.toBe(old);
    expect((await send({ secret: old })).status).toBe(401);
    secret = rotated.body.secret;
    expect((await send()).status).toBe(201);
  });

  it("does not let one scope's secret sign another scope's events", async () => {
    const chat = await s.call<EventSecretCreated>(
      "alice",
      "POST",
      `${scopePath("chat:19:standup-meeting@thread.v2")}/event-secret`,
    );
    expect(chat.status).toBe(201);
    expect((await send({ secret: chat.body.secret })).status).toBe(401);
    expect((await send({ secret, scope: "chat:19:standup-meeting@thread.v2" })).status).toBe(401);
  });
});
