import { LANGUAGE_LOCALES, formatMessage, languageOf } from "@learning-loop/contract";
import type { Language, MessageLocale, MessageValues } from "@learning-loop/contract";
import { findLibraryPrompt } from "../prompts/library";
import { en } from "./strings";
import type { ApiStrings } from "./strings";
import { de } from "./strings.de";
import { de as deLibrary } from "@learning-loop/contract/library/de";
import { fr } from "./strings.fr";
import { fr as frLibrary } from "@learning-loop/contract/library/fr";
import { es } from "./strings.es";
import { es as esLibrary } from "@learning-loop/contract/library/es";
import { pt } from "./strings.pt";
import { pt as ptLibrary } from "@learning-loop/contract/library/pt";
import { ja } from "./strings.ja";
import { ja as jaLibrary } from "@learning-loop/contract/library/ja";
import { ar } from "./strings.ar";
import { ar as arLibrary } from "@learning-loop/contract/library/ar";

/** Each language's API strings and prompt library (docs/i18n.md); English is the source. */
const TRANSLATIONS: Partial<Record<Language, { strings: ApiStrings; library: LibraryTranslation }>> = {
  de: { strings: de, library: deLibrary },
  fr: { strings: fr, library: frLibrary },
  es: { strings: es, library: esLibrary },
  pt: { strings: pt, library: ptLibrary },
  ja: { strings: ja, library: jaLibrary },
  ar: { strings: ar, library: arLibrary },
};

type LibraryTranslation = Readonly<Record<string, { readonly text: string; readonly hint: string }>>;

/** The words of one language, for a card, a reply or an export. */
export interface Words {
  readonly language: Language;
  readonly s: ApiStrings;
  /** Fills a template of `s` (the values already escaped for where they go). */
  format(template: string, values?: MessageValues): string;
  /** A calendar day (`2026-12-01`, or the day of an ISO time) as this language writes it. */
  date(isoDay: string): string;
  /** A library prompt's text and hint in this language; a team's own prompt as typed. */
  prompt<P extends { id: string; text: string; hint?: string | null; source?: string }>(
    prompt: P,
  ): { text: string; hint: string | null };
}

const cache = new Map<Language, Words>();

export function wordsFor(language: Language): Words {
  let words = cache.get(language);
  if (!words) {
    const translation = TRANSLATIONS[language];
    const s = translation?.strings ?? en;
    const dayFormat = new Intl.DateTimeFormat(LANGUAGE_LOCALES[language] ?? language, {
      dateStyle: "medium",
      timeZone: "UTC",
    });
    const locale: MessageLocale = {
      plural: new Intl.PluralRules(language),
      number: new Intl.NumberFormat(LANGUAGE_LOCALES[language] ?? language),
    };
    words = {
      language: translation ? language : "en",
      s,
      format: (template, values = {}) => formatMessage(template, values, locale),
      date: (isoDay) => {
        const day = new Date(`${isoDay.slice(0, 10)}T00:00:00Z`);
        return Number.isNaN(day.getTime()) ? isoDay : dayFormat.format(day);
      },
      prompt: (prompt) => {
        const own = { text: prompt.text, hint: prompt.hint ?? null };
        if (prompt.source !== undefined && prompt.source !== "library") return own;
        if (!findLibraryPrompt(prompt.id)) return own;
        const translated = translation?.library[prompt.id];
        return translated ? { text: translated.text, hint: translated.hint } : own;
      },
    };
    cache.set(language, words);
  }
  return words;
}

/** The words for a person's Teams locale (`activity.locale`, "fr-FR"); English for a language without strings. */
export const wordsForLocale = (locale: string | null | undefined): Words => wordsFor(languageOf(locale));
