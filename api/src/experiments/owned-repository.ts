import type { Db } from "../cosmos/db";
import { containerOf } from "../cosmos/db";
import type { OwnedExperimentDoc } from "../cosmos/documents";
import { cosmosStatus } from "../cosmos/errors";
import { withRetry } from "../cosmos/retry";
import { queryInScope } from "../cosmos/scoped";
import type { Scoped } from "../cosmos/scoped";

/** Writes a person's pointer to an experiment they own (idempotent). */
export async function upsertOwned(db: Db, doc: OwnedExperimentDoc): Promise<void> {
  await withRetry(() => containerOf(db).items.upsert(doc));
}

/** Removes a pointer; one already gone is fine. */
export async function deleteOwned(db: Db, pk: string, id: string): Promise<void> {
  try {
    await withRetry(() => containerOf(db).item(id, pk).delete());
  } catch (error) {
    if (cosmosStatus(error) !== 404) throw error;
  }
}

/**
 * One page of a person's pointers in their own partition, in `sortKey` order after `after`: one
 * query, `limit + 1` documents (the extra one says whether there is a next page).
 */
export const pageOwned = (db: Db, owner: Scoped, after: string | undefined, limit: number) =>
  queryInScope<OwnedExperimentDoc>(db, owner, {
    where:
      after === undefined
        ? 'c.type = "ownedExperiment"'
        : 'c.type = "ownedExperiment" AND c.sortKey > @after',
    parameters: after === undefined ? [] : [{ name: "@after", value: after }],
    orderBy: "c.sortKey ASC",
    top: limit + 1,
  });
