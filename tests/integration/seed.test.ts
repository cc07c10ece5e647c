import type {
  AnswerView,
  ExperimentsResponse,
  HistoryResponse,
  InsightsResponse,
  RoundView,
} from "@learning-loop/contract";
import { CosmosClient } from "@azure/cosmos";
import { randomUUID } from "node:crypto";
import { Agent } from "node:https";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { isOwner } from "../../api/src/answers/owner-proof";
import { DEV_CHAT_SCOPE, DEV_TEAM_SCOPE, DEV_TENANT } from "../../api/src/auth/dev-fixtures";
import type { AnswerDoc } from "../../api/src/cosmos/documents";
import { LOCAL_COSMOS_KEY } from "../../api/src/local/cosmos-key";
import { buildDemoData } from "../../scripts/seed/demo-data";
import { seedDatabase } from "../../scripts/seed/seed-database";
import { scopePath } from "../support/api-client";
import { USERS, openSession } from "../support/api-session";
import type { ApiSession } from "../support/api-session";
import { startApi } from "../support/stack";

/** `npm run seed`'s module against the real local Cosmos-protocol server, then read through the API. */

const SECRET = "dev-only-anonymity-secret";
const database = `seed-${randomUUID()}`;
const now = new Date();
let env: NodeJS.ProcessEnv;
let s: ApiSession;

async function countsInDatabase(): Promise<Record<string, Record<string, number>>> {
  const client = new CosmosClient({
    endpoint: inject("cosmosEndpoint"),
    key: LOCAL_COSMOS_KEY,
    agent: new Agent({ rejectUnauthorized: false }),
    connectionPolicy: { enableEndpointDiscovery: false },
  });
  const { resources } = await client
    .database(database)
    .container("items")
    .items.query<{ scope: string; type: string }>("SELECT c.scope, c.type FROM c")
    .fetchAll();
  const counts: Record<string, Record<string, number>> = {};
  for (const doc of resources) {
    const perScope = (counts[doc.scope] ??= {});
    perScope[doc.type] = (perScope[doc.type] ?? 0) + 1;
  }
  return counts;
}

beforeAll(async () => {
  env = { COSMOS_ENDPOINT: inject("cosmosEndpoint"), COSMOS_DATABASE: database };
  s = await openSession(await startApi(inject("cosmosEndpoint"), { env: { COSMOS_DATABASE: database } }));
});
afterAll(() => s.api.close());

describe("npm run seed", () => {
  const expected = buildDemoData({ now, anonymitySecret: SECRET });

  it("writes a quarter of history once, creating the database, and a second run duplicates nothing", async () => {
    const first = await seedDatabase(env, { now });
    expect(first.database).toBe(database);
    expect(first.written).toEqual(expected.counts);
    const afterFirst = await countsInDatabase();

    const second = await seedDatabase(env, { now });
    expect(second.keptSettings.sort()).toEqual([DEV_CHAT_SCOPE, DEV_TEAM_SCOPE].sort());
    const afterSecond = await countsInDatabase();
    expect(afterSecond).toEqual(afterFirst);
    for (const scope of [DEV_TEAM_SCOPE, DEV_CHAT_SCOPE]) {
      const { scope: settings, ...perType } = expected.counts[scope]!;
      expect(afterSecond[scope]).toEqual(
        Object.fromEntries(Object.entries({ ...perType, scope: settings }).filter(([, n]) => n > 0)),
      );
    }
    const team = expected.counts[DEV_TEAM_SCOPE]!;
    expect(team.round).toBeGreaterThan(40);
    expect(team.answer).toBeGreaterThan(team.round);
    expect(team.reaction).toBeGreaterThan(0);
  });

  it("is served by the API: history pages, every experiment status, insights", async () => {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: HistoryResponse } = await s.call<HistoryResponse>(
        "carol",
        "GET",
        `${scopePath(DEV_TEAM_SCOPE)}/history?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
      );
      ids.push(...page.body.items.map((round) => round.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(new Set(ids).size).toBe(expected.counts[DEV_TEAM_SCOPE]!.round);

    const experiments = (
      await s.call<ExperimentsResponse>("carol", "GET", `${scopePath(DEV_TEAM_SCOPE)}/experiments`)
    ).body.items;
    expect(new Set(experiments.map((experiment) => experiment.status))).toEqual(
      new Set(["planned", "running", "done", "dropped"]),
    );
    expect(
      experiments
        .filter((experiment) => experiment.status === "done")
        .every((experiment) => experiment.outcome),
    ).toBe(true);
    expect(experiments.some((experiment) => experiment.due)).toBe(true);

    const insights = (
      await s.call<InsightsResponse>("carol", "GET", `${scopePath(DEV_TEAM_SCOPE)}/insights?weeks=13`)
    ).body;
    expect(insights.timezone).toBe("Europe/Berlin");
    expect(insights.weeks.reduce((sum, week) => sum + week.rounds, 0)).toBe(
      expected.counts[DEV_TEAM_SCOPE]!.round,
    );
    expect(insights.streakWeeks).toBeGreaterThan(8);
    expect(Object.values(insights.modes).every((count) => count > 0)).toBe(true);

    const search = (
      await s.call<HistoryResponse>("carol", "GET", `${scopePath(DEV_TEAM_SCOPE)}/history?q=CAFE&limit=50`)
    ).body;
    expect(search.items.length).toBeGreaterThan(0);
  });

  it("keeps anonymous answers anonymous, yet editable by their author", async () => {
    const anonymous = expected.docs.find(
      (doc): doc is AnswerDoc => doc.type === "answer" && doc.anonymous && doc.scope === DEV_TEAM_SCOPE,
    )!;
    const author = USERS.find((user) =>
      isOwner(SECRET, anonymous.ownerProof!, DEV_TENANT, s.oids[user], anonymous.id),
    )!;
    expect(author).toBeDefined();
    const other = USERS.find((user) => user !== author && user !== "mallory" && user !== "eve")!;
    const path = `${scopePath(DEV_TEAM_SCOPE)}/rounds/${anonymous.roundId}`;

    const asAuthor = (await s.call<RoundView>(author, "GET", path)).body.answers.find(
      (answer) => answer.id === anonymous.id,
    )!;
    expect(asAuthor).toMatchObject({ anonymous: true, author: null, mine: true });
    const asOther = (await s.call<RoundView>(other, "GET", path)).body.answers.find(
      (answer) => answer.id === anonymous.id,
    )!;
    expect(asOther).toMatchObject({ anonymous: true, author: null, mine: false });

    const denied = await s.call(
      other,
      "PATCH",
      `${path}/answers/${anonymous.id}`,
      { text: "Not mine" },
      { "if-match": asOther.etag },
    );
    expect([403, 404]).toContain(denied.status);
    const edited = await s.call<AnswerView>(
      author,
      "PATCH",
      `${path}/answers/${anonymous.id}`,
      { text: "Edited by its author" },
      { "if-match": asAuthor.etag },
    );
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      text: "Edited by its author",
      anonymous: true,
      author: null,
      mine: true,
    });
  });
});
