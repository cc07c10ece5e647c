import type { Messages } from "../i18n/messages-type";

const en = {
  "stage.label": "Learning moment on the meeting stage",
  "stage.waiting": "Waiting for a learning moment to start…",
  "stage.closed": "This learning moment is closed.",
  "stage.count": "{count, plural, one {# answer} other {# answers}}",
  "stage.hiddenOnReveal": "Answers appear here when the facilitator reveals them.",
  "stage.hiddenAfterAnswer": "Answers appear here once you have shared yours.",
  "stage.noAnswers": "No answers yet.",
  "stage.answers": "Answers",
  "stage.anonymous": "Anonymous",
  "stage.trouble": "Reconnecting…",
} as const;

const de: Messages<typeof en> = {
  "stage.label": "Lernmoment auf der Besprechungsbühne",
  "stage.waiting": "Warten auf den Start eines Lernmoments…",
  "stage.closed": "Dieser Lernmoment ist beendet.",
  "stage.count": "{count, plural, one {# Antwort} other {# Antworten}}",
  "stage.hiddenOnReveal": "Die Antworten erscheinen hier, wenn die Moderation sie aufdeckt.",
  "stage.hiddenAfterAnswer": "Die Antworten erscheinen hier, sobald Sie Ihre geteilt haben.",
  "stage.noAnswers": "Noch keine Antworten.",
  "stage.answers": "Antworten",
  "stage.anonymous": "Anonym",
  "stage.trouble": "Verbindung wird wiederhergestellt…",
};

export const stage = { en, de };
