import { afterEach, describe, expect, it } from "vitest";
import { catalogs } from "../../tabs/src/i18n/catalog";
import type { MessageKey } from "../../tabs/src/i18n/catalog";
import {
  formatDate,
  formatNumber,
  loadAllMessages,
  messageLanguage,
  setLocale,
  t,
} from "../../tabs/src/i18n/i18n";
import { common } from "../../tabs/src/i18n/messages/common";
import { sidePanel } from "../../tabs/src/side-panel/messages";
import { stage } from "../../tabs/src/stage/messages";

/** Placeholder names of a message, plural or plain, sorted. */
const placeholders = (template: string) =>
  [...template.matchAll(/\{(\w+)(?:, plural|\})/g)].map((match) => match[1]).sort();

afterEach(() => setLocale("en-US"));

describe("side panel and stage messages", () => {
  for (const [name, catalog] of Object.entries({ common, sidePanel, stage })) {
    it(`${name}: German fills the same placeholders as English`, () => {
      for (const [key, english] of Object.entries(catalog.en)) {
        const german = (catalog.de as Record<string, string>)[key];
        expect(german, key).toBeTruthy();
        expect(placeholders(german!), key).toEqual(placeholders(english));
      }
    });
  }

  it("speaks German with German numbers and plurals, and falls back to English for other languages", () => {
    setLocale("de-DE");
    expect(messageLanguage()).toBe("de");
    expect(t("composer.count", { count: 15, max: 1000 })).toBe("15 von 1.000 Zeichen");
    expect(t("round.answerCount", { count: 1 })).toBe("1 Antwort");
    expect(t("reaction.label", { label: t("reaction.me-too"), count: 3 })).toBe(
      "Geht mir auch so, 3 Personen",
    );
    expect(formatNumber(1234.5)).toBe("1.234,5");
    expect(formatDate("2020-02-03")).toBe("03.02.2020");
    setLocale("fr-FR");
    expect(messageLanguage()).toBe("en");
    expect(t("prompt.start")).toBe("Start learning moment");
  });

  it("leaves no unfilled message syntax in any message, for zero, one and many", async () => {
    await loadAllMessages();
    for (const locale of ["en-US", "de-DE"]) {
      setLocale(locale);
      for (const key of Object.keys(catalogs.en!) as MessageKey[]) {
        for (const count of [0, 1, 2]) {
          const values = Object.fromEntries(placeholders(catalogs.en![key]!).map((name) => [name!, count]));
          expect(t(key, values), `${locale} ${key} ${count}`).not.toMatch(/[{}]|plural,/);
        }
      }
    }
  });

  it("takes an =0 branch for zero where a message has one", () => {
    expect(t("composer.guardFewAnswers", { count: 0 })).toMatch(/^No answers so far\. /);
    expect(t("composer.guardFewAnswers", { count: 1 })).toMatch(/^Only one answer so far\. /);
    setLocale("de-DE");
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
});
