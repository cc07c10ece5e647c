import type { Messages } from "../i18n/messages-type";
import type { memory } from "./messages";

export const fr: Messages<typeof memory> = {
  "memory.title": "Dans notre historique",
  "memory.tried": "Avons-nous déjà essayé ?",
  "memory.loading": "Recherche dans notre historique…",
  "memory.none": "Rien de lié dans notre historique pour l’instant.",
  "memory.failed": "Impossible de chercher dans notre historique pour le moment.",
  "memory.answer": "Réponse du {date}",
  "memory.experiment": "Expérimentation",
  "memory.experimentFrom": "Expérimentation du {date}",
  "memory.status.planned": "Prévue",
  "memory.status.running": "En cours",
  "memory.status.done": "Terminée",
  "memory.status.dropped": "Abandonnée",
  "memory.outcome": "Résultat : {outcome}",
  "memory.noOutcome": "Aucun résultat enregistré pour l’instant.",
  "memory.open": "Ouvrir ce moment dans l’historique",
  "memory.openNamed": "Ouvrir le moment du {date} dans l’historique",
};
