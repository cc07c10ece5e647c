import type { ExperimentStatus } from "@learning-loop/contract";
import type { Words } from "../i18n/words";
import { cardText } from "./card-text";
import { expandCard } from "./render";
import type { CardJson } from "./render";
import template from "./templates/lesson-tried.json" with { type: "json" };

/** What the lesson-tried card shows: the lesson and one adopting team's outcome (names per its settings). */
export interface LessonTriedCardInput {
  lessonText: string;
  team: string | null;
  status: ExperimentStatus;
  outcome: string;
}

/** To the publishing team: another team tried its lesson, and how it went. */
export function lessonTriedCard(input: LessonTriedCardInput, words: Words): CardJson {
  const { s, format } = words;
  const team = input.team === null ? s.lessonTriedSomeTeam : cardText(input.team, 100);
  return expandCard(template, {
    heading: s.lessonTriedHeading,
    lesson: cardText(input.lessonText, 300),
    who: format(input.status === "done" ? s.lessonTriedDone : s.lessonTriedDropped, { team }),
    outcome: cardText(input.outcome, 500),
  });
}
