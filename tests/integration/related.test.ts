import type { ExperimentView, Problem, RelatedItem, RelatedResponse } from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { scopePath } from "../support/api-client";
import { CHAT, TEAM, openSession } from "../support/api-session";
import type { ApiSession, User } from "../support/api-session";
import { FRESH_MS } from "../../api/src/related/index-freshness";
import { startApi } from "../support/stack";

/**
 * "From our history": two API instances on one database, as in Azure, so that what one writes the
 * other's index must find (and what one deletes it must never show).
 */
let s: ApiSession;
let other: ApiSession;
beforeAll(async () => {
  const database = `test-${randomUUID()}`;
  const endpoint = inject("cosmosEndpoint");
  s = await openSession(await startApi(endpoint, { env: { COSMOS_DATABASE: database } }));
  other = await openSession(await startApi(endpoint, { env: { COSMOS_DATABASE: database } }));
});
afterAll(async () => {
  await s.api.close();
  await other.api.close();
});

const related = (session: ApiSession, user: User | null, scope: string, query: string) =>
  session.call<RelatedResponse>(user, "GET", `${scopePath(scope)}/related?${query}`);

/** What another instance wrote shows within FRESH_MS (docs/memory.md); what this one wrote, at once. */
const seenByOtherInstances = () => new Promise((resolve) => setTimeout(resolve, FRESH_MS + 100));

const texts = (items: RelatedItem[]) => items.map((item) => item.text);
const word = () => `w${randomUUID().replaceAll("-", "").slice(0, 10)}`;

describe("related history", () => {
  it("finds the team's earlier answers by word forms, accents and case, most related first", async () => {
    const marker = word();
    const round = await s.startRound(TEAM);
    await s.answer("bob", TEAM, round.id, `We tried pairing on the ${marker} deployments and it helped`);
    await s.answer("carol", TEAM, round.id, `Die Übergabe an das ${marker} Team war zu spät`);
    await s.answer("bob", TEAM, round.id, "Nothing to do with it at all");

    const english = await related(
      s,
      "alice",
      TEAM,
      `text=${encodeURIComponent(`${marker.toUpperCase()} deploying`)}&limit=5`,
    );
    expect(english.status).toBe(200);
    expect(english.body.items[0]?.text).toContain("deployments");
    expect(english.body.items[0]).toMatchObject({ kind: "answer", roundId: round.id });
    expect(english.body.items[0]?.matched).toEqual(expect.arrayContaining(["deployments", marker]));
    expect(texts(english.body.items)).not.toContain("Nothing to do with it at all");

    const german = await related(s, "alice", TEAM, `text=${encodeURIComponent(`ubergaben ${marker}`)}`);
    expect(german.body.items[0]?.text).toContain("Übergabe");
    expect(german.body.items[0]?.matched).toContain("Übergabe");
  });

  it("shows experiments with their status and outcome, and answers with the outcome of their experiment", async () => {
    const marker = word();
    const round = await s.startRound(TEAM);
    const answerId = await s.answer("bob", TEAM, round.id, `Try ${marker} rotation for the on-call week`);
    const experimentId = randomUUID();
    const created = await s.call<ExperimentView>("bob", "POST", `${scopePath(TEAM)}/experiments`, {
      id: experimentId,
      text: `Rotate ${marker} on-call weekly`,
      sourceAnswerId: answerId,
      roundId: round.id,
    });
    expect(created.status).toBe(201);
    const update = (body: object, etag: string) =>
      s.call<ExperimentView>("bob", "PATCH", `${scopePath(TEAM)}/experiments/${experimentId}`, body, {
        "if-match": etag,
      });
    const running = await update({ status: "running" }, created.body.etag);
    expect(
      (await update({ status: "done", outcome: "Fewer pages at night" }, running.body.etag)).status,
    ).toBe(200);

    const found = await related(other, "carol", TEAM, `text=${marker}%20rotation`);
    const experiment = found.body.items.find((item) => item.kind === "experiment");
    expect(experiment).toMatchObject({ id: experimentId, status: "done", outcome: "Fewer pages at night" });
    const answer = found.body.items.find((item) => item.kind === "answer");
    expect(answer).toMatchObject({ id: answerId, status: "done", outcome: "Fewer pages at night" });

    const onlyExperiments = await related(other, "carol", TEAM, `text=${marker}&kind=experiment`);
    expect(onlyExperiments.body.items.map((item) => item.kind)).toEqual(["experiment"]);
  });

  it("prefers the more recent of two equally related items", async () => {
    const marker = word();
    const older = await s.startRound(TEAM);
    await s.answer("bob", TEAM, older.id, `${marker} retro idea`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const newer = await s.startRound(TEAM);
    await s.answer("carol", TEAM, newer.id, `${marker} retro idea`);
    const found = await related(s, "alice", TEAM, `text=${marker}%20retro`);
    expect(found.body.items.map((item) => item.roundId)).toEqual([newer.id, older.id]);
  });

  it("names nobody: anonymous and named answers carry no author, creator or time of their own", async () => {
    const marker = word();
    const round = await s.startRound(TEAM);
    await s.answer("bob", TEAM, round.id, `${marker} secret worry`, { anonymous: true });
    const found = await related(s, "carol", TEAM, `text=${marker}`);
    expect(found.body.items).toHaveLength(1);
    const [item] = found.body.items;
    expect(Object.keys(item!).sort()).toEqual(
      [
        "id",
        "kind",
        "matched",
        "mode",
        "outcome",
        "promptText",
        "roundAt",
        "roundId",
        "status",
        "text",
      ].sort(),
    );
    expect(item!.roundAt).toBe(round.startedAt);
    expect(JSON.stringify(found.body)).not.toMatch(/Bob|oid|createdAt|ownerProof/);
  });

  it("shows only answers every member may see, and leaves out the round asked to", async () => {
    const marker = word();
    const held = await s.startRound(TEAM, { revealMode: "onReveal" });
    await s.answer("bob", TEAM, held.id, `${marker} held back`);
    expect((await related(s, "carol", TEAM, `text=${marker}`)).body.items).toEqual([]);
    const live = await s.startRound(TEAM);
    await s.answer("bob", TEAM, live.id, `${marker} said aloud`);
    expect(texts((await related(s, "carol", TEAM, `text=${marker}`)).body.items)).toEqual([
      `${marker} said aloud`,
    ]);
    const excluded = await related(s, "carol", TEAM, `text=${marker}&excludeRoundId=${live.id}`);
    expect(excluded.body.items).toEqual([]);
    await s.call("alice", "POST", `${scopePath(TEAM)}/rounds/${held.id}/close`);
    await seenByOtherInstances();
    expect(texts((await related(other, "carol", TEAM, `text=${marker}`)).body.items).sort()).toEqual(
      [`${marker} held back`, `${marker} said aloud`].sort(),
    );
  });

  it("never returns another scope's or tenant's items, and refuses non-members like other scope routes", async () => {
    const marker = word();
    const round = await s.startRound(CHAT);
    await s.answer("bob", CHAT, round.id, `${marker} chat only`);
    expect((await related(s, "alice", TEAM, `text=${marker}`)).body.items).toEqual([]);
    expect(texts((await related(s, "alice", CHAT, `text=${marker}`)).body.items)).toEqual([
      `${marker} chat only`,
    ]);

    const mallory = await related(s, "mallory", TEAM, `text=${marker}`);
    expect(mallory.status).toBe(403);
    expect(mallory.text).not.toContain(marker);
    expect((await related(s, "eve", TEAM, `text=${marker}`)).status).toBe(403);
    expect((await related(s, "mallory", "team:other-team", `text=${marker}`)).body.items).toEqual([]);
    expect((await related(s, null, TEAM, `text=${marker}`)).status).toBe(401);
  });

  it("rejects bad input with problem+json naming the field", async () => {
    for (const [query, field] of [
      ["", "text"],
      ["text=%20%20", "text"],
      [`text=${"a".repeat(2001)}`, "text"],
      ["text=x&limit=0", "limit"],
      ["text=x&limit=21", "limit"],
      ["text=x&limit=two", "limit"],
      ["text=x&excludeRoundId=nope", "excludeRoundId"],
      ["text=x&kind=round", "kind"],
      ["text=x&colour=red", "colour"],
    ]) {
      const response = await s.call<Problem>("alice", "GET", `${scopePath(TEAM)}/related?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.headers.get("content-type"), query).toContain("application/problem+json");
      expect(
        response.body.errors?.map((error) => error.field),
        query,
      ).toContain(field);
    }
  });

  it("stays correct after an edit, a delete and an erasure made through another instance", async () => {
    const marker = word();
    const round = await s.startRound(TEAM);
    const edited = await s.answer("bob", TEAM, round.id, `${marker} first draft`);
    const deleted = await s.answer("bob", TEAM, round.id, `${marker} to be deleted`);
    await s.answer("carol", TEAM, round.id, `${marker} carol will erase this`, { anonymous: true });
    expect((await related(s, "alice", TEAM, `text=${marker}`)).body.items).toHaveLength(3);

    const path = `${scopePath(TEAM)}/rounds/${round.id}/answers`;
    const edit = await other.call(
      "bob",
      "PATCH",
      `${path}/${edited}`,
      { text: `${marker} final wording` },
      { "if-match": '"1"' },
    );
    expect(edit.status).toBe(200);
    expect((await other.call("bob", "DELETE", `${path}/${deleted}`)).status).toBe(204);
    expect((await other.call("carol", "DELETE", `me/data?scope=${encodeURIComponent(TEAM)}`)).status).toBe(
      200,
    );

    await seenByOtherInstances();
    const after = await related(s, "alice", TEAM, `text=${marker}%20wording%20draft%20deleted%20erase`);
    expect(texts(after.body.items)).toEqual([`${marker} final wording`]);
    expect(after.body.items[0]?.matched).toEqual([marker, "wording"]);
  });
});
