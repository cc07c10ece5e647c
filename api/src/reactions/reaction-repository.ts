import type { Container } from "@azure/cosmos";
import type { ReactionDoc } from "../cosmos/documents";
import { cosmosStatus } from "../cosmos/errors";
import { withRetry } from "../cosmos/retry";

type Scoped = { pk: string; tid: string; scope: string };

/** Creates the reaction; false when this person already reacted this way (its id is derived). */
export async function createReaction(container: Container, doc: ReactionDoc): Promise<boolean> {
  try {
    await withRetry(() => container.items.create(doc));
    return true;
  } catch (error) {
    if (cosmosStatus(error) === 409) return false;
    throw error;
  }
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
  const conditions = [
    filter.answerId !== undefined ? " AND c.answerId = @answerId" : "",
    filter.oid !== undefined ? " AND c.oid = @oid" : "",
  ].join("");
  const { resources } = await withRetry(() =>
    container.items
      .query<ReactionDoc>(
        {
          query: `SELECT * FROM c WHERE c.pk = @pk AND c.tid = @tid AND c.scope = @scope AND c.type = "reaction"${conditions}`,
          parameters: [
            { name: "@pk", value: at.pk },
            { name: "@tid", value: at.tid },
            { name: "@scope", value: at.scope },
            { name: "@answerId", value: filter.answerId ?? null },
            { name: "@oid", value: filter.oid ?? null },
          ],
        },
        { partitionKey: at.pk },
      )
      .fetchAll(),
  );
  return resources;
}

/** Removes an answer's reactions once the answer is gone, so nobody's reaction outlives it. */
export async function deleteReactionsOf(container: Container, at: Scoped, filter: { answerId: string }) {
  for (const reaction of await listReactions(container, at, filter))
    await deleteReaction(container, at, reaction.id);
}
