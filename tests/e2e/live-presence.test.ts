import type { RoundView } from "@learning-loop/contract";
import type { Browser, BrowserContext, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEV_TENANT, DEV_USERS } from "../../api/src/auth/dev-fixtures";
import type { LocalHost } from "../../api/src/local/http-host";
import type { NotificationService } from "../../api/src/notifications/notifier";
import type { LocalCosmos } from "../../api/src/local/cosmos-server";
import type { FluidService } from "../../scripts/fluid-service";
import { meetingIdFor } from "../../tabs/dev/host-context";
import { addBotToChat, startFakeConnector } from "../support/fake-connector";
import type { FakeConnector } from "../support/fake-connector";
import { eventually, startBotApi } from "../support/playground";
import { startCosmos, startFluid } from "../support/stack";
import { connectChromium } from "./support/shared-browser";
import { CHAT, WAIT, openAs, panelReady } from "./support/meeting";
import type { Participant } from "./support/meeting";

/**
 * The in-meeting nudge goes to those Live Share shows in the meeting: three side panels in the
 * stand-up's chat through the local Teams host page with Live Share (a Fluid local service of this
 * file's own), one closed again, and the organizer's nudge reaches only the one still there who is
 * neither the organizer nor a named answerer. The panels' API calls go to an API of this file's own
 * whose bot talks to a fake Bot Connector (the shared test API has no bot), which lists the chat's
 * members and records the meeting notification.
 */

const CHAT_ID = CHAT.slice("chat:".length);
const oidOf = (name: string) => DEV_USERS.find((user) => user.name === name)!.oid;
/** A chat member who never opens the app. */
const DANA = "d0000000-0000-4000-8000-000000000013";
const LIVE = "Live: new answers appear as they arrive.";
const REMIND = "Remind people in this meeting";

let fluid: FluidService;
let cosmos: LocalCosmos;
let connector: FakeConnector;
let api: LocalHost;
let notifications: NotificationService;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [fluid, cosmos, connector, browser] = await Promise.all([
    startFluid(),
    startCosmos(),
    startFakeConnector(),
    connectChromium(),
  ]);
  ({ api, notifications } = await startBotApi(cosmos.endpoint, {
    BOT_AUTH: "playground",
    TEAMS_APP_ID: "00000000-0000-4000-8000-000000000001",
  }));
  connector.members.set(CHAT_ID, [
    ...["alice", "bob", "carol"].map((name) => ({ id: `29:${name}`, aadObjectId: oidOf(name), name })),
    { id: "29:dana", aadObjectId: DANA, name: "dana" },
  ]);
  await addBotToChat(api.url, connector, {
    id: CHAT_ID,
    tenantId: DEV_TENANT,
    by: { oid: oidOf("alice"), name: "Alice Example" },
  });
});

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
  await notifications?.idle();
  await api?.close();
  await connector?.close();
  await cosmos?.stop();
  await fluid?.stop();
});

/** A person's side panel in the stand-up, Live Share on, its `/api` calls answered by this file's API. */
async function join(user: string): Promise<Participant> {
  const context = await browser.newContext();
  contexts.push(context);
  await context.route(
    (url) => url.pathname.startsWith("/api/"),
    async (route) => {
      const url = new URL(route.request().url());
      try {
        const response = await route.fetch({
          url: `${api.url}${url.pathname.slice("/api".length)}${url.search}`,
        });
        await route.fulfill({ response });
      } catch {
        // The page or the API is closing (the end of the test): the request just fails.
        await route.abort().catch(() => undefined);
      }
    },
  );
  const participant = await openAs(browser, user, { context, scope: CHAT, liveShare: fluid.port });
  await panelReady(participant);
  await participant.app.getByRole("status").filter({ hasText: LIVE }).waitFor(WAIT);
  return participant;
}

describe("the in-meeting nudge and Live Share presence", () => {
  it("reaches only the people who have the app open in the meeting", async () => {
    const started = Date.now();
    const [alice, bob, carol] = await Promise.all([join("alice"), join("bob"), join("carol")]);
    console.log(`three live panels after ${Date.now() - started} ms`);
    await alice.app.getByRole("button", { name: "Start learning moment" }).click();
    await bob.app.getByRole("textbox", { name: "Your answer" }).waitFor(WAIT);

    // Carol leaves the meeting's app; Bob answers anonymously, which spares him no nudge.
    await carol.close();
    const text = `Anonymous and still nudged ${Date.now()}`;
    await bob.app.getByRole("textbox", { name: "Your answer" }).fill(text);
    await bob.app.getByRole("switch", { name: "Answer anonymously" }).check();
    await bob.app.getByRole("button", { name: "Share answer" }).click();
    await alice.app.getByRole("listitem").filter({ hasText: text }).waitFor(WAIT);

    // The button says to whom it goes, honestly and without counting anyone.
    const remind = alice.app.getByRole("button", { name: REMIND });
    await remind.waitFor(WAIT);
    await expect(remind.getAttribute("aria-describedby")).resolves.toBeTruthy();
    await alice.app.getByText("Goes to those who have Learning Loop open in this meeting").waitFor(WAIT);
    const nudge = alice.page.waitForRequest(
      (request: Request) => request.method() === "POST" && request.url().endsWith("/nudge"),
    );
    await remind.click();
    const sent = (await nudge).postDataJSON() as { present?: string[] };
    expect([...(sent.present ?? [])].sort()).toEqual([oidOf("alice"), oidOf("bob")].sort());
    // Shown, and announced to a screen reader.
    await alice.app
      .getByText("Reminder sent to the people who have Learning Loop open in this meeting.")
      .first()
      .waitFor(WAIT);

    // The bot nudged Bob only: not Alice (she asked), not Carol (gone), not Dana (never there).
    const round = await eventually(async () => {
      const response = await fetch(
        `${api.url}/scopes/${encodeURIComponent(CHAT)}/rounds/current?meetingId=${encodeURIComponent(meetingIdFor(CHAT))}`,
        { headers: { authorization: `Bearer ${await tokenFor("alice")}` } },
      );
      return response.ok ? ((await response.json()) as RoundView) : undefined;
    });
    await notifications.idle();
    const notification = await eventually(async () =>
      connector.notifications.find((entry) => entry.meetingId === round.meetingId),
    );
    expect(notification.body.value?.recipients).toEqual(["29:bob"]);
    console.log(`presence nudge test took ${Date.now() - started} ms`);
  });
});

async function tokenFor(user: string): Promise<string> {
  const response = await fetch(`${api.url}/dev/token?user=${user}`);
  return ((await response.json()) as { token: string }).token;
}
