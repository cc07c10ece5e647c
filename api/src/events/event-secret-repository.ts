import type { Db } from "../cosmos/db";
import { containerOf } from "../cosmos/db";
import type { EventSecretDoc, EventSecretIndexDoc } from "../cosmos/documents";
import { cosmosStatus } from "../cosmos/errors";
import { withRetry } from "../cosmos/retry";
import { readInScope } from "../cosmos/scoped";
import type { Scoped } from "../cosmos/scoped";

/**
 * The scope's sealed event secret, and the index that finds its tenant from the scope alone
 * (an event names only its scope).
 */

export const SECRET_ID: EventSecretDoc["id"] = "eventSecret";
export const INDEX_ID: EventSecretIndexDoc["id"] = "eventSecretIndex";
export const indexPk = (scope: string) => `event-secret|${scope}`;

/** Replaces any earlier secret of the scope, then its index entry. */
export async function saveEventSecret(
  db: Db,
  doc: EventSecretDoc,
  index: EventSecretIndexDoc,
): Promise<void> {
  await withRetry(() => containerOf(db).items.upsert(doc));
  await withRetry(() => containerOf(db).items.upsert(index));
}

export const readEventSecret = (db: Db, at: Scoped) =>
  readInScope<EventSecretDoc>(db, at, SECRET_ID, "eventSecret");

/** Removes the scope's index entry when it points at this tenant (deleting a scope, scopes/scope-service.ts). */
export async function deleteEventSecretIndex(db: Db, at: Scoped): Promise<void> {
  const index = await readEventSecretIndex(db, at.scope);
  if (!index || index.tid !== at.tid) return;
  try {
    await withRetry(() => containerOf(db).item(INDEX_ID, indexPk(at.scope)).delete());
  } catch (error) {
    if (cosmosStatus(error) !== 404) throw error;
  }
}

export async function readEventSecretIndex(db: Db, scope: string): Promise<EventSecretIndexDoc | undefined> {
  const { resource } = await withRetry(() =>
    containerOf(db).item(INDEX_ID, indexPk(scope)).read<EventSecretIndexDoc>(),
  );
  return resource;
}
