import type { ExperimentView, LessonView, LessonsResponse, Problem } from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { devToken, request, scopePath } from "../support/api-client";
import { CHAT, TEAM, openSession } from "../support/api-session";
import type { ApiSession } from "../support/api-session";
import { startApi } from "../support/stack";

let s: ApiSession;
/** frank carries the LearningLoop.Admin app role in his dev token; dave is a plain member. */
const extra: Record<string, { token: string; oid: string }> = {};

beforeAll(async () => {
  s = await openSession(await startApi(inject("cosmosEndpoint")));
  for (const user of ["frank", "dave"]) {
    const issued = await devToken(s.api.url, user);
    extra[user] = { token: issued.token, oid: issued.user.oid };
  }
});
afterAll(async () => {
  await s.api.close();
});

type Caller = Parameters<ApiSession["call"]>[0] | "frank" | "dave";
const call = <T = unknown>(user: Caller, method: string, path: string, body?: unknown) =>
  user === "frank" || user === "dave"
    ? request<T>(s.api.url, method, path, { token: extra[user]!.token, body })
    : s.call<T>(user, method, path, body);

const lessonsPath = (scope = TEAM) => `${scopePath(scope)}/lessons`;

async function publish(
  user: Caller,
  source: { kind: string; id: string },
  more: Record<string, unknown> = {},
  scope = TEAM,
) {
  return call<LessonView & { errors?: Problem["errors"] }>(user, "POST", lessonsPath(scope), {
    id: randomUUID(),
    source,
    ...more,
  });
}

async function feed(user: Caller, query = "") {
  const response = await call<LessonsResponse>(user, "GET", `lessons${query}`);
  expect(response.status, response.text).toBe(200);
  return response.body;
}

async function answerIn(
  user: "alice" | "bob" | "carol",
  text: string,
  extraFields: Record<string, unknown> = {},
) {
  const round = await s.startRound(TEAM);
  return s.answer(user, TEAM, round.id, text, extraFields);
}

async function experiment(user: Caller, fields: Record<string, unknown>, scope = TEAM) {
  const response = await call<ExperimentView>(user, "POST", `${scopePath(scope)}/experiments`, {
    id: randomUUID(),
    ...fields,
  });
  expect(response.status, response.text).toBe(201);
  return response.body;
}

describe("publishing a lesson", () => {
  it("publishes the author's answer with its text and mode, idempotently; another body under the id is 409", async () => {
    const answerId = await answerIn("bob", "Pairing on deploys halves our rollbacks", { mode: "reflexive" });
    const id = randomUUID();
    const body = { id, source: { kind: "answer", id: answerId } };
    const first = await call<LessonView>("bob", "POST", lessonsPath(), body);
    expect(first.status, first.text).toBe(201);
    expect(first.body).toMatchObject({
      id,
      kind: "answer",
      text: "Pairing on deploys halves our rollbacks",
      mode: "reflexive",
      team: "dev-team",
      author: null,
      adoptedCount: 0,
    });
    const again = await call<LessonView>("bob", "POST", lessonsPath(), body);
    expect([200, 201]).toContain(again.status);
    expect(again.body.id).toBe(id);
    const other = await call<Problem>("bob", "POST", lessonsPath(), { ...body, showAuthor: true });
    expect(other.status).toBe(409);
    expect(other.headers.get("content-type")).toContain("application/problem+json");
    const items = (await feed("carol")).items.filter((item) => item.id === id);
    expect(items).toHaveLength(1);
  });

  it("shows the author's name only when the author asks for it", async () => {
    const answerId = await answerIn("carol", "Writing the retro notes together works");
    const response = await publish("carol", { kind: "answer", id: answerId }, { showAuthor: true });
    expect(response.status, response.text).toBe(201);
    expect(response.body.author).toBe("Carol Example");
  });

  it("refuses someone else's answer, even for a team owner, and answers 400 naming the field for bad input", async () => {
    const answerId = await answerIn("bob", "Bob's own idea");
    expect((await publish("carol", { kind: "answer", id: answerId })).status).toBe(403);
    expect((await publish("alice", { kind: "answer", id: answerId })).status).toBe(403);
    const missing = await publish("bob", { kind: "answer", id: randomUUID() });
    expect(missing.status).toBe(400);
    expect(missing.body.errors?.[0]?.field).toBe("source.id");
    const badKind = await publish("bob", { kind: "round", id: answerId });
    expect(badKind.status).toBe(400);
    expect(badKind.body.errors?.[0]?.field).toBe("source.kind");
    const badId = await call<Problem>("bob", "POST", lessonsPath(), {
      id: "nope",
      source: { kind: "answer", id: answerId },
    });
    expect(badId.status).toBe(400);
    expect(badId.body.errors?.[0]?.field).toBe("id");
    // Not a member of the scope: 403 before anything is read.
    expect((await publish("mallory", { kind: "answer", id: answerId })).status).toBe(403);
  });

  it("keeps a lesson from an anonymous answer anonymous, and only its author can publish it", async () => {
    const text = `Anonymous worry ${randomUUID()}`;
    const answerId = await answerIn("carol", text, { anonymous: true });
    expect((await publish("bob", { kind: "answer", id: answerId })).status).toBe(403);
    expect((await publish("alice", { kind: "answer", id: answerId })).status).toBe(403);
    const named = await publish("carol", { kind: "answer", id: answerId }, { showAuthor: true });
    expect(named.status).toBe(400);
    expect(named.body.errors?.[0]?.field).toBe("showAuthor");
    const published = await publish("carol", { kind: "answer", id: answerId });
    expect(published.status, published.text).toBe(201);
    expect(published.body.author).toBeNull();
    const seen = await call("bob", "GET", `lessons/${published.body.id}`);
    expect(seen.status).toBe(200);
    // Nothing in the lesson or the feed carries the author's oid, name or the answer's id.
    const inFeed = (await feed("bob")).items.filter((item) => item.id === published.body.id);
    expect(inFeed).toHaveLength(1);
    for (const raw of [published.text, seen.text, JSON.stringify(inFeed)]) {
      expect(raw).not.toContain(s.oids.carol);
      expect(raw).not.toContain("Carol");
      expect(raw).not.toContain(answerId);
    }
    expect((seen.body as LessonView).canUnpublish).toBe(false);
    // The scope (for the DELETE path) goes only to who may unpublish it.
    expect(seen.body).not.toHaveProperty("scope");
    expect(JSON.stringify(inFeed)).not.toContain(TEAM);
    const own = await call<LessonView>("carol", "GET", `lessons/${published.body.id}`);
    expect(own.body.canUnpublish).toBe(true);
    expect(own.body.scope).toBe(TEAM);
    // Its author can unpublish it, proven by the owner proof alone.
    expect((await call("bob", "DELETE", `${lessonsPath()}/${published.body.id}`)).status).toBe(403);
    expect((await call("carol", "DELETE", `${lessonsPath()}/${published.body.id}`)).status).toBe(204);
    expect((await call("bob", "GET", `lessons/${published.body.id}`)).status).toBe(404);
  });

  it("lets an experiment's owner or a team owner publish it with its outcome, nobody else", async () => {
    const exp = await experiment("bob", { text: "Demo every Friday" });
    const done = await call<ExperimentView>("bob", "PATCH", `${scopePath(TEAM)}/experiments/${exp.id}`, {
      status: "running",
    });
    expect(done.status).toBe(428);
    expect((await publish("carol", { kind: "experiment", id: exp.id })).status).toBe(403);
    const byOwner = await publish("bob", { kind: "experiment", id: exp.id }, { showAuthor: true });
    expect(byOwner.status, byOwner.text).toBe(201);
    expect(byOwner.body).toMatchObject({
      kind: "experiment",
      status: "planned",
      author: "Bob Example",
      mode: "experimental",
    });
    const byTeamOwner = await publish("alice", { kind: "experiment", id: exp.id }, { hideTeam: true });
    expect(byTeamOwner.status).toBe(201);
    expect(byTeamOwner.body.team).toBeNull();
    // Only the owner may put their name on it.
    expect((await publish("alice", { kind: "experiment", id: exp.id }, { showAuthor: true })).status).toBe(
      403,
    );
  });
});

describe("the feed", () => {
  it("is the caller's tenant only", async () => {
    const answerId = await answerIn("bob", `Tenant-only lesson ${randomUUID()}`);
    const lesson = (await publish("bob", { kind: "answer", id: answerId })).body;
    const eveTeam = "team:eve-team";
    const eveRound = await s.startRound(eveTeam).catch(() => undefined);
    expect(eveRound).toBeUndefined(); // alice cannot start rounds in eve's tenant
    const eveFeed = await feed("eve");
    expect(eveFeed.items.map((item) => item.id)).not.toContain(lesson.id);
    expect((await call("eve", "GET", `lessons/${lesson.id}`)).status).toBe(404);
    const adopt = await call("eve", "POST", `lessons/${lesson.id}/adoptions`, {
      scope: eveTeam,
      id: randomUUID(),
    });
    expect(adopt.status).toBe(404);
    expect((await call("eve", "DELETE", `${lessonsPath()}/${lesson.id}`)).status).toBe(403);
    expect((await feed("mallory")).items.map((item) => item.id)).toContain(lesson.id);
  });

  it("searches case- and accent-insensitively, filters by mode, and pages with a cursor", async () => {
    const tag = randomUUID().slice(0, 8);
    const round = await s.startRound(TEAM);
    for (let index = 0; index < 23; index++) {
      const mode = index % 2 ? "vicarious" : "contextual";
      const id = await s.answer("bob", TEAM, round.id, `Café ${tag} lesson ${index}`, { mode });
      expect((await publish("bob", { kind: "answer", id })).status).toBe(201);
    }
    const first = await feed("carol", `?q=${encodeURIComponent(`CAFE ${tag.toUpperCase()}`)}`);
    expect(first.items).toHaveLength(20);
    expect(first.nextCursor).toBeTruthy();
    const second = await feed("carol", `?q=${encodeURIComponent(`cafe ${tag}`)}&cursor=${first.nextCursor}`);
    expect(second.items).toHaveLength(3);
    expect(second.nextCursor).toBeNull();
    const all = [...first.items, ...second.items];
    expect(new Set(all.map((item) => item.id)).size).toBe(23);
    const times = all.map((item) => item.publishedAt);
    expect([...times].sort().reverse()).toEqual(times);
    const vicarious = await feed("carol", `?q=${tag}&mode=vicarious`);
    expect(vicarious.items).toHaveLength(11);
    expect(vicarious.items.every((item) => item.mode === "vicarious")).toBe(true);
    const badMode = await call<Problem>("carol", "GET", "lessons?mode=loud");
    expect(badMode.status).toBe(400);
    expect(badMode.body.errors?.[0]?.field).toBe("query.mode");
    const badCursor = await call<Problem>("carol", "GET", "lessons?cursor=xyz");
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.errors?.[0]?.field).toBe("cursor");
  });
});

describe("adopting a lesson", () => {
  it("creates an experiment linked to the lesson in a scope the caller belongs to, idempotently", async () => {
    const answerId = await answerIn("bob", `Try silent brainstorming ${randomUUID()}`);
    const lesson = (await publish("bob", { kind: "answer", id: answerId })).body;
    const id = randomUUID();
    const adopt = await call<ExperimentView>("mallory", "POST", `lessons/${lesson.id}/adoptions`, {
      scope: "team:other-team",
      id,
    });
    expect(adopt.status, adopt.text).toBe(201);
    expect(adopt.body).toMatchObject({ id, text: lesson.text, lessonId: lesson.id, status: "planned" });
    const replay = await call<ExperimentView>("mallory", "POST", `lessons/${lesson.id}/adoptions`, {
      scope: "team:other-team",
      id,
    });
    expect([200, 201]).toContain(replay.status);
    expect(replay.body.id).toBe(id);
    const list = await call<{ items: ExperimentView[] }>(
      "mallory",
      "GET",
      `${scopePath("team:other-team")}/experiments`,
    );
    expect(list.body.items.filter((item) => item.id === id)).toHaveLength(1);
    const seen = await call<LessonView>("carol", "GET", `lessons/${lesson.id}`);
    expect(seen.body.adoptedCount).toBe(1);
    // Into a scope the caller does not belong to: 403; bad input: 400 naming the field.
    const foreign = await call("mallory", "POST", `lessons/${lesson.id}/adoptions`, {
      scope: TEAM,
      id: randomUUID(),
    });
    expect(foreign.status).toBe(403);
    const bad = await call<Problem>("mallory", "POST", `lessons/${lesson.id}/adoptions`, {
      scope: "nowhere",
      id: randomUUID(),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0]?.field).toBe("scope");
    const unknown = await call("mallory", "POST", `lessons/${randomUUID()}/adoptions`, {
      scope: "team:other-team",
      id: randomUUID(),
    });
    expect(unknown.status).toBe(404);
  });
});

describe("control", () => {
  it("a scope owner turns publishing off; a team owner unpublishes; a bystander cannot", async () => {
    const answerId = await answerIn("bob", `Owner control ${randomUUID()}`);
    const lesson = (await publish("bob", { kind: "answer", id: answerId })).body;
    expect((await call("carol", "DELETE", `${lessonsPath()}/${lesson.id}`)).status).toBe(403);
    expect((await call("mallory", "DELETE", `${lessonsPath()}/${lesson.id}`)).status).toBe(403);
    expect((await call("alice", "DELETE", `${lessonsPath()}/${lesson.id}`)).status).toBe(204);
    expect((await feed("carol")).items.map((item) => item.id)).not.toContain(lesson.id);
    expect((await call("alice", "DELETE", `${lessonsPath()}/${lesson.id}`)).status).toBe(204);

    const settings = await call<{ etag: string }>("alice", "GET", scopePath(CHAT));
    const off = await s.call(
      "alice",
      "PUT",
      scopePath(CHAT),
      { lessons: { publishing: false } },
      { "if-match": settings.body.etag },
    );
    expect(off.status, off.text).toBe(200);
    const round = await s.startRound(CHAT);
    const chatAnswer = await s.answer("bob", CHAT, round.id, "Chat lesson");
    expect((await publish("bob", { kind: "answer", id: chatAnswer }, {}, CHAT)).status).toBe(403);
  });

  it("a tenant admin (app role) unpublishes any lesson and turns the feed off for the tenant only", async () => {
    const answerId = await answerIn("bob", `Admin control ${randomUUID()}`);
    const lesson = (await publish("bob", { kind: "answer", id: answerId })).body;
    expect((await call<{ admin: boolean }>("frank", "GET", "me/lessons-access")).body).toEqual({
      feedEnabled: true,
      admin: true,
    });
    expect((await call<{ admin: boolean }>("dave", "GET", "me/lessons-access")).body.admin).toBe(false);
    expect((await call("dave", "PUT", "admin/lessons-settings", { feedEnabled: false })).status).toBe(403);
    const other = await answerIn("bob", `Admin unpublish ${randomUUID()}`);
    const second = (await publish("bob", { kind: "answer", id: other })).body;
    const asAdmin = await call<LessonView>("frank", "GET", `lessons/${second.id}`);
    expect(asAdmin.body).toMatchObject({ canUnpublish: true, scope: TEAM });
    expect((await call("frank", "DELETE", `${lessonsPath()}/${second.id}`)).status).toBe(204);
    expect((await feed("carol")).items.map((item) => item.id)).not.toContain(second.id);

    expect((await call("frank", "PUT", "admin/lessons-settings", { feedEnabled: false })).status).toBe(200);
    const offFeed = await feed("carol");
    expect(offFeed.items).toEqual([]);
    const more = await answerIn("bob", "While off");
    expect((await publish("bob", { kind: "answer", id: more })).status).toBe(403);
    expect(
      (
        await call("mallory", "POST", `lessons/${lesson.id}/adoptions`, {
          scope: "team:other-team",
          id: randomUUID(),
        })
      ).status,
    ).toBe(403);
    expect((await call("frank", "PUT", "admin/lessons-settings", { feedEnabled: true })).status).toBe(200);
    expect((await feed("carol")).items.map((item) => item.id)).toContain(lesson.id);
  });
});

describe("erasure cascades to lessons", () => {
  it("'delete my data' removes lessons copied from the person's answers, anonymous ones too", async () => {
    const named = await answerIn("carol", `Carol named ${randomUUID()}`);
    const hidden = await answerIn("carol", `Carol hidden ${randomUUID()}`, { anonymous: true });
    const first = (await publish("carol", { kind: "answer", id: named })).body;
    const second = (await publish("carol", { kind: "answer", id: hidden })).body;
    const bobs = (await publish("bob", { kind: "answer", id: await answerIn("bob", "Bob stays") })).body;
    const erased = await call<{ deleted: { lessons: number } }>(
      "carol",
      "DELETE",
      `me/data?scope=${encodeURIComponent(TEAM)}`,
    );
    expect(erased.status, erased.text).toBe(200);
    expect(erased.body.deleted.lessons).toBeGreaterThanOrEqual(2);
    const ids = (await feed("bob")).items.map((item) => item.id);
    expect(ids).not.toContain(first.id);
    expect(ids).not.toContain(second.id);
    expect(ids).toContain(bobs.id);
  });

  it("a tenant admin erases a person across the tenant (204, no counts); nobody else may", async () => {
    const answerId = await answerIn("bob", `Bob's lesson to erase ${randomUUID()}`);
    const lesson = (await publish("bob", { kind: "answer", id: answerId })).body;
    expect((await call("dave", "DELETE", `admin/people/${s.oids.bob}`)).status).toBe(403);
    const bad = await call<Problem>("frank", "DELETE", "admin/people/not-an-oid");
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0]?.field).toBe("oid");
    const erased = await call("frank", "DELETE", `admin/people/${s.oids.bob}`);
    expect(erased.status, erased.text).toBe(204);
    expect(erased.text).toBe("");
    expect((await feed("carol")).items.map((item) => item.id)).not.toContain(lesson.id);
    // Eve's tenant admin would erase in eve's tenant only: frank's call touched nothing there.
    expect((await call("eve", "GET", "lessons")).status).toBe(200);
  });

  it("deleting a scope removes the lessons it published and its adoptions", async () => {
    const exp = await experiment(
      "mallory",
      { text: `Other team's experiment ${randomUUID()}` },
      "team:other-team",
    );
    const lesson = (await publish("mallory", { kind: "experiment", id: exp.id }, {}, "team:other-team")).body;
    expect(lesson.id).toBeTruthy();
    const purged = await call("mallory", "DELETE", scopePath("team:other-team"));
    expect(purged.status, purged.text).toBe(204);
    expect((await call("bob", "GET", `lessons/${lesson.id}`)).status).toBe(404);
  });
});
