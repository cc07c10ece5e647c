// The contract's i18n modules by path, not through its index: through the index the bundler keeps
// the settings schemas (and zod) in the side panel's first bundle (docs/benchmarks.md, initial JS).
import {
  PSEUDO_LOCALE,
  formatLocaleOf,
  languageOf,
  textDirection,
} from "@learning-loop/contract/i18n/languages";
import type { Language } from "@learning-loop/contract/i18n/languages";
import { formatMessage, pseudoText } from "@learning-loop/contract/i18n/message-format";
import type { MessageLocale, MessageValues } from "@learning-loop/contract/i18n/message-format";
import { auth } from "../auth/messages";
import { pulse } from "../pulse/messages";
import { reviews } from "../reviews/messages";
import { sidePanel } from "../side-panel/messages";
import { stage } from "../stage/messages";
import type { Catalog } from "./catalog-type";
import type { MessageKey } from "./english";
import { common } from "./messages/common";

/*
 * English, the source language, is split: the side panel's and the stage's strings (and those of
 * the problem states they show) are here from the first paint; the other pages' (about 7 KB gzip,
 * docs/architecture.md §7) come with `loadAllMessages()`. Every other language is one chunk with all
 * of its strings, loaded before the first render for a reader of that language (`loadLanguage`).
 */
let catalogs: Record<string, Catalog> = {
  en: { ...common, ...sidePanel, ...pulse, ...reviews, ...stage, ...auth },
};

type CatalogModule = Promise<{ default: Catalog }>;
const LOADERS: Record<string, () => CatalogModule> = {
  de: () => import("./languages/de"),
  fr: () => import("./languages/fr"),
  es: () => import("./languages/es"),
  pt: () => import("./languages/pt"),
  ja: () => import("./languages/ja"),
  ar: () => import("./languages/ar"),
  [PSEUDO_LOCALE]: () => import("./languages/pseudo"),
};

let locale = "en-US";
let language = "en";
let formatLocale = "en-US";
let messageLocale: MessageLocale = localeFor("en", "en-US");

/**
 * Plural rules and number format, each made on first use: the first `Intl` object of a page costs
 * about 45 ms of main thread (ICU's data), and the side panel's first screen needs neither.
 */
function localeFor(pluralLanguage: string, numberLocale: string): MessageLocale {
  let plural: Intl.PluralRules | undefined;
  let number: Intl.NumberFormat | undefined;
  return {
    get plural() {
      return (plural ??= new Intl.PluralRules(pluralLanguage));
    },
    get number() {
      return (number ??= new Intl.NumberFormat(numberLocale));
    },
  };
}

/** The catalog a locale reads from: a shipped language, the pseudo-locale, or English. */
export function catalogLanguageOf(next: string): string {
  if (next.toLowerCase() === PSEUDO_LOCALE) return PSEUDO_LOCALE;
  const shipped = languageOf(next);
  return shipped in LOADERS || shipped === "en" ? shipped : "en";
}

/** Sets the reader's Teams locale; `loadLanguage()` brings its strings. */
export function setLocale(next: string) {
  if (next === locale) return;
  locale = next;
  language = catalogLanguageOf(next);
  const pseudo = language === PSEUDO_LOCALE;
  formatLocale = pseudo ? "en-US" : formatLocaleOf(next, language as Language);
  messageLocale = localeFor(pseudo ? "en" : language, formatLocale);
}

export const getLocale = () => locale;

const loading = new Map<string, Promise<void>>();

/** Resolves once the strings of the current language are in (at once for English). */
export function loadLanguage(of: string = language): Promise<void> {
  if (of === "en" || catalogs[of]) return Promise.resolve();
  let pending = loading.get(of);
  if (!pending) {
    pending = LOADERS[of]!().then(
      (module) => {
        catalogs = { ...catalogs, [of]: { ...catalogs[of], ...module.default } };
      },
      (error: unknown) => {
        loading.delete(of);
        throw error;
      },
    );
    loading.set(of, pending);
  }
  return pending;
}

export const isLanguageLoaded = () => language === "en" || Boolean(catalogs[language]);

/**
 * Adds English strings a lazily loaded part brings with it (the owner picker, "My experiments"), so
 * that they travel in that part's chunk rather than in the side panel's first one. Other languages
 * carry every page's strings in their one chunk.
 */
export function addMessages(english: Catalog) {
  catalogs = { ...catalogs, en: { ...english, ...catalogs.en } };
}

let allMessages: Promise<void> | undefined;

/** Loads every page's English strings (english.ts). Pages outside the side panel and stage render after it. */
export function loadAllMessages(): Promise<void> {
  allMessages ??= import("./english").then(
    (module) => {
      catalogs = { ...catalogs, en: { ...catalogs.en, ...module.en } };
    },
    (error: unknown) => {
      allMessages = undefined;
      throw error;
    },
  );
  return Promise.all([allMessages, loadLanguage()]).then(() => undefined);
}

/** The language the messages are shown in (a catalog's key), for the page's `lang` attribute. */
export const messageLanguage = () => (language === PSEUDO_LOCALE ? "en" : language);

/** True in the pseudo-locale, where even English words from elsewhere must not show. */
export const isPseudoLocale = () => language === PSEUDO_LOCALE;

/** `ltr` or `rtl`, for the page and Fluent's provider. */
export const messageDirection = () => textDirection(language);

/**
 * Looks up a message in the reader's language (English where a key is missing) and fills it
 * (the syntax: contract/src/i18n/message-format.ts; plural rules of the language shown).
 */
export function t(key: MessageKey, values: MessageValues = {}): string {
  // A key of a page whose strings are not loaded yet shows as itself rather than failing.
  const template = catalogs[language]?.[key] ?? catalogs.en?.[key] ?? key;
  return formatMessage(template, values, messageLocale);
}

/** Text the reader sees that Intl wrote (dates): accented in the pseudo-locale like every other string. */
export const shownText = (text: string) => (language === PSEUDO_LOCALE ? pseudoText(text) : text);

/** A library prompt's text and hint in the reader's language; a team's own prompt as typed. */
export function promptWords(prompt: { id: string; source?: string; text: string; hint?: string | null }) {
  if (prompt.source !== "library") return { text: prompt.text, hint: prompt.hint ?? null };
  const catalog = catalogs[language];
  return {
    text: catalog?.[`library.${prompt.id}.text`] ?? shownText(prompt.text),
    hint: catalog?.[`library.${prompt.id}.hint`] ?? (prompt.hint ? shownText(prompt.hint) : null),
  };
}

export const formatDateTime = (iso: string) =>
  shownText(
    new Intl.DateTimeFormat(formatLocale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso)),
  );

/** A calendar date such as a check-back day (`2026-12-01`), shown in the reader's language. */
export const formatDate = (isoDate: string) => {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? new Date(`${isoDate}T12:00:00`) : new Date(isoDate);
  return shownText(new Intl.DateTimeFormat(formatLocale, { dateStyle: "medium" }).format(date));
};

export const formatTime = (iso: string) =>
  shownText(new Intl.DateTimeFormat(formatLocale, { timeStyle: "short" }).format(new Date(iso)));

export const formatNumber = (value: number) => messageLocale.number.format(value);

/** The locale Intl formats with (the reader's, or the language's own when it has no catalog). */
export const getFormatLocale = () => formatLocale;

/** The languages with a catalog: English and every language with a loader. */
export const shippedLanguages = () => ["en", ...Object.keys(LOADERS).filter((key) => key !== PSEUDO_LOCALE)];

/** A language's whole catalog (for the completeness test and tools). */
export async function catalogOf(of: string): Promise<Catalog> {
  await loadLanguage(of);
  return catalogs[of] ?? {};
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A round's prompt in the reader's language: a round started from the library keeps the library
 * prompt's id (team prompts have UUIDs), so each reader sees it in their own language; a team's
 * own prompt or a write-in reads as typed.
 */
export const roundPromptText = (round: { promptId: string | null; promptText: string }) =>
  promptWords({
    id: round.promptId ?? "",
    source: round.promptId && !UUID.test(round.promptId) ? "library" : "custom",
    text: round.promptText,
  }).text;
