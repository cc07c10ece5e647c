import {
  AFTER_ACTION_TITLE_MAX,
  ANSWER_MAX,
  EXPERIMENT_TEXT_MAX,
  historyDeepLink,
  OUTCOME_MAX,
  PROMPT_MAX,
} from "@learning-loop/contract";
import type * as AdaptiveCardsModule from "adaptivecards";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { truncate } from "../../api/src/cards/card-text";
import { checkBackCard } from "../../api/src/cards/check-back-card";
import { promptCard } from "../../api/src/cards/prompt-card";
import { wordsFor } from "../../api/src/i18n/words";
import type { PromptCardState } from "../../api/src/cards/prompt-card";
import type { CardJson } from "../../api/src/cards/render";
import { roundSummaryCard } from "../../api/src/cards/round-summary-card";
import { weeklyDigestCard } from "../../api/src/cards/weekly-digest-card";
import { CARD_ROUND_ID, answerView, experimentView, roundView } from "../support/card-views";
import { HOST_MARKUP, hostMarkdown } from "../support/card-host-markdown";
import { XSS_VECTORS, fitTo } from "../support/xss-corpus";
import { connectChromium } from "./support/shared-browser";
import { settled } from "./support/hostile";

const EN_WORDS = wordsFor("en");

/**
 * The XSS corpus in every Adaptive Card the bot sends, rendered by the `adaptivecards` library in
 * Chromium. Each vector goes into one hostile-able field at a time (prompt, hint, answer, experiment,
 * outcome, event title, scope name, display name), as the API stores it, and the card is rendered
 * twice: with the host markdown model of the unit tests, and with the worst host, whose markdown
 * output is HTML with raw HTML and links let through. No script may run (tripwire, dialogs, page
 * errors, requests), no markup may come from the text, and the card must read exactly as the same
 * card with a plain word in that field, the word replaced by what the person typed.
 */

const ROUND_ID = CARD_ROUND_ID;
const DEEP_LINK = historyDeepLink(
  "00000000-0000-4000-8000-000000000001",
  ROUND_ID,
  "19:general@thread.skype",
)!;
const DIGEST_LINK = historyDeepLink("00000000-0000-4000-8000-000000000001", null, "19:general@thread.skype")!;
/** The after-action event's link: the contract only admits http(s) URLs there. */
const EVENT_URL = "https://status.example.com/incidents/42";
/** The only URLs a card may carry: the app's own deep links and the event's validated link. */
const APP_URLS = new Set([DEEP_LINK, DIGEST_LINK, EVENT_URL]);

/** Stands in the field under test in the reference rendering of each card. */
const MARKER = "Fieldundertest";
/** Entra display names go up to 256 characters; the contract does not limit them further. */
const DISPLAY_NAME_MAX = 256;

/** One field people can fill: how much of it the API stores and how much the card shows. */
interface Field {
  /** The contract's limit: the API stores at most this many characters, trimmed. */
  stored: number;
  /** The card module's own cut (see the `cardText(…, max)` calls in api/src/cards). */
  shown: number;
}

interface CardKind {
  name: string;
  fields: Record<string, Field>;
  /** Builds the card with the app's own card function; `text(field)` is what that field holds. */
  build: (text: (field: string) => string) => CardJson;
}

const PROMPT: Field = { stored: PROMPT_MAX, shown: PROMPT_MAX };
const HINT: Field = { stored: 200, shown: 200 };
const NAME: Field = { stored: DISPLAY_NAME_MAX, shown: 100 };

const STATES: PromptCardState[] = ["open", "answered", "closed"];

/** Every card the bot sends (api/src/cards, sent by api/src/notifications and the bot's invoke replies). */
const CARD_KINDS: CardKind[] = [
  ...STATES.map((state): CardKind => ({
    name: `prompt card (${state})`,
    fields: { prompt: PROMPT, hint: HINT },
    build: (text) =>
      promptCard(
        {
          roundId: ROUND_ID,
          scope: "chat:19:standup@thread.v2",
          promptText: text("prompt"),
          hint: text("hint"),
          answerCount: 3,
          state,
          anonymousDefault: false,
          event: null,
          questions: null,
          deepLink: DEEP_LINK,
        },
        EN_WORDS,
      ),
  })),
  ...STATES.map((state): CardKind => ({
    name: `after-action prompt card (${state})`,
    fields: { prompt: PROMPT, hint: HINT, "event title": { stored: AFTER_ACTION_TITLE_MAX, shown: 200 } },
    build: (text) =>
      promptCard(
        {
          roundId: ROUND_ID,
          scope: "team:dev-team",
          promptText: text("prompt"),
          hint: text("hint"),
          answerCount: 0,
          state,
          anonymousDefault: true,
          event: { kind: "incident", title: text("event title"), url: EVENT_URL },
          questions: null,
          deepLink: DEEP_LINK,
        },
        EN_WORDS,
      ),
  })),
  {
    name: "round summary card",
    fields: {
      prompt: PROMPT,
      answer: { stored: ANSWER_MAX, shown: 280 },
      "answer author's name": NAME,
      experiment: { stored: EXPERIMENT_TEXT_MAX, shown: 300 },
      "experiment owner's name": NAME,
    },
    build: (text) =>
      roundSummaryCard(
        roundView(
          text("prompt"),
          [
            answerView({
              id: "a1",
              text: text("answer"),
              author: { oid: "b0b00000-0000-4000-8000-000000000002", name: text("answer author's name") },
              reactions: { "me-too": 2, insightful: 1 },
            }),
            answerView({ id: "a2", text: "An anonymous answer", anonymous: true, author: null }),
          ],
          [experimentView(text("experiment"), text("experiment owner's name"))],
        ),
        DEEP_LINK,
        EN_WORDS,
      ),
  },
  {
    name: "weekly digest card",
    fields: {
      "scope name": { stored: 100, shown: 100 },
      prompt: PROMPT,
      experiment: { stored: EXPERIMENT_TEXT_MAX, shown: 300 },
      outcome: { stored: OUTCOME_MAX, shown: 300 },
    },
    build: (text) =>
      weeklyDigestCard(
        {
          scopeName: text("scope name"),
          from: "2026-11-23",
          to: "2026-11-29",
          rounds: 3,
          answers: 12,
          experimentsStarted: 2,
          experimentsClosed: 1,
          prompts: [
            { id: null, text: text("prompt") },
            { id: "weekly-next", text: "What can we try next?" },
          ],
          outcomes: [{ text: text("experiment"), status: "done", outcome: text("outcome") }],
          deepLink: DIGEST_LINK,
        },
        EN_WORDS,
      ),
  },
  {
    name: "check-back card",
    fields: {
      experiment: { stored: EXPERIMENT_TEXT_MAX, shown: EXPERIMENT_TEXT_MAX },
      "experiment owner's name": NAME,
    },
    build: (text) =>
      checkBackCard(
        {
          experimentId: "00000000-0000-4000-8000-000000000001",
          scope: "team:dev-team",
          text: text("experiment"),
          owner: { oid: null, name: text("experiment owner's name") },
          dueOn: "2026-11-30",
          deepLink: DEEP_LINK,
          state: "open",
          status: "planned",
          outcome: null,
        },
        EN_WORDS,
      ),
  },
];

/**
 * Beyond the corpus, from reviewing the escaping against CommonMark: an email autolink may start
 * with a digit or a sign, not only with a letter as a URL autolink or a tag does.
 */
const BEYOND_CORPUS = ["<1@evil.example>", "Mail <+phish@evil.example> now", "<9.x@evil.example>"];
const VECTORS = [...XSS_VECTORS, ...BEYOND_CORPUS];

/** How the page turns a TextBlock's markdown into the card's HTML (see card-host-markdown.ts). */
type HostMode = "host-markdown" | "raw-html-host";
const MODES: HostMode[] = ["host-markdown", "raw-html-host"];

/** What a card shows for text the API stored: controls dropped, line ends normalized, cut, isolated. */
function shownText(stored: string, max: number): string {
  const plain = truncate(
    [...stored.replace(/\r\n?/g, "\n")]
      .filter((char) => {
        const code = char.codePointAt(0) ?? 0;
        return code === 9 || code === 10 || (code >= 32 && code !== 127);
      })
      .join(""),
    max,
  );
  return /[\u202a-\u202e\u2066-\u2069]/.test(plain) ? `\u2068${plain}\u2069` : plain;
}

/** Whitespace as a reader sees it: line breaks may be collapsed by the card. */
const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** Where hostile text may land in a card: the `text` of a TextBlock, nowhere else (no URL, no data). */
function foreignStrings(card: unknown, reference: unknown, path = "$"): string[] {
  if (typeof card === "string" || typeof reference === "string") {
    return card === reference ? [] : [path];
  }
  if (Array.isArray(card) && Array.isArray(reference)) {
    if (card.length !== reference.length) return [`${path}: ${card.length} items, not ${reference.length}`];
    return card.flatMap((item, index) => foreignStrings(item, reference[index], `${path}[${index}]`));
  }
  if (card && reference && typeof card === "object" && typeof reference === "object") {
    const a = card as Record<string, unknown>;
    const b = reference as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    if (keys.some((key) => !(key in a) || !(key in b))) return [`${path}: other keys`];
    return keys.flatMap((key) =>
      key === "text" && a.type === "TextBlock" ? [] : foreignStrings(a[key], b[key], `${path}.${key}`),
    );
  }
  return card === reference ? [] : [`${path}: ${String(card)} is not ${String(reference)}`];
}

/** Every `url` in a card: the app's links, which hostile text must never reach. */
function urlsOf(card: unknown): string[] {
  if (Array.isArray(card)) return card.flatMap(urlsOf);
  if (!card || typeof card !== "object") return [];
  return Object.entries(card).flatMap(([key, value]) =>
    key === "url" && typeof value === "string" ? [value] : urlsOf(value),
  );
}

/** Elements that load, link, run or submit something: none of them may come out of text. */
const ACTIVE =
  "a, area, img, image, picture, iframe, frame, frameset, script, object, embed, applet, svg, math, style, link, meta, base, form, video, audio, source, track, details, marquee, template, portal";

interface RenderItem {
  id: string;
  mode: HostMode;
  card: CardJson;
}

interface RenderResult {
  id: string;
  problems: string[];
  text: string;
  tags: string;
  markup: number;
  active: string[];
  handlers: string[];
}

/** The page side: render each card with the given host, keep it in the document, describe it. */
function renderInPage(args: { items: RenderItem[]; markup: string; active: string }): RenderResult[] {
  const page = window as unknown as {
    AdaptiveCards: typeof AdaptiveCardsModule;
    hostMarkdown: (text: string, rawHtml?: boolean) => string;
  };
  const AdaptiveCards = page.AdaptiveCards;
  const root = document.getElementById("cards")!;
  return args.items.map(({ id, mode, card }) => {
    AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
      result.outputHtml = page.hostMarkdown(text, mode === "raw-html-host");
      result.didProcess = true;
    };
    const problems: string[] = [];
    const adaptiveCard = new AdaptiveCards.AdaptiveCard();
    const context = new AdaptiveCards.SerializationContext(AdaptiveCards.Versions.v1_5);
    adaptiveCard.parse(card, context);
    for (let index = 0; index < context.eventCount; index++) {
      problems.push(`parse: ${context.getEventAt(index).message}`);
    }
    for (const event of adaptiveCard.validateProperties().validationEvents) {
      problems.push(`validation: ${event.message}`);
    }
    const element = adaptiveCard.render();
    const holder = document.createElement("section");
    holder.dataset.card = id;
    if (element) holder.append(element);
    else problems.push("the card did not render");
    root.append(holder);
    const elements = Array.from(holder.querySelectorAll("*"));
    return {
      id,
      problems,
      text: holder.textContent ?? "",
      tags: elements.map((node) => node.tagName).join(","),
      markup: holder.querySelectorAll(args.markup).length,
      active: Array.from(holder.querySelectorAll(args.active), (node) => node.outerHTML.slice(0, 120)),
      handlers: elements.flatMap((node) =>
        node
          .getAttributeNames()
          .filter((name) => /^on/i.test(name))
          .map((name) => `${node.tagName}[${name}]`),
      ),
    };
  });
}

interface Watch {
  page: Page;
  dialogs: string[];
  errors: string[];
  requests: string[];
}

let browser: Browser;

/** A blank page with the card renderer and the host markdown model, watched for anything running. */
async function openCardPage(): Promise<Watch> {
  const page = await browser.newPage();
  const watch: Watch = { page, dialogs: [], errors: [], requests: [] };
  page.on("dialog", (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => watch.errors.push(error.message));
  page.on("request", (request) => watch.requests.push(request.url()));
  await page.setContent(
    '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><main id="cards"></main></body></html>',
  );
  await page.addScriptTag({
    path: createRequire(import.meta.url).resolve("adaptivecards/dist/adaptivecards.min.js"),
  });
  await page.addScriptTag({ content: `window.hostMarkdown = ${hostMarkdown.toString()};` });
  return watch;
}

const render = (watch: Watch, items: RenderItem[]) =>
  watch.page.evaluate(renderInPage, { items, markup: HOST_MARKUP, active: ACTIVE });

/** Lets late events fire: image errors, autofocus, animations, navigations. */
const settle = (watch: Watch) => settled(watch.page.mainFrame());

const tripped = (watch: Watch) =>
  watch.page.evaluate(() => (window as unknown as { __xssTripped?: number }).__xssTripped);

let watch: Watch;

beforeAll(async () => {
  browser = await connectChromium();
  watch = await openCardPage();
});

afterAll(async () => {
  await browser?.close();
});

describe(`${XSS_VECTORS.length} XSS vectors (and ${BEYOND_CORPUS.length} more) in every card`, () => {
  let rendered = 0;

  for (const kind of CARD_KINDS) {
    const fields = Object.entries(kind.fields);
    it(`${kind.name}: ${fields.map(([name]) => name).join(", ")} show every vector literally`, async () => {
      const items: RenderItem[] = [];
      const expected = new Map<string, { reference: string; shown: string; label: string }>();
      const failures: string[] = [];
      const fill = (field: string, value: string) => (name: string) =>
        name === field ? value : `Plain ${name}`;

      for (const [field, limits] of fields) {
        const reference = kind.build(fill(field, MARKER));
        for (const mode of MODES) items.push({ id: `${field}|${mode}|reference`, mode, card: reference });
        VECTORS.forEach((vector, index) => {
          const stored = fitTo(vector, limits.stored).trim();
          const card = kind.build(fill(field, stored));
          const label = `${field} #${index} ${JSON.stringify(vector.slice(0, 60))}`;
          for (const problem of foreignStrings(card, reference))
            failures.push(`${label}: card JSON ${problem}`);
          for (const url of urlsOf(card)) if (!APP_URLS.has(url)) failures.push(`${label}: URL ${url}`);
          for (const mode of MODES) {
            const id = `${field}|${mode}|${index}`;
            items.push({ id, mode, card });
            expected.set(id, {
              reference: `${field}|${mode}|reference`,
              shown: shownText(stored, limits.shown),
              label: `${label} (${mode})`,
            });
          }
        });
      }

      const results = new Map((await render(watch, items)).map((result) => [result.id, result]));
      rendered += items.length;
      for (const result of results.values()) {
        const where = expected.get(result.id)?.label ?? result.id;
        if (result.problems.length) failures.push(`${where}: ${result.problems.join("; ")}`);
        if (result.markup) failures.push(`${where}: ${result.markup} markup elements`);
        if (result.active.length) failures.push(`${where}: ${result.active.join(" ")}`);
        if (result.handlers.length) failures.push(`${where}: handlers ${result.handlers.join(" ")}`);
      }
      for (const [id, { reference, shown, label }] of expected) {
        const result = results.get(id)!;
        const base = results.get(reference)!;
        expect(base.text.split(MARKER), `${reference} shows the field once`).toHaveLength(2);
        if (result.tags !== base.tags) failures.push(`${label}: other elements than the plain card`);
        const want = squash(base.text.replace(MARKER, () => shown));
        const got = squash(result.text);
        if (got !== want) {
          let at = 0;
          while (got[at] === want[at]) at += 1;
          const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 20), at + 40));
          failures.push(`${label}: reads ${around(got)}, not ${around(want)}`);
        }
      }
      expect(failures).toEqual([]);
      expect(expected.size).toBe(fields.length * VECTORS.length * MODES.length);
    });
  }

  it("ran no script, opened no dialog and loaded nothing, with every card still in the page", async () => {
    expect(rendered).toBeGreaterThan(CARD_KINDS.length * VECTORS.length * MODES.length);
    await settle(watch);
    expect(await tripped(watch)).toBeUndefined();
    expect(watch.dialogs).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.requests).toEqual([]);
    const everything = await watch.page.evaluate((active) => {
      const root = document.getElementById("cards")!;
      return {
        cards: root.querySelectorAll("section[data-card]").length,
        active: root.querySelectorAll(active).length,
        handlers: Array.from(root.querySelectorAll("*")).filter((node) =>
          node.getAttributeNames().some((name) => /^on/i.test(name)),
        ).length,
        outside: document.body.children.length,
      };
    }, ACTIVE);
    expect(everything).toEqual({ cards: rendered, active: 0, handlers: 0, outside: 1 });
  });
});

describe("the detectors", () => {
  it("catch script, dialogs and markup when text reaches the card unescaped", async () => {
    const control = await openCardPage();
    try {
      const raw = (text: string): CardJson => ({
        type: "AdaptiveCard",
        version: "1.5",
        body: [{ type: "TextBlock", text, wrap: true }],
      });
      const vector = XSS_VECTORS.find((text) => text.startsWith("<img src=x onerror="))!;
      const results = await render(control, [
        { id: "tripwire", mode: "raw-html-host", card: raw(vector) },
        { id: "dialog", mode: "raw-html-host", card: raw(`<img src=x onerror="alert('control')">`) },
        { id: "link", mode: "raw-html-host", card: raw("[click](javascript:alert(1))") },
        { id: "markup", mode: "host-markdown", card: raw("**bold** <b>b</b>") },
      ]);
      await expect.poll(() => tripped(control), { timeout: 5_000 }).toBe(1);
      await expect.poll(() => control.dialogs, { timeout: 5_000 }).toEqual(["alert: control"]);
      const [tripwire, dialog, link, markup] = results;
      expect(tripwire!.active).toHaveLength(1);
      expect(tripwire!.handlers).toEqual(["IMG[onerror]"]);
      expect(dialog!.handlers).toEqual(["IMG[onerror]"]);
      expect(link!.active[0]).toContain('href="javascript:alert(1');
      expect(markup!.markup).toBe(3);
    } finally {
      await control.page.close();
    }
  });
});
