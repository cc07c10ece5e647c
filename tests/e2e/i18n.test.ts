import type { RoundView } from "@learning-loop/contract";
import type { Browser, Frame } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { meetingIdFor } from "../../tabs/dev/host-context";
import { connectChromium } from "./support/shared-browser";
import { pseudoMessage } from "@learning-loop/contract";
import { sidePanel } from "../../tabs/src/side-panel/messages";
import { api, appFrame, hostUrl, scopePath } from "./support/meeting";

/**
 * Every surface in the team's language (docs/i18n.md), through the local Teams host page's
 * `locale` parameter:
 *
 * - the pseudo-locale `qps-ploc` accents every string that goes through the i18n layer, so a plain
 *   ASCII letter on the page is a string that bypassed it. The team here is Eve's (another tenant,
 *   untouched by the other browser tests), and everything the test types is itself accented, so
 *   only people's names are allowed to stay plain;
 * - Arabic lays every page out right to left;
 * - the longest language fits a 320 px side panel and a 320 px wide tab without overflowing.
 */

const EVE = "eve";
const EVE_TEAM = "team:eve-team";
/**
 * Data shown as it is in every language: names Teams gives people, and values of settings that
 * name things outside the app (the default GitHub label, the signature header's name).
 */
const AS_IS = ["Eve Example", "incident", "X-LearningLoop-Signature"];
const WAIT = { timeout: 15_000 };

let browser: Browser;
let roundId: string;

beforeAll(async () => {
  browser = await connectChromium();
  // Eve's team, in text with no plain ASCII letter: a name, a team prompt, a round with answers,
  // an experiment and a closed round in the history.
  const settings = await api<{ etag: string }>(EVE, "GET", scopePath(EVE_TEAM));
  await api(EVE, "PUT", scopePath(EVE_TEAM), { name: "Ţéáɱ Éṽé" }, { "if-match": settings.body.etag });
  const meetingId = meetingIdFor(EVE_TEAM);
  const current = await api<RoundView>(
    EVE,
    "GET",
    `${scopePath(EVE_TEAM)}/rounds/current?meetingId=${meetingId}`,
  );
  if (current.status === 200)
    await api(EVE, "POST", `${scopePath(EVE_TEAM)}/rounds/${current.body.id}/close`);
  const closed = await startRound(meetingId, "weekly-learning");
  await answer(closed, "Ŵé ļéáŕñéð ţö áśķ ƀéƒöŕé ŵé ƀúíļð.");
  await api(EVE, "POST", `${scopePath(EVE_TEAM)}/experiments`, {
    id: crypto.randomUUID(),
    roundId: closed,
    text: "Ţŕý ƥáíŕíñĝ öñ Ţĥúŕšðáýš",
  });
  await api(EVE, "POST", `${scopePath(EVE_TEAM)}/rounds/${closed}/close`);
  roundId = await startRound(meetingId, "safe-help");
  await answer(roundId, "Ƥáíŕíñĝ ŵöŕķéð ŵéļļ ţĥíš ŵééķ.");
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function startRound(meetingId: string, promptId: string): Promise<string> {
  const started = await api<RoundView>(EVE, "POST", `${scopePath(EVE_TEAM)}/rounds`, {
    id: crypto.randomUUID(),
    promptId,
    meetingId,
  });
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  return started.body.id;
}

async function answer(round: string, text: string) {
  const answered = await api(EVE, "POST", `${scopePath(EVE_TEAM)}/rounds/${round}/answers`, {
    id: crypto.randomUUID(),
    text,
  });
  expect(answered.status, JSON.stringify(answered.body)).toBe(201);
}

type View = "sidePanel" | "meetingStage" | "content" | "settings";

async function open(view: View, locale: string, options: { scope?: string; width?: number } = {}) {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(hostUrl(EVE, { view, scope: options.scope ?? EVE_TEAM, locale }));
  const app = page.frameLocator('iframe[title="Learning Loop app"]');
  await app.locator("h1, h2").first().waitFor(WAIT);
  return { context, page, app, frame: () => appFrame(page) };
}

/** Lets the page finish what it loads after its heading: lazy parts, the second GETs, fonts. */
async function settle(frame: Frame) {
  await frame.waitForLoadState("networkidle").catch(() => undefined);
  await frame.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
}

/**
 * Every text a person can read or hear in the app: visible text nodes and the accessible names,
 * descriptions, placeholders and titles that a screen reader announces.
 */
function readableTexts(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, noscript, [hidden], [aria-hidden='true']")) continue;
      if (!parent.checkVisibility({ visibilityProperty: true })) continue;
      const text = node.textContent?.trim();
      if (text) texts.push(text);
    }
    for (const element of document.body.querySelectorAll(
      "[aria-label], [aria-description], [placeholder], [title], img[alt]",
    )) {
      for (const attribute of ["aria-label", "aria-description", "placeholder", "title", "alt"]) {
        const value = element.getAttribute(attribute)?.trim();
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

/** Texts with a plain ASCII letter once people's names are taken out: strings that bypassed i18n. */
async function untranslated(frame: Frame): Promise<string[]> {
  const texts = await readableTexts(frame);
  expect(
    texts.some((text) => /^\[.*·\]$/u.test(text)),
    "the page shows pseudo-localized text",
  ).toBe(true);
  return texts.filter((text) =>
    /[A-Za-z]/.test(AS_IS.reduce((rest, name) => rest.replaceAll(name, ""), text)),
  );
}

describe("the pseudo-locale shows every string through the i18n layer", () => {
  const surfaces: [string, View, string?][] = [
    ["side panel with an open round", "sidePanel"],
    ["meeting stage", "meetingStage"],
    ["history", "content"],
    ["configuration", "settings"],
    ["personal app", "content", "personal"],
  ];
  for (const [name, view, scope] of surfaces) {
    it(`${name}: no plain English`, async () => {
      const { context, frame } = await open(view, "qps-ploc", scope ? { scope } : {});
      try {
        await settle(frame());
        expect(await untranslated(frame())).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it("side panel dialogs (We'll try this, My experiments): no plain English", async () => {
    const { context, page, app, frame } = await open("sidePanel", "qps-ploc");
    try {
      // Controls are found by their pseudo-localized names, as a screen reader would hear them.
      const named = (key: keyof typeof sidePanel) => pseudoMessage(sidePanel[key]).replace(/\s+/g, " ");
      await app
        .getByRole("button", { name: named("experiment.try") })
        .first()
        .click();
      const dialog = app.getByRole("dialog");
      await dialog.waitFor(WAIT);
      await settle(frame());
      expect(await untranslated(frame())).toEqual([]);
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "detached", ...WAIT });
      await app.getByRole("button", { name: named("panel.myExperiments") }).click();
      await app.getByRole("dialog").waitFor(WAIT);
      await settle(frame());
      expect(await untranslated(frame())).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("history's other views (experiments board, insights): no plain English", async () => {
    const { context, app, frame } = await open("content", "qps-ploc");
    try {
      for (const tab of await app.getByRole("tab").all()) {
        await tab.click();
        await settle(frame());
        expect(await untranslated(frame()), (await tab.textContent()) ?? "").toEqual([]);
      }
    } finally {
      await context.close();
    }
  });
});

describe("Arabic lays out right to left", () => {
  for (const view of ["sidePanel", "meetingStage", "content", "settings"] as const) {
    it(`${view}: rtl document, Fluent in rtl, text starting at the right, no horizontal overflow`, async () => {
      const { context, app, frame } = await open(view, "ar-SA");
      try {
        await settle(frame());
        const layout = await frame().evaluate(() => {
          const heading = document.querySelector("h1, h2")!;
          const box = heading.getBoundingClientRect();
          return {
            lang: document.documentElement.lang,
            dir: document.documentElement.dir,
            fluent: document.querySelector(".fui-FluentProvider")?.getAttribute("dir"),
            direction: getComputedStyle(heading).direction,
            // Right-aligned: the heading's text hugs the right edge of its box.
            gapRight: window.innerWidth - box.right,
            gapLeft: box.left,
            overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          };
        });
        expect(layout).toMatchObject({ lang: "ar", dir: "rtl", fluent: "rtl", direction: "rtl" });
        expect(layout.overflow).toBeLessThanOrEqual(0);
        if (view === "sidePanel") {
          // The library prompt reads in Arabic, by its id.
          await expect
            .poll(() => app.getByRole("heading", { level: 1 }).textContent(), WAIT)
            .not.toMatch(/[A-Za-z]/);
        }
      } finally {
        await context.close();
      }
    });
  }
});

describe("the longest language fits 320 px", () => {
  for (const view of ["sidePanel", "content", "settings"] as const) {
    it(`${view} in French at 320 px: nothing overflows sideways and no button clips its label`, async () => {
      // The side panel is 320 px in the host page itself; the tabs get a 320 px wide window.
      const { context, frame } = await open(view, "fr-FR", view === "sidePanel" ? {} : { width: 320 });
      try {
        await settle(frame());
        const problems = await frame().evaluate(() => {
          const found: string[] = [];
          const root = document.documentElement;
          const width = root.clientWidth;
          if (root.scrollWidth > width + 1) found.push(`page scrolls sideways: ${root.scrollWidth}px`);
          // The innermost elements that run past the edge (a parent that only holds them is not named again).
          const past = [...document.body.querySelectorAll<HTMLElement>("*")].filter((element) => {
            if (!element.checkVisibility()) return false;
            const box = element.getBoundingClientRect();
            return box.width > 0 && (box.right > width + 1 || box.left < -1);
          });
          for (const element of past) {
            if (past.some((other) => other !== element && element.contains(other))) continue;
            const name = `${element.tagName.toLowerCase()}${element.className ? "." + String(element.className).split(" ")[0] : ""}`;
            found.push(`${name} "${element.textContent?.trim().slice(0, 40)}" runs past the edge`);
          }
          for (const element of document.querySelectorAll<HTMLElement>(
            "button, [role='tab'], label, h1, h2, h3",
          )) {
            if (!element.checkVisibility()) continue;
            if (
              element.scrollWidth > element.clientWidth + 1 &&
              getComputedStyle(element).overflow !== "visible"
            ) {
              found.push(`${element.tagName} "${element.textContent?.trim()}" clips its text`);
            }
          }
          return found;
        });
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

/** The language whose strings are longest in total: the one that must fit. */
describe("which language is longest", () => {
  it("is French, the one the 320 px checks use", async () => {
    const { catalogOf } = await import("../../tabs/src/i18n/i18n");
    const { LANGUAGES } = await import("@learning-loop/contract");
    const lengths = await Promise.all(
      LANGUAGES.map(async (language) => {
        const catalog =
          language === "en" ? (await import("../../tabs/src/i18n/english")).en : await catalogOf(language);
        return [language, Object.values(catalog).join("").length] as const;
      }),
    );
    const longest = [...lengths].sort((a, b) => b[1] - a[1])[0]![0];
    expect(longest, JSON.stringify(lengths)).toBe("fr");
  });
});
