import type { RoundView } from "@learning-loop/contract";
import { CosmosClient } from "@azure/cosmos";
import { randomUUID } from "node:crypto";
import { Agent } from "node:https";
import { afterAll, describe, expect, inject, it } from "vitest";
import { LOCAL_COSMOS_KEY } from "../../api/src/local/cosmos-key";
import { scopePath } from "../support/api-client";
import { openSession, TEAM } from "../support/api-session";
import type { User } from "../support/api-session";
import { startFaultProxy } from "../support/fault-proxy";
import { startApi } from "../support/stack";

const cleanup: (() => Promise<unknown>)[] = [];
const roundId: string = randomUUID();
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

/** What a tab's outbox does: the same id and body again until the API confirms, with backoff. */
async function submitUntilStored(send: () => Promise<{ status: number }>): Promise<number> {
  for (let attempt = 0; attempt < 30; attempt++) {
    try {
      const { status } = await send();
      if (status === 201 || status === 200) return status;
      if (status < 500 && status !== 429) throw new Error(`refused with ${status}`);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith("refused")) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(500, 10 * 2 ** attempt) * Math.random()));
  }
  throw new Error("gave up");
}

describe("through a misbehaving network and database", () => {
  it("stores exactly 1,000 of 1,000 answers submitted with client retries: none lost, none duplicated", async () => {
    const upstream = inject("cosmosEndpoint");
    const proxy = await startFaultProxy(upstream, {
      throttle: 0.04,
      unavailable: 0.04,
      appliedThenUnavailable: 0.04,
      dropResponse: 0.03,
      delay: 0.05,
      maxDelayMs: 150,
    });
    cleanup.push(() => proxy.close());
    const database = `faults-${randomUUID()}`;
    const s = await openSession(await startApi(proxy.endpoint, { env: { COSMOS_DATABASE: database } }));
    cleanup.push(() => s.api.close());

    const round = await submitUntilStored(() =>
      s.call("alice", "POST", `${scopePath(TEAM)}/rounds`, {
        id: roundId,
        promptId: "weekly-learning",
      }),
    );
    expect([200, 201]).toContain(round);

    const answers = Array.from({ length: 1000 }, (_, index) => ({
      id: randomUUID(),
      text: `answer ${index}`,
      user: (["alice", "bob", "carol"] as User[])[index % 3]!,
    }));
    let next = 0;
    const statuses: number[] = [];
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < answers.length) {
          const answer = answers[next++]!;
          statuses.push(
            await submitUntilStored(() =>
              s.call(answer.user, "POST", `${scopePath(TEAM)}/rounds/${roundId}/answers`, {
                id: answer.id,
                text: answer.text,
              }),
            ),
          );
        }
      }),
    );
    expect(statuses).toHaveLength(1000);
    expect(
      proxy.counts.throttle +
        proxy.counts.unavailable +
        proxy.counts.appliedThenUnavailable +
        proxy.counts.dropResponse,
    ).toBeGreaterThan(50);

    // Read the truth straight from the database, around the proxy.
    const client = new CosmosClient({
      endpoint: upstream,
      key: LOCAL_COSMOS_KEY,
      agent: new Agent({ rejectUnauthorized: false }),
      connectionPolicy: { enableEndpointDiscovery: false },
    });
    cleanup.push(async () => client.dispose());
    const { resources } = await client
      .database(database)
      .container("items")
      .items.query<{ id: string; text: string }>({
        query: 'SELECT c.id, c.text FROM c WHERE c.type = "answer" AND c.roundId = @round',
        parameters: [{ name: "@round", value: roundId }],
      })
      .fetchAll();
    expect(resources).toHaveLength(1000);
    expect(new Set(resources.map((doc) => doc.id))).toEqual(new Set(answers.map((answer) => answer.id)));
    const byId = new Map<string, string>(answers.map((answer) => [answer.id, answer.text]));
    for (const doc of resources) expect(doc.text).toBe(byId.get(doc.id));

    const view = await submitUntilStored(async () => {
      const response = await s.call<RoundView>("bob", "GET", `${scopePath(TEAM)}/rounds/${roundId}`);
      if (response.status === 200) {
        expect(response.body.answers).toHaveLength(1000);
        expect(response.body.answerCount).toBe(1000);
      }
      return response;
    });
    expect(view).toBe(200);
  }, 180_000);
});

describe("a database that keeps throttling", () => {
  it("passes a Cosmos DB 429 on as 429 problem+json with Cosmos' retry time, within the request's budget, and stores the answer once when retried", async () => {
    const upstream = inject("cosmosEndpoint");
    const rates = {
      throttle: 0,
      throttleRetryAfterMs: 1_200,
      unavailable: 0,
      appliedThenUnavailable: 0,
      dropResponse: 0,
      delay: 0,
      maxDelayMs: 0,
    };
    const proxy = await startFaultProxy(upstream, rates);
    cleanup.push(() => proxy.close());
    // The test looks at the 429 itself, so the session does not wait it out.
    const s = await openSession(
      await startApi(proxy.endpoint, { env: { COSMOS_DATABASE: `throttled-${randomUUID()}` } }),
      { honourRetryAfter: false },
    );
    cleanup.push(() => s.api.close());
    const round = await s.startRound();
    const answerId = randomUUID();
    const submit = () =>
      s.call("bob", "POST", `${scopePath(TEAM)}/rounds/${round.id}/answers`, {
        id: answerId,
        text: "throttled",
      });

    // Every document request now answers 429, asking for 1.2 s each time.
    rates.throttle = 1;
    const started = Date.now();
    const refused = await submit();
    const elapsed = Date.now() - started;
    const throttledSoFar = proxy.counts.throttle;
    console.log(`throttled submit: ${refused.status} after ${elapsed} ms and ${throttledSoFar} Cosmos 429s`);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(refused.headers.get("retry-after")).toBe("2");
    expect(refused.body).toMatchObject({ status: 429, title: "Too many requests" });
    // The SDK retried (at most three times, within COSMOS_THROTTLE_WAIT_SECONDS=2 plus one wait),
    // instead of its default of nine tries over up to 30 s.
    expect(throttledSoFar).toBeGreaterThan(1);
    expect(throttledSoFar).toBeLessThanOrEqual(4);
    expect(elapsed).toBeLessThan(10_000);

    // Cosmos calms down: the same answer again is stored, once.
    rates.throttle = 0;
    expect((await submit()).status).toBe(201);
    expect((await submit()).status).toBe(200);
    const view = await s.call<RoundView>("alice", "GET", `${scopePath(TEAM)}/rounds/${round.id}`);
    expect(view.body.answers.filter((answer) => answer.id === answerId)).toHaveLength(1);
    expect(view.body.answerCount).toBe(1);
  }, 60_000);
});
