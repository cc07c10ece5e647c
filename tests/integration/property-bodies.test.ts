import type { AnswerView, Problem } from "@learning-loop/contract";
import fc from "fast-check";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { request, scopePath } from "../support/api-client";
import type { TestResponse } from "../support/api-client";
import { openSession, TEAM } from "../support/api-session";
import type { ApiSession, User } from "../support/api-session";
import { startApi } from "../support/stack";

let s: ApiSession;
let roundId: string;
let answerPath: string;
let promptPath: string;

beforeAll(async () => {
  s = await openSession(await startApi(inject("cosmosEndpoint")));
  roundId = (await s.startRound(TEAM)).id;
  const answer = await s.call<AnswerView>("bob", "POST", `${scopePath(TEAM)}/rounds/${roundId}/answers`, {
    id: randomUUID(),
    text: "property target",
  });
  answerPath = `${scopePath(TEAM)}/rounds/${roundId}/answers/${answer.body.id}`;
  const prompt = await s.call<{ id: string }>("carol", "POST", `${scopePath(TEAM)}/prompts`, {
    text: "property target prompt",
  });
  promptPath = `${scopePath(TEAM)}/prompts/${prompt.body.id}`;
});
afterAll(() => s.api.close());

/** Field names the routes know, mixed with strangers, so generated bodies reach deep validation. */
const KNOWN = [
  "id",
  "text",
  "anonymous",
  "mode",
  "promptId",
  "promptText",
  "meetingId",
  "revealMode",
  "owner",
  "checkBackAt",
  "status",
  "outcome",
  "sourceAnswerId",
  "roundId",
  "name",
  "rotation",
  "timezone",
  "retentionDays",
  "notifications",
  "kind",
  "hint",
  "nextPrompt",
];
const value = fc.oneof(
  fc.constant(randomUUID()),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    "live",
    "afterAnswer",
    "onReveal",
    "reflexive",
    "planned",
    "done",
    "next-standup",
    "2026-12-01",
    "UTC",
  ),
  fc.array(fc.string({ maxLength: 12 }), { maxLength: 8 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.boolean(), { maxKeys: 3 }),
);
const body = fc.oneof(
  fc.dictionary(fc.oneof(fc.constantFrom(...KNOWN), fc.string({ maxLength: 10 })), value, { maxKeys: 6 }),
  fc.anything({ maxDepth: 2 }),
  fc.string({ maxLength: 30 }).map((raw) => ({ __raw: raw })),
);

interface WriteRoute {
  name: string;
  method: string;
  path: () => string;
  user: User;
  /** PATCH/PUT routes need a current ETag to get past the precondition to the body. */
  ifMatch?: () => Promise<string>;
}

const etagOf = async (path: string) => (await s.call("alice", "GET", path)).headers.get("etag") ?? '"0"';

const routes: WriteRoute[] = [
  { name: "start round", method: "POST", path: () => `${scopePath(TEAM)}/rounds`, user: "alice" },
  {
    name: "answer",
    method: "POST",
    path: () => `${scopePath(TEAM)}/rounds/${roundId}/answers`,
    user: "carol",
  },
  { name: "edit answer", method: "PATCH", path: () => answerPath, user: "bob", ifMatch: async () => "*" },
  { name: "experiment", method: "POST", path: () => `${scopePath(TEAM)}/experiments`, user: "carol" },
  { name: "custom prompt", method: "POST", path: () => `${scopePath(TEAM)}/prompts`, user: "carol" },
  {
    name: "edit custom prompt",
    method: "PATCH",
    path: () => promptPath,
    user: "bob",
    ifMatch: async () => "*",
  },
  {
    name: "scope settings",
    method: "PUT",
    path: () => scopePath(TEAM),
    user: "alice",
    ifMatch: () => etagOf(scopePath(TEAM)),
  },
];

function send(route: WriteRoute, generated: unknown, ifMatch?: string): Promise<TestResponse<Problem>> {
  const headers: Record<string, string> = ifMatch ? { "if-match": ifMatch } : {};
  const raw =
    typeof generated === "object" && generated !== null && "__raw" in generated
      ? String(generated.__raw)
      : undefined;
  if (raw !== undefined) {
    return request<Problem>(s.api.url, route.method, route.path(), {
      token: s.tokens[route.user],
      rawBody: raw,
      headers: { ...headers, "content-type": "application/json" },
    });
  }
  return s.call<Problem>(route.user, route.method, route.path(), generated, headers);
}

describe("generated bodies against every write route", () => {
  for (const route of routes) {
    it(`${route.name}: never a 5xx, and every 4xx is problem+json naming the field`, async () => {
      await fc.assert(
        fc.asyncProperty(body, async (generated) => {
          const ifMatch = route.ifMatch ? await route.ifMatch() : undefined;
          const response = await send(route, generated, ifMatch);
          expect(response.status, response.text).toBeLessThan(500);
          if (response.status >= 400) {
            expect(response.headers.get("content-type")).toContain("application/problem+json");
            expect(response.body.status).toBe(response.status);
          }
          if (response.status === 400) {
            expect(response.body.errors?.length, response.text).toBeGreaterThan(0);
            for (const error of response.body.errors ?? []) expect(error.field.length).toBeGreaterThan(0);
          }
        }),
        { numRuns: 60 },
      );
    });
  }
});
