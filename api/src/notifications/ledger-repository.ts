import type { Db } from "../cosmos/db";
import { containerOf } from "../cosmos/db";
import { createHash } from "node:crypto";
import { createOnce } from "../cosmos/create-once";
import type { NotificationDoc } from "../cosmos/documents";
import { cosmosStatus } from "../cosmos/errors";
import { withRetry } from "../cosmos/retry";
import { readInScope } from "../cosmos/scoped";
import type { Scoped } from "../cosmos/scoped";

/**
 * The notification ledger: one record per notification key (see NotificationDoc), the only place
 * notifications touch the database for their own records.
 */

export const LEDGER_TTL_SECONDS = 90 * 24 * 3600;

export const ledgerId = (key: string) =>
  `notification:${createHash("sha256").update(key).digest("hex").slice(0, 40)}`;

export const readLedgerEntry = (db: Db, at: Scoped, id: string) =>
  readInScope<NotificationDoc>(db, at, id, "notification");

/** Creates the record, which claims the send; false when someone else claimed this key first. */
export const claimLedgerEntry = (db: Db, doc: NotificationDoc) => createOnce(db, doc);

/** Writes the record only if nobody wrote it since it was read; undefined when someone did. */
export async function replaceLedgerEntry(db: Db, doc: NotificationDoc): Promise<NotificationDoc | undefined> {
  try {
    const { resource } = await withRetry(() =>
      containerOf(db)
        .item(doc.id, doc.pk)
        .replace<NotificationDoc>(doc, {
          accessCondition: { type: "IfMatch", condition: doc._etag ?? "" },
        }),
    );
    return resource ?? doc;
  } catch (error) {
    if (cosmosStatus(error) === 412) return undefined;
    throw error;
  }
}

/** Failed sends, in every scope, whose backoff has passed (the retry sweep; queries across partitions). */
export async function listRetriesDue(db: Db, now: Date): Promise<NotificationDoc[]> {
  const { resources } = await withRetry(() =>
    containerOf(db)
      .items.query<NotificationDoc>({
        query:
          'SELECT * FROM c WHERE c.type = "notification" AND c.status = "failed" AND c.nextAttemptAt <= @now',
        parameters: [{ name: "@now", value: now.toISOString() }],
      })
      .fetchAll(),
  );
  return resources;
}

/**
 * Removes ledger entries past their keeping time and seen event signatures past their window,
 * which Cosmos' TTL does in Azure and the local server does not. Background only: it queries
 * across partitions. Returns how many were removed.
 */
export async function removeExpiredRecords(db: Db, now: Date): Promise<number> {
  const { resources } = await withRetry(() =>
    containerOf(db)
      .items.query<{ id: string; pk: string }>({
        query:
          'SELECT c.id, c.pk FROM c WHERE (c.type = "notification" AND c.updatedAt < @ledgerCutoff) OR (c.type = "eventSignature" AND c.expiresAt < @now)',
        parameters: [
          { name: "@ledgerCutoff", value: new Date(now.getTime() - LEDGER_TTL_SECONDS * 1000).toISOString() },
          { name: "@now", value: now.toISOString() },
        ],
      })
      .fetchAll(),
  );
  let removed = 0;
  for (const { id, pk } of resources) {
    await withRetry(() => containerOf(db).item(id, pk).delete()).then(
      () => (removed += 1),
      () => undefined,
    );
  }
  return removed;
}
