import type { Db } from "../cosmos/db";
import type { AnswerView, UpdateAnswerRequest } from "@learning-loop/contract";
import type { AnswerDoc } from "../cosmos/documents";
import { DomainError, notFound } from "../domain/errors";
import { deleteReactionsOf } from "../reactions/reaction-repository";
import { changeRound } from "../rounds/round-repository";
import { answerEtag, isMine, toAnswerView } from "../rounds/round-view";
import type { Viewer } from "../rounds/round-view";
import { foldForSearch } from "../search/normalize";
import { deleteAnswerIfUnchanged, readAnswer, replaceAnswer } from "./answer-repository";
import { anonymousTime } from "./answer-time";

/** Reactions race with edits on the same document; a lost race is re-read and retried this often. */
const ATTEMPTS = 5;

async function ownAnswer(db: Db, viewer: Viewer, roundId: string, id: string, ifMatch: string | null) {
  const answer = await readAnswer(db, viewer.access, id);
  // Somebody else's answer is "not found" for an edit: its existence is not the caller's business.
  if (!answer || answer.roundId !== roundId || !isMine(answer, viewer)) throw notFound("The answer");
  if (ifMatch !== null && ifMatch.trim() !== "*" && ifMatch.trim() !== answerEtag(answer)) {
    throw new DomainError("stale", "The answer changed since you loaded it; reload and try again.");
  }
  return answer;
}

export async function editAnswer(
  db: Db,
  viewer: Viewer,
  roundId: string,
  id: string,
  ifMatch: string,
  update: UpdateAnswerRequest,
  now = new Date(),
): Promise<AnswerView> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const answer = await ownAnswer(db, viewer, roundId, id, ifMatch);
    const next: AnswerDoc = {
      ...answer,
      ...(update.text !== undefined ? { text: update.text, search: foldForSearch(update.text) } : {}),
      ...(update.mode !== undefined ? { mode: update.mode } : {}),
      editedAt: answer.anonymous ? anonymousTime(answer.roundAt) : now.toISOString(),
      rev: answer.rev + 1,
    };
    const saved = await replaceAnswer(db, next);
    if (saved) {
      await changeRound(db, viewer.access, roundId);
      return toAnswerView(saved, true);
    }
  }
  throw new DomainError("stale", "The answer is changing too quickly; try again.");
}

export async function deleteAnswer(
  db: Db,
  viewer: Viewer,
  roundId: string,
  id: string,
  ifMatch: string | null,
): Promise<void> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const answer = await ownAnswer(db, viewer, roundId, id, ifMatch);
    if (await deleteAnswerIfUnchanged(db, answer)) {
      await deleteReactionsOf(db, viewer.access, { answerId: id });
      await changeRound(db, viewer.access, roundId, { answerCount: -1 });
      return;
    }
  }
  throw new DomainError("stale", "The answer is changing too quickly; try again.");
}
