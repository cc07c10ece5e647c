import { LANGUAGES, parseMessage, placeholdersOf, pseudoMessage } from "@learning-loop/contract";
import { afterEach, describe, expect, it } from "vitest";
import { PROMPT_LIBRARY } from "../../api/src/prompts/library";
import { en } from "../../tabs/src/i18n/english";
import type { MessageKey } from "../../tabs/src/i18n/english";
import {
  catalogOf,
  formatDate,
  formatNumber,
  loadAllMessages,
  loadLanguage,
  messageDirection,
  messageLanguage,
  promptWords,
  setLocale,
  shippedLanguages,
  t,
} from "../../tabs/src/i18n/i18n";

afterEach(() => setLocale("en-US"));

describe("the tabs' catalogs", () => {
  it("ship every language the app speaks", () => {
    expect([...shippedLanguages()].sort()).toEqual([...LANGUAGES].sort());
  });

  for (const language of LANGUAGES.filter((language) => language !== "en")) {
    it(`${language}: has every key with the same placeholders, and every message parses`, async () => {
      const catalog = await catalogOf(language);
      const missing = Object.keys(en).filter((key) => !catalog[key]);
      expect(missing, `${language} lacks these keys`).toEqual([]);
      for (const [key, english] of Object.entries(en)) {
        expect(() => parseMessage(catalog[key]!), `${language} ${key}`).not.toThrow();
        expect(placeholdersOf(catalog[key]!), `${language} ${key}`).toEqual(placeholdersOf(english));
      }
    });

    it(`${language}: translates every library prompt and its hint`, async () => {
      const catalog = await catalogOf(language);
      for (const prompt of PROMPT_LIBRARY) {
        expect(catalog[`library.${prompt.id}.text`], `${language} ${prompt.id}`).toBeTruthy();
        expect(catalog[`library.${prompt.id}.hint`], `${language} ${prompt.id} hint`).toBeTruthy();
      }
    });
  }

  it("leaves no unfilled message syntax in any message of any language, for 0, 1, 2, 3, 11 and 100", async () => {
    await loadAllMessages();
    for (const locale of [...LANGUAGES, "qps-ploc"]) {
      setLocale(locale);
      await loadLanguage();
      for (const key of Object.keys(en) as MessageKey[]) {
        for (const count of [0, 1, 2, 3, 11, 100]) {
          const values = Object.fromEntries(placeholdersOf(en[key]).map((name) => [name, count]));
          expect(t(key, values), `${locale} ${key} ${count}`).not.toMatch(/[{}]|plural,/);
        }
      }
    }
  });
});

describe("the i18n layer", () => {
  it("speaks German with German numbers and plurals", async () => {
    setLocale("de-DE");
    await loadLanguage();
    expect(messageLanguage()).toBe("de");
    expect(t("composer.count", { count: 15, max: 1000 })).toBe("15 von 1.000 Zeichen");
    expect(t("round.answerCount", { count: 1 })).toBe("1 Antwort");
    expect(t("reaction.label", { label: t("reaction.me-too"), count: 3 })).toBe(
      "Geht mir auch so, 3 Personen",
    );
    expect(formatNumber(1234.5)).toBe("1.234,5");
    expect(formatDate("2020-02-03")).toBe("03.02.2020");
  });

  it("falls back to English, with English dates, for a language it does not speak", () => {
    setLocale("it-IT");
    expect(messageLanguage()).toBe("en");
    expect(t("prompt.start")).toBe("Start learning moment");
    expect(formatDate("2020-02-03")).toBe("Feb 3, 2020");
  });

  it("takes plural rules from the language shown, not from the reader's locale", () => {
    // An Italian reader sees English: English rules, whatever Italian would say.
    setLocale("it-IT");
    expect(t("stage.count", { count: 1 })).toBe("1 answer");
    expect(t("stage.count", { count: 0 })).toBe("0 answers");
  });

  it("takes an =0 branch for zero where a message has one", async () => {
    expect(t("composer.guardFewAnswers", { count: 0 })).toMatch(/^No answers so far\. /);
    expect(t("composer.guardFewAnswers", { count: 1 })).toMatch(/^Only one answer so far\. /);
    setLocale("de-DE");
    await loadLanguage();
    expect(t("composer.guardFewAnswers", { count: 0 })).toMatch(/^Noch keine Antworten\. /);
  });

  it("names anonymous answers in announcements without an author", () => {
    expect(t("announce.anonymous", { text: "I was unsure" })).toBe("New anonymous answer: I was unsure");
    expect(t("announce.answer", { author: "Bob Example", text: "Pairing helped" })).toBe(
      "New answer from Bob Example: Pairing helped",
    );
    expect(t("connection.waiting", { count: 1 })).toMatch(/^1 answer is saved on this device/);
    expect(t("connection.waiting", { count: 2 })).toMatch(/^2 answers are saved on this device/);
  });

  it("shows library prompts in the reader's language and a team's own prompts as typed", async () => {
    const library = PROMPT_LIBRARY[0]!;
    setLocale("de-DE");
    await loadLanguage();
    expect(promptWords({ ...library, source: "library" }).text).toBe("Was lernen wir diese Woche?");
    expect(promptWords({ id: "c1", source: "custom", text: "Our own words", hint: null })).toEqual({
      text: "Our own words",
      hint: null,
    });
  });

  it("accents and lengthens every string in the pseudo-locale, keeping placeholders and plurals", async () => {
    setLocale("qps-ploc");
    await loadLanguage();
    expect(messageDirection()).toBe("ltr");
    const shown = t("stage.count", { count: 2 });
    expect(shown).toMatch(/^\[2 áñšŵéŕš ·+\]$/);
    expect(pseudoMessage("{n, plural, one {# day} other {# days}}")).toMatch(
      /^\[\{n, plural, one \{# ðáý\} other \{# ðáýš\}\} ·{16}\]$/,
    );
    expect(t("app.failed", { message: "boom" })).toContain("boom");
    expect(formatDate("2020-02-03")).not.toMatch(/[A-Za-z]/);
  });
});
