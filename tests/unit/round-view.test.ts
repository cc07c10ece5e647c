import { describe, expect, it } from "vitest";
import type { ScopeAccess } from "../../api/src/auth/identity";
import { ownerProof } from "../../api/src/answers/owner-proof";
import type { AnswerDoc, RoundDoc } from "../../api/src/cosmos/documents";
import { toRoundView } from "../../api/src/rounds/round-view";

const TID = "11111111-1111-4111-8111-111111111111";
const SECRET = "test-secret";
const people = {
  alice: { oid: "a11ce000-0000-4000-8000-000000000001", name: "Alice", role: "owner" as const },
  bob: { oid: "b0b00000-0000-4000-8000-000000000002", name: "Bob", role: "member" as const },
  carol: { oid: "ca201000-0000-4000-8000-000000000003", name: "Carol", role: "member" as const },
};
type Who = keyof typeof people;

const access = (who: Who): ScopeAccess => ({
  ...people[who],
  tid: TID,
  scope: "team:t",
  pk: `${TID}|team:t`,
});

const round = (revealMode: RoundDoc["revealMode"], extra: Partial<RoundDoc> = {}): RoundDoc => ({
  id: "r",
  pk: `${TID}|team:t`,
  tid: TID,
  scope: "team:t",
  type: "round",
  roundId: "r",
  roundAt: "2026-11-25T10:00:00.000Z",
  promptId: null,
  promptText: "?",
  kind: null,
  meetingId: null,
  startedBy: { oid: people.alice.oid, name: "Alice" },
  startedAt: "2026-11-25T10:00:00.000Z",
  closedAt: null,
  status: "open",
  revealMode,
  revealed: false,
  answerCount: 0,
  version: 1,
  ...extra,
});

const answer = (id: string, who: Who, anonymous = false): AnswerDoc => ({
  id,
  pk: `${TID}|team:t`,
  tid: TID,
  scope: "team:t",
  type: "answer",
  roundId: "r",
  roundAt: "2026-11-25T10:00:00.000Z",
  text: `${who} says`,
  mode: null,
  anonymous,
  author: anonymous ? null : { oid: people[who].oid, name: people[who].name },
  ownerProof: anonymous ? ownerProof(SECRET, TID, people[who].oid, id) : null,
  createdAt: "2026-11-25T10:01:00.000Z",
  editedAt: null,
  reactions: { "me-too": 0, insightful: 0 },
  rev: 1,
});

const visibleTo = (doc: RoundDoc, answers: AnswerDoc[], who: Who) =>
  toRoundView(doc, { answers }, { access: access(who), anonymitySecret: SECRET }).answers.map(
    (entry) => entry.id,
  );

describe("reveal modes", () => {
  const answers = [answer("b1", "bob"), answer("c1", "carol", true)];

  it.each(["alice", "bob", "carol"] as Who[])("live shows everything to %s", (who) => {
    expect(visibleTo(round("live"), answers, who)).toEqual(["b1", "c1"]);
  });

  it("afterAnswer shows others only once you answered", () => {
    expect(visibleTo(round("afterAnswer"), answers, "alice")).toEqual([]);
    expect(visibleTo(round("afterAnswer"), answers, "bob")).toEqual(["b1", "c1"]);
    expect(visibleTo(round("afterAnswer"), answers, "carol")).toEqual(["b1", "c1"]);
  });

  it("onReveal shows only your own answer until revealed, even to the organizer", () => {
    expect(visibleTo(round("onReveal"), answers, "alice")).toEqual([]);
    expect(visibleTo(round("onReveal"), answers, "bob")).toEqual(["b1"]);
    expect(visibleTo(round("onReveal"), answers, "carol")).toEqual(["c1"]);
    expect(visibleTo(round("onReveal", { revealed: true }), answers, "alice")).toEqual(["b1", "c1"]);
    expect(visibleTo(round("onReveal", { status: "closed" }), answers, "alice")).toEqual(["b1", "c1"]);
  });

  it("marks an anonymous answer as its author's own without naming the author", () => {
    const asCarol = toRoundView(
      round("live"),
      { answers },
      { access: access("carol"), anonymitySecret: SECRET },
    );
    expect(asCarol.answers[1]).toMatchObject({ mine: true, author: null, anonymous: true });
    const asBob = toRoundView(round("live"), { answers }, { access: access("bob"), anonymitySecret: SECRET });
    expect(asBob.answers[1]).toMatchObject({ mine: false, author: null });
    expect(JSON.stringify(asBob)).not.toContain(people.carol.oid);
  });

  it("only the starter and the owner may manage a round", () => {
    const started = round("live", { startedBy: { oid: people.bob.oid, name: "Bob" } });
    const canManage = (who: Who) =>
      toRoundView(started, { answers: [] }, { access: access(who), anonymitySecret: SECRET }).canManage;
    expect([canManage("alice"), canManage("bob"), canManage("carol")]).toEqual([true, true, false]);
  });
});
