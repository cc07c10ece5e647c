import type { Messages } from "../i18n/messages-type";

const en = {
  "prompt.today": "Today's prompt",
  "prompt.start": "Start learning moment",
  "prompt.starting": "Starting…",
  "round.live": "Learning moment in progress",
  "round.none": "No learning moment yet. Start one when the team is ready.",
  "round.answers": "Answers",
  "round.answerCount": "{count, plural, one {# answer} other {# answers}}",
  "round.noAnswers": "No answers yet. Be the first to share.",
  "round.hidden": "Answers are hidden until they are revealed.",
  "composer.label": "Your answer",
  "composer.placeholder": "What did you learn?",
  "composer.share": "Share answer",
  "composer.count": "{count} of {max} characters",
  "answer.anonymous": "Anonymous",
  "answer.you": "You",
} as const;

const de: Messages<typeof en> = {
  "prompt.today": "Frage des Tages",
  "prompt.start": "Lernmoment starten",
  "prompt.starting": "Wird gestartet…",
  "round.live": "Lernmoment läuft",
  "round.none": "Noch kein Lernmoment. Starten Sie einen, wenn das Team bereit ist.",
  "round.answers": "Antworten",
  "round.answerCount": "{count, plural, one {# Antwort} other {# Antworten}}",
  "round.noAnswers": "Noch keine Antworten. Teilen Sie als Erste oder Erster.",
  "round.hidden": "Die Antworten bleiben verborgen, bis sie aufgedeckt werden.",
  "composer.label": "Ihre Antwort",
  "composer.placeholder": "Was haben Sie gelernt?",
  "composer.share": "Antwort teilen",
  "composer.count": "{count} von {max} Zeichen",
  "answer.anonymous": "Anonym",
  "answer.you": "Sie",
};

export const sidePanel = { en, de };
