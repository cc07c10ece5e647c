import type { Messages } from "../i18n/messages-type";

/** "From our history" in the side panel and "Have we tried this before?" in the experiment dialog. */
const en = {
  "memory.title": "From our history",
  "memory.tried": "Have we tried this before?",
  "memory.loading": "Looking through our history…",
  "memory.none": "Nothing related in our history yet.",
  "memory.failed": "Our history could not be searched right now.",
  "memory.answer": "Answer from {date}",
  "memory.experiment": "Experiment",
  "memory.experimentFrom": "Experiment from {date}",
  "memory.status.planned": "Planned",
  "memory.status.running": "Running",
  "memory.status.done": "Done",
  "memory.status.dropped": "Dropped",
  "memory.outcome": "Outcome: {outcome}",
  "memory.noOutcome": "No outcome recorded yet.",
  "memory.open": "Open this round in history",
  "memory.openNamed": "Open the round of {date} in history",
};

const de: Messages<typeof en> = {
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

export const memory = { en, de };
