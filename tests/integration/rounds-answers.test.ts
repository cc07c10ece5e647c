import type { AnswerView, HistoryResponse, Problem, RoundView } from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { LocalHost } from "../../api/src/local/http-host";
import { startApi } from "../support/stack";
import { devToken, request, scopePath } from "../support/api-client";

const TEAM = "team:dev-team";
const CHAT = "chat:19:standup-meeting@thread.v2";
let api: LocalHost;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  api = await startApi(inject("cosmosEndpoint"));
  for (const user of ["alice", "bob", "carol", "mallory", "eve"])
    tokens[user] = (await devToken(api.url, user)).token;
});
afterAll(() => api.close());

const call = <T>(
  user: string | null,
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => request<T>(api.url, method, path, { token: user ? tokens[user] : undefined, body, headers });

async function startRound(scope = TEAM, extra: Record<string, unknown> = {}) {
  const response = await call<RoundView>("alice", "POST", `${scopePath(scope)}/rounds`, {
    promptId: "weekly-learning",
    meetingId: `meeting-${randomUUID()}`,
    ...extra,
  });
  expect(response.status).toBe(201);
  return response.body;
}

describe("health and dev tokens", () => {
  it("reports the API and Cosmos healthy", async () => {
    const response = await call<{ status: string }>(null, "GET", "health");
    expect(response.status).toBe(200);
    expect(response.body.status).toBe("ok");
  });

  it("issues tokens for the fixture users with their fixed tenants", async () => {
    const alice = await devToken(api.url, "alice");
    expect(alice.user).toMatchObject({ tid: "11111111-1111-4111-8111-111111111111", name: "Alice Example" });
    const eve = await devToken(api.url, "eve");
    expect(eve.user.tid).toBe("22222222-2222-4222-8222-222222222222");
    const unknown = await request<Problem>(api.url, "GET", "dev/token?user=zed");
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("content-type")).toContain("application/problem+json");
  });
});

describe("rounds", () => {
  it("starts a round from the library with defaults, and replays idempotently", async () => {
    const id = randomUUID();
    const body = { id, promptId: "weekly-next", meetingId: "m-replay" };
    const first = await call<RoundView>("alice", "POST", `${scopePath(TEAM)}/rounds`, body);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      id,
      promptText: "What can we try next?",
      revealMode: "live",
      status: "open",
    });
    expect(first.headers.get("etag")).toBe(first.body.etag);
    const replay = await call<RoundView>("alice", "POST", `${scopePath(TEAM)}/rounds`, body);
    expect(replay.status).toBe(200);
    expect(replay.body.id).toBe(id);
    const conflicting = await call<Problem>("alice", "POST", `${scopePath(TEAM)}/rounds`, {
      ...body,
      promptId: "weekly-learning",
    });
    expect(conflicting.status).toBe(409);
  });

  it("finds the open round of a meeting, and 404s when there is none", async () => {
    const round = await startRound();
    const current = await call<RoundView>(
      "bob",
      "GET",
      `${scopePath(TEAM)}/rounds/current?meetingId=${round.meetingId}`,
    );
    expect(current.status).toBe(200);
    expect(current.body.id).toBe(round.id);
    const none = await call<Problem>(
      "bob",
      "GET",
      `${scopePath(TEAM)}/rounds/current?meetingId=nothing-here`,
    );
    expect(none.status).toBe(404);
  });

  it("answers a poll with nothing new with 304, and with 200 once an answer arrives", async () => {
    const round = await startRound();
    const path = `${scopePath(TEAM)}/rounds/${round.id}`;
    const first = await call<RoundView>("bob", "GET", path);
    const etag = first.headers.get("etag")!;
    const unchanged = await call("bob", "GET", path, undefined, { "if-none-match": etag });
    expect(unchanged.status).toBe(304);
    await call("carol", "POST", `${path}/answers`, { id: randomUUID(), text: "Pairing helps" });
    const changed = await call<RoundView>("bob", "GET", path, undefined, { "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(changed.body.answers.map((answer) => answer.text)).toEqual(["Pairing helps"]);
  });

  it("lets only the starter or the owner close a round", async () => {
    const round = await startRound(CHAT);
    const byBob = await call<Problem>("bob", "POST", `${scopePath(CHAT)}/rounds/${round.id}/close`);
    expect(byBob.status).toBe(403);
    const byAlice = await call<RoundView>("alice", "POST", `${scopePath(CHAT)}/rounds/${round.id}/close`);
    expect(byAlice.status).toBe(200);
    expect(byAlice.body.status).toBe("closed");
  });
});

describe("answers", () => {
  it("stores an answer under its client id: replay 200, other content 409", async () => {
    const round = await startRound();
    const path = `${scopePath(TEAM)}/rounds/${round.id}/answers`;
    const id = randomUUID();
    const created = await call<AnswerView>("bob", "POST", path, { id, text: "  We learned X  " });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id,
      text: "We learned X",
      author: { name: "Bob Example" },
      mine: true,
    });
    expect(created.headers.get("etag")).toBeTruthy();
    const replay = await call<AnswerView>("bob", "POST", path, { id, text: "We learned X" });
    expect(replay.status).toBe(200);
    const other = await call<Problem>("bob", "POST", path, { id, text: "Something else" });
    expect(other.status).toBe(409);
    const stolen = await call<Problem>("carol", "POST", path, { id, text: "We learned X" });
    expect(stolen.status).toBe(409);
    const view = await call<RoundView>("alice", "GET", `${scopePath(TEAM)}/rounds/${round.id}`);
    expect(view.body.answers).toHaveLength(1);
  });

  it("keeps all of 50 parallel answers to one round", async () => {
    const round = await startRound();
    const path = `${scopePath(TEAM)}/rounds/${round.id}`;
    const users = ["alice", "bob", "carol"];
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        call("" + users[index % 3], "POST", `${path}/answers`, { id: randomUUID(), text: `answer ${index}` }),
      ),
    );
    expect(results.map((result) => result.status)).toEqual(Array(50).fill(201));
    const view = await call<RoundView>("alice", "GET", path);
    expect(view.body.answers).toHaveLength(50);
    expect(view.body.answerCount).toBe(50);
    expect(new Set(view.body.answers.map((answer) => answer.text)).size).toBe(50);
    expect(view.body.etag).not.toBe(round.etag);
  });

  it("never sends an anonymous author to anybody, yet tells the author it is theirs", async () => {
    const round = await startRound();
    const path = `${scopePath(TEAM)}/rounds/${round.id}`;
    await call("bob", "POST", `${path}/answers`, {
      id: randomUUID(),
      text: "quiet thought",
      anonymous: true,
    });
    const asCarol = await call<RoundView>("carol", "GET", path);
    expect(asCarol.body.answers[0]).toMatchObject({ anonymous: true, author: null, mine: false });
    expect(asCarol.text).not.toContain("Bob");
    expect(asCarol.text).not.toContain("b0b00000-0000-4000-8000-000000000002");
    const asBob = await call<RoundView>("bob", "GET", path);
    expect(asBob.body.answers[0]?.mine).toBe(true);
  });
});

describe("history", () => {
  it("lists rounds newest first with their answers, page by page", async () => {
    const scope = "chat:19:standup-meeting@thread.v2";
    const started: string[] = [];
    for (let index = 0; index < 3; index++) {
      const round = await startRound(scope);
      await call("bob", "POST", `${scopePath(scope)}/rounds/${round.id}/answers`, {
        id: randomUUID(),
        text: `h${index}`,
      });
      started.push(round.id);
    }
    const seen: RoundView[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
      const page: { body: HistoryResponse } = await call<HistoryResponse>(
        "carol",
        "GET",
        `${scopePath(scope)}/history?${query}`,
      );
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    const ids = seen.map((round) => round.id);
    expect(ids.slice(0, 3)).toEqual([...started].reverse());
    expect(seen[0]?.answers.map((answer) => answer.text)).toEqual(["h2"]);
  });

  it("refuses a cursor from another scope or a modified one", async () => {
    for (let index = 0; index < 2; index++) await startRound(TEAM);
    const page = await call<HistoryResponse>("alice", "GET", `${scopePath(TEAM)}/history?limit=1`);
    const cursor = page.body.nextCursor!;
    const elsewhere = await call<Problem>(
      "alice",
      "GET",
      `${scopePath(CHAT)}/history?cursor=${encodeURIComponent(cursor)}`,
    );
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.errors?.[0]?.field).toBe("cursor");
    const tampered = cursor.replace(/^./, (first) => (first === "A" ? "B" : "A"));
    const modified = await call<Problem>(
      "alice",
      "GET",
      `${scopePath(TEAM)}/history?cursor=${encodeURIComponent(tampered)}`,
    );
    expect(modified.status).toBe(400);
  });
});

describe("errors are problem+json naming the field", () => {
  it.each([
    ["an unknown field", { id: randomUUID(), text: "x", color: "red" }, "color"],
    ["missing text", { id: randomUUID() }, "text"],
    ["blank text", { id: randomUUID(), text: "   " }, "text"],
    ["text over 1,000 characters", { id: randomUUID(), text: "é".repeat(1001) }, "text"],
    ["an id that is not a UUID", { id: "42", text: "x" }, "id"],
    ["an unknown mode", { id: randomUUID(), text: "x", mode: "telepathic" }, "mode"],
  ])("rejects %s", async (_label, body, field) => {
    const round = await startRound();
    const response = await call<Problem>(
      "bob",
      "POST",
      `${scopePath(TEAM)}/rounds/${round.id}/answers`,
      body,
    );
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(response.body.errors?.map((error) => error.field)).toContain(field);
  });

  it("answers 415 for a body that is not JSON and 413 for one over 16 KB", async () => {
    const round = await startRound();
    const path = `${scopePath(TEAM)}/rounds/${round.id}/answers`;
    const form = await request<Problem>(api.url, "POST", path, {
      token: tokens.bob,
      rawBody: "text=hi",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(form.status).toBe(415);
    const huge = await call<Problem>("bob", "POST", path, { id: randomUUID(), text: "x".repeat(17_000) });
    expect(huge.status).toBe(413);
    const broken = await request<Problem>(api.url, "POST", path, {
      token: tokens.bob,
      rawBody: "{not json",
      headers: { "content-type": "application/json" },
    });
    expect(broken.status).toBe(400);
  });

  it("answers 401 without a valid token and 403 outside one's scopes", async () => {
    const path = `${scopePath(TEAM)}/rounds/current`;
    expect((await call(null, "GET", path)).status).toBe(401);
    expect((await request(api.url, "GET", path, { token: "not.a.token" })).status).toBe(401);
    expect((await call("mallory", "GET", path)).status).toBe(403);
    expect((await call("eve", "GET", path)).status).toBe(403);
    const round = await startRound();
    const intruder = await call<Problem>("mallory", "GET", `${scopePath(TEAM)}/rounds/${round.id}`);
    expect(intruder.status).toBe(403);
    expect(intruder.text).not.toContain(round.promptText);
  });

  it("rejects a scope that is not team: or chat:", async () => {
    const response = await call<Problem>("alice", "GET", `${scopePath("group:x")}/rounds/current`);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.field).toBe("scope");
  });
});
