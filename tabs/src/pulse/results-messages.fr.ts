import type { Messages } from "../i18n/messages-type";
import type { pulseResults } from "./results-messages";

export const fr: Messages<typeof pulseResults> = {
  "pulse.results.title": "Baromètre d’équipe",
  "pulse.results.note":
    "Le degré d’accord moyen de l’équipe (1–5) avec chaque affirmation. Affiché uniquement pour les baromètres clos auxquels au moins 5 personnes ont répondu ; jamais par personne.",
  "pulse.results.none": "Aucun baromètre d’équipe n’a encore été clos avec au moins 5 réponses.",
  "pulse.results.loading": "Chargement des résultats du baromètre…",
  "pulse.results.table": "Résultats du baromètre d’équipe",
  "pulse.results.summary":
    "Évolution du baromètre d’équipe sur {count, plural, one {# baromètre} other {# baromètres}} avec résultats, du {from} au {to} : moyenne globale de {first}, puis de {last} (1–5).",
  "pulse.results.summaryOne": "Baromètre d’équipe du {date} : moyenne globale de {value} (1–5).",
  "pulse.col.date": "Baromètre du",
  "pulse.col.responses": "Réponses",
  "pulse.col.overall": "Global",
  "pulse.short.mistakes": "Erreurs",
  "pulse.short.problems": "Problèmes",
  "pulse.short.risk": "Risque",
  "pulse.short.help": "Aide",
  "pulse.short.valued": "Reconnaissance",
  "pulse.row.fewer": "moins de 5",
  "pulse.row.open": "ouvert",
  "pulse.none": "—",
};
