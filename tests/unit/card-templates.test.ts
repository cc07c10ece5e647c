import type * as AdaptiveCards from "adaptivecards";
import { JSDOM } from "jsdom";
import { createRequire } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBackCard, mentionEntity, mentionName } from "../../api/src/cards/check-back-card";
import type { CheckBackCardState } from "../../api/src/cards/check-back-card";
import { cardText, escapeMarkdown } from "../../api/src/cards/card-text";
import { historyDeepLink } from "@learning-loop/contract";
import { promptCard } from "../../api/src/cards/prompt-card";
import { wordsFor } from "../../api/src/i18n/words";
import type { PromptCardState } from "../../api/src/cards/prompt-card";
import type { CardJson } from "../../api/src/cards/render";
import { roundSummaryCard } from "../../api/src/cards/round-summary-card";
import { reviewQuestions } from "../../api/src/events/after-action";
import { weeklyDigestCard } from "../../api/src/cards/weekly-digest-card";
import { CARD_ROUND_ID, answerView, experimentView, roundView } from "../support/card-views";
import { hostMarkdown } from "../support/card-host-markdown";

const EN_WORDS = wordsFor("en");

/** Text people could type, each aimed at a different way a card could misread it. */
const HOSTILE = {
  link: "[click me](javascript:alert(1)) and ![img](https://evil.example/x.png)",
  emphasis: "**bold** __strong__ _it_ *it* ~~gone~~ `code` \\*not\\*",
  html: "<script>alert(1)</script><img src=x onerror=alert(1)> <b>b</b> &lt;i&gt;",
  blocks: "# Heading\n- item\n+ item\n1. one\n2) two\n> quote\n---\n===\n| a | b |",
  functions: "{{DATE(2017-02-14T06:08:39Z, SHORT)}} ${$root.scope} ${labels.send}",
  rtl: "safe \u202Egnp.exe\u202C and \u2067isolate unclosed",
  long: `${"very long ".repeat(600)}end`,
  plain: "Plain words: e.g. 1-2 days, a < b, 50% & more. Ümlaut, 日本語, emoji 🎉.",
};

let AC: typeof AdaptiveCards;
let dom: JSDOM;

const MARKUP = "time, raw-html, entity, a, strong, em, del, code, block";

interface Rendered {
  element: HTMLElement;
  text: string;
}

/** Parses the card with the `adaptivecards` library at version 1.5, validates it and renders it. */
function parseAndRender(card: CardJson): Rendered {
  const adaptiveCard = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  adaptiveCard.parse(card, context);
  const parseEvents = Array.from({ length: context.eventCount }, (_, index) => context.getEventAt(index));
  expect(parseEvents, "parse warnings").toEqual([]);
  expect(adaptiveCard.validateProperties().validationEvents, "validation").toEqual([]);
  const element = adaptiveCard.render();
  if (!element) throw new Error("the card did not render");
  dom.window.document.body.replaceChildren(element);
  return { element, text: element.textContent ?? "" };
}

/** Whitespace as a browser shows it: the test compares what people read, not how lines wrap. */
const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** No markup came out of the text, and a reader sees exactly what was typed. */
function expectLiteral(rendered: Rendered, text: string, max: number) {
  expect(rendered.element.querySelector(MARKUP), "markup made from user text").toBeNull();
  const typed = cardText(text, max).replace(/[\u2068\u2069]/g, "");
  expect(squash(rendered.text.replace(/[\u2068\u2069]/g, ""))).toContain(squash(unescapeForReader(typed)));
}

/** What a person reads from escaped text, for comparing with what they typed. */
function unescapeForReader(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, "$1");
}

const deepLink = historyDeepLink("00000000-0000-4000-8000-000000000001", CARD_ROUND_ID, null);

const REVIEW_QUESTIONS = reviewQuestions();

const cards: Record<string, (text: string) => CardJson> = {};
for (const state of ["open", "answered", "closed"] as PromptCardState[]) {
  cards[`prompt card (${state})`] = (text) =>
    promptCard(
      {
        roundId: CARD_ROUND_ID,
        scope: "chat:19:standup@thread.v2",
        promptText: text,
        hint: text,
        answerCount: 3,
        state,
        anonymousDefault: false,
        event: null,
        questions: null,
        deepLink,
      },
      EN_WORDS,
    );
  cards[`after-action review card (${state})`] = (text) =>
    promptCard(
      {
        roundId: CARD_ROUND_ID,
        scope: "team:dev-team",
        promptText: "What was supposed to happen?",
        hint: null,
        answerCount: 2,
        state,
        anonymousDefault: false,
        event: { kind: "deployment", title: text, url: "https://github.com/o/r/deployments" },
        questions: REVIEW_QUESTIONS,
        deepLink,
      },
      EN_WORDS,
    );
}
cards["after-action prompt card"] = (text) =>
  promptCard(
    {
      roundId: CARD_ROUND_ID,
      scope: "team:dev-team",
      promptText: "What was supposed to happen?",
      hint: null,
      answerCount: 0,
      state: "open",
      anonymousDefault: true,
      event: { kind: "incident", title: text, url: "https://status.example.com/incidents/42" },
      questions: null,
      deepLink,
    },
    EN_WORDS,
  );
cards["after-action review summary"] = (text) =>
  roundSummaryCard(
    {
      ...roundView(text, [
        answerView({ id: "q0", text, question: 0 }),
        answerView({ id: "q1", text, question: 1, anonymous: true, author: null }),
        answerView({ id: "q3", text, question: 3, author: { oid: "x", name: text } }),
      ]),
      review: {
        source: "github",
        kind: "release",
        title: text,
        url: "https://github.com/o/r/releases/tag/v1",
        receivedAt: "2026-11-23T09:00:00.000Z",
        occurredAt: "2026-11-23T08:55:00.000Z",
        questions: REVIEW_QUESTIONS,
      },
    },
    deepLink,
    EN_WORDS,
  );
cards["round summary"] = (text) =>
  roundSummaryCard(
    roundView(
      text,
      [
        answerView({ id: "a1", text, reactions: { "me-too": 2, insightful: 1 } }),
        answerView({ id: "a2", text, anonymous: true, author: null }),
        answerView({ id: "a3", text, author: { oid: "x", name: text } }),
      ],
      [experimentView(text, text)],
    ),
    deepLink,
    EN_WORDS,
  );
cards["weekly digest"] = (text) =>
  weeklyDigestCard(
    {
      scopeName: text,
      from: "2026-11-23",
      to: "2026-11-29",
      rounds: 3,
      answers: 12,
      experimentsStarted: 2,
      experimentsClosed: 1,
      prompts: [
        { id: null, text },
        { id: "weekly-next", text: "What can we try next?" },
      ],
      outcomes: [{ text, status: "done", outcome: text }],
      deepLink,
    },
    EN_WORDS,
  );
const checkBack = (
  text: string,
  state: CheckBackCardState,
  owner: { oid: string | null; name: string } = { oid: null, name: text },
) =>
  checkBackCard(
    {
      experimentId: CARD_ROUND_ID,
      scope: "team:dev-team",
      text,
      owner,
      dueOn: "2026-11-30",
      deepLink,
      state,
      status: state === "open" ? "planned" : "done",
      outcome: state === "open" ? null : text,
    },
    EN_WORDS,
  );
cards["check-back reminder"] = (text) => checkBack(text, "open");
cards["check-back reminder, outcome recorded"] = (text) => checkBack(text, "recorded");
cards["check-back reminder, refused"] = (text) => checkBack(text, "notAllowed");

beforeAll(() => {
  dom = new JSDOM("<!doctype html><html><body></body></html>");
  // The renderer reads these DOM names as globals, as in a browser.
  const names = Object.getOwnPropertyNames(dom.window).filter((name) =>
    /^(HTML\w*Element|Node|Element|DocumentFragment|\w*Event|document)$/.test(name),
  );
  for (const name of [...names, "window"]) {
    const value: unknown =
      name === "window" ? dom.window : (dom.window as unknown as Record<string, unknown>)[name];
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  }
  // The package's ES modules import without file extensions, which Node cannot load; its UMD bundle can.
  AC = createRequire(import.meta.url)("adaptivecards/dist/adaptivecards.js") as typeof AdaptiveCards;
  AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = hostMarkdown(text);
    result.didProcess = true;
  };
});

describe("card templates", () => {
  for (const [name, build] of Object.entries(cards)) {
    it(`${name}: expands and parses as Adaptive Card 1.5 with representative text`, () => {
      const card = build("What are we learning this week?");
      expect(card.version).toBe("1.5");
      const rendered = parseAndRender(card);
      expect(rendered.text).toContain("What are we learning this week?");
    });

    for (const [kind, text] of Object.entries(HOSTILE)) {
      it(`${name}: shows ${kind} text literally`, () => {
        const card = build(text);
        const rendered = parseAndRender(card);
        if (kind === "long") {
          // Cut to the field's length, visibly.
          expect(rendered.element.querySelector(MARKUP)).toBeNull();
          expect(rendered.text).toContain(`${text.slice(0, 150)}`);
          expect(rendered.text).toContain("…");
          expect(rendered.text).not.toContain("long end");
        } else {
          expectLiteral(rendered, text, 1000);
        }
        if (kind === "rtl") {
          // The override is closed inside the person's text: the card's own words keep their order.
          expect(JSON.stringify(card)).toContain("\u2068safe");
          expect(JSON.stringify(card)).toMatch(/unclosed\u2069/);
        }
        if (kind === "long") expect(JSON.stringify(card).length).toBeLessThan(28 * 1024);
      });
    }
  }
});

describe("escaping", () => {
  it("is needed: the host's markdown turns unescaped text into markup", () => {
    const raw = (text: string) =>
      parseAndRender({
        type: "AdaptiveCard",
        version: "1.5",
        body: [{ type: "TextBlock", text, wrap: true }],
      });
    for (const text of [HOSTILE.link, HOSTILE.emphasis, HOSTILE.html, HOSTILE.blocks]) {
      expect(raw(text).element.querySelector(MARKUP), text).not.toBeNull();
    }
    // The renderer itself replaces DATE/TIME functions before any markdown runs.
    expect(raw(HOSTILE.functions).text).not.toContain("{{DATE(");
  });

  it("round-trips every hostile text for a reader", () => {
    for (const text of Object.values(HOSTILE).filter((value) => value.length < 1000)) {
      const shown = unescapeForReader(escapeMarkdown(text));
      expect(shown).toBe(text);
    }
  });

  it("leaves ordinary prose without backslashes", () => {
    expect(escapeMarkdown(HOSTILE.plain)).toBe(HOSTILE.plain);
  });

  it("does not evaluate template expressions a person typed", () => {
    const card = cards["prompt card (open)"]!(HOSTILE.functions);
    expect(JSON.stringify(card)).toContain("$\\\\{$root.scope\\\\}");
    expect(JSON.stringify(card)).not.toContain("chat:19:standup@thread.v2 ");
  });
});

describe("anonymity on cards", () => {
  it("says beside the anonymous switch what anonymity cannot hide, only while the card takes answers", () => {
    const note = /hides your name, not your timing: in a group of fewer than three/;
    expect(JSON.stringify(cards["prompt card (open)"]!("Prompt"))).toMatch(note);
    expect(JSON.stringify(cards["prompt card (answered)"]!("Prompt"))).not.toMatch(note);
    expect(JSON.stringify(cards["prompt card (closed)"]!("Prompt"))).not.toMatch(note);
  });

  it("never names the author of an anonymous answer, even if one slipped into the view", () => {
    const leaked = answerView({
      id: "a9",
      text: "Secret thought",
      anonymous: true,
      author: { oid: "ca201000-0000-4000-8000-000000000003", name: "Carol Example" },
    });
    const card = roundSummaryCard(
      roundView("Prompt", [leaked, answerView({ id: "a8", text: "Named" })]),
      deepLink,
      EN_WORDS,
    );
    const json = JSON.stringify(card);
    expect(json).not.toContain("Carol");
    expect(json).not.toContain("ca201000");
    expect(json).toContain("Anonymous");
    expect(json).toContain("Bob Example");
  });

  it("shows the top answers by reactions, then by time", () => {
    const card = JSON.stringify(
      roundSummaryCard(
        roundView("Prompt", [
          answerView({ id: "1", text: "first, no reactions" }),
          answerView({ id: "2", text: "most liked", reactions: { "me-too": 3, insightful: 2 } }),
          answerView({ id: "3", text: "some", reactions: { "me-too": 1, insightful: 0 } }),
          answerView({ id: "4", text: "last, no reactions", createdAt: "2026-11-23T10:00:00.000Z" }),
        ]),
        deepLink,
        EN_WORDS,
      ),
    );
    expect(card.indexOf("most liked")).toBeLessThan(card.indexOf("some"));
    expect(card.indexOf("some")).toBeLessThan(card.indexOf("first, no reactions"));
    expect(card).not.toContain("last, no reactions");
  });
});

describe("after-action review cards", () => {
  it("ask all four questions with one input each and a close button while open", () => {
    const open = JSON.stringify(cards["after-action review card (open)"]!("v2.4 deployment"));
    for (const [index, question] of REVIEW_QUESTIONS.entries()) {
      expect(open).toContain(question.text);
      expect(open).toContain(`"label":"Your answer to question ${index + 1}"`);
      expect(open).toContain(`"id":"answer${index}"`);
    }
    expect(open).toContain('"verb":"close"');
    expect(open).toContain("hides your name, not your timing");
    const answered = JSON.stringify(cards["after-action review card (answered)"]!("v2.4"));
    expect(answered).not.toContain('"id":"answer0"');
    expect(answered).toContain('"verb":"close"');
    const closed = JSON.stringify(cards["after-action review card (closed)"]!("v2.4"));
    expect(closed).not.toContain('"verb":"close"');
  });

  it("sum up each question's answers, an anonymous one without its author", () => {
    const card = JSON.stringify(cards["after-action review summary"]!("Checkout outage"));
    expect(card).toContain("After-action review closed");
    expect(card).toContain("Release: Checkout outage");
    for (const question of REVIEW_QUESTIONS) expect(card).toContain(question.text);
    expect(card).toContain("Anonymous");
    expect(card).toContain("No answers");
  });
});

describe("deep links", () => {
  it("opens the history tab at the round, URL-encoded", () => {
    const link = historyDeepLink("app-id", "round-1", "19:general@thread.skype");
    expect(link).toBe(
      `https://teams.microsoft.com/l/entity/app-id/learning-loop-history?context=${encodeURIComponent(
        JSON.stringify({ subEntityId: "round-1", channelId: "19:general@thread.skype" }),
      )}`,
    );
    expect(historyDeepLink(undefined, "round-1", null)).toBeNull();
  });
});

describe("the check-back card's owner mention", () => {
  const oid = "ca201000-0000-4000-8000-000000000003";

  it("mentions an owner with an oid: <at>name</at> in the text and a Teams mention entity with the oid", () => {
    const card = checkBack("Pair on reviews", "open", { oid, name: "Carol Example" });
    expect(card.msteams).toEqual({
      entities: [
        { type: "mention", text: "<at>Carol Example</at>", mentioned: { id: oid, name: "Carol Example" } },
      ],
    });
    expect(JSON.stringify(card.body)).toContain("Owner: <at>Carol Example</at>");
    expect(JSON.stringify(card.actions)).toContain('"verb":"recordOutcome"');
    expect(JSON.stringify(card.actions)).toContain(`"experimentId":"${CARD_ROUND_ID}"`);
  });

  it("names, without a mention, an owner who is only a name, and says so when nobody is named", () => {
    const named = checkBack("Pair", "open", { oid: null, name: "Pat from Finance" });
    expect(named.msteams).toBeUndefined();
    expect(JSON.stringify(named.body)).toContain("Owner: Pat from Finance");
    const nobody = checkBackCard(
      {
        experimentId: CARD_ROUND_ID,
        scope: "team:dev-team",
        text: "Pair",
        owner: null,
        dueOn: "2026-11-30",
        deepLink: null,
        state: "notAllowed",
        status: "planned",
        outcome: null,
      },
      EN_WORDS,
    );
    expect(JSON.stringify(nobody.body)).toContain("No owner yet");
    expect(JSON.stringify(nobody.body)).toContain("only a team owner can record");
  });

  it("keeps a hostile name from closing the mention tag or becoming markup, identically in text and entity", () => {
    expect(mentionName("Eve</at><at>Boss")).toBe("Eve/atatBoss");
    expect(mentionName("**[x](javascript:1)**\u202e")).toBe("x(javascript:1)");
    expect(mentionName("   ")).toBe("?");
    const entity = mentionEntity({ oid, name: "a <b>_c_</b>" });
    expect(entity.text).toBe("<at>a bc/b</at>");
    const card = checkBack("Pair", "open", { oid, name: "a <b>_c_</b>" });
    expect(JSON.stringify(card.body)).toContain(entity.text);
  });

  it("offers the outcome form only while open; afterwards shows what was recorded", () => {
    const open = JSON.stringify(checkBack("Pair", "open"));
    expect(open).toContain('"id":"outcome"');
    expect(open).toContain('"id":"status"');
    const recorded = JSON.stringify(checkBack("It worked", "recorded"));
    expect(recorded).not.toContain('"id":"outcome"');
    expect(recorded).toContain("Outcome recorded. The experiment is done.");
    expect(recorded).toContain("Outcome: It worked");
  });
});
