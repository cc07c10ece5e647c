import type { AfterActionEventKind } from "@learning-loop/contract";
import { PROMPT_MAX } from "@learning-loop/contract";
import type { Words } from "../i18n/words";
import { cardText } from "./card-text";
import { expandCard } from "./render";
import type { CardJson } from "./render";
import template from "./templates/prompt.json" with { type: "json" };

/** What the person looking at the card sees: the form, their "you answered", or the closed round. */
export type PromptCardState = "open" | "answered" | "closed";

export interface PromptCardInput {
  roundId: string;
  scope: string;
  promptText: string;
  hint: string | null;
  answerCount: number;
  state: PromptCardState;
  anonymousDefault: boolean;
  /** The outside event of an after-action review. */
  event: { kind: AfterActionEventKind; title: string; url: string | null } | null;
  /** An after-action review's four questions: one short answer each, and a close button. */
  questions: { id: string; text: string; hint: string | null }[] | null;
  deepLink: string | null;
}

/** The action verbs of the prompt card, as the bot's invoke handler routes them. */
export const PROMPT_VERBS = { answer: "answer", refresh: "refresh", close: "close" } as const;

/** The input of a review's question `index` on the card (`answer0` … `answer3`). */
export const questionInputId = (index: number) => `answer${index}`;

/**
 * Card 1: the round's prompt, answerable in place with `Action.Execute`. Its `refresh` has no
 * `userIds`: in chats and channels of up to 60 people Teams then refreshes it for everyone, which
 * a stand-up is, and each person gets their own view back.
 */
export function promptCard(input: PromptCardInput, words: Words): CardJson {
  const { s, format } = words;
  const { event } = input;
  const questions = input.questions ?? [];
  return expandCard(template, {
    roundId: input.roundId,
    scope: input.scope,
    state: input.state,
    heading: event ? s.afterActionHeading : s.promptHeading,
    showEvent: event !== null,
    eventLine: event ? `${s.eventKinds[event.kind]}: ${cardText(event.title, 200)}` : "",
    prompt: cardText(input.promptText, PROMPT_MAX),
    showHint: Boolean(input.hint) && questions.length === 0,
    hint: input.hint ? cardText(input.hint, 200) : "",
    showQuestions: questions.length > 0,
    questions: questions.map((asked, index) => {
      const question = words.prompt(asked);
      return {
        inputId: questionInputId(index),
        text: cardText(`${index + 1}. ${question.text}`, PROMPT_MAX),
        hint: question.hint ? cardText(question.hint, 200) : "",
        label: format(s.reviewAnswerLabel, { number: index + 1 }),
        placeholder: s.reviewPlaceholder,
        open: input.state === "open",
      };
    }),
    showClose: questions.length > 0 && input.state !== "closed",
    anonymousDefault: String(input.anonymousDefault),
    countLine: format(input.state !== "closed" ? s.answersSoFar : s.answers, { count: input.answerCount }),
    showEventUrl: Boolean(event?.url),
    eventUrl: event?.url ?? "",
    showDeepLink: input.deepLink !== null,
    deepLink: input.deepLink ?? "",
    labels: {
      refresh: s.refresh,
      answer: s.answer,
      placeholder: s.placeholder,
      answerRequired: s.answerRequired,
      anonymous: s.anonymous,
      anonymousNote: s.anonymousNote,
      send: s.send,
      answered: s.answered,
      closed: s.closed,
      openHistory: s.openHistory,
      reviewIntro: s.reviewIntro,
      close: s.closeReview,
      openEvent: event ? s.openEvent[event.kind] : "",
    },
  });
}
