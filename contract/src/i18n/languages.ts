/**
 * The languages Learning Loop speaks, by catalog key. A Teams locale ("fr-CA", "pt-BR") picks the
 * catalog of its language; Brazilian Portuguese serves every "pt" locale. `qps-ploc` is the
 * pseudo-locale (accented, lengthened English) that shows any string bypassing translation.
 */
export const LANGUAGES = ["en", "de", "fr", "es", "pt", "ja", "ar"] as const;
export type Language = (typeof LANGUAGES)[number];

export const PSEUDO_LOCALE = "qps-ploc";

/** The locale each catalog is written for: what Intl formats with when the reader's locale is of another language. */
export const LANGUAGE_LOCALES: Readonly<Record<string, string>> = {
  en: "en-US",
  de: "de-DE",
  fr: "fr-FR",
  es: "es-ES",
  pt: "pt-BR",
  ja: "ja-JP",
  ar: "ar",
};

/** Each language's own name, for pickers. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: "English",
  de: "Deutsch",
  fr: "Français",
  es: "Español",
  pt: "Português (Brasil)",
  ja: "日本語",
  ar: "العربية",
};

export const isLanguage = (value: unknown): value is Language =>
  typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);

/** The catalog for a BCP 47 locale (`de-AT` → `de`); English for a language without one. */
export function languageOf(locale: string | null | undefined): Language {
  const language = (locale ?? "").split(/[-_]/)[0]?.toLowerCase() ?? "";
  return isLanguage(language) ? language : "en";
}

/**
 * The locale Intl should format with for a reader: their own when it is of the language shown
 * (`fr-CA` keeps Canadian dates), else the language's own (an Italian reader sees English text
 * with American dates rather than a mix).
 */
export function formatLocaleOf(locale: string | null | undefined, language: Language): string {
  if (
    locale &&
    languageOf(locale) === language &&
    (locale.split(/[-_]/)[0]?.toLowerCase() ?? "") === language
  ) {
    try {
      return Intl.getCanonicalLocales(locale.replace("_", "-"))[0] ?? LANGUAGE_LOCALES[language] ?? "en-US";
    } catch {
      return LANGUAGE_LOCALES[language] ?? "en-US";
    }
  }
  return LANGUAGE_LOCALES[language] ?? "en-US";
}

export const textDirection = (language: string): "ltr" | "rtl" => (language === "ar" ? "rtl" : "ltr");

/**
 * The language of the first `Accept-Language` entry this app speaks (`fr-CH, fr;q=0.9` → `fr`),
 * or null when none is given or none is spoken.
 */
export function languageFromAcceptLanguage(header: string | null | undefined): Language | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.trim(), q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => entry.tag && entry.tag !== "*" && Number.isFinite(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const entry of ranked) {
    const language = entry.tag.split("-")[0]?.toLowerCase();
    if (isLanguage(language)) return language;
  }
  return null;
}
