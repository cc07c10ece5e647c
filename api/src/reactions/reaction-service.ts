import type { Db } from "../cosmos/db";
import type { ReactionKind } from "@learning-loop/contract";
import { createHash } from "node:crypto";
import { readAnswer } from "../answers/answer-repository";
import type { ReactionDoc } from "../cosmos/documents";
import { notFound } from "../domain/errors";
import { changeRound, listRoundContent, readRound } from "../rounds/round-repository";
import { countReaction } from "../answers/answer-repository";
import { isMine, othersVisible } from "../rounds/round-view";
import type { Viewer } from "../rounds/round-view";
import { createReaction, deleteReaction } from "./reaction-repository";

/**
 * One document per person, answer and kind. The id is derived from the three (the person only as a
 * hash), so a repeated PUT collides with itself and is a no-op.
 */
export function reactionId(answerId: string, oid: string, kind: ReactionKind): string {
  const person = createHash("sha256").update(oid).digest("base64url").slice(0, 16);
  return `reaction.${answerId}.${person}.${kind}`;
}

/** The answer and its round, if the caller may see the answer now: reveal modes apply to reactions too. */
async function visibleAnswer(db: Db, viewer: Viewer, roundId: string, answerId: string) {
  const answer = await readAnswer(db, viewer.access, answerId);
  const round = answer?.roundId === roundId ? await readRound(db, viewer.access, roundId) : undefined;
  if (!answer || !round) throw notFound("The answer");
  const hasAnswered = async () =>
    (await listRoundContent(db, viewer.access, [roundId], viewer.access.oid)).answers.some((candidate) =>
      isMine(candidate, viewer),
    );
  const visible =
    isMine(answer, viewer) ||
    othersVisible(round, round.revealMode === "afterAnswer" && (await hasAnswered()));
  if (!visible) throw notFound("The answer");
  return { answer, round };
}

export async function setReaction(
  db: Db,
  viewer: Viewer,
  roundId: string,
  answerId: string,
  kind: ReactionKind,
  on: boolean,
  now = new Date(),
): Promise<void> {
  const { answer, round } = await visibleAnswer(db, viewer, roundId, answerId);
  const { access } = viewer;
  const id = reactionId(answerId, access.oid, kind);
  const doc: ReactionDoc = {
    id,
    pk: access.pk,
    tid: access.tid,
    scope: access.scope,
    type: "reaction",
    roundId,
    roundAt: round.startedAt,
    answerId,
    kind,
    oid: access.oid,
    createdAt: now.toISOString(),
  };
  const changed = on ? await createReaction(db, doc) : await deleteReaction(db, access, id);
  if (!changed) return;
  await countReaction(db, access, answer.id, kind, on ? 1 : -1);
  await changeRound(db, access, roundId);
}
