import type { HistoryResponse, InsightsResponse, Problem, RoundView } from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { scopePath } from "../support/api-client";
import { CHAT, openSession } from "../support/api-session";
import type { ApiSession } from "../support/api-session";
import { startApi } from "../support/stack";

let s: ApiSession;
beforeAll(async () => {
  s = await openSession(await startApi(inject("cosmosEndpoint")));
});
afterAll(() => s.api.close());

const history = (scope: string, query: string) =>
  s.call<HistoryResponse>("carol", "GET", `${scopePath(scope)}/history?${query}`);

describe("history search and filters", () => {
  it("finds rounds by prompt, answer text, case- and accent-insensitively", async () => {
    const scope = CHAT;
    const marker = randomUUID().slice(0, 8);
    const round = await s.startRound(scope, { promptText: `Café retro ${marker}` });
    await s.answer("bob", scope, round.id, `Naïve ÉLAN ${marker}`, { mode: "vicarious" });
    const other = await s.startRound(scope, { promptText: `Unrelated ${marker}x` });
    await s.answer("bob", scope, other.id, "nothing to see");

    const byPrompt = await history(scope, `q=${encodeURIComponent(`cafe RETRO ${marker}`)}`);
    expect(byPrompt.body.items.map((item) => item.id)).toEqual([round.id]);
    const byAnswer = await history(scope, `q=${encodeURIComponent(`naive elan ${marker}`)}`);
    expect(byAnswer.body.items.map((item) => item.id)).toEqual([round.id]);
    const byMode = await history(scope, `mode=vicarious&q=${marker}`);
    expect(byMode.body.items.map((item) => item.id)).toEqual([round.id]);
    const byAuthor = await history(scope, `author=${s.oids.bob}&q=${marker}`);
    expect(byAuthor.body.items.map((item) => item.id).sort()).toEqual([round.id, other.id].sort());
    const none = await history(scope, `q=${randomUUID()}`);
    expect(none.body).toEqual({ items: [], nextCursor: null });
  });

  it("never finds a round through an answer the searcher may not see, nor an anonymous author", async () => {
    const scope = CHAT;
    const marker = randomUUID().slice(0, 8);
    const held = await s.startRound(scope, { revealMode: "onReveal" });
    await s.answer("bob", scope, held.id, `hidden ${marker}`);
    expect((await history(scope, `q=hidden%20${marker}`)).body.items).toEqual([]);
    const open = await s.startRound(scope);
    await s.answer("bob", scope, open.id, `anon ${marker}`, { anonymous: true });
    expect((await history(scope, `author=${s.oids.bob}&q=anon%20${marker}`)).body.items).toEqual([]);
  });

  it("filters by date range and rejects bad filters naming them", async () => {
    const scope = CHAT;
    const round = await s.startRound(scope);
    const today = round.startedAt.slice(0, 10);
    const inRange = await history(scope, `from=${today}&to=${today}&limit=50`);
    expect(inRange.body.items.map((item) => item.id)).toContain(round.id);
    const future = await history(scope, `from=2999-01-01`);
    expect(future.body.items).toEqual([]);
    for (const [query, field] of [
      ["limit=0", "limit"],
      ["limit=51", "limit"],
      ["mode=psychic", "mode"],
      ["from=yesterday", "from"],
      ["colour=red", "colour"],
    ]) {
      const response = await s.call<Problem>("carol", "GET", `${scopePath(scope)}/history?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.errors?.map((error) => error.field)).toContain(field);
    }
  });
});

describe("export", () => {
  it("exports JSON and CSV without anonymous authors and with formula cells neutralised", async () => {
    const scope = "team:dev-team";
    const round = await s.startRound(scope);
    await s.answer("bob", scope, round.id, '=HYPERLINK("http://evil")', { anonymous: true });
    await s.answer("carol", scope, round.id, 'says "hi", then leaves\nbye');
    const json = await s.call<{ rounds: RoundView[] }>(
      "alice",
      "GET",
      `${scopePath(scope)}/export?format=json`,
    );
    expect(json.status).toBe(200);
    expect(json.headers.get("content-disposition")).toMatch(
      /attachment; filename="learning-loop-team-dev-team-.*\.json"/,
    );
    // Other test files share this scope, so only this round's records are inspected.
    const exported = json.body.rounds.find((item) => item.id === round.id)!;
    const anonymous = exported.answers.find((answer) => answer.anonymous)!;
    expect(anonymous.author).toBeNull();
    expect(JSON.stringify(anonymous)).not.toContain(s.oids.bob);

    const csv = await s.call("alice", "GET", `${scopePath(scope)}/export?format=csv`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.text.split("\r\n")[0]).toMatch(/^record,round_id,/);
    expect(csv.text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv.text).toContain('"says ""hi"", then leaves\nbye"');
    const formulaRow = csv.text.split("\r\n").find((line) => line.includes("HYPERLINK"))!;
    expect(formulaRow.startsWith(`answer,${round.id},`)).toBe(true);
    expect(formulaRow).not.toContain("Bob Example");
    expect(formulaRow).toMatch(/,,true,/);
    expect((await s.call<Problem>("alice", "GET", `${scopePath(scope)}/export?format=xml`)).status).toBe(400);
    expect((await s.call("mallory", "GET", `${scopePath(scope)}/export?format=json`)).status).toBe(403);
  });
});

describe("insights", () => {
  it("aggregates the current week without naming anyone", async () => {
    const scope = "team:dev-team";
    const before = (await s.call<InsightsResponse>("bob", "GET", `${scopePath(scope)}/insights?weeks=4`))
      .body;
    const round = await s.startRound(scope);
    await s.answer("bob", scope, round.id, "a", { mode: "experimental" });
    await s.answer("carol", scope, round.id, "b", { anonymous: true });
    const after = await s.call<InsightsResponse>("bob", "GET", `${scopePath(scope)}/insights?weeks=4`);
    expect(after.status).toBe(200);
    expect(after.body.weeks).toHaveLength(4);
    const [was, now] = [before.weeks.at(-1)!, after.body.weeks.at(-1)!];
    expect(now.rounds - was.rounds).toBe(1);
    expect(now.answers - was.answers).toBe(2);
    expect(now.anonymousAnswers - was.anonymousAnswers).toBe(1);
    expect(after.body.modes.experimental - before.modes.experimental).toBe(1);
    expect(after.body.streakWeeks).toBeGreaterThanOrEqual(1);
    expect(after.text).not.toContain(s.oids.carol);
    expect((await s.call<Problem>("bob", "GET", `${scopePath(scope)}/insights?weeks=99`)).status).toBe(400);
  });
});

describe("delete my data", () => {
  it("removes the caller's answers (anonymous too) and reactions, and fixes every count", async () => {
    const scope = "team:dev-team";
    const round = await s.startRound(scope);
    const carols = await s.answer("carol", scope, round.id, "carol named");
    await s.answer("carol", scope, round.id, "carol anonymous", { anonymous: true });
    const bobs = await s.answer("bob", scope, round.id, "bob stays");
    await s.call(
      "carol",
      "PUT",
      `${scopePath(scope)}/rounds/${round.id}/answers/${bobs}/reactions/insightful`,
    );
    await s.call("bob", "PUT", `${scopePath(scope)}/rounds/${round.id}/answers/${carols}/reactions/me-too`);

    const erased = await s.call<{ deleted: { answers: number; reactions: number } }>(
      "carol",
      "DELETE",
      `me/data?scope=${encodeURIComponent(scope)}`,
    );
    expect(erased.status).toBe(200);
    expect(erased.body.deleted.answers).toBeGreaterThanOrEqual(2);
    expect(erased.body.deleted.reactions).toBeGreaterThanOrEqual(1);

    const view = await s.call<RoundView>("alice", "GET", `${scopePath(scope)}/rounds/${round.id}`);
    expect(view.body.answers.map((answer) => answer.text)).toEqual(["bob stays"]);
    expect(view.body.answers[0]?.reactions.insightful).toBe(0);
    expect(view.body.answerCount).toBe(1);
    const exported = await s.call("alice", "GET", `${scopePath(scope)}/export?format=json`);
    expect(exported.text).not.toContain("carol named");
    expect(exported.text).not.toContain("carol anonymous");
    expect(exported.text).not.toContain("Carol Example");

    const missing = await s.call<Problem>("carol", "DELETE", "me/data");
    expect(missing.status).toBe(400);
    expect(missing.body.errors?.[0]?.field).toBe("scope");
  });
});
