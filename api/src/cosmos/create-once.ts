import type { Db } from "./db";
import { containerOf } from "./db";
import { cosmosStatus } from "./errors";
import { withRetry } from "./retry";

/**
 * Creates a document under its id, once: the stored document (with its `_etag`), or false when
 * the id is already taken (409), which is how replays and repeated claims are recognised.
 */
export async function createOnce<T extends { id: string; pk: string }>(db: Db, doc: T): Promise<T | false> {
  try {
    const { resource } = await withRetry(() => containerOf(db).items.create<T>(doc));
    return resource ?? doc;
  } catch (error) {
    if (cosmosStatus(error) === 409) return false;
    throw error;
  }
}
