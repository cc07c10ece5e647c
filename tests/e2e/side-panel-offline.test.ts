import type { RoundView } from "@learning-loop/contract";
import type { Browser, Frame } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { meetingIdFor } from "../../tabs/dev/host-context";
import { connectChromium } from "./support/shared-browser";
import { TEAM, WAIT, answersOf, api, closeOpenRounds, openAs, scopePath } from "./support/meeting";

/**
 * Nothing typed is ever lost: answers shared without a connection wait in the outbox (IndexedDB),
 * survive a reload, and reach the API exactly once when it can be reached again.
 */

let browser: Browser;

/** How many answers wait in the panel's outbox (IndexedDB "learning-loop", store "outbox"). */
const outboxSize = (frame: Frame) =>
  frame.evaluate(async () => {
    // Opening a database that does not exist would create it without the app's store: look first.
    if (!(await indexedDB.databases()).some((db) => db.name === "learning-loop")) return 0;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const opened = indexedDB.open("learning-loop");
      opened.onsuccess = () => resolve(opened.result);
      opened.onerror = () => reject(opened.error ?? new Error("IndexedDB did not open"));
    });
    try {
      if (!db.objectStoreNames.contains("outbox")) return 0;
      const counted = db.transaction("outbox").objectStore("outbox").count();
      return await new Promise<number>((resolve, reject) => {
        counted.onsuccess = () => resolve(counted.result);
        counted.onerror = () => reject(counted.error ?? new Error("IndexedDB count failed"));
      });
    } finally {
      db.close();
    }
  });

/** The API's requests (not the app's own modules under /src/api/). */
const isApi = (url: URL) => url.pathname.startsWith("/api/");

beforeAll(async () => {
  browser = await connectChromium();
  await closeOpenRounds();
});
afterAll(async () => {
  await closeOpenRounds();
  await browser?.close();
});

describe("side panel: offline and faults", () => {
  it("keeps answers typed offline through a reload and delivers each once, in order, after reconnecting", async () => {
    const started = await api<RoundView>("alice", "POST", `${scopePath(TEAM)}/rounds`, {
      promptText: "What did we learn while the network was down?",
      meetingId: meetingIdFor(TEAM),
    });
    expect(started.status).toBe(201);
    const roundId = started.body.id;

    const bob = await openAs(browser, "bob");
    const composer = bob.app.getByRole("textbox", { name: "Your answer" });
    await composer.waitFor(WAIT);
    // The panel loads its outbox code right after the first paint; let it arrive before the network goes.
    await bob.frame().waitForLoadState("networkidle");

    await bob.context.setOffline(true);
    const banner = bob.app.getByRole("status").filter({ hasText: "You're offline." });
    await banner.waitFor(WAIT);
    const first = `Written on the train ${Date.now()}`;
    const second = `And one more thought ${Date.now()}`;
    for (const text of [first, second]) {
      await composer.fill(text);
      await bob.app.getByRole("button", { name: "Share answer" }).click();
      await bob.app.getByRole("listitem").filter({ hasText: text }).getByText("Sending…").waitFor(WAIT);
    }
    await bob.app.getByText("2 answers are saved on this device", { exact: false }).waitFor(WAIT);
    expect(await answersOf(roundId)).toHaveLength(0);

    // Back online, but the API still cannot be reached: reload the panel in between.
    await bob.context.route(isApi, (route) => route.abort("connectionrefused"));
    await bob.context.setOffline(false);
    await bob.page.reload();
    for (const text of [first, second]) {
      await bob.app.getByRole("listitem").filter({ hasText: text }).getByText("Sending…").waitFor(WAIT);
    }
    expect(await answersOf(roundId)).toHaveLength(0);

    // The API is back: both arrive, once each, in the order they were written.
    await bob.context.unroute(isApi);
    const list = bob.app.getByRole("list", { name: "Answers" });
    // Delivered answers are the author's own, with Edit; "Sending…" ones are not yet.
    for (const text of [first, second]) {
      await list
        .getByRole("listitem")
        .filter({ hasText: text })
        .getByRole("button", { name: "Edit" })
        .waitFor({
          timeout: 45_000,
        });
    }
    await expect.poll(() => bob.app.getByText("Sending…").count(), WAIT).toBe(0);

    const stored = await answersOf(roundId);
    expect(stored.map((answer) => answer.text)).toEqual([first, second]);
    expect(stored[0]!.createdAt <= stored[1]!.createdAt).toBe(true);

    // A reload now finds nothing left to send, and sends nothing twice.
    await bob.page.reload();
    await list
      .getByRole("listitem")
      .filter({ hasText: second })
      .getByRole("button", { name: "Edit" })
      .waitFor(WAIT);
    // Whatever the reloaded panel found to send has been sent once its outbox is empty.
    await expect.poll(() => outboxSize(bob.frame()), WAIT).toBe(0);
    expect(await answersOf(roundId)).toHaveLength(2);
    await bob.close();
  }, 120_000);

  /** Waits until the answer shows as shared (editable) in the panel: the API has it. */
  const sharedBy = (person: Awaited<ReturnType<typeof openAs>>, text: string) =>
    person.app
      .getByRole("list", { name: "Answers" })
      .getByRole("listitem")
      .filter({ hasText: text })
      .getByRole("button", { name: "Edit" })
      .waitFor({ timeout: 30_000 });

  /** A fresh open round started by alice, and carol's side panel ready to answer in it. */
  async function carolInNewRound(promptText: string) {
    await closeOpenRounds();
    const started = await api<RoundView>("alice", "POST", `${scopePath(TEAM)}/rounds`, {
      promptText,
      meetingId: meetingIdFor(TEAM),
    });
    const carol = await openAs(browser, "carol");
    const composer = carol.app.getByRole("textbox", { name: "Your answer" });
    await composer.waitFor(WAIT);
    return { roundId: started.body.id, carol, composer };
  }

  it("shows a calm status while the API fails, keeps the answer as sending, and delivers it when the API recovers", async () => {
    const { roundId, carol, composer } = await carolInNewRound("What broke today?");

    // The answer route answers 503 for a while (the database is away).
    let failing = true;
    await carol.context.route(/\/api\/scopes\/[^/]+\/rounds\/[^/]+\/answers$/, async (route) => {
      if (failing) {
        await route.fulfill({
          status: 503,
          contentType: "application/problem+json",
          body: JSON.stringify({ type: "about:blank", title: "Service Unavailable", status: 503 }),
        });
      } else await route.continue();
    });
    const text = `Shared during the outage ${Date.now()}`;
    await composer.fill(text);
    await composer.press("Control+Enter");
    await carol.app.getByRole("listitem").filter({ hasText: text }).getByText("Sending…").waitFor(WAIT);
    await carol.app
      .getByRole("status")
      .filter({ hasText: "Learning Loop can't be reached right now." })
      .waitFor(WAIT);

    failing = false;
    await sharedBy(carol, text);
    expect((await answersOf(roundId)).filter((answer) => answer.text === text)).toHaveLength(1);
    await carol.close();
  }, 90_000);

  it("on a 429 says the service is busy, keeps the answer, and sends it again only after Retry-After", async () => {
    const { roundId, carol, composer } = await carolInNewRound("What slowed us down?");

    // The first send is limited with Retry-After: 4; later ones go through.
    const attempts: number[] = [];
    await carol.context.route(/\/api\/scopes\/[^/]+\/rounds\/[^/]+\/answers$/, async (route) => {
      attempts.push(Date.now());
      if (attempts.length === 1) {
        await route.fulfill({
          status: 429,
          headers: { "retry-after": "4" },
          contentType: "application/problem+json",
          body: JSON.stringify({ type: "about:blank", title: "Too many requests", status: 429 }),
        });
      } else await route.continue();
    });
    const text = `Shared while busy ${Date.now()}`;
    await composer.fill(text);
    await composer.press("Control+Enter");
    await carol.app.getByRole("status").filter({ hasText: "Learning Loop is busy right now." }).waitFor(WAIT);
    await carol.app.getByRole("listitem").filter({ hasText: text }).getByText("Sending…").waitFor(WAIT);
    await sharedBy(carol, text);
    expect(attempts).toHaveLength(2);
    // Its own backoff would have tried again after about a second; the API asked for four.
    expect(attempts[1]! - attempts[0]!).toBeGreaterThanOrEqual(4_000);
    expect((await answersOf(roundId)).filter((answer) => answer.text === text)).toHaveLength(1);
    await carol.close();
  }, 90_000);
});
