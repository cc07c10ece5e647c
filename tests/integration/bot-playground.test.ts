import type { Container } from "@azure/cosmos";
import type {
  EventSecretCreated,
  ExperimentView,
  ExperimentsResponse,
  MyExperimentsResponse,
  NudgeResponse,
  Problem,
  RoundView,
  ScopeView,
} from "@learning-loop/contract";
import { addDays, EVENT_SIGNATURE_HEADER, todayIn, weekStart } from "@learning-loop/contract";
import { sign as githubSign } from "@octokit/webhooks-methods";
import examples from "@octokit/webhooks-examples";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEV_TENANT } from "../../api/src/auth/dev-fixtures";
import type { ScopeAccess } from "../../api/src/auth/identity";
import { loadBotConfig } from "../../api/src/bot/bot-config";
import { readConversationRef } from "../../api/src/bot/conversation-ref-repository";
import { sign } from "../../api/src/events/signature";
import type { LocalHost } from "../../api/src/local/http-host";
import type { NotificationDoc } from "../../api/src/cosmos/documents";
import { ledgerId } from "../../api/src/notifications/ledger-repository";
import type { NotificationService } from "../../api/src/notifications/notifier";
import type { Services } from "../../api/src/services";
import { isTenantRecorded } from "../../api/src/tenants/tenant-repository";
import { launchChromium } from "../e2e/support/browser";
import { request, scopePath } from "../support/api-client";
import { openSession } from "../support/api-session";
import type { ApiSession } from "../support/api-session";
import {
  PLAYGROUND_GROUP_CHAT,
  PLAYGROUND_TEAM_CHANNEL,
  PLAYGROUND_USERS,
  eventually,
  startBotApi,
  startConnectorProxy,
  startPlayground,
} from "../support/playground";
import type { ConnectorProxy, Playground, RecordedEvent } from "../support/playground";
import { containerOf } from "../../api/src/cosmos/db";
import type { Db } from "../../api/src/cosmos/db";
import { wordsFor } from "../../api/src/i18n/words";

const CHAT = `chat:${PLAYGROUND_GROUP_CHAT}`;
const TEAM = "team:dev-team";
const TEAMS_APP_ID = "00000000-0000-4000-8000-000000000001";
const at = (scope: string) => ({ tid: DEV_TENANT, scope, pk: `${DEV_TENANT}|${scope}` });
const HOSTILE_PROMPT = "What **really** happened? [click](javascript:alert(1)) <script>x</script>";

let proxy: ConnectorProxy;
let playground: Playground;
let api: LocalHost;
let services: Services;
let notifications: NotificationService;
let db: Db;
let container: Container;
let s: ApiSession;
const logs: string[] = [];

beforeAll(async () => {
  proxy = await startConnectorProxy();
  ({ api, services, notifications } = await startBotApi(
    inject("cosmosEndpoint"),
    {
      BOT_AUTH: "playground",
      TEAMS_APP_ID,
      TAB_ENDPOINT: "https://tab.example.com",
      NOTIFY_RETRY_BASE_MS: "50",
      NOTIFY_RETRY_ATTEMPTS: "3",
    },
    (line) => logs.push(line),
  ));
  playground = await startPlayground({ botEndpoint: `${api.url}/messages`, serviceUrl: proxy.url });
  proxy.setTarget(`${playground.url}/_connector`);
  db = await services.db();
  container = containerOf(db);
  s = await openSession(api);
}, 60_000);

afterAll(async () => {
  await notifications?.idle();
  await playground?.close();
  await proxy?.close();
  await api?.close();
});

/** The cards the bot posted (or replaced) in a conversation, newest last. */
async function cardsIn(
  conversationId: string,
): Promise<{ event: RecordedEvent; card: Record<string, unknown> }[]> {
  return (await playground.botMessages(conversationId)).flatMap((event) => {
    const attachments = (event.request?.body?.attachments ?? []) as {
      contentType: string;
      content: Record<string, unknown>;
    }[];
    return attachments
      .filter((attachment) => attachment.contentType === "application/vnd.microsoft.card.adaptive")
      .map((attachment) => ({ event, card: attachment.content }));
  });
}

const cardsOfRound = async (conversationId: string, roundId: string, method = "POST") =>
  (await cardsIn(conversationId)).filter(
    ({ event, card }) =>
      event.request?.method?.toUpperCase() === method && JSON.stringify(card).includes(roundId),
  );

const messageIdOf = (event: RecordedEvent) => (event.response?.body as { id: string }).id;

async function install(conversationId: string) {
  const response = await playground.call(
    "POST",
    `/_debug/conversation/${encodeURIComponent(conversationId)}/installation`,
    {},
  );
  expect(response.status).toBe(200);
}

/** `Action.Execute` on a posted card, through the Playground's API as its web UI sends it. */
function execute(
  user: keyof typeof PLAYGROUND_USERS,
  replyToId: string,
  verb: string,
  data: Record<string, unknown>,
  conversationId = PLAYGROUND_GROUP_CHAT,
) {
  return playground.call("POST", "/_conversation/v1/invoke", {
    name: "adaptiveCard/action",
    value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" },
    from: { id: PLAYGROUND_USERS[user].id },
    conversation: { id: conversationId },
    replyToId,
  });
}

const cardText = (card: unknown) => JSON.stringify(card);

async function startRound(body: Record<string, unknown>): Promise<RoundView> {
  const response = await s.call<RoundView>("alice", "POST", `${scopePath(CHAT)}/rounds`, {
    meetingId: `meeting-${randomUUID()}`,
    ...body,
  });
  expect(response.status).toBe(201);
  await notifications.idle();
  return response.body;
}

describe("the bot with the Microsoft 365 Agents Playground as its Bot Connector", () => {
  let round: RoundView;
  let promptMessageId: string;

  it("stores the conversation reference when the Playground installs it, and onboards the tenant", async () => {
    await install(PLAYGROUND_GROUP_CHAT);
    await install(PLAYGROUND_TEAM_CHANNEL);
    const chatRef = await eventually(() => readConversationRef(db, at(CHAT)));
    expect(chatRef.reference.serviceUrl).toBe(proxy.url);
    expect(chatRef.reference.conversation.id).toBe(PLAYGROUND_GROUP_CHAT);
    expect(chatRef.reference.user).toBeUndefined();
    const teamRef = await eventually(() => readConversationRef(db, at(TEAM)));
    expect(teamRef.reference.conversation.id).toBe(PLAYGROUND_TEAM_CHANNEL);
    expect(teamRef.teamId).toBe(PLAYGROUND_TEAM_CHANNEL);
    expect(await isTenantRecorded(db, DEV_TENANT)).toBe(true);
  });

  it("posts the prompt card to the meeting chat when a round starts through the HTTP API", async () => {
    round = await startRound({ promptText: HOSTILE_PROMPT });
    const posted = await eventually(async () => (await cardsOfRound(PLAYGROUND_GROUP_CHAT, round.id))[0]);
    promptMessageId = messageIdOf(posted.event);
    const card = cardText(posted.card);
    expect(posted.card.version).toBe("1.5");
    // Escaped for markdown: the Playground's renderer shows the characters, not a link or bold text.
    expect(card).toContain(
      "What \\\\*\\\\*really\\\\*\\\\* happened? \\\\[click\\\\](javascript:alert(1)) \\\\<script>x\\\\</script>",
    );
    expect(card).toContain('"verb":"answer"');
    expect(card).toContain('"refresh":{"action":{"type":"Action.Execute"');
    expect(card).toContain(encodeURIComponent(JSON.stringify({ subEntityId: round.id })));
    expect(card).toContain(`https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/learning-loop-history`);
  });

  it("shows the card in the Playground's own web UI, literally, and answers it from there", async () => {
    const prompt = "UI check: <b>not bold</b> **not bold** [not a link](https://evil.example) _plain_";
    const browser = await launchChromium();
    let uiRound: RoundView;
    try {
      const page = await browser.newPage();
      await page.goto(playground.url);
      // The UI loads its conversations once it has reached the bot; its log panel says when.
      await page.getByText("Connected.", { exact: true }).waitFor({ timeout: 30_000 });
      // Someone has the meeting chat open when the round starts; the card arrives live.
      await page.getByRole("treeitem", { name: /Daily stand-up/ }).click();
      uiRound = await startRound({ promptText: prompt });
      // The Playground renders Adaptive Cards as Teams does: the text shows as typed, no markup.
      const heading = page.getByText(prompt, { exact: true });
      await heading.waitFor({ timeout: 20_000 });
      expect(await heading.evaluate((element) => element.querySelector("a, b, strong, em"))).toBeNull();
      // The innermost element holding both this prompt and a send button is this round's card.
      const card = page
        .locator("div")
        .filter({ has: heading })
        .filter({ has: page.getByRole("button", { name: "Send answer" }) })
        .last();
      await card.getByRole("textbox", { name: /Your answer/ }).click();
      await page.keyboard.type("Typed in the Playground **as is**");
      await card.getByRole("button", { name: "Send answer" }).click();
      await page
        .locator("div")
        .filter({ has: heading })
        .getByText("You answered.", { exact: false })
        .first()
        .waitFor({ timeout: 20_000 });
    } finally {
      await browser.close();
    }
    const seen = await s.call<RoundView>("alice", "GET", `${scopePath(CHAT)}/rounds/${uiRound.id}`);
    expect(seen.body.answers).toHaveLength(1);
    expect(seen.body.answers[0]).toMatchObject({
      text: "Typed in the Playground **as is**",
      mine: true,
      author: { oid: PLAYGROUND_USERS.alice.oid },
    });
  }, 90_000);

  it("stores an answer given on the card through the answers domain, once even when the invoke is retried", async () => {
    const data = { roundId: round.id, scope: CHAT, answer: "Small batches **helped**", anonymous: "false" };
    const invoked = await execute("bob", promptMessageId, "answer", data);
    expect(invoked.status).toBe(200);
    const reply = invoked.body as { type: string; value: unknown };
    expect(reply.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(cardText(reply.value)).toContain("You answered");
    expect(cardText(reply.value)).toContain("1 answer so far");

    const seen = await s.call<RoundView>("bob", "GET", `${scopePath(CHAT)}/rounds/${round.id}`);
    expect(seen.body.answers).toHaveLength(1);
    expect(seen.body.answers[0]).toMatchObject({
      text: "Small batches **helped**",
      anonymous: false,
      mine: true,
      author: { oid: PLAYGROUND_USERS.bob.oid },
    });

    // The Bot Connector retries an invoke with the same activity: the same answer id, nothing new.
    const invokes = (await playground.recording()).filter((event) => event.activityName === "invoke");
    const activity = invokes.at(-1)?.request?.body;
    expect(activity).toBeDefined();
    const retried = await request(api.url, "POST", "messages", { body: activity });
    expect(retried.status).toBe(200);
    const after = await s.call<RoundView>("alice", "GET", `${scopePath(CHAT)}/rounds/${round.id}`);
    expect(after.body.answers).toHaveLength(1);
    expect(after.body.answerCount).toBe(1);
  });

  it("refreshes the card for each person: bob sees his answer counted, dana the form", async () => {
    const data = { roundId: round.id, scope: CHAT };
    const forBob = await execute("bob", promptMessageId, "refresh", data);
    expect(cardText((forBob.body as { value: unknown }).value)).toContain("You answered");
    const forDana = await execute("dana", promptMessageId, "refresh", data);
    const danaCard = cardText((forDana.body as { value: unknown }).value);
    expect(danaCard).not.toContain("You answered");
    expect(danaCard).toContain('"id":"answer"');
    expect(danaCard).toContain("1 answer so far");
  });

  it("shows each person the card in their own Teams language", async () => {
    // The Playground always says en-US, so the invoke it recorded goes again with the locale Teams
    // sends for a German or a Japanese reader (`activity.locale`).
    const data = { roundId: round.id, scope: CHAT };
    await execute("dana", promptMessageId, "refresh", data);
    const invokes = (await playground.recording()).filter((event) => event.activityName === "invoke");
    const recorded = invokes.at(-1)?.request?.body as Record<string, unknown>;
    const inLocale = async (locale: string) => {
      const response = await request<{ body?: { value?: unknown } }>(api.url, "POST", "messages", {
        body: { ...recorded, id: randomUUID(), locale },
      });
      expect(response.status).toBe(200);
      return cardText((response.body as { body?: { value?: unknown } }).body?.value ?? response.body);
    };
    const german = wordsFor("de");
    const forDana = await inLocale("de-DE");
    expect(forDana).toContain(german.s.send);
    expect(forDana).toContain(german.format(german.s.answersSoFar, { count: 1 }));
    expect(forDana).not.toContain(wordsFor("en").s.send);
    expect(await inLocale("ja-JP")).toContain(wordsFor("ja").s.send);
    expect(await inLocale("it-IT")).toContain(wordsFor("en").s.send);
  });

  it("keeps an answer given anonymously on the card anonymous", async () => {
    const data = { roundId: round.id, scope: CHAT, answer: "I was unsure but kept quiet", anonymous: "true" };
    const invoked = await execute("carol", promptMessageId, "answer", data);
    expect(cardText((invoked.body as { value: unknown }).value)).toContain("You answered");
    const forAlice = await s.call<RoundView>("alice", "GET", `${scopePath(CHAT)}/rounds/${round.id}`);
    const anonymous = forAlice.body.answers.find((answer) => answer.anonymous);
    expect(anonymous).toMatchObject({ text: "I was unsure but kept quiet", author: null, mine: false });
    expect(JSON.stringify(forAlice.body)).not.toContain(PLAYGROUND_USERS.carol.oid);
    const forCarol = await s.call<RoundView>("carol", "GET", `${scopePath(CHAT)}/rounds/${round.id}`);
    expect(forCarol.body.answers.find((answer) => answer.anonymous)?.mine).toBe(true);
  });

  it("refuses a card action that names another conversation's scope, and bad card input, as the person's problem", async () => {
    const invokes = (await playground.recording()).filter((event) => event.activityName === "invoke");
    const template = invokes.at(-1)!.request!.body!;
    const foreign = {
      ...template,
      id: randomUUID(),
      conversation: { ...(template.conversation as object), id: "19:someone-else@thread.v2" },
    };
    const refused = await request<{ statusCode: number }>(api.url, "POST", "messages", { body: foreign });
    expect(refused.status).toBe(200);
    expect(refused.body.statusCode).toBe(403);
    const empty = await execute("dana", promptMessageId, "answer", {
      roundId: round.id,
      scope: CHAT,
      answer: "  ",
    });
    expect((empty.body as { value?: { message?: string } }).value?.message).toMatch(/^answer: /);
    const broken = await request<Problem>(api.url, "POST", "messages", { body: { type: "message" } });
    expect(broken.status).toBe(400);
    expect(broken.body.errors?.map((error) => error.field)).toContain("conversation");
    const malformed = await request<Problem>(api.url, "POST", "messages", {
      body: { type: "conversationUpdate", conversation: { id: "19:x@thread.v2" }, membersAdded: "everyone" },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors?.map((error) => error.field)).toContain("membersAdded");
  });

  it("nudges, in the meeting, everyone without a named answer, without telling who answered anonymously", async () => {
    const denied = await s.call<Problem>("bob", "POST", `${scopePath(CHAT)}/rounds/${round.id}/nudge`);
    expect(denied.status).toBe(403);
    const queued = await s.call<NudgeResponse>(
      "alice",
      "POST",
      `${scopePath(CHAT)}/rounds/${round.id}/nudge`,
    );
    expect(queued.status).toBe(202);
    expect(queued.body).toEqual({ status: "queued" });
    expect(JSON.stringify(queued.body)).not.toMatch(/user-id|carol|dana/i);
    await notifications.idle();
    const sent = proxy.requests.filter((entry) =>
      entry.path.startsWith(`/v1/meetings/${round.meetingId}/notification`),
    );
    expect(sent).toHaveLength(1);
    const notification = sent[0]!.body as {
      type: string;
      value: { recipients: string[]; surfaces: { surface: string; content?: { value: { url: string } } }[] };
    };
    expect(notification.type).toBe("targetedMeetingNotification");
    // Alice asked and Bob answered by name; Carol's anonymous answer excludes nobody.
    expect([...notification.value.recipients].sort()).toEqual(
      [
        PLAYGROUND_USERS.carol.id,
        PLAYGROUND_USERS.dana.id,
        PLAYGROUND_USERS.erin.id,
        PLAYGROUND_USERS.finn.id,
      ].sort(),
    );
    expect(notification.value.surfaces.map((surface) => surface.surface)).toEqual([
      "meetingStage",
      "meetingTabIcon",
    ]);
    expect(notification.value.surfaces[0]?.content?.value.url).toBe("https://tab.example.com/index.html");

    const again = await s.call<NudgeResponse>("alice", "POST", `${scopePath(CHAT)}/rounds/${round.id}/nudge`);
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ status: "already-sent" });
    await notifications.idle();
    expect(proxy.requests.filter((entry) => entry.path.startsWith("/v1/meetings/"))).toHaveLength(1);
  });

  it("posts the round summary when the round closes, and shows the prompt card as closed", async () => {
    await s.call(
      "bob",
      "PUT",
      `${scopePath(CHAT)}/rounds/${round.id}/answers/${(await s.call<RoundView>("bob", "GET", `${scopePath(CHAT)}/rounds/${round.id}`)).body.answers.find((answer) => !answer.anonymous)!.id}/reactions/insightful`,
    );
    const closed = await s.call<RoundView>("alice", "POST", `${scopePath(CHAT)}/rounds/${round.id}/close`);
    expect(closed.status).toBe(200);
    await notifications.idle();
    const summary = await eventually(async () =>
      (await cardsOfRound(PLAYGROUND_GROUP_CHAT, round.id)).find(({ card }) =>
        cardText(card).includes("Learning moment closed"),
      ),
    );
    const text = cardText(summary.card);
    expect(text).toContain("2 answers");
    expect(text).toContain("Small batches \\\\*\\\\*helped\\\\*\\\\*");
    expect(text).toContain("Bob Example · 1 insightful");
    expect(text).toContain("Anonymous");
    expect(text).not.toContain("Carol");
    const replaced = await cardsOfRound(PLAYGROUND_GROUP_CHAT, round.id, "PUT");
    expect(replaced.map(({ card }) => cardText(card)).join()).toContain("This learning moment is closed.");
  });

  it("sends a notification exactly once when the connector fails the first send", async () => {
    const postsBefore = proxy.requests.filter(
      (entry) => entry.method === "POST" && /\/activities$/.test(entry.path),
    ).length;
    proxy.failNextPosts(1, 503);
    const flaky = await startRound({ promptId: "weekly-growing" });
    const key = `promptCard|${flaky.id}`;
    const ledger = await eventually(async () => {
      const { resource } = await container.item(ledgerId(key), at(CHAT).pk).read<NotificationDoc>();
      return resource?.status === "sent" ? resource : undefined;
    });
    expect(ledger.attempts).toBe(2);
    expect(ledger.payload).toBeNull();
    const posts = proxy.requests.filter(
      (entry) => entry.method === "POST" && /\/activities$/.test(entry.path),
    );
    expect(posts.slice(postsBefore).map((entry) => entry.status)).toEqual([503, 201]);
    // The same notification triggered again (a second instance, a replayed request) sends nothing.
    const access: ScopeAccess = { ...at(CHAT), oid: s.oids.alice, name: "Alice", role: "owner" };
    notifications.roundStarted(access, flaky);
    await notifications.idle();
    expect(await cardsOfRound(PLAYGROUND_GROUP_CHAT, flaky.id)).toHaveLength(1);
  });

  it("respects a scope's switch: no prompt card when prompt cards are off", async () => {
    const scope = await s.call<ScopeView>("alice", "GET", scopePath(CHAT));
    const saved = await s.call<ScopeView>(
      "alice",
      "PUT",
      scopePath(CHAT),
      { notifications: { promptCard: false } },
      { "if-match": scope.body.etag },
    );
    expect(saved.status).toBe(200);
    const quiet = await startRound({ promptId: "weekly-next" });
    expect(await cardsOfRound(PLAYGROUND_GROUP_CHAT, quiet.id)).toHaveLength(0);
    const { resource } = await container
      .item(ledgerId(`promptCard|${quiet.id}`), at(CHAT).pk)
      .read<NotificationDoc>();
    expect(resource?.status).toBe("skipped");
    await s.call(
      "alice",
      "PUT",
      scopePath(CHAT),
      { notifications: { promptCard: true } },
      { "if-match": saved.body.etag },
    );
  });

  it("posts the after-action card when a signed event starts a review", async () => {
    const created = await s.call<EventSecretCreated>("alice", "POST", `${scopePath(CHAT)}/event-secret`);
    expect(created.status).toBe(201);
    const body = JSON.stringify({
      kind: "release",
      title: "v2.4 **shipped**",
      url: "https://example.com/releases/2.4",
    });
    const t = Math.floor(Date.now() / 1000);
    const response = await request<{ roundId: string; created: boolean }>(
      api.url,
      "POST",
      `${scopePath(CHAT)}/events`,
      {
        rawBody: body,
        headers: {
          "content-type": "application/json",
          [EVENT_SIGNATURE_HEADER]: `t=${t},v1=${sign(created.body.secret, t, body)}`,
        },
      },
    );
    expect(response.status).toBe(201);
    await notifications.idle();
    const card = await eventually(
      async () => (await cardsOfRound(PLAYGROUND_GROUP_CHAT, response.body.roundId))[0],
    );
    const text = cardText(card.card);
    expect(text).toContain("After-action review");
    expect(text).toContain("Release: v2.4 \\\\*\\\\*shipped\\\\*\\\\*");
    expect(text).toContain("What was supposed to happen?");
    expect(text).toContain("https://example.com/releases/2.4");
  });

  it("answers a GitHub-started review's four questions on its card and closes it there, owners only, posting the summary", async () => {
    const created = await s.call<EventSecretCreated>("alice", "POST", `${scopePath(CHAT)}/event-secret`);
    const release = examples
      .find((entry) => entry.name === "release")!
      .examples.find((payload) => (payload as { action?: string }).action === "published")!;
    const body = JSON.stringify(release);
    const delivered = await request<{ roundId: string; created: boolean }>(
      api.url,
      "POST",
      `${scopePath(CHAT)}/events/github`,
      {
        rawBody: body,
        headers: {
          "content-type": "application/json",
          "x-github-event": "release",
          "x-github-delivery": randomUUID(),
          "x-hub-signature-256": await githubSign(created.body.secret, body),
        },
      },
    );
    expect(delivered.status).toBe(201);
    const roundId = delivered.body.roundId;
    await notifications.idle();
    const posted = await eventually(async () => (await cardsOfRound(PLAYGROUND_GROUP_CHAT, roundId))[0]);
    const postedText = cardText(posted.card);
    for (const index of [0, 1, 2, 3]) expect(postedText).toContain(`"id":"answer${index}"`);
    expect(postedText).toContain("What will we do next time?");
    expect(postedText).toContain("https://github.com/Codertocat/Hello-World/releases/tag/0.0.1");
    const messageId = messageIdOf(posted.event);

    // Bob answers three of the four questions at once, anonymously.
    const answered = await execute("bob", messageId, "answer", {
      roundId,
      scope: CHAT,
      answer0: "Ship 0.0.1 on Friday",
      answer1: "It slipped to Monday",
      answer2: " ",
      answer3: "Freeze scope two days earlier",
      anonymous: "true",
    });
    expect(cardText((answered.body as { value: unknown }).value)).toContain("You answered");
    const seen = await s.call<RoundView>("alice", "GET", `${scopePath(CHAT)}/rounds/${roundId}`);
    expect(seen.body.answers.map((answer) => [answer.question, answer.text]).sort()).toEqual([
      [0, "Ship 0.0.1 on Friday"],
      [1, "It slipped to Monday"],
      [3, "Freeze scope two days earlier"],
    ]);
    expect(seen.body.answers.every((answer) => answer.anonymous && answer.author === null)).toBe(true);
    expect(JSON.stringify(seen.body)).not.toContain(PLAYGROUND_USERS.bob.oid);
    const none = await execute("dana", messageId, "answer", {
      roundId,
      scope: CHAT,
      answer0: "",
      anonymous: "false",
    });
    expect((none.body as { value?: { message?: string } }).value?.message).toMatch(/^answer0: /);

    // Bob is no owner: the card says so and the review stays open.
    const refused = await execute("bob", messageId, "close", { roundId, scope: CHAT });
    expect((refused.body as { value?: { code?: string; message?: string } }).value).toMatchObject({
      code: "403",
      message: wordsFor("en").s.actionOnlyOwnersClose,
    });
    expect((await s.call<RoundView>("bob", "GET", `${scopePath(CHAT)}/rounds/${roundId}`)).body.status).toBe(
      "open",
    );

    // Alice, whom the API verified as the meeting's organizer, closes it from the card.
    expect((await s.call("alice", "GET", scopePath(CHAT))).status).toBe(200);
    const closed = await execute("alice", messageId, "close", { roundId, scope: CHAT });
    expect(cardText((closed.body as { value: unknown }).value)).toContain("This learning moment is closed.");
    expect((await s.call<RoundView>("bob", "GET", `${scopePath(CHAT)}/rounds/${roundId}`)).body.status).toBe(
      "closed",
    );
    await notifications.idle();
    const summary = await eventually(async () =>
      (await cardsOfRound(PLAYGROUND_GROUP_CHAT, roundId)).find(({ card }) =>
        cardText(card).includes("After-action review closed"),
      ),
    );
    const text = cardText(summary.card);
    expect(text).toContain("It slipped to Monday");
    expect(text).toContain("Anonymous");
    expect(text).not.toContain("Bob");
  });

  it("sends the weekly digest for a week with learning and a check-back on its day, once; none for an empty week", async () => {
    const monday = addDays(weekStart(todayIn("UTC")), 7);
    const created = await s.call("alice", "POST", `${scopePath(CHAT)}/experiments`, {
      id: randomUUID(),
      text: "Pair on _every_ release [note](http://x)",
      checkBackAt: monday,
      roundId: round.id,
    });
    expect(created.status).toBe(201);
    const now = new Date(`${monday}T10:00:00.000Z`);
    const first = await notifications.runScheduled(now);
    expect(first.sent).toBe(2);
    const chatCards = (await cardsIn(PLAYGROUND_GROUP_CHAT)).map(({ card }) => cardText(card));
    const digest = chatCards.filter((card) => card.includes("This week's learning"));
    expect(digest).toHaveLength(1);
    expect(digest[0]).toContain("What can we try next?");
    expect(digest[0]).toContain(
      `${wordsFor("en").date(addDays(monday, -7))} to ${wordsFor("en").date(addDays(monday, -1))}`,
    );
    const checkBack = chatCards.filter((card) => card.includes("Last time we said we'd try"));
    expect(checkBack).toHaveLength(1);
    expect(checkBack[0]).toContain("Pair on \\\\_every\\\\_ release \\\\[note\\\\](http://x)");
    // The team installed the bot but learned nothing that week: no digest there.
    expect((await cardsIn(PLAYGROUND_TEAM_CHANNEL)).length).toBe(0);
    const { resource } = await container
      .item(ledgerId(`weeklyDigest|${addDays(monday, -7)}`), at(TEAM).pk)
      .read<NotificationDoc>();
    expect(resource?.status).toBe("skipped");
    // The next hourly run finds everything sent already.
    const second = await notifications.runScheduled(new Date(now.getTime() + 3600_000));
    expect(second.sent).toBe(0);
    expect((await cardsIn(PLAYGROUND_GROUP_CHAT)).length).toBe(chatCards.length);
    // Before 09:00 there, nothing is due yet.
    expect((await notifications.runScheduled(new Date(`${monday}T07:00:00.000Z`))).sent).toBe(0);
  });

  it("mentions the check-back's owner, lets them record the outcome on the card once, and tells others who can", async () => {
    const day = addDays(weekStart(todayIn("UTC")), 14);
    const id = randomUUID();
    const created = await s.call<ExperimentView>("alice", "POST", `${scopePath(CHAT)}/experiments`, {
      id,
      text: "Demo on Fridays",
      checkBackAt: day,
      roundId: round.id,
      owner: { oid: PLAYGROUND_USERS.carol.oid, name: "Carol" },
    });
    expect(created.status, created.text).toBe(201);
    await notifications.runScheduled(new Date(`${day}T10:00:00.000Z`));
    const posted = await eventually(async () =>
      (await cardsIn(PLAYGROUND_GROUP_CHAT)).find(({ card }) => cardText(card).includes(id)),
    );
    // The owner is @mentioned with their Entra object id, so Teams notifies them.
    const mention = {
      type: "mention",
      text: "<at>Carol Example</at>",
      mentioned: { id: PLAYGROUND_USERS.carol.oid, name: "Carol Example" },
    };
    expect(posted.card.msteams).toEqual({ entities: [mention] });
    expect(cardText(posted.card)).toContain("Owner: <at>Carol Example</at>");
    expect(cardText(posted.card)).toContain('"verb":"recordOutcome"');
    const messageId = messageIdOf(posted.event);
    const data = { experimentId: id, scope: CHAT, outcome: "Demos **doubled** feedback", status: "done" };

    // Bob is neither the owner nor an owner of the chat: told who can, nothing recorded.
    const refused = await execute("bob", messageId, "recordOutcome", { ...data, outcome: "Bob's view" });
    const refusedCard = cardText((refused.body as { value: unknown }).value);
    expect(refusedCard).toContain("Only <at>Carol Example</at> or a team owner can record the outcome here.");
    expect(refusedCard).not.toContain('"verb":"recordOutcome"');
    const untouched = await s.call<ExperimentsResponse>("carol", "GET", `${scopePath(CHAT)}/experiments`);
    expect(untouched.body.items.find((item) => item.id === id)).toMatchObject({
      status: "planned",
      outcome: null,
    });

    // Carol records it: planned → done through running, one revision, the outcome stored as typed.
    const recorded = await execute("carol", messageId, "recordOutcome", data);
    const recordedCard = cardText((recorded.body as { value: unknown }).value);
    expect(recordedCard).toContain("Outcome recorded. The experiment is done.");
    expect(recordedCard).toContain("Demos \\\\*\\\\*doubled\\\\*\\\\* feedback");
    const after = await s.call<ExperimentsResponse>("alice", "GET", `${scopePath(CHAT)}/experiments`);
    const stored = after.body.items.find((item) => item.id === id);
    expect(stored).toMatchObject({ status: "done", outcome: "Demos **doubled** feedback", etag: '"2"' });
    const carols = await s.call<MyExperimentsResponse>("carol", "GET", "me/experiments");
    expect(carols.body.items.find((item) => item.id === id)?.status).toBe("done");

    // The same action again (a retry, or a second press) changes nothing.
    const invokes = (await playground.recording()).filter((event) => event.activityName === "invoke");
    const retried = await request(api.url, "POST", "messages", { body: invokes.at(-1)?.request?.body });
    expect(retried.status).toBe(200);
    expect(cardText(retried.body)).toContain("Outcome recorded");
    const again = await s.call<ExperimentsResponse>("alice", "GET", `${scopePath(CHAT)}/experiments`);
    expect(again.body.items.find((item) => item.id === id)?.etag).toBe('"2"');
    // A different outcome after it closed is not taken.
    const late = await execute("carol", messageId, "recordOutcome", { ...data, outcome: "Changed my mind" });
    expect(cardText((late.body as { value: unknown }).value)).toContain("This experiment is done already.");
    // Alice owns the meeting chat (its organizer), so she could have; bad input is the person's to fix.
    const empty = await execute("alice", messageId, "recordOutcome", { ...data, outcome: " " });
    expect((empty.body as { value?: { message?: string } }).value?.message).toMatch(/^outcome: /);
  });

  it("tells the publishing team by card when another team tried its lesson, with that team's outcome", async () => {
    const round = await s.startRound(TEAM);
    const tag = randomUUID().slice(0, 8);
    const answerId = await s.answer("bob", TEAM, round.id, `Rotate the demo host ${tag}`);
    const lessonId = randomUUID();
    const published = await s.call("bob", "POST", `${scopePath(TEAM)}/lessons`, {
      id: lessonId,
      source: { kind: "answer", id: answerId },
    });
    expect(published.status, published.text).toBe(201);
    const adopted = await s.call<ExperimentView>("mallory", "POST", `lessons/${lessonId}/adoptions`, {
      scope: "team:other-team",
      id: randomUUID(),
    });
    expect(adopted.status, adopted.text).toBe(201);
    const path = `${scopePath("team:other-team")}/experiments/${adopted.body.id}`;
    const running = await s.call<ExperimentView>(
      "mallory",
      "PATCH",
      path,
      { status: "running" },
      {
        "if-match": adopted.body.etag,
      },
    );
    expect(running.status, running.text).toBe(200);
    const done = await s.call<ExperimentView>(
      "mallory",
      "PATCH",
      path,
      {
        status: "done",
        outcome: `Everyone presented once ${tag}`,
      },
      { "if-match": running.body.etag },
    );
    expect(done.status, done.text).toBe(200);
    await notifications.idle();
    const posted = await eventually(async () =>
      (await cardsIn(PLAYGROUND_TEAM_CHANNEL)).find(({ card }) =>
        cardText(card).includes(`Everyone presented once ${tag}`),
      ),
    );
    const text = cardText(posted.card);
    expect(text).toContain("Another team tried your lesson");
    expect(text).toContain(`Rotate the demo host ${tag}`);
    expect(text).toContain("other-team tried it and finished it");
    // The lesson shows the try: "tried by 1 team" with its outcome.
    const lesson = await s.call<{ tried: { team: string | null; outcome: string }[] }>(
      "carol",
      "GET",
      `lessons/${lessonId}`,
    );
    expect(lesson.body.tried).toEqual([
      { team: "other-team", status: "done", outcome: `Everyone presented once ${tag}` },
    ]);
    // The same outcome again sends nothing more.
    const before = (await cardsIn(PLAYGROUND_TEAM_CHANNEL)).length;
    await notifications.idle();
    expect((await cardsIn(PLAYGROUND_TEAM_CHANNEL)).length).toBe(before);
  });

  it("forgets a conversation when the bot is removed from it", async () => {
    const templateFor = async (conversationId: string) => {
      const template = await playground.call(
        "GET",
        `/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(conversationId)}`,
      );
      expect(template.status).toBe(200);
      return template.body as Record<string, unknown>;
    };
    // Uninstalled from the team, with only Teams' team id to go by.
    const teamRemoval = {
      ...(await templateFor(PLAYGROUND_TEAM_CHANNEL)),
      type: "installationUpdate",
      action: "remove",
      channelData: { tenant: { id: DEV_TENANT }, team: { id: PLAYGROUND_TEAM_CHANNEL } },
    };
    expect((await playground.call("POST", "/_internal/v1/customActivities", teamRemoval)).status).toBe(200);
    await eventually(async () => ((await readConversationRef(db, at(TEAM))) ? undefined : true));
    expect(await readConversationRef(db, at(CHAT))).toBeDefined();
    // Removed from the meeting chat's members.
    const chatTemplate = await templateFor(PLAYGROUND_GROUP_CHAT);
    const chatRemoval = {
      ...chatTemplate,
      type: "conversationUpdate",
      membersRemoved: [{ id: (chatTemplate.recipient as { id: string }).id }],
      channelData: { tenant: { id: DEV_TENANT } },
    };
    expect((await playground.call("POST", "/_internal/v1/customActivities", chatRemoval)).status).toBe(200);
    await eventually(async () => ((await readConversationRef(db, at(CHAT))) ? undefined : true));
  });
});

describe("POST /api/messages outside Playground mode", () => {
  const activity = {
    type: "message",
    id: "1",
    channelId: "msteams",
    serviceUrl: "https://smba.trafficmanager.net/emea/",
    conversation: { id: "19:x@thread.v2" },
    text: "hi",
  };

  it.each([
    { credential: "a single-tenant app's secret", env: { BOT_PASSWORD: "not-used-for-validation" } },
    { credential: "a user-assigned managed identity", env: { BOT_CREDENTIAL: "managedIdentity" } },
  ])("answers 401 without a valid Bot Framework token (bot signed in with $credential)", async ({ env }) => {
    const { api: real } = await startBotApi(inject("cosmosEndpoint"), {
      BOT_ID: "00000000-0000-4000-8000-000000000003",
      BOT_TENANT_ID: DEV_TENANT,
      ...env,
    });
    try {
      const none = await request<Problem>(real.url, "POST", "messages", { body: activity });
      expect(none.status).toBe(401);
      expect(none.headers.get("content-type")).toContain("application/problem+json");
      const garbage = await request<Problem>(real.url, "POST", "messages", {
        body: activity,
        headers: { authorization: "Bearer not-a-jwt" },
      });
      expect(garbage.status).toBe(401);
      const header = Buffer.from(JSON.stringify({ alg: "RS256", typ: "JWT", kid: "k" })).toString(
        "base64url",
      );
      const claims = Buffer.from(
        JSON.stringify({
          aud: "someone-else",
          iss: "https://api.botframework.com",
          exp: Date.now() / 1000 + 600,
        }),
      ).toString("base64url");
      const otherAudience = await request<Problem>(real.url, "POST", "messages", {
        body: activity,
        headers: { authorization: `Bearer ${header}.${claims}.c2ln` },
      });
      expect(otherAudience.status).toBe(401);
    } finally {
      await real.close();
    }
  });

  it("answers 401 when no bot is configured at all", async () => {
    const { api: bare } = await startBotApi(inject("cosmosEndpoint"), {});
    try {
      expect((await request(bare.url, "POST", "messages", { body: activity })).status).toBe(401);
    } finally {
      await bare.close();
    }
  });

  it("refuses Playground mode where Azure settings are present, and is never the default", () => {
    expect(() => loadBotConfig({ BOT_AUTH: "playground", WEBSITE_SITE_NAME: "learning-loop" })).toThrow(
      /Refusing/,
    );
    expect(() => loadBotConfig({ BOT_AUTH: "playground", AAD_APP_CLIENT_ID: "x" })).toThrow(/Refusing/);
    expect(() => loadBotConfig({ BOT_AUTH: "none" })).toThrow(/BOT_AUTH/);
    expect(loadBotConfig({}).auth).toBe("botframework");
  });
});
