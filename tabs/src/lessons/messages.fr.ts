import type { Messages } from "../i18n/messages-type";
import type { lessons } from "./messages";

export const fr: Messages<typeof lessons> = {
  "lessons.tab": "Autres équipes",
  "lessons.title": "Apprendre des autres équipes",
  "lessons.intro":
    "Les enseignements partagés par d’autres équipes de votre organisation : ce qu’elles ont appris et ce qu’elles ont essayé.",
  "lessons.feedOff": "Les administrateurs de votre organisation ont désactivé le partage d’enseignements.",
  "lessons.sort": "Ordre",
  "lessons.sort.newest": "Les plus récents",
  "lessons.sort.adopted": "Les plus repris",
  "lessons.search": "Rechercher des enseignements",
  "lessons.mode": "Mode d’apprentissage",
  "lessons.mode.all": "Tous les modes",
  "lessons.list": "Enseignements",
  "lessons.loading": "Chargement des enseignements…",
  "lessons.empty": "Aucun enseignement ne correspond pour l’instant.",
  "lessons.more": "Afficher plus",
  "lessons.fromTeam": "De {team}",
  "lessons.teamHidden": "Équipe non affichée",
  "lessons.by": "Par {name}",
  "lessons.kind.answer": "Réponse",
  "lessons.kind.experiment": "Expérimentation",
  "lessons.outcome": "Résultat : {outcome}",
  "lessons.adopted": "{count, plural, one {Repris par # équipe} other {Repris par # équipes}}",
  "lessons.tried": "{count, plural, one {Essayé par # équipe} other {Essayé par # équipes}}",
  "lessons.triedList": "Ce qu’ont donné les essais des autres équipes",
  "lessons.triedBy": "{team} : {status}, {outcome}",
  "lessons.otherTeam": "Une équipe",
  "lessons.adopt": "L’essayer dans mon équipe",
  "lessons.adoptLabel": "L’essayer dans mon équipe : « {text} »",
  "lessons.adoptInto": "Équipe où l’essayer",
  "lessons.adoptIntoHint":
    "Vos équipes et réunions dont vous avez ouvert l’onglet historique de Learning Loop sur cet appareil. Ouvrez une fois l’onglet historique d’une équipe pour l’ajouter ici.",
  "lessons.noScopes":
    "Ouvrez une fois l’onglet historique de Learning Loop dans l’une de vos équipes : vous pourrez ensuite y essayer des enseignements depuis cette page.",
  "lessons.adopted.done": "Lancé comme expérimentation dans {team}.",
  "lessons.unpublish": "Retirer",
  "lessons.unpublishLabel": "Retirer la publication : « {text} »",
  "lessons.unpublished": "L’enseignement a été retiré.",
  "lessons.share": "Partager avec d’autres équipes",
  "lessons.shareLabel": "Partager avec d’autres équipes : « {text} »",
  "lessons.shareTitle": "Partager avec d’autres équipes",
  "lessons.shareIntro":
    "Toute votre organisation pourra alors le lire dans « Apprendre des autres équipes » et l’essayer dans son équipe.",
  "lessons.showName": "Afficher mon nom",
  "lessons.anonymousStays": "Votre réponse était anonyme : l’enseignement reste anonyme.",
  "lessons.teamNameHidden":
    "Les propriétaires de votre équipe masquent son nom sur les enseignements : il ne sera pas affiché.",
  "lessons.hideTeam": "Ne pas afficher le nom de l’équipe",
  "lessons.publish": "Partager",
  "lessons.cancel": "Annuler",
  "lessons.published": "Partagé avec d’autres équipes.",
  "lessons.publishingOff":
    "Les propriétaires de votre équipe ont désactivé le partage avec d’autres équipes.",
  "config.lessons.legend": "Apprendre des autres équipes",
  "config.lessons.publishing":
    "Les membres peuvent partager réponses et expérimentations avec d’autres équipes",
  "config.lessons.hideTeam": "Masquer le nom de cette équipe sur les enseignements partagés",
};
