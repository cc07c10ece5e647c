import type { Messages } from "../i18n/messages-type";
import type { owners } from "./messages";

export const fr: Messages<typeof owners> = {
  "owners.picker.open": "Afficher les personnes",
  "owners.picker.placeholder": "Cherchez dans votre équipe ou saisissez un nom",
  "owners.picker.noMatch":
    "Personne ne porte ce nom dans cette équipe ou cette conversation. Le nom est conservé tel quel.",
  "owners.picker.failed":
    "Impossible de rechercher des personnes pour le moment. Le nom est conservé tel quel.",
  "owners.picker.picked": "{name} recevra un rappel le jour du point de suivi.",
  "owners.mine.title": "Mes expérimentations",
  "owners.mine.intro":
    "Les expérimentations dont vous êtes responsable, dans toutes vos équipes et réunions.",
  "owners.mine.loading": "Chargement de vos expérimentations…",
  "owners.mine.empty":
    "Vous n’êtes responsable d’aucune expérimentation pour l’instant. Quand l’équipe essaie quelque chose, désignez-vous comme responsable.",
  "owners.mine.list": "Expérimentations dont vous êtes responsable",
  "owners.mine.more": "Afficher plus",
  "owners.mine.scope": "Dans {name}",
  "owners.mine.due": "Point de suivi le {date}",
  "owners.mine.dueNow": "À faire maintenant : {date}",
  "owners.mine.noCheckBack": "Pas de date de point de suivi",
  "owners.mine.outcome": "Résultat : {outcome}",
  "owners.mine.openHistory": "Ouvrir dans l’historique",
  "owners.mine.openHistoryLabel": "Ouvrir dans l’historique : « {text} »",
  "owners.mine.close": "Fermer",
  "owners.status.planned": "Prévue",
  "owners.status.running": "En cours",
  "owners.status.done": "Terminée",
  "owners.status.dropped": "Abandonnée",
};
