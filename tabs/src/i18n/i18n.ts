import { auth } from "../auth/messages";
import { sidePanel } from "../side-panel/messages";
import { pulse } from "../pulse/messages";
import { reviews } from "../reviews/messages";
import { stage } from "../stage/messages";
import type { MessageKey } from "./catalog";
import { common } from "./messages/common";

type Catalog = Partial<Record<MessageKey, string>>;

/*
 * The strings of the side panel and the stage (and of the problem states they show) are here from
 * the first paint. The other pages' strings (history, configuration: about 7 KB gzip, more than a
 * sixth of the side panel's whole budget, docs/architecture.md §7) come with the full catalog, which
 * `loadAllMessages()` loads; App waits for it before rendering those pages.
 */
let catalogs: Record<string, Catalog> = {
  en: { ...common.en, ...sidePanel.en, ...pulse.en, ...reviews.en, ...stage.en, ...auth.en },
  de: { ...common.de, ...sidePanel.de, ...pulse.de, ...reviews.de, ...stage.de, ...auth.de },
};

let allMessages: Promise<void> | undefined;

/**
 * Adds the strings a lazily loaded part brings with it (the owner picker, "My experiments"), so
 * that they travel in that part's chunk rather than in the side panel's first one.
 */
export function addMessages(messages: Record<string, Catalog>) {
  for (const [language, entries] of Object.entries(messages)) {
    catalogs = { ...catalogs, [language]: { ...entries, ...catalogs[language] } };
  }
}

/** Loads every page's strings (catalog.ts). Pages outside the side panel and stage render after it. */
export function loadAllMessages(): Promise<void> {
  allMessages ??= import("./catalog").then(
    (module) => {
      catalogs = module.catalogs;
    },
    (error: unknown) => {
      allMessages = undefined;
      throw error;
    },
  );
  return allMessages;
}

let locale = "en-US";

export function setLocale(next: string) {
  locale = next;
}

export const getLocale = () => locale;

/** The language the messages are shown in (a catalog's key), for the page's `lang` attribute. */
export const messageLanguage = () => {
  const language = locale.split("-")[0]?.toLowerCase() ?? "en";
  return language in catalogs ? language : "en";
};

/**
 * Looks up a message and fills `{name}` placeholders; `{name, plural, one {…} other {…}}` picks a
 * branch with Intl.PluralRules, where `#` stands for the number, and an optional leading `=0 {…}`
 * branch is taken for zero.
 */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  // A key of a page whose strings are not loaded yet shows as itself rather than failing.
  const template = catalogs[messageLanguage()]?.[key] ?? catalogs.en?.[key] ?? key;
  return template.replace(
    /\{(\w+), plural, (?:=0 \{([^}]*)\} )?one \{([^}]*)\} other \{([^}]*)\}\}|\{(\w+)\}/g,
    (
      _match,
      pluralName: string | undefined,
      zero: string | undefined,
      one: string,
      other: string,
      name: string | undefined,
    ) => {
      if (pluralName) {
        const count = Number(values[pluralName] ?? 0);
        const branch =
          count === 0 && zero !== undefined
            ? zero
            : new Intl.PluralRules(locale).select(count) === "one"
              ? one
              : other;
        return branch.replace("#", new Intl.NumberFormat(locale).format(count));
      }
      const value = values[name ?? ""];
      return value === undefined
        ? ""
        : typeof value === "number"
          ? new Intl.NumberFormat(locale).format(value)
          : value;
    },
  );
}

export const formatDateTime = (iso: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));

/** A calendar date such as a check-back day (`2026-12-01`), shown in the reader's language. */
export const formatDate = (isoDate: string) => {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? new Date(`${isoDate}T12:00:00`) : new Date(isoDate);
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(date);
};

export const formatTime = (iso: string) =>
  new Intl.DateTimeFormat(locale, { timeStyle: "short" }).format(new Date(iso));

export const formatNumber = (value: number) => new Intl.NumberFormat(locale).format(value);
