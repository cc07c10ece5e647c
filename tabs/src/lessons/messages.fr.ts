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
  "lessons.admin.heading": "Administration du locataire",
  "lessons.admin.intro":
    "Vous avez le rôle d’administrateur Learning Loop pour votre organisation : ce que vous modifiez ici s’applique à toutes les équipes et conversations.",
  "lessons.admin.feed": "Partage d’enseignements pour toute l’organisation",
  "lessons.admin.feedHint":
    "Tant qu’il est désactivé, personne dans votre organisation ne voit d’enseignements, et aucune équipe ne peut en partager ni en essayer.",
  "lessons.admin.feedNowOn": "Le partage d’enseignements est activé pour toute l’organisation.",
  "lessons.admin.feedNowOff": "Le partage d’enseignements est désactivé pour toute l’organisation.",
  "lessons.admin.erase.heading":
    "Effacer les données d’une personne dans toutes les équipes et conversations",
  "lessons.admin.erase.intro":
    "Pour une demande d’effacement, par exemple après un départ : Learning Loop supprime les données de la personne dans toutes les équipes et conversations de votre organisation, comme si elle avait utilisé « Supprimer mes données » dans chacune.",
  "lessons.admin.erase.oid": "ID d’objet Microsoft Entra de la personne",
  "lessons.admin.erase.oidHint":
    "Dans le centre d’administration Microsoft Entra, ouvrez la personne sous Utilisateurs et copiez son ID d’objet.",
  "lessons.admin.erase.oidInvalid": "L’ID d’objet Microsoft Entra doit être un GUID, par exemple {example}.",
  "lessons.admin.erase.button": "Effacer les données de cette personne…",
  "lessons.admin.erase.title": "Effacer les données de cette personne partout ?",
  "lessons.admin.erase.confirm":
    "Tout ce que cette personne a écrit est supprimé dans toutes les équipes et conversations de votre organisation : ses réponses (anonymes comprises), ses réactions, ses réponses au baromètre d’équipe et les enseignements partagés à partir de ses réponses. Là où seul son nom figure (moments d’apprentissage lancés, expérimentations dont elle est responsable, questions ajoutées, enseignements partagés), il est retiré et le reste demeure à l’équipe.",
  "lessons.admin.erase.who": "ID d’objet",
  "lessons.admin.erase.final": "Cette action est irréversible.",
  "lessons.admin.erase.confirmButton": "Effacer définitivement",
  "lessons.admin.erase.busy": "Effacement…",
  "lessons.admin.erase.done":
    "Les données de la personne dont l’ID d’objet est {oid} ont été effacées dans toutes les équipes et conversations.",
  "config.lessons.legend": "Apprendre des autres équipes",
  "config.lessons.publishing":
    "Les membres peuvent partager réponses et expérimentations avec d’autres équipes",
  "config.lessons.hideTeam": "Masquer le nom de cette équipe sur les enseignements partagés",
};
