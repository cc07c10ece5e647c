import type { AnswerDoc } from "../cosmos/documents";

/**
 * The time an answer shows and sorts by. An anonymous answer keeps no time of its own: it shows its
 * round's start, so that neither a timestamp nor its place among the other answers tells when it
 * was sent (and so by whom, to anyone who watched the room). Named answers keep their real time.
 * Documents written before anonymous answers were stored this way are shown the same way.
 */
export function shownTime(answer: Pick<AnswerDoc, "anonymous" | "createdAt" | "roundAt">): string {
  return answer.anonymous ? answer.roundAt : answer.createdAt;
}

/** What an anonymous answer stores as its creation and edit time: its round's start. */
export const anonymousTime = (roundAt: string): string => roundAt;

/**
 * Answers in the order every view shows them: anonymous answers first, in the order of their ids
 * (random UUIDs, unrelated to when or by whom they were sent), then named answers as they came.
 */
export const byShownOrder = (a: AnswerDoc, b: AnswerDoc): number =>
  shownTime(a).localeCompare(shownTime(b)) || a.id.localeCompare(b.id);
