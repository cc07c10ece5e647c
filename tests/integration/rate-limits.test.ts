import type { RoundView } from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { devToken, request, scopePath } from "../support/api-client";
import type { TestResponse } from "../support/api-client";
import { CHAT, openSession, TEAM } from "../support/api-session";
import { startApi } from "../support/stack";

const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

describe("rate limits under a flood (default limits, real local Cosmos)", () => {
  it("one member flooding gets 429s with Retry-After while another member of the scope stays served and fast; every acknowledged answer is stored exactly once", async () => {
    const s = await openSession(await startApi(inject("cosmosEndpoint")), { honourRetryAfter: false });
    cleanup.push(() => s.api.close());
    const round = await s.startRound(TEAM, { revealMode: "live" });
    const roundPath = `${scopePath(TEAM)}/rounds/${round.id}`;

    // alice keeps working at the side panel's pace: a conditional poll a second, an answer now and then.
    let flooding = true;
    const aliceStatuses: number[] = [];
    const aliceMs: number[] = [];
    const aliceAnswers: string[] = [];
    const alice = (async () => {
      let etag = round.etag;
      for (let tick = 0; flooding || tick < 3; tick++) {
        const started = Date.now();
        const poll = await s.call<RoundView>("alice", "GET", roundPath, undefined, { "if-none-match": etag });
        aliceMs.push(Date.now() - started);
        aliceStatuses.push(poll.status);
        if (poll.status === 200) etag = poll.headers.get("etag") ?? etag;
        if (tick % 3 === 0) {
          const id = randomUUID();
          const answerStarted = Date.now();
          const answer = await s.call("alice", "POST", `${roundPath}/answers`, { id, text: `alice ${tick}` });
          aliceMs.push(Date.now() - answerStarted);
          aliceStatuses.push(answer.status);
          if (answer.status === 201) aliceAnswers.push(id);
        }
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    })();

    // bob floods with his own token: 400 answers and 400 polls, all at once.
    const bobIds = Array.from({ length: 400 }, () => randomUUID());
    const floodStarted = Date.now();
    const flood: TestResponse[] = await Promise.all([
      ...bobIds.map((id, index) =>
        s.call("bob", "POST", `${roundPath}/answers`, { id, text: `bob ${index}` }),
      ),
      ...bobIds.map(() => s.call("bob", "GET", roundPath)),
    ]);
    const floodMs = Date.now() - floodStarted;
    flooding = false;
    await alice;

    const answerResults = flood.slice(0, bobIds.length);
    const acknowledged = bobIds.filter((_, index) => [200, 201].includes(answerResults[index]!.status));
    const limited = flood.filter((response) => response.status === 429);
    const other = flood.filter((response) => ![200, 201, 429].includes(response.status));
    console.log(
      `flood: ${flood.length} requests in ${floodMs} ms; ${acknowledged.length} answers acknowledged, ` +
        `${limited.length} limited, ${other.length} other; alice: ${aliceStatuses.length} requests, ` +
        `p50 ${percentile(aliceMs, 50)} ms, p95 ${percentile(aliceMs, 95)} ms, max ${Math.max(...aliceMs)} ms`,
    );

    // The flooder was limited, politely.
    expect(limited.length).toBeGreaterThan(100);
    expect(other).toEqual([]);
    for (const response of limited) {
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(response.headers.get("retry-after")).toMatch(/^[1-9]\d*$/);
    }
    // The other member never was, and stayed fast (a generous bound: the machine is shared).
    expect(aliceStatuses.filter((status) => status === 429)).toEqual([]);
    expect(aliceStatuses.every((status) => [200, 201, 304].includes(status))).toBe(true);
    expect(percentile(aliceMs, 95)).toBeLessThan(15_000);

    // Every acknowledged answer is stored exactly once, and nothing limited was stored.
    const view = await s.call<RoundView>("alice", "GET", roundPath);
    expect(view.status).toBe(200);
    const storedIds = view.body.answers.map((answer) => answer.id);
    expect(new Set(storedIds).size).toBe(storedIds.length);
    expect(new Set(storedIds)).toEqual(new Set([...acknowledged, ...aliceAnswers]));
    expect(view.body.answerCount).toBe(acknowledged.length + aliceAnswers.length);

    // After Retry-After, the same answer again is the same answer: 200, still stored once.
    const wait = Math.max(...limited.map((response) => Number(response.headers.get("retry-after"))));
    await new Promise((resolve) => setTimeout(resolve, wait * 1000));
    const firstId = acknowledged[0]!;
    const replay = await s.call("bob", "POST", `${roundPath}/answers`, {
      id: firstId,
      text: `bob ${bobIds.indexOf(firstId)}`,
    });
    expect(replay.status).toBe(200);
    const after = await s.call<RoundView>("alice", "GET", roundPath);
    expect(after.body.answers.filter((answer) => answer.id === firstId)).toHaveLength(1);
    expect(after.body.answerCount).toBe(view.body.answerCount);
  }, 180_000);

  it("limits a scope flooded by many members per scope, while the same people elsewhere are served", async () => {
    const api = await startApi(inject("cosmosEndpoint"), {
      env: { RATE_LIMIT_SCOPE_PER_MINUTE: "60", RATE_LIMIT_SCOPE_BURST: "30" },
    });
    cleanup.push(() => api.close());
    const users = ["alice", "bob", "carol", "dave", "frank"];
    const tokens = Object.fromEntries(
      await Promise.all(users.map(async (user) => [user, (await devToken(api.url, user)).token] as const)),
    );
    const flood = await Promise.all(
      users.flatMap((user) =>
        Array.from({ length: 12 }, () =>
          request(api.url, "GET", `${scopePath(TEAM)}/prompts`, { token: tokens[user] }),
        ),
      ),
    );
    const served = flood.filter((response) => response.status === 200);
    const limited = flood.filter((response) => response.status === 429);
    console.log(`scope flood: ${served.length} served, ${limited.length} limited of ${flood.length}`);
    // 30 at once for the scope (and a refill of one a second while the flood runs).
    expect(served.length).toBeGreaterThanOrEqual(30);
    expect(served.length).toBeLessThan(40);
    expect(served.length + limited.length).toBe(60);
    for (const response of limited) {
      expect(response.headers.get("retry-after")).toMatch(/^[1-9]\d*$/);
      expect((response.body as { detail: string }).detail).toMatch(/team or chat/);
    }
    // No member is over their own limit: the same people in another scope are served.
    const elsewhere = await request(api.url, "GET", `${scopePath(CHAT)}/prompts`, { token: tokens.alice });
    expect(elsewhere.status).toBe(200);
  }, 60_000);

  it("limits a scope's signed-event URL per scope, apart from its members", async () => {
    const api = await startApi(inject("cosmosEndpoint"), {
      env: { RATE_LIMIT_EVENTS_PER_MINUTE: "1", RATE_LIMIT_EVENTS_BURST: "2" },
    });
    cleanup.push(() => api.close());
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await request(api.url, "POST", `${scopePath(TEAM)}/events`, {
        body: { id: `incident-${i}`, kind: "incident", title: "Unsigned noise" },
      });
      statuses.push(response.status);
      if (response.status === 429) expect(response.headers.get("retry-after")).toMatch(/^[1-9]\d*$/);
    }
    // Unsigned: refused by the handler while the scope's event bucket lasts, then limited before it.
    expect(statuses).toEqual([401, 401, 429, 429]);
    // The GitHub and Azure DevOps receivers of that scope draw on the same bucket.
    for (const source of ["github", "azure-devops"]) {
      const response = await request(api.url, "POST", `${scopePath(TEAM)}/events/${source}`, { body: {} });
      expect(response.status).toBe(429);
      expect(response.headers.get("retry-after")).toMatch(/^[1-9]\d*$/);
    }
    // Another scope's events and the scope's members are untouched.
    expect((await request(api.url, "POST", `${scopePath(CHAT)}/events`, { body: {} })).status).toBe(401);
    const { token } = await devToken(api.url, "alice");
    expect((await request(api.url, "GET", `${scopePath(TEAM)}/prompts`, { token })).status).toBe(200);
  }, 60_000);
});
