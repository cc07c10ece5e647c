import type { Scoped } from "../cosmos/scoped";
import type { Db } from "../cosmos/db";
import { LEARNING_MODES } from "@learning-loop/contract";
import type { InsightsResponse, LearningMode, WeekInsight } from "@learning-loop/contract";
import { readScopeSettings } from "../scopes/scope-settings";
import { addDays, todayIn, weekStart } from "@learning-loop/contract";
import type { RoundDoc } from "../cosmos/documents";
import { listInsightSources } from "./insights-repository";
import { reviewInsights } from "./review-insights";

/**
 * Aggregates for the insights charts, by week in the scope's time zone. Nothing here is per person:
 * `participants` counts distinct named authors in a week, and anonymous answers are counted apart
 * because nothing may link them to a person. Only answers that every member can already see count:
 * those of a round still open and hiding its answers (`afterAnswer`, or `onReveal` before the
 * reveal) wait until it is revealed or closed, so watching these numbers move never tells anyone
 * who has just answered, or how, while the answers themselves are hidden.
 */
export async function readInsights(
  db: Db,
  at: Scoped,
  weeks: number,
  now = new Date(),
): Promise<InsightsResponse> {
  const { timezone } = await readScopeSettings(db, at);
  const thisWeek = weekStart(todayIn(timezone, now));
  const firstWeek = addDays(thisWeek, -7 * (weeks - 1));
  // One day of slack before the first week covers any time zone offset; the exact cut is by local date below.
  const since = new Date(new Date(`${firstWeek}T00:00:00Z`).getTime() - 86_400_000).toISOString();
  const resources = await listInsightSources(db, at, since);

  const byWeek = new Map<string, WeekInsight & { people: Set<string> }>();
  for (let index = 0; index < weeks; index++) {
    const start = addDays(firstWeek, 7 * index);
    byWeek.set(start, {
      weekStart: start,
      rounds: 0,
      answers: 0,
      anonymousAnswers: 0,
      participants: 0,
      experimentsStarted: 0,
      experimentsClosedWithOutcome: 0,
      people: new Set(),
    });
  }
  const weekOf = (iso: string | null | undefined) =>
    iso ? byWeek.get(weekStart(todayIn(timezone, new Date(iso)))) : undefined;
  const modes = Object.fromEntries(
    [...LEARNING_MODES, "untagged"].map((mode) => [mode, 0]),
  ) as InsightsResponse["modes"];
  const experiments = { started: 0, closedWithOutcome: 0, dropped: 0 };

  const hiding = new Set(
    resources.flatMap((doc) => (doc.type === "round" && hidesAnswers(doc) ? [doc.id] : [])),
  );
  for (const doc of resources) {
    if (doc.type === "round") {
      const week = weekOf(doc.startedAt);
      if (week) week.rounds++;
    } else if (doc.type === "answer") {
      const week = weekOf(doc.createdAt);
      if (!week || hiding.has(doc.roundId)) continue;
      week.answers++;
      if (doc.anonymous || !doc.author) week.anonymousAnswers++;
      else week.people.add(doc.author.oid);
      modes[(doc.mode ?? "untagged") as LearningMode | "untagged"]++;
    } else {
      const started = weekOf(doc.createdAt);
      if (started) {
        started.experimentsStarted++;
        experiments.started++;
      }
      const closed = weekOf(doc.closedAt);
      if (closed && doc.status === "done" && doc.outcome) {
        closed.experimentsClosedWithOutcome++;
        experiments.closedWithOutcome++;
      }
      if (closed && doc.status === "dropped") experiments.dropped++;
    }
  }
  const series = [...byWeek.values()].map(({ people, ...week }) => ({ ...week, participants: people.size }));
  let streakWeeks = 0;
  // The current week may not have had its stand-up yet, so an empty current week does not break the streak.
  for (let index = series.length - 1; index >= 0; index--) {
    if (series[index]!.rounds > 0) streakWeeks++;
    else if (index !== series.length - 1) break;
  }
  const reviews = reviewInsights(
    resources.flatMap((doc) =>
      doc.type === "round" && doc.review && weekOf(doc.startedAt)
        ? [{ startedAt: doc.startedAt, closedAt: doc.closedAt, review: doc.review }]
        : [],
    ),
    timezone,
    firstWeek,
    todayIn(timezone, now),
  );
  return { timezone, weeks: series, modes, experiments, streakWeeks, reviews };
}

/** An open round whose answers not every member may see yet. */
const hidesAnswers = (round: Pick<RoundDoc, "status" | "revealMode" | "revealed">) =>
  round.status === "open" && round.revealMode !== "live" && !round.revealed;
