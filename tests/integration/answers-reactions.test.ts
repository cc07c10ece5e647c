import type { AnswerView, Problem, RoundView } from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { scopePath } from "../support/api-client";
import { openSession, TEAM } from "../support/api-session";
import type { ApiSession } from "../support/api-session";
import { startApi } from "../support/stack";

let s: ApiSession;
beforeAll(async () => {
  s = await openSession(await startApi(inject("cosmosEndpoint")));
});
afterAll(() => s.api.close());

const roundPath = (id: string) => `${scopePath(TEAM)}/rounds/${id}`;

describe("editing and deleting answers", () => {
  it("lets the author edit with If-Match; a stale or missing ETag is refused", async () => {
    const round = await s.startRound();
    const created = await s.call<AnswerView>("bob", "POST", `${roundPath(round.id)}/answers`, {
      id: randomUUID(),
      text: "first",
    });
    const path = `${roundPath(round.id)}/answers/${created.body.id}`;
    const etag = created.headers.get("etag")!;
    expect((await s.call("bob", "PATCH", path, { text: "second" })).status).toBe(428);
    const edited = await s.call<AnswerView>(
      "bob",
      "PATCH",
      path,
      { text: "second", mode: "reflexive" },
      { "if-match": etag },
    );
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ text: "second", mode: "reflexive" });
    expect(edited.body.editedAt).not.toBeNull();
    expect(edited.headers.get("etag")).not.toBe(etag);
    expect((await s.call("bob", "PATCH", path, { text: "third" }, { "if-match": etag })).status).toBe(412);
    const view = await s.call<RoundView>("carol", "GET", roundPath(round.id));
    expect(view.body.answers[0]?.text).toBe("second");
  });

  it("a reaction does not make the author's edit stale", async () => {
    const round = await s.startRound();
    const created = await s.call<AnswerView>("bob", "POST", `${roundPath(round.id)}/answers`, {
      id: randomUUID(),
      text: "idea",
    });
    const path = `${roundPath(round.id)}/answers/${created.body.id}`;
    expect((await s.call("carol", "PUT", `${path}/reactions/insightful`)).status).toBe(204);
    const edited = await s.call(
      "bob",
      "PATCH",
      path,
      { text: "better idea" },
      { "if-match": created.headers.get("etag")! },
    );
    expect(edited.status).toBe(200);
  });

  it("only the author edits or deletes, anonymous answers included", async () => {
    const round = await s.startRound();
    const id = await s.answer("bob", TEAM, round.id, "secret", { anonymous: true });
    const path = `${roundPath(round.id)}/answers/${id}`;
    expect(
      (await s.call<Problem>("carol", "PATCH", path, { text: "hijack" }, { "if-match": '"1"' })).status,
    ).toBe(404);
    expect((await s.call("alice", "DELETE", path)).status).toBe(404);
    expect((await s.call("bob", "PATCH", path, { text: "still mine" }, { "if-match": '"1"' })).status).toBe(
      200,
    );
    expect((await s.call("bob", "DELETE", path)).status).toBe(204);
    const view = await s.call<RoundView>("alice", "GET", roundPath(round.id));
    expect(view.body.answers).toHaveLength(0);
    expect(view.body.answerCount).toBe(0);
    expect((await s.call("bob", "DELETE", path)).status).toBe(404);
  });

  it("rejects an empty or unknown edit naming the field", async () => {
    const round = await s.startRound();
    const id = await s.answer("bob", TEAM, round.id, "x");
    const path = `${roundPath(round.id)}/answers/${id}`;
    const unknown = await s.call<Problem>("bob", "PATCH", path, { anonymous: true }, { "if-match": '"1"' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.map((error) => error.field)).toContain("anonymous");
    const empty = await s.call<Problem>("bob", "PATCH", path, {}, { "if-match": '"1"' });
    expect(empty.status).toBe(400);
  });
});

describe("answering a round that is not open", () => {
  it("refuses a closed or unknown round and keeps nothing", async () => {
    const round = await s.startRound();
    await s.call("alice", "POST", `${roundPath(round.id)}/close`);
    const id = randomUUID();
    const closed = await s.call<Problem>("bob", "POST", `${roundPath(round.id)}/answers`, {
      id,
      text: "too late",
    });
    expect(closed.status).toBe(409);
    expect(closed.body.errors?.[0]?.field).toBe("roundId");
    const unknown = await s.call<Problem>("bob", "POST", `${roundPath(randomUUID())}/answers`, {
      id: randomUUID(),
      text: "where?",
    });
    expect(unknown.status).toBe(404);
    const view = await s.call<RoundView>("alice", "GET", roundPath(round.id));
    expect(view.body.answers).toEqual([]);
    const retried = await s.call(
      "bob",
      "PATCH",
      `${roundPath(round.id)}/answers/${id}`,
      { text: "x" },
      { "if-match": "*" },
    );
    expect(retried.status).toBe(404);
  });
});

describe("reactions", () => {
  it("counts one per person per kind, idempotently, and shows the caller's own", async () => {
    const round = await s.startRound();
    const id = await s.answer("bob", TEAM, round.id, "we tried pairing");
    const reactions = `${roundPath(round.id)}/answers/${id}/reactions`;
    for (const user of ["alice", "alice", "carol"] as const) {
      expect((await s.call(user, "PUT", `${reactions}/me-too`)).status).toBe(204);
    }
    expect((await s.call("alice", "PUT", `${reactions}/insightful`)).status).toBe(204);
    const asAlice = await s.call<RoundView>("alice", "GET", roundPath(round.id));
    expect(asAlice.body.answers[0]?.reactions).toEqual({ "me-too": 2, insightful: 1 });
    expect(asAlice.body.answers[0]?.myReactions.sort()).toEqual(["insightful", "me-too"]);
    expect((await s.call("alice", "DELETE", `${reactions}/me-too`)).status).toBe(204);
    expect((await s.call("alice", "DELETE", `${reactions}/me-too`)).status).toBe(204);
    const asCarol = await s.call<RoundView>("carol", "GET", roundPath(round.id));
    expect(asCarol.body.answers[0]?.reactions).toEqual({ "me-too": 1, insightful: 1 });
    expect(asCarol.body.answers[0]?.myReactions).toEqual(["me-too"]);
    const bad = await s.call<Problem>("alice", "PUT", `${reactions}/love`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0]?.field).toBe("kind");
  });

  it("counts exactly under parallel repeats", async () => {
    const round = await s.startRound();
    const id = await s.answer("bob", TEAM, round.id, "parallel");
    const path = `${roundPath(round.id)}/answers/${id}/reactions/me-too`;
    await Promise.all(
      ["alice", "alice", "carol", "carol", "bob", "bob"].map((user) => s.call(user as "alice", "PUT", path)),
    );
    const view = await s.call<RoundView>("alice", "GET", roundPath(round.id));
    expect(view.body.answers[0]?.reactions["me-too"]).toBe(3);
  });

  it("cannot react to an answer hidden by the reveal mode", async () => {
    const round = await s.startRound(TEAM, { revealMode: "onReveal" });
    const id = await s.answer("bob", TEAM, round.id, "hidden");
    expect(
      (await s.call("carol", "PUT", `${roundPath(round.id)}/answers/${id}/reactions/me-too`)).status,
    ).toBe(404);
  });
});

describe("reveal modes through the API", () => {
  it("afterAnswer shows others once you answered; onReveal waits for the starter", async () => {
    const after = await s.startRound(TEAM, { revealMode: "afterAnswer" });
    await s.answer("bob", TEAM, after.id, "bob's");
    const before = await s.call<RoundView>("carol", "GET", roundPath(after.id));
    expect(before.body).toMatchObject({ answersHidden: true, answers: [], answerCount: 1 });
    await s.answer("carol", TEAM, after.id, "carol's");
    const answered = await s.call<RoundView>("carol", "GET", roundPath(after.id));
    expect(answered.body.answers.map((answer) => answer.text)).toEqual(["bob's", "carol's"]);

    const held = await s.startRound(TEAM, { revealMode: "onReveal" });
    await s.answer("bob", TEAM, held.id, "held");
    expect((await s.call<RoundView>("alice", "GET", roundPath(held.id))).body.answers).toEqual([]);
    expect((await s.call("carol", "POST", `${roundPath(held.id)}/reveal`)).status).toBe(403);
    const revealed = await s.call<RoundView>("alice", "POST", `${roundPath(held.id)}/reveal`);
    expect(revealed.body.answers.map((answer) => answer.text)).toEqual(["held"]);
    expect((await s.call<RoundView>("carol", "GET", roundPath(held.id))).body.revealed).toBe(true);
  });
});
