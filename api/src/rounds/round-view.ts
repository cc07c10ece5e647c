import type { AnswerView, RoundView } from "@learning-loop/contract";
import { createHash } from "node:crypto";
import type { ScopeAccess } from "../auth/identity";
import { todayIn } from "@learning-loop/contract";
import type { AnswerDoc, ExperimentDoc, ReactionDoc, RoundDoc } from "../cosmos/documents";
import { toExperimentView } from "../experiments/experiment-view";
import { shownTime } from "../answers/answer-time";
import { isOwner } from "../answers/owner-proof";

export interface Viewer {
  access: ScopeAccess;
  anonymitySecret: string;
}

export const canManage = (round: RoundDoc, access: ScopeAccess) =>
  access.role === "owner" || round.startedBy.oid === access.oid;

export function isMine(answer: AnswerDoc, viewer: Viewer): boolean {
  const { tid, oid } = viewer.access;
  if (answer.author) return answer.author.oid === oid;
  return (
    answer.ownerProof !== null && isOwner(viewer.anonymitySecret, answer.ownerProof, tid, oid, answer.id)
  );
}

/**
 * Whether the reveal mode lets this viewer see other people's answers now. Closing a round
 * reveals it: history shows everything that was said.
 */
export function othersVisible(
  round: Pick<RoundDoc, "status" | "revealMode" | "revealed">,
  viewerAnswered: boolean,
): boolean {
  if (round.status === "closed" || round.revealMode === "live") return true;
  if (round.revealMode === "afterAnswer") return viewerAnswered;
  return round.revealed;
}

/** The poll ETag: the round's version, salted per viewer because what a viewer sees depends on who they are. */
export function roundEtag(round: RoundDoc, oid: string): string {
  const viewer = createHash("sha256").update(oid).digest("base64url").slice(0, 8);
  return `"${round.version}-${viewer}"`;
}

export const answerEtag = (answer: AnswerDoc) => `"${answer.rev}"`;

export function toAnswerView(answer: AnswerDoc, mine: boolean, myReactions: ReactionDoc[] = []): AnswerView {
  return {
    id: answer.id,
    roundId: answer.roundId,
    text: answer.text,
    mode: answer.mode,
    anonymous: answer.anonymous,
    author: answer.anonymous ? null : answer.author,
    mine,
    createdAt: shownTime(answer),
    editedAt: answer.editedAt && (answer.anonymous ? shownTime(answer) : answer.editedAt),
    reactions: { ...answer.reactions },
    myReactions: myReactions
      .filter((reaction) => reaction.answerId === answer.id)
      .map((reaction) => reaction.kind),
    etag: answerEtag(answer),
    question: answer.question ?? null,
  };
}

/** The parts of a round's content a view shows; see round-repository's `listRoundContent`. */
export interface ViewContent {
  answers: AnswerDoc[];
  myReactions?: ReactionDoc[];
  experiments?: ExperimentDoc[];
  /** Today in the scope's time zone, for experiments' `due`. */
  today?: string;
}

export function toRoundView(round: RoundDoc, content: ViewContent, viewer: Viewer): RoundView {
  const { answers, myReactions = [], experiments = [], today = todayIn("UTC") } = content;
  const withOwnership = answers.map((answer) => ({ answer, mine: isMine(answer, viewer) }));
  const visible = othersVisible(
    round,
    withOwnership.some((entry) => entry.mine),
  );
  return {
    id: round.id,
    scope: round.scope,
    promptId: round.promptId,
    promptText: round.promptText,
    kind: round.kind,
    meetingId: round.meetingId,
    status: round.status,
    revealMode: round.revealMode,
    revealed: round.revealed,
    startedBy: round.startedBy,
    startedAt: round.startedAt,
    closedAt: round.closedAt,
    answerCount: answers.length,
    canManage: canManage(round, viewer.access),
    answersHidden: !visible,
    answers: withOwnership
      .filter((entry) => visible || entry.mine)
      .map((entry) => toAnswerView(entry.answer, entry.mine, myReactions)),
    review: round.review
      ? {
          ...round.review,
          occurredAt: round.review.occurredAt ?? round.review.receivedAt,
          questions: round.review.questions.map((question) => ({ ...question })),
        }
      : null,
    experiments: experiments
      .filter((experiment) => experiment.roundId === round.id)
      .map((experiment) => toExperimentView(experiment, today)),
    etag: roundEtag(round, viewer.access.oid),
  };
}
