import type { Container } from "@azure/cosmos";
import { CosmosClient } from "@azure/cosmos";
import { randomUUID } from "node:crypto";
import { Agent } from "node:https";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { INDEXING_POLICY, openContainer } from "../../api/src/cosmos/container";
import type { AnswerDoc, ExperimentDoc, ReactionDoc, RoundDoc } from "../../api/src/cosmos/documents";
import { readRoundGroups } from "../../api/src/history/round-groups";
import { LOCAL_COSMOS_KEY } from "../../api/src/local/cosmos-key";
import { dbOf } from "../../api/src/cosmos/db";

/**
 * A history page is one query over every document of its rounds, ordered by the rounds' shared
 * sort key (`roundAt`, `roundId`) and read page by page only as far as needed. Checked against
 * the real local Cosmos-protocol server with pages as small as two documents, so that rounds
 * straddle page boundaries.
 */

const endpoint = () => inject("cosmosEndpoint");
const at = { tid: "tid-1", scope: "team:groups", pk: "tid-1|team:groups" };
const other = { tid: "tid-1", scope: "team:other", pk: "tid-1|team:other" };
const ME = "oid-me";
const HOUR = 3_600_000;
const base = Date.parse("2026-11-01T09:00:00.000Z");

const round = (n: number, where = at, startedAt = new Date(base + n * HOUR).toISOString()): RoundDoc => ({
  ...where,
  id: `round-${n}`,
  roundId: `round-${n}`,
  roundAt: startedAt,
  type: "round",
  promptId: null,
  promptText: `Prompt ${n}`,
  kind: null,
  meetingId: null,
  startedBy: { oid: ME, name: "Me" },
  startedAt,
  closedAt: null,
  status: "closed",
  revealMode: "live",
  revealed: true,
  answerCount: 0,
  version: 1,
});

const answer = (r: RoundDoc, n: number): AnswerDoc => ({
  ...pkOf(r),
  id: `${r.id}-answer-${n}`,
  roundId: r.id,
  roundAt: r.startedAt,
  type: "answer",
  text: `answer ${n}`,
  mode: null,
  anonymous: false,
  author: { oid: ME, name: "Me" },
  ownerProof: null,
  createdAt: new Date(Date.parse(r.startedAt) + (10 - n) * 1000).toISOString(),
  editedAt: null,
  reactions: { "me-too": 0, insightful: 0 },
  rev: 1,
});

const reaction = (a: AnswerDoc, oid: string): ReactionDoc => ({
  ...pkOf(a),
  id: `${a.id}-${oid}`,
  roundId: a.roundId,
  roundAt: a.roundAt,
  type: "reaction",
  answerId: a.id,
  kind: "me-too",
  oid,
  createdAt: a.createdAt,
});

const experiment = (id: string, r?: RoundDoc): ExperimentDoc => ({
  ...at,
  id,
  type: "experiment",
  text: id,
  owner: { oid: null, name: "Me" },
  checkBackAt: null,
  status: "planned",
  outcome: null,
  sourceAnswerId: null,
  roundId: r?.id ?? null,
  ...(r ? { roundAt: r.startedAt } : {}),
  createdBy: { oid: null, name: "Me" },
  createdAt: "2026-11-01T00:00:00.000Z",
  updatedAt: "2026-11-01T00:00:00.000Z",
  closedAt: null,
  rev: 1,
});

const pkOf = (doc: { pk: string; tid: string; scope: string }) => ({
  pk: doc.pk,
  tid: doc.tid,
  scope: doc.scope,
});

async function open(database: string): Promise<Container> {
  return openContainer({
    endpoint: endpoint(),
    key: LOCAL_COSMOS_KEY,
    database,
    container: "items",
    local: true,
    throttleWaitSeconds: 2,
  });
}

describe("history round groups", () => {
  let container: Container;
  const rounds = [1, 2, 3, 4, 5].map((n) => round(n));
  // Two rounds started at the same instant: the id breaks the tie and keeps each one's documents together.
  const twin = round(6, at, rounds[4]!.startedAt);

  beforeAll(async () => {
    container = await open(`groups-${randomUUID()}`);
    const docs = [
      ...rounds,
      twin,
      ...[...rounds, twin].flatMap((r, i) => Array.from({ length: i % 3 }, (_, n) => answer(r, n))),
      reaction(answer(rounds[4]!, 0), ME),
      reaction(answer(rounds[4]!, 0), "oid-someone-else"),
      experiment("exp-in-round-3", rounds[2]),
      experiment("exp-without-round"),
      round(7, other),
      answer(round(7, other), 0),
    ];
    for (const doc of docs) await container.items.create(doc);
  });

  it("returns each round with its own answers, experiments and only the viewer's reactions, across pages", async () => {
    for (const pageSize of [2, 3, 500]) {
      const { groups, more } = await readRoundGroups(dbOf(container), at, ME, {}, 10, pageSize);
      expect(more).toBe(false);
      expect(groups.map((group) => group.roundId)).toEqual([
        "round-6",
        "round-5",
        "round-4",
        "round-3",
        "round-2",
        "round-1",
      ]);
      for (const group of groups) {
        expect(group.round?.id).toBe(group.roundId);
        expect(group.answers.every((doc) => doc.roundId === group.roundId)).toBe(true);
      }
      const byId = Object.fromEntries(groups.map((group) => [group.roundId, group]));
      // Oldest answer first within a round.
      expect(byId["round-6"]!.answers.map((doc) => doc.id)).toEqual(["round-6-answer-1", "round-6-answer-0"]);
      expect(byId["round-5"]!.answers.map((doc) => doc.id)).toEqual(["round-5-answer-0"]);
      expect(byId["round-5"]!.myReactions.map((doc) => doc.oid)).toEqual([ME]);
      expect(byId["round-3"]!.experiments.map((doc) => doc.id)).toEqual(["exp-in-round-3"]);
      expect(byId["round-4"]!.answers).toEqual([]);
    }
  });

  it("stops at the limit, says there is more, and continues after a keyset position", async () => {
    const first = await readRoundGroups(dbOf(container), at, ME, {}, 2, 2);
    expect(first.more).toBe(true);
    expect(first.groups.map((group) => group.roundId)).toEqual(["round-6", "round-5"]);
    expect(first.groups.map((group) => group.answers.length)).toEqual([2, 1]);
    const last = first.groups.at(-1)!;
    const next = await readRoundGroups(
      dbOf(container),
      at,
      ME,
      { after: { startedAt: last.roundAt, id: last.roundId } },
      10,
      2,
    );
    expect(next.groups.map((group) => group.roundId)).toEqual(["round-4", "round-3", "round-2", "round-1"]);
  });

  it("applies the time window and a candidate list", async () => {
    const window = {
      from: rounds[1]!.startedAt,
      until: rounds[3]!.startedAt,
      roundIds: ["round-2", "round-4"],
    };
    const { groups } = await readRoundGroups(dbOf(container), at, ME, window, 10, 2);
    expect(groups.map((group) => group.roundId)).toEqual(["round-2"]);
  });
});

describe("a local container from before the history sort key", () => {
  it("gets the current index and the sort key on every document of a round, losing nothing", async () => {
    const database = `legacy-${randomUUID()}`;
    const client = new CosmosClient({
      endpoint: endpoint(),
      key: LOCAL_COSMOS_KEY,
      agent: new Agent({ rejectUnauthorized: false }),
      connectionPolicy: { enableEndpointDiscovery: false },
    });
    const { database: db } = await client.databases.createIfNotExists({ id: database });
    const { container: legacy } = await db.containers.create({
      id: "items",
      partitionKey: { paths: ["/pk"] },
      indexingPolicy: {
        compositeIndexes: [
          [
            { path: "/startedAt", order: "descending" },
            { path: "/id", order: "descending" },
          ],
        ],
      },
    });
    const old = round(1);
    const oldAnswer = answer(old, 0);
    const strip = (doc: RoundDoc | AnswerDoc | ExperimentDoc) => {
      const copy: Partial<RoundDoc | AnswerDoc | ExperimentDoc> = { ...doc };
      delete copy.roundAt;
      if (doc.type === "round") delete copy.roundId;
      return copy;
    };
    await legacy.items.create(strip(old));
    await legacy.items.create(strip(oldAnswer));
    await legacy.items.create(strip(experiment("exp-without-round")));

    const upgraded = await open(database);
    const { resource } = await upgraded.read();
    expect(resource?.indexingPolicy?.compositeIndexes).toEqual(INDEXING_POLICY.compositeIndexes);
    const { resources } = await upgraded.items.readAll().fetchAll();
    expect(resources).toHaveLength(3);
    const { groups } = await readRoundGroups(dbOf(upgraded), at, ME, {}, 10);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ roundId: old.id, roundAt: old.startedAt, round: { id: old.id } });
    expect(groups[0]!.answers.map((doc) => doc.id)).toEqual([oldAnswer.id]);
    // Opening it again changes nothing.
    await open(database);
    expect((await upgraded.items.readAll().fetchAll()).resources).toHaveLength(3);
  });
});
