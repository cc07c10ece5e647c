import type { Db } from "../cosmos/db";
import type { AnswerView, CreateAnswerRequest } from "@learning-loop/contract";
import type { AnswerDoc } from "../cosmos/documents";
import { DomainError, notFound } from "../domain/errors";
import { countAnswerOnOpenRound, roundStartOf } from "../rounds/round-repository";
import { isMine, toAnswerView } from "../rounds/round-view";
import type { Viewer } from "../rounds/round-view";
import { foldForSearch } from "../search/normalize";
import { recordAnswerSubmitted } from "../telemetry/metrics";
import { createAnswer, deleteAnswer, readAnswer } from "./answer-repository";
import { anonymousTime } from "./answer-time";
import { ownerProof } from "./owner-proof";

/**
 * Stores an answer under its client-made id: one create, then one patch that bumps the round's
 * version and count so pollers see it, on condition that the round is open — no read first (the
 * round's start, which the answer carries for the history, comes from `roundStartOf`). If the
 * round is closed or unknown, the answer just created is removed again. A replay (same id, same
 * content) answers with the stored answer and bumps the version again, so an answer whose first
 * bump failed still becomes visible; the extra bump only costs pollers one refresh.
 */
export async function submitAnswer(
  db: Db,
  viewer: Viewer,
  roundId: string,
  request: CreateAnswerRequest,
  now = new Date(),
): Promise<{ created: boolean; answer: AnswerView }> {
  const { access, anonymitySecret } = viewer;
  const roundAt = await roundStartOf(db, access, roundId);
  if (!roundAt) throw notFound("The round");
  const anonymous = request.anonymous ?? false;
  const doc: AnswerDoc = {
    id: request.id,
    pk: access.pk,
    tid: access.tid,
    scope: access.scope,
    type: "answer",
    roundId,
    roundAt,
    text: request.text,
    mode: request.mode ?? null,
    anonymous,
    author: anonymous ? null : { oid: access.oid, name: access.name },
    ownerProof: anonymous ? ownerProof(anonymitySecret, access.tid, access.oid, request.id) : null,
    createdAt: anonymous ? anonymousTime(roundAt) : now.toISOString(),
    editedAt: null,
    reactions: { "me-too": 0, insightful: 0 },
    rev: 1,
    search: foldForSearch(request.text),
    ...(request.question === undefined ? {} : { question: request.question }),
  };
  const created = await createAnswer(db, doc);
  if (created) {
    const counted = await countAnswerOnOpenRound(db, access, roundId, 1);
    if (counted === "counted") {
      recordAnswerSubmitted();
      return { created: true, answer: toAnswerView(created, true) };
    }
    await deleteAnswer(db, access, doc.id);
    if (counted === "missing") throw notFound("The round");
    throw new DomainError("conflict", "This round is closed.", "roundId");
  }
  const stored = await readAnswer(db, access, doc.id);
  if (!stored || !sameAnswer(stored, doc, viewer)) {
    throw new DomainError("conflict", "An answer with this id already exists with other content.", "id");
  }
  await countAnswerOnOpenRound(db, access, roundId, 0);
  return { created: false, answer: toAnswerView(stored, true) };
}

const sameAnswer = (stored: AnswerDoc, doc: AnswerDoc, viewer: Viewer) =>
  stored.type === "answer" &&
  stored.tid === doc.tid &&
  stored.scope === doc.scope &&
  stored.roundId === doc.roundId &&
  stored.text === doc.text &&
  stored.mode === doc.mode &&
  (stored.question ?? null) === (doc.question ?? null) &&
  stored.anonymous === doc.anonymous &&
  isMine(stored, viewer);
