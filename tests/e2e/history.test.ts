import type { ExperimentView, ExperimentsResponse, InsightsResponse } from "@learning-loop/contract";
import { text as streamText } from "node:stream/consumers";
import type { Browser, Download, FrameLocator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayIn, weekStart } from "@learning-loop/contract";
import type { AnswerDoc, ExperimentDoc, RoundDoc } from "../../api/src/cosmos/documents";
import { foldForSearch } from "../../api/src/search/normalize";
import { DEFAULT_SCOPES, buildDemoData } from "../../scripts/seed/demo-data";
import type { DemoData, DemoScope } from "../../scripts/seed/demo-data";
import { seedDatabase } from "../../scripts/seed/seed-database";
import { devToken, request, scopePath } from "../support/api-client";
import { baseUrl } from "./support/base-url";
import { seriousViolations } from "./support/axe";
import { connectChromium } from "./support/shared-browser";
import { scrollToEnd as scrollListToEnd } from "./support/scroll";
import { startPrivateApi } from "./support/private-api";
import type { PrivateApi } from "./support/private-api";

/**
 * The history tab through the local Teams host page, over a seeded history of hundreds of rounds
 * (70 weeks of the dev team's stand-ups, written by the seed module into a database of this file's
 * own). Expectations are computed from the seeded documents with the API's own calendar and
 * search folding, never from the tab's code.
 */

const TEAM = "team:dev-team";
const ZONE = "Europe/Berlin";
const SCOPES: DemoScope[] = [{ ...DEFAULT_SCOPES[0]!, weeks: 70 }, DEFAULT_SCOPES[1]!];
const WAIT = { timeout: 20_000, interval: 100 };

let browser: Browser;
let server: PrivateApi;
let data: DemoData;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  server = await startPrivateApi();
  const now = new Date();
  await seedDatabase(server.env, { now, scopes: SCOPES });
  data = buildDemoData({ now, anonymitySecret: "dev-only-anonymity-secret", scopes: SCOPES });
  for (const user of ["alice", "bob", "carol"]) tokens[user] = (await devToken(server.api.url, user)).token;
  browser = await connectChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// ---- expectations from the seeded documents ---------------------------------------------------

const rounds = () =>
  (data.docs.filter((doc) => doc.type === "round" && doc.scope === TEAM) as RoundDoc[]).sort(
    (a, b) => b.startedAt.localeCompare(a.startedAt) || b.id.localeCompare(a.id),
  );
const answersOf = (roundId: string) =>
  data.docs.filter((doc): doc is AnswerDoc => doc.type === "answer" && doc.roundId === roundId);
const experimentsOf = (roundId: string) =>
  data.docs.filter((doc): doc is ExperimentDoc => doc.type === "experiment" && doc.roundId === roundId);
const weekOf = (round: RoundDoc) => weekStart(todayIn(ZONE, new Date(round.startedAt)));
const plural = (count: number, one: string, other: string) => `${count} ${count === 1 ? one : other}`;
const longDay = (date: string) =>
  new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${date}T12:00:00Z`),
  );

// ---- the page ---------------------------------------------------------------------------------

async function openHistory(
  user: string,
  params: Record<string, string> = {},
  { clock = false }: { clock?: boolean } = {},
): Promise<{ page: Page; app: FrameLocator }> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  // With `clock`, the page's timers run on a clock the test can move (`page.clock.runFor`); until
  // it does, time passes as usual.
  if (clock) await context.clock.install();
  await server.route(context);
  const page = await context.newPage();
  const query = new URLSearchParams({ view: "content", user, scope: TEAM, ...params });
  await page.goto(`${baseUrl()}/dev/host.html?${query}`);
  const app = page.getByTitle("Learning Loop app").contentFrame();
  return { page, app };
}

const timeline = (app: FrameLocator) => app.getByRole("list", { name: "Learning moments by week" });
const roundCard = (app: FrameLocator, id: string) =>
  app.getByRole("article").filter({ has: app.locator(`[id="round-${id}-heading"]`) });
const announced = (app: FrameLocator) => app.getByRole("status").filter({ hasText: /Showing|No learning/ });
const endOfHistory = (app: FrameLocator) => app.getByText("That is everything", { exact: false });

/** Scrolls the timeline down until every page is loaded; `onStep` sees each screenful. */
async function scrollToEnd(app: FrameLocator, onStep?: () => Promise<void>) {
  const list = timeline(app);
  await list.waitFor(WAIT);
  await scrollListToEnd(list, endOfHistory(app), { onStep });
}

async function renderedRoundIds(app: FrameLocator): Promise<string[]> {
  return timeline(app)
    .locator("article h3[id]")
    .evaluateAll((headings) => headings.map((heading) => heading.id.replace(/^round-|-heading$/g, "")));
}

/** What a download holds (the browser is a shared one, connected to, so the file is streamed over). */
async function textOf(download: Download): Promise<string> {
  return streamText(await download.createReadStream());
}

async function expectAxeClean(page: Page, what: string) {
  const frame = page.frames().find((candidate) => candidate.url().includes("/index.html"));
  if (!frame) throw new Error("no app frame");
  expect(await seriousViolations(frame), `axe: ${what}`).toEqual([]);
}

const api = <T>(
  user: string,
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => request<T>(server.api.url, method, path, { token: tokens[user], body, headers });

// ---- tests ------------------------------------------------------------------------------------

describe("history timeline", () => {
  it("groups rounds by week in the team's time zone, with counts, newest round open", async () => {
    const { page, app } = await openHistory("carol");
    const all = rounds();
    expect(all.length).toBeGreaterThan(200);
    const weeks = [...new Set(all.map(weekOf))].slice(0, 2);

    for (const week of weeks) {
      const inWeek = all.filter((round) => weekOf(round) === week);
      const heading = app.getByRole("heading", { level: 2, name: `Week of ${longDay(week)}` });
      await heading.waitFor(WAIT);
      const row = app.getByRole("listitem").filter({ has: heading });
      await expect
        .poll(() => row.textContent(), WAIT)
        .toContain(
          [
            plural(inWeek.length, "learning moment", "learning moments"),
            plural(
              inWeek.reduce((sum, round) => sum + answersOf(round.id).length, 0),
              "answer",
              "answers",
            ),
            plural(
              inWeek.reduce((sum, round) => sum + experimentsOf(round.id).length, 0),
              "experiment",
              "experiments",
            ),
          ].join(" · "),
        );
    }

    // The newest round is open with its answers; the others are closed disclosures.
    const newest = roundCard(app, all[0]!.id);
    await expect.poll(() => newest.getByRole("button", { expanded: true }).count(), WAIT).toBe(1);
    for (const answer of answersOf(all[0]!.id)) await newest.getByText(answer.text).first().waitFor(WAIT);
    const second = roundCard(app, all[1]!.id);
    const toggle = second.getByRole("button", { expanded: false });
    await toggle.click();
    await expect.poll(() => second.getByRole("button", { expanded: true }).count(), WAIT).toBe(1);
    await page.context().close();
  });

  it("shows anonymous answers without their author", async () => {
    const round = rounds().find((candidate) => answersOf(candidate.id).some((answer) => answer.anonymous))!;
    const anonymous = answersOf(round.id).filter((answer) => answer.anonymous);
    const { page, app } = await openHistory("bob", { subEntityId: round.id });
    const card = roundCard(app, round.id);
    await card.getByRole("button", { expanded: true }).waitFor(WAIT);
    for (const answer of anonymous) {
      const item = card.getByRole("listitem").filter({ hasText: answer.text }).first();
      const text = await item.textContent();
      expect(text).toContain("Anonymous");
      for (const name of ["Alice Example", "Bob Example", "Carol Example", "You"])
        expect(text).not.toContain(name);
    }
    await page.context().close();
  });

  it("finds answers by a word typed in another case and without its accents", async () => {
    const needle = "zurich";
    const expected = rounds().filter((round) =>
      [
        round.promptText,
        ...answersOf(round.id).map((answer) => answer.text),
        ...experimentsOf(round.id).flatMap((experiment) => [experiment.text, experiment.outcome ?? ""]),
      ].some((text) => foldForSearch(text).includes(needle)),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(40);

    const { page, app } = await openHistory("carol", {}, { clock: true });
    await timeline(app).waitFor(WAIT);
    await app.getByRole("searchbox", { name: "Search prompts, answers and experiments" }).fill("ZURICH");
    await expect
      .poll(() => announced(app).textContent(), WAIT)
      .toBe(`Showing ${expected.length} learning moments`);
    await endOfHistory(app).waitFor(WAIT);
    const ids = new Set(expected.map((round) => round.id));
    expect((await renderedRoundIds(app)).every((id) => ids.has(id))).toBe(true);
    // The rounds found open by themselves, the matched words marked.
    await expect(timeline(app).getByRole("button", { expanded: false }).count()).resolves.toBe(0);
    await timeline(app)
      .locator("mark")
      .filter({ hasText: /^Zürich$/i })
      .first()
      .waitFor(WAIT);

    await app
      .getByRole("searchbox", { name: "Search prompts, answers and experiments" })
      .fill("no such words anywhere");
    await app.getByText("No learning moments match these filters.").first().waitFor(WAIT);
    // The empty state's own "Clear filters" (the last one) clears the search box too, for good.
    await app.getByRole("button", { name: "Clear filters" }).last().click();
    await timeline(app).waitFor(WAIT);
    // Past the search box's debounce (300 ms): a stale query would have been applied again by now.
    await page.clock.runFor(600);
    expect(
      await app.getByRole("searchbox", { name: "Search prompts, answers and experiments" }).inputValue(),
    ).toBe("");
    await expect.poll(() => announced(app).textContent(), WAIT).toBe("Showing 40 learning moments");
    await page.context().close();
  });

  it("combines filters: mode, experiments, author and dates", async () => {
    const bob = (await devToken(server.api.url, "bob")).user.oid;
    const all = rounds();
    const byMode = all.filter(
      (round) =>
        round.kind === "contextual" || answersOf(round.id).some((answer) => answer.mode === "contextual"),
    );
    const withExperiments = byMode.filter((round) => experimentsOf(round.id).length > 0);
    const byBob = withExperiments.filter((round) =>
      answersOf(round.id).some((answer) => !answer.anonymous && answer.author?.oid === bob),
    );
    const from = todayIn(ZONE, new Date(all[Math.floor(all.length / 2)]!.startedAt));
    const to = todayIn(ZONE, new Date(all[Math.floor(all.length / 5)]!.startedAt));
    const inRange = byBob.filter((round) => {
      const day = todayIn(ZONE, new Date(round.startedAt));
      return day >= from && day <= to;
    });
    expect(byMode.length).toBeGreaterThan(withExperiments.length);
    expect(inRange.length).toBeGreaterThan(0);

    const { page, app } = await openHistory("carol");
    await timeline(app).waitFor(WAIT);
    const showing = async (count: number) => {
      await scrollToEnd(app);
      await expect.poll(() => announced(app).textContent(), WAIT).toBe(`Showing ${count} learning moments`);
    };

    await app.getByLabel("Learning mode").selectOption("contextual");
    await showing(byMode.length);
    await app.getByRole("checkbox", { name: "Only with experiments" }).check();
    await showing(withExperiments.length);
    await app.getByLabel("Answered by").selectOption({ label: "Bob Example" });
    await showing(byBob.length);
    await app.getByLabel("From", { exact: true }).fill(from);
    await app.getByLabel("To", { exact: true }).fill(to);
    await showing(inRange.length);

    // A backward range asks for a fix instead of querying.
    await app.getByLabel("To", { exact: true }).fill("2000-01-01");
    await app.getByText("The end date is before the start date.").waitFor(WAIT);
    await page.context().close();
  });

  it("scrolls through every page to the first round, without duplicates, rendering only what is on screen", async () => {
    const expected = rounds().map((round) => round.id);
    const { page, app } = await openHistory("carol");
    const seen = new Set<string>();
    let mostRows = 0;
    await scrollToEnd(app, async () => {
      for (const id of await renderedRoundIds(app)) seen.add(id);
      mostRows = Math.max(mostRows, await timeline(app).getByRole("listitem").count());
    });
    await expect
      .poll(() => announced(app).textContent(), WAIT)
      .toBe(`Showing ${expected.length} learning moments`);
    expect(seen.size).toBe(expected.length);
    expect([...seen].sort()).toEqual([...expected].sort());
    // Virtualized: the rows in the document stay a screenful or two, not hundreds.
    expect(mostRows).toBeLessThan(80);
    await page.context().close();
  });

  it("opens the round a deep link names: scrolled to on the first page, fetched on its own when older", async () => {
    const all = rounds();
    const recent = all[6]!;
    const first = await openHistory("carol", { subEntityId: recent.id });
    const card = roundCard(first.app, recent.id);
    await card.getByRole("button", { expanded: true }).waitFor(WAIT);
    await expect
      .poll(
        () =>
          first.page
            .frames()
            .find((frame) => frame.url().includes("/index.html"))!
            .evaluate(() => document.activeElement?.id),
        WAIT,
      )
      .toBe(`round-${recent.id}-heading`);
    await first.page.context().close();

    const old = all[150]!;
    const second = await openHistory("carol", { subEntityId: old.id });
    const pinned = second.app.getByRole("region", { name: "Linked learning moment" });
    await pinned.getByRole("heading", { name: old.promptText }).waitFor(WAIT);
    for (const answer of answersOf(old.id)) await pinned.getByText(answer.text).first().waitFor(WAIT);
    await second.page.context().close();

    const third = await openHistory("carol", { subEntityId: "00000000-0000-4000-8000-000000000000" });
    await third.app.getByText("The linked learning moment was not found.", { exact: false }).waitFor(WAIT);
    await third.page.context().close();
  });

  it("copies a Teams deep link to a round, or explains why it cannot", async () => {
    const { page, app } = await openHistory("carol");
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl() });
    const newest = rounds()[0]!;
    await roundCard(app, newest.id).getByRole("button", { name: "Copy link" }).click();
    const unavailable = app.getByRole("dialog", { name: "Links are not available in this installation" });
    const copied = app.getByRole("status").filter({ hasText: "Link copied" });
    await expect.poll(async () => (await unavailable.count()) + (await copied.count()), WAIT).toBe(1);
    if (await unavailable.count()) {
      // This build has no VITE_TEAMS_APP_ID: the dialog says so and gives the round's id.
      await unavailable.getByText("VITE_TEAMS_APP_ID", { exact: false }).waitFor();
      await unavailable.getByText(newest.id, { exact: false }).waitFor();
      await unavailable.getByRole("button", { name: "Close" }).click();
    } else {
      const frame = page.frames().find((candidate) => candidate.url().includes("/index.html"))!;
      const link = new URL(await frame.evaluate(() => navigator.clipboard.readText()));
      expect(link.pathname).toMatch(/\/l\/entity\/[^/]+\/learning-loop-history$/);
      expect(JSON.parse(link.searchParams.get("context")!)).toMatchObject({ subEntityId: newest.id });
    }
    await page.context().close();
  });

  it("downloads CSV and JSON with the data, and no author on anonymous answers", async () => {
    const { page, app } = await openHistory("carol");
    await timeline(app).waitFor(WAIT);
    const all = rounds();
    const answers = all.flatMap((round) => answersOf(round.id));
    const experiments = data.docs.filter((doc) => doc.type === "experiment" && doc.scope === TEAM);

    const [csvDownload] = await Promise.all([
      page.waitForEvent("download", WAIT),
      app.getByRole("button", { name: "Download CSV" }).click(),
    ]);
    expect(csvDownload.suggestedFilename()).toMatch(/^learning-loop-team-dev-team-\d{4}-\d{2}-\d{2}\.csv$/);
    const table = parseCsv(await textOf(csvDownload));
    const [header, ...rows] = table;
    const column = (name: string) => header!.indexOf(name);
    expect(rows.filter((row) => row[column("record")] === "round")).toHaveLength(all.length);
    expect(rows.filter((row) => row[column("record")] === "answer")).toHaveLength(answers.length);
    expect(rows.filter((row) => row[column("record")] === "experiment")).toHaveLength(experiments.length);
    const anonymousRows = rows.filter((row) => row[column("anonymous")] === "true");
    expect(anonymousRows).toHaveLength(answers.filter((answer) => answer.anonymous).length);
    for (const row of anonymousRows) expect(row[column("author")]).toBe("");
    const named = rows.filter(
      (row) => row[column("record")] === "answer" && row[column("anonymous")] === "false",
    );
    expect(named.every((row) => row[column("author")]!.endsWith("Example"))).toBe(true);

    const [jsonDownload] = await Promise.all([
      page.waitForEvent("download", WAIT),
      app.getByRole("button", { name: "Download JSON" }).click(),
    ]);
    expect(jsonDownload.suggestedFilename()).toMatch(/\.json$/);
    const text = await textOf(jsonDownload);
    const exported = JSON.parse(text) as {
      rounds: { id: string; answers: { id: string; anonymous: boolean; author: unknown }[] }[];
    };
    expect(exported.rounds.map((round) => round.id)).toEqual(all.map((round) => round.id));
    const exportedAnswers = exported.rounds.flatMap((round) => round.answers);
    expect(exportedAnswers).toHaveLength(answers.length);
    for (const answer of exportedAnswers.filter((candidate) => candidate.anonymous))
      expect(answer.author).toBeNull();
    expect(text).not.toContain("ownerProof");

    // Where the host does not save files, the same data is one click away to copy.
    await app.getByRole("button", { name: "Nothing saved? Show the data" }).click();
    const dialog = app.getByRole("dialog");
    await expect.poll(() => dialog.getByRole("textbox").inputValue(), WAIT).toContain('"rounds"');
    await dialog.getByRole("button", { name: "Close" }).click();
    await page.context().close();
  });
});

describe("experiments board", () => {
  const experimentsNow = async () =>
    (await api<ExperimentsResponse>("alice", "GET", `${scopePath(TEAM)}/experiments`)).body.items;
  const column = (app: FrameLocator, status: string) =>
    app.getByRole("region", { name: new RegExp(`^${status} \\(\\d+\\)$`) });
  const card = (app: FrameLocator, id: string) =>
    app.getByRole("listitem").filter({ has: app.locator(`[id="experiment-${id}-title"]`) });

  it("changes status and records an outcome with the keyboard-operable dialog", async () => {
    const planned = (await experimentsNow()).find((experiment) => experiment.status === "planned")!;
    expect(planned).toBeDefined();
    const { page, app } = await openHistory("alice");
    await app.getByRole("tab", { name: "Experiments", exact: true }).click();
    await column(app, "Planned").locator(`[id="experiment-${planned.id}-title"]`).waitFor(WAIT);

    // Keyboard only: Enter opens the dialog, arrow keys pick the status, Enter saves.
    await card(app, planned.id).getByRole("button", { name: "Update status or outcome" }).press("Enter");
    const dialog = app.getByRole("dialog");
    await dialog.getByRole("radio", { name: "Planned" }).press("ArrowDown");
    await expect.poll(() => dialog.getByRole("radio", { name: "Running" }).isChecked(), WAIT).toBe(true);
    await dialog.getByRole("radio", { name: "Running" }).press("Tab");
    await dialog.getByRole("textbox", { name: /Outcome/ }).press("Tab");
    await page.keyboard.press("Enter");
    await column(app, "Running").locator(`[id="experiment-${planned.id}-title"]`).waitFor(WAIT);
    expect((await experimentsNow()).find((experiment) => experiment.id === planned.id)!.status).toBe(
      "running",
    );

    await card(app, planned.id).getByRole("button", { name: "Update status or outcome" }).click();
    await dialog.getByRole("radio", { name: "Done" }).check();
    await dialog.getByRole("button", { name: "Save" }).click();
    // "Done" needs an outcome: the dialog says so and stays open.
    await dialog.getByText("Write what happened before marking the experiment done.").waitFor(WAIT);
    await dialog.getByRole("textbox", { name: /Outcome/ }).fill("Worked: reviews within a day.");
    await dialog.getByRole("button", { name: "Save" }).click();
    await column(app, "Done").locator(`[id="experiment-${planned.id}-title"]`).waitFor(WAIT);
    expect((await experimentsNow()).find((experiment) => experiment.id === planned.id)).toMatchObject({
      status: "done",
      outcome: "Worked: reviews within a day.",
    });
    await page.context().close();
  });

  it("highlights overdue check-backs", async () => {
    const due = (await experimentsNow()).filter((experiment) => experiment.due);
    expect(due.length).toBeGreaterThan(0);
    const { page, app } = await openHistory("carol");
    await app.getByRole("tab", { name: "Experiments", exact: true }).click();
    for (const experiment of due) await card(app, experiment.id).getByText("Check-back due").waitFor(WAIT);
    await app.getByText(/check-backs? (is|are) due/).waitFor(WAIT);
    await page.context().close();
  });

  it("shows a conflicting edit side by side and keeps mine on top of the teammate's change", async () => {
    const running = (await experimentsNow()).find(
      (experiment) => experiment.status === "running" && !experiment.outcome,
    )!;
    expect(running).toBeDefined();
    const { page, app } = await openHistory("alice");
    await app.getByRole("tab", { name: "Experiments", exact: true }).click();
    await card(app, running.id).getByRole("button", { name: "Update status or outcome" }).click();
    const dialog = app.getByRole("dialog");
    await dialog.getByRole("radio", { name: "Dropped" }).check();

    // Bob records an outcome while Alice's dialog is open.
    const bobs = await api<ExperimentView>(
      "bob",
      "PATCH",
      `${scopePath(TEAM)}/experiments/${running.id}`,
      { outcome: "Bob's note: half the team tried it." },
      { "if-match": running.etag },
    );
    expect(bobs.status).toBe(200);

    await dialog.getByRole("button", { name: "Save" }).click();
    const conflict = app.getByRole("alertdialog", { name: "Someone else changed this experiment" });
    await conflict.waitFor(WAIT);
    const mine = conflict.getByRole("region", { name: "Your version" });
    const theirs = conflict.getByRole("region", { name: /^Current version/ });
    await expect.poll(() => mine.textContent(), WAIT).toContain("Dropped");
    await expect.poll(() => mine.textContent(), WAIT).toContain("Bob's note");
    await expect.poll(() => theirs.textContent(), WAIT).toContain("Running");
    await expect.poll(() => theirs.textContent(), WAIT).toContain("Bob's note");
    await conflict.getByRole("button", { name: "Keep my version" }).click();
    await column(app, "Dropped").locator(`[id="experiment-${running.id}-title"]`).waitFor(WAIT);
    expect((await experimentsNow()).find((experiment) => experiment.id === running.id)).toMatchObject({
      status: "dropped",
      outcome: "Bob's note: half the team tried it.",
    });
    await page.context().close();
  });
});

describe("insights", () => {
  it("draws the charts in a lazy chunk, each with a data table, and ranks nobody", async () => {
    const insights = (await api<InsightsResponse>("carol", "GET", `${scopePath(TEAM)}/insights?weeks=12`))
      .body;
    const { page, app } = await openHistory("carol");
    await timeline(app).waitFor(WAIT);
    const chunkRequests: string[] = [];
    page.on("request", (req) => chunkRequests.push(new URL(req.url()).pathname));
    await app.getByRole("tab", { name: "Insights" }).click();
    await app.getByRole("heading", { name: "Participation per week" }).waitFor(WAIT);
    // The build's chunk (/assets/Insights-<hash>.js), or the module itself on the dev server.
    expect(
      chunkRequests.some((path) =>
        /\/(assets\/Insights-[\w-]+\.js|src\/insights\/Insights\.tsx)$/.test(path),
      ),
    ).toBe(true);

    for (const name of [
      "Streak",
      "Participation per week",
      "Learning-mode balance",
      "Experiments: started and closed",
    ]) {
      await app.getByRole("heading", { name }).waitFor(WAIT);
    }
    expect(await app.getByRole("img").count()).toBeGreaterThanOrEqual(4);
    await app.getByText(String(insights.streakWeeks), { exact: true }).first().waitFor(WAIT);

    for (const caption of [
      "Learning moments per week",
      "Participation per week",
      "Answers per learning mode",
      "Experiments per week",
    ]) {
      await app.getByRole("button", { name: `Show the data: ${caption}` }).click();
      await app.getByRole("table", { name: caption }).waitFor(WAIT);
    }
    const participation = app.getByRole("table", { name: "Participation per week" });
    expect(await participation.getByRole("row").count()).toBe(insights.weeks.length + 1);
    const lastWeek = insights.weeks[insights.weeks.length - 1]!;
    const lastRow = participation.getByRole("row").last();
    expect((await lastRow.getByRole("cell").allTextContents()).map(Number)).toEqual([
      lastWeek.rounds,
      lastWeek.answers,
      lastWeek.anonymousAnswers,
      lastWeek.participants,
    ]);
    // Nothing per person: no name of anyone appears on the insights.
    const text = await app.getByRole("tabpanel", { name: "Insights" }).textContent();
    for (const name of ["Alice", "Bob", "Carol"]) expect(text).not.toContain(name);
    await page.context().close();
  });
});

describe("accessibility", () => {
  for (const theme of ["default", "dark", "contrast"]) {
    it(`has no serious or critical axe findings in the ${theme} theme`, async () => {
      const round = rounds().find((candidate) => experimentsOf(candidate.id).length > 0)!;
      const { page, app } = await openHistory("carol", { theme, subEntityId: round.id });
      await roundCard(app, round.id).getByRole("button", { expanded: true }).waitFor(WAIT);
      await expectAxeClean(page, `timeline, ${theme}`);
      await app.getByRole("tab", { name: "Experiments", exact: true }).click();
      await app.getByRole("heading", { name: "Experiments board" }).waitFor(WAIT);
      await expectAxeClean(page, `board, ${theme}`);
      await app.getByRole("tab", { name: "Insights" }).click();
      await app.getByRole("button", { name: "Show the data: Participation per week" }).click();
      await app.getByRole("table", { name: "Participation per week" }).waitFor(WAIT);
      await expectAxeClean(page, `insights, ${theme}`);
      await page.context().close();
    });
  }
});

/** RFC 4180: quoted fields, doubled quotes, line breaks inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[index + 1] === "\n") index++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
