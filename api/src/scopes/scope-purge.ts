import type { Container } from "@azure/cosmos";
import { deleteDocuments, selectIds } from "./document-deletion";

type Scoped = { pk: string; tid: string; scope: string };

const PAGE_SIZE = 100;

/**
 * Deletes every document of the scope's partition: settings, custom prompts, rounds, answers,
 * reactions, experiments and anything stored later. It asks for a fresh first page after each
 * batch instead of following a continuation token, since deleting shifts what the next page
 * would be. Returns how many documents it removed; running it again removes nothing more.
 */
export async function purgeScope(container: Container, at: Scoped): Promise<number> {
  let deleted = 0;
  for (;;) {
    const ids = await selectIds(
      container,
      at.pk,
      `SELECT TOP ${PAGE_SIZE} c.id FROM c WHERE c.pk = @pk AND c.tid = @tid AND c.scope = @scope`,
      [
        { name: "@pk", value: at.pk },
        { name: "@tid", value: at.tid },
        { name: "@scope", value: at.scope },
      ],
    );
    const removed = ids.length ? await deleteDocuments(container, at.pk, ids) : 0;
    deleted += removed;
    // A page of which nothing could be deleted means someone else is purging the same ids; stop
    // rather than ask for the same page again.
    if (removed === 0) return deleted;
  }
}
