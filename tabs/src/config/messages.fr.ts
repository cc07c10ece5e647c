import type { Messages } from "../i18n/messages-type";
import type { config } from "./messages";

export const fr: Messages<typeof config> = {
  "config.title": "Paramètres de Learning Loop",
  "config.loading": "Chargement des paramètres de cette équipe…",
  "config.loadFailedHelp":
    "Vous pouvez quand même ajouter l’onglet maintenant et modifier les paramètres plus tard depuis ses Paramètres. Ou réessayez de les charger.",
  "config.reload": "Recharger les paramètres",
  "config.intro":
    "Ces paramètres s’appliquent à tous les membres de cette équipe ou conversation. Sélectionnez Enregistrer pour les conserver et ajouter l’onglet.",
  "config.member":
    "Seuls les propriétaires de cette équipe peuvent modifier ces paramètres. Vous pouvez quand même ajouter l’onglet : sélectionnez Enregistrer.",
  "config.current": "Paramètres actuels",
  "config.name": "Nom",
  "config.nameHint": "Le nom que Learning Loop donne à cette équipe dans les cartes et les exports.",
  "config.rotation": "Rotation des questions",
  "config.rotationHint":
    "La question proposée pour le stand-up de chaque jour de la semaine. La personne qui anime peut toujours en choisir une autre.",
  "config.customPrompts": "Questions de votre équipe",
  "config.unknownPrompt": "Une question qui n’existe plus",
  "config.revealMode": "Affichage des réponses par défaut",
  "config.reveal.live": "En direct",
  "config.reveal.live.hint": "les réponses sont visibles dès leur arrivée",
  "config.reveal.afterAnswer": "Après réponse",
  "config.reveal.afterAnswer.hint": "les réponses des autres s’affichent une fois qu’on a répondu",
  "config.reveal.onReveal": "Au dévoilement",
  "config.reveal.onReveal.hint":
    "les réponses restent masquées jusqu’à ce que la personne qui anime les dévoile (le leader parle en dernier)",
  "config.anonymousDefault": "Répondre anonymement par défaut",
  "config.pulse": "Baromètre d’équipe",
  "config.pulse.off": "Désactivé (les propriétaires peuvent toujours en lancer un depuis le panneau latéral)",
  "config.pulse.monthly": "Mensuel (s’ouvre automatiquement une fois par mois)",
  "config.pulseHint":
    "Un baromètre anonyme de sécurité psychologique en cinq affirmations. Les résultats ne s’affichent que sous forme de moyenne de l’équipe, une fois qu’au moins 5 personnes ont répondu.",
  "config.notifications": "Notifications",
  "config.notification.promptCard": "Carte de question dans la conversation de la réunion",
  "config.notification.roundSummary": "Résumé du moment dans le canal",
  "config.notification.weeklyDigest": "Récapitulatif hebdomadaire",
  "config.notification.checkBackReminder": "Rappels de point de suivi des expérimentations",
  "config.notification.meetingNudge": "Relance en réunion des personnes qui n’ont pas répondu",
  "config.notification.afterAction": "Cartes de retour d’expérience déclenchées par des événements externes",
  "config.notification.lessonTried": "Cartes quand une autre équipe a essayé l’un de nos enseignements",
  "config.language": "Langue des cartes de l’équipe",
  "config.languageHint":
    "Les cartes que Learning Loop publie dans la conversation de l’équipe sont dans cette langue. Chacun voit toujours l’application dans sa propre langue Teams.",
  "config.timezone": "Fuseau horaire",
  "config.timezoneHint":
    "Détermine ce que signifient « aujourd’hui » et « cette semaine » pour la rotation, l’historique et les analyses.",
  "config.retention": "Conserver l’historique (jours)",
  "config.retentionHint":
    "Laissez vide pour conserver l’historique jusqu’à ce que l’équipe le supprime ; sinon, de {min} à {max} jours.",
  "config.retentionPlaceholder": "Jusqu’à suppression",
  "config.retentionForever": "Jusqu’à ce que l’équipe le supprime",
  "config.retentionDays": "{count, plural, one {# jour} other {# jours}}",
  "config.saveHint": "Les modifications sont enregistrées quand vous sélectionnez Enregistrer.",
  "config.yes": "Oui",
  "config.no": "Non",
  "config.none": "Aucune",
  "config.cancel": "Annuler",
  "config.deleting": "Suppression…",
  "config.problem.nameRequired": "Donnez un nom à l’équipe.",
  "config.problem.nameTooLong": "Le nom ne doit pas dépasser {nameMax} caractères.",
  "config.problem.retention":
    "Saisissez un nombre entier de jours entre {min} et {max}, ou laissez le champ vide.",
  "config.problem.timezone": "Choisissez un fuseau horaire dans la liste.",
  "config.problem.unknownPrompt": "Cette question n’existe plus. Choisissez-en une autre.",
  "config.save.stale":
    "Quelqu’un d’autre a modifié ces paramètres pendant que vous les modifiiez. Rechargez-les et réessayez.",
  "config.save.staleHelp":
    "Vos modifications n’ont pas été enregistrées, car les paramètres ont changé entre-temps.",
  "config.save.failed": "Les paramètres n’ont pas pu être enregistrés.",
  "config.data": "Vos données",
  "config.erase.explain":
    "Supprimez tout ce que vous avez écrit dans cette équipe ou conversation : vos réponses (anonymes comprises) et vos réactions. Là où seul votre nom figure (moments d’apprentissage que vous avez lancés, expérimentations dont vous êtes responsable), il est retiré.",
  "config.erase.button": "Supprimer mes données dans cette équipe",
  "config.erase.title": "Supprimer vos données dans cette équipe ?",
  "config.erase.confirm":
    "Vos réponses et réactions ici sont supprimées définitivement, et votre nom est retiré des moments d’apprentissage et des expérimentations. Cette action est irréversible.",
  "config.erase.confirmButton": "Supprimer mes données",
  "config.erase.done":
    "C’est fait : {answers, plural, one {# réponse supprimée} other {# réponses supprimées}} et {reactions, plural, one {# réaction supprimée} other {# réactions supprimées}} ; votre nom a été retiré de {named, plural, one {# élément} other {# éléments}}.",
  "config.purge.explain":
    "En tant que propriétaire, vous pouvez supprimer toutes les données Learning Loop de cette équipe : chaque moment d’apprentissage, réponse, expérimentation et paramètre.",
  "config.purge.button": "Supprimer toutes les données Learning Loop de l’équipe",
  "config.purge.title": "Supprimer toutes les données Learning Loop de cette équipe ?",
  "config.purge.confirm":
    "Les moments d’apprentissage, réponses, réactions, expérimentations, questions et paramètres de toute l’équipe sont supprimés définitivement. Cette action est irréversible.",
  "config.purge.typeName": "Pour confirmer, saisissez le nom de l’équipe : {name}",
  "config.purge.confirmButton": "Tout supprimer",
  "config.purge.done":
    "Toutes les données Learning Loop de cette équipe ont été supprimées. Les paramètres sont revenus à leurs valeurs par défaut.",
  "config.webhook.title": "Webhook de retour d’expérience",
  "config.webhook.explain":
    "Des outils comme votre pipeline de mise en production ou votre système de gestion des incidents peuvent lancer un retour d’expérience quand quelque chose se produit, en envoyant une requête signée avec le secret de cette équipe au point de terminaison d’événements de Learning Loop.",
  "config.webhook.rotate": "Créer un nouveau secret de webhook",
  "config.webhook.rotating": "Création…",
  "config.webhook.confirm":
    "Un nouveau secret remplace immédiatement l’actuel : les outils qui utilisent encore l’ancien secret cessent de fonctionner jusqu’à ce que vous leur donniez le nouveau.",
  "config.webhook.confirmButton": "Remplacer le secret",
  "config.webhook.once":
    "Copiez le secret maintenant et conservez-le dans le coffre de secrets de votre outil. Il ne s’affiche qu’une seule fois.",
  "config.webhook.secret": "Secret du webhook",
  "config.webhook.copy": "Copier le secret",
  "config.webhook.copied": "Copié.",
  "config.webhook.copyFailed":
    "La copie n’est pas autorisée ici. Sélectionnez le secret et appuyez sur Ctrl+C (⌘C sur Mac).",
  "config.webhook.hide": "Masquer le secret",
  "config.webhook.unsupported": "Ce serveur Learning Loop ne propose pas encore de secrets de webhook.",
  "config.webhook.noSecret": "Le serveur a répondu sans secret.",
  "config.reviewLabel": "Étiquette de ticket GitHub qui lance un retour",
  "config.reviewLabelHint":
    "Un ticket fermé avec cette étiquette lance un retour d’expérience. Par défaut : incident.",
  "config.reviewTag": "Balise d’élément de travail Azure DevOps qui lance un retour",
  "config.reviewTagHint":
    "Un élément de travail passé à Closed ou Done avec cette balise lance un retour d’expérience. Par défaut : incident.",
  "config.problem.label": "Utilisez de 1 à 50 caractères, sans point-virgule.",
  "config.sources.title": "D’où viennent les retours d’expérience",
  "config.sources.intro":
    "GitHub, Azure DevOps ou vos propres outils peuvent lancer un retour d’expérience quand quelque chose se produit. Chacun envoie à sa propre adresse ci-dessous, avec le secret de webhook de cette équipe.",
  "config.sources.noSecret":
    "Pas encore de secret de webhook : un propriétaire en crée un ci-dessous, puis le transmet à chaque source.",
  "config.sources.url": "Adresse pour {source}",
  "config.sources.copy": "Copier l’adresse",
  "config.sources.copyLabel": "Copier l’adresse pour {source}",
  "config.sources.starts": "Événements qui lancent un retour :",
  "config.sources.github.name": "GitHub",
  "config.sources.github.secret":
    "Dans le dépôt : Settings → Webhooks → Add webhook. Payload URL : cette adresse ; Content type : application/json ; Secret : le secret de webhook de l’équipe. Choisissez les événements Releases, Deployment statuses et Issues.",
  "config.sources.github.release": "Une release est publiée",
  "config.sources.github.deployment": "Un déploiement échoue ou rencontre une erreur",
  "config.sources.github.issue": "Un ticket avec l’étiquette « {label} » est fermé",
  "config.sources.azureDevOps.name": "Azure DevOps",
  "config.sources.azureDevOps.secret":
    "Dans le projet : Project settings → Service hooks → Create subscription → Web Hooks. URL : cette adresse ; mot de passe d’authentification de base : le secret de webhook de l’équipe (nom d’utilisateur au choix). Ou envoyez-le dans l’en-tête HTTP X-LearningLoop-Secret.",
  "config.sources.azureDevOps.build": "Un build échoue (Build completed)",
  "config.sources.azureDevOps.deployment":
    "Un déploiement de release se termine (Release deployment completed)",
  "config.sources.azureDevOps.run": "Une exécution de pipeline se termine (Run state changed)",
  "config.sources.azureDevOps.workItem":
    "Un élément de travail avec la balise « {tag} » passe à Closed ou Done (Work item updated)",
  "config.sources.generic.name": "Vos propres outils (événements signés)",
  "config.sources.generic.secret":
    'Signez chaque requête avec le secret de webhook de l’équipe dans l’en-tête {header} : t=<secondes Unix>,v1=<HMAC-SHA256 en hexadécimal de "<t>.<body>">. Le README explique comment faire.',
  "config.sources.generic.any":
    "Tout événement que vous envoyez (mise en production, incident, sprint, déploiement, build ou autre)",
  "config.sources.last.none": "Rien reçu pour l’instant.",
  "config.sources.last.started": "Dernier envoi le {time} : un retour a été lancé.",
  "config.sources.last.repeated": "Dernier envoi le {time} : déjà reçu, rien de nouveau n’a été lancé.",
  "config.sources.last.ignored": "Dernier envoi le {time} : rien n’a été lancé ({reason}).",
  "config.sources.last.refused": "Dernier refus le {time} : {reason}.",
};
