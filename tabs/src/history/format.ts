import type { ExperimentStatus, LearningMode, PromptKind } from "@learning-loop/contract";
import { getFormatLocale, shownText, t } from "../i18n/i18n";

/**
 * Dates as the team sees them: in the scope's time zone (the one the timeline groups by), in the
 * person's language. Calendar days (`YYYY-MM-DD`) are formatted at noon UTC so that no offset can
 * move them to a neighbouring day.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Formatters are costly to make and the timeline formats a date for every row it renders while
 * scrolling, so each (locale, options) pair is made once.
 */
function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = getFormatLocale();
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    try {
      cached = new Intl.DateTimeFormat(locale, options);
    } catch {
      // An unknown time zone or locale: the same date in UTC and the default language.
      cached = new Intl.DateTimeFormat(undefined, { ...options, timeZone: "UTC" });
    }
    formatters.set(key, cached);
  }
  return cached;
}

export const formatDay = (date: string, style: "long" | "medium" = "medium") =>
  shownText(formatter({ dateStyle: style, timeZone: "UTC" }).format(new Date(`${date}T12:00:00Z`)));

export const formatDayShort = (date: string) =>
  shownText(
    formatter({ day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${date}T12:00:00Z`)),
  );

export const formatMoment = (iso: string, timeZone: string) =>
  shownText(
    formatter({
      weekday: "short",
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZone,
    }).format(new Date(iso)),
  );

/** A month (`2026-12`) with its year, as a table's row heading. */
export const formatMonth = (month: string) =>
  shownText(
    formatter({ month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`)),
  );

/** A check-back: a date, a date-time, or "next-standup". */
export function formatCheckBack(value: string, timeZone: string): string {
  if (value === "next-standup") return t("history.checkBack.nextStandup");
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDay(value);
  return formatMoment(value, timeZone);
}

export const kindLabel = (kind: PromptKind): string => t(`history.kind.${kind}`);

export const modeLabel = (mode: LearningMode): string => t(`history.kind.${mode}`);

export const statusLabel = (status: ExperimentStatus): string => t(`history.status.${status}`);
