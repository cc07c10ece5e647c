import type {
  AiAnswer,
  AiStatus,
  AiSynthesis,
  AiTestable,
  Problem,
  RoundView,
  ScopeView,
} from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEV_TENANT, DEV_USERS } from "../../api/src/auth/dev-fixtures";
import { secondsToUtcMidnight } from "../../api/src/ai/ai-budget";
import { scopePath } from "../support/api-client";
import { CHAT, TEAM, openSession } from "../support/api-session";
import type { ApiSession, User } from "../support/api-session";
import { startFakeOpenAi, userContent } from "../support/fake-openai";
import type { FakeOpenAi } from "../support/fake-openai";
import { startApi } from "../support/stack";

/**
 * The AI partner (docs/ai.md) against a local OpenAI-compatible fake that records every request:
 * what is sent (texts only, never a person), the three uses, human first, the failures the tab
 * shows plainly, and the per-scope daily budget. Each API here has a database of its own.
 */

let fake: FakeOpenAi;
const sessions: ApiSession[] = [];

async function session(env: NodeJS.ProcessEnv = {}, honourRetryAfter = true): Promise<ApiSession> {
  const api = await startApi(inject("cosmosEndpoint"), { env });
  // The budget's 429 waits until UTC midnight: the budget test looks at it instead.
  const opened = await openSession(api, { honourRetryAfter });
  sessions.push(opened);
  return opened;
}

const aiEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  AI_ENDPOINT: fake.openAiUrl,
  AI_MODEL: "fake-model",
  AI_API_KEY: "test-key",
  ...extra,
});

beforeAll(async () => {
  fake = await startFakeOpenAi();
});
afterAll(async () => {
  await Promise.all(sessions.map((s) => s.api.close()));
  await fake.close();
});

async function switchAi(s: ApiSession, scope: string, on: boolean, user: User = "alice") {
  const current = await s.call<ScopeView>(user, "GET", scopePath(scope));
  return s.call<ScopeView & Problem>(
    user,
    "PUT",
    scopePath(scope),
    { ai: on },
    {
      "if-match": current.headers.get("etag") ?? '"0"',
    },
  );
}

async function closedRound(s: ApiSession, scope: string, answers: [User, string, boolean?][]) {
  const round = await s.startRound(scope);
  const ids: string[] = [];
  for (const [user, text, anonymous] of answers) {
    ids.push(await s.answer(user, scope, round.id, text, anonymous ? { anonymous: true } : {}));
  }
  const closed = await s.call<RoundView>("alice", "POST", `${scopePath(scope)}/rounds/${round.id}/close`);
  expect(closed.status).toBe(200);
  return { round, ids };
}

const synthesis = (s: ApiSession, scope: string, roundId: string, user: User = "bob") =>
  s.call<AiSynthesis & Problem>(user, "POST", `${scopePath(scope)}/rounds/${roundId}/synthesis`);
const testable = (s: ApiSession, scope: string, text: unknown, user: User = "bob") =>
  s.call<AiTestable & Problem>(user, "POST", `${scopePath(scope)}/ai/testable`, { text });
const askHistory = (s: ApiSession, scope: string, question: string, user: User = "bob") =>
  s.call<AiAnswer & Problem>(user, "POST", `${scopePath(scope)}/ai/ask`, { question });
const status = (s: ApiSession, scope: string, user: User = "bob") =>
  s.call<AiStatus>(user, "GET", `${scopePath(scope)}/ai`);

const word = () => `w${randomUUID().replaceAll("-", "").slice(0, 10)}`;

/** Everything that would name or identify a person of the fixtures: display names, oids, the tenant. */
function personalData(): string[] {
  return DEV_USERS.flatMap((user) => [user.displayName, user.oid]).concat(DEV_TENANT);
}

/** The fixtures' short names as whole words ("eve", not "never"). */
const shortNames = new RegExp(`\\b(${DEV_USERS.map((user) => user.name).join("|")})\\b`, "i");

describe("AI partner", () => {
  it("is off by default: the status says so, every use is refused with 409 and nothing reaches the model", async () => {
    const before = fake.requests.length;
    const noEndpoint = await session();
    expect((await status(noEndpoint, TEAM)).body).toEqual({
      available: false,
      enabled: false,
      remainingToday: 0,
      dailyBudget: 0,
    });
    // Even switched on by the owner, a deployment without an endpoint sends nothing anywhere.
    expect((await switchAi(noEndpoint, TEAM, true)).status).toBe(200);
    const { round } = await closedRound(noEndpoint, TEAM, [["bob", "We paired on the release"]]);
    const off = await synthesis(noEndpoint, TEAM, round.id);
    expect(off.status).toBe(409);
    expect(off.body.detail).toMatch(/not set up/);

    // Configured for the deployment, but the scope's owner has not switched it on.
    const configured = await session(aiEnv());
    expect((await status(configured, TEAM)).body).toMatchObject({ available: true, enabled: false });
    const notOn = await configured.call<Problem>("bob", "POST", `${scopePath(TEAM)}/ai/testable`, {
      text: "Write the runbook down",
    });
    expect(notOn.status).toBe(409);
    expect(notOn.body.detail).toMatch(/off for this team/);
    expect((await askHistory(configured, TEAM, "what about releases?")).status).toBe(409);
    expect(fake.requests.length).toBe(before);

    // Only an owner switches it on.
    expect((await switchAi(configured, TEAM, true, "bob")).status).toBe(403);
    const on = await switchAi(configured, TEAM, true);
    expect(on.status).toBe(200);
    expect(on.body.ai).toBe(true);
    expect((await status(configured, TEAM)).body).toMatchObject({ available: true, enabled: true });
  });

  it("suggests a closed round's themes from its answers' texts only, citing real answers", async () => {
    const s = await session(aiEnv());
    await switchAi(s, TEAM, true);
    const marker = word();
    const round = await s.startRound(TEAM);
    const bobs = await s.answer("bob", TEAM, round.id, `Pairing with Alice Example on ${marker} went well`);
    const anonymous = await s.answer(
      "carol",
      TEAM,
      round.id,
      `I was afraid to say the ${marker} deploy broke`,
      {
        anonymous: true,
      },
    );

    // Human first: while the round is open, nothing is asked.
    const before = fake.requests.length;
    const open = await synthesis(s, TEAM, round.id);
    expect(open.status).toBe(409);
    expect(open.body.detail).toMatch(/after the round is closed/);
    expect(fake.requests.length).toBe(before);

    await s.call("alice", "POST", `${scopePath(TEAM)}/rounds/${round.id}/close`);
    // The model cites one real label and one it made up; the made-up one is dropped, as is a theme citing nothing.
    fake.next({
      kind: "answer",
      json: {
        themes: [
          { title: "Pairing helps", summary: "Working together went well.", answers: ["A1", "A9"] },
          { title: "Invented", summary: "Cites nothing that exists.", answers: ["A42"] },
          { title: "Safety", summary: "Someone did not dare to speak.", answers: ["A2"] },
        ],
      },
    });
    const response = await synthesis(s, TEAM, round.id);
    expect(response.status).toBe(200);
    const answerIds = [bobs, anonymous];
    expect(response.body.roundId).toBe(round.id);
    expect(response.body.themes.map((theme) => theme.title)).toEqual(["Pairing helps", "Safety"]);
    for (const theme of response.body.themes) {
      expect(theme.answerIds.length).toBeGreaterThan(0);
      for (const id of theme.answerIds) expect(answerIds).toContain(id);
    }

    const sent = fake.requests.at(-1)!;
    expect(sent.flavor).toBe("openai");
    expect(sent.authorization).toBe("Bearer test-key");
    expect(sent.body.model).toBe("fake-model");
    expect(sent.body.response_format).toEqual({ type: "json_object" });
    const input = userContent(sent) as { prompt: string; answers: { label: string; text: string }[] };
    expect(input.prompt).toBe(round.promptText);
    expect(input.answers.map((answer) => answer.text).sort()).toEqual(
      [
        `Pairing with Alice Example on ${marker} went well`,
        `I was afraid to say the ${marker} deploy broke`,
      ].sort(),
    );
    // Every answer object holds exactly a label and its text: no author, anonymity flag, id or time.
    for (const answer of input.answers) expect(Object.keys(answer).sort()).toEqual(["label", "text"]);
    // Outside the answers' own words (one of which names Alice), nothing of a person or a stored id.
    const withoutTexts = sent.raw.replaceAll("Alice Example", "");
    for (const value of [...personalData(), bobs, anonymous, round.id, TEAM, "anonymous"]) {
      expect(withoutTexts.toLowerCase()).not.toContain(value.toLowerCase());
    }
    expect(withoutTexts).not.toMatch(shortNames);
  });

  it("makes an idea testable with a check-back date in a sane range", async () => {
    const s = await session(aiEnv());
    await switchAi(s, TEAM, true);
    fake.next({
      kind: "answer",
      json: {
        hypothesis: "If we rotate on-call weekly, then fewer pages go unanswered.",
        signal: "Unanswered pages",
        checkBackInDays: 400,
      },
    });
    const response = await testable(s, TEAM, "Rotate on-call weekly");
    expect(response.status).toBe(200);
    expect(response.body.hypothesis).toMatch(/^If we rotate/);
    expect(response.body.signal).toBe("Unanswered pages");
    const days =
      (Date.parse(response.body.checkBackAt) - Date.parse(new Date().toISOString().slice(0, 10))) /
      86_400_000;
    expect(days).toBe(90);
    expect(userContent(fake.requests.at(-1)!)).toEqual({ idea: "Rotate on-call weekly" });

    fake.next({ kind: "answer", json: { hypothesis: "If we…", signal: "s", checkBackInDays: -3 } });
    const soon = await testable(s, TEAM, "Something");
    const daysSoon =
      (Date.parse(soon.body.checkBackAt) - Date.parse(new Date().toISOString().slice(0, 10))) / 86_400_000;
    expect(daysSoon).toBe(1);

    const bad = await testable(s, TEAM, "");
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0]?.field).toBe("text");
  });

  it("answers a question from this scope's own history only, with citations to its rounds", async () => {
    const s = await session(aiEnv());
    await switchAi(s, TEAM, true);
    await switchAi(s, CHAT, true);
    const marker = word();
    const { round } = await closedRound(s, TEAM, [
      ["bob", `The ${marker} rotation left nights uncovered`],
      ["carol", `Handing over ${marker} duties at noon worked`, true],
    ]);
    const { round: chatRound } = await closedRound(s, CHAT, [
      ["bob", `Chat only: ${marker} secret of another scope`],
    ]);

    fake.next({ kind: "answer", json: { answer: "Noon handovers worked.", citations: ["R1", "R2", "R77"] } });
    const response = await askHistory(s, TEAM, `What have we learned about ${marker}?`);
    expect(response.status).toBe(200);
    expect(response.body.answer).toBe("Noon handovers worked.");
    expect(response.body.citations).toHaveLength(2);
    for (const citation of response.body.citations) {
      expect(citation.roundId).toBe(round.id);
      expect(citation.roundId).not.toBe(chatRound.id);
    }
    const sent = fake.requests.at(-1)!;
    expect(sent.raw).toContain(`${marker} rotation left nights uncovered`);
    expect(sent.raw).not.toContain("another scope");
    for (const value of [...personalData(), round.id, "anonymous"]) {
      expect(sent.raw.toLowerCase()).not.toContain(value.toLowerCase());
    }
    expect(sent.raw).not.toMatch(shortNames);

    // Nothing related: no model call, nothing spent.
    const before = fake.requests.length;
    const remaining = (await status(s, TEAM)).body.remainingToday;
    const nothing = await askHistory(s, TEAM, `${word()} ${word()}`);
    expect(nothing.body).toEqual({ answer: null, citations: [] });
    expect(fake.requests.length).toBe(before);
    expect((await status(s, TEAM)).body.remainingToday).toBe(remaining);

    // A non-member gets 403 and nothing is sent.
    expect((await askHistory(s, TEAM, "anything", "mallory")).status).toBe(403);
    expect(fake.requests.length).toBe(before);
  });

  it("shows refusals, content filters, invalid answers and failures plainly, never as 500", async () => {
    const s = await session(aiEnv());
    await switchAi(s, TEAM, true);
    const cases: [Parameters<FakeOpenAi["next"]>[0], number, RegExp][] = [
      [{ kind: "refuse", refusal: "I can't help with that." }, 422, /declined.*I can't help with that/],
      [{ kind: "filter", where: "prompt" }, 422, /content filter/],
      [{ kind: "filter", where: "completion" }, 422, /content filter/],
      [{ kind: "text", content: "Sure! Here are some ideas" }, 502, /not in the form/],
      [{ kind: "answer", json: { hypothesis: 3 } }, 502, /not in the form/],
      [{ kind: "fail", status: 500 }, 502, /could not answer \(500\)/],
      [{ kind: "fail", status: 429, retryAfter: 7 }, 503, /busy/],
    ];
    for (const [behaviour, expected, detail] of cases) {
      fake.next(behaviour);
      const response = await testable(s, TEAM, "Try a shorter stand-up");
      expect(response.status, behaviour.kind).toBe(expected);
      expect(response.headers.get("content-type")).toMatch(/problem\+json/);
      expect(response.body.detail).toMatch(detail);
      if (expected === 503) expect(response.headers.get("retry-after")).toBe("7");
    }
  });

  it("gives up after AI_TIMEOUT_MS with 504", async () => {
    const s = await session(aiEnv({ AI_TIMEOUT_MS: "300" }));
    await switchAi(s, TEAM, true);
    fake.next({ kind: "hang" });
    const started = Date.now();
    const response = await testable(s, TEAM, "Try a shorter stand-up");
    expect(response.status).toBe(504);
    expect(response.body.detail).toMatch(/in time/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("keeps a per-scope daily budget, even against concurrent requests, then answers 429 until UTC midnight", async () => {
    const s = await session(aiEnv({ AI_DAILY_BUDGET: "3" }), false);
    await switchAi(s, TEAM, true);
    await switchAi(s, CHAT, true);
    expect((await status(s, TEAM)).body).toMatchObject({ remainingToday: 3, dailyBudget: 3 });
    const before = fake.requests.length;
    const results = await Promise.all(
      Array.from({ length: 6 }, () => testable(s, TEAM, "Try a shorter stand-up")),
    );
    const codes = results.map((result) => result.status).sort();
    expect(codes.filter((code) => code === 200)).toHaveLength(3);
    // Lost races are retried on the ETag; whatever remains past the budget is 429.
    expect(codes.filter((code) => code !== 200).every((code) => code === 429)).toBe(true);
    expect(fake.requests.length - before).toBe(3);
    const spent = results.find((result) => result.status === 429)!;
    expect(spent.body.detail).toMatch(/today's AI suggestions/);
    const retryAfter = Number(spent.headers.get("retry-after"));
    expect(Math.abs(retryAfter - secondsToUtcMidnight(new Date()))).toBeLessThan(60);
    expect((await status(s, TEAM)).body.remainingToday).toBe(0);
    // Another scope's budget is its own.
    expect((await testable(s, CHAT, "Try a shorter stand-up")).status).toBe(200);
  });

  it("speaks Azure OpenAI's shape: deployment path, api-version and api-key", async () => {
    const s = await session({
      AI_ENDPOINT: fake.azureEndpoint,
      AI_PROVIDER: "azure",
      AI_MODEL: "learning-loop-gpt",
      AI_API_KEY: "azure-key",
      AI_API_VERSION: "2024-10-21",
    });
    await switchAi(s, TEAM, true);
    const response = await testable(s, TEAM, "Demo the feature on Fridays");
    expect(response.status).toBe(200);
    const sent = fake.requests.at(-1)!;
    expect(sent).toMatchObject({
      flavor: "azure",
      deployment: "learning-loop-gpt",
      apiVersion: "2024-10-21",
      apiKey: "azure-key",
    });
  });
});
