import type { Scoped } from "../cosmos/scoped";
import type { Container } from "@azure/cosmos";
import { queryInScope } from "../cosmos/scoped";
import { deleteDocuments } from "./document-deletion";

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
    const ids = (
      await queryInScope<{ id: string }>(container, at, { select: "c.id", where: "true", top: PAGE_SIZE })
    ).map((doc) => doc.id);
    const removed = ids.length ? await deleteDocuments(container, at.pk, ids) : 0;
    deleted += removed;
    // A page of which nothing could be deleted means someone else is purging the same ids; stop
    // rather than ask for the same page again.
    if (removed === 0) return deleted;
  }
}
