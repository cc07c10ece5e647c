import type {
  ExperimentView,
  ExperimentsResponse,
  MyExperimentsResponse,
  Problem,
  ScopeMembersResponse,
} from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEV_TENANT, DEV_USERS } from "../../api/src/auth/dev-fixtures";
import type { Container } from "@azure/cosmos";
import { loadConfig } from "../../api/src/config";
import { openContainer } from "../../api/src/cosmos/container";
import type { ExperimentDoc, OwnedExperimentDoc } from "../../api/src/cosmos/documents";
import { pointerFor, pointerId } from "../../api/src/experiments/owned-index";
import type { LocalHost } from "../../api/src/local/http-host";
import { devToken, request, scopePath } from "../support/api-client";
import { startApi } from "../support/stack";

/**
 * Experiments that reach their owners: the owner picker's member list, owners stored as people
 * (oid and the directory's name), and "My experiments" across scopes, only the caller's own.
 */

const TEAM = "team:dev-team";
const CHAT = "chat:19:standup-meeting@thread.v2";
const OTHER = "team:other-team";
const person = (name: string) => {
  const user = DEV_USERS.find((candidate) => candidate.name === name);
  if (!user) throw new Error(name);
  return user;
};
const alice = person("alice");
const bob = person("bob");
const carol = person("carol");
const mallory = person("mallory");

let api: LocalHost;
let container: Container;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  const database = `test-${randomUUID()}`;
  api = await startApi(inject("cosmosEndpoint"), { env: { COSMOS_DATABASE: database } });
  container = await openContainer(
    loadConfig({ AUTH_MODE: "dev", COSMOS_ENDPOINT: inject("cosmosEndpoint"), COSMOS_DATABASE: database })
      .cosmos,
  );
  for (const user of ["alice", "bob", "carol", "dave", "mallory", "eve"])
    tokens[user] = (await devToken(api.url, user)).token;
});
afterAll(async () => {
  await api.close();
});

const call = <T>(user: string | null, method: string, path: string, body?: unknown, headers = {}) =>
  request<T>(api.url, method, path, { token: user ? tokens[user] : undefined, body, headers });

async function create(user: string, scope: string, fields: Record<string, unknown>): Promise<ExperimentView> {
  const response = await call<ExperimentView>(user, "POST", `${scopePath(scope)}/experiments`, {
    id: randomUUID(),
    text: "Try something",
    ...fields,
  });
  expect(response.status, response.text).toBe(201);
  return response.body;
}

async function mine(user: string, cursor?: string): Promise<MyExperimentsResponse> {
  const query = cursor ? `?cursor=${encodeURIComponent(cursor)}` : "";
  const response = await call<MyExperimentsResponse>(user, "GET", `me/experiments${query}`);
  expect(response.status, response.text).toBe(200);
  return response.body;
}

describe("GET /api/scopes/{scope}/members", () => {
  it("lists the scope's people by name, with only an id and a name each", async () => {
    const response = await call<ScopeMembersResponse>("bob", "GET", `${scopePath(TEAM)}/members`);
    expect(response.status, response.text).toBe(200);
    expect(response.body.items.map((item) => item.name)).toEqual([
      "Alice Example",
      "Bob Example",
      "Carol Example",
      "Dave Example",
      "Frank Example",
    ]);
    expect(response.body.items[0]).toEqual({ id: alice.oid, name: "Alice Example" });
    for (const item of response.body.items) expect(Object.keys(item).sort()).toEqual(["id", "name"]);
    const chat = await call<ScopeMembersResponse>("bob", "GET", `${scopePath(CHAT)}/members`);
    expect(chat.body.items.map((item) => item.id)).toEqual([alice.oid, bob.oid, carol.oid]);
  });

  it("filters by name, ignoring case and accents", async () => {
    const response = await call<ScopeMembersResponse>(
      "alice",
      "GET",
      `${scopePath(TEAM)}/members?q=C%C3%81R`,
    );
    expect(response.body.items).toEqual([{ id: carol.oid, name: "Carol Example" }]);
  });

  it("is for members only, and names a bad query parameter", async () => {
    expect((await call("mallory", "GET", `${scopePath(TEAM)}/members`)).status).toBe(403);
    expect((await call("eve", "GET", `${scopePath(TEAM)}/members`)).status).toBe(403);
    expect((await call(null, "GET", `${scopePath(TEAM)}/members`)).status).toBe(401);
    const bad = await call<Problem>("alice", "GET", `${scopePath(TEAM)}/members?who=x`);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.errors)).toContain("who");
  });
});

describe("an experiment's owner", () => {
  it("is stored as the person picked: their oid and the directory's name, not the name sent", async () => {
    const experiment = await create("alice", TEAM, { owner: { oid: bob.oid.toUpperCase(), name: "Bobby" } });
    expect(experiment.owner).toEqual({ oid: bob.oid, name: "Bob Example" });
  });

  it("refuses someone who is not a member of the scope, naming the field", async () => {
    const response = await call<Problem>("alice", "POST", `${scopePath(TEAM)}/experiments`, {
      id: randomUUID(),
      text: "Try",
      owner: { oid: mallory.oid, name: "Mallory" },
    });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.field).toBe("owner.oid");
  });

  it("may still be a name only (someone outside Teams), as a string or an object", async () => {
    expect((await create("alice", TEAM, { owner: "Pat from Finance" })).owner).toEqual({
      oid: null,
      name: "Pat from Finance",
    });
    expect((await create("alice", TEAM, { owner: { name: "Kim" } })).owner).toEqual({
      oid: null,
      name: "Kim",
    });
  });

  it("reads an owner stored as a plain string by an earlier version as a name", async () => {
    const id = randomUUID();
    const now = new Date().toISOString();
    const legacy = {
      id,
      pk: `${DEV_TENANT}|${TEAM}`,
      tid: DEV_TENANT,
      scope: TEAM,
      type: "experiment",
      text: "An old one",
      owner: "Old Name",
      checkBackAt: null,
      status: "planned",
      outcome: null,
      sourceAnswerId: null,
      roundId: null,
      createdBy: { oid: alice.oid, name: "Alice Example" },
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      rev: 1,
    } satisfies Omit<ExperimentDoc, "dueOn">;
    await container.items.create(legacy);
    const list = await call<ExperimentsResponse>("alice", "GET", `${scopePath(TEAM)}/experiments`);
    expect(list.body.items.find((item) => item.id === id)?.owner).toEqual({ oid: null, name: "Old Name" });
    // And it can be handed to a person of the team.
    const moved = await call<ExperimentView>(
      "alice",
      "PATCH",
      `${scopePath(TEAM)}/experiments/${id}`,
      { owner: { oid: carol.oid, name: "Carol" } },
      { "if-match": '"1"' },
    );
    expect(moved.status, moved.text).toBe(200);
    expect(moved.body.owner).toEqual({ oid: carol.oid, name: "Carol Example" });
    expect((await mine("carol")).items.map((item) => item.id)).toContain(id);
  });
});

describe("GET /api/me/experiments", () => {
  it("lists what the caller owns across their scopes, open ones by due day, and only theirs", async () => {
    const inTeam = await create("alice", TEAM, {
      owner: { oid: bob.oid, name: "Bob" },
      checkBackAt: "2031-03-02",
    });
    const inChat = await create("carol", CHAT, {
      owner: { oid: bob.oid, name: "Bob" },
      checkBackAt: "2031-03-01",
    });
    const bobs = await mine("bob");
    const ids = bobs.items.map((item) => item.id);
    expect(ids.indexOf(inChat.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(inChat.id)).toBeLessThan(ids.indexOf(inTeam.id));
    const chatItem = bobs.items.find((item) => item.id === inChat.id);
    expect(chatItem).toMatchObject({
      scope: CHAT,
      status: "planned",
      dueOn: "2031-03-01",
      owner: { oid: bob.oid, name: "Bob Example" },
    });
    expect(bobs.items.every((item) => item.owner?.oid === bob.oid)).toBe(true);
    expect((await mine("alice")).items.map((item) => item.id)).not.toContain(inTeam.id);
    expect((await mine("mallory")).items).toEqual([]);
    expect((await call("bob", "GET", "me/experiments?cursor=forged")).status).toBe(400);
    expect((await call(null, "GET", "me/experiments")).status).toBe(401);
  });

  it("follows the owner when it changes, and the status when the outcome is recorded", async () => {
    const experiment = await create("alice", TEAM, { owner: { oid: bob.oid, name: "Bob" } });
    const moved = await call<ExperimentView>(
      "alice",
      "PATCH",
      `${scopePath(TEAM)}/experiments/${experiment.id}`,
      { owner: { oid: carol.oid, name: "Carol" }, status: "running" },
      { "if-match": experiment.etag },
    );
    expect(moved.status, moved.text).toBe(200);
    expect((await mine("bob")).items.map((item) => item.id)).not.toContain(experiment.id);
    expect((await mine("carol")).items.find((item) => item.id === experiment.id)?.status).toBe("running");
    const done = await call<ExperimentView>(
      "carol",
      "PATCH",
      `${scopePath(TEAM)}/experiments/${experiment.id}`,
      { status: "done", outcome: "It worked" },
      { "if-match": moved.body.etag },
    );
    expect(done.status).toBe(200);
    const item = (await mine("carol")).items.find((entry) => entry.id === experiment.id);
    expect(item).toMatchObject({ status: "done", outcome: "It worked" });
  });

  it("leaves out scopes the caller no longer belongs to, and drops pointers that lead nowhere", async () => {
    const now = new Date().toISOString();
    // Bob once owned an experiment in a team he is not a member of (any more).
    const elsewhere: ExperimentDoc = {
      id: randomUUID(),
      pk: `${DEV_TENANT}|${OTHER}`,
      tid: DEV_TENANT,
      scope: OTHER,
      type: "experiment",
      text: "Left behind",
      owner: { oid: bob.oid, name: "Bob Example" },
      checkBackAt: null,
      dueOn: null,
      status: "planned",
      outcome: null,
      sourceAnswerId: null,
      roundId: null,
      createdBy: { oid: mallory.oid, name: "Mallory Example" },
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      rev: 1,
    };
    await container.items.create(elsewhere);
    await container.items.create(pointerFor(elsewhere, bob.oid));
    // And a pointer to an experiment that no longer exists.
    const gone = pointerFor(
      { ...elsewhere, id: randomUUID(), scope: TEAM, pk: `${DEV_TENANT}|${TEAM}` },
      bob.oid,
    );
    await container.items.create(gone);
    const ids = (await mine("bob")).items.map((item) => item.id);
    expect(ids).not.toContain(elsewhere.id);
    expect(ids).not.toContain(gone.experimentId);
    const { resource } = await container.item(gone.id, gone.pk).read();
    expect(resource).toBeUndefined();
  });

  it("pages with a cursor, without repeating or losing an item", async () => {
    const created = [];
    for (let index = 0; index < 23; index++) {
      created.push((await create("dave", TEAM, { text: `Dave's ${index}` })).id);
    }
    const first = await mine("dave");
    expect(first.items).toHaveLength(20);
    expect(first.nextCursor).not.toBeNull();
    const second = await mine("dave", first.nextCursor ?? "");
    expect(second.nextCursor).toBeNull();
    const all = [...first.items, ...second.items].map((item) => item.id);
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(created.sort());
  });
});

describe("the owner pointers when people or scopes go", () => {
  const pointerOf = async (scope: string, id: string, oid: string) => {
    const { resource } = await container
      .item(pointerId(scope, id), `${DEV_TENANT}|owner:${oid}`)
      .read<OwnedExperimentDoc>();
    return resource;
  };

  it("removes the pointer when its owner erases their data in the scope", async () => {
    const experiment = await create("alice", TEAM, { owner: { oid: carol.oid, name: "Carol" } });
    expect(await pointerOf(TEAM, experiment.id, carol.oid)).toMatchObject({ experimentId: experiment.id });
    const erased = await call("carol", "DELETE", `me/data?scope=${encodeURIComponent(TEAM)}`);
    expect(erased.status, erased.text).toBe(200);
    expect(await pointerOf(TEAM, experiment.id, carol.oid)).toBeUndefined();
    expect((await mine("carol")).items.map((item) => item.id)).not.toContain(experiment.id);
  });

  it("removes the pointers of a deleted scope's experiments", async () => {
    const experiment = await create("alice", CHAT, { owner: { oid: bob.oid, name: "Bob" } });
    expect(await pointerOf(CHAT, experiment.id, bob.oid)).toBeDefined();
    expect((await call("alice", "DELETE", scopePath(CHAT))).status).toBe(204);
    expect(await pointerOf(CHAT, experiment.id, bob.oid)).toBeUndefined();
  });
});
