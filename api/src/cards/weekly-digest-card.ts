import { PROMPT_MAX } from "@learning-loop/contract";
import type { ExperimentStatus } from "@learning-loop/contract";
import type { Words } from "../i18n/words";
import { cardText } from "./card-text";
import { expandCard } from "./render";
import type { CardJson } from "./render";
import template from "./templates/weekly-digest.json" with { type: "json" };

export interface WeeklyDigest {
  scopeName: string;
  /** Monday and Sunday of the week, `YYYY-MM-DD` in the scope's time zone. */
  from: string;
  to: string;
  rounds: number;
  answers: number;
  experimentsStarted: number;
  experimentsClosed: number;
  /** The prompts asked, newest first. */
  prompts: { id: string | null; text: string }[];
  /** Experiments closed this week, with what the team learned. */
  outcomes: { text: string; status: ExperimentStatus; outcome: string | null }[];
  deepLink: string | null;
}

const LIST_LENGTH = 5;

/** Card 3: the week in numbers, what was asked and what the experiments taught. */
export function weeklyDigestCard(digest: WeeklyDigest, words: Words): CardJson {
  const { s, format } = words;
  const prompts = digest.prompts.slice(0, LIST_LENGTH).map((prompt) => ({
    text: `“${cardText(words.prompt({ ...prompt, id: prompt.id ?? "" }).text, PROMPT_MAX)}”`,
  }));
  const outcomes = digest.outcomes.slice(0, LIST_LENGTH).map((item) => ({
    text: cardText(item.text, 300),
    meta: [
      item.status === "done" ? s.statusDone : s.statusDropped,
      item.outcome ? cardText(item.outcome, 300) : null,
    ]
      .filter(Boolean)
      .join(" · "),
  }));
  return expandCard(template, {
    heading: format(s.digestHeading, { scope: cardText(digest.scopeName, 100) }),
    period: format(s.digestPeriod, { from: words.date(digest.from), to: words.date(digest.to) }),
    facts: [
      { title: s.factRounds, value: String(digest.rounds) },
      { title: s.factAnswers, value: String(digest.answers) },
      { title: s.factStarted, value: String(digest.experimentsStarted) },
      { title: s.factClosed, value: String(digest.experimentsClosed) },
    ],
    showPrompts: prompts.length > 0,
    prompts,
    showOutcomes: outcomes.length > 0,
    outcomes,
    showDeepLink: digest.deepLink !== null,
    deepLink: digest.deepLink ?? "",
    labels: { prompts: s.promptsAsked, outcomes: s.outcomes, openHistory: s.openHistory },
  });
}
