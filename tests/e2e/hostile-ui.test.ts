import type {
  AnswerView,
  ExperimentView,
  PromptView,
  PromptsResponse,
  RoundView,
  ScopeView,
} from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import type { Browser, Frame, FrameLocator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { meetingIdFor } from "../../tabs/dev/host-context";
import { devToken, request, scopePath } from "../support/api-client";
import type { TestResponse } from "../support/api-client";
import { XSS_VECTORS, fitTo } from "../support/xss-corpus";
import { connectChromium } from "./support/shared-browser";
import {
  expectNothingRan,
  expectShownLiterally,
  injectedMarkup,
  leafTexts,
  tripwires,
  watch,
} from "./support/hostile";
import type { Shown, Watch } from "./support/hostile";
import { appFrame, hostUrl } from "./support/meeting";
import { startPrivateApi } from "./support/private-api";
import type { PrivateApi } from "./support/private-api";
import { scrollToEnd } from "./support/scroll";

/**
 * The XSS corpus (tests/support/xss-corpus.ts) submitted through the HTTP API as custom prompts,
 * round prompts, answers, experiments (text, owner, outcome), the prompt rotation and scope names,
 * then rendered in the side panel (as a member and as an author), on the meeting stage, in the
 * history tab (timeline and experiments board) and on the settings page: no script runs (a global
 * tripwire, a dialog listener and a request listener prove it), no markup reaches the DOM, and
 * every vector shows literally. The API of this file's own (a database nobody else writes to) keeps
 * hundreds of hostile records out of the other browser tests.
 */

const TEAM = "team:dev-team";
const WAIT = { timeout: 15_000 };
const USERS = ["alice", "bob", "carol"] as const;
type User = (typeof USERS)[number];

const ANSWER_MAX = 1000;
const PROMPT_MAX = 300;
const EXPERIMENT_MAX = 500;
const NAME_MAX = 100;
const OUTCOME_MAX = 2000;

/** The scope names tried in the settings: markup, script URLs, attribute and tag breakouts, templates, escapes, bidi. */
const NAME_SAMPLE = [
  "<script>",
  "<img src=x",
  "<svg onload",
  "<iframe srcdoc",
  '<a href="javascript:',
  '"><script>',
  "</textarea>",
  "{{constructor",
  "${window",
  "&lt;script&gt;",
  "\u202E",
];

/** The position of the vector that starts so (the corpus may grow; the tests name vectors by what they are). */
function vectorAt(start: string): number {
  const index = XSS_VECTORS.findIndex((vector) => vector.startsWith(start));
  if (index === -1) throw new Error(`no vector starts with ${start}`);
  return index;
}

/** Who answers with the vector at `index`: the three in turn, but bob writes the one he edits. */
const authorOf = (index: number): User => (index === vectorAt("</textarea>") ? "bob" : USERS[index % 3]!);

/** What the API stores for a vector sent to a field with this limit (it trims). */
const fitted = (max: number) => XSS_VECTORS.map((vector) => fitTo(vector, max).trim());

let server: PrivateApi;
let browser: Browser;
const tokens = {} as Record<User, string>;

/**
 * The seeding sends far faster than a person, so the API's rate limit answers 429 at times; like the
 * tab, it waits `Retry-After` and sends again (a limited request never reached the handler).
 */
async function call<T>(
  user: User,
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
): Promise<TestResponse<T>> {
  for (;;) {
    const response = await request<T>(server.api.url, method, path, { token: tokens[user], body, headers });
    if (response.status !== 429) return response;
    await new Promise((resolve) => setTimeout(resolve, Number(response.headers.get("retry-after")) * 1000));
  }
}

async function ok<T>(response: Promise<TestResponse<T>>): Promise<T> {
  const result = await response;
  if (result.status !== 200 && result.status !== 201) throw new Error(`${result.status}: ${result.text}`);
  return result.body;
}

/** Runs `work` over `items` a few at a time, keeping the order of the results. */
async function inBatches<T, R>(
  items: readonly T[],
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += 8) {
    results.push(
      ...(await Promise.all(items.slice(start, start + 8).map((item, i) => work(item, start + i)))),
    );
  }
  return results;
}

// ---- the hostile data, through the API ---------------------------------------------------------

interface Seeded {
  prompts: PromptView[];
  /** The round the meeting has open: its prompt is a hostile team prompt, every vector an answer. */
  round: RoundView;
  answers: AnswerView[];
  experiments: ExperimentView[];
  owners: string[];
  outcomes: string[];
  rotation: PromptView[];
}

let seeded: Seeded;

async function seed(): Promise<Seeded> {
  const base = scopePath(TEAM);

  // Every vector as a team prompt: they show in the side panel's prompt picker.
  const prompts = await inBatches(fitted(PROMPT_MAX), async (text) => {
    const prompt = await ok(call<PromptView>("carol", "POST", `${base}/prompts`, { id: randomUUID(), text }));
    expect(prompt.text).toBe(text);
    return prompt;
  });

  // Seven of them as the week's rotation: today's prompt is hostile, and the settings list them.
  const rotation = [
    "<script>",
    "<img src=x",
    "<svg onload",
    "<iframe srcdoc",
    "<math>",
    '"><script>',
    "x".repeat(20),
  ].map((start) => prompts[vectorAt(start)]!);
  const scope = await call<ScopeView>("alice", "GET", base);
  await ok(
    call<ScopeView>(
      "alice",
      "PUT",
      base,
      { rotation: rotation.map((prompt) => prompt.id), revealMode: "live", anonymousDefault: false },
      { "if-match": scope.headers.get("etag")! },
    ),
  );

  // A learning moment per team prompt, in meetings of their own and closed: the history's headings.
  await inBatches(prompts, async (prompt) => {
    const round = await ok(
      call<RoundView>("alice", "POST", `${base}/rounds`, {
        promptId: prompt.id,
        meetingId: `hostile-${randomUUID()}`,
        revealMode: "live",
      }),
    );
    expect(round.promptText).toBe(prompt.text);
    await ok(call("alice", "POST", `${base}/rounds/${round.id}/close`));
  });

  // The dev meeting's round, started last so it is the newest: its prompt is the <img onerror> one.
  const round = await ok(
    call<RoundView>("alice", "POST", `${base}/rounds`, {
      promptId: prompts[vectorAt("<img src=x onerror")]!.id,
      meetingId: meetingIdFor(TEAM),
      revealMode: "live",
    }),
  );

  // Every vector as an answer, spread over three people, a third of them anonymous.
  const answers = await inBatches(fitted(ANSWER_MAX), async (text, index) => {
    const answer = await ok(
      call<AnswerView>(authorOf(index), "POST", `${base}/rounds/${round.id}/answers`, {
        id: randomUUID(),
        text,
        anonymous: index % 3 === 2 || index % 5 === 0,
        ...(index % 4 === 0 ? { mode: "experimental" } : {}),
      }),
    );
    expect(answer.text).toBe(text);
    return answer;
  });

  // Every vector as an experiment from that answer, with a hostile owner and outcome, due now.
  const owners = fitted(NAME_MAX);
  const outcomes = fitted(OUTCOME_MAX);
  const experiments = await inBatches(fitted(EXPERIMENT_MAX), async (text, index) => {
    const user = USERS[(index + 1) % 3]!;
    const created = await ok(
      call<ExperimentView>(user, "POST", `${base}/experiments`, {
        id: randomUUID(),
        text,
        owner: owners[index],
        checkBackAt: "2020-01-06",
        sourceAnswerId: answers[index]!.id,
        roundId: round.id,
      }),
    );
    expect(created.text).toBe(text);
    const updated = await ok(
      call<ExperimentView>(
        user,
        "PATCH",
        `${base}/experiments/${created.id}`,
        { outcome: outcomes[index] },
        { "if-match": created.etag },
      ),
    );
    expect(updated).toMatchObject({ text, outcome: outcomes[index], owner: { name: owners[index] } });
    return updated;
  });

  return { prompts, round, answers, experiments, owners, outcomes, rotation };
}

// ---- the pages ---------------------------------------------------------------------------------

interface Surface {
  page: Page;
  app: FrameLocator;
  frame(): Frame;
  seen: Watch;
}

const opened: Page[] = [];

async function open(
  user: User,
  view: "sidePanel" | "meetingStage" | "content" | "settings",
  viewport = { width: 1000, height: 900 },
): Promise<Surface> {
  const context = await browser.newContext({ viewport });
  await server.route(context);
  const page = await context.newPage();
  opened.push(page);
  const seen = watch(page);
  await page.goto(hostUrl(user, { view, scope: TEAM }));
  return {
    page,
    app: page.frameLocator('iframe[title="Learning Loop app"]'),
    frame: () => appFrame(page),
    seen,
  };
}

beforeAll(async () => {
  expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(50);
  server = await startPrivateApi();
  for (const user of USERS) tokens[user] = (await devToken(server.api.url, user)).token;
  [browser, seeded] = await Promise.all([connectChromium(), seed()]);
});

afterEach(async () => {
  await Promise.all(opened.splice(0).map((page) => page.context().close()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const answerTexts = () => seeded.answers.map((answer) => answer.text);
const experimentTexts = () => seeded.experiments.map((experiment) => experiment.text);

// ---- tests -------------------------------------------------------------------------------------

describe("hostile text in the browser", () => {
  it("has a live tripwire and dialog listener (they would notice a vector that ran)", async () => {
    const { page, frame, seen } = await open("bob", "sidePanel");
    await frame().waitForFunction(() => document.querySelector("main") !== null, undefined, WAIT);
    // The app's frame is same-origin with the host page: a vector's `window.top.__xssTripped` lands there.
    await frame().evaluate((vector) => {
      const probe = document.createElement("div");
      probe.innerHTML = vector;
      document.body.append(probe);
      setTimeout(() => alert("probe"), 0);
    }, XSS_VECTORS[vectorAt("<img src=x onerror")]!);
    await expect.poll(async () => (await tripwires(page, frame())).top, WAIT).toBe(1);
    await expect.poll(() => seen.dialogs, WAIT).toEqual(["alert: probe"]);
    expect(await injectedMarkup(frame())).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^event handler onerror/),
        expect.stringMatching(/^element: <img/),
      ]),
    );
  });

  it(`shows ${XSS_VECTORS.length} hostile answers, experiments and a hostile prompt literally in the side panel, to a member and to an author`, async () => {
    const [bob, alice] = await Promise.all([open("bob", "sidePanel"), open("alice", "sidePanel")]);
    for (const [who, surface] of [
      ["bob (member)", bob],
      ["alice (author, organizer)", alice],
    ] as const) {
      const answers = surface.app.getByRole("list", { name: "Answers" });
      await expect.poll(() => answers.locator(":scope > li").count(), WAIT).toBe(XSS_VECTORS.length);
      const heading = surface.app.locator(`[id="prompt-${seeded.round.id}"]`);
      expectShownLiterally(
        await leafTexts(heading),
        [seeded.round.promptText],
        `side panel (${who}): prompt`,
      );
      expectShownLiterally(
        await leafTexts(answers, ":scope > li > p"),
        answerTexts(),
        `side panel (${who}): answers`,
      );

      const experiments = surface.app.getByRole("region", { name: "Experiments we'll try" });
      await experiments
        .getByRole("listitem")
        .nth(XSS_VECTORS.length - 1)
        .waitFor(WAIT);
      // "{text} (Owner: {name} · …)": the text is the item's own first text node.
      const items = await experiments.getByRole("listitem").evaluateAll((elements) =>
        elements.map((element) => ({
          text: element.firstChild?.nodeType === Node.TEXT_NODE ? (element.firstChild.nodeValue ?? "") : "",
          visible: element.getClientRects().length > 0,
        })),
      );
      expectShownLiterally(items, experimentTexts(), `side panel (${who}): experiments`);
      expectShownLiterally(await leafTexts(experiments), seeded.owners, `side panel (${who}): owners`, {
        render: (name) => `(Owner: ${name} · `,
        match: "prefix",
      });

      const checkBacks = surface.app.getByRole("region", { name: "Check-backs due" });
      await checkBacks
        .getByRole("heading", { level: 3 })
        .nth(XSS_VECTORS.length - 1)
        .waitFor(WAIT);
      expectShownLiterally(
        await leafTexts(checkBacks, "h3"),
        experimentTexts(),
        `side panel (${who}): check-backs`,
      );
    }

    // The author's editor and the "try this" dialog hold the text as a value, not as markup.
    const own = seeded.answers[vectorAt("</textarea>")]!;
    const item = bob.app
      .getByRole("list", { name: "Answers" })
      .getByRole("listitem")
      .filter({ hasText: own.text });
    await item.getByRole("button", { name: "Edit" }).click();
    const editor = bob.app.getByRole("textbox", { name: "Edit your answer" });
    await expect.poll(() => editor.inputValue(), WAIT).toBe(own.text);
    await bob.app.getByRole("button", { name: "Cancel" }).click();
    await editor.waitFor({ state: "detached", ...WAIT });

    const focusVector = seeded.answers[vectorAt("<textarea")]!;
    await alice.app
      .getByRole("list", { name: "Answers" })
      .getByRole("listitem")
      .filter({ hasText: focusVector.text })
      .getByRole("button", { name: "We'll try this" })
      .click();
    const dialog = alice.app.getByRole("dialog", { name: "We'll try this" });
    await expect
      .poll(() => dialog.getByRole("textbox", { name: "What will we try?" }).inputValue(), WAIT)
      .toBe(focusVector.text);
    await alice.page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached", ...WAIT });

    await expectNothingRan(bob.page, bob.frame(), bob.seen, "side panel (bob)");
    await expectNothingRan(alice.page, alice.frame(), alice.seen, "side panel (alice)");
  });

  it(`shows ${XSS_VECTORS.length} hostile answers and a hostile prompt literally on the meeting stage`, async () => {
    const stage = await open("carol", "meetingStage", { width: 1600, height: 900 });
    const main = stage.app.getByRole("main", { name: "Learning moment on the meeting stage" });
    const answers = main.getByRole("list", { name: "Answers" });
    await expect.poll(() => answers.locator(":scope > li").count(), WAIT).toBe(XSS_VECTORS.length);
    expectShownLiterally(
      await leafTexts(main.getByRole("heading", { level: 1 })),
      [seeded.round.promptText],
      "stage: prompt",
    );
    expectShownLiterally(
      await leafTexts(answers, ":scope > li > p:first-child"),
      answerTexts(),
      "stage: answers",
    );
    await expectNothingRan(stage.page, stage.frame(), stage.seen, "stage");
  });

  it(`shows every vector literally in the history: ${XSS_VECTORS.length + 1} rounds' prompts, the answers, experiments, owners and outcomes`, async () => {
    const history = await open("carol", "content");
    const { app, page } = history;
    const card = app
      .getByRole("article")
      .filter({ has: app.locator(`[id="round-${seeded.round.id}-heading"]`) });
    const details = card.locator(`[id="round-${seeded.round.id}-details"]`);
    await details.waitFor(WAIT);
    const answers = details.locator(`section[aria-labelledby="round-${seeded.round.id}-details-answers"]`);
    const experiments = details.locator(
      `section[aria-labelledby="round-${seeded.round.id}-details-experiments"]`,
    );
    await expect.poll(() => answers.locator("li").count(), WAIT).toBe(XSS_VECTORS.length);
    await expect.poll(() => experiments.locator("li").count(), WAIT).toBe(XSS_VECTORS.length);
    expectShownLiterally(await leafTexts(answers, "li > span"), answerTexts(), "history round: answers");
    const experimentLeaves = await leafTexts(experiments, "li span");
    expectShownLiterally(experimentLeaves, experimentTexts(), "history round: experiments");
    expectShownLiterally(experimentLeaves, seeded.owners, "history round: owners", {
      render: (name) => `Owner: ${name} · `,
      match: "prefix",
    });
    expectShownLiterally(experimentLeaves, seeded.outcomes, "history round: outcomes", {
      render: (outcome) => `Outcome: ${outcome}`,
    });

    // Every learning moment's prompt is a heading of the timeline, which renders a screenful at a
    // time: scroll through all of it, collecting the headings on screen.
    const timeline = app.getByRole("list", { name: "Learning moments by week" });
    const headings: Shown[] = [];
    await scrollToEnd(timeline, app.getByText("That is everything", { exact: false }), {
      maxSteps: 400,
      onStep: async () => {
        headings.push(...(await leafTexts(timeline, "article h3[id]")));
      },
    });
    expect(new Set(headings.map((heading) => heading.text)).size).toBe(new Set(fitted(PROMPT_MAX)).size);
    expectShownLiterally(headings, [...fitted(PROMPT_MAX), seeded.round.promptText], "history: prompts");
    await expectNothingRan(page, history.frame(), history.seen, "history timeline");

    await app.getByRole("tab", { name: "Experiments", exact: true }).click();
    const board = app.getByRole("tabpanel", { name: "Experiments", exact: true });
    await expect.poll(() => board.locator("h4").count(), WAIT).toBe(XSS_VECTORS.length);
    const boardLeaves = await leafTexts(board, "h4, span");
    expectShownLiterally(boardLeaves, experimentTexts(), "history board: experiments");
    expectShownLiterally(boardLeaves, seeded.owners, "history board: owners", {
      render: (name) => `Owner: ${name}`,
    });
    expectShownLiterally(boardLeaves, seeded.outcomes, "history board: outcomes", {
      render: (outcome) => `Outcome: ${outcome}`,
    });
    await expectNothingRan(page, history.frame(), history.seen, "history board");
  });

  it(`lists ${XSS_VECTORS.length} hostile team prompts literally in the side panel's prompt picker, and today's hostile prompt`, async () => {
    // The picker belongs to the panel between rounds.
    await ok(call("alice", "POST", `${scopePath(TEAM)}/rounds/${seeded.round.id}/close`));
    const { body: prompts } = await call<PromptsResponse>("alice", "GET", `${scopePath(TEAM)}/prompts`);
    expect(seeded.rotation.map((prompt) => prompt.id)).toContain(prompts.today.id);

    const alice = await open("alice", "sidePanel");
    const today = alice.app.locator('[id="prompt-today"]');
    await today.waitFor(WAIT);
    expectShownLiterally(await leafTexts(today), [prompts.today.text], "side panel: today's prompt");

    await alice.app.getByRole("button", { name: "Change prompt" }).click();
    const team = alice.app.getByRole("dialog", { name: "Choose a prompt" }).getByRole("region", {
      name: "Your team's prompts",
    });
    // One item per prompt: the prompt to choose, and its Edit and Remove (named after it).
    await expect.poll(() => team.getByRole("listitem").count(), WAIT).toBe(XSS_VECTORS.length);
    expect(await team.getByRole("button", { name: /^Edit “/ }).count()).toBe(XSS_VECTORS.length);
    expectShownLiterally(await leafTexts(team, "button"), fitted(PROMPT_MAX), "side panel: prompt picker");
    await expectNothingRan(alice.page, alice.frame(), alice.seen, "side panel: prompt picker");
  });

  it("shows hostile scope names and rotation prompts literally in the settings, to a member and to the owner", async () => {
    const base = scopePath(TEAM);
    // A scope has one name at a time and the settings read it once, so each name costs a reload:
    // the names are a sample of every kind of vector rather than the whole corpus. The member sees
    // each as text; the owner's form holds the ones that try to break out of a value as its value.
    const names = fitted(NAME_MAX).filter((name) => NAME_SAMPLE.some((start) => name.startsWith(start)));
    expect(names).toHaveLength(NAME_SAMPLE.length);
    let etag = (await call<ScopeView>("alice", "GET", base)).headers.get("etag")!;
    let bob: Surface | undefined;
    let alice: Surface | undefined;
    /** The settings page of `user` as it reads the scope now: reloaded, or opened the first time. */
    const reopen = async (surface: Surface | undefined, user: User) => {
      if (!surface) return open(user, "settings");
      await surface.page.reload();
      return surface;
    };
    for (const [index, name] of names.entries()) {
      const saved = await call<ScopeView>("alice", "PUT", base, { name }, { "if-match": etag });
      expect(saved.body.name).toBe(name);
      etag = saved.headers.get("etag")!;
      // The member's page and, for a name that tries to break out of a value, the owner's, together.
      const member = (async () => {
        bob = await reopen(bob, "bob");
        const current = bob.app.getByRole("region", { name: "Current settings" });
        const definitions = current.locator("dl > dd");
        await definitions.first().waitFor(WAIT);
        expectShownLiterally(await leafTexts(definitions.first()), [name], "settings (member): scope name");
        if (index === 0) {
          expectShownLiterally(
            await leafTexts(current, "dd li"),
            seeded.rotation.map((prompt) => prompt.text),
            "settings (member): rotation",
            { render: (text) => `: ${text}`, match: "suffix" },
          );
        }
      })();
      const owner = (async () => {
        if (!/^("'?>|<\/textarea>)/.test(name)) return;
        alice = await reopen(alice, "alice");
        const field = alice.app.getByRole("textbox", { name: "Name" });
        await expect.poll(() => field.inputValue(), WAIT).toBe(name);
      })();
      await Promise.all([member, owner]);
    }
    expect(alice, "the owner saw a breakout name").toBeDefined();
    await expectNothingRan(bob!.page, bob!.frame(), bob!.seen, "settings (member)");
    await expectNothingRan(alice!.page, alice!.frame(), alice!.seen, "settings (owner)");
  });
});
