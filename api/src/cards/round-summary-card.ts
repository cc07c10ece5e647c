import type { AnswerView, ExperimentView, RoundView } from "@learning-loop/contract";
import { PROMPT_MAX } from "@learning-loop/contract";
import type { Words } from "../i18n/words";
import { cardText } from "./card-text";
import { expandCard } from "./render";
import type { CardJson } from "./render";
import template from "./templates/round-summary.json" with { type: "json" };

const TOP_ANSWERS = 3;
/** Per question of an after-action review. */
const REVIEW_ANSWERS = 2;
const EXPERIMENTS = 5;
/** Long answers are cut on the card: the whole text is one click away in the history tab. */
const ANSWER_CHARS = 280;

const reactionsOf = (answer: AnswerView) => answer.reactions["me-too"] + answer.reactions.insightful;

/**
 * Card 2, when a round closes: the prompt, how many answered, the answers the team reacted to most
 * and the experiments it started. An anonymous answer is shown as "Anonymous": the view it is made
 * from never carries its author, so the card cannot either.
 */
export function roundSummaryCard(round: RoundView, deepLink: string | null, words: Words): CardJson {
  const { s, format } = words;
  const mostReacted = (answers: AnswerView[], count: number) =>
    [...answers]
      .sort((a, b) => reactionsOf(b) - reactionsOf(a) || a.createdAt.localeCompare(b.createdAt))
      .slice(0, count)
      .map((answer) => ({ text: cardText(answer.text, ANSWER_CHARS), meta: answerMeta(answer, words) }));
  const { review } = round;
  // A review shows what was said to each of its four questions; other rounds their top answers.
  const questions = (review?.questions ?? []).map((question, index) => ({
    text: cardText(`${index + 1}. ${words.prompt(question).text}`, PROMPT_MAX),
    noAnswer: format(s.answers, { count: 0 }),
    answers: mostReacted(
      round.answers.filter((answer) => (answer.question ?? 0) === index),
      REVIEW_ANSWERS,
    ),
  }));
  const top = review ? [] : mostReacted(round.answers, TOP_ANSWERS);
  const experiments = round.experiments.slice(0, EXPERIMENTS).map((experiment) => ({
    text: cardText(experiment.text, 300),
    meta: experimentMeta(experiment, words),
  }));
  return expandCard(template, {
    heading: review ? s.reviewClosedHeading : s.summaryHeading,
    prompt: review
      ? `${s.eventKinds[review.kind]}: ${cardText(review.title, 200)}`
      : cardText(words.prompt({ id: round.promptId ?? "", text: round.promptText }).text, PROMPT_MAX),
    showQuestions: questions.length > 0,
    questions,
    countLine: format(s.answers, { count: round.answerCount }),
    showTopAnswers: top.length > 0,
    topAnswers: top,
    showExperiments: experiments.length > 0,
    experiments,
    showDeepLink: deepLink !== null,
    deepLink: deepLink ?? "",
    labels: { topAnswers: s.topAnswers, experiments: s.experiments, openHistory: s.openHistory },
  });
}

function answerMeta(answer: AnswerView, { s, format }: Words): string {
  const who = answer.anonymous || !answer.author ? s.anonymousAuthor : cardText(answer.author.name, 100);
  const parts = [who];
  if (answer.reactions["me-too"]) parts.push(format(s.meToo, { count: answer.reactions["me-too"] }));
  if (answer.reactions.insightful) parts.push(format(s.insightful, { count: answer.reactions.insightful }));
  return parts.join(" · ");
}

function experimentMeta(experiment: ExperimentView, { s, format, date }: Words): string {
  const parts = [
    experiment.owner ? format(s.owner, { name: cardText(experiment.owner.name, 100) }) : s.noOwner,
  ];
  if (experiment.checkBackAt) {
    parts.push(
      experiment.checkBackAt === "next-standup"
        ? s.checkBackNextStandUp
        : format(s.checkBackOn, { date: cardText(date(experiment.checkBackAt), 40) }),
    );
  }
  return parts.join(" · ");
}
