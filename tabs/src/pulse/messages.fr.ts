import type { Messages } from "../i18n/messages-type";
import type { pulse } from "./messages";

export const fr: Messages<typeof pulse> = {
  "pulse.title": "Baromètre d’équipe",
  "pulse.intro":
    "Anonyme. Seule la moyenne de l’équipe est affichée, et seulement quand au moins 5 personnes ont répondu.",
  "pulse.closesAt": "Ouvert jusqu’au {date}.",
  "pulse.statement.mistakes": "Dans cette équipe, si vous faites une erreur, on ne vous la reproche pas.",
  "pulse.statement.problems": "Nous pouvons aborder entre nous les problèmes et les sujets difficiles.",
  "pulse.statement.risk": "Dans cette équipe, on peut prendre un risque sans crainte.",
  "pulse.statement.help": "Il est facile de demander de l’aide aux autres membres de l’équipe.",
  "pulse.statement.valued": "Mes compétences et mes talents sont reconnus et mis à profit ici.",
  "pulse.scale.1": "1 – Pas du tout d’accord",
  "pulse.scale.2": "2 – Pas d’accord",
  "pulse.scale.3": "3 – Ni d’accord ni pas d’accord",
  "pulse.scale.4": "4 – D’accord",
  "pulse.scale.5": "5 – Tout à fait d’accord",
  "pulse.scaleHint": "1 = pas du tout d’accord, 5 = tout à fait d’accord",
  "pulse.send": "Envoyer",
  "pulse.sending": "Envoi…",
  "pulse.cancel": "Garder mes réponses",
  "pulse.thanks": "Merci ! Vos réponses sont anonymes.",
  "pulse.change": "Modifier mes réponses",
  "pulse.hide": "Masquer le baromètre",
  "pulse.show": "Afficher le baromètre",
  "pulse.start": "Lancer un baromètre d’équipe",
  "pulse.starting": "Lancement…",
  "pulse.startHint": "Cinq affirmations courtes, notées anonymement de 1 à 5. Ouvert pendant 7 jours.",
  "pulse.started": "Baromètre d’équipe lancé.",
  "pulse.closed": "Ce baromètre d’équipe est clos.",
  "pulse.responses": "{count, plural, one {# personne a répondu} other {# personnes ont répondu}}",
  "pulse.fewer": "Moins de 5 réponses pour l’instant",
};
