/**
 * The curious teammate: tries every channel of docs/anonymity.md, in its order, to learn who wrote
 * an anonymous answer. Bob writes the anonymous answers; Carol (a member) and Alice (the owner) look.
 * Each test names its channel so that the threat model and these tests can be read side by side.
 */
import type {
  ExperimentView,
  ExperimentsResponse,
  HistoryResponse,
  InsightsResponse,
  RoundView,
  ScopeView,
} from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { scopePath } from "../support/api-client";
import { CHAT, TEAM, openSession } from "../support/api-session";
import type { ApiSession, User } from "../support/api-session";
import { startApi } from "../support/stack";

const logLines: string[] = [];
let s: ApiSession;
beforeAll(async () => {
  s = await openSession(await startApi(inject("cosmosEndpoint"), { log: (line) => logLines.push(line) }));
});
afterAll(() => s.api.close());

const BOB_NAMES = ["Bob Example", "bob"];
/** Fails when anything in `text` names Bob: his oid, his display name or his login. */
function expectNoBob(text: string) {
  expect(text).not.toContain(s.oids.bob);
  for (const name of BOB_NAMES) expect(text.toLowerCase()).not.toContain(name.toLowerCase());
}

const round = (user: User, scope: string, id: string) =>
  s.call<RoundView>(user, "GET", `${scopePath(scope)}/rounds/${id}`);
const experiments = (user: User, scope: string) =>
  s.call<ExperimentsResponse>(user, "GET", `${scopePath(scope)}/experiments`);

/** Bob's anonymous answer in a fresh round; the text carries a marker and never his name. */
async function anonymousAnswer(scope: string, extra: Record<string, unknown> = {}) {
  const started = await s.startRound(scope, extra);
  const text = `quiet idea ${randomUUID().slice(0, 8)}`;
  const answerId = await s.answer("bob", scope, started.id, text, { anonymous: true });
  return { round: started, answerId, text };
}

describe("response fields: the answer itself", () => {
  it("shows no author of an anonymous answer to a member or the owner, only 'mine' to its writer", async () => {
    const { round: started, answerId } = await anonymousAnswer(TEAM);
    for (const viewer of ["carol", "alice"] as const) {
      const seen = await round(viewer, TEAM, started.id);
      const answer = seen.body.answers.find((candidate) => candidate.id === answerId);
      expect(answer).toMatchObject({ anonymous: true, author: null, mine: false });
      expectNoBob(JSON.stringify(answer));
      const current = await s.call(viewer, "GET", `${scopePath(TEAM)}/rounds/current`);
      expectNoBob(JSON.stringify(current.body));
    }
    const own = await round("bob", TEAM, started.id);
    expect(own.body.answers.find((candidate) => candidate.id === answerId)).toMatchObject({
      author: null,
      mine: true,
    });
  });
});

describe("experiments from anonymous answers", () => {
  it("names no creator and no owner when Bob turns his own anonymous answer into an experiment", async () => {
    const { round: started, answerId, text } = await anonymousAnswer(TEAM);
    const id = randomUUID();
    const created = await s.call<ExperimentView>("bob", "POST", `${scopePath(TEAM)}/experiments`, {
      id,
      text: `Try: ${text}`,
      sourceAnswerId: answerId,
      roundId: started.id,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ owner: null, createdBy: null, sourceAnswerId: answerId });

    for (const viewer of ["carol", "alice", "bob"] as const) {
      const list = await experiments(viewer, TEAM);
      const seen = list.body.items.find((item) => item.id === id);
      expect(seen).toMatchObject({ owner: null, createdBy: null, sourceAnswerId: answerId });
      expectNoBob(JSON.stringify(seen));
      const inRound = await round(viewer, TEAM, started.id);
      expectNoBob(JSON.stringify(inRound.body.experiments));
    }
  });

  it("names an owner only when one is named explicitly, and keeps the creator unnamed", async () => {
    const { round: started, answerId } = await anonymousAnswer(TEAM);
    const id = randomUUID();
    const created = await s.call<ExperimentView>("bob", "POST", `${scopePath(TEAM)}/experiments`, {
      id,
      text: "Pair on the flaky test",
      owner: "Carol Example",
      sourceAnswerId: answerId,
      roundId: started.id,
    });
    expect(created.body.owner).toMatchObject({ name: "Carol Example" });
    expect(created.body.createdBy).toBeNull();
  });

  it("still names the creator of an experiment from a named answer", async () => {
    const started = await s.startRound(TEAM);
    const answerId = await s.answer("bob", TEAM, started.id, "named idea");
    const created = await s.call<ExperimentView>("bob", "POST", `${scopePath(TEAM)}/experiments`, {
      id: randomUUID(),
      text: "Named one",
      sourceAnswerId: answerId,
      roundId: started.id,
    });
    expect(created.body.createdBy).toMatchObject({ oid: s.oids.bob, name: "Bob Example" });
    expect(created.body.owner).toMatchObject({ oid: s.oids.bob });
  });

  it("replays the same create idempotently without storing who made it", async () => {
    const { round: started, answerId } = await anonymousAnswer(TEAM);
    const body = { id: randomUUID(), text: "Replay me", sourceAnswerId: answerId, roundId: started.id };
    const first = await s.call<ExperimentView>("bob", "POST", `${scopePath(TEAM)}/experiments`, body);
    const again = await s.call<ExperimentView>("bob", "POST", `${scopePath(TEAM)}/experiments`, body);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    // Someone else replaying Bob's id with the same body is not Bob: a conflict, not a match.
    const other = await s.call("carol", "POST", `${scopePath(TEAM)}/experiments`, body);
    expect(other.status).toBe(409);
  });
});

describe("ids and ETags", () => {
  it("gives anonymous answers ETags that count edits and carry no time", async () => {
    const { round: started, answerId } = await anonymousAnswer(TEAM);
    const seen = await round("carol", TEAM, started.id);
    const answer = seen.body.answers.find((candidate) => candidate.id === answerId);
    expect(answer?.etag).toMatch(/^"\d+"$/);
  });
});

describe("timestamps and ordering", () => {
  it("shows anonymous answers at the round's start, edited or not, never at the minute they were sent", async () => {
    const { round: started, answerId } = await anonymousAnswer(TEAM);
    await s.answer("carol", TEAM, started.id, "named, later");
    const own = await round("bob", TEAM, started.id);
    const etag = own.body.answers.find((answer) => answer.id === answerId)?.etag ?? "";
    const edited = await s.call(
      "bob",
      "PATCH",
      `${scopePath(TEAM)}/rounds/${started.id}/answers/${answerId}`,
      { text: "quiet idea, edited" },
      { "if-match": etag },
    );
    expect(edited.status).toBe(200);
    const seen = await round("carol", TEAM, started.id);
    const anonymous = seen.body.answers.find((answer) => answer.id === answerId);
    expect(anonymous?.createdAt).toBe(started.startedAt);
    expect(anonymous?.editedAt).toBe(started.startedAt);
    const named = seen.body.answers.find((answer) => !answer.anonymous);
    expect(named?.createdAt).not.toBe(started.startedAt);
  });

  it("reveals anonymous answers in an order that does not follow submission (onReveal)", async () => {
    const started = await s.startRound(CHAT, { revealMode: "onReveal" });
    const sent: string[] = [];
    for (const user of ["bob", "carol", "alice", "bob", "carol"] as const) {
      sent.push(await s.answer(user, CHAT, started.id, `${user} ${sent.length}`, { anonymous: true }));
    }
    await s.answer("alice", CHAT, started.id, "named after them all");
    const hidden = await round("carol", CHAT, started.id);
    expect(hidden.body.answersHidden).toBe(true);
    expect(hidden.body.answers.every((answer) => answer.mine)).toBe(true);
    const revealed = await s.call<RoundView>(
      "alice",
      "POST",
      `${scopePath(CHAT)}/rounds/${started.id}/reveal`,
    );
    expect(revealed.status).toBe(200);
    const seen = await round("carol", CHAT, started.id);
    const anonymousIds = seen.body.answers.filter((answer) => answer.anonymous).map((answer) => answer.id);
    // Ordered by their random ids: a fact about the ids, not about who sent them or when.
    expect(anonymousIds).toEqual([...sent].sort());
    expect(new Set(seen.body.answers.filter((a) => a.anonymous).map((a) => a.createdAt))).toEqual(
      new Set([started.startedAt]),
    );
    // Named answers come after every anonymous one, so no anonymous answer sits between two times.
    expect(seen.body.answers.at(-1)?.anonymous).toBe(false);
  });
});

describe("counts and insights", () => {
  it("does not count answers that are still hidden, so watching the counts tells nothing before the reveal", async () => {
    const scope = CHAT;
    const before = await s.call<InsightsResponse>("carol", "GET", `${scopePath(scope)}/insights`);
    const total = (body: InsightsResponse) =>
      body.weeks.reduce((sum, week) => sum + week.anonymousAnswers, 0);
    const started = await s.startRound(scope, { revealMode: "onReveal" });
    await s.answer("bob", scope, started.id, "hidden anonymous", { anonymous: true });
    const during = await s.call<InsightsResponse>("carol", "GET", `${scopePath(scope)}/insights`);
    expect(total(during.body)).toBe(total(before.body));
    await s.call("alice", "POST", `${scopePath(scope)}/rounds/${started.id}/reveal`);
    const after = await s.call<InsightsResponse>("carol", "GET", `${scopePath(scope)}/insights`);
    expect(total(after.body)).toBe(total(before.body) + 1);
  });

  it("counts named participants only, never linking an anonymous answer to anyone", async () => {
    const { round: started } = await anonymousAnswer(CHAT);
    await s.answer("carol", CHAT, started.id, "named");
    const insights = await s.call<InsightsResponse>("alice", "GET", `${scopePath(CHAT)}/insights`);
    expectNoBob(JSON.stringify(insights.body));
  });
});

describe("the author filter", () => {
  it("never finds a round through its anonymous answers, and shows no author where it finds one by name", async () => {
    const marker = randomUUID().slice(0, 8);
    const { round: onlyAnonymous } = await anonymousAnswer(TEAM, { promptText: `only anon ${marker}` });
    const mixed = await s.startRound(TEAM, { promptText: `mixed ${marker}` });
    await s.answer("bob", TEAM, mixed.id, "named one");
    const hiddenId = await s.answer("bob", TEAM, mixed.id, "anonymous one", { anonymous: true });
    const found = await s.call<HistoryResponse>(
      "carol",
      "GET",
      `${scopePath(TEAM)}/history?author=${s.oids.bob}&q=${marker}`,
    );
    const ids = found.body.items.map((item) => item.id);
    expect(ids).toEqual([mixed.id]);
    expect(ids).not.toContain(onlyAnonymous.id);
    const anonymous = found.body.items[0]?.answers.find((answer) => answer.id === hiddenId);
    expect(anonymous).toMatchObject({ author: null, mine: false });
  });
});

describe("exports (CSV and JSON)", () => {
  it("names nobody next to an anonymous answer or an experiment made from one, for a member or the owner", async () => {
    const scope = CHAT;
    const { round: started, answerId, text } = await anonymousAnswer(scope);
    await s.call("bob", "POST", `${scopePath(scope)}/experiments`, {
      id: randomUUID(),
      text: `exported from ${text}`,
      sourceAnswerId: answerId,
      roundId: started.id,
    });
    for (const viewer of ["carol", "alice"] as const) {
      const json = await s.call<{
        rounds: RoundView[];
        experiments: { sourceAnswerId: string; owner: unknown }[];
      }>(viewer, "GET", `${scopePath(scope)}/export?format=json`);
      const exportedRound = json.body.rounds.find((candidate) => candidate.id === started.id);
      const answer = exportedRound?.answers.find((candidate) => candidate.id === answerId);
      expect(answer).toMatchObject({ author: null, anonymous: true, createdAt: started.startedAt });
      expectNoBob(JSON.stringify(answer));
      const experiment = json.body.experiments.find((item) => item.sourceAnswerId === answerId);
      expect(experiment?.owner).toBeNull();
      expectNoBob(JSON.stringify(experiment));

      const csv = await s.call(viewer, "GET", `${scopePath(scope)}/export?format=csv`);
      const rows = csv.text.split("\n").filter((line) => line.includes(text));
      expect(rows.length).toBeGreaterThanOrEqual(2);
      for (const row of rows) expectNoBob(row);
    }
  });

  it("marks nothing as the exporter's own: a shared file must not tell which anonymous answers are theirs", async () => {
    const { round: started, answerId } = await anonymousAnswer(TEAM);
    const json = await s.call<{ rounds: { id: string; answers: Record<string, unknown>[] }[] }>(
      "bob",
      "GET",
      `${scopePath(TEAM)}/export?format=json`,
    );
    const answer = json.body.rounds
      .find((candidate) => candidate.id === started.id)
      ?.answers.find((candidate) => candidate.id === answerId);
    expect(answer).toBeDefined();
    expect(answer).not.toHaveProperty("mine");
    expect(answer).not.toHaveProperty("myReactions");
    const csv = await s.call("bob", "GET", `${scopePath(TEAM)}/export?format=csv`);
    expect(csv.text.split("\n")[0]).not.toMatch(/mine/i);
  });

  it("exports no answers of a round still hidden from someone, not even the exporter's own", async () => {
    for (const revealMode of ["onReveal", "afterAnswer"] as const) {
      const { round: started, answerId, text } = await anonymousAnswer(CHAT, { revealMode });
      const exported = async () => {
        const json = await s.call<{ rounds: RoundView[] }>(
          "bob",
          "GET",
          `${scopePath(CHAT)}/export?format=json`,
        );
        const csv = await s.call("bob", "GET", `${scopePath(CHAT)}/export?format=csv`);
        return { round: json.body.rounds.find((candidate) => candidate.id === started.id), csv: csv.text };
      };
      // Bob sees his own answer in the panel, but a file he could pass on holds only what all see.
      expect((await round("bob", CHAT, started.id)).body.answers.map((answer) => answer.id)).toEqual([
        answerId,
      ]);
      const hidden = await exported();
      expect(hidden.round).toMatchObject({ answersHidden: true, answers: [], answerCount: 1 });
      expect(hidden.csv).not.toContain(text);

      await s.call("alice", "POST", `${scopePath(CHAT)}/rounds/${started.id}/close`);
      const closed = await exported();
      expect(closed.round?.answersHidden).toBe(false);
      expect(closed.round?.answers.map((answer) => answer.id)).toEqual([answerId]);
      expect(closed.csv).toContain(text);
    }
  });
});

describe("erasure", () => {
  it("removes the erased person's anonymous answers and their proof on experiments, naming nobody", async () => {
    const scope = CHAT;
    const { round: started, answerId } = await anonymousAnswer(scope);
    const id = randomUUID();
    await s.call("bob", "POST", `${scopePath(scope)}/experiments`, {
      id,
      text: "keeps going after Bob leaves",
      sourceAnswerId: answerId,
      roundId: started.id,
    });
    const erased = await s.call<{ deleted: { answers: number } }>(
      "bob",
      "DELETE",
      `me/data?scope=${encodeURIComponent(scope)}`,
    );
    expect(erased.status).toBe(200);
    expect(erased.body.deleted.answers).toBeGreaterThanOrEqual(1);
    const seen = await round("carol", scope, started.id);
    expect(seen.body.answers.map((answer) => answer.id)).not.toContain(answerId);
    const list = await experiments("carol", scope);
    const experiment = list.body.items.find((item) => item.id === id);
    expect(experiment).toMatchObject({ owner: null, createdBy: null });
  });
});

describe("logs", () => {
  it("logs an anonymous answer's request without the writer's oid, name or text", async () => {
    logLines.length = 0;
    const { text } = await anonymousAnswer(TEAM);
    expect(logLines.length).toBeGreaterThan(0);
    for (const line of logLines) {
      expectNoBob(line);
      expect(line).not.toContain(text);
    }
  });
});

describe("the small-group guard's input", () => {
  it("tells the composer when fewer than three people belong to the scope", async () => {
    const team = await s.call<ScopeView>("alice", "GET", scopePath(TEAM));
    expect(team.body.smallGroup).toBe(false);
    const alone = await s.call<ScopeView>("mallory", "GET", scopePath("team:other-team"));
    expect(alone.status).toBe(200);
    expect(alone.body.smallGroup).toBe(true);
  });
});
