import type { Messages } from "../i18n/messages-type";
import type { memory } from "./messages";

export const de: Messages<typeof memory> = {
  "memory.title": "Aus unserer Geschichte",
  "memory.tried": "Haben wir das schon einmal versucht?",
  "memory.loading": "Wir sehen in unserer Geschichte nach…",
  "memory.none": "In unserer Geschichte findet sich noch nichts dazu.",
  "memory.failed": "Unsere Geschichte lässt sich gerade nicht durchsuchen.",
  "memory.answer": "Antwort vom {date}",
  "memory.experiment": "Experiment",
  "memory.experimentFrom": "Experiment vom {date}",
  "memory.status.planned": "Geplant",
  "memory.status.running": "Läuft",
  "memory.status.done": "Abgeschlossen",
  "memory.status.dropped": "Verworfen",
  "memory.outcome": "Ergebnis: {outcome}",
  "memory.noOutcome": "Noch kein Ergebnis festgehalten.",
  "memory.open": "Diese Runde im Verlauf öffnen",
  "memory.openNamed": "Die Runde vom {date} im Verlauf öffnen",
};
