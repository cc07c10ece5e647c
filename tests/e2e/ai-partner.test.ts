import type { RoundView, ScopeView } from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import type { Browser, FrameLocator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEV_USERS } from "../../api/src/auth/dev-fixtures";
import { meetingIdFor } from "../../tabs/dev/host-context";
import { devToken, request, scopePath } from "../support/api-client";
import { startFakeOpenAi, userContent } from "../support/fake-openai";
import type { FakeOpenAi } from "../support/fake-openai";
import { seriousViolations } from "./support/axe";
import { baseUrl } from "./support/base-url";
import { connectChromium } from "./support/shared-browser";
import { appFrame } from "./support/meeting";
import { startPrivateApi } from "./support/private-api";
import type { PrivateApi } from "./support/private-api";

/**
 * The AI partner through the local Teams host page (docs/ai.md), on an API of this file's own whose
 * AI endpoint is a local OpenAI-compatible fake that records what it was sent: off until the owner
 * switches it on, then "Ask our history (AI)" and "Suggest themes (AI)" in the history tab and
 * "Make it testable (AI)" in the side panel's experiment dialog, each labelled as AI, editable,
 * dismissable or undoable, and nothing of a person in what reached the model.
 */

const TEAM = "team:dev-team";
const WAIT = { timeout: 20_000 };

let browser: Browser;
let server: PrivateApi;
let fake: FakeOpenAi;
const tokens: Record<string, string> = {};
const marker = `w${randomUUID().replaceAll("-", "").slice(0, 8)}`;
let round: RoundView;

const api = <T>(
  user: string,
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => request<T>(server.api.url, method, path, { token: tokens[user], body, headers });

beforeAll(async () => {
  fake = await startFakeOpenAi();
  server = await startPrivateApi({
    env: { AI_ENDPOINT: fake.openAiUrl, AI_MODEL: "fake-model", AI_API_KEY: "e2e-key" },
  });
  for (const user of ["alice", "bob", "carol"]) tokens[user] = (await devToken(server.api.url, user)).token;
  const started = await api<RoundView>("alice", "POST", `${scopePath(TEAM)}/rounds`, {
    promptId: "weekly-learning",
    meetingId: `meeting-${randomUUID()}`,
  });
  round = started.body;
  for (const [user, text, anonymous] of [
    ["bob", `The ${marker} on-call rotation left the nights uncovered`, false],
    ["carol", `Handing over ${marker} on-call at noon worked well`, true],
  ] as const) {
    const answered = await api("" + user, "POST", `${scopePath(TEAM)}/rounds/${round.id}/answers`, {
      id: randomUUID(),
      text,
      anonymous,
    });
    expect(answered.status).toBe(201);
  }
  expect((await api("alice", "POST", `${scopePath(TEAM)}/rounds/${round.id}/close`)).status).toBe(200);
  browser = await connectChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fake?.close();
});

async function openHistory(user: string): Promise<{ page: Page; app: FrameLocator }> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  await server.route(context);
  const page = await context.newPage();
  const query = new URLSearchParams({ view: "content", user, scope: TEAM });
  await page.goto(`${baseUrl()}/dev/host.html?${query}`);
  return { page, app: page.getByTitle("Learning Loop app").contentFrame() };
}

/** The owner switches the AI partner on for the team (a no-op when it is on). */
async function switchAiOn() {
  const scope = await api<ScopeView>("alice", "GET", scopePath(TEAM));
  if (scope.body.ai) return;
  const switched = await api<ScopeView>(
    "alice",
    "PUT",
    scopePath(TEAM),
    { ai: true },
    { "if-match": scope.headers.get("etag") ?? '"0"' },
  );
  expect(switched.status).toBe(200);
}

const askRegion = (app: FrameLocator) => app.getByRole("region", { name: "Ask our history (AI)" });

describe("AI partner in the history tab and the experiment dialog", () => {
  it("shows nothing of AI until the owner switches it on, and sends nothing", async () => {
    const { page, app } = await openHistory("bob");
    const status = page.waitForResponse((response) => new URL(response.url()).pathname.endsWith("/ai"));
    await app.getByRole("heading", { name: "Learning history" }).waitFor(WAIT);
    expect((await (await status).json()) as unknown).toMatchObject({ available: true, enabled: false });
    await app.getByRole("article").first().waitFor(WAIT);
    expect(await askRegion(app).count()).toBe(0);
    expect(await app.getByRole("button", { name: "Suggest themes (AI)" }).count()).toBe(0);
    expect(fake.requests).toHaveLength(0);
    await page.context().close();
  });

  it("answers a question from the team's history citing its rounds, and suggests a closed round's themes", async () => {
    await switchAiOn();

    const { page, app } = await openHistory("bob");
    const region = askRegion(app);
    await region.waitFor(WAIT);
    await region
      .getByRole("textbox", { name: "Question to our history" })
      .fill(`What have we learned about ${marker} on-call?`);
    await region.getByRole("button", { name: "Ask" }).click();

    const answer = region.getByRole("region", { name: "Answer by AI, only from our own history" });
    await answer.waitFor(WAIT);
    await answer.getByText("Suggested by AI", { exact: true }).waitFor(WAIT);
    await answer.getByText(/From our history:/).waitFor(WAIT);
    // The cited items of the team's own history (the fake cites the first two it was sent).
    const cited = answer.getByRole("list", { name: "Rounds it cites" });
    await cited.getByText(`The ${marker} on-call rotation left the nights uncovered`).waitFor(WAIT);
    await cited.getByText(`Handing over ${marker} on-call at noon worked well`).waitFor(WAIT);
    // With a Teams app id (in Teams) each links into the history at its round; locally there is none.
    for (const href of await cited
      .getByRole("link")
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("href")))) {
      expect(decodeURIComponent(href ?? "")).toContain(round.id);
    }
    expect(await seriousViolations(appFrame(page))).toEqual([]);

    // What reached the model: the question and the history's texts, nobody's name or id.
    const asked = fake.requests.at(-1)!;
    expect(JSON.stringify(userContent(asked))).toContain(`${marker} on-call rotation`);
    for (const user of DEV_USERS) {
      expect(asked.raw).not.toContain(user.displayName);
      expect(asked.raw).not.toContain(user.oid);
    }
    expect(asked.raw).not.toContain(round.id);

    await answer.getByRole("button", { name: "Dismiss the AI's answer" }).click();
    await answer.waitFor({ state: "detached", ...WAIT });

    // The closed round: its themes on a person's click, editable, citing the answers.
    const card = app.getByRole("article").filter({ hasText: round.promptText }).first();
    // The newest round opens with its answers.
    await card.getByRole("button", { name: /2 answers/, expanded: true }).waitFor(WAIT);
    await card.getByRole("button", { name: "Suggest themes (AI)" }).click();
    const themes = card.getByRole("region", { name: "Themes suggested by AI" });
    await themes.waitFor(WAIT);
    await themes.getByText("Suggested by AI", { exact: true }).waitFor(WAIT);
    const title = themes.getByRole("textbox", { name: "Theme 1: title" });
    expect(await title.inputValue()).toBe("What the team noticed");
    await title.fill("Nights need cover");
    expect(await title.inputValue()).toBe("Nights need cover");
    await themes
      .getByRole("listitem")
      .filter({ hasText: `Handing over ${marker} on-call at noon worked well` })
      .waitFor(WAIT);
    const synthesis = fake.requests.at(-1)!;
    expect((userContent(synthesis).answers as unknown[]).length).toBe(2);
    expect(synthesis.raw).not.toMatch(/anonymous/i);
    expect(await seriousViolations(appFrame(page))).toEqual([]);
    await themes.getByRole("button", { name: "Dismiss the AI's themes" }).click();
    await themes.waitFor({ state: "detached", ...WAIT });
    await page.context().close();
  });

  it("makes an experiment testable in the side panel's dialog: filled, editable, undoable, saved only on Start", async () => {
    await switchAiOn();
    // A round of the host page's meeting where bob has answered.
    const started = await api<RoundView>("alice", "POST", `${scopePath(TEAM)}/rounds`, {
      promptId: "weekly-learning",
      meetingId: meetingIdFor(TEAM),
    });
    expect(started.status).toBe(201);
    const idea = `Pair on every ${marker} deploy`;
    const answered = await api("bob", "POST", `${scopePath(TEAM)}/rounds/${started.body.id}/answers`, {
      id: randomUUID(),
      text: idea,
    });
    expect(answered.status).toBe(201);
    const experimentsNow = async () =>
      (
        await api<{ items: { text: string; checkBackAt: string }[] }>(
          "bob",
          "GET",
          `${scopePath(TEAM)}/experiments`,
        )
      ).body.items;
    const before = (await experimentsNow()).length;

    const context = await browser.newContext();
    await server.route(context);
    const page = await context.newPage();
    const query = new URLSearchParams({ view: "sidePanel", user: "bob", scope: TEAM });
    await page.goto(`${baseUrl()}/dev/host.html?${query}`);
    const app = page.getByTitle("Learning Loop app").contentFrame();
    await app
      .getByRole("listitem")
      .filter({ hasText: idea })
      .getByRole("button", { name: "We'll try this" })
      .click();
    const dialog = app.getByRole("dialog", { name: "We'll try this" });
    const text = dialog.getByRole("textbox", { name: "What will we try?" });
    await expect.poll(() => text.inputValue(), WAIT).toBe(idea);

    const requestsBefore = fake.requests.length;
    await dialog.getByRole("button", { name: "Make it testable (AI)" }).click();
    await dialog.getByText("Suggested by AI", { exact: true }).waitFor(WAIT);
    await expect.poll(() => text.inputValue(), WAIT).toContain(`If we ${idea.toLowerCase()}`);
    expect(await text.inputValue()).toContain("Signal to watch: Surprises mentioned per stand-up");
    const date = dialog.getByLabel("Check-back date");
    const expected = new Date(Date.now() + 14 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    expect([expected, new Date(Date.now() + 13 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)]).toContain(
      await date.inputValue(),
    );
    // What reached the model: the idea, nobody's name.
    expect(fake.requests.length).toBe(requestsBefore + 1);
    expect(userContent(fake.requests.at(-1)!).idea).toBe(idea);
    for (const user of DEV_USERS) expect(fake.requests.at(-1)!.raw).not.toContain(user.displayName);
    expect(await seriousViolations(appFrame(page))).toEqual([]);

    // Undo puts back what the person had; nothing was saved meanwhile.
    await dialog.getByRole("button", { name: "Undo the AI's suggestion" }).click();
    await expect.poll(() => text.inputValue(), WAIT).toBe(idea);
    expect((await experimentsNow()).length).toBe(before);

    // Asked again, edited by the person, saved only on Start.
    await dialog.getByRole("button", { name: "Make it testable (AI)" }).click();
    await expect.poll(() => text.inputValue(), WAIT).toContain("If we");
    const edited = `${await text.inputValue()} (two weeks)`;
    await text.fill(edited);
    expect((await experimentsNow()).length).toBe(before);
    await dialog.getByRole("button", { name: "Start experiment" }).click();
    await dialog.waitFor({ state: "detached", ...WAIT });
    await expect
      .poll(async () => (await experimentsNow()).map((experiment) => experiment.text), WAIT)
      .toContain(edited);
    await context.close();
  });
});
