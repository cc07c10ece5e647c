import type { Container, SqlParameter } from "@azure/cosmos";
import { withRetry } from "../cosmos/retry";
import { queryInScope } from "../cosmos/scoped";
import { deleteDocuments } from "./document-deletion";
import { SETTINGS_ID } from "./scope-settings";

interface RetainedScope {
  pk: string;
  tid: string;
  scope: string;
  retentionDays: number;
}

const ROUND_PAGE = 50;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The retention job: in every scope whose settings set `retentionDays`, deletes the rounds started
 * before `now - retentionDays` with their answers, reactions and finished (done or dropped)
 * experiments. Open experiments stay: the team still owes them a check-back. Returns how many
 * scopes have a retention window and how many documents went.
 */
export async function purgeExpired(
  container: Container,
  now = new Date(),
): Promise<{ scopes: number; deleted: number }> {
  const scopes = await retainedScopes(container);
  let deleted = 0;
  for (const scope of scopes) {
    const cutoff = new Date(now.getTime() - scope.retentionDays * DAY_MS).toISOString();
    deleted += await purgeRoundsBefore(container, scope, cutoff);
    deleted += await purgePulsesBefore(container, scope, cutoff);
  }
  return { scopes: scopes.length, deleted };
}

/**
 * The one cross-partition query of the app, acceptable because it runs in the background: the
 * settings documents that set a retention window.
 */
async function retainedScopes(container: Container): Promise<RetainedScope[]> {
  const { resources } = await withRetry(() =>
    container.items
      .query<RetainedScope>({
        query:
          'SELECT c.pk, c.tid, c.scope, c.retentionDays FROM c WHERE c.type = "scope" AND c.id = @id AND IS_NUMBER(c.retentionDays) AND c.retentionDays > 0',
        parameters: [{ name: "@id", value: SETTINGS_ID }],
      })
      .fetchAll(),
  );
  return resources;
}

/**
 * Team pulses opened before the cutoff, with their responses; responses first, so a run cut short
 * leaves the pulse to find again. Retention is at least seven days, as long as a pulse stays open,
 * so no open pulse is purged.
 */
async function purgePulsesBefore(container: Container, at: RetainedScope, cutoff: string): Promise<number> {
  const pulses = await queryInScope<{ id: string; pulseId: string }>(container, at, {
    select: "c.id, c.pulseId",
    where: 'c.type = "pulse" AND c.openedAt < @cutoff',
    parameters: [{ name: "@cutoff", value: cutoff }],
  });
  if (pulses.length === 0) return 0;
  const responses = await queryInScope<{ id: string }>(container, at, {
    select: "c.id",
    where: 'c.type = "pulseResponse" AND ARRAY_CONTAINS(@pulseIds, c.pulseId)',
    parameters: [{ name: "@pulseIds", value: pulses.map((pulse) => pulse.pulseId) }],
  });
  const deleted = await deleteDocuments(
    container,
    at.pk,
    responses.map((doc) => doc.id),
  );
  return (
    deleted +
    (await deleteDocuments(
      container,
      at.pk,
      pulses.map((pulse) => pulse.id),
    ))
  );
}

/**
 * Page by page: a round's dependents go before the round, so a run cut short leaves the round
 * to find again next time instead of orphaned answers.
 */
async function purgeRoundsBefore(container: Container, at: RetainedScope, cutoff: string): Promise<number> {
  const ids = async (where: string, parameters: SqlParameter[], top?: number) =>
    (await queryInScope<{ id: string }>(container, at, { select: "c.id", where, parameters, top })).map(
      (doc) => doc.id,
    );
  let deleted = 0;
  for (;;) {
    const roundIds = await ids(
      'c.type = "round" AND c.startedAt < @cutoff',
      [{ name: "@cutoff", value: cutoff }],
      ROUND_PAGE,
    );
    if (roundIds.length === 0) return deleted;
    const dependentIds = await ids(
      'ARRAY_CONTAINS(@roundIds, c.roundId) AND (c.type = "answer" OR c.type = "reaction" OR (c.type = "experiment" AND (c.status = "done" OR c.status = "dropped")))',
      [{ name: "@roundIds", value: roundIds }],
    );
    deleted += await deleteDocuments(container, at.pk, dependentIds);
    const rounds = await deleteDocuments(container, at.pk, roundIds);
    deleted += rounds;
    // Nothing deleted means a concurrent run took this page; asking again would spin.
    if (rounds === 0) return deleted;
  }
}
