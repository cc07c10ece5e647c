import { catalogs, en } from "./catalog";
import type { MessageKey } from "./catalog";

let locale = "en-US";

export function setLocale(next: string) {
  locale = next;
}

/**
 * Looks up a message and fills `{name}` placeholders; `{name, plural, one {…} other {…}}` picks a
 * branch with Intl.PluralRules, where `#` stands for the number.
 */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  const language = locale.split("-")[0] ?? "en";
  const template = catalogs[language]?.[key] ?? en[key];
  return template.replace(
    /\{(\w+), plural, one \{([^}]*)\} other \{([^}]*)\}\}|\{(\w+)\}/g,
    (_match, pluralName: string | undefined, one: string, other: string, name: string | undefined) => {
      if (pluralName) {
        const count = Number(values[pluralName] ?? 0);
        const branch = new Intl.PluralRules(locale).select(count) === "one" ? one : other;
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
