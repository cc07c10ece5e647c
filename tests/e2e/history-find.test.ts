import type { PromptView, RoundView } from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import type { Browser, FrameLocator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { devToken, request, scopePath } from "../support/api-client";
import { baseUrl } from "./support/base-url";
import { seriousViolations } from "./support/axe";
import { connectChromium } from "./support/shared-browser";
import { startPrivateApi } from "./support/private-api";
import type { PrivateApi } from "./support/private-api";

/**
 * Issue 18, "History that shows what it found", through the local Teams host page over an API of
 * this file's own (its settings change the scope's next prompt, which no other file may see): a
 * search opens the rounds it found and marks the words, the prompt filter, a team prompt edited and
 * removed in the side panel's picker, and the Insights suggestion used in one click and then seen
 * as the side panel's prompt.
 */

const TEAM = "team:dev-team";
const WAIT = { timeout: 20_000, interval: 100 };
const SUGGESTED = "What is another team doing that we could borrow?";

let browser: Browser;
let server: PrivateApi;
const tokens: Record<string, string> = {};
let teamPrompt: PromptView;
let found: RoundView;
let other: RoundView;

const api = async <T>(user: string, method: string, path: string, body?: unknown) => {
  const response = await request<T>(server.api.url, method, path, { token: tokens[user], body });
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${response.text}`);
  return response.body;
};

async function round(
  promptId: string,
  answers: { user: string; text: string; mode?: string; anonymous?: boolean }[],
) {
  const started = await api<RoundView>("alice", "POST", `${scopePath(TEAM)}/rounds`, {
    id: randomUUID(),
    promptId,
    meetingId: `meeting-${randomUUID()}`,
  });
  for (const answer of answers) {
    const { user, ...body } = answer;
    await api(user, "POST", `${scopePath(TEAM)}/rounds/${started.id}/answers`, { id: randomUUID(), ...body });
  }
  await api("alice", "POST", `${scopePath(TEAM)}/rounds/${started.id}/close`);
  return started;
}

beforeAll(async () => {
  server = await startPrivateApi();
  for (const user of ["alice", "bob", "carol"]) tokens[user] = (await devToken(server.api.url, user)).token;
  teamPrompt = await api<PromptView>("bob", "POST", `${scopePath(TEAM)}/prompts`, {
    text: "What did the platform team show us?",
  });
  // Ten answers tagged with a mode, none vicarious: Insights finds that mode rare.
  other = await round("weekly-next", [
    ...["experimental", "reflexive", "contextual", "experimental", "reflexive"].map((mode, index) => ({
      user: index % 2 ? "bob" : "carol",
      text: `Idea ${index} about the release train`,
      mode,
    })),
    ...["experimental", "reflexive", "contextual", "experimental", "contextual"].map((mode, index) => ({
      user: index % 2 ? "carol" : "bob",
      text: `Lesson ${index} from the retro`,
      mode,
    })),
  ]);
  found = await round(teamPrompt.id, [
    { user: "bob", text: "Their Übergabe checklist made the handover calm", mode: "experimental" },
    { user: "carol", text: "Ask them about their ubergabe timing", anonymous: true },
    { user: "alice", text: "Nothing matched here" },
  ]);
  browser = await connectChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(
  user: string,
  params: Record<string, string> = {},
): Promise<{ page: Page; app: FrameLocator }> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  await server.route(context);
  const page = await context.newPage();
  const query = new URLSearchParams({ user, scope: TEAM, liveShare: "off", ...params });
  await page.goto(`${baseUrl()}/dev/host.html?${query}`);
  return { page, app: page.getByTitle("Learning Loop app").contentFrame() };
}

async function expectAxeClean(page: Page, what: string) {
  const frame = page.frames().find((candidate) => candidate.url().includes("/index.html"));
  if (!frame) throw new Error("no app frame");
  expect(await seriousViolations(frame), `axe: ${what}`).toEqual([]);
}

/** Closes a page's context; the side panel polls, so requests still in flight are let go first. */
async function close(page: Page) {
  await page.context().unrouteAll({ behavior: "ignoreErrors" });
  await page.context().close();
}

const card = (app: FrameLocator, id: string) =>
  app.getByRole("article").filter({ has: app.locator(`[id="round-${id}-heading"]`) });
const announced = (app: FrameLocator) => app.getByRole("status").filter({ hasText: /Showing|No learning/ });

describe("history that shows what it found", () => {
  it("opens the rounds a search found, marks the words, keeps anonymity, and filters by prompt", async () => {
    const { page, app } = await open("bob", { view: "content" });
    await app.getByRole("list", { name: "Learning moments by week" }).waitFor(WAIT);
    await app.getByRole("searchbox", { name: "Search prompts, answers and experiments" }).fill("UBERGABE");
    await expect.poll(() => announced(app).textContent(), WAIT).toBe("Showing 1 learning moment");

    const result = card(app, found.id);
    await expect(result.getByRole("button", { expanded: true }).count()).resolves.toBe(1);
    await expect
      .poll(async () => (await result.locator("mark").allTextContents()).sort(), WAIT)
      .toEqual(["ubergabe", "Übergabe"]);
    await result.getByText("2 answers match the search").waitFor(WAIT);
    await expectAxeClean(page, "a search with marked words");
    const anonymous = result.getByRole("listitem").filter({ hasText: "ubergabe timing" });
    expect(await anonymous.textContent()).toContain("Anonymous");
    expect(await anonymous.textContent()).not.toContain("Carol");
    // The person can still fold a found round.
    await result.getByRole("button", { expanded: true }).click();
    await expect(result.locator("mark").count()).resolves.toBe(0);

    await app.getByRole("button", { name: "Clear filters" }).first().click();
    await expect.poll(() => announced(app).textContent(), WAIT).toBe("Showing 2 learning moments");
    await app.getByRole("combobox", { name: "Prompt" }).selectOption(teamPrompt.id);
    await expect.poll(() => announced(app).textContent(), WAIT).toBe("Showing 1 learning moment");
    await card(app, found.id).waitFor(WAIT);
    await expect(card(app, other.id).count()).resolves.toBe(0);
    await close(page);
  });

  it("edits and removes a team prompt in the side panel's picker", async () => {
    const { page, app } = await open("carol");
    await app.getByRole("button", { name: "Change prompt" }).click();
    const picker = app.getByRole("dialog", { name: "Choose a prompt" });
    const team = picker.getByRole("region", { name: "Your team's prompts" });
    await team.getByRole("button", { name: `Edit “${teamPrompt.text}”` }).click();
    const edited = "What did the platform team teach us?";
    await team.getByRole("textbox", { name: "Prompt text" }).fill(edited);
    await team.getByRole("combobox", { name: "Learning mode" }).selectOption("vicarious");
    await expectAxeClean(page, "editing a team prompt");
    await team.getByRole("button", { name: "Save prompt" }).click();
    await team.getByRole("button", { name: `${edited} (Vicarious)` }).waitFor(WAIT);

    await team.getByRole("button", { name: `Remove “${edited}”` }).click();
    await team.getByRole("button", { name: "Remove prompt" }).click();
    await team.waitFor({ state: "detached", ...WAIT });
    const prompts = await api<{ prompts: PromptView[] }>("bob", "GET", `${scopePath(TEAM)}/prompts`);
    expect(prompts.prompts.map((prompt) => prompt.id)).not.toContain(teamPrompt.id);
    // The round asked with it keeps the text it was asked with.
    const kept = await api<RoundView>("bob", "GET", `${scopePath(TEAM)}/rounds/${found.id}`);
    expect(kept.promptText).toBe(teamPrompt.text);
    await close(page);
  });

  it("turns a rarely used mode into a prompt for the next stand-up in one click", async () => {
    // The member's history and the owner's open together; the owner acts once the member has looked.
    const [member, owner] = await Promise.all([
      open("bob", { view: "content" }),
      open("alice", { view: "content" }),
    ]);
    await member.app.getByRole("tab", { name: "Insights" }).click();
    const memberCard = member.app.getByRole("region", { name: "A suggestion for your next stand-up" });
    await memberCard.getByText(`Your team rarely learns vicariously: try “${SUGGESTED}”`).waitFor(WAIT);
    await memberCard.getByText("A team owner can make it the prompt of the next stand-up.").waitFor(WAIT);
    await expectAxeClean(member.page, "the Insights suggestion");
    await expect(memberCard.getByRole("button").count()).resolves.toBe(0);
    await close(member.page);

    await owner.app.getByRole("tab", { name: "Insights" }).click();
    const suggestion = owner.app.getByRole("region", { name: "A suggestion for your next stand-up" });
    await suggestion.getByRole("button", { name: `Use “${SUGGESTED}” in the next stand-up` }).click();
    await suggestion
      .getByRole("status")
      .filter({ hasText: "The next learning moment suggests this prompt." })
      .waitFor(WAIT);
    await close(owner.page);

    const panel = await open("bob");
    await expect.poll(() => panel.app.getByRole("heading", { level: 1 }).textContent(), WAIT).toBe(SUGGESTED);
    await close(panel.page);
  });
});
