/**
 * Calendar days (`YYYY-MM-DD`) in a scope's IANA time zone: what a team means by "today" or
 * "this week" is the week where the team lives, not where the server or the browser happens to be.
 * One implementation for the API, the tabs and the seed script, so that they agree on every edge:
 * weeks start on Monday, and an unknown zone falls back to UTC.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat("en-US", {
        timeZone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
        hourCycle: "h23",
      });
    } catch {
      formatter = zoneFormatter("UTC");
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClockIn(timeZone: string, instant: Date): WallClock {
  const parts = zoneFormatter(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((entry) => entry.type === type)?.value ?? 0);
  return {
    year: part("year"),
    month: part("month"),
    day: part("day"),
    hour: part("hour") % 24,
    minute: part("minute"),
    second: part("second"),
  };
}

const pad = (value: number, length = 2) => String(value).padStart(length, "0");

/** The calendar day an instant (now by default) falls on in a time zone (UTC when the zone is unknown). */
export function todayIn(timeZone: string, instant: Date | string = new Date()): string {
  const { year, month, day } = wallClockIn(
    timeZone,
    typeof instant === "string" ? new Date(instant) : instant,
  );
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** The Monday that starts the ISO week of a date. */
export function weekStart(date: string): string {
  const sinceMonday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(date, -sinceMonday);
}

/** The zone's offset from UTC at an instant, in milliseconds (positive east of Greenwich). */
function offsetAt(timeZone: string, instant: number): number {
  const wall = wallClockIn(timeZone, new Date(instant));
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a wall-clock time (`HH:MM`, midnight by default) on a date begins in a time zone.
 * Checked twice because the offset at the first guess can differ from the offset at the answer
 * across a daylight-saving change.
 */
export function zonedTimeToInstant(date: string, timeZone: string, time = "00:00"): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  let guess = wall - offsetAt(timeZone, wall);
  guess = wall - offsetAt(timeZone, guess);
  return new Date(guess);
}
