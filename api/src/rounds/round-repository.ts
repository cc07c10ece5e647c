import type { PatchOperation } from "@azure/cosmos";
import type { Db } from "../cosmos/db";
import { containerOf } from "../cosmos/db";
import { createOnce } from "../cosmos/create-once";
import type { AnswerDoc, ExperimentDoc, ReactionDoc, RoundDoc } from "../cosmos/documents";
import { cosmosStatus } from "../cosmos/errors";
import { withRetry } from "../cosmos/retry";
import { queryInScope, readInScope } from "../cosmos/scoped";
import type { Scoped } from "../cosmos/scoped";
import { knownRoundStart, rememberRoundStart } from "./round-start";
import { byShownOrder } from "../answers/answer-time";

export async function readRound(db: Db, at: Scoped, id: string): Promise<RoundDoc | undefined> {
  const round = await readInScope<RoundDoc>(db, at, id, "round");
  if (round) rememberRoundStart(round);
  return round;
}

/** The round's start, from memory or one point read; undefined when there is no such round here. */
export async function roundStartOf(db: Db, at: Scoped, roundId: string): Promise<string | undefined> {
  return knownRoundStart(at.pk, roundId) ?? (await readRound(db, at, roundId))?.startedAt;
}

/** Creates a round, or returns the stored one when its id is already taken (a replayed create). */
export async function createRound(
  db: Db,
  doc: RoundDoc,
): Promise<{ created: boolean; round: RoundDoc | undefined }> {
  const created = await createOnce(db, doc);
  if (!created) return { created: false, round: await readRound(db, doc, doc.id) };
  rememberRoundStart(doc);
  return { created: true, round: created };
}

export async function findOpenRound(
  db: Db,
  at: Scoped,
  meetingId: string | undefined,
): Promise<RoundDoc | undefined> {
  const [round] = await queryInScope<RoundDoc>(db, at, {
    // An after-action review waits beside the day's round (reviews below), never instead of it.
    where: `c.type = "round" AND c.status = "open" AND ${NOT_A_REVIEW}${meetingId === undefined ? "" : " AND c.meetingId = @meetingId"}`,
    parameters: [{ name: "@meetingId", value: meetingId ?? null }],
    orderBy: "c.startedAt DESC",
    top: 1,
  });
  if (round) rememberRoundStart(round);
  return round;
}

const NOT_A_REVIEW = "(NOT IS_DEFINED(c.review) OR IS_NULL(c.review))";

/** The scope's open after-action reviews (rounds with a `review`), newest first. */
export async function listOpenReviews(db: Db, at: Scoped, limit: number): Promise<RoundDoc[]> {
  const rounds = await queryInScope<RoundDoc>(db, at, {
    where: 'c.type = "round" AND c.status = "open" AND IS_DEFINED(c.review) AND NOT IS_NULL(c.review)',
    orderBy: "c.startedAt DESC",
    top: limit,
  });
  rounds.forEach(rememberRoundStart);
  return rounds;
}

/** The rounds started in [from, to), newest first: their ids, prompts, answer counts and starts. */
export const listRoundsStartedBetween = (db: Db, at: Scoped, from: string, to: string) =>
  queryInScope<Pick<RoundDoc, "id" | "promptId" | "promptText" | "answerCount" | "startedAt">>(db, at, {
    select: "c.id, c.promptId, c.promptText, c.answerCount, c.startedAt",
    where: 'c.type = "round" AND c.startedAt >= @from AND c.startedAt < @to',
    parameters: [
      { name: "@from", value: from },
      { name: "@to", value: to },
    ],
    orderBy: "c.startedAt DESC",
  });

export interface RoundContent {
  answers: AnswerDoc[];
  /** Only the viewer's own reactions: enough to show what they reacted with, and nobody else's. */
  myReactions: ReactionDoc[];
  experiments: ExperimentDoc[];
}

/** Everything a view of these rounds needs beyond the round documents, in one query. */
export async function listRoundContent(
  db: Db,
  at: Scoped,
  roundIds: string[],
  viewerOid: string,
): Promise<RoundContent> {
  const content: RoundContent = { answers: [], myReactions: [], experiments: [] };
  if (roundIds.length === 0) return content;
  const resources = await queryInScope<AnswerDoc | ReactionDoc | ExperimentDoc>(db, at, {
    where:
      'ARRAY_CONTAINS(@roundIds, c.roundId) AND (c.type = "answer" OR c.type = "experiment" OR (c.type = "reaction" AND c.oid = @oid))',
    parameters: [
      { name: "@roundIds", value: roundIds },
      { name: "@oid", value: viewerOid },
    ],
  });
  for (const doc of resources) {
    if (doc.type === "answer") content.answers.push(doc);
    else if (doc.type === "reaction") content.myReactions.push(doc);
    else content.experiments.push(doc);
  }
  content.answers.sort(byShownOrder);
  return content;
}

/** What may change on a round after it started: closing it, revealing it, an answer fewer. */
export interface RoundChange {
  status?: "closed";
  closedAt?: string;
  revealed?: true;
  /** Added to the answer count (an answer taken back: -1). */
  answerCount?: number;
}

/**
 * Applies a change to a round and bumps its version so every poller sees it; an empty change
 * only bumps the version (something inside the round changed).
 */
export function changeRound(db: Db, at: Scoped, id: string, change: RoundChange = {}) {
  const operations: PatchOperation[] = [];
  if (change.status !== undefined) operations.push({ op: "set", path: "/status", value: change.status });
  if (change.closedAt !== undefined)
    operations.push({ op: "set", path: "/closedAt", value: change.closedAt });
  if (change.revealed !== undefined)
    operations.push({ op: "set", path: "/revealed", value: change.revealed });
  if (change.answerCount !== undefined)
    operations.push({ op: "incr", path: "/answerCount", value: change.answerCount });
  return patchRound(db, at, id, operations);
}

async function patchRound(db: Db, at: Scoped, id: string, operations: PatchOperation[]): Promise<RoundDoc> {
  const { resource } = await withRetry(() =>
    containerOf(db)
      .item(id, at.pk)
      .patch<RoundDoc>([...operations, { op: "incr", path: "/version", value: 1 }]),
  );
  if (!resource) throw new Error("patch returned no round");
  return resource;
}

/**
 * Counts a new answer on a round that is still open, in the same write as the version bump: the
 * patch carries the condition, so no read is needed first. "closed" also covers an id that is not
 * a round of this scope (the partition key already pins tenant and scope).
 */
export async function countAnswerOnOpenRound(
  db: Db,
  at: Scoped,
  roundId: string,
  answers: 1 | 0,
): Promise<"counted" | "closed" | "missing"> {
  try {
    await withRetry(() =>
      containerOf(db)
        .item(roundId, at.pk)
        .patch({
          condition: 'FROM c WHERE c.type = "round" AND c.status = "open"',
          operations: [
            ...(answers ? [{ op: "incr" as const, path: "/answerCount", value: answers }] : []),
            { op: "incr", path: "/version", value: 1 },
          ],
        }),
    );
    return "counted";
  } catch (error) {
    const status = cosmosStatus(error);
    if (status === 412) return "closed";
    if (status === 404) return "missing";
    throw error;
  }
}
