import type { Db } from "../cosmos/db";
import { containerOf } from "../cosmos/db";
import type { ReactionKind } from "@learning-loop/contract";
import { createOnce } from "../cosmos/create-once";
import type { AnswerDoc } from "../cosmos/documents";
import { cosmosStatus } from "../cosmos/errors";
import { withRetry } from "../cosmos/retry";
import { readInScope } from "../cosmos/scoped";
import type { Scoped } from "../cosmos/scoped";

export const readAnswer = (db: Db, at: Scoped, id: string) => readInScope<AnswerDoc>(db, at, id, "answer");

/**
 * Replaces an answer only if nobody wrote it since it was read (Cosmos' own `_etag`), so a
 * concurrent reaction count or edit is never overwritten. Returns undefined when the race was lost.
 */
export async function replaceAnswer(db: Db, doc: AnswerDoc): Promise<AnswerDoc | undefined> {
  try {
    const { resource } = await containerOf(db)
      .item(doc.id, doc.pk)
      .replace<AnswerDoc>(doc, { accessCondition: { type: "IfMatch", condition: doc._etag ?? "" } });
    return resource;
  } catch (error) {
    if (cosmosStatus(error) === 412) return undefined;
    throw error;
  }
}

export async function deleteAnswerIfUnchanged(db: Db, doc: AnswerDoc): Promise<boolean> {
  try {
    await containerOf(db)
      .item(doc.id, doc.pk)
      .delete({ accessCondition: { type: "IfMatch", condition: doc._etag ?? "" } });
    return true;
  } catch (error) {
    const status = cosmosStatus(error);
    if (status === 412) return false;
    if (status === 404) return true;
    throw error;
  }
}

/** Stores a new answer; false when its id is taken already (a replay, or someone else's id). */
export const createAnswer = (db: Db, doc: AnswerDoc) => createOnce(db, doc);

/** Removes an answer; one already gone is fine. */
export async function deleteAnswer(db: Db, at: Scoped, id: string): Promise<void> {
  try {
    await withRetry(() => containerOf(db).item(id, at.pk).delete());
  } catch (error) {
    if (cosmosStatus(error) !== 404) throw error;
  }
}

/** Counts one reaction more or fewer on an answer, without touching its text or `rev`. */
export async function countReaction(
  db: Db,
  at: Scoped,
  answerId: string,
  kind: ReactionKind,
  delta: 1 | -1,
): Promise<void> {
  await containerOf(db)
    .item(answerId, at.pk)
    .patch([{ op: "incr", path: `/reactions/${kind}`, value: delta }]);
}
