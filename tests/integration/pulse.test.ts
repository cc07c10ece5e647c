import type { Container } from "@azure/cosmos";
import { PULSE_STATEMENTS } from "@learning-loop/contract";
import type {
  CurrentPulseResponse,
  Problem,
  PulseResultsResponse,
  PulseScores,
  PulseView,
  ScopeView,
} from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { DEV_USERS } from "../../api/src/auth/dev-fixtures";
import { loadConfig } from "../../api/src/config";
import { openContainer } from "../../api/src/cosmos/container";
import type { PulseDoc, PulseResponseDoc } from "../../api/src/cosmos/documents";
import type { LocalHost } from "../../api/src/local/http-host";
import { purgeExpired } from "../../api/src/scopes/retention";
import { devToken, request, scopePath } from "../support/api-client";
import { startApi } from "../support/stack";
import { dbOf } from "../../api/src/cosmos/db";

const TEAM = "team:dev-team";
const CHAT = "chat:19:standup-meeting@thread.v2";
const DEV_TENANT = "11111111-1111-4111-8111-111111111111";
const TEAM_PK = `${DEV_TENANT}|${TEAM}`;
const USERS = ["alice", "bob", "carol", "dave", "frank", "mallory", "eve"] as const;
type User = (typeof USERS)[number];
/** The fixture team's five members; alice is its owner. */
const MEMBERS = ["alice", "bob", "carol", "dave", "frank"] as const;

let api: LocalHost;
let container: Container;
const tokens = {} as Record<User, string>;

beforeAll(async () => {
  const endpoint = inject("cosmosEndpoint");
  const database = `test-${randomUUID()}`;
  api = await startApi(endpoint, { env: { COSMOS_DATABASE: database } });
  for (const user of USERS) tokens[user] = (await devToken(api.url, user)).token;
  container = await openContainer(
    loadConfig({ AUTH_MODE: "dev", COSMOS_ENDPOINT: endpoint, COSMOS_DATABASE: database }).cosmos,
  );
});
afterAll(async () => {
  await api?.close();
});

const call = <T>(
  user: User | null,
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => request<T>(api.url, method, path, { token: user ? tokens[user] : undefined, body, headers });

const pulsePath = (scope = TEAM) => `${scopePath(scope)}/pulse`;
const pulsesPath = (scope = TEAM) => `${scopePath(scope)}/pulses`;
const scores = (score: number, extra: Partial<PulseScores> = {}): PulseScores => ({
  ...(Object.fromEntries(PULSE_STATEMENTS.map((id) => [id, score])) as PulseScores),
  ...extra,
});

async function start(scope = TEAM, id = randomUUID()): Promise<PulseView> {
  const response = await call<PulseView>("alice", "POST", pulsesPath(scope), { id });
  expect(response.status, response.text).toBe(201);
  return response.body;
}

async function respond(user: User, pulseId: string, body: PulseScores, scope = TEAM) {
  const response = await call<{ responded: boolean }>(
    user,
    "PUT",
    `${pulsesPath(scope)}/${pulseId}/response`,
    {
      scores: body,
    },
  );
  expect(response.status, response.text).toBe(200);
  return response.body;
}

async function close(pulseId: string, user: User = "alice") {
  return call<PulseView>(user, "POST", `${pulsesPath()}/${pulseId}/close`);
}

const current = async (user: User, scope = TEAM) => {
  const response = await call<CurrentPulseResponse>(user, "GET", pulsePath(scope));
  expect(response.status, response.text).toBe(200);
  return response.body;
};

const results = async (user: User = "bob") => {
  const response = await call<PulseResultsResponse>(user, "GET", `${pulsesPath()}/results`);
  expect(response.status, response.text).toBe(200);
  return response.body;
};

/** Every pulse document of the team's partition, read straight from the container. */
async function stored<T extends PulseDoc | PulseResponseDoc>(type: T["type"]): Promise<T[]> {
  const { resources } = await container.items
    .query<T>(
      { query: "SELECT * FROM c WHERE c.type = @type", parameters: [{ name: "@type", value: type }] },
      { partitionKey: TEAM_PK },
    )
    .fetchAll();
  return resources;
}

/** Each test starts from a team without pulses (at most one can start per month). */
async function removeTeamPulses() {
  for (const doc of [...(await stored("pulse")), ...(await stored("pulseResponse"))]) {
    await container.item(doc.id, TEAM_PK).delete();
  }
}

/**
 * Moves the team's pulses back in time, as if they had happened months ago, so that another can
 * start this month: the month's document is written again under the earlier month.
 */
async function moveTeamPulsesBack(months: number) {
  const shift = (iso: string) => new Date(Date.parse(iso) - months * 31 * 24 * 60 * 60 * 1000).toISOString();
  for (const doc of await stored<PulseDoc>("pulse")) {
    const openedAt = shift(doc.openedAt);
    const month = openedAt.slice(0, 7);
    const { _etag: _ignored, ...rest } = doc;
    await container.items.create<PulseDoc>({
      ...rest,
      id: `pulse-month-${month}`,
      month,
      openedAt,
      closesAt: shift(doc.closesAt),
      closedAt: doc.closedAt ? shift(doc.closedAt) : null,
    });
    await container.item(doc.id, TEAM_PK).delete();
  }
}

beforeEach(removeTeamPulses);

describe("access", () => {
  it("answers 401 without a token and 403 outside the scope, on every pulse route", async () => {
    const id = randomUUID();
    const routes: [string, string, unknown?][] = [
      ["GET", pulsePath()],
      ["POST", pulsesPath(), { id }],
      ["GET", `${pulsesPath()}/results`],
      ["PUT", `${pulsesPath()}/${id}/response`, { scores: scores(3) }],
      ["POST", `${pulsesPath()}/${id}/close`],
    ];
    for (const [method, path, body] of routes) {
      expect((await call(null, method, path, body)).status, `${method} ${path}`).toBe(401);
      expect((await call("mallory", method, path, body)).status, `${method} ${path}`).toBe(403);
      expect((await call("eve", method, path, body)).status, `${method} ${path}`).toBe(403);
    }
  });

  it("lets only an owner start or close a pulse", async () => {
    const forbidden = await call<Problem>("bob", "POST", pulsesPath(), { id: randomUUID() });
    expect(forbidden.status).toBe(403);
    expect(forbidden.headers.get("content-type")).toContain("application/problem+json");
    const pulse = await start();
    const closing = await close(pulse.id, "bob");
    expect(closing.status).toBe(403);
    expect(closing.headers.get("content-type")).toContain("application/problem+json");
    expect((await current("bob")).pulse?.status).toBe("open");
  });

  it("does not find one scope's pulse from another", async () => {
    const pulse = await start();
    const response = await call<Problem>("bob", "PUT", `${pulsesPath(CHAT)}/${pulse.id}/response`, {
      scores: scores(4),
    });
    expect(response.status).toBe(404);
    expect((await call("alice", "POST", `${pulsesPath(CHAT)}/${pulse.id}/close`)).status).toBe(404);
  });
});

describe("starting a pulse", () => {
  it("reports no pulse at first, and that an owner (only) may start one", async () => {
    expect(await current("bob")).toEqual({ pulse: null, canStart: false, nextStartAt: null });
    expect(await current("alice")).toEqual({ pulse: null, canStart: true, nextStartAt: null });
  });

  it("opens a pulse for seven days with the five statements, and a repeated start is idempotent", async () => {
    const id = randomUUID();
    const pulse = await start(TEAM, id);
    expect(pulse).toMatchObject({
      id,
      status: "open",
      statements: ["mistakes", "problems", "risk", "help", "valued"],
      responseCount: null,
      responded: false,
      myScores: null,
    });
    expect(Date.parse(pulse.closesAt) - Date.parse(pulse.openedAt)).toBe(7 * 24 * 60 * 60 * 1000);

    const again = await call<PulseView>("alice", "POST", pulsesPath(), { id });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(pulse);
    expect(await stored("pulse")).toHaveLength(1);

    const now = await current("bob");
    expect(now.pulse).toEqual(pulse);
    expect(now.canStart).toBe(false);
  });

  it("refuses a second pulse in the same month with a 409 naming when the next may start", async () => {
    await start();
    const second = await call<Problem & { nextStartAt: string }>("alice", "POST", pulsesPath(), {
      id: randomUUID(),
    });
    expect(second.status).toBe(409);
    expect(second.headers.get("content-type")).toContain("application/problem+json");
    expect(second.body.type).toMatch(/pulse-too-soon$/);
    const next = new Date(second.body.nextStartAt);
    expect(next.getTime()).toBeGreaterThan(Date.now());
    // The scope's time zone is UTC by default: the next month's first midnight there.
    expect(second.body.nextStartAt).toMatch(/^\d{4}-\d{2}-01T00:00:00\.000Z$/);
    expect(second.body.detail).toContain(second.body.nextStartAt);
    const view = await current("alice");
    expect(view).toMatchObject({ canStart: false, nextStartAt: second.body.nextStartAt });
    expect(await stored("pulse")).toHaveLength(1);
  });

  it("refuses a second pulse even after the month's first was closed", async () => {
    const pulse = await start();
    expect((await close(pulse.id)).status).toBe(200);
    const second = await call<Problem>("alice", "POST", pulsesPath(), { id: randomUUID() });
    expect(second.status).toBe(409);
    expect(second.body.type).toMatch(/pulse-too-soon$/);
  });

  it("answers 400 naming the field for a bad start body", async () => {
    for (const [body, field] of [
      [{}, "id"],
      [{ id: "not-a-uuid" }, "id"],
      [{ id: randomUUID(), extra: 1 }, "extra"],
    ] as const) {
      const response = await call<Problem>("alice", "POST", pulsesPath(), body);
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
      expect(response.body.errors?.map((error) => error.field)).toContain(field);
    }
  });
});

describe("answering a pulse", () => {
  it("stores one response per person: a second answer replaces the first", async () => {
    const pulse = await start();
    expect(await respond("bob", pulse.id, scores(2))).toEqual({ responded: true });
    expect((await current("bob")).pulse).toMatchObject({ responded: true, myScores: scores(2) });
    expect((await current("carol")).pulse).toMatchObject({ responded: false, myScores: null });

    await respond("bob", pulse.id, scores(4, { risk: 5 }));
    expect((await current("bob")).pulse?.myScores).toEqual(scores(4, { risk: 5 }));
    const responses = await stored<PulseResponseDoc>("pulseResponse");
    expect(responses).toHaveLength(1);
    expect(responses[0]?.scores).toEqual(scores(4, { risk: 5 }));
  });

  it("keeps no oid, name or time of its own in a response document", async () => {
    const pulse = await start();
    for (const user of MEMBERS) await respond(user, pulse.id, scores(3));
    const responses = await stored<PulseResponseDoc>("pulseResponse");
    expect(responses).toHaveLength(5);
    const people = DEV_USERS.flatMap((user) => [user.oid, user.name, user.displayName]);
    for (const doc of responses) {
      const fields = Object.keys(doc).filter((key) => !key.startsWith("_"));
      expect(fields.sort()).toEqual(["id", "openedAt", "pk", "pulseId", "scope", "scores", "tid", "type"]);
      expect(doc.openedAt).toBe(pulse.openedAt);
      const text = JSON.stringify(doc).toLowerCase();
      for (const mark of people) expect(text).not.toContain(mark.toLowerCase());
    }
    // The pulse itself does not say who started it either.
    const [pulseDoc] = await stored<PulseDoc>("pulse");
    const pulseText = JSON.stringify(pulseDoc).toLowerCase();
    for (const mark of people) expect(pulseText).not.toContain(mark.toLowerCase());
  });

  it("shows how many answered only from five up", async () => {
    const pulse = await start();
    for (const user of MEMBERS.slice(0, 4)) await respond(user, pulse.id, scores(4));
    expect((await current("bob")).pulse?.responseCount).toBeNull();
    await respond("frank", pulse.id, scores(4));
    expect((await current("bob")).pulse?.responseCount).toBe(5);
  });

  it("answers 400 naming the field for bad scores", async () => {
    const pulse = await start();
    const path = `${pulsesPath()}/${pulse.id}/response`;
    const cases: [unknown, string][] = [
      [{ scores: scores(3, { risk: 6 }) }, "scores.risk"],
      [{ scores: scores(3, { mistakes: 0 }) }, "scores.mistakes"],
      [{ scores: scores(3, { help: 2.5 }) }, "scores.help"],
      [{ scores: { ...scores(3), valued: "4" } }, "scores.valued"],
      [{ scores: { mistakes: 3, problems: 3, risk: 3, valued: 3 } }, "scores.help"],
      [{ scores: { ...scores(3), mood: 2 } }, "scores.mood"],
      [{}, "scores"],
      [{ scores: scores(3), note: "hi" }, "note"],
    ];
    for (const [body, field] of cases) {
      const response = await call<Problem>("bob", "PUT", path, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
      expect(response.body.errors?.map((error) => error.field)).toContain(field);
    }
    expect(await stored("pulseResponse")).toHaveLength(0);
  });

  it("answers 404 for a pulse that does not exist", async () => {
    expect(
      (await call("bob", "PUT", `${pulsesPath()}/${randomUUID()}/response`, { scores: scores(3) })).status,
    ).toBe(404);
    expect((await call("bob", "PUT", `${pulsesPath()}/nope/response`, { scores: scores(3) })).status).toBe(
      404,
    );
  });

  it("refuses answers once the pulse is closed, with a 409", async () => {
    const pulse = await start();
    await respond("bob", pulse.id, scores(3));
    const closed = await close(pulse.id);
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ id: pulse.id, status: "closed" });
    expect((await close(pulse.id)).body.status).toBe("closed");

    const late = await call<Problem>("carol", "PUT", `${pulsesPath()}/${pulse.id}/response`, {
      scores: scores(3),
    });
    expect(late.status).toBe(409);
    expect(late.headers.get("content-type")).toContain("application/problem+json");
    expect(late.body.type).toMatch(/pulse-closed$/);
    const change = await call<Problem>("bob", "PUT", `${pulsesPath()}/${pulse.id}/response`, {
      scores: scores(5),
    });
    expect(change.status).toBe(409);
    expect((await current("bob")).pulse).toMatchObject({ status: "closed", myScores: scores(3) });
  });
});

describe("results", () => {
  it("shows numbers only for closed pulses with at least five responses: 4 answers give none, 5 do", async () => {
    const few = await start();
    for (const user of MEMBERS.slice(1)) await respond(user, few.id, scores(5));
    expect((await close(few.id)).status).toBe(200);
    const fewResult = (await results()).pulses;
    expect(fewResult).toHaveLength(1);
    expect(fewResult[0]).toMatchObject({
      id: few.id,
      status: "closed",
      enoughResponses: false,
      responseCount: null,
      means: null,
      overall: null,
    });
    expect(fewResult[0]?.closedAt).not.toBeNull();

    await moveTeamPulsesBack(1);
    const enough = await start();
    const given: PulseScores[] = [
      { mistakes: 5, problems: 4, risk: 3, help: 5, valued: 2 },
      { mistakes: 4, problems: 4, risk: 2, help: 5, valued: 3 },
      { mistakes: 4, problems: 3, risk: 3, help: 4, valued: 3 },
      { mistakes: 3, problems: 5, risk: 1, help: 5, valued: 4 },
      { mistakes: 5, problems: 4, risk: 2, help: 4, valued: 2 },
    ];
    for (const [index, user] of MEMBERS.entries()) await respond(user, enough.id, given[index]!);

    // While open, nobody sees the numbers move as teammates answer.
    const whileOpen = (await results()).pulses.at(-1);
    expect(whileOpen).toMatchObject({
      id: enough.id,
      status: "open",
      closedAt: null,
      responseCount: null,
      means: null,
      overall: null,
    });

    expect((await close(enough.id)).status).toBe(200);
    const body = await results("carol");
    expect(body.minimumResponses).toBe(5);
    expect(body.pulses.map((pulse) => pulse.id)).toEqual([few.id, enough.id]);
    expect(body.pulses[1]).toMatchObject({
      id: enough.id,
      status: "closed",
      enoughResponses: true,
      responseCount: 5,
      means: { mistakes: 4.2, problems: 4, risk: 2.2, help: 4.6, valued: 2.8 },
      overall: 3.6,
    });
    expect(body.pulses[0]?.responseCount).toBeNull();
    const text = JSON.stringify(body).toLowerCase();
    for (const user of DEV_USERS) expect(text).not.toContain(user.oid);
  });
});

describe("the monthly schedule", () => {
  async function setPulse(value: unknown) {
    const scope = await call<ScopeView>("alice", "GET", scopePath(TEAM));
    return call<ScopeView & Problem>(
      "alice",
      "PUT",
      scopePath(TEAM),
      { pulse: value },
      {
        "if-match": scope.headers.get("etag")!,
      },
    );
  }

  it("validates the setting like the others, and defaults to off", async () => {
    expect((await call<ScopeView>("bob", "GET", scopePath(TEAM))).body.pulse).toBe("off");
    const bad = await setPulse("weekly");
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.map((error) => error.field)).toContain("pulse");
  });

  it("opens the month's pulse on the first read, once, whoever reads", async () => {
    const saved = await setPulse("monthly");
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body.pulse).toBe("monthly");
    try {
      const reads = await Promise.all([current("bob"), current("carol"), current("alice"), current("dave")]);
      const ids = new Set(reads.map((read) => read.pulse?.id));
      expect(ids.size).toBe(1);
      expect(reads[0]?.pulse?.status).toBe("open");
      expect(reads[2]).toMatchObject({ canStart: false });
      expect(reads[2]?.nextStartAt).not.toBeNull();
      expect(await stored("pulse")).toHaveLength(1);
      const manual = await call<Problem>("alice", "POST", pulsesPath(), { id: randomUUID() });
      expect(manual.status).toBe(409);
      expect(manual.body.type).toMatch(/pulse-too-soon$/);
    } finally {
      expect((await setPulse("off")).status).toBe(200);
    }
  });
});

describe("erasure", () => {
  it("removes the person's pulse responses and leaves the others'", async () => {
    const pulse = await start();
    await respond("bob", pulse.id, scores(2));
    await respond("carol", pulse.id, scores(4));
    const erased = await call<{ deleted: { pulseResponses: number } }>(
      "bob",
      "DELETE",
      `me/data?scope=${encodeURIComponent(TEAM)}`,
    );
    expect(erased.status).toBe(200);
    expect(erased.body.deleted.pulseResponses).toBe(1);
    const left = await stored<PulseResponseDoc>("pulseResponse");
    expect(left.map((doc) => doc.scores)).toEqual([scores(4)]);
    expect((await current("bob")).pulse).toMatchObject({ responded: false, myScores: null });
    expect((await current("carol")).pulse).toMatchObject({ responded: true, myScores: scores(4) });
  });
});

describe("retention", () => {
  it("deletes pulses opened before the retention window, with their responses", async () => {
    const old = await start();
    for (const user of MEMBERS) await respond(user, old.id, scores(4));
    expect((await close(old.id)).status).toBe(200);
    await moveTeamPulsesBack(2);
    const recent = await start();
    await respond("bob", recent.id, scores(3));
    const scope = await call<ScopeView>("alice", "GET", scopePath(TEAM));
    const saved = await call<ScopeView>(
      "alice",
      "PUT",
      scopePath(TEAM),
      { retentionDays: 30 },
      {
        "if-match": scope.headers.get("etag")!,
      },
    );
    expect(saved.status, saved.text).toBe(200);
    try {
      await purgeExpired(dbOf(container));
      expect((await stored<PulseDoc>("pulse")).map((doc) => doc.pulseId)).toEqual([recent.id]);
      expect((await stored<PulseResponseDoc>("pulseResponse")).map((doc) => doc.pulseId)).toEqual([
        recent.id,
      ]);
      expect((await results()).pulses.map((pulse) => pulse.id)).toEqual([recent.id]);
    } finally {
      const now = await call<ScopeView>("alice", "GET", scopePath(TEAM));
      await call(
        "alice",
        "PUT",
        scopePath(TEAM),
        { retentionDays: null },
        { "if-match": now.headers.get("etag")! },
      );
    }
  });
});
