import type { ExperimentDoc } from "../cosmos/documents";
import { addDays, todayIn } from "@learning-loop/contract";
import { isClosed } from "./experiment-status";

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

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
 * The day an experiment's check-back falls due. Documents written before `dueOn` existed are read
 * as if set in UTC when they were created.
 */
export const dueOnOf = (doc: Pick<ExperimentDoc, "checkBackAt" | "dueOn" | "createdAt">): string | null =>
  doc.dueOn === undefined ? dueOnFor(doc.checkBackAt, new Date(doc.createdAt), "UTC") : doc.dueOn;

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
  const dueOn = dueOnOf(doc);
  return dueOn !== null && dueOn <= today;
}
