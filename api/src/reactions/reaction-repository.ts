import type { Container } from "@azure/cosmos";
import type { ReactionDoc } from "../cosmos/documents";
import { createOnce } from "../cosmos/create-once";
import { cosmosStatus } from "../cosmos/errors";
import { withRetry } from "../cosmos/retry";
import { queryInScope } from "../cosmos/scoped";
import type { Scoped } from "../cosmos/scoped";

/** Creates the reaction; false when this person already reacted this way (its id is derived). */
export async function createReaction(container: Container, doc: ReactionDoc): Promise<boolean> {
  return (await createOnce(container, doc)) !== false;
}

/** Deletes the reaction; false when there was none. */
export async function deleteReaction(container: Container, at: Scoped, id: string): Promise<boolean> {
  try {
    await withRetry(() => container.item(id, at.pk).delete());
    return true;
  } catch (error) {
    if (cosmosStatus(error) === 404) return false;
    throw error;
  }
}

export async function listReactions(
  container: Container,
  at: Scoped,
  filter: { answerId?: string; oid?: string },
): Promise<ReactionDoc[]> {
  return queryInScope<ReactionDoc>(container, at, {
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
export async function deleteReactionsOf(container: Container, at: Scoped, filter: { answerId: string }) {
  for (const reaction of await listReactions(container, at, filter))
    await deleteReaction(container, at, reaction.id);
}
