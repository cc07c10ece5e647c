import { LANGUAGES, languageFromAcceptLanguage, parseMessage, placeholdersOf } from "@learning-loop/contract";
import { describe, expect, it } from "vitest";
import { PROMPT_LIBRARY } from "../../api/src/prompts/library";
import { en } from "../../api/src/i18n/strings";
import { wordsFor, wordsForLocale } from "../../api/src/i18n/words";
import { defaultSettings } from "../../api/src/scopes/scope-settings";
import { mergeSettings } from "../../api/src/scopes/settings-merge";

/** Every string of a (nested) strings object, by dotted key. */
const flat = (value: object, prefix = ""): [string, string][] =>
  Object.entries(value).flatMap(([key, item]) =>
    typeof item === "string" ? [[`${prefix}${key}`, item]] : flat(item as object, `${prefix}${key}.`),
  );

describe("the API's strings", () => {
  for (const language of LANGUAGES.filter((language) => language !== "en")) {
    it(`${language}: every English key, the same placeholders, every message parses, every library prompt`, () => {
      const words = wordsFor(language);
      expect(words.language).toBe(language);
      const translated = new Map(flat(words.s));
      for (const [key, english] of flat(en)) {
        const text = translated.get(key);
        expect(text, `${language} ${key}`).toBeTruthy();
        expect(() => parseMessage(text!), `${language} ${key}`).not.toThrow();
        expect(placeholdersOf(text!), `${language} ${key}`).toEqual(placeholdersOf(english));
      }
      for (const prompt of PROMPT_LIBRARY) {
        const shown = words.prompt({ ...prompt, source: "library" });
        expect(shown.text, `${language} ${prompt.id}`).not.toBe(prompt.text);
        expect(shown.hint, `${language} ${prompt.id} hint`).toBeTruthy();
      }
    });
  }

  it("counts with the plural rules of the card's language", () => {
    const count = (language: "en" | "ar" | "fr" | "ja", n: number) =>
      wordsFor(language).format(wordsFor(language).s.answers, { count: n });
    expect(count("en", 0)).toBe("No answers");
    expect(count("en", 1)).toBe("1 answer");
    expect(count("en", 2)).toBe("2 answers");
    // Arabic has distinct forms for two, a few (3–10) and many (11–99).
    const arabic = [1, 2, 3, 11].map((n) => count("ar", n));
    expect(new Set(arabic).size).toBe(4);
    expect(count("ja", 3)).toContain("3");
  });

  it("keeps a team's own prompt as typed in every language", () => {
    const own = {
      id: "5e1c0de0-0000-4000-8000-000000000001",
      text: "Our own question",
      hint: null,
      source: "custom",
    };
    expect(wordsFor("de").prompt(own)).toEqual({ text: "Our own question", hint: null });
  });

  it("writes dates the language's way", () => {
    expect(wordsFor("en").date("2026-12-01")).toBe("Dec 1, 2026");
    expect(wordsFor("de").date("2026-12-01")).toBe("01.12.2026");
    expect(wordsFor("ja").date("2026-12-01")).toBe("2026/12/01");
  });

  it("reads a person's language from a Teams locale or Accept-Language, English otherwise", () => {
    expect(wordsForLocale("pt-BR").language).toBe("pt");
    expect(wordsForLocale("fr-CA").language).toBe("fr");
    expect(wordsForLocale("it-IT").language).toBe("en");
    expect(wordsForLocale(undefined).language).toBe("en");
    expect(languageFromAcceptLanguage("it-IT, de;q=0.8, fr;q=0.9")).toBe("fr");
    expect(languageFromAcceptLanguage("*")).toBeNull();
    expect(languageFromAcceptLanguage("ar-SA")).toBe("ar");
  });
});

describe("a scope's card language", () => {
  it("becomes the language of whoever first saves the settings, and stays once chosen", () => {
    const fresh = defaultSettings("team:t");
    expect(fresh.language).toBeNull();
    const first = mergeSettings(fresh, { anonymousDefault: true }, "fr");
    expect(first.language).toBe("fr");
    expect(mergeSettings(first, { anonymousDefault: false }, "de").language).toBe("fr");
    expect(mergeSettings(first, { language: "ar" }, "de").language).toBe("ar");
    expect(mergeSettings(fresh, {}, null).language).toBeNull();
  });
});
