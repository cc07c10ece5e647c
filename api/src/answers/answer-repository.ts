import type { Container } from "@azure/cosmos";
import type { ReactionKind } from "@learning-loop/contract";
import { createOnce } from "../cosmos/create-once";
import type { AnswerDoc } from "../cosmos/documents";
import { cosmosStatus } from "../cosmos/errors";
import { withRetry } from "../cosmos/retry";
import { readInScope } from "../cosmos/scoped";
import type { Scoped } from "../cosmos/scoped";

export const readAnswer = (container: Container, at: Scoped, id: string) =>
  readInScope<AnswerDoc>(container, at, id, "answer");

/**
 * Replaces an answer only if nobody wrote it since it was read (Cosmos' own `_etag`), so a
 * concurrent reaction count or edit is never overwritten. Returns undefined when the race was lost.
 */
export async function replaceAnswer(container: Container, doc: AnswerDoc): Promise<AnswerDoc | undefined> {
  try {
    const { resource } = await container
      .item(doc.id, doc.pk)
      .replace<AnswerDoc>(doc, { accessCondition: { type: "IfMatch", condition: doc._etag ?? "" } });
    return resource;
  } catch (error) {
    if (cosmosStatus(error) === 412) return undefined;
    throw error;
  }
}

export async function deleteAnswerIfUnchanged(container: Container, doc: AnswerDoc): Promise<boolean> {
  try {
    await container
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
export const createAnswer = (container: Container, doc: AnswerDoc) => createOnce(container, doc);

/** Removes an answer; one already gone is fine. */
export async function deleteAnswer(container: Container, at: Scoped, id: string): Promise<void> {
  try {
    await withRetry(() => container.item(id, at.pk).delete());
  } catch (error) {
    if (cosmosStatus(error) !== 404) throw error;
  }
}

/** Counts one reaction more or fewer on an answer, without touching its text or `rev`. */
export async function countReaction(
  container: Container,
  at: Scoped,
  answerId: string,
  kind: ReactionKind,
  delta: 1 | -1,
): Promise<void> {
  await container.item(answerId, at.pk).patch([{ op: "incr", path: `/reactions/${kind}`, value: delta }]);
}
