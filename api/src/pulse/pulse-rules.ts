import { PULSE_MINIMUM_RESPONSES, PULSE_OPEN_DAYS, PULSE_STATEMENTS, todayIn } from "@learning-loop/contract";
import type { PulseScores, PulseStatementId, PulseStatus } from "@learning-loop/contract";

/*
 * The pulse's rules as pure functions: when one may start, when it counts as closed, and what of
 * its answers may ever be shown (only the team's aggregate, only once enough people answered).
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the rules need of a stored pulse. */
export interface PulseTimes {
  month: string;
  openedAt: string;
  closesAt: string;
  closedAt: string | null;
}

/** The calendar month (`2026-12`) that `now` falls in, in the scope's time zone. */
export const monthIn = (timeZone: string, now: Date): string => todayIn(timeZone, now).slice(0, 7);

export const closesAtFor = (openedAt: Date): string =>
  new Date(openedAt.getTime() + PULSE_OPEN_DAYS * DAY_MS).toISOString();

/** Open until an owner closes it or its seven days end, whichever comes first. */
export function pulseStatus(pulse: PulseTimes, now: Date): PulseStatus {
  if (pulse.closedAt !== null) return "closed";
  return now.getTime() < Date.parse(pulse.closesAt) ? "open" : "closed";
}

/** When a pulse stopped taking answers; null while it is open. */
export function pulseClosedAt(pulse: PulseTimes, now: Date): string | null {
  if (pulse.closedAt !== null) return pulse.closedAt;
  return pulseStatus(pulse, now) === "closed" ? pulse.closesAt : null;
}

/** The offset of a time zone from UTC at an instant, in milliseconds (east positive). */
function offsetAt(timeZone: string, instant: number): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((entry) => entry.type === type)?.value ?? 0);
  const wall = Date.UTC(
    part("year"),
    part("month") - 1,
    part("day"),
    part("hour"),
    part("minute"),
    part("second"),
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant a local date's midnight falls on in a time zone (UTC when the zone is unknown). */
export function midnightIn(timeZone: string, date: string): Date {
  const wall = Date.parse(`${date}T00:00:00Z`);
  try {
    let instant = wall - offsetAt(timeZone, wall);
    instant = wall - offsetAt(timeZone, instant);
    return new Date(instant);
  } catch {
    return new Date(wall);
  }
}

/** The first instant of the month after `month` (`2026-12` → 2027-01-01 00:00 there). */
export function startOfNextMonth(timeZone: string, month: string): Date {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const next = monthNumber === 12 ? `${year + 1}-01` : `${year}-${String(monthNumber + 1).padStart(2, "0")}`;
  return midnightIn(timeZone, `${next}-01`);
}

/**
 * When the next pulse may start: at most one opens per calendar month of the scope's time zone,
 * and never while one is open. Null when one may start now.
 */
export function nextPulseStart(pulses: readonly PulseTimes[], timeZone: string, now: Date): string | null {
  const month = monthIn(timeZone, now);
  let earliest = now.getTime();
  for (const pulse of pulses) {
    if (pulse.month === month || monthIn(timeZone, new Date(pulse.openedAt)) === month) {
      earliest = Math.max(earliest, startOfNextMonth(timeZone, month).getTime());
    }
    if (pulseStatus(pulse, now) === "open") earliest = Math.max(earliest, Date.parse(pulse.closesAt));
  }
  return earliest > now.getTime() ? new Date(earliest).toISOString() : null;
}

/** A count of responses as it may be shown: null below the minimum. */
export const visibleCount = (count: number): number | null =>
  count >= PULSE_MINIMUM_RESPONSES ? count : null;

/** A mean of whole numbers to one decimal, halves up; `sum * 10 / count` avoids 2.45 * 10 = 24.499…. */
const meanToOneDecimal = (sum: number, count: number): number => Math.round((sum * 10) / count) / 10;

export interface PulseAggregate {
  enoughResponses: boolean;
  responseCount: number | null;
  means: Record<PulseStatementId, number> | null;
  overall: number | null;
}

/**
 * The team's aggregate of one pulse. Numbers exist only once the pulse is closed (so that nobody
 * can watch an average move as one teammate answers) and at least five people answered; the
 * overall mean is taken over every score, not over the rounded statement means.
 */
export function aggregatePulse(scores: readonly PulseScores[], status: PulseStatus): PulseAggregate {
  const enoughResponses = scores.length >= PULSE_MINIMUM_RESPONSES;
  if (!enoughResponses || status !== "closed") {
    return { enoughResponses, responseCount: null, means: null, overall: null };
  }
  const sums = Object.fromEntries(PULSE_STATEMENTS.map((id) => [id, 0])) as Record<PulseStatementId, number>;
  for (const response of scores) for (const id of PULSE_STATEMENTS) sums[id] += response[id];
  const means = Object.fromEntries(
    PULSE_STATEMENTS.map((id) => [id, meanToOneDecimal(sums[id], scores.length)]),
  ) as Record<PulseStatementId, number>;
  const total = PULSE_STATEMENTS.reduce((sum, id) => sum + sums[id], 0);
  return {
    enoughResponses,
    responseCount: scores.length,
    means,
    overall: meanToOneDecimal(total, scores.length * PULSE_STATEMENTS.length),
  };
}
