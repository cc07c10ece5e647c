import { REVIEW_QUESTION_COUNT } from "@learning-loop/contract";
import type { AnswerView, EventSource, RoundView } from "@learning-loop/contract";
import type { MessageKey } from "../i18n/english";

/** The review's answers to each of its four questions; an answer without a question counts for the first. */
export function answersByQuestion(round: RoundView): AnswerView[][] {
  const groups: AnswerView[][] = Array.from({ length: REVIEW_QUESTION_COUNT }, () => []);
  for (const answer of round.answers) groups[answer.question ?? 0]?.push(answer);
  return groups;
}

export const questionKey = (index: number) => `review.question.${index}` as MessageKey;
export const hintKey = (index: number) => `review.hint.${index}` as MessageKey;
export const kindKey = (kind: string) => `review.kind.${kind}` as MessageKey;
export const sourceKey = (source: EventSource) => `review.source.${source}` as MessageKey;

/** The answers a person typed into the review form, ready to send: one per question answered. */
export function reviewDrafts(texts: readonly string[]): { question: number; text: string }[] {
  return texts
    .map((text, question) => ({ question, text: text.trim() }))
    .filter((draft) => draft.text !== "");
}
