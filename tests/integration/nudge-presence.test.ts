import type { NudgeResponse, Problem, RoundView } from "@learning-loop/contract";
import { NUDGE_PRESENT_MAX } from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEV_TENANT } from "../../api/src/auth/dev-fixtures";
import type { LocalHost } from "../../api/src/local/http-host";
import type { NotificationService } from "../../api/src/notifications/notifier";
import { scopePath } from "../support/api-client";
import { openSession } from "../support/api-session";
import type { ApiSession } from "../support/api-session";
import { addBotToChat, startFakeConnector } from "../support/fake-connector";
import type { FakeConnector } from "../support/fake-connector";
import { eventually, startBotApi } from "../support/playground";

/**
 * The in-meeting nudge narrowed to the people Live Share shows in the meeting (`present`), against
 * the real route table on the local host, the local Cosmos server and a fake Bot Connector that
 * lists the meeting chat's members and records the targeted meeting notifications the bot sends
 * (docs/notifications.md, "The in-meeting nudge and anonymity").
 */

const CHAT_ID = "19:standup-meeting@thread.v2";
const CHAT = `chat:${CHAT_ID}`;
/** A chat member who is no dev user: only the connector knows her. */
const DANA = "d0000000-0000-4000-8000-000000000013";
/** Someone in no member list at all. */
const STRANGER = "5e000000-0000-4000-8000-000000000099";

let connector: FakeConnector;
let api: LocalHost;
let notifications: NotificationService;
let s: ApiSession;

beforeAll(async () => {
  connector = await startFakeConnector();
  ({ api, notifications } = await startBotApi(inject("cosmosEndpoint"), {
    BOT_AUTH: "playground",
    TEAMS_APP_ID: "00000000-0000-4000-8000-000000000001",
  }));
  s = await openSession(api);
  connector.members.set(CHAT_ID, [
    { id: "29:alice", aadObjectId: s.oids.alice, name: "Alice Example" },
    { id: "29:bob", aadObjectId: s.oids.bob, name: "Bob Example" },
    { id: "29:carol", aadObjectId: s.oids.carol, name: "Carol Example" },
    { id: "29:dana", aadObjectId: DANA, name: "Dana Example" },
  ]);
  await addBotToChat(api.url, connector, {
    id: CHAT_ID,
    tenantId: DEV_TENANT,
    by: { oid: s.oids.alice, name: "Alice Example" },
  });
}, 30_000);

afterAll(async () => {
  await notifications?.idle();
  await api?.close();
  await connector?.close();
});

const nudgePath = (round: RoundView) => `${scopePath(CHAT)}/rounds/${round.id}/nudge`;

/** The recipients of the one notification the bot sent for `round`'s meeting, once it is out. */
async function recipientsOf(round: RoundView): Promise<string[]> {
  await notifications.idle();
  const sent = await eventually(async () => {
    const found = connector.notifications.filter((entry) => entry.meetingId === round.meetingId);
    return found.length > 0 ? found : undefined;
  });
  expect(sent).toHaveLength(1);
  expect(sent[0]?.body.type).toBe("targetedMeetingNotification");
  return [...(sent[0]?.body.value?.recipients ?? [])].sort();
}

describe("the nudge goes to those present in the meeting", () => {
  it("reaches only present members, ignores present people who are no members, and keeps the anonymity rule", async () => {
    const round = await s.startRound(CHAT);
    await s.answer("bob", CHAT, round.id, "Named: I learned to ask earlier.");
    await s.answer("carol", CHAT, round.id, "Anonymous: I hid a mistake.", { anonymous: true });
    // Alice (asking), Bob (answered by name), Carol (answered anonymously) and a stranger are
    // present; Dana, a member, is not.
    const queued = await s.call<NudgeResponse>("alice", "POST", nudgePath(round), {
      present: [s.oids.alice, s.oids.bob.toUpperCase(), s.oids.carol, STRANGER],
    });
    expect(queued.status).toBe(202);
    expect(queued.body).toEqual({ status: "queued" });
    // Carol's anonymous answer spares nobody; Dana is not there; the stranger is no member.
    expect(await recipientsOf(round)).toEqual(["29:carol"]);

    // The 5-minute window holds whatever list comes next.
    const again = await s.call<NudgeResponse>("alice", "POST", nudgePath(round), { present: [DANA] });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ status: "already-sent" });
    await notifications.idle();
    expect(connector.notifications.filter((entry) => entry.meetingId === round.meetingId)).toHaveLength(1);
  });

  it("without a present list, nudges every member as before", async () => {
    const round = await s.startRound(CHAT);
    await s.answer("bob", CHAT, round.id, "Named again.");
    const queued = await s.call<NudgeResponse>("alice", "POST", nudgePath(round));
    expect(queued.status).toBe(202);
    expect(await recipientsOf(round)).toEqual(["29:carol", "29:dana"]);

    // `{}` is the same as no body.
    const other = await s.startRound(CHAT);
    expect((await s.call<NudgeResponse>("alice", "POST", nudgePath(other), {})).status).toBe(202);
    expect(await recipientsOf(other)).toEqual(["29:bob", "29:carol", "29:dana"]);
  });

  it("sends nothing when nobody present is left to nudge", async () => {
    const round = await s.startRound(CHAT);
    const queued = await s.call<NudgeResponse>("alice", "POST", nudgePath(round), {
      present: [s.oids.alice, STRANGER],
    });
    expect(queued.status).toBe(202);
    await notifications.idle();
    expect(connector.notifications.filter((entry) => entry.meetingId === round.meetingId)).toEqual([]);
  });

  it("refuses a bad present list with 400 naming the field, and claims no nudge", async () => {
    const round = await s.startRound(CHAT);
    const tooMany = Array.from({ length: NUDGE_PRESENT_MAX + 1 }, () => randomUUID());
    const cases: [unknown, string][] = [
      [{ present: "everyone" }, "present"],
      [{ present: [s.oids.bob, "bob"] }, "present.1"],
      [{ present: [42] }, "present.0"],
      [{ present: tooMany }, "present"],
      [{ present: null }, "present"],
      [{ presence: [s.oids.bob] }, "presence"],
      [[s.oids.bob], "body"],
    ];
    for (const [body, field] of cases) {
      const refused = await s.call<Problem>("alice", "POST", nudgePath(round), body);
      expect(refused.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(refused.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(refused.body.errors?.map((error) => error.field)).toContain(field);
    }
    const text = await s.call<Problem>("alice", "POST", nudgePath(round), undefined, {
      "content-type": "text/plain",
    });
    expect(text.status).toBe(415);
    // A full list of 500 fits; and none of the refusals used up the round's window.
    const full = [s.oids.bob, ...tooMany.slice(0, NUDGE_PRESENT_MAX - 1)];
    const queued = await s.call<NudgeResponse>("alice", "POST", nudgePath(round), { present: full });
    expect(queued.status).toBe(202);
    expect(await recipientsOf(round)).toEqual(["29:bob"]);
  });
});
