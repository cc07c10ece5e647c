import type {
  HistoryResponse,
  Problem,
  PromptView,
  PromptsResponse,
  RoundView,
  ScopeView,
} from "@learning-loop/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalCosmos } from "../../api/src/local/cosmos-server";
import type { LocalHost } from "../../api/src/local/http-host";
import { scopePath } from "../support/api-client";
import { CHAT, TEAM, openSession } from "../support/api-session";
import type { ApiSession } from "../support/api-session";
import { startApi, startCosmos } from "../support/stack";

// Issue 18, "History that shows what it found": the prompt filter, a team's own prompts edited and
// removed, and the one-time prompt for the next stand-up. Settings change today's prompt for the
// whole scope, so this file has a Cosmos server of its own.
let cosmos: LocalCosmos;
let api: LocalHost;
let session: ApiSession;

beforeAll(async () => {
  cosmos = await startCosmos();
  api = await startApi(cosmos.endpoint, { env: { COSMOS_DATABASE: "learningloop" } });
  session = await openSession(api);
});
afterAll(async () => {
  await api?.close();
  await cosmos?.stop();
});

const call: ApiSession["call"] = (...args) => session.call(...args);
const prompts = (scope: string) => `${scopePath(scope)}/prompts`;
const history = (scope: string, query: string) => `${scopePath(scope)}/history?${query}`;

async function addPrompt(text: string, kind?: string): Promise<PromptView> {
  const response = await call<PromptView>("bob", "POST", prompts(TEAM), { text, ...(kind ? { kind } : {}) });
  expect(response.status).toBe(201);
  return response.body;
}

describe("history prompt filter", () => {
  it("returns only rounds started with the prompt, library or the team's own, and combines with search", async () => {
    const own = await addPrompt("Qué aprendimos del despliegue?", "reflexive");
    const withOwn = await session.startRound(TEAM, { promptId: own.id });
    const withLibrary = await session.startRound(TEAM, { promptId: "vic-peer" });
    const written = await session.startRound(TEAM, { promptText: "A written prompt" });
    await session.answer("carol", TEAM, withOwn.id, "The Übergabe checklist saved us");

    const byOwn = await call<HistoryResponse>("carol", "GET", history(TEAM, `promptId=${own.id}`));
    expect(byOwn.status).toBe(200);
    expect(byOwn.body.items.map((round) => round.id)).toEqual([withOwn.id]);
    const byLibrary = await call<HistoryResponse>("carol", "GET", history(TEAM, "promptId=vic-peer"));
    expect(byLibrary.body.items.map((round) => round.id)).toContain(withLibrary.id);
    expect(byLibrary.body.items.every((round) => round.promptId === "vic-peer")).toBe(true);
    expect(byLibrary.body.items.map((round) => round.id)).not.toContain(written.id);

    // Case- and accent-insensitive search inside the prompt filter.
    const both = await call<HistoryResponse>("carol", "GET", history(TEAM, `promptId=${own.id}&q=UBERGABE`));
    expect(both.body.items.map((round) => round.id)).toEqual([withOwn.id]);
    const neither = await call<HistoryResponse>(
      "carol",
      "GET",
      history(TEAM, "promptId=vic-peer&q=ubergabe"),
    );
    expect(neither.body.items).toEqual([]);
  });

  it.each([
    ["an id no prompt has", "promptId=no-such-prompt"],
    ["a UUID of no prompt of this scope", `promptId=${crypto.randomUUID()}`],
    ["an empty id", "promptId="],
    ["an id over 100 characters", `promptId=${"p".repeat(101)}`],
  ])("answers %s with 400 naming promptId", async (_label, query) => {
    const response = await call<Problem>("carol", "GET", history(TEAM, query));
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(response.body.errors?.map((error) => error.field).join()).toContain("promptId");
  });

  it("does not take another scope's prompt", async () => {
    const own = await addPrompt("Only for the team");
    const response = await call<Problem>("bob", "GET", history(CHAT, `promptId=${own.id}`));
    expect(response.status).toBe(400);
  });
});

describe("editing and removing a team's own prompt", () => {
  it("changes text and learning mode with If-Match; a held ETag then is stale", async () => {
    const prompt = await addPrompt("What did we learn from support?");
    expect(prompt.etag).toBe('"1"');
    const path = `${prompts(TEAM)}/${prompt.id}`;
    const body = { text: "What did support teach us?", kind: "vicarious" };

    expect((await call<Problem>("carol", "PATCH", path, body)).status).toBe(428);
    const edited = await call<PromptView>("carol", "PATCH", path, body, { "if-match": prompt.etag! });
    expect(edited.status).toBe(200);
    expect(edited.body).toEqual({ ...prompt, ...body, etag: '"2"' });
    expect(edited.headers.get("etag")).toBe('"2"');
    const stale = await call<Problem>("bob", "PATCH", path, { kind: null }, { "if-match": prompt.etag! });
    expect(stale.status).toBe(412);

    const listed = await call<PromptsResponse>("bob", "GET", `${prompts(TEAM)}?kind=vicarious`);
    expect(listed.body.prompts).toContainEqual(edited.body);
    const cleared = await call<PromptView>("bob", "PATCH", path, { kind: null }, { "if-match": '"2"' });
    expect(cleared.body).toMatchObject({ kind: null, text: body.text, etag: '"3"' });
  });

  it.each([
    ["an empty body", {}, "text"],
    ["blank text", { text: "  " }, "text"],
    ["an unknown kind", { kind: "telepathic" }, "kind"],
    ["an unknown field", { text: "x", owner: "me" }, "owner"],
  ])("rejects %s with 400", async (_label, body, field) => {
    const prompt = await addPrompt("To be edited badly");
    const response = await call<Problem>("bob", "PATCH", `${prompts(TEAM)}/${prompt.id}`, body, {
      "if-match": prompt.etag!,
    });
    expect(response.status).toBe(400);
    expect(response.body.errors?.map((error) => error.field)).toContain(field);
  });

  it("removes it with 204; rounds that used it keep their text; then 404", async () => {
    const prompt = await addPrompt("What will we never do again?", "reflexive");
    const round = await session.startRound(TEAM, { promptId: prompt.id });
    const path = `${prompts(TEAM)}/${prompt.id}`;

    expect((await call("bob", "DELETE", path)).status).toBe(428);
    expect((await call("bob", "DELETE", path, undefined, { "if-match": '"7"' })).status).toBe(412);
    const removed = await call("carol", "DELETE", path, undefined, { "if-match": prompt.etag! });
    expect(removed.status).toBe(204);
    expect(removed.text).toBe("");

    const listed = await call<PromptsResponse>("bob", "GET", prompts(TEAM));
    expect(listed.body.prompts.map((entry) => entry.id)).not.toContain(prompt.id);
    const kept = await call<RoundView>("bob", "GET", `${scopePath(TEAM)}/rounds/${round.id}`);
    expect(kept.body).toMatchObject({ promptId: prompt.id, promptText: prompt.text, kind: "reflexive" });
    expect((await call("bob", "DELETE", path, undefined, { "if-match": prompt.etag! })).status).toBe(404);
    expect((await call("bob", "PATCH", path, { text: "x" }, { "if-match": prompt.etag! })).status).toBe(404);
  });

  it("refuses library prompts (403), other scopes and outsiders", async () => {
    const library = await call<Problem>("alice", "DELETE", `${prompts(TEAM)}/weekly-next`, undefined, {
      "if-match": "*",
    });
    expect(library.status).toBe(403);
    const prompt = await addPrompt("Team only");
    const fromChat = await call("bob", "DELETE", `${prompts(CHAT)}/${prompt.id}`, undefined, {
      "if-match": prompt.etag!,
    });
    expect(fromChat.status).toBe(404);
    const outsider = await call(
      "mallory",
      "PATCH",
      `${prompts(TEAM)}/${prompt.id}`,
      { text: "Mine now" },
      {
        "if-match": prompt.etag!,
      },
    );
    expect(outsider.status).toBe(403);
    const still = await call<PromptsResponse>("bob", "GET", prompts(TEAM));
    expect(still.body.prompts).toContainEqual(prompt);
  });
});

describe("the prompt for the next stand-up", () => {
  it("is set by an owner, suggested to everyone, and used up by the round that starts with it", async () => {
    const settings = await call<ScopeView>("alice", "GET", scopePath(TEAM));
    expect(settings.body.nextPrompt).toBeNull();
    const member = await call<Problem>(
      "bob",
      "PUT",
      scopePath(TEAM),
      { nextPrompt: "vic-other-team" },
      {
        "if-match": settings.body.etag,
      },
    );
    expect(member.status).toBe(403);
    const unknown = await call<Problem>(
      "alice",
      "PUT",
      scopePath(TEAM),
      { nextPrompt: "nope" },
      {
        "if-match": settings.body.etag,
      },
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.[0]?.field).toBe("nextPrompt");

    const saved = await call<ScopeView>(
      "alice",
      "PUT",
      scopePath(TEAM),
      { nextPrompt: "vic-other-team" },
      {
        "if-match": settings.body.etag,
      },
    );
    expect(saved.status).toBe(200);
    expect(saved.body.nextPrompt).toBe("vic-other-team");
    const suggested = await call<PromptsResponse>("carol", "GET", prompts(TEAM));
    expect(suggested.body.today).toMatchObject({ id: "vic-other-team", kind: "vicarious" });
    const chat = await call<PromptsResponse>("carol", "GET", prompts(CHAT));
    expect(chat.body.today.id).not.toBe("vic-other-team");

    // Another prompt leaves the suggestion in place; starting with it uses it up.
    await session.startRound(TEAM, { promptId: "weekly-next" });
    expect((await call<ScopeView>("bob", "GET", scopePath(TEAM))).body.nextPrompt).toBe("vic-other-team");
    await session.startRound(TEAM, { promptId: "vic-other-team" });
    expect((await call<ScopeView>("bob", "GET", scopePath(TEAM))).body.nextPrompt).toBeNull();
    const after = await call<PromptsResponse>("carol", "GET", prompts(TEAM));
    expect(after.body.today.id).not.toBe("vic-other-team");
  });
});
