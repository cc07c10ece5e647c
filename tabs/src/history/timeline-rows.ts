import type { RoundView } from "@learning-loop/contract";
import { todayIn, weekStart } from "@learning-loop/contract";

export interface WeekCounts {
  /** Learning moments (rounds) started in the week. */
  rounds: number;
  answers: number;
  experiments: number;
}

export type TimelineRow =
  | { kind: "week"; key: string; weekStart: string; counts: WeekCounts }
  | { kind: "round"; key: string; weekStart: string; round: RoundView };

/** The Monday of the week a round started in, in the scope's time zone. */
export const weekOf = (round: Pick<RoundView, "startedAt">, timeZone: string): string =>
  weekStart(todayIn(timeZone, round.startedAt));

/**
 * The flat rows of the virtualized timeline: a heading row per week followed by that week's rounds.
 * Rounds arrive newest first; a week's counts cover the rounds loaded so far (the last week on
 * screen can still grow when the next page arrives, which then updates its heading).
 */
export function timelineRows(rounds: readonly RoundView[], timeZone: string): TimelineRow[] {
  const rows: TimelineRow[] = [];
  let current: Extract<TimelineRow, { kind: "week" }> | undefined;
  for (const round of rounds) {
    const weekStart = weekOf(round, timeZone);
    if (!current || current.weekStart !== weekStart) {
      current = {
        kind: "week",
        key: `week:${weekStart}`,
        weekStart,
        counts: { rounds: 0, answers: 0, experiments: 0 },
      };
      rows.push(current);
    }
    current.counts.rounds++;
    current.counts.answers += round.answerCount;
    current.counts.experiments += round.experiments.length;
    rows.push({ kind: "round", key: `round:${round.id}`, weekStart, round });
  }
  return rows;
}

/** Appends a page to what is loaded, dropping rounds already there (a page boundary can repeat one). */
export function appendPage(loaded: readonly RoundView[], page: readonly RoundView[]): RoundView[] {
  const seen = new Set(loaded.map((round) => round.id));
  return [...loaded, ...page.filter((round) => !seen.has(round.id) && seen.add(round.id))];
}
