import type { Messages } from "../i18n/messages-type";
import type { stage } from "./messages";

export const de: Messages<typeof stage> = {
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
