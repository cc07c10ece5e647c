import type { ExperimentDoc } from "../cosmos/documents";
import { isClosed } from "./experiment-status";

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The calendar date (`YYYY-MM-DD`) that `now` falls on in the given IANA time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((entry) => entry.type === type)?.value ?? "";
  return `${part("year").padStart(4, "0")}-${part("month")}-${part("day")}`;
}

export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/**
 * The first day on which a check-back set at `setAt` is due, in the scope's time zone: a date as
 * given, a date-time on the day it falls on there, "next-standup" on the day after it was set
 * (the next stand-up is the first one on a later day).
 */
export function dueOnFor(checkBackAt: string | null, setAt: Date, timeZone: string): string | null {
  if (checkBackAt === null) return null;
  if (checkBackAt === "next-standup") return addDays(todayIn(timeZone, setAt), 1);
  if (DATE_ONLY.test(checkBackAt)) return checkBackAt;
  return todayIn(timeZone, new Date(checkBackAt));
}

/**
 * Whether the team should revisit the experiment on `today` (a date in the scope's time zone): it
 * is still open and its check-back day has come. Documents written before `dueOn` existed are
 * read as if set in UTC when they were created.
 */
export function isDue(
  doc: Pick<ExperimentDoc, "status" | "checkBackAt" | "dueOn" | "createdAt">,
  today: string,
): boolean {
  if (isClosed(doc.status)) return false;
  const dueOn =
    doc.dueOn === undefined ? dueOnFor(doc.checkBackAt, new Date(doc.createdAt), "UTC") : doc.dueOn;
  return dueOn !== null && dueOn <= today;
}
