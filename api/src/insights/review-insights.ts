import type { ReviewInsights } from "@learning-loop/contract";
import { todayIn } from "@learning-loop/contract";
import type { RoundReview } from "../cosmos/documents";

export interface ReviewRound {
  startedAt: string;
  closedAt: string | null;
  review: Pick<RoundReview, "receivedAt" | "occurredAt">;
}

const MINUTE_MS = 60_000;

/** The middle value (the mean of the two middle ones for an even count), rounded to whole minutes. */
export function medianMinutes(durationsMs: number[]): number | null {
  if (durationsMs.length === 0) return null;
  const sorted = [...durationsMs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(median / MINUTE_MS);
}

/** `YYYY-MM` of every month from `from`'s to `to`'s (both `YYYY-MM-DD`), oldest first. */
function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.slice(0, 7).split("-").map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (let guard = 0; guard < 24; guard++) {
    const label = `${year}-${String(month).padStart(2, "0")}`;
    months.push(label);
    if (label >= last) break;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return months;
}

/**
 * How quickly the team reviews what happens: the median time from an event (as its source dates
 * it) to its review starting and to its review being closed, and how many reviews started in each
 * month of the window (in the scope's time zone). About the team, never a person.
 */
export function reviewInsights(
  rounds: ReviewRound[],
  timezone: string,
  firstDay: string,
  today: string,
): ReviewInsights {
  const counts = new Map(monthsBetween(firstDay, today).map((month) => [month, 0]));
  const toStart: number[] = [];
  const toClose: number[] = [];
  for (const round of rounds) {
    const month = todayIn(timezone, new Date(round.startedAt)).slice(0, 7);
    if (counts.has(month)) counts.set(month, counts.get(month)! + 1);
    const event = Date.parse(round.review.occurredAt ?? round.review.receivedAt);
    toStart.push(Math.max(0, Date.parse(round.startedAt) - event));
    if (round.closedAt) toClose.push(Math.max(0, Date.parse(round.closedAt) - event));
  }
  return {
    perMonth: [...counts].map(([month, count]) => ({ month, count })),
    medianMinutesToStart: medianMinutes(toStart),
    medianMinutesToClose: medianMinutes(toClose),
  };
}
