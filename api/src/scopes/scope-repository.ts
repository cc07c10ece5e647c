import type { Db } from "../cosmos/db";
import { containerOf } from "../cosmos/db";
import type { ScopeDoc } from "../cosmos/documents";
import { cosmosStatus } from "../cosmos/errors";
import { withRetry } from "../cosmos/retry";
import { readInScope } from "../cosmos/scoped";
import type { Scoped } from "../cosmos/scoped";

/** The id of a scope's settings document, one per scope. */
export const SETTINGS_ID = "settings";

/** The scope's stored settings document, if an owner ever saved one. One point read. */
export const readScopeDoc = (db: Db, at: Scoped) => readInScope<ScopeDoc>(db, at, SETTINGS_ID, "scope");

/**
 * Stores the settings document: creates it when `previous` is undefined, otherwise replaces it on
 * condition that Cosmos' `_etag` is still `previous`. Undefined when another writer got there
 * first (the id was taken meanwhile, the document changed since it was read, or it was purged),
 * so of concurrent saves from the same revision exactly one wins. A retried write that finds its
 * own first attempt reports a lost race too, which is safe: the caller reloads and sees its change.
 */
export async function saveScopeDoc(
  db: Db,
  doc: ScopeDoc,
  previous: string | undefined,
): Promise<ScopeDoc | undefined> {
  try {
    const { resource } = await withRetry(() =>
      previous === undefined
        ? containerOf(db).items.create<ScopeDoc>(doc)
        : containerOf(db)
            .item(doc.id, doc.pk)
            .replace<ScopeDoc>(doc, { accessCondition: { type: "IfMatch", condition: previous } }),
    );
    if (!resource) throw new Error("the write returned no settings document");
    return resource;
  } catch (error) {
    const status = cosmosStatus(error);
    if (status === 409 || status === 412 || (previous !== undefined && status === 404)) return undefined;
    throw error;
  }
}
