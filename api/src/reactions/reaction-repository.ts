import type { Db } from "../cosmos/db";
import { containerOf } from "../cosmos/db";
import type { ReactionDoc } from "../cosmos/documents";
import { createOnce } from "../cosmos/create-once";
import { cosmosStatus } from "../cosmos/errors";
import { withRetry } from "../cosmos/retry";
import { queryInScope } from "../cosmos/scoped";
import type { Scoped } from "../cosmos/scoped";

/** Creates the reaction; false when this person already reacted this way (its id is derived). */
export async function createReaction(db: Db, doc: ReactionDoc): Promise<boolean> {
  return (await createOnce(db, doc)) !== false;
}

/** Deletes the reaction; false when there was none. */
export async function deleteReaction(db: Db, at: Scoped, id: string): Promise<boolean> {
  try {
    await withRetry(() => containerOf(db).item(id, at.pk).delete());
    return true;
  } catch (error) {
    if (cosmosStatus(error) === 404) return false;
    throw error;
  }
}

export async function listReactions(
  db: Db,
  at: Scoped,
  filter: { answerId?: string; oid?: string },
): Promise<ReactionDoc[]> {
  return queryInScope<ReactionDoc>(db, at, {
    where: [
      'c.type = "reaction"',
      filter.answerId !== undefined ? "c.answerId = @answerId" : "",
      filter.oid !== undefined ? "c.oid = @oid" : "",
    ]
      .filter(Boolean)
      .join(" AND "),
    parameters: [
      { name: "@answerId", value: filter.answerId ?? null },
      { name: "@oid", value: filter.oid ?? null },
    ],
  });
}

/** Removes an answer's reactions once the answer is gone, so nobody's reaction outlives it. */
export async function deleteReactionsOf(db: Db, at: Scoped, filter: { answerId: string }) {
  for (const reaction of await listReactions(db, at, filter)) await deleteReaction(db, at, reaction.id);
}
