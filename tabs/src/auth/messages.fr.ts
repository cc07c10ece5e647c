import type { Messages } from "../i18n/messages-type";
import type { auth } from "./messages";

export const fr: Messages<typeof auth> = {
  "problem.signIn.title": "Connectez-vous pour continuer",
  "problem.signIn.body":
    "Learning Loop a besoin de votre autorisation pour utiliser votre connexion Teams. Connectez-vous pour la donner ; l’application se chargera ensuite.",
  "problem.signIn.action": "Se connecter",
  "problem.signIn.busy": "Connexion…",
  "problem.signIn.failed": "La connexion n’a pas abouti ({reason}). Réessayez.",
  "problem.noAccess.title": "Vous n’avez pas accès à cette équipe ou à cette conversation",
  "problem.noAccess.body":
    "Learning Loop ne montre les apprentissages d’une équipe qu’à ses membres. Demandez à un propriétaire de l’équipe ou à l’organisateur de la réunion de vous ajouter, puis rouvrez l’application.",
  "problem.notOnboarded.title": "Learning Loop n’est pas configuré pour votre organisation",
  "problem.notOnboarded.body":
    "Votre organisation n’a pas encore installé Learning Loop. Demandez à votre administrateur Teams d’ajouter l’application, puis réessayez.",
  "problem.unavailable.title": "Learning Loop est injoignable pour le moment",
  "problem.unavailable.body": "Le service est occupé ou indisponible. Réessayez dans un instant.",
  "problem.generic.title": "Un problème est survenu",
  "problem.retry": "Réessayer",
  "problem.text.network": "La connexion a échoué. Vérifiez-la et réessayez.",
  "problem.text.invalid": "Cela n’a pas été accepté. Vérifiez votre saisie et réessayez.",
  "problem.text.forbidden":
    "Ce n’est pas possible ici. Demandez à un propriétaire de l’équipe si vous en avez besoin.",
  "problem.text.notFound":
    "Cet élément n’existe plus. Il a peut-être été supprimé ; rechargez pour voir l’état actuel.",
  "problem.text.conflict":
    "Cela entre en conflit avec une modification faite entre-temps. Rechargez et réessayez.",
  "problem.text.stale": "Quelqu’un vient de modifier cet élément. Rechargez et réessayez.",
  "problem.text.tooLarge": "C’est trop long pour être envoyé. Raccourcissez et réessayez.",
  "problem.text.other": "Un problème est survenu. Réessayez dans un instant.",
  "auth.page.title": "Connexion à Learning Loop",
  "auth.page.working": "Connexion…",
  "auth.page.done": "Connexion réussie. Vous pouvez fermer cette fenêtre.",
  "auth.page.failed": "La connexion n’a pas abouti : {reason}",
  "auth.page.outsideTeams":
    "Cette page fait partie de la connexion à Learning Loop et ne fonctionne que lorsque Teams l’ouvre.",
};
