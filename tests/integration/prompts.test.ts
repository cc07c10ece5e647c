import type { Container } from "@azure/cosmos";
import type { Problem, PromptView, PromptsResponse, RoundView, ScopeView } from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../api/src/config";
import { openContainer } from "../../api/src/cosmos/container";
import type { LocalCosmos } from "../../api/src/local/cosmos-server";
import type { LocalHost } from "../../api/src/local/http-host";
import { findPrompt } from "../../api/src/prompts/find-prompt";
import { PROMPT_LIBRARY } from "../../api/src/prompts/library";
import { DEFAULT_ROTATION } from "../../api/src/prompts/rotation";
import { scopePath } from "../support/api-client";
import { CHAT, TEAM, openSession } from "../support/api-session";
import type { ApiSession, User } from "../support/api-session";
import { startApi, startCosmos } from "../support/stack";
import { dbOf } from "../../api/src/cosmos/db";

// Saving a rotation changes today's prompt for everyone in the scope, so this file keeps the
// fixture scopes to itself on a Cosmos server of its own.
let cosmos: LocalCosmos;
let api: LocalHost;
let container: Container;
let session: ApiSession;
let tid = "";

beforeAll(async () => {
  cosmos = await startCosmos();
  api = await startApi(cosmos.endpoint, { env: { COSMOS_DATABASE: "learningloop" } });
  container = await openContainer(loadConfig({ AUTH_MODE: "dev", COSMOS_ENDPOINT: cosmos.endpoint }).cosmos);
  session = await openSession(api);
  tid = session.tids.alice;
});
afterAll(async () => {
  await api?.close();
  await cosmos?.stop();
});

const call: ApiSession["call"] = (...args) => session.call(...args);

const promptsPath = (scope: string, query = "") => `${scopePath(scope)}/prompts${query}`;

async function addPrompt(user: User, scope: string, body: Record<string, unknown>) {
  const response = await call<PromptView>(user, "POST", promptsPath(scope), body);
  expect(response.status).toBe(201);
  return response.body;
}

describe("listing prompts", () => {
  it("serves the whole library and today's prompt from the default rotation", async () => {
    const response = await call<PromptsResponse>("bob", "GET", promptsPath(TEAM));
    expect(response.status).toBe(200);
    expect(response.body.prompts).toEqual(PROMPT_LIBRARY.map((entry) => ({ ...entry, source: "library" })));
    expect(response.body.today.source).toBe("library");
    expect(DEFAULT_ROTATION).toContain(response.body.today.id);
  });

  it("narrows the list to one kind with ?kind=, leaving today's prompt alone", async () => {
    const safety = await call<PromptsResponse>("bob", "GET", promptsPath(TEAM, "?kind=safety"));
    expect(safety.status).toBe(200);
    expect(safety.body.prompts.length).toBeGreaterThanOrEqual(5);
    expect(safety.body.prompts.every((prompt) => prompt.kind === "safety")).toBe(true);
    expect(safety.body.today.kind).toBe("weekly");
  });

  it.each([
    ["an unknown kind", "?kind=telepathic", "query.kind"],
    ["an unknown parameter", "?color=red", "query.color"],
  ])("rejects %s with 400 naming it", async (_label, query, field) => {
    const response = await call<Problem>("bob", "GET", promptsPath(TEAM, query));
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(response.body.errors?.map((error) => error.field)).toContain(field);
  });

  it("answers 401 without a token and 403 outside one's scopes", async () => {
    expect((await call(null, "GET", promptsPath(TEAM))).status).toBe(401);
    expect((await call("mallory", "GET", promptsPath(TEAM))).status).toBe(403);
    expect((await call("eve", "GET", promptsPath(TEAM))).status).toBe(403);
    expect((await call("eve", "POST", promptsPath(TEAM), { text: "Sneaky" })).status).toBe(403);
  });
});

describe("custom prompts", () => {
  it("lets any member add one: 201, the same again 200, other content under its id 409", async () => {
    const id = randomUUID();
    const body = { id, text: "  What did on-call teach us?  ", kind: "reflexive", hint: "One lesson each." };
    const created = await call<PromptView>("bob", "POST", promptsPath(TEAM), body);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id,
      text: "What did on-call teach us?",
      kind: "reflexive",
      hint: "One lesson each.",
      source: "custom",
      etag: '"1"',
    });
    expect(created.headers.get("etag")).toBe('"1"');
    const replay = await call<PromptView>("bob", "POST", promptsPath(TEAM), body);
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual(created.body);
    const other = await call<Problem>("bob", "POST", promptsPath(TEAM), { ...body, text: "Something else" });
    expect(other.status).toBe(409);
    expect(other.body.errors?.[0]?.field).toBe("id");
    const someoneElse = await call<Problem>("carol", "POST", promptsPath(TEAM), body);
    expect(someoneElse.status).toBe(409);

    const listed = await call<PromptsResponse>("carol", "GET", promptsPath(TEAM));
    expect(listed.body.prompts.filter((prompt) => prompt.id === id)).toEqual([created.body]);
    const reflexive = await call<PromptsResponse>("carol", "GET", promptsPath(TEAM, "?kind=reflexive"));
    expect(reflexive.body.prompts.map((prompt) => prompt.id)).toContain(id);
    const chat = await call<PromptsResponse>("bob", "GET", promptsPath(CHAT));
    expect(chat.body.prompts.map((prompt) => prompt.id)).not.toContain(id);
  });

  it("gives a prompt without an id one, and leaves kind and hint open", async () => {
    const prompt = await addPrompt("carol", TEAM, { text: "Who helped you this week?" });
    expect(prompt).toMatchObject({
      text: "Who helped you this week?",
      kind: null,
      hint: null,
      source: "custom",
    });
    expect(prompt.id).toMatch(/^[0-9a-f-]{36}$/);
    const safety = await call<PromptsResponse>("carol", "GET", promptsPath(TEAM, "?kind=safety"));
    expect(safety.body.prompts.map((entry) => entry.id)).not.toContain(prompt.id);
  });

  it("refuses an id that another kind of document in the scope already uses", async () => {
    const round = await call<RoundView>("alice", "POST", `${scopePath(TEAM)}/rounds`, {
      id: randomUUID(),
      promptId: "weekly-next",
    });
    expect(round.status).toBe(201);
    const response = await call<Problem>("alice", "POST", promptsPath(TEAM), {
      id: round.body.id,
      text: "Taken id",
    });
    expect(response.status).toBe(409);
  });

  it.each([
    ["an unknown field", { text: "x", color: "red" }, "color"],
    ["missing text", {}, "text"],
    ["blank text", { text: "   " }, "text"],
    ["text over 300 characters", { text: "é".repeat(301) }, "text"],
    ["an id that is not a UUID", { id: "my-prompt", text: "x" }, "id"],
    ["an unknown kind", { text: "x", kind: "telepathic" }, "kind"],
    ["a hint over 200 characters", { text: "x", hint: "h".repeat(201) }, "hint"],
  ])("rejects %s with 400 naming the field", async (_label, body, field) => {
    const response = await call<Problem>("bob", "POST", promptsPath(TEAM), body);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(response.body.errors?.map((error) => error.field)).toContain(field);
  });

  it("finds library and custom prompts by id for the rounds service, within one scope only", async () => {
    const prompt = await addPrompt("bob", TEAM, {
      text: "What would we stop tomorrow?",
      kind: "experimental",
    });
    const team = { pk: `${tid}|${TEAM}`, tid, scope: TEAM };
    const chat = { pk: `${tid}|${CHAT}`, tid, scope: CHAT };
    expect(await findPrompt(dbOf(container), team, prompt.id)).toEqual(prompt);
    expect(await findPrompt(dbOf(container), team, "weekly-next")).toMatchObject({
      id: "weekly-next",
      source: "library",
    });
    expect(await findPrompt(dbOf(container), chat, prompt.id)).toBeUndefined();
    expect(await findPrompt(dbOf(container), team, randomUUID())).toBeUndefined();
    expect(await findPrompt(dbOf(container), team, "no/such#prompt")).toBeUndefined();
  });
});

describe("today's prompt", () => {
  it("follows the rotation the owner saved, custom prompts included", async () => {
    const prompt = await addPrompt("bob", TEAM, {
      text: "What surprised you in production?",
      kind: "contextual",
    });
    const settings = await call<ScopeView>("alice", "GET", scopePath(TEAM));
    // The same prompt on all seven days, so the test holds whatever the weekday.
    const saved = await call<ScopeView>(
      "alice",
      "PUT",
      scopePath(TEAM),
      { rotation: Array(7).fill(prompt.id), timezone: "Pacific/Auckland" },
      { "if-match": settings.headers.get("etag")! },
    );
    expect(saved.status).toBe(200);
    const response = await call<PromptsResponse>("carol", "GET", promptsPath(TEAM));
    expect(response.body.today).toEqual(prompt);
    const chat = await call<PromptsResponse>("carol", "GET", promptsPath(CHAT));
    expect(chat.body.today.source).toBe("library");
  });

  // Wired by the rounds service (it calls findPrompt); unskip once it does.
  it("starts a round from a custom prompt id", async () => {
    const prompt = await addPrompt("bob", TEAM, {
      text: "What did the last incident teach us?",
      kind: "reflexive",
    });
    const round = await call<RoundView>("alice", "POST", `${scopePath(TEAM)}/rounds`, {
      promptId: prompt.id,
    });
    expect(round.status).toBe(201);
    expect(round.body).toMatchObject({ promptId: prompt.id, promptText: prompt.text, kind: "reflexive" });
    const elsewhere = await call<Problem>("alice", "POST", `${scopePath(CHAT)}/rounds`, {
      promptId: prompt.id,
    });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.errors?.[0]?.field).toBe("promptId");
  });
});
