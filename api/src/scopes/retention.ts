import type { Db } from "../cosmos/db";
import { purgeLessonsBefore } from "../lessons/lesson-erasure";
import {
  deleteDocuments,
  pulseResponseIds,
  pulsesBefore,
  retainedScopes,
  roundDependentIds,
  roundIdsBefore,
} from "./purge-repository";
import type { RetainedScope } from "./purge-repository";

const ROUND_PAGE = 50;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The retention job: in every scope whose settings set `retentionDays`, deletes the rounds started
 * before `now - retentionDays` with their answers, reactions and finished (done or dropped)
 * experiments. Open experiments stay: the team still owes them a check-back. Returns how many
 * scopes have a retention window and how many documents went.
 */
export async function purgeExpired(db: Db, now = new Date()): Promise<{ scopes: number; deleted: number }> {
  const scopes = await retainedScopes(db);
  let deleted = 0;
  for (const scope of scopes) {
    const cutoff = new Date(now.getTime() - scope.retentionDays * DAY_MS).toISOString();
    deleted += await purgeRoundsBefore(db, scope, cutoff);
    deleted += await purgePulsesBefore(db, scope, cutoff);
    deleted += await purgeLessonsBefore(db, scope.tid, scope.scope, cutoff);
  }
  return { scopes: scopes.length, deleted };
}

/**
 * Team pulses opened before the cutoff, with their responses; responses first, so a run cut short
 * leaves the pulse to find again. Retention is at least seven days, as long as a pulse stays open,
 * so no open pulse is purged.
 */
async function purgePulsesBefore(db: Db, at: RetainedScope, cutoff: string): Promise<number> {
  const pulses = await pulsesBefore(db, at, cutoff);
  if (pulses.length === 0) return 0;
  const responses = await pulseResponseIds(
    db,
    at,
    pulses.map((pulse) => pulse.pulseId),
  );
  const deleted = await deleteDocuments(db, at.pk, responses);
  return (
    deleted +
    (await deleteDocuments(
      db,
      at.pk,
      pulses.map((pulse) => pulse.id),
    ))
  );
}

/**
 * Page by page: a round's dependents go before the round, so a run cut short leaves the round
 * to find again next time instead of orphaned answers.
 */
async function purgeRoundsBefore(db: Db, at: RetainedScope, cutoff: string): Promise<number> {
  let deleted = 0;
  for (;;) {
    const roundIds = await roundIdsBefore(db, at, cutoff, ROUND_PAGE);
    if (roundIds.length === 0) return deleted;
    const dependentIds = await roundDependentIds(db, at, roundIds);
    deleted += await deleteDocuments(db, at.pk, dependentIds);
    const rounds = await deleteDocuments(db, at.pk, roundIds);
    deleted += rounds;
    // Nothing deleted means a concurrent run took this page; asking again would spin.
    if (rounds === 0) return deleted;
  }
}
