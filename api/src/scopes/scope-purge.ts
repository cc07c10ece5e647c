import type { Scoped } from "../cosmos/scoped";
import type { Db } from "../cosmos/db";
import { dropOwnerPointers } from "../experiments/owned-index";
import { purgeScopeLessons } from "../lessons/lesson-erasure";
import { deleteDocuments, scopeDocumentIds } from "./purge-repository";

const PAGE_SIZE = 100;

/**
 * Deletes every document of the scope's partition: settings, custom prompts, rounds, answers,
 * reactions, experiments and anything stored later. It asks for a fresh first page after each
 * batch instead of following a continuation token, since deleting shifts what the next page
 * would be. Returns how many documents it removed; running it again removes nothing more.
 */
export async function purgeScope(db: Db, at: Scoped): Promise<number> {
  // The owners' "My experiments" pointers live in the owners' partitions: removed first.
  await dropOwnerPointers(db, at);
  // Its lessons live in the tenant's feed partitions, and so do its adoptions of other teams' lessons.
  let deleted = await purgeScopeLessons(db, at.tid, at.scope);
  for (;;) {
    const ids = await scopeDocumentIds(db, at, PAGE_SIZE);
    const removed = ids.length ? await deleteDocuments(db, at.pk, ids) : 0;
    deleted += removed;
    // A page of which nothing could be deleted means someone else is purging the same ids; stop
    // rather than ask for the same page again.
    if (removed === 0) return deleted;
  }
}
