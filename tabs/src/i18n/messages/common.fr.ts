import type { Messages } from "../messages-type";
import type { common } from "./common";

export const fr: Messages<typeof common> = {
  "app.title": "Learning Loop",
  "app.connecting": "Connexion à Teams…",
  "app.failed": "Learning Loop n’a pas pu démarrer : {message}",
  "app.outside":
    "Learning Loop fonctionne dans Microsoft Teams. Ajoutez-le à une réunion ou à un canal pour l’utiliser.",
  "app.outsideDev": "Vous développez en local ? Ouvrez la page hôte Teams locale.",
  "error.load": "Chargement impossible : {message}",
  "common.loading": "Chargement…",
  "common.clearSearch": "Effacer la recherche",
  "app.pageFailed": "Cette partie de Learning Loop n’a pas pu se charger. Rechargez pour réessayer.",
  "app.reload": "Recharger",
  "app.partFailed": "Cette partie n’a pas pu se charger. Vérifiez la connexion, puis rechargez le panneau.",
};
