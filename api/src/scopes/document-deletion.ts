import type { Container } from "@azure/cosmos";
import { cosmosStatus } from "../cosmos/errors";
import { withRetry } from "../cosmos/retry";

/** Deletes at most this many documents at once, so a purge never floods the database. */
const DELETE_CONCURRENCY = 8;

export async function deleteDocuments(
  container: Container,
  pk: string,
  ids: readonly string[],
): Promise<number> {
  const queue = [...ids];
  let deleted = 0;
  const worker = async () => {
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      const current = id;
      try {
        await withRetry(() => container.item(current, pk).delete());
        deleted += 1;
      } catch (error) {
        if (cosmosStatus(error) === 404) continue;
        // Emptying the queue stops the other workers, so a failed purge ends promptly.
        queue.length = 0;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(DELETE_CONCURRENCY, queue.length) }, worker));
  return deleted;
}
