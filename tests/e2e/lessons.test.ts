import type { ExperimentsResponse, LessonsResponse, RoundView } from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { TEAM, WAIT, api, scopePath, seriousViolations, useMeeting } from "./support/meeting";
import type { Participant } from "./support/meeting";

/**
 * Lessons that travel, in the browser through the local Teams host page: Bob shares his answer from
 * the history tab, Carol (same tenant) finds it in the personal app "Learning from other teams",
 * searches it and tries it in her team; Frank (tenant admin) may unpublish it; Eve (another
 * tenant) never sees it. Carol's anonymous answer stays anonymous as a lesson, and only she may
 * unpublish it. What the tab did is checked through the API, never through the tab's code.
 */

const meeting = useMeeting();
const SEARCH_HISTORY = "Search prompts, answers and experiments";

/** A closed round of the dev team with one answer by `user`; returns the round's id. */
async function roundWithAnswer(user: string, text: string, extra: object = {}): Promise<string> {
  const round = await api<RoundView>(user, "POST", `${scopePath(TEAM)}/rounds`, {
    promptId: "weekly-learning",
    meetingId: `lessons-${randomUUID()}`,
  });
  expect(round.status).toBe(201);
  const answered = await api(user, "POST", `${scopePath(TEAM)}/rounds/${round.body.id}/answers`, {
    id: randomUUID(),
    text,
    ...extra,
  });
  expect(answered.status).toBe(201);
  await api(user, "POST", `${scopePath(TEAM)}/rounds/${round.body.id}/close`);
  return round.body.id;
}

/** Opens the round in `user`'s history tab (found by `marker`) and presses Share on the answer. */
async function openShareDialog(participant: Participant, roundId: string, marker: string, text: string) {
  const app = participant.app;
  await app.getByRole("searchbox", { name: SEARCH_HISTORY }).fill(marker);
  // The search has settled on this one round (announced), so its card no longer re-renders.
  await app
    .getByRole("status")
    .filter({ hasText: "Showing 1 learning moment" })
    .waitFor({
      state: "attached",
      ...WAIT,
    });
  const card = app.getByRole("article").filter({ has: app.locator(`[id="round-${roundId}-heading"]`) });
  // A search with one match opens its card by itself; otherwise open it.
  const toggle = card.getByRole("button", { name: /1 answer/ });
  await toggle.waitFor(WAIT);
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await card.getByRole("button", { name: `Share with other teams: “${text}”` }).click();
  const dialog = app.getByRole("dialog", { name: "Share with other teams" });
  await dialog.waitFor(WAIT);
  return dialog;
}

describe("learning from other teams", () => {
  it("shares an answer from history, finds and adopts it in the personal app, and keeps it in its tenant", async () => {
    const marker = `runbook${randomUUID().slice(0, 6)}`;
    const text = `Pair review of the ${marker} before each release`;
    const roundId = await roundWithAnswer("bob", text);

    // Bob, in the history tab: his own answer offers "Share with other teams".
    const bob = await meeting.open("bob", { view: "content" });
    const dialog = await openShareDialog(bob, roundId, marker, text);
    await dialog.getByRole("checkbox", { name: "Show my name" }).check();
    await dialog.getByRole("button", { name: "Share" }).click();
    await dialog.waitFor({ state: "detached", ...WAIT });
    await bob.app
      .getByRole("status")
      .filter({ hasText: "Shared with other teams." })
      .waitFor({
        state: "attached",
        ...WAIT,
      });

    const published = await api<LessonsResponse>("carol", "GET", `lessons?q=${marker}`);
    expect(published.body.items).toHaveLength(1);
    const [lesson] = published.body.items;
    expect(lesson).toMatchObject({ kind: "answer", text, author: "Bob Example", canUnpublish: false });
    expect(lesson).not.toHaveProperty("scope");

    // Carol opened her team's history on this device once: the personal app may start lessons there.
    const history = await meeting.open("carol", { view: "content" });
    await history.app.getByRole("tab", { name: "From other teams" }).waitFor(WAIT);
    await expect
      .poll(() => history.frame().evaluate(() => localStorage.getItem("learning-loop.known-scopes")), WAIT)
      .toContain(TEAM);
    // The history tab's own "From other teams" view lists it too, to try in this team.
    await history.app.getByRole("tab", { name: "From other teams" }).click();
    const section = history.app.getByRole("tabpanel", { name: "From other teams" });
    await section.getByRole("searchbox", { name: "Search lessons" }).fill(marker);
    await section.getByRole("button", { name: `Try this in my team: “${text}”` }).waitFor(WAIT);

    const carol = await meeting.open("carol", {
      view: "content",
      scope: "personal",
      context: history.context,
    });
    await carol.app.getByRole("heading", { level: 1, name: "Learning from other teams" }).waitFor(WAIT);
    await carol.app.getByRole("searchbox", { name: "Search lessons" }).fill(marker);
    const list = carol.app.getByRole("list", { name: "Lessons" });
    const item = list.getByRole("listitem").filter({ hasText: text });
    await item.waitFor(WAIT);
    await expect.poll(() => list.getByRole("listitem").count(), WAIT).toBe(1);
    await item.getByText("By Bob Example", { exact: false }).waitFor(WAIT);
    expect(await carol.app.getByRole("combobox", { name: "Team to try it in" }).inputValue()).toBe(TEAM);
    expect(await seriousViolations(carol.frame())).toEqual([]);
    // Not hers to unpublish.
    await expect(item.getByRole("button", { name: /^Unpublish/ }).count()).resolves.toBe(0);

    await item.getByRole("button", { name: `Try this in my team: “${text}”` }).click();
    await item.getByText("Started as an experiment in", { exact: false }).waitFor(WAIT);
    const experiments = await api<ExperimentsResponse>("carol", "GET", `${scopePath(TEAM)}/experiments`);
    expect(experiments.body.items.filter((experiment) => experiment.lessonId === lesson!.id)).toEqual([
      expect.objectContaining({ text, lessonId: lesson!.id }),
    ]);
    const after = await api<LessonsResponse>("carol", "GET", `lessons?q=${marker}`);
    expect(after.body.items[0]?.adoptedCount).toBe(1);

    // Eve's and Frank's personal apps open together; Eve looks before Frank acts.
    const [eve, frank] = await Promise.all([
      meeting.open("eve", { view: "content", scope: "personal" }),
      meeting.open("frank", { view: "content", scope: "personal" }),
    ]);
    // Eve, of another tenant, finds nothing of it.
    await eve.app.getByRole("searchbox", { name: "Search lessons" }).fill(marker);
    await eve.app.getByText("No lessons match yet.").waitFor(WAIT);
    expect((await api<LessonsResponse>("eve", "GET", `lessons?q=${marker}`)).body.items).toEqual([]);

    // Frank, the tenant admin, may unpublish it: it leaves the feed at once.
    await frank.app.getByRole("searchbox", { name: "Search lessons" }).fill(marker);
    await frank.app.getByRole("button", { name: `Unpublish: “${text}”` }).click();
    await frank.app.getByText("No lessons match yet.").waitFor(WAIT);
    await expect
      .poll(async () => (await api<LessonsResponse>("carol", "GET", `lessons?q=${marker}`)).body.items, WAIT)
      .toEqual([]);
  });

  it("keeps a lesson from an anonymous answer anonymous: no name offered or shown, only its author may unpublish it", async () => {
    const marker = `standup${randomUUID().slice(0, 6)}`;
    const text = `Say the ${marker} blocker out loud even when it feels small`;
    const roundId = await roundWithAnswer("carol", text, { anonymous: true });

    const carol = await meeting.open("carol", { view: "content" });
    const dialog = await openShareDialog(carol, roundId, marker, text);
    await dialog.getByText("Your answer was anonymous: the lesson stays anonymous.").waitFor(WAIT);
    await expect(dialog.getByRole("checkbox", { name: "Show my name" }).count()).resolves.toBe(0);
    await dialog.getByRole("button", { name: "Share" }).click();
    await dialog.waitFor({ state: "detached", ...WAIT });

    const seen = await api<LessonsResponse>("bob", "GET", `lessons?q=${marker}`);
    expect(seen.body.items).toEqual([expect.objectContaining({ text, author: null, canUnpublish: false })]);
    expect(JSON.stringify(seen.body)).not.toMatch(/carol/i);

    // Bob's personal app shows it without an author and without Unpublish; Carol's offers Unpublish.
    // Both open together; Bob looks before Carol unpublishes.
    const [bobs, own] = await Promise.all([
      meeting.open("bob", { view: "content", scope: "personal" }),
      meeting.open("carol", { view: "content", scope: "personal" }),
    ]);
    await bobs.app.getByRole("searchbox", { name: "Search lessons" }).fill(marker);
    const item = bobs.app
      .getByRole("list", { name: "Lessons" })
      .getByRole("listitem")
      .filter({ hasText: text });
    await item.waitFor(WAIT);
    await expect(item.getByText(/^By |Carol/).count()).resolves.toBe(0);
    await expect(item.getByRole("button", { name: /^Unpublish/ }).count()).resolves.toBe(0);

    await own.app.getByRole("searchbox", { name: "Search lessons" }).fill(marker);
    await own.app.getByRole("button", { name: `Unpublish: “${text}”` }).click();
    await own.app.getByText("No lessons match yet.").waitFor(WAIT);
    expect((await api<LessonsResponse>("bob", "GET", `lessons?q=${marker}`)).body.items).toEqual([]);
  });
});
