import * as contract from "@learning-loop/contract";
import type { AnswerView, ExperimentView, RoundView } from "@learning-loop/contract";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { OutboxEntry } from "../../tabs/src/outbox/outbox-queue";
import * as limits from "../../tabs/src/side-panel/limits";
import {
  arrivals,
  connectionNotice,
  excerpt,
  outcomePatches,
  roundEvents,
  roundVersion,
  shouldAdopt,
  unsentFor,
  withAnswer,
  withExperiment,
  withReaction,
  withoutAnswer,
} from "../../tabs/src/side-panel/round-logic";

const answer = (id: string, extra: Partial<AnswerView> = {}): AnswerView => ({
  id,
  roundId: "r1",
  text: `text ${id}`,
  mode: null,
  anonymous: false,
  author: { oid: `oid-${id}`, name: `Person ${id}` },
  mine: false,
  createdAt: "2026-11-23T09:00:00.000Z",
  editedAt: null,
  reactions: { "me-too": 0, insightful: 0 },
  myReactions: [],
  etag: '"1"',
  question: null,
  ...extra,
});

const round = (extra: Partial<RoundView> = {}): RoundView => ({
  id: "r1",
  scope: "team:dev-team",
  promptId: "weekly-learning",
  promptText: "What are we learning this week?",
  kind: "weekly",
  meetingId: "m1",
  status: "open",
  revealMode: "live",
  revealed: false,
  startedBy: { oid: "alice", name: "Alice Example" },
  startedAt: "2026-11-23T09:00:00.000Z",
  closedAt: null,
  answerCount: 0,
  canManage: false,
  answersHidden: false,
  answers: [],
  experiments: [],
  review: null,
  etag: '"3-abcdefgh"',
  ...extra,
});

const pending = (id: string, extra: Partial<OutboxEntry> = {}): OutboxEntry => ({
  id,
  scope: "team:dev-team",
  roundId: "r1",
  text: `queued ${id}`,
  mode: null,
  anonymous: false,
  createdAt: 1,
  attempts: 0,
  nextAttemptAt: 1,
  state: "pending",
  failure: null,
  ...extra,
});

describe("side panel state logic", () => {
  it("keeps the limits and vocabularies equal to the contract's", () => {
    expect(limits.ANSWER_LIMIT).toBe(contract.ANSWER_MAX);
    expect(limits.PROMPT_LIMIT).toBe(contract.PROMPT_MAX);
    expect(limits.EXPERIMENT_TEXT_LIMIT).toBe(contract.EXPERIMENT_TEXT_MAX);
    expect(limits.OUTCOME_LIMIT).toBe(contract.OUTCOME_MAX);
    expect([...limits.LEARNING_MODES]).toEqual([...contract.LEARNING_MODES]);
    expect([...limits.PROMPT_KINDS]).toEqual([...contract.PROMPT_KINDS]);
    expect([...limits.REVEAL_MODES]).toEqual([...contract.REVEAL_MODES]);
    expect([...limits.REACTION_KINDS]).toEqual([...contract.REACTION_KINDS]);
  });

  it("counts characters exactly as the API does: trimmed code points", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (text) => {
        expect(limits.composerCount(text).count).toBe(contract.codePointLength(text.trim()));
      }),
    );
    expect(limits.composerCount("  🚢🚢  ").count).toBe(2);
    expect(limits.composerCount("x".repeat(1_003))).toEqual({ count: 1_003, over: 3 });
    expect(limits.composerCount("x".repeat(1_000))).toEqual({ count: 1_000, over: 0 });
  });

  it("reads the round's version from its poll ETag and never goes back to an older view", () => {
    expect(roundVersion('"12-abcdefgh"')).toBe(12);
    expect(roundVersion('W/"7-x"')).toBe(7);
    expect(roundVersion("nonsense")).toBeNull();
    const seen = round({ etag: '"5-a"' });
    expect(shouldAdopt(seen, round({ etag: '"4-a"' }))).toBe(false);
    expect(shouldAdopt(seen, round({ etag: '"5-a"' }))).toBe(true);
    expect(shouldAdopt(seen, round({ etag: '"6-a"' }))).toBe(true);
    expect(shouldAdopt(seen, round({ id: "r2", etag: '"1-a"' }))).toBe(true);
    expect(shouldAdopt(null, seen)).toBe(true);
  });

  it("adds, replaces and removes the caller's own answers without waiting for a poll", () => {
    const mine = answer("a", { mine: true });
    const added = withAnswer(round(), mine);
    expect(added.answers).toEqual([mine]);
    expect(added.answerCount).toBe(1);
    const edited = withAnswer(added, { ...mine, text: "edited" });
    expect(edited.answers.map((entry) => entry.text)).toEqual(["edited"]);
    expect(edited.answerCount).toBe(1);
    expect(withAnswer(added, { ...mine, roundId: "other" })).toBe(added);
    const removed = withoutAnswer(edited, "a");
    expect(removed.answers).toEqual([]);
    expect(removed.answerCount).toBe(0);
    expect(withoutAnswer(removed, "a")).toBe(removed);
  });

  it("switches the caller's reactions on and off, idempotently", () => {
    const start = round({ answers: [answer("a", { reactions: { "me-too": 2, insightful: 0 } })] });
    const on = withReaction(start, "a", "me-too", true);
    expect(on.answers[0]).toMatchObject({ reactions: { "me-too": 3 }, myReactions: ["me-too"] });
    expect(withReaction(on, "a", "me-too", true).answers[0]?.reactions["me-too"]).toBe(3);
    const off = withReaction(on, "a", "me-too", false);
    expect(off.answers[0]).toMatchObject({ reactions: { "me-too": 2 }, myReactions: [] });
  });

  it("shows outbox entries of this round that the round does not show yet", () => {
    const shown = round({ answers: [answer("a", { mine: true })] });
    const entries = [pending("a"), pending("b"), pending("c", { roundId: "r2" })];
    expect(unsentFor(entries, shown).map((entry) => entry.id)).toEqual(["b"]);
    expect(unsentFor(entries, null)).toEqual([]);
  });

  it("announces other people's new answers, never an anonymous author, never on the first view", () => {
    const before = round({ answers: [answer("a")] });
    const after = round({
      answers: [
        answer("a"),
        answer("b"),
        answer("c", { anonymous: true, author: null }),
        answer("d", { mine: true }),
      ],
    });
    expect(arrivals(before, after)).toEqual([
      { id: "b", author: "Person b", text: "text b" },
      { id: "c", author: null, text: "text c" },
    ]);
    expect(roundEvents(null, after, true)).toEqual([]);
    expect(roundEvents(before, after, false).map((event) => event.kind)).toEqual(["answer", "answer"]);
  });

  it("announces a start, a reveal (once, not every answer) and a close", () => {
    const hidden = round({ revealMode: "onReveal", answersHidden: true, answers: [] });
    const revealed = round({ revealMode: "onReveal", answers: [answer("a"), answer("b")] });
    expect(roundEvents(hidden, revealed, false)).toEqual([{ kind: "revealed" }]);
    expect(roundEvents(null, hidden, false)).toEqual([{ kind: "started", prompt: hidden.promptText }]);
    expect(roundEvents(revealed, { ...revealed, status: "closed" }, false)).toEqual([{ kind: "closed" }]);
    expect(roundEvents(revealed, round({ id: "r2" }), false)).toEqual([
      { kind: "started", prompt: "What are we learning this week?" },
    ]);
  });

  it("shortens announcements at a character boundary", () => {
    expect(excerpt("short")).toBe("short");
    const long = "🚀".repeat(200);
    expect([...excerpt(long)].length).toBe(140);
    expect(excerpt(long).endsWith("…")).toBe(true);
  });

  it("says one calm thing about the connection, most important first", () => {
    const waiting = [pending("a"), pending("b", { failure: { kind: "offline" } })];
    expect(connectionNotice({ online: false, pollFailures: 0, entries: waiting, durable: true })).toEqual({
      kind: "offline",
      waiting: 2,
    });
    expect(connectionNotice({ online: true, pollFailures: 0, entries: waiting, durable: true })).toEqual({
      kind: "trouble",
      waiting: 2,
    });
    expect(connectionNotice({ online: true, pollFailures: 2, entries: [], durable: true })).toEqual({
      kind: "trouble",
      waiting: 0,
    });
    expect(connectionNotice({ online: true, pollFailures: 1, entries: [], durable: true })).toEqual({
      kind: "none",
    });
    expect(
      connectionNotice({ online: true, pollFailures: 0, entries: [pending("a")], durable: false }),
    ).toEqual({
      kind: "volatile",
      waiting: 1,
    });
    expect(
      connectionNotice({
        online: true,
        pollFailures: 0,
        entries: [pending("a", { state: "rejected" })],
        durable: true,
      }),
    ).toEqual({ kind: "refused", count: 1 });
  });

  it("records a check-back's outcome in the steps the API allows, outcome first", () => {
    expect(outcomePatches("planned", " It worked ", "done")).toEqual([
      { status: "running", outcome: "It worked" },
      { status: "done" },
    ]);
    expect(outcomePatches("running", "It worked", "done")).toEqual([
      { status: "done", outcome: "It worked" },
    ]);
    expect(outcomePatches("planned", "", "dropped")).toEqual([{ status: "dropped" }]);
    expect(outcomePatches("running", "No time", "dropped")).toEqual([
      { status: "dropped", outcome: "No time" },
    ]);
    expect(outcomePatches("done", "x", "done")).toEqual([]);
  });

  it("adds an experiment started from this round once", () => {
    const experiment = { id: "e1", roundId: "r1" } as ExperimentView;
    const once = withExperiment(round(), experiment);
    expect(once.experiments).toEqual([experiment]);
    expect(withExperiment(once, experiment)).toBe(once);
    expect(withExperiment(round(), { ...experiment, roundId: "r2" }).experiments).toEqual([]);
  });
});
