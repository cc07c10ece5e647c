import type { Container } from "@azure/cosmos";
import type {
  HistoryResponse,
  Problem,
  PromptView,
  PromptsResponse,
  RoundView,
  ScopeView,
} from "@learning-loop/contract";
import { NOTIFICATION_KINDS } from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../api/src/config";
import type { ExperimentDoc, ReactionDoc, RoundDoc } from "../../api/src/cosmos/documents";
import { openContainer } from "../../api/src/cosmos/container";
import type { LocalCosmos } from "../../api/src/local/cosmos-server";
import type { LocalHost } from "../../api/src/local/http-host";
import { DEFAULT_ROTATION } from "../../api/src/prompts/rotation";
import { purgeExpired } from "../../api/src/scopes/retention";
import { scopePath } from "../support/api-client";
import { CHAT, TEAM, openSession } from "../support/api-session";
import type { ApiSession, User } from "../support/api-session";
import { startApi, startCosmos } from "../support/stack";
import { dbOf } from "../../api/src/cosmos/db";

const MALLORY_TEAM = "team:other-team";
const EVE_TEAM = "team:eve-team";

// These tests rewrite and purge the fixture scopes, which other files share on the project's
// Cosmos server, so this file runs against a server of its own.
let cosmos: LocalCosmos;
let api: LocalHost;
let container: Container;
let session: ApiSession;

beforeAll(async () => {
  cosmos = await startCosmos();
  api = await startApi(cosmos.endpoint, { env: { COSMOS_DATABASE: "learningloop" } });
  container = await openContainer(loadConfig({ AUTH_MODE: "dev", COSMOS_ENDPOINT: cosmos.endpoint }).cosmos);
  session = await openSession(api);
});
afterAll(async () => {
  await api?.close();
  await cosmos?.stop();
});

const call: ApiSession["call"] = (...args) => session.call(...args);

async function etagOf(scope: string, user: User = "alice"): Promise<string> {
  const response = await call<ScopeView>(user, "GET", scopePath(scope));
  expect(response.status).toBe(200);
  return response.headers.get("etag")!;
}

const put = (user: User, scope: string, body: unknown, ifMatch?: string) =>
  call<ScopeView & Problem>(
    user,
    "PUT",
    scopePath(scope),
    body,
    ifMatch === undefined ? {} : { "if-match": ifMatch },
  );

async function startRound(user: User, scope: string): Promise<RoundView> {
  const response = await call<RoundView>(user, "POST", `${scopePath(scope)}/rounds`, {
    id: randomUUID(),
    promptId: "weekly-learning",
  });
  expect(response.status).toBe(201);
  return response.body;
}

async function answer(user: User, scope: string, roundId: string, text: string) {
  const response = await call(user, "POST", `${scopePath(scope)}/rounds/${roundId}/answers`, {
    id: randomUUID(),
    text,
  });
  expect(response.status).toBe(201);
}

async function historyIds(user: User, scope: string): Promise<string[]> {
  const response = await call<HistoryResponse>(user, "GET", `${scopePath(scope)}/history?limit=50`);
  expect(response.status).toBe(200);
  return response.body.items.map((round) => round.id);
}

describe("scope settings", () => {
  it('serves the defaults at ETag "0" until an owner saves, with the caller\'s role', async () => {
    for (const [user, role] of [
      ["alice", "owner"],
      ["bob", "member"],
    ] as const) {
      const response = await call<ScopeView>(user, "GET", scopePath(TEAM));
      expect(response.status).toBe(200);
      expect(response.headers.get("etag")).toBe('"0"');
      expect(response.body).toEqual({
        scope: TEAM,
        name: "dev-team",
        rotation: [...DEFAULT_ROTATION],
        nextPrompt: null,
        revealMode: "live",
        anonymousDefault: false,
        timezone: "UTC",
        retentionDays: null,
        notifications: Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, true])),
        pulse: "off",
        reviewSources: { githubIssueLabel: "incident", azureDevOpsTag: "incident" },
        ai: false,
        lessons: { publishing: true, hideTeam: false },
        language: null,
        role,
        smallGroup: false,
        etag: '"0"',
      });
    }
  });

  it('lets the owner save with If-Match "0", then with each new ETag, merging over what is stored', async () => {
    const first = await put(
      "alice",
      TEAM,
      { name: "Dev team", revealMode: "onReveal", notifications: { weeklyDigest: false } },
      '"0"',
    );
    expect(first.status).toBe(200);
    expect(first.headers.get("etag")).toBe('"1"');
    expect(first.body).toMatchObject({
      name: "Dev team",
      revealMode: "onReveal",
      role: "owner",
      etag: '"1"',
    });

    const second = await put(
      "alice",
      TEAM,
      { timezone: "Europe/Berlin", retentionDays: 90, notifications: { meetingNudge: false } },
      '"1"',
    );
    expect(second.status).toBe(200);
    expect(second.headers.get("etag")).toBe('"2"');
    expect(second.body).toMatchObject({
      name: "Dev team",
      revealMode: "onReveal",
      timezone: "Europe/Berlin",
      retentionDays: 90,
      notifications: { weeklyDigest: false, meetingNudge: false, promptCard: true },
    });

    const cleared = await put("alice", TEAM, { retentionDays: null }, '"2"');
    expect(cleared.body.retentionDays).toBeNull();
    const read = await call<ScopeView>("bob", "GET", scopePath(TEAM));
    expect(read.body).toMatchObject({
      name: "Dev team",
      timezone: "Europe/Berlin",
      retentionDays: null,
      role: "member",
    });
    expect(read.headers.get("etag")).toBe('"3"');
  });

  it("refuses a member's save with 403", async () => {
    const response = await put("bob", TEAM, { name: "Bob's team" }, await etagOf(TEAM, "bob"));
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect((await call<ScopeView>("bob", "GET", scopePath(TEAM))).body.name).toBe("Dev team");
  });

  it("answers 412 to a stale or premature If-Match and 428 to a missing one", async () => {
    const current = await etagOf(TEAM);
    const stale = await put("alice", TEAM, { name: "Stale" }, '"1"');
    expect(stale.status).toBe(412);
    const recreate = await put("alice", TEAM, { name: "Again" }, '"0"');
    expect(recreate.status).toBe(412);
    const missing = await put("alice", TEAM, { name: "No precondition" });
    expect(missing.status).toBe(428);
    expect(missing.headers.get("content-type")).toContain("application/problem+json");
    expect(await etagOf(TEAM)).toBe(current);
  });

  it("lets exactly one of concurrent saves from the same ETag win", async () => {
    const etag = await etagOf(TEAM);
    const pair = await Promise.all([
      put("alice", TEAM, { name: "First" }, etag),
      put("alice", TEAM, { name: "Second" }, etag),
    ]);
    expect(pair.map((result) => result.status).sort()).toEqual([200, 412]);
    const winner = pair.find((result) => result.status === 200)!;
    expect((await call<ScopeView>("alice", "GET", scopePath(TEAM))).body.name).toBe(winner.body.name);
    // Two requests rarely both read before either writes; a burst does, which is what shows that
    // the write itself is conditional and not only the revision check before it.
    const next = await etagOf(TEAM);
    const burst = await Promise.all(
      Array.from({ length: 8 }, (_, index) => put("alice", TEAM, { name: `Burst ${index}` }, next)),
    );
    expect(burst.filter((result) => result.status === 200)).toHaveLength(1);
    expect(burst.filter((result) => result.status === 412)).toHaveLength(7);
  });

  it("lets exactly one of two concurrent first saves create the settings", async () => {
    const results = await Promise.all([
      put("eve", EVE_TEAM, { name: "Eve one" }, '"0"'),
      put("eve", EVE_TEAM, { name: "Eve two" }, '"0"'),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual([200, 412]);
    expect(await etagOf(EVE_TEAM, "eve")).toBe('"1"');
  });

  it("accepts this scope's own prompts in the rotation, not another scope's", async () => {
    const own = await call<PromptView>("bob", "POST", `${scopePath(TEAM)}/prompts`, {
      text: "What did the pager teach us?",
    });
    const foreign = await call<PromptView>("bob", "POST", `${scopePath(CHAT)}/prompts`, {
      text: "Chat-only prompt",
    });
    const rotation = [own.body.id, ...DEFAULT_ROTATION.slice(1)];
    const accepted = await put("alice", TEAM, { rotation }, await etagOf(TEAM));
    expect(accepted.status).toBe(200);
    expect(accepted.body.rotation).toEqual(rotation);
    const refused = await put(
      "alice",
      TEAM,
      { rotation: [...DEFAULT_ROTATION.slice(0, 5), foreign.body.id, "weekly-next"] },
      await etagOf(TEAM),
    );
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.map((error) => error.field)).toEqual(["rotation.5"]);
  });

  it.each([
    ["an unknown time zone", { timezone: "Mars/Olympus" }, "timezone"],
    ["a rotation of six days", { rotation: DEFAULT_ROTATION.slice(0, 6) }, "rotation"],
    [
      "an unknown prompt in the rotation",
      { rotation: [...DEFAULT_ROTATION.slice(0, 3), "no-such-prompt", ...DEFAULT_ROTATION.slice(4)] },
      "rotation.3",
    ],
    ["an unknown field", { color: "red" }, "color"],
    ["an unknown notification", { notifications: { fax: true } }, "notifications.fax"],
    ["a retention under a week", { retentionDays: 3 }, "retentionDays"],
    ["a blank name", { name: "   " }, "name"],
    ["an unknown reveal mode", { revealMode: "never" }, "revealMode"],
    ["a body that is not an object", [1, 2], "body"],
  ])("rejects %s with 400 naming the field", async (_label, body, field) => {
    const etag = await etagOf(TEAM);
    const response = await put("alice", TEAM, body, etag);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(response.body.errors?.map((error) => error.field)).toContain(field);
    expect(await etagOf(TEAM)).toBe(etag);
  });

  it("keeps the settings from people outside the scope", async () => {
    for (const user of ["mallory", "eve"] as const) {
      expect((await call(user, "GET", scopePath(TEAM))).status).toBe(403);
      expect((await put(user, TEAM, { name: "Mine" }, await etagOf(TEAM))).status).toBe(403);
    }
    expect((await call(null, "GET", scopePath(TEAM))).status).toBe(401);
  });
});

describe("scope purge", () => {
  it("lets only the owner delete a scope, which removes everything it holds and nothing else", async () => {
    const kept = await startRound("alice", TEAM);
    const rounds = [await startRound("alice", CHAT), await startRound("bob", CHAT)];
    for (const round of rounds) await answer("carol", CHAT, round.id, "We learned to pair on incidents");
    await call("bob", "POST", `${scopePath(CHAT)}/prompts`, { text: "Chat prompt to forget" });
    expect(
      (await put("alice", CHAT, { name: "Stand-up", retentionDays: 30 }, await etagOf(CHAT))).status,
    ).toBe(200);

    for (const user of ["bob", "mallory", "eve"] as const) {
      const refused = await call<Problem>(user, "DELETE", scopePath(CHAT));
      expect(refused.status).toBe(403);
      expect(refused.headers.get("content-type")).toContain("application/problem+json");
    }
    expect(await historyIds("bob", CHAT)).toHaveLength(2);
    expect((await call("alice", "POST", `${scopePath(CHAT)}/event-secret`)).status).toBe(201);
    const indexKey = ["eventSecretIndex", `event-secret|${CHAT}`] as const;
    expect((await container.item(...indexKey).read()).resource).toBeDefined();

    const purged = await call("alice", "DELETE", scopePath(CHAT));
    expect(purged.status).toBe(204);
    expect(purged.text).toBe("");
    expect(await historyIds("bob", CHAT)).toEqual([]);
    // The event secret's index lives outside the scope's partition and goes too.
    expect((await container.item(...indexKey).read()).resource).toBeUndefined();
    expect((await call("bob", "GET", `${scopePath(CHAT)}/rounds/${rounds[0]!.id}`)).status).toBe(404);
    const settings = await call<ScopeView>("alice", "GET", scopePath(CHAT));
    expect(settings.headers.get("etag")).toBe('"0"');
    expect(settings.body).toMatchObject({ name: "19:standup-meeting@thread.v2", retentionDays: null });
    const prompts = await call<PromptsResponse>("bob", "GET", `${scopePath(CHAT)}/prompts`);
    expect(prompts.body.prompts.filter((prompt) => prompt.source === "custom")).toEqual([]);

    expect((await call("alice", "DELETE", scopePath(CHAT))).status).toBe(204);
    expect(await historyIds("alice", TEAM)).toContain(kept.id);
  });
});

describe("retention", () => {
  const DAY = 24 * 60 * 60 * 1000;

  it("removes old rounds with their answers, reactions and finished experiments, only where retention is set", async () => {
    const now = new Date(Date.now() + 365 * DAY);
    expect(
      (await put("mallory", MALLORY_TEAM, { retentionDays: 30 }, await etagOf(MALLORY_TEAM, "mallory")))
        .status,
    ).toBe(200);
    const prompt = await call<PromptView>("mallory", "POST", `${scopePath(MALLORY_TEAM)}/prompts`, {
      text: "Kept prompt",
    });

    const old = await startRound("mallory", MALLORY_TEAM);
    await answer("mallory", MALLORY_TEAM, old.id, "old answer");
    const tid = session.tids.mallory;
    const at = { pk: `${tid}|${MALLORY_TEAM}`, tid, scope: MALLORY_TEAM };
    const recentId = randomUUID();
    const recentStart = new Date(now.getTime() - DAY).toISOString();
    const recent = await insert<RoundDoc>({
      ...at,
      ...roundFields(),
      id: recentId,
      roundId: recentId,
      startedAt: recentStart,
      roundAt: recentStart,
    });
    await answer("mallory", MALLORY_TEAM, recent.id, "recent answer");
    const reaction = await insert<ReactionDoc>({
      ...at,
      id: randomUUID(),
      type: "reaction",
      roundId: old.id,
      roundAt: old.startedAt,
      answerId: randomUUID(),
      kind: "me-too",
      oid: randomUUID(),
      createdAt: new Date().toISOString(),
    });
    const done = await insert<ExperimentDoc>({
      ...at,
      ...experimentFields(old.id, "done"),
      id: randomUUID(),
    });
    const running = await insert<ExperimentDoc>({
      ...at,
      ...experimentFields(old.id, "running"),
      id: randomUUID(),
    });

    const untouched = await startRound("eve", EVE_TEAM);
    await answer("eve", EVE_TEAM, untouched.id, "eve's answer");
    const teamRounds = await historyIds("alice", TEAM);

    const result = await purgeExpired(dbOf(container), now);
    expect(result.scopes).toBe(1);
    // The old round, its answer, its reaction and its finished experiment.
    expect(result.deleted).toBe(4);

    expect(await historyIds("mallory", MALLORY_TEAM)).toEqual([recent.id]);
    const kept = await call<RoundView>("mallory", "GET", `${scopePath(MALLORY_TEAM)}/rounds/${recent.id}`);
    expect(kept.body.answers.map((entry) => entry.text)).toEqual(["recent answer"]);
    expect((await call("mallory", "GET", `${scopePath(MALLORY_TEAM)}/rounds/${old.id}`)).status).toBe(404);
    expect(await exists(at.pk, reaction.id)).toBe(false);
    expect(await exists(at.pk, done.id)).toBe(false);
    expect(await exists(at.pk, running.id)).toBe(true);
    const settings = await call<ScopeView>("mallory", "GET", scopePath(MALLORY_TEAM));
    expect(settings.body.retentionDays).toBe(30);
    const prompts = await call<PromptsResponse>("mallory", "GET", `${scopePath(MALLORY_TEAM)}/prompts`);
    expect(prompts.body.prompts.map((entry) => entry.id)).toContain(prompt.body.id);

    expect(await historyIds("eve", EVE_TEAM)).toContain(untouched.id);
    expect(await historyIds("alice", TEAM)).toEqual(teamRounds);
    expect(await purgeExpired(dbOf(container), now)).toEqual({ scopes: 1, deleted: 0 });
  });

  async function insert<T extends { id: string }>(doc: T): Promise<T> {
    await container.items.create(doc);
    return doc;
  }

  async function exists(pk: string, id: string): Promise<boolean> {
    const { resource } = await container.item(id, pk).read();
    return resource !== undefined;
  }

  const roundFields = () =>
    ({
      type: "round",
      promptId: "weekly-learning",
      promptText: "What are we learning this week?",
      kind: "weekly",
      meetingId: null,
      startedBy: { oid: randomUUID(), name: "Mallory Example" },
      closedAt: null,
      status: "open",
      revealMode: "live",
      revealed: false,
      answerCount: 0,
      version: 1,
    }) as const;

  const experimentFields = (roundId: string, status: ExperimentDoc["status"]) => ({
    type: "experiment" as const,
    text: "Try pairing on reviews",
    owner: { oid: null, name: "Mallory Example" },
    checkBackAt: null,
    status,
    outcome: null,
    sourceAnswerId: null,
    roundId,
    createdBy: { oid: null, name: "Mallory Example" },
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
    closedAt: null,
    rev: 1,
  });
});
