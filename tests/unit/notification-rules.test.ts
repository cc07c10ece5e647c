import { describe, expect, it } from "vitest";
import type { ScopeAccess } from "../../api/src/auth/identity";
import { loadConfig } from "../../api/src/config";
import type { AnswerDoc, RoundDoc } from "../../api/src/cosmos/documents";
import { DomainError } from "../../api/src/domain/errors";
import {
  NUDGE_WINDOW_MS,
  assertRoundNudgeable,
  nudgeExclusions,
  nudgeKey,
  nudgePresence,
  nudgeRecipients,
  nudgeSurfaces,
} from "../../api/src/notifications/rules";

const TID = "11111111-1111-4111-8111-111111111111";
const pk = `${TID}|chat:c`;
const starter = { oid: "a11ce000-0000-4000-8000-000000000001", name: "Alice" };
const access = (oid: string, role: "owner" | "member" = "member"): ScopeAccess => ({
  oid,
  name: "Someone",
  role,
  tid: TID,
  scope: "chat:c",
  pk,
});

const round = (extra: Partial<RoundDoc> = {}): RoundDoc => ({
  id: "r",
  pk,
  tid: TID,
  scope: "chat:c",
  type: "round",
  roundId: "r",
  roundAt: "2026-11-25T10:00:00.000Z",
  promptId: null,
  promptText: "?",
  kind: null,
  meetingId: "meeting-1",
  startedBy: starter,
  startedAt: "2026-11-25T10:00:00.000Z",
  closedAt: null,
  status: "open",
  revealMode: "live",
  revealed: false,
  answerCount: 0,
  version: 1,
  ...extra,
});

const answer = (id: string, author: AnswerDoc["author"]): AnswerDoc => ({
  id,
  pk,
  tid: TID,
  scope: "chat:c",
  type: "answer",
  roundId: "r",
  roundAt: "2026-11-25T10:00:00.000Z",
  text: "t",
  mode: null,
  anonymous: author === null,
  author,
  ownerProof: author === null ? "proof" : null,
  createdAt: "2026-11-25T10:01:00.000Z",
  editedAt: null,
  reactions: { "me-too": 0, insightful: 0 },
  rev: 1,
});

const problemOf = (action: () => void) => {
  try {
    action();
  } catch (error) {
    return error instanceof DomainError ? { code: error.kind, field: error.field } : "other";
  }
  return undefined;
};

describe("notification rules", () => {
  it("lets the starter or an organizer nudge an open round of a meeting, nobody else", () => {
    expect(problemOf(() => assertRoundNudgeable(round(), access(starter.oid)))).toBeUndefined();
    expect(problemOf(() => assertRoundNudgeable(round(), access("other", "owner")))).toBeUndefined();
    expect(problemOf(() => assertRoundNudgeable(round(), access("other")))).toMatchObject({
      code: "forbidden",
    });
    expect(problemOf(() => assertRoundNudgeable(round({ status: "closed" }), access(starter.oid)))).toEqual({
      code: "conflict",
      field: "roundId",
    });
    expect(problemOf(() => assertRoundNudgeable(round({ meetingId: null }), access(starter.oid)))).toEqual({
      code: "conflict",
      field: "meetingId",
    });
  });

  it("spares the asker and named answerers, never anonymous ones, each once", () => {
    const answers = [
      answer("1", { oid: "bob", name: "Bob" }),
      answer("2", null),
      answer("3", { oid: "bob", name: "Bob" }),
      answer("4", { oid: "asker", name: "Asker" }),
    ];
    expect(nudgeExclusions("asker", answers)).toEqual(["asker", "bob"]);
  });

  it("narrows a nudge to the present members, never widens it, and still spares the excluded", () => {
    const ALICE = "a11ce000-0000-4000-8000-000000000001";
    const BOB = "b0b00000-0000-4000-8000-000000000002";
    const CAROL = "ca201000-0000-4000-8000-000000000003";
    const DANA = "d0000000-0000-4000-8000-000000000013";
    const STRANGER = "5e000000-0000-4000-8000-000000000099";
    const members = [
      { id: "29:alice", aadObjectId: ALICE },
      { id: "29:bob", aadObjectId: BOB },
      { id: "29:carol", aadObjectId: CAROL },
      { id: "29:dana", aadObjectId: DANA },
      { id: "29:bot", aadObjectId: null },
    ];
    // Without a list: every member but the excluded (today's rule).
    expect(nudgeRecipients(members, [ALICE, CAROL], null)).toEqual(["29:bob", "29:dana"]);
    // With one: only members in it; a stranger in it reaches nobody; ids match in any case.
    expect(nudgeRecipients(members, [ALICE], [ALICE, BOB.toUpperCase(), STRANGER])).toEqual(["29:bob"]);
    // A present person who answered by name is still spared; an empty list reaches nobody.
    expect(nudgeRecipients(members, [ALICE, BOB], [BOB, DANA])).toEqual(["29:dana"]);
    expect(nudgeRecipients(members, [ALICE], [])).toEqual([]);
    expect(nudgePresence([BOB.toUpperCase(), BOB, DANA])).toEqual([BOB, DANA]);
  });

  it("keys a nudge by round and window, and opens the stage only with a tab address", () => {
    const start = new Date(Math.ceil(Date.now() / NUDGE_WINDOW_MS) * NUDGE_WINDOW_MS);
    expect(nudgeKey("r", start)).toBe(nudgeKey("r", new Date(start.getTime() + NUDGE_WINDOW_MS - 1)));
    expect(nudgeKey("r", start)).not.toBe(nudgeKey("r", new Date(start.getTime() + NUDGE_WINDOW_MS)));
    expect(nudgeSurfaces(undefined, "Learning moment")).toEqual([{ surface: "meetingTabIcon" }]);
    expect(
      nudgeSurfaces("https://tab.example.com", "Learning moment").map((surface) => surface.surface),
    ).toEqual(["meetingStage", "meetingTabIcon"]);
  });

  it("reads the bot's settings with the rest of the configuration", () => {
    const config = loadConfig({
      TEAMS_APP_ID: " app ",
      TAB_ENDPOINT: "https://tab.example.com/",
      NOTIFY_RETRY_ATTEMPTS: "3",
    });
    expect(config.bot).toMatchObject({
      auth: "botframework",
      appId: "",
      teamsAppId: "app",
      tabEndpoint: "https://tab.example.com",
      retry: { attempts: 3, baseDelayMs: 2000 },
    });
    expect(() => loadConfig({ NOTIFY_RETRY_ATTEMPTS: "0" })).toThrow(/NOTIFY_RETRY_ATTEMPTS/);
  });
});
