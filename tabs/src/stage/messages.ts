export const stage = {
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
