import type { Db } from "../cosmos/db";
import { addDays, todayIn, weekStart } from "@learning-loop/contract";
import type { WeeklyDigest } from "../cards/weekly-digest-card";
import type { Scoped } from "../cosmos/scoped";
import { listExperiments } from "../experiments/experiment-repository";
import { listRoundsStartedBetween } from "../rounds/round-repository";
import { localTime } from "./local-time";

/** The digest goes out on Monday from 09:00 in the scope's time zone, about the week before. */
export const DIGEST_HOUR = 9;
/** A digest delayed by an outage still goes out until Wednesday; later it would be stale. */
const CATCH_UP_DAYS = 2;

/**
 * The Monday of the week a digest is due for at `now`, or null outside the sending window
 * (Monday 09:00 to Wednesday 23:59 of the week after, in the scope's time zone).
 */
export function digestWeekDue(timeZone: string, now: Date): string | null {
  const { date, weekday, hour } = localTime(timeZone, now);
  const daysSinceMonday = (weekday + 6) % 7;
  if (daysSinceMonday > CATCH_UP_DAYS || (daysSinceMonday === 0 && hour < DIGEST_HOUR)) return null;
  return addDays(weekStart(date), -7);
}

/**
 * The week's learning in one scope: the rounds started, their answers, experiments started and
 * closed. Null for a week in which nothing happened, which gets no digest.
 */
export async function collectWeeklyDigest(
  db: Db,
  at: Scoped,
  timeZone: string,
  monday: string,
): Promise<Omit<WeeklyDigest, "scopeName" | "deepLink"> | null> {
  const sunday = addDays(monday, 6);
  const inWeek = (instant: string | null) => {
    if (!instant) return false;
    const day = todayIn(timeZone, new Date(instant));
    return day >= monday && day <= sunday;
  };
  // A day of margin either side covers every time zone; the exact week is decided per round.
  const rounds = (
    await listRoundsStartedBetween(
      db,
      at,
      `${addDays(monday, -1)}T00:00:00.000Z`,
      `${addDays(sunday, 2)}T00:00:00.000Z`,
    )
  ).filter((round) => inWeek(round.startedAt));
  const experiments = await listExperiments(db, at);
  const started = experiments.filter((experiment) => inWeek(experiment.createdAt));
  const closed = experiments.filter(
    (experiment) =>
      (experiment.status === "done" || experiment.status === "dropped") && inWeek(experiment.closedAt),
  );
  if (rounds.length === 0 && started.length === 0 && closed.length === 0) return null;
  return {
    from: monday,
    to: sunday,
    rounds: rounds.length,
    answers: rounds.reduce((sum, round) => sum + (round.answerCount ?? 0), 0),
    experimentsStarted: started.length,
    experimentsClosed: closed.length,
    // One entry per prompt: a library prompt by its id, so the card can say it in the team's language.
    prompts: [...new Map(rounds.map((round) => [round.promptId ?? round.promptText, round])).values()].map(
      (round) => ({ id: round.promptId, text: round.promptText }),
    ),
    outcomes: closed.map((experiment) => ({
      text: experiment.text,
      status: experiment.status,
      outcome: experiment.outcome,
    })),
  };
}
