import type { Db } from "../cosmos/db";
import { containerOf } from "../cosmos/db";
import type { AfterActionEventDoc } from "../cosmos/documents";
import { withRetry } from "../cosmos/retry";
import { readInScope } from "../cosmos/scoped";
import type { Scoped } from "../cosmos/scoped";

/** The event an after-action round is about, stored under the round's id. */
export const afterActionEventId = (roundId: string) => `afterActionEvent:${roundId}`;

export function readAfterActionEvent(
  db: Db,
  at: Scoped,
  roundId: string,
): Promise<AfterActionEventDoc | undefined> {
  return readInScope<AfterActionEventDoc>(db, at, afterActionEventId(roundId), "afterActionEvent");
}

export async function saveAfterActionEvent(db: Db, doc: AfterActionEventDoc): Promise<void> {
  await withRetry(() => containerOf(db).items.upsert(doc));
}
