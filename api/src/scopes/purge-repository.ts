import type { SqlParameter } from "@azure/cosmos";
import type { Db } from "../cosmos/db";
import { containerOf } from "../cosmos/db";
import type { Scoped } from "../cosmos/scoped";
import { queryInScope } from "../cosmos/scoped";
import { SETTINGS_ID } from "./scope-repository";
import { cosmosStatus } from "../cosmos/errors";
import { withRetry } from "../cosmos/retry";

/**
 * The queries and deletes of the purges: a scope removed (scope-purge.ts) and the retention job
 * (retention.ts). They decide what goes and in which order; this file finds and deletes it.
 */

/** Deletes at most this many documents at once, so a purge never floods the database. */
const DELETE_CONCURRENCY = 8;

/** A scope whose settings set a retention window. */
export interface RetainedScope extends Scoped {
  retentionDays: number;
}

const ids = async (db: Db, at: Scoped, where: string, parameters: SqlParameter[] = [], top?: number) =>
  (await queryInScope<{ id: string }>(db, at, { select: "c.id", where, parameters, top })).map(
    (doc) => doc.id,
  );

/**
 * The one cross-partition query of the app, acceptable because it runs in the background: the
 * settings documents that set a retention window.
 */
export async function retainedScopes(db: Db): Promise<RetainedScope[]> {
  const { resources } = await withRetry(() =>
    containerOf(db)
      .items.query<RetainedScope>({
        query:
          'SELECT c.pk, c.tid, c.scope, c.retentionDays FROM c WHERE c.type = "scope" AND c.id = @id AND IS_NUMBER(c.retentionDays) AND c.retentionDays > 0',
        parameters: [{ name: "@id", value: SETTINGS_ID }],
      })
      .fetchAll(),
  );
  return resources;
}

/** Up to `top` ids of any documents of the scope's partition. */
export const scopeDocumentIds = (db: Db, at: Scoped, top: number) => ids(db, at, "true", [], top);

/** Up to `top` ids of the rounds started before the cutoff. */
export const roundIdsBefore = (db: Db, at: Scoped, cutoff: string, top: number) =>
  ids(db, at, 'c.type = "round" AND c.startedAt < @cutoff', [{ name: "@cutoff", value: cutoff }], top);

/** The answers, reactions and finished (done or dropped) experiments of these rounds. */
export const roundDependentIds = (db: Db, at: Scoped, roundIds: string[]) =>
  ids(
    db,
    at,
    'ARRAY_CONTAINS(@roundIds, c.roundId) AND (c.type = "answer" OR c.type = "reaction" OR (c.type = "experiment" AND (c.status = "done" OR c.status = "dropped")))',
    [{ name: "@roundIds", value: roundIds }],
  );

/** The team pulses opened before the cutoff: their document ids and pulse ids. */
export const pulsesBefore = (db: Db, at: Scoped, cutoff: string) =>
  queryInScope<{ id: string; pulseId: string }>(db, at, {
    select: "c.id, c.pulseId",
    where: 'c.type = "pulse" AND c.openedAt < @cutoff',
    parameters: [{ name: "@cutoff", value: cutoff }],
  });

/** The responses to these pulses. */
export const pulseResponseIds = (db: Db, at: Scoped, pulseIds: string[]) =>
  ids(db, at, 'c.type = "pulseResponse" AND ARRAY_CONTAINS(@pulseIds, c.pulseId)', [
    { name: "@pulseIds", value: pulseIds },
  ]);

export async function deleteDocuments(db: Db, pk: string, ids: readonly string[]): Promise<number> {
  const queue = [...ids];
  let deleted = 0;
  const worker = async () => {
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      const current = id;
      try {
        await withRetry(() => containerOf(db).item(current, pk).delete());
        deleted += 1;
      } catch (error) {
        if (cosmosStatus(error) === 404) continue;
        // Emptying the queue stops the other workers, so a failed purge ends promptly.
        queue.length = 0;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(DELETE_CONCURRENCY, queue.length) }, worker));
  return deleted;
}
