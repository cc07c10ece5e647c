import type { Messages } from "../i18n/messages-type";
import type { stage } from "./messages";

export const fr: Messages<typeof stage> = {
  "stage.label": "Moment d’apprentissage sur la scène de réunion",
  "stage.waiting": "En attente du lancement d’un moment d’apprentissage…",
  "stage.closed": "Ce moment d’apprentissage est terminé.",
  "stage.count": "{count, plural, one {# réponse} other {# réponses}}",
  "stage.hiddenOnReveal": "Les réponses s’afficheront ici quand la personne qui anime les dévoilera.",
  "stage.hiddenAfterAnswer": "Les réponses s’afficheront ici dès que vous aurez partagé la vôtre.",
  "stage.noAnswers": "Aucune réponse pour l’instant.",
  "stage.answers": "Réponses",
  "stage.anonymous": "Anonyme",
  "stage.trouble": "Reconnexion…",
};
