import { getFormatLocale, shownText } from "../i18n/i18n";

/** The weekday's name in the person's language; 0 = Sunday (7 January 2024 was a Sunday). */
export const weekdayName = (day: number): string =>
  shownText(
    new Intl.DateTimeFormat(getFormatLocale(), { weekday: "long", timeZone: "UTC" }).format(
      new Date(Date.UTC(2024, 0, 7 + day, 12)),
    ),
  );
